-- km_curve, km_median, the groups/observed/expected of log_rank, and the
-- integer (0/1) event overloads of the survival aggregates.  Behaviour
-- only: the numbers are checked against R in test/xval/survival_curves/.
\set VERBOSITY default
\pset null NULL
SET extra_float_digits = 0;

-- err(query): the error a query raises, with its SQLSTATE, detail and hint
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

-- a small cohort: months to death or censoring, two arms, one NULL time
CREATE TABLE km_cohort (id int, t float8, dead bool, arm text);
INSERT INTO km_cohort VALUES
	(1, 1, true, 'CF'), (2, 2, true, 'CF'), (3, 2, false, 'CF'), (4, 3, true, 'SP'),
	(5, 4, true, 'CF'), (6, 4, true, 'SP'), (7, 5, false, 'SP'), (8, 6, true, 'SP'),
	(9, 7, false, 'CF'), (10, 8, false, 'SP'), (11, NULL, true, 'CF');

--
-- km_curve
--
SELECT (unnest(km_curve(t, dead))).* FROM km_cohort;
-- a 90 % band; the integer event coding gives the same curve
SELECT (s).time, round((s).ci_lower::numeric, 6) AS lo90, round((s).ci_upper::numeric, 6) AS hi90
FROM (SELECT unnest(km_curve(t, dead, 0.90)) s FROM km_cohort) q;
SELECT km_curve(t, dead) = km_curve(t, dead::int) AS same_curve FROM km_cohort;
-- per arm with GROUP BY, steps as rows
SELECT arm, (s).time, (s).n_risk, (s).n_event, round((s).survival::numeric, 6) AS survival
FROM (SELECT arm, unnest(km_curve(t, dead)) s FROM km_cohort GROUP BY arm) q
ORDER BY arm, (s).time;
-- FILTER, and the curve as an array
SELECT array_length(km_curve(t, dead) FILTER (WHERE arm = 'CF'), 1) AS steps_cf FROM km_cohort;
-- once S reaches 0 the error and band are NULL; all censored: S stays 1
SELECT (unnest(km_curve(t, true))).* FROM km_cohort WHERE id <= 3;
SELECT (unnest(km_curve(t, false))).* FROM km_cohort WHERE id <= 3;
-- times 0, one row, no usable row (empty curve), no row at all (NULL)
SELECT (unnest(km_curve(t, d))).* FROM (VALUES (0.0::float8, true), (0, false), (3, true)) v(t, d);
SELECT km_curve(5.0, true) FROM km_cohort WHERE id = 1;
SELECT km_curve(t, dead) FROM km_cohort WHERE id = 11 AND t IS NOT NULL;
SELECT km_curve(t, dead) FROM km_cohort WHERE t IS NULL;
SELECT km_curve(t, NULL::bool) FROM km_cohort;

--
-- km_median (R's print.survfit rules)
--
SELECT (km_median(t, dead)).* FROM km_cohort;
SELECT arm, (km_median(t, dead::int, 0.9)).* FROM km_cohort GROUP BY arm ORDER BY arm;
-- S exactly 0.5 over an interval: the midpoint to the next drop
SELECT (km_median(t, d)).* FROM (VALUES (1.0::float8, true), (2, true), (3, true), (4, false)) v(t, d);
-- S stays at 0.5 to the end: the first time it reaches 0.5
SELECT (km_median(t, d)).* FROM (VALUES (1.0::float8, true), (2, true), (3, false), (4, false)) v(t, d);
-- never reaches 0.5; all censored; no usable row
SELECT (km_median(t, d)).* FROM (VALUES (1.0::float8, true), (2, false), (3, false), (4, false)) v(t, d);
SELECT (km_median(t, false)).* FROM km_cohort;
SELECT (km_median(t, dead)).* FROM km_cohort WHERE t IS NULL;

--
-- log_rank: groups, observed and expected, and integer events
--
SELECT (log_rank(t, dead, arm)).* FROM km_cohort;
SELECT (log_rank(t, dead::int, arm)).groups, (log_rank(t, dead::int, arm)).observed FROM km_cohort;
SELECT (log_rank(t, dead::int, id % 3)).groups FROM km_cohort;
SELECT km_survival(t, dead::int, 4) AS s4 FROM km_cohort;

--
-- partial / merge, text round trip
--
SELECT km_curve_merge(s) = (SELECT km_curve(t, dead) FROM km_cohort) AS merged_equals_whole
FROM (SELECT km_curve_partial(t, dead) s FROM km_cohort WHERE arm = 'CF'
	  UNION ALL SELECT km_curve_partial(t, dead) FROM km_cohort WHERE arm = 'SP') q;
SELECT (km_median_merge(s)).median
FROM (SELECT km_median_partial(t, dead) s FROM km_cohort WHERE id < 6
	  UNION ALL SELECT km_median_partial(t, dead) FROM km_cohort WHERE id >= 6) q;
SELECT km_curve_partial(t, dead, 0.9)::text FROM km_cohort WHERE id <= 3;
SELECT km_curve_merge(s::text::km_curve_state) = (SELECT km_curve(t, dead) FROM km_cohort) AS round_trip
FROM (SELECT km_curve_partial(t, dead) s FROM km_cohort) q;

--
-- bad input
--
SELECT pg_temp.err($$SELECT km_curve('NaN'::float8, true) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_curve(CASE WHEN id = 3 THEN 'Infinity' ELSE t END, dead) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_median(-t, dead) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_curve(t, 2) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_median(t, -1) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT log_rank(t, 3, arm) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_survival(t, 7, 2) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_curve(t, dead, 1.0) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_median(t, dead, 'NaN') FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_curve(t, dead, NULL) FROM km_cohort$$);
SELECT pg_temp.err($$SELECT km_curve(t, dead, CASE WHEN id < 5 THEN 0.9 ELSE 0.95 END) FROM km_cohort$$);
-- malformed states: a negative time, an event of 2, a bad confidence level
SELECT pg_temp.err($$SELECT km_curve_merge('km_curve v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=-1,1,7,0 end'::km_curve_state)$$);
SELECT pg_temp.err($$SELECT km_median_merge('km_median v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,2,7,0 end'::km_median_state)$$);
SELECT pg_temp.err($$SELECT 'km_curve v2 params=1 alternative=two-sided conf_level=1.5 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::km_curve_state$$);
SELECT pg_temp.err($$SELECT km_curve_merge('km_curve v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=1 values=1,1 end'::km_curve_state)$$);
-- magnitudes: times 1e-300 and 1e300 give the curve of their ranks
SELECT s, (km_median(t * s, dead)).median / s AS median_scaled
FROM km_cohort, (VALUES (1e-300::float8), (1e300)) v(s) GROUP BY s ORDER BY s;
