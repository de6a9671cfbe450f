-- cox_ph in its two forms (two groups; covariates float8[]).  Behaviour
-- only: the numbers are checked against R's coxph in test/xval/cox/.
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

-- r6(x): numbers to 6 significant digits, arrays element by element
CREATE FUNCTION pg_temp.r6(x float8) RETURNS float8 LANGUAGE sql AS $$
	SELECT CASE WHEN x = 0 OR x IS NULL OR x = 'Infinity' OR x = '-Infinity' THEN x
		ELSE round(x::numeric, greatest(0, 5 - floor(log(abs(x)))::int))::float8 END $$;
CREATE FUNCTION pg_temp.r6(x float8[]) RETURNS float8[] LANGUAGE sql AS $$
	SELECT array_agg(pg_temp.r6(e) ORDER BY i) FROM unnest(x) WITH ORDINALITY u(e, i) $$;

-- 60 patients: months, death, arm, age, a lab value with ties in time
CREATE TABLE cox_pts AS
	SELECT i AS id,
		   round((1 + (i * 37 % 29) + (i % 2) * 4 + (i % 5) * 0.5)::numeric, 0)::float8 AS months,
		   (i * 13 % 10) < 7 AS dead,
		   CASE WHEN i % 2 = 0 THEN 'confluent' ELSE 'separated' END AS arm,
		   (50 + (i * 7 % 31))::float8 AS age,
		   ((i * 17 % 23) / 4.0)::float8 AS lab
	FROM generate_series(1, 60) i;
INSERT INTO cox_pts VALUES (61, NULL, true, 'confluent', 60, 1), (62, 5, NULL, 'separated', 61, 2),
	(63, 7, true, NULL, 62, 3), (64, 9, false, 'confluent', NULL, 4);

--
-- two groups
--
SELECT n, n_events, n_skipped, group1, group2, n1, n2, pg_temp.r6(coef) AS coef,
	   pg_temp.r6(se) AS se, pg_temp.r6(hazard_ratio) AS hr, pg_temp.r6(ci_lower) AS lo,
	   pg_temp.r6(ci_upper) AS hi, pg_temp.r6(z) AS z, pg_temp.r6(p_wald) AS p_wald,
	   pg_temp.r6(chi2_lr) AS lr, pg_temp.r6(p_lr) AS p_lr, pg_temp.r6(chi2_score) AS score,
	   pg_temp.r6(p_score) AS p_score, notes
FROM (SELECT (cox_ph(months, dead, arm)).* FROM cox_pts) r;
-- the integer event coding, every label type, GROUP BY, FILTER
SELECT (cox_ph(months, dead::int, arm)).coef = (cox_ph(months, dead, arm)).coef AS int_event_same FROM cox_pts;
SELECT pg_temp.r6((cox_ph(months, dead, arm = 'separated')).coef) AS bool_label,
	   pg_temp.r6((cox_ph(months, dead, (id % 2)::int2)).coef) AS int2_label,
	   pg_temp.r6((cox_ph(months, dead, id % 2)).coef) AS int4_label,
	   pg_temp.r6((cox_ph(months, dead, (id % 2)::int8)).coef) AS int8_label,
	   pg_temp.r6((cox_ph(months, dead, arm::varchar)).coef) AS varchar_label
FROM cox_pts;
SELECT id % 3 AS site, pg_temp.r6((cox_ph(months, dead, arm)).hazard_ratio) AS hr
FROM cox_pts GROUP BY id % 3 ORDER BY 1;
SELECT pg_temp.r6((cox_ph(months, dead, arm) FILTER (WHERE age < 70)).coef) AS coef FROM cox_pts;
-- thin data: one group, no events, all events in one group (separation)
SELECT (cox_ph(months, dead, arm)).* FROM cox_pts WHERE arm = 'confluent';
SELECT n, n_events, coef, notes FROM (SELECT (cox_ph(months, false, arm)).* FROM cox_pts) r;
SELECT n_events, coef > 10 AS huge, notes
FROM (SELECT (cox_ph(months, arm = 'separated' AND dead, arm)).* FROM cox_pts) r;
-- a group never at risk at an event time: no information about it
SELECT n, n_events, coef, notes
FROM (SELECT (cox_ph(t, d, g)).* FROM (VALUES (1.0::float8, false, 'a'), (2, false, 'a'),
										(5, true, 'b'), (6, true, 'b')) v(t, d, g)) r;
-- a third group label
SELECT pg_temp.err($$SELECT cox_ph(months, dead, id % 3) FROM cox_pts$$);

--
-- covariates
--
SELECT n, n_events, n_skipped, pg_temp.r6(coef) AS coef, pg_temp.r6(se) AS se,
	   pg_temp.r6(hazard_ratio) AS hr, pg_temp.r6(ci_lower) AS lo, pg_temp.r6(ci_upper) AS hi,
	   pg_temp.r6(z) AS z, pg_temp.r6(p_value) AS p, pg_temp.r6(chi2_lr) AS lr, df,
	   pg_temp.r6(p_lr) AS p_lr, pg_temp.r6(chi2_wald) AS wald, pg_temp.r6(chi2_score) AS score, notes
