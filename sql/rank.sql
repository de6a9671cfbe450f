-- Rank tests: mann_whitney_u and wilcoxon_signed_rank.
-- Numbers are checked against R, coin and SciPy in test/xval/rank; this file
-- pins behaviour: NULL handling, labels, notes, errors, partial/merge, text
-- round trip of the states, map and list mode, parallel plans.
\pset null NULL

CREATE TABLE mw (v float8, g text);
INSERT INTO mw VALUES (1.1, 'a'), (2.2, 'a'), (3.5, 'a'), (0.5, 'b'), (2.0, 'b'),
	(4.0, 'b'), (5.0, 'b'), (NULL, 'a'), (7.0, NULL);

-- all fields (R: W = 5, exact p = 0.8571, CI -3.9 .. 3.0, shift -0.7)
\x on
SELECT (mann_whitney_u(v, g)).* FROM mw;
\x off
SELECT u, u_min, round(z::numeric, 12) AS z, round(p_value::numeric, 12) AS p,
	   round(p_value_cc::numeric, 12) AS p_cc, round(p_exact::numeric, 12) AS p_exact,
	   hodges_lehmann, ci_lower, ci_upper, notes
FROM (SELECT (mann_whitney_u(v, g, alt, 0.9)).* FROM mw, (VALUES ('two-sided'), ('less'), ('greater')) a(alt)
	  GROUP BY alt ORDER BY alt) r;

-- ties: note, exact p conditional on the ties
SELECT u, rank_sum1, rank_sum2, round(p_exact::numeric, 12) AS p_exact, notes
FROM (SELECT (mann_whitney_u(v, g)).*
	  FROM (VALUES (1, 'x'), (2, 'x'), (2, 'x'), (3, 'y'), (2, 'y'), (5, 'y')) t(v, g)) r;

-- GROUP BY, FILTER
SELECT k, (r).n1, (r).n2, (r).u
FROM (SELECT k, mann_whitney_u(v, g) FILTER (WHERE v > 0) AS r
	  FROM (SELECT x % 2 AS k, x::float8 AS v, (x % 3 = 0) AS g FROM generate_series(1, 30) x) s
	  GROUP BY k) q ORDER BY k;

-- every label type resolves (group 1 = lower label)
SELECT 'text' AS t, group1, group2, u FROM (SELECT (mann_whitney_u(v, g)).* FROM mw) r
UNION ALL
SELECT 'varchar', group1, group2, u FROM (SELECT (mann_whitney_u(v, g::varchar)).* FROM mw) r
UNION ALL
SELECT 'boolean', group1, group2, u FROM (SELECT (mann_whitney_u(v, g = 'b')).* FROM mw) r
UNION ALL
SELECT 'smallint', group1, group2, u FROM (SELECT (mann_whitney_u(v, (CASE g WHEN 'a' THEN 7 ELSE -1 END)::smallint)).* FROM mw) r
UNION ALL
SELECT 'integer', group1, group2, u FROM (SELECT (mann_whitney_u(v, CASE g WHEN 'a' THEN 7 ELSE -1 END)).* FROM mw) r
UNION ALL
SELECT 'bigint', group1, group2, u FROM (SELECT (mann_whitney_u(v, (CASE g WHEN 'a' THEN 7 ELSE -1 END)::bigint)).* FROM mw) r
UNION ALL
SELECT 'date', group1, group2, u FROM (SELECT (mann_whitney_u(v, CASE g WHEN 'a' THEN date '2024-01-02' ELSE date '2023-12-31' END)).* FROM mw) r;
CREATE TYPE arm AS ENUM ('placebo', 'active');
SELECT group1, group2, u FROM (SELECT (mann_whitney_u(v, (CASE g WHEN 'a' THEN 'active' ELSE 'placebo' END)::arm)).* FROM mw) r;

-- a third label is an error naming the labels
SELECT mann_whitney_u(v, g) FROM (VALUES (1, 'a'), (2, 'b'), (3, 'c')) t(v, g);

