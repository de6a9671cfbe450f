-- Bad input for every function of the t-test, Levene and normality
-- families (issue 7): NULLs, NaN, +-Infinity, empty input, one group, a
-- third label, zero variance, all ties, n at each method's limits, absurd
-- parameters, huge and tiny magnitudes.  Each must give a clear error with
-- a SQLSTATE, or a result whose undefined fields are NULL with a note;
-- never a crash, never a NaN.  Numbers are shown to 6 significant digits
-- (the reference comparisons in test/xval/ check the values themselves).
\set VERBOSITY default
\pset null NULL
SET extra_float_digits = 0;

-- brief(result): the fields of a composite result, numbers rounded.
CREATE FUNCTION pg_temp.brief(r anyelement) RETURNS text LANGUAGE sql AS $$
	SELECT string_agg(key || '=' ||
		CASE WHEN jsonb_typeof(value) = 'number' AND value::text::numeric <> 0 THEN
			(round(value::text::numeric,
				   greatest(0, 5 - floor(log(abs(value::text::numeric)))::int)))::float8::text
			 ELSE value::text END, ' ' ORDER BY key)
	FROM jsonb_each(to_jsonb(r))
$$;

CREATE TEMP TABLE d (i int, x float8, y float8, g text);
INSERT INTO d SELECT i, i * 0.37 + (i % 7), i * 0.21 + (i % 5) * 1.3, 'g' || (i % 2)
	FROM generate_series(1, 20) i;

-- ---------------------------------------------------------------- NULLs
-- every input NULL: counted, nothing computed
SELECT pg_temp.brief(paired_t(NULL::float8, NULL::float8)) FROM d;
SELECT pg_temp.brief(independent_t(NULL::float8, g)) FROM d;
SELECT pg_temp.brief(independent_t(x, NULL::text)) FROM d;
SELECT pg_temp.brief(levene_test(NULL::float8, g)) FROM d;
SELECT pg_temp.brief(ks_normality(NULL::float8)) FROM d;
SELECT pg_temp.brief(shapiro_wilk(NULL::float8)) FROM d;
-- some NULLs, in either column
SELECT pg_temp.brief(paired_t(CASE WHEN i % 3 = 0 THEN NULL ELSE x END,
							  CASE WHEN i % 4 = 0 THEN NULL ELSE y END)) FROM d;
SELECT pg_temp.brief(shapiro_wilk(CASE WHEN i > 15 THEN NULL ELSE x END)) FROM d;
-- NULL parameters
SELECT paired_t(x, y, NULL::text) FROM d;
SELECT independent_t(x, g, 'less', NULL::float8) FROM d;
SELECT levene_test(x, g, NULL::text) FROM d;
SELECT ks_normality(x, NULL, 1) FROM d;
SELECT ks_normality(x, 0, NULL) FROM d;
SELECT t_test_from_summary(NULL, 1, 10, 2, 1, 10);

-- ---------------------------------------------------------------- NaN, Infinity
SELECT paired_t('NaN'::float8, y) FROM d;
SELECT paired_t(x, '-Infinity'::float8) FROM d;
SELECT independent_t('Infinity'::float8, g) FROM d;
SELECT levene_test('-Infinity'::float8, g) FROM d;
SELECT ks_normality('NaN'::float8) FROM d;
SELECT shapiro_wilk('Infinity'::float8) FROM d;
SELECT ks_normality(x, 'NaN', 1) FROM d;
SELECT ks_normality(x, 0, 'Infinity') FROM d;
SELECT paired_t(x, y, 'two-sided', 'NaN') FROM d;
SELECT t_test_from_summary('Infinity', 1, 10, 2, 1, 10);
SELECT t_test_from_summary(1, 'NaN', 10, 2, 1, 10);
-- a single bad row among good ones
SELECT independent_t(CASE WHEN i = 17 THEN 'NaN' ELSE x END, g) FROM d;

