-- ks_normality (both forms) and shapiro_wilk: behaviour.  The numbers are
-- checked against R in test/xval/normality; this file pins behaviour.
\pset null NULL
SET extra_float_digits = 0;

CREATE TABLE nm AS
	SELECT x, (x % 3)::int AS g,
		   100 + 15 * sin(x * 0.7) + (x % 5) AS v,			-- bounded, not normal
		   exp(((x * 7919) % 101)::float8 / 40) AS skew,
		   ((x * 31) % 11)::float8 AS score				-- ordinal 0..10 (ties)
	FROM generate_series(1, 60) x;
INSERT INTO nm VALUES (61, 0, NULL, NULL, NULL), (62, 1, NULL, NULL, NULL);

-- Lilliefors form: NULLs counted in n_skipped
SELECT n, n_skipped, round(mean::numeric, 10) AS mean, round(sd::numeric, 10) AS sd,
	   round(d::numeric, 12) AS d, round(d_plus::numeric, 12) AS d_plus,
	   round(d_minus::numeric, 12) AS d_minus, round(z::numeric, 12) AS z,
	   round(p_value::numeric, 12) AS p, round(p_kolmogorov::numeric, 12) AS p_kolmogorov, notes
FROM (SELECT (ks_normality(v)).* FROM nm) s;
SELECT n, round(d::numeric, 12) AS d, round(p_value::numeric, 12) AS p,
	   round(p_kolmogorov::numeric, 12) AS p_k, notes
FROM (SELECT (ks_normality(skew)).* FROM nm) s;
-- ties (a value -> count state)
SELECT n, round(d::numeric, 12) AS d, round(p_value::numeric, 12) AS p, notes
FROM (SELECT (ks_normality(score)).* FROM nm) s;
-- GROUP BY
SELECT g, (r).n, round((r).d::numeric, 12) AS d, round((r).p_value::numeric, 12) AS p
FROM (SELECT g, ks_normality(v) AS r FROM nm GROUP BY g) s ORDER BY g;

-- fully specified normal: exact p (n < 100, no ties), asymptotic with ties
-- or n >= 100
SELECT n, mean, sd, round(d::numeric, 12) AS d, round(d_plus::numeric, 12) AS d_plus,
	   round(d_minus::numeric, 12) AS d_minus, round(p_value::numeric, 12) AS p,
	   round(p_kolmogorov::numeric, 12) AS p_k, notes
FROM (SELECT (ks_normality(v, 102, 11)).* FROM nm) s;
SELECT n, round(p_value::numeric, 12) AS p, notes
FROM (SELECT (ks_normality(score, 5, 3)).* FROM nm) s;
SELECT n, round(p_value::numeric, 12) AS p, notes
FROM (SELECT (ks_normality(x::float8 / 100, 0.6, 0.3)).* FROM generate_series(1, 120) x) s;
-- far tail: exact p without 1 - P cancellation
SELECT n, round(d::numeric, 12) AS d, p_value < 1e-30 AS tiny, p_value > 0 AS positive
FROM (SELECT (ks_normality(v, 80, 10)).* FROM nm) s;
SELECT n, d, p_value, notes FROM (SELECT (ks_normality(v, 0, 1)).* FROM nm) s;

-- Shapiro-Wilk
SELECT n, n_skipped, round(w::numeric, 12) AS w, round(p_value::numeric, 12) AS p, notes
FROM (SELECT (shapiro_wilk(v)).* FROM nm) s;
SELECT g, (r).n, round((r).w::numeric, 12) AS w, round((r).p_value::numeric, 12) AS p
FROM (SELECT g, shapiro_wilk(skew) AS r FROM nm GROUP BY g) s ORDER BY g;
SELECT n, round(w::numeric, 12) AS w, round(p_value::numeric, 12) AS p
FROM (SELECT (shapiro_wilk(score)).* FROM nm) s;
-- n = 3: exact p
SELECT n, round(w::numeric, 12) AS w, round(p_value::numeric, 12) AS p
FROM (SELECT (shapiro_wilk(v)).* FROM (VALUES (1.0), (2.0), (4.0)) t(v)) s;
-- beyond 5000: W, no p
SELECT n, round(w::numeric, 6) AS w, p_value, notes
FROM (SELECT (shapiro_wilk(sin(x) + cos(x * 0.37))).* FROM generate_series(1, 5001) x) s;

-- too little data: counts filled, statistics NULL, a note
SELECT (ks_normality(v)).* FROM nm WHERE x = 1;
SELECT n, round(sd::numeric, 10) AS sd, round(d::numeric, 12) AS d, p_value,
	   round(p_kolmogorov::numeric, 12) AS p_k, notes