-- one group, a group of one, all tied, no rows
SELECT (mann_whitney_u(v, g)).* FROM (VALUES (1.0, 'a'), (2.0, 'a')) t(v, g);
SELECT n1, n2, u, round(p_exact::numeric, 12) AS p_exact, hodges_lehmann, ci_lower, ci_upper, notes
FROM (SELECT (mann_whitney_u(v, g)).* FROM (VALUES (1.0, 'a'), (2.0, 'b')) t(v, g)) r;
SELECT (mann_whitney_u(v, g)).* FROM (VALUES (3.0, 'a'), (3.0, 'a'), (3.0, 'b')) t(v, g);
SELECT mann_whitney_u(v, g) IS NULL AS no_rows FROM mw WHERE false;
SELECT (mann_whitney_u(v, g)).* FROM mw WHERE v IS NULL;

-- bad values and parameters
SELECT mann_whitney_u(v, g) FROM (VALUES ('NaN'::float8, 'a')) t(v, g);
SELECT mann_whitney_u(v, g) FROM (VALUES ('-Infinity'::float8, 'a')) t(v, g);
SELECT mann_whitney_u(v, g, 'sideways') FROM mw;
SELECT mann_whitney_u(v, g, NULL) FROM mw;
SELECT mann_whitney_u(v, g, 'less', 1.5) FROM mw;
SELECT mann_whitney_u(v, g, 'less', NULL) FROM mw;
SELECT mann_whitney_u(v, g, CASE WHEN v > 2 THEN 'less' ELSE 'greater' END) FROM mw;