-- ---------------------------------------------------------------- empty input
SELECT paired_t(x, y) IS NULL AS is_null FROM d WHERE false;
SELECT independent_t(x, g) IS NULL AS is_null FROM d WHERE false;
SELECT levene_test(x, g) IS NULL AS is_null FROM d WHERE false;
SELECT ks_normality(x) IS NULL AS is_null FROM d WHERE false;
SELECT shapiro_wilk(x) IS NULL AS is_null FROM d WHERE false;
SELECT paired_t_merge(s) IS NULL AS is_null
	FROM (SELECT paired_t_partial(x, y) s FROM d WHERE false) q;

-- ---------------------------------------------------------------- one group, third label
SELECT pg_temp.brief(independent_t(x, 'only')) FROM d;
SELECT pg_temp.brief(levene_test(x, 'only')) FROM d;
SELECT independent_t(x, 'g' || (i % 3)) FROM d;
-- Levene takes any number of groups: three is fine, one per row is not
SELECT pg_temp.brief(levene_test(x, 'g' || (i % 3))) FROM d;
SELECT pg_temp.brief(levene_test(x, i::text)) FROM d;

-- ---------------------------------------------------------------- n at the limits
-- paired: n = 1 and 2; independent: n1 = 1, n1 = n2 = 1
SELECT pg_temp.brief(paired_t(x, y)) FROM d WHERE i = 1;
SELECT pg_temp.brief(paired_t(x, y)) FROM d WHERE i <= 2;
SELECT pg_temp.brief(independent_t(x, g)) FROM d WHERE i <= 3;
SELECT pg_temp.brief(independent_t(x, g)) FROM d WHERE i <= 2;
SELECT pg_temp.brief(levene_test(x, g)) FROM d WHERE i <= 2;
-- normality: n = 2, 3 (the smallest Shapiro-Wilk), 4, 5 (KS limits)
SELECT n, pg_temp.brief(shapiro_wilk(x)) FROM d, generate_series(2, 5) n WHERE i <= n GROUP BY n ORDER BY n;
SELECT n, pg_temp.brief(ks_normality(x)) FROM d, generate_series(2, 5) n WHERE i <= n GROUP BY n ORDER BY n;
-- Shapiro-Wilk: p-value approximation holds up to n = 5000
SELECT pg_temp.brief(shapiro_wilk(sin(i) * 10 + i % 13)) FROM generate_series(1, 5000) i;
SELECT pg_temp.brief(shapiro_wilk(sin(i) * 10 + i % 13)) FROM generate_series(1, 5001) i;

-- ---------------------------------------------------------------- zero variance, ties
SELECT pg_temp.brief(paired_t(x, x + 1)) FROM d;
SELECT pg_temp.brief(paired_t(x, x)) FROM d;
SELECT pg_temp.brief(independent_t(5.0, g)) FROM d;
SELECT pg_temp.brief(independent_t(CASE WHEN g = 'g0' THEN 1.0 ELSE 2.0 END, g)) FROM d;
SELECT pg_temp.brief(independent_t(CASE WHEN g = 'g0' THEN 1.0 ELSE x END, g)) FROM d;
SELECT pg_temp.brief(levene_test(5.0, g)) FROM d;
SELECT pg_temp.brief(levene_test(CASE WHEN g = 'g0' THEN 1.0 ELSE 2.0 END, g)) FROM d;
SELECT pg_temp.brief(ks_normality(3.0)) FROM d;
SELECT pg_temp.brief(shapiro_wilk(3.0)) FROM d;
-- heavy ties: two distinct values
SELECT pg_temp.brief(shapiro_wilk((i % 2)::float8)) FROM d;
SELECT pg_temp.brief(ks_normality((i % 2)::float8)) FROM d;
SELECT pg_temp.brief(levene_test((i % 2)::float8, g)) FROM d;