FROM (SELECT (cox_ph(months, dead, ARRAY[age, lab, (arm = 'separated')::int])).* FROM cox_pts) r;
-- one covariate 0/1 equals the two-group form
SELECT (cox_ph(months, dead, ARRAY[(arm = 'separated')::int::float8])).coef[1]
	   = (cox_ph(months, dead, arm)).coef AS same_as_groups
FROM cox_pts WHERE arm IS NOT NULL;
-- a NULL element skips the row; an aliased covariate has NULL coefficients
SELECT n, n_skipped FROM (SELECT (cox_ph(months, dead, ARRAY[age, CASE WHEN id = 5 THEN NULL ELSE lab END])).* FROM cox_pts) r;
SELECT pg_temp.r6(coef) AS coef, df, notes
FROM (SELECT (cox_ph(months, dead::int, ARRAY[age, lab, age + 2 * lab])).* FROM cox_pts) r;
SELECT coef, df, notes FROM (SELECT (cox_ph(months, dead, ARRAY[1.0::float8, 2.0])).* FROM cox_pts) r;
-- no usable row; no events
SELECT (cox_ph(months, dead, ARRAY[age])).* FROM cox_pts WHERE months IS NULL;
SELECT n, n_events, coef, notes FROM (SELECT (cox_ph(months, false, ARRAY[age])).* FROM cox_pts) r;
-- perfect separation on a covariate: R's warning, as a note
SELECT df, pg_temp.r6(coef) AS coef, notes FROM (SELECT (cox_ph(months, dead, ARRAY[age, -months])).* FROM cox_pts) r;

--
-- partial / merge, text round trip
--
SELECT pg_temp.r6((cox_ph_merge(s)).coef) AS coef
FROM (SELECT cox_ph_partial(months, dead, arm) s FROM cox_pts WHERE id <= 30
	  UNION ALL SELECT cox_ph_partial(months, dead, arm) FROM cox_pts WHERE id > 30) q;
SELECT (cox_ph_merge(s)).coef = (SELECT (cox_ph(months, dead, ARRAY[age, lab])).coef FROM cox_pts) AS merged_equals_whole
FROM (SELECT cox_ph_partial(months, dead, ARRAY[age, lab]) s FROM cox_pts WHERE id % 2 = 0
	  UNION ALL SELECT cox_ph_partial(months, dead, ARRAY[age, lab]) FROM cox_pts WHERE id % 2 = 1) q;
SELECT cox_ph_partial(months, dead, ARRAY[age, lab])::text FROM cox_pts WHERE id <= 3 OR id = 62;
SELECT (cox_ph_merge(s::text::cox_ph_multi_state)).coef = (SELECT (cox_ph(months, dead::int, ARRAY[age])).coef FROM cox_pts) AS round_trip
FROM (SELECT cox_ph_partial(months, dead::int, ARRAY[age]) s FROM cox_pts) q;

--
-- a forced parallel plan gives the serial result (the rows are sorted
-- before the fit, so it is identical)
--
CREATE TABLE big_cox AS SELECT i, (i * 7919 % 1000) / 10.0 AS t, i % 3 <> 0 AS d,
	CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END AS g, (i % 17)::float8 AS x
	FROM generate_series(1, 6000) i;
ANALYZE big_cox;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT cox_ph(t, d, g), cox_ph(t, d, ARRAY[x]) FROM big_cox;
CREATE TEMP TABLE par_cox AS SELECT cox_ph(t, d, g)::text AS a, cox_ph(t, d, ARRAY[x])::text AS b FROM big_cox;
RESET max_parallel_workers_per_gather;
SELECT p.a = s.a AS groups_identical, p.b = s.b AS covariates_identical
FROM par_cox p, (SELECT cox_ph(t, d, g)::text AS a, cox_ph(t, d, ARRAY[x])::text AS b FROM big_cox) s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

--
-- bad input
--
SELECT pg_temp.err($$SELECT cox_ph('NaN'::float8, dead, arm) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(-months, dead, arm) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, 2, arm) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, dead, ARRAY[age, 'Infinity']) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, dead, CASE WHEN id = 7 THEN ARRAY[age] ELSE ARRAY[age, lab] END) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, dead, ARRAY[[age, lab], [lab, age]]) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, dead, '{}'::float8[]) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph(months, dead, array_fill(age, ARRAY[101])) FROM cox_pts$$);
SELECT pg_temp.err($$SELECT cox_ph_merge(s) FROM (SELECT cox_ph_partial(months, dead, ARRAY[age]) s FROM cox_pts
	UNION ALL SELECT cox_ph_partial(months, dead, ARRAY[age, lab]) FROM cox_pts) q$$);
-- malformed states
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=2 values=1,1,3 end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=1 values=1,1,3'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=1 values=-1,1,3 end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=1 values=1,0.5,3 end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=1 values=1,1,NaN end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=101 rows=0 values= end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=-1 p=1 rows=0 values= end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=0 rows=1 values=1,1 end'::cox_ph_multi_state$$);
SELECT pg_temp.err($$SELECT 'cox_ph_multi v1 skipped=0 p=1 rows=1 values=1,1,2 end trailing'::cox_ph_multi_state$$);
SELECT 'cox_ph_multi v1 skipped=2 p=1 rows=1 values=1,1,2 end'::cox_ph_multi_state::text AS accepted;
SELECT pg_temp.err($$SELECT cox_ph_merge('cox_ph v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=1 values=1,3 end'::cox_ph_state)$$);