-- exact p too large with ties: NULL and a note
SELECT n1, n2, p_exact, notes
FROM (SELECT (mann_whitney_u((x % 7)::float8, x % 2 = 0)).* FROM generate_series(1, 60000) x) r;
-- no ties, far tail: still exact (R's pwilcox up to the observed U):
-- complete separation of 300 and 300 gives 2 / choose(600, 300)
SELECT u, abs(p_exact / (2 / (factorial(600) / factorial(300) ^ 2))::float8 - 1) < 1e-12 AS is_2_over_choose
FROM (SELECT (mann_whitney_u(x::float8, x > 300)).* FROM generate_series(1, 600) x) r;

-- one group in list mode (> 128 distinct values), the other in map mode
SELECT n1, n2, u, round(z::numeric, 12) AS z, round(p_exact::numeric, 12) AS p_exact,
	   hodges_lehmann, ci_lower, ci_upper
FROM (SELECT (mann_whitney_u(CASE WHEN x % 2 = 0 THEN x % 11 ELSE x / 7.0 END, x % 2 = 0)).*
	  FROM generate_series(1, 400) x) r;

-- partial / merge equals whole; the text form round-trips
CREATE TABLE mw_site AS
	SELECT x % 3 AS site, sin(x) * 10 AS v, CASE WHEN x % 5 < 2 THEN 'ctl' ELSE 'trt' END AS g
	FROM generate_series(1, 400) x;
SELECT (SELECT mann_whitney_u_merge(s) FROM (SELECT mann_whitney_u_partial(v, g, 'less', 0.9) s
											 FROM mw_site GROUP BY site) q)::text
	 = (SELECT mann_whitney_u(v, g, 'less', 0.9) FROM mw_site)::text AS merge_equals_whole;
SELECT mann_whitney_u_partial(v, g)::text FROM mw;
SELECT (mann_whitney_u_merge(s::text::mann_whitney_u_state)).u FROM (SELECT mann_whitney_u_partial(v, g) s FROM mw) q;
SELECT (SELECT mann_whitney_u_partial(v, g) FROM mw_site)::text::mann_whitney_u_state::text
	 = (SELECT mann_whitney_u_partial(v, g) FROM mw_site)::text AS text_round_trip;
SELECT 'mann_whitney_u 1 junk'::mann_whitney_u_state;
SELECT mann_whitney_u_merge(s) FROM (SELECT independent_t_partial(v, g) s FROM mw) q;

-- ---- wilcoxon_signed_rank ----
CREATE TABLE pr (x float8, y float8);
INSERT INTO pr VALUES (1.1, 1), (2.2, 3), (3.5, 1), (0.5, 0.1), (2.0, 2.0), (4.0, 1), (5.0, 2),
	(NULL, 1), (1, NULL);

\x on
SELECT (wilcoxon_signed_rank(x, y)).* FROM pr;
\x off
SELECT v, round(z::numeric, 12) AS z, round(p_value::numeric, 12) AS p,
	   round(p_value_cc::numeric, 12) AS p_cc, round(p_exact::numeric, 12) AS p_exact,
	   hodges_lehmann, ci_lower, ci_upper
FROM (SELECT (wilcoxon_signed_rank(x, y, alt, 0.8)).* FROM pr, (VALUES ('two-sided'), ('less'), ('greater')) a(alt)
	  GROUP BY alt ORDER BY alt) r;

-- no ties, no zeros: R's exact branch (V = 13, p = 0.1875, CI 0.05 .. 4.1)
SELECT n, n_zero, v, p_exact, hodges_lehmann, ci_lower, ci_upper, notes
FROM (SELECT (wilcoxon_signed_rank(x, y, 'two-sided', 0.8)).*
	  FROM (VALUES (1.5, 1.0), (2.0, 3.0), (4.1, 0.0), (0.2, 0.0), (3.3, 0.0)) t(x, y)) r;

-- a single pair, all zero, no pairs, no rows
SELECT (wilcoxon_signed_rank(x, y)).* FROM (VALUES (2.0, 1.0)) t(x, y);
SELECT (wilcoxon_signed_rank(x, y)).* FROM (VALUES (2.0, 2.0), (-0.0, 0.0)) t(x, y);
SELECT (wilcoxon_signed_rank(x, y)).* FROM pr WHERE x IS NULL;
SELECT wilcoxon_signed_rank(x, y) IS NULL AS no_rows FROM pr WHERE false;

-- bad values and parameters
SELECT wilcoxon_signed_rank(x, y) FROM (VALUES (1, 'Infinity'::float8)) t(x, y);
SELECT wilcoxon_signed_rank(x, y) FROM (VALUES (1e308, -1e308)) t(x, y);
SELECT wilcoxon_signed_rank(x, y, 'greater', 0) FROM pr;

-- partial / merge, text form, map mode with many rows
SELECT (SELECT wilcoxon_signed_rank_merge(s) FROM (SELECT wilcoxon_signed_rank_partial(sin(x), cos(x)) s
												   FROM generate_series(1, 300) x GROUP BY x % 4) q)::text
	 = (SELECT wilcoxon_signed_rank(sin(x), cos(x)) FROM generate_series(1, 300) x)::text AS merge_equals_whole;
SELECT wilcoxon_signed_rank_partial(x, y)::text FROM pr;
SELECT (wilcoxon_signed_rank_merge(s::text::wilcoxon_signed_rank_state)).v FROM (SELECT wilcoxon_signed_rank_partial(x, y) s FROM pr) q;
SELECT n, n_zero, v, round(p_exact::numeric, 12) AS p_exact, hodges_lehmann, ci_lower, ci_upper
FROM (SELECT (wilcoxon_signed_rank((x % 9)::float8, (x % 5)::float8)).* FROM generate_series(1, 1000) x) r;

-- ---- parallel plans give identical results ----
CREATE TABLE rpar AS
	SELECT x, (x % 2 = 0) AS g, round(sin(x) * 1000) / 10 AS v, round(cos(x) * 1000) / 10 AS w,
		   (x % 11)::float8 AS score
	FROM generate_series(1, 20000) x;
ANALYZE rpar;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT mann_whitney_u(v, g) FROM rpar;
EXPLAIN (COSTS OFF) SELECT wilcoxon_signed_rank(v, w) FROM rpar;
CREATE TABLE rpar_results AS
	SELECT 'parallel' AS plan, mann_whitney_u(v, g)::text AS mw, mann_whitney_u(score, g)::text AS mw_map,
		   wilcoxon_signed_rank(v, w)::text AS wsr, wilcoxon_signed_rank(score, w)::text AS wsr2
	FROM rpar;
SET max_parallel_workers_per_gather = 0;
INSERT INTO rpar_results
	SELECT 'serial', mann_whitney_u(v, g)::text, mann_whitney_u(score, g)::text,
		   wilcoxon_signed_rank(v, w)::text, wilcoxon_signed_rank(score, w)::text
	FROM rpar;
SELECT p.mw = s.mw AS mw_identical, p.mw_map = s.mw_map AS mw_map_identical,
	   p.wsr = s.wsr AS wsr_identical, p.wsr2 = s.wsr2 AS wsr2_identical
FROM rpar_results p, rpar_results s WHERE p.plan = 'parallel' AND s.plan = 'serial';
RESET ALL;