-- ---------------------------------------------------------------- absurd parameters
SELECT paired_t(x, y, '') FROM d;
SELECT paired_t(x, y, 'TWO-SIDED') FROM d;
SELECT independent_t(x, g, 'greater', 0) FROM d;
SELECT independent_t(x, g, 'greater', 1) FROM d;
SELECT independent_t(x, g, 'greater', -0.5) FROM d;
SELECT independent_t(x, g, 'greater', 95) FROM d;
SELECT levene_test(x, g, 'mode') FROM d;
SELECT levene_test(x, g, '') FROM d;
SELECT ks_normality(x, 0, 0) FROM d;
SELECT ks_normality(x, 0, -1) FROM d;
SELECT pg_temp.brief(t_test_from_summary(1, 1, 1, 2, 1, 1));
SELECT t_test_from_summary(1, 1, -5, 2, 1, 10);
SELECT t_test_from_summary(1, -1, 10, 2, 1, 10);
SELECT t_test_from_summary(1, 1, 10, 2, 1, 10, 'two-sided', 1.5);
-- parameters that change between rows
SELECT levene_test(x, g, CASE WHEN i < 10 THEN 'mean' ELSE 'median' END) FROM d;
SELECT ks_normality(x, i, 1) FROM d;
SELECT independent_t(x, g, 'less', CASE WHEN i < 10 THEN 0.9 ELSE 0.95 END) FROM d;

-- ---------------------------------------------------------------- magnitudes
-- results must not depend on the unit: p-values equal across 1e-9, 1, 1e9
SELECT s, round((paired_t(x * s, y * s)).p_value::numeric, 10) AS p_paired,
	   round((independent_t(x * s, g)).p_value::numeric, 10) AS p_indep,
	   round((levene_test(x * s, g)).p_value::numeric, 10) AS p_levene,
	   round((shapiro_wilk(x * s)).p_value::numeric, 10) AS p_sw,
	   round((ks_normality(x * s)).p_value::numeric, 10) AS p_ks
FROM d, unnest(ARRAY[1e-9, 1, 1e9]::float8[]) s GROUP BY s ORDER BY s;
-- a large offset (1e9 + small spread), and the limits of float8
SELECT pg_temp.brief(paired_t(1e9 + x, 1e9 + y)) FROM d;
SELECT pg_temp.brief(independent_t(1e9 + x, g)) FROM d;
SELECT pg_temp.brief(shapiro_wilk(1e9 + x)) FROM d;
-- magnitudes at the ends of the double range: sums of squares that overflow
-- (near 1e300) are a class-22 error naming the function; differences whose
-- squares underflow (near 1e-300) are "essentially constant", as in R.
SELECT pg_temp.brief(independent_t(x * 1e300, g)) FROM d;
SELECT pg_temp.brief(paired_t(x * 1e-300, y * 1e-300)) FROM d;
SELECT pg_temp.brief(shapiro_wilk(x * 1e300)) FROM d;
SELECT pg_temp.brief(levene_test(x * 1e300, g)) FROM d;
SELECT pg_temp.brief(t_test_from_summary(1e300, 1e300, 10, -1e300, 1e300, 10));

-- ---------------------------------------------------------------- malformed states
SELECT 'independent_t v1'::independent_t_state;
SELECT ''::shapiro_wilk_state;
SELECT 'shapiro_wilk v2 params=0'::shapiro_wilk_state;
SELECT 'levene_test v1 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=2 stats= values=1'::levene_test_state;
SELECT 'levene_test v1 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=1 stats= values=NaN'::levene_test_state;
SELECT 'levene_test v1 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 stats= values=1 group label="a" n=1 stats= values=2'::levene_test_state;
SELECT 'paired_t v1 params=0 alternative=two-sided conf_level=2 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0'::paired_t_state;
SELECT 'paired_t v1 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=-1 extra=0 labels=none groups=0'::paired_t_state;
