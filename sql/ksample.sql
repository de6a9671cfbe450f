-- kruskal_wallis and one_way_anova: k groups of every label type, too
-- little data, bad input, partial/merge and parallel plans.
\pset null NULL
SET extra_float_digits = 0;

CREATE TABLE ks AS
	SELECT x, (x % 3) AS g, ((x * 7919) % 101)::float8 / 10 + (x % 3) AS v,
		   (x * 37 % 11)::float8 AS score
	FROM generate_series(1, 60) x;
CREATE TYPE ks_site AS ENUM ('north', 'south', 'east');

SELECT k, n, n_skipped, round(h::numeric, 10) AS h, df, round(p_value::numeric, 10) AS p,
	   round(epsilon_squared::numeric, 10) AS eps2, notes
FROM (SELECT (kruskal_wallis(v, g)).* FROM ks) s;
SELECT k, n, round(f::numeric, 10) AS f, df1, df2, round(p_value::numeric, 10) AS p,
	   round(f_welch::numeric, 10) AS f_welch, round(df2_welch::numeric, 10) AS df2_welch,
	   round(p_welch::numeric, 10) AS p_welch, round(eta_squared::numeric, 10) AS eta2,
	   round(omega_squared::numeric, 10) AS omega2, notes
FROM (SELECT (one_way_anova(v, g)).* FROM ks) s;
-- ties (scores 0-10): H is corrected for them
SELECT round((kruskal_wallis(score, g)).h::numeric, 10) AS h_ties FROM ks;

-- every label type resolves and gives the same answer
SELECT (kruskal_wallis(v, g::text)).h = (kruskal_wallis(v, g)).h AS text_,
	   (kruskal_wallis(v, g::text::varchar)).h = (kruskal_wallis(v, g)).h AS varchar_,
	   (kruskal_wallis(v, g::smallint)).h = (kruskal_wallis(v, g)).h AS smallint_,
	   (kruskal_wallis(v, g::bigint)).h = (kruskal_wallis(v, g)).h AS bigint_,
	   (kruskal_wallis(v, (ARRAY['north', 'south', 'east'])[g + 1]::ks_site)).h = (kruskal_wallis(v, g)).h AS enum_,
	   (kruskal_wallis(v, date '2024-01-01' + g)).h = (kruskal_wallis(v, g)).h AS date_,
	   (kruskal_wallis(v, g = 0)).k AS bool_k
FROM ks;
SELECT abs((one_way_anova(v, g::text)).f - (one_way_anova(v, g)).f) < 1e-12 AS text_,
	   abs((one_way_anova(v, g::bigint)).f - (one_way_anova(v, g)).f) < 1e-12 AS bigint_,
	   abs((one_way_anova(v, (ARRAY['north', 'south', 'east'])[g + 1]::ks_site)).f - (one_way_anova(v, g)).f) < 1e-12 AS enum_,
	   (one_way_anova(v, g = 0)).k AS bool_k
FROM ks;

-- GROUP BY and FILTER; NULL values and labels are skipped and counted
SELECT x % 2 AS half, (kruskal_wallis(v, g)).k, (kruskal_wallis(v, g)).n
FROM ks GROUP BY x % 2 ORDER BY 1;
SELECT (kruskal_wallis(CASE WHEN x % 10 = 0 THEN NULL ELSE v END, NULLIF(g, 1))).n_skipped,
	   (one_way_anova(v, g) FILTER (WHERE x <= 30)).n
FROM ks;

-- too little data: counts filled, statistics NULL, a note; no rows: NULL
SELECT k, n, h, df, notes FROM (SELECT (kruskal_wallis(v, 1)).* FROM ks) s;
SELECT k, n, h, p_value, notes FROM (SELECT (kruskal_wallis(3.0, g)).* FROM ks) s;
SELECT k, n, h IS NOT NULL AS h_set, notes FROM (SELECT (kruskal_wallis(v, g)).* FROM ks WHERE x <= 4) s;
SELECT kruskal_wallis(v, g) IS NULL AS no_rows FROM ks WHERE false;
SELECT k, n, f, df1, df2, f_welch, notes FROM (SELECT (one_way_anova(v, x)).* FROM ks WHERE x <= 3) s;
SELECT k, f, p_value, eta_squared, omega_squared, f_welch, notes
FROM (SELECT (one_way_anova(g::float8, g)).* FROM ks) s;
SELECT k, round(f::numeric, 6) AS f, f_welch, notes
FROM (SELECT (one_way_anova(CASE WHEN g = 0 THEN 5 ELSE v END, g)).* FROM ks) s;
SELECT k, f, eta_squared, notes FROM (SELECT (one_way_anova(1.0, g)).* FROM ks) s;
SELECT k, n, f, notes FROM (SELECT (one_way_anova(v, 'a')).* FROM ks) s;

-- bad input: a class-22 error naming the function
SELECT kruskal_wallis(v, g) FROM (VALUES (1.0, 1), ('NaN', 2)) t(v, g);
SELECT one_way_anova(v, g) FROM (VALUES (1.0, 1), ('-Infinity', 2)) t(v, g);
SELECT one_way_anova(v, g) FROM (VALUES (1e300, 1), (-1e300, 1), (1.0, 2)) t(v, g);

-- partial / merge equals the whole; text round trip
SELECT (kruskal_wallis_merge(s)).h = (SELECT (kruskal_wallis(v, g)).h FROM ks) AS kw_same
FROM (SELECT kruskal_wallis_partial(v, g) s FROM ks WHERE x <= 20
	  UNION ALL SELECT kruskal_wallis_partial(v, g) FROM ks WHERE x > 20
	  UNION ALL SELECT NULL) q;
SELECT (one_way_anova_merge(s)).f = (SELECT (one_way_anova(v, g)).f FROM ks) AS anova_same
FROM (SELECT one_way_anova_partial(v, g) s FROM ks WHERE x % 4 = 0
	  UNION ALL SELECT one_way_anova_partial(v, g) FROM ks WHERE x % 4 <> 0) q;
SELECT kruskal_wallis_partial(v, g::text)::text FROM ks WHERE x <= 4;
SELECT one_way_anova_partial(v, g)::text FROM ks WHERE x <= 4;
SELECT s::text::kruskal_wallis_state::text = s::text AS kw_round_trip
FROM (SELECT kruskal_wallis_partial(v, g::text) s FROM ks) q;
SELECT s::text::one_way_anova_state::text = s::text AS anova_round_trip
FROM (SELECT one_way_anova_partial(v, g::bigint) s FROM ks) q;
-- a state of another test is refused
SELECT 'one_way_anova v2 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::kruskal_wallis_state;

-- forced parallel plan: identical H and F
CREATE TABLE ks_big AS
	SELECT x, (x % 7) AS g, sin(x) * 100 + (x % 7) AS v FROM generate_series(1, 30000) x;
ANALYZE ks_big;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT kruskal_wallis(v, g), one_way_anova(v, g) FROM ks_big;
CREATE TABLE ks_par AS SELECT (kruskal_wallis(v, g)).h AS h, (one_way_anova(v, g)).f AS f FROM ks_big;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT p.h = s.h AS h_identical, p.f = s.f AS f_identical
FROM ks_par p, (SELECT (kruskal_wallis(v, g)).h AS h, (one_way_anova(v, g)).f AS f FROM ks_big) s;
RESET ALL;
