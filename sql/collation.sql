-- Which text label is group 1, whatever the database's collation.
--
-- Group 1 is the lower label in the sort order of the label's collation.
-- The study's labels 'cf' (confluent) and 'SP' (separated) sort 'SP' first
-- in the C collation (bytes: 'S' < 'c') and 'cf' first in ICU and most
-- libc locales (letters before case): the same query on two servers would
-- swap the groups and the sign of every difference.  pg_regress runs in a C
-- database, so an ICU collation stands for a database created with an ICU
-- or en_US locale.  The aggregate's final function sorts the labels with
-- the collation of the call, so `grp COLLATE "C"` fixes the order.
\pset null NULL

CREATE COLLATION pkpc_icu_en (provider = icu, locale = 'en');
SELECT 'SP' < 'cf' COLLATE "C" AS c_puts_sp_first,
	   'cf' < 'SP' COLLATE pkpc_icu_en AS icu_puts_cf_first;

CREATE TABLE coll_patients (vas float8, pattern text COLLATE pkpc_icu_en, pattern_c text,
							pattern_v varchar COLLATE pkpc_icu_en, died boolean, months float8);
INSERT INTO coll_patients
	SELECT 3 + (i % 5) + CASE WHEN i % 2 = 0 THEN 1.5 ELSE 0 END,
		   CASE WHEN i % 2 = 0 THEN 'cf' ELSE 'SP' END,
		   CASE WHEN i % 2 = 0 THEN 'cf' ELSE 'SP' END,
		   CASE WHEN i % 2 = 0 THEN 'cf' ELSE 'SP' END,
		   i % 3 = 0, 1 + i % 11
	FROM generate_series(1, 40) i;

-- The column's ICU collation: 'cf' is group 1, differences are cf - SP.
SELECT group1, group2, n1, n2, mean1, mean2, mean_diff
FROM (SELECT (independent_t(vas, pattern)).* FROM coll_patients) r;
-- COLLATE "C" on the label: 'SP' is group 1, every difference changes sign.
SELECT group1, group2, n1, n2, mean1, mean2, mean_diff
FROM (SELECT (independent_t(vas, pattern COLLATE "C")).* FROM coll_patients) r;
-- A column in the C collation needs no clause; an explicit ICU clause on it
-- gives the ICU order.
SELECT (independent_t(vas, pattern_c)).group1 AS c_column,
	   (independent_t(vas, pattern_c COLLATE pkpc_icu_en)).group1 AS icu_clause,
	   (independent_t(vas, pattern_v)).group1 AS varchar_icu,
	   (independent_t(vas, pattern_v COLLATE "C")).group1 AS varchar_c
FROM coll_patients;

-- Every two-sample test and every field that depends on the order.
SELECT group1, u, u_min, z, rank_biserial, hodges_lehmann, ci_lower, ci_upper
FROM (SELECT (mann_whitney_u(vas, pattern)).* FROM coll_patients) r;
SELECT group1, u, u_min, z, rank_biserial, hodges_lehmann, ci_lower, ci_upper
FROM (SELECT (mann_whitney_u(vas, pattern COLLATE "C")).* FROM coll_patients) r;
-- one-sided: 'less' means group 1 less than group 2, so it follows the order
SELECT (mann_whitney_u(vas, pattern, 'less')).p_value AS icu_cf_less,
	   (mann_whitney_u(vas, pattern COLLATE "C", 'less')).p_value AS c_sp_less
FROM coll_patients;
-- chi_square orders rows and columns (both use the collation of the call)
SELECT row_labels, col_labels, phi, odds_ratio
FROM (SELECT (chi_square(pattern, died)).* FROM coll_patients) r;
SELECT row_labels, col_labels, phi, odds_ratio
FROM (SELECT (chi_square(pattern COLLATE "C", died)).* FROM coll_patients) r;
-- k-sample tests do not depend on the order
SELECT (levene_test(vas, pattern)).f = (levene_test(vas, pattern COLLATE "C")).f AS levene_same,
	   (log_rank(months, died, pattern)).chi2 = (log_rank(months, died, pattern COLLATE "C")).chi2
		   AS log_rank_same
FROM coll_patients;

-- The same under a parallel plan: the Finalize Aggregate carries the
-- collation of the call.
CREATE TABLE coll_big AS
	SELECT vas + g / 1000.0 AS vas, pattern FROM coll_patients, generate_series(1, 500) g;
ANALYZE coll_big;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT mann_whitney_u(vas, pattern COLLATE "C") FROM coll_big;
SELECT (mann_whitney_u(vas, pattern)).group1 AS icu,
	   (mann_whitney_u(vas, pattern COLLATE "C")).group1 AS c,
	   (mann_whitney_u(vas, pattern COLLATE "C")).u AS u_c
FROM coll_big;
RESET max_parallel_workers_per_gather;
SELECT (mann_whitney_u(vas, pattern COLLATE "C")).u AS u_c_serial FROM coll_big;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

-- X_merge is an aggregate over states, which have no collation: it orders
-- text labels by the database's default collation (C here), whatever
-- collation the X_partial calls used.
SELECT (independent_t_merge(s)).group1 AS merge_of_icu_partials
FROM (SELECT independent_t_partial(vas, pattern) s FROM coll_patients) q;
-- A label whose order does not come from a collation survives the merge:
-- an enum (declaration order), a boolean (false first) or integer codes.
CREATE TYPE coll_cement AS ENUM ('cf', 'SP');
SELECT (independent_t_merge(s)).group1 AS enum_merge,
	   (independent_t_merge(s)).mean_diff AS enum_merge_diff
FROM (SELECT independent_t_partial(vas, pattern::coll_cement) s FROM coll_patients
	  UNION ALL
	  SELECT independent_t_partial(vas, pattern_c::coll_cement) FROM coll_patients) q;
SELECT (independent_t(vas, pattern::coll_cement)).group1 AS enum_label,
	   (independent_t(vas, pattern = 'SP')).group1 AS boolean_label,
	   (independent_t(vas, CASE pattern WHEN 'cf' THEN 1 WHEN 'SP' THEN 2 END)).group1 AS integer_label
FROM coll_patients;

DROP TABLE coll_big, coll_patients;
DROP TYPE coll_cement;
DROP COLLATION pkpc_icu_en;
