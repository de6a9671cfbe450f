-- pearson_cor, spearman_cor, kendall_tau.  Behaviour only: the numbers are
-- checked against R's cor.test in test/xval/association/.
\set VERBOSITY default
\pset null NULL
SET extra_float_digits = 0;

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hnt text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN st || ': ' || msg || coalesce(nullif(E'\nDETAIL: ' || det, E'\nDETAIL: '), '')
		|| coalesce(nullif(E'\nHINT: ' || hnt, E'\nHINT: '), '');
END $$;

-- brief(result): the fields of a composite result, numbers to 6 digits
CREATE FUNCTION pg_temp.brief(r anyelement) RETURNS text LANGUAGE sql AS $$
	SELECT string_agg(key || '=' ||
		CASE WHEN jsonb_typeof(value) = 'number' AND value::text::numeric <> 0 THEN
			(round(value::text::numeric,
				   greatest(0, 5 - floor(log(abs(value::text::numeric)))::int)))::float8::text
			 ELSE value::text END, ' ' ORDER BY key)
	FROM jsonb_each(to_jsonb(r))
$$;

-- assoc_pain (0-10, ties) and disability (continuous) of 40 patients, two NULLs
CREATE TABLE assoc_pain AS
	SELECT i AS id, (i * 7 % 11)::float8 AS vas, (10 + (i * 7 % 11) * 3.1 + (i * 13 % 17))::float8 AS odi,
		   (i * 37 % 41)::float8 AS age
	FROM generate_series(1, 40) i;
INSERT INTO assoc_pain VALUES (41, NULL, 20, 50), (42, 5, NULL, 51);

SELECT pg_temp.brief(pearson_cor(vas, odi)) FROM assoc_pain;
SELECT pg_temp.brief(pearson_cor(vas, odi, 'greater', 0.9)) FROM assoc_pain;
SELECT pg_temp.brief(pearson_cor(vas, odi, 'less')) FROM assoc_pain;
SELECT pg_temp.brief(spearman_cor(vas, odi)) FROM assoc_pain;
SELECT pg_temp.brief(spearman_cor(age, odi, 'less')) FROM assoc_pain;
SELECT pg_temp.brief(spearman_cor(age, odi)) FROM assoc_pain WHERE id <= 9;
SELECT pg_temp.brief(kendall_tau(vas, odi)) FROM assoc_pain;
SELECT pg_temp.brief(kendall_tau(age, odi, 'greater')) FROM assoc_pain WHERE id <= 20;
-- GROUP BY, FILTER
SELECT id % 2 AS half, pg_temp.brief(kendall_tau(age, odi)) FROM assoc_pain GROUP BY id % 2 ORDER BY 1;
SELECT pg_temp.brief(pearson_cor(vas, odi) FILTER (WHERE age > 10)) FROM assoc_pain;
-- thin data: too few pairs, a constant variable, perfect association
SELECT pg_temp.brief(pearson_cor(vas, odi)) FROM assoc_pain WHERE id <= 2;
SELECT pg_temp.brief(pearson_cor(vas, odi)) FROM assoc_pain WHERE id <= 3;
SELECT pg_temp.brief(pearson_cor(vas, 1.0)) FROM assoc_pain;
SELECT pg_temp.brief(spearman_cor(vas, odi)) FROM assoc_pain WHERE id = 1;
SELECT pg_temp.brief(spearman_cor(age, age * 2)) FROM assoc_pain WHERE id <= 2;
SELECT pg_temp.brief(spearman_cor(age, 3.0)) FROM assoc_pain;
SELECT pg_temp.brief(kendall_tau(age, -age)) FROM assoc_pain WHERE id <= 10;
SELECT pg_temp.brief(kendall_tau(age, 2.0)) FROM assoc_pain;
SELECT pearson_cor(vas, odi) FROM assoc_pain WHERE false;
SELECT pg_temp.brief(kendall_tau(NULL::float8, odi)) FROM assoc_pain;

-- partial / merge, text round trip
SELECT (kendall_tau_merge(s)).tau_b = (SELECT (kendall_tau(age, odi)).tau_b FROM assoc_pain) AS merged_equals_whole
FROM (SELECT kendall_tau_partial(age, odi) s FROM assoc_pain WHERE id % 2 = 0
	  UNION ALL SELECT kendall_tau_partial(age, odi) FROM assoc_pain WHERE id % 2 = 1) q;
SELECT (spearman_cor_merge(s::text::spearman_cor_state)).rho = (SELECT (spearman_cor(age, odi)).rho FROM assoc_pain) AS round_trip
FROM (SELECT spearman_cor_partial(age, odi) s FROM assoc_pain) q;
SELECT pearson_cor_partial(vas, odi, 'less', 0.9)::text FROM assoc_pain WHERE id <= 3;

-- a forced parallel plan: rank correlations identical, Pearson's r (which
-- sums moments in arrival order) within 1e-12
CREATE TABLE big_assoc AS SELECT i, sin(i) * 100 AS x, cos(i * 0.3) * 50 + (i % 13) AS y
	FROM generate_series(1, 6000) i;
ANALYZE big_assoc;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT pearson_cor(x, y), spearman_cor(x, y), kendall_tau(x, y) FROM big_assoc;
CREATE TEMP TABLE par_assoc AS SELECT (pearson_cor(x, y)).r AS r, spearman_cor(x, y)::text AS s,
	kendall_tau(x, y)::text AS k FROM big_assoc;
RESET max_parallel_workers_per_gather;
SELECT abs(p.r - s.r) <= 1e-12 AS pearson_ok, p.s = s.s AS spearman_identical,
	   p.k = s.k AS kendall_identical
FROM par_assoc p, (SELECT (pearson_cor(x, y)).r AS r, spearman_cor(x, y)::text AS s,
			 kendall_tau(x, y)::text AS k FROM big_assoc) s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

-- bad input
SELECT pg_temp.err($$SELECT pearson_cor('NaN'::float8, odi) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT spearman_cor(vas, CASE WHEN id = 4 THEN '-Infinity' ELSE odi END) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT kendall_tau('Infinity'::float8, odi) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT pearson_cor(vas, odi, 'sideways') FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT pearson_cor(vas, odi, 'less', 1.5) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT spearman_cor(vas, odi, NULL::text) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT kendall_tau(vas, odi, CASE WHEN id < 3 THEN 'less' ELSE 'greater' END) FROM assoc_pain$$);
SELECT pg_temp.err($$SELECT pearson_cor(x * 1e300, y * 1e300) FROM big_assoc$$);
SELECT pg_temp.err($$SELECT kendall_tau_merge('kendall_tau v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,2,3 end'::kendall_tau_state)$$);
SELECT pg_temp.err($$SELECT pearson_cor_merge('pearson_cor v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x1p0,0x3p0 end'::pearson_cor_state)$$);
-- magnitudes: ranks do not care, Pearson's r is scale-free
SELECT pg_temp.brief(spearman_cor(age * 1e-300, odi * 1e300)) FROM assoc_pain;
SELECT (pearson_cor(vas * 1e-150, odi * 1e150)).r - (pearson_cor(vas, odi)).r < 1e-12 AS scale_free FROM assoc_pain;