FROM (SELECT (ks_normality(v)).* FROM nm WHERE x <= 4) s;
SELECT (ks_normality(v)).* FROM (VALUES (2.5), (2.5), (2.5), (2.5), (2.5), (NULL)) t(v);
SELECT (ks_normality(v, 0, 1)).* FROM nm WHERE x > 61;
SELECT n, round(d::numeric, 12) AS d, round(p_value::numeric, 12) AS p, notes
FROM (SELECT (ks_normality(v, 0, 1)).* FROM (VALUES (0.3)) t(v)) s;
SELECT (shapiro_wilk(v)).* FROM nm WHERE x <= 2;
SELECT (shapiro_wilk(v)).* FROM (VALUES (7.0), (7.0), (7.0), (7.0)) t(v);
SELECT (shapiro_wilk(v)).* FROM nm WHERE x > 61;
-- no rows at all: NULL
SELECT ks_normality(v) IS NULL AS ks_null, shapiro_wilk(v) IS NULL AS sw_null,
	   ks_normality(v, 0, 1) IS NULL AS ks2_null
FROM nm WHERE false;

-- bad values and parameters
SELECT ks_normality(v) FROM (VALUES (1.0), ('NaN'::float8)) t(v);
SELECT shapiro_wilk(v) FROM (VALUES (1.0), ('-Infinity'::float8)) t(v);
SELECT ks_normality(v, 0, 'Infinity') FROM (VALUES (1.0)) t(v);
SELECT ks_normality(v, 0, 0) FROM (VALUES (1.0)) t(v);
SELECT ks_normality(v, 0, -1) FROM (VALUES (1.0)) t(v);
SELECT ks_normality(v, 'NaN', 1) FROM (VALUES (1.0)) t(v);
SELECT ks_normality(v, NULL, 1) FROM (VALUES (1.0)) t(v);
SELECT ks_normality(v, x, 1) FROM nm;

-- partial / merge equals whole (both forms); text round trip of the state
-- (results compared as text at full precision)
SET extra_float_digits = 1;
SELECT (SELECT ks_normality_merge(s) FROM
		(SELECT ks_normality_partial(v) s FROM nm WHERE x <= 20
		 UNION ALL SELECT ks_normality_partial(v) FROM nm WHERE x > 20) q)::text
	 = (SELECT ks_normality(v) FROM nm)::text AS ks_same,
	   (SELECT ks_normality_merge(s::text::ks_normality_state) FROM
		(SELECT ks_normality_partial(v, 100, 10) s FROM nm GROUP BY g) q)::text
	 = (SELECT ks_normality(v, 100, 10) FROM nm)::text AS ks2_same,
	   (SELECT shapiro_wilk_merge(s::text::shapiro_wilk_state) FROM
		(SELECT shapiro_wilk_partial(score) s FROM nm GROUP BY g) q)::text
	 = (SELECT shapiro_wilk(score) FROM nm)::text AS sw_same;
SET extra_float_digits = 0;
SELECT ks_normality_partial(v, 0, 2) FROM (VALUES (1.5), (NULL), (1.5), (-0.25)) t(v);
SELECT (ks_normality_merge(s)).n FROM
	(SELECT ks_normality_partial(v) s FROM nm
	 UNION ALL SELECT ks_normality_partial(v, 0, 1) FROM nm) q;
SELECT shapiro_wilk_merge(s::text::shapiro_wilk_state) FROM
	(SELECT ks_normality_partial(v) s FROM nm) q;

-- forced parallel plan: Partial Aggregate, identical results
CREATE TABLE nmpar AS
	SELECT x, sin(x) * 10 + (x % 7) AS v, (x % 9)::float8 AS score
	FROM generate_series(1, 20000) x;
ANALYZE nmpar;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT ks_normality(v), ks_normality(v, 0, 10), shapiro_wilk(score) FROM nmpar;
CREATE TABLE nmpar_results AS
	SELECT 'parallel' AS plan, ks_normality(v)::text AS ks, ks_normality(v, 0, 10)::text AS ks2,
		   ks_normality(score)::text AS ks_ties, shapiro_wilk(v)::text AS sw
	FROM nmpar;
SET max_parallel_workers_per_gather = 0;
INSERT INTO nmpar_results
	SELECT 'serial', ks_normality(v)::text, ks_normality(v, 0, 10)::text,
		   ks_normality(score)::text, shapiro_wilk(v)::text
	FROM nmpar;
SELECT p.ks = s.ks AS ks_identical, p.ks2 = s.ks2 AS ks2_identical,
	   p.ks_ties = s.ks_ties AS ties_identical, p.sw = s.sw AS sw_identical
FROM nmpar_results p, nmpar_results s WHERE p.plan = 'parallel' AND s.plan = 'serial';
RESET ALL;
