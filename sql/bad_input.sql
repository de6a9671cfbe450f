-- Bad input for every function of the extension: the t-test, Levene and
-- normality families first, then the rank tests, chi_square (both forms),
-- survival, the clinical measures and the reporting helpers.  NULLs, NaN,
-- +-Infinity, empty input, one group, a third label, zero variance, all
-- ties, n at each method's limits, absurd parameters, huge and tiny
-- magnitudes, malformed states of every state type.  Each must give a clear
-- error with a SQLSTATE of class 22 (pinned through pg_temp.err in the
-- second part), or a result whose undefined fields are NULL with a note;
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
SELECT 'independent_t v2'::independent_t_state;
SELECT ''::shapiro_wilk_state;
SELECT 'shapiro_wilk v2 params=0'::shapiro_wilk_state;
SELECT 'levene_test v2 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=2 values=1 end'::levene_test_state;
SELECT 'levene_test v2 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=1 values=NaN end'::levene_test_state;
SELECT 'levene_test v2 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=1 group label="a" n=1 values=2 end'::levene_test_state;
SELECT 'paired_t v2 params=0 alternative=two-sided conf_level=2 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::paired_t_state;
SELECT 'paired_t v2 params=0 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=-1 extra=0 labels=none groups=0 end'::paired_t_state;

-- ================================================================ SQLSTATEs
-- err(query): runs the query and shows the SQLSTATE, message, detail and
-- hint of its error ('no error' if none), so that the class of each error
-- below is pinned too.
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

-- ================================================================ rank tests
-- ---------------------------------------------------------------- NULLs
SELECT pg_temp.brief(mann_whitney_u(NULL::float8, g)) FROM d;
SELECT pg_temp.brief(mann_whitney_u(x, NULL::text)) FROM d;
SELECT pg_temp.brief(mann_whitney_u(CASE WHEN i % 3 = 0 THEN NULL ELSE x END,
									CASE WHEN i % 5 = 0 THEN NULL ELSE g END)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(NULL::float8, NULL::float8)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(CASE WHEN i % 3 = 0 THEN NULL ELSE x END,
										  CASE WHEN i % 4 = 0 THEN NULL ELSE y END)) FROM d;
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, NULL::text) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'less', NULL::float8) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, NULL::text) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, 'less', NULL::float8) FROM d$$);

-- ---------------------------------------------------------------- NaN, Infinity
SELECT pg_temp.err($$SELECT mann_whitney_u('NaN'::float8, g) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u('Infinity'::float8, g) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(CASE WHEN i = 17 THEN '-Infinity' ELSE x END, g) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank('NaN'::float8, y) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, 'Infinity'::float8) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, CASE WHEN i = 17 THEN '-Infinity' ELSE y END) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'two-sided', 'NaN') FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, 'two-sided', 'Infinity') FROM d$$);

-- ---------------------------------------------------------------- empty input
SELECT mann_whitney_u(x, g) IS NULL AS is_null FROM d WHERE false;
SELECT wilcoxon_signed_rank(x, y) IS NULL AS is_null FROM d WHERE false;
SELECT mann_whitney_u_merge(s) IS NULL AS is_null
	FROM (SELECT mann_whitney_u_partial(x, g) s FROM d WHERE false) q;
SELECT wilcoxon_signed_rank_merge(s) IS NULL AS is_null
	FROM (SELECT wilcoxon_signed_rank_partial(x, y) s FROM d WHERE false) q;

-- ---------------------------------------------------------------- one group, third label
SELECT pg_temp.brief(mann_whitney_u(x, 'only')) FROM d;
SELECT pg_temp.err($$SELECT mann_whitney_u(x, 'g' || (i % 3)) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, i % 3) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, (i % 3)::smallint) FROM d$$);

-- ---------------------------------------------------------------- n at the limits
-- n1 = n2 = 1; n1 = 1; wilcoxon n = 1, 2
SELECT pg_temp.brief(mann_whitney_u(x, g)) FROM d WHERE i <= 2;
SELECT pg_temp.brief(mann_whitney_u(x, g)) FROM d WHERE i <= 3;
SELECT pg_temp.brief(wilcoxon_signed_rank(x, y)) FROM d WHERE i = 1;
SELECT pg_temp.brief(wilcoxon_signed_rank(x, y)) FROM d WHERE i <= 2;
-- exact p: computed without ties at N = 1,000,000 (the limit of the exact
-- path), not computed (NULL + note) with ties once the work limit is passed
SELECT n1, n2, p_exact IS NOT NULL AS has_exact, notes
FROM (SELECT (mann_whitney_u(i::float8, i % 2 = 0)).* FROM generate_series(1, 1000000) i) r;
SELECT n1, n2, p_exact IS NOT NULL AS has_exact, notes
FROM (SELECT (mann_whitney_u(i::float8, i % 2 = 0)).* FROM generate_series(1, 1000001) i) r;
SELECT n, p_exact IS NOT NULL AS has_exact, notes
FROM (SELECT (wilcoxon_signed_rank(i::float8, 0)).* FROM generate_series(1, 1000000) i) r;
SELECT n, p_exact IS NOT NULL AS has_exact, notes
FROM (SELECT (wilcoxon_signed_rank(i::float8, 0)).* FROM generate_series(1, 1000001) i) r;
SELECT n, p_exact IS NOT NULL AS has_exact, notes
FROM (SELECT (wilcoxon_signed_rank((i % 1000)::float8 - 499.5, 0)).* FROM generate_series(1, 60000) i) r;

-- ---------------------------------------------------------------- zero variance, ties
SELECT pg_temp.brief(mann_whitney_u(5.0, g)) FROM d;
SELECT pg_temp.brief(mann_whitney_u(CASE WHEN g = 'g0' THEN 1.0 ELSE 2.0 END, g)) FROM d;
SELECT pg_temp.brief(mann_whitney_u((i % 2)::float8, i % 3 = 0)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(x, x)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(x + 1, x)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(x, CASE WHEN i % 2 = 0 THEN x ELSE x + 1 END)) FROM d;

-- ---------------------------------------------------------------- absurd parameters
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, '') FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'TWO-SIDED') FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'less', 0) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'less', 1) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, 'sideways') FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, 'greater', -0.5) FROM d$$);
SELECT pg_temp.err($$SELECT wilcoxon_signed_rank(x, y, CASE WHEN i < 10 THEN 'less' ELSE 'greater' END) FROM d$$);
SELECT pg_temp.err($$SELECT mann_whitney_u(x, g, 'less', CASE WHEN i < 10 THEN 0.9 ELSE 0.95 END) FROM d$$);

-- ---------------------------------------------------------------- magnitudes
-- ranks do not depend on the unit: p-values equal across 1e-9, 1, 1e9
SELECT s, round((mann_whitney_u(x * s, g)).p_value::numeric, 10) AS p_mw,
	   round((wilcoxon_signed_rank(x * s, y * s)).p_value::numeric, 10) AS p_wsr
FROM d, unnest(ARRAY[1e-9, 1, 1e9]::float8[]) s GROUP BY s ORDER BY s;
-- the ends of the double range: differences x - y and group 1 - group 2
-- that overflow (1e308 and -1e308), subnormal values
SELECT pg_temp.brief(mann_whitney_u(CASE WHEN g = 'g0' THEN 1 ELSE -1 END * (1.5e308 + i * 1e306), g)) FROM d;
SELECT pg_temp.brief(mann_whitney_u(x * 1e-310, g)) FROM d;
SELECT pg_temp.err($$SELECT pg_temp.brief(wilcoxon_signed_rank(x * 1e308, -y * 1e308)) FROM d$$);
SELECT pg_temp.brief(wilcoxon_signed_rank(x * 1e-310, y * 1e-310)) FROM d;
SELECT pg_temp.brief(wilcoxon_signed_rank(1e9 + x, 1e9 + y)) FROM d;

-- ---------------------------------------------------------------- malformed states
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=0.5,-0.5 counts=1,1 end'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=3 group label="a" n=1 values=1.5 counts=1 group label="b" n=1 values=2 counts=1 group label="c" n=1 values=2 counts=1 end'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=2 values=1.5 counts=1 group label="b" n=1 values=2 counts=1 end'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=Infinity counts=1 group label="b" n=1 values=2 counts=1 end'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=1.5 counts=-1 group label="b" n=1 values=2 counts=1 end'::mann_whitney_u_state$$);
SELECT pg_temp.brief(mann_whitney_u_merge('mann_whitney_u v2 params=1 alternative=greater conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="b" n=1 values=1.5 counts=1 group label="a" n=1 values=2 counts=1 end'::mann_whitney_u_state));
SELECT pg_temp.err($$SELECT 'mann_whitney_u v2 params=1 alternative=up conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=1 values=1.5 counts=1 end'::mann_whitney_u_state$$);
SELECT pg_temp.err($$SELECT 'wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=-3 labels=none groups=1 group label=- n=2 values=0.5,-0.5 counts=1,1 end'::wilcoxon_signed_rank_state$$);
SELECT pg_temp.err($$SELECT 'wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=0.5,NaN counts=1,1 end'::wilcoxon_signed_rank_state$$);
SELECT pg_temp.err($$SELECT 'wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=0.5,-0.5 counts=1,1 end trailing'::wilcoxon_signed_rank_state$$);
SELECT pg_temp.brief(wilcoxon_signed_rank_merge('wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="x" n=2 values=0.5,-0.5 counts=1,1 end'::wilcoxon_signed_rank_state));
-- rejected: labels on an unlabelled test (above), a stored zero difference
-- (zero differences are counted, never stored)
SELECT pg_temp.brief(wilcoxon_signed_rank_merge('wilcoxon_signed_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=0,0.5 counts=1,1 end'::wilcoxon_signed_rank_state));

-- ================================================================ chi_square
-- ---------------------------------------------------------------- labels: NULLs, one level, empty
SELECT pg_temp.brief(chi_square(NULL::text, g)) FROM d;
SELECT pg_temp.brief(chi_square(g, CASE WHEN i % 3 = 0 THEN NULL ELSE i % 4 END)) FROM d;
SELECT pg_temp.brief(chi_square(g, 'one')) FROM d;
SELECT pg_temp.brief(chi_square('one', 1)) FROM d;
SELECT chi_square(g, i % 3) IS NULL AS is_null FROM d WHERE false;
SELECT chi_square_merge(s) IS NULL AS is_null
	FROM (SELECT chi_square_partial(g, i % 3) s FROM d WHERE false) q;
-- one subject per level (every expected count below 5), many levels
SELECT pg_temp.brief(chi_square(i, i % 2)) FROM d;
SELECT pg_temp.brief(chi_square(i, i)) FROM d;
-- a third (and fourth) level is fine: r x c
SELECT pg_temp.brief(chi_square(g, 'g' || (i % 3))) FROM d;
-- the cell limit
SELECT pg_temp.err($$SELECT chi_square(i, i) FROM generate_series(1, 2001) i$$);

-- ---------------------------------------------------------------- counts form
SELECT chi_square(NULL::bigint[]);
SELECT pg_temp.err($$SELECT chi_square('{}'::bigint[])$$);
SELECT pg_temp.err($$SELECT chi_square('{1,2,3}'::bigint[])$$);
SELECT pg_temp.err($$SELECT chi_square('{{{1,2},{3,4}}}'::bigint[])$$);
SELECT pg_temp.err($$SELECT chi_square('{{1,NULL},{3,4}}'::bigint[])$$);
SELECT pg_temp.err($$SELECT chi_square('{{1,-2},{3,4}}'::bigint[])$$);
SELECT chi_square('[0:1][0:1]={{1,2},{3,4}}'::bigint[]) = chi_square('{{1,2},{3,4}}'::bigint[]) AS same;
SELECT pg_temp.brief(chi_square('{{0,0},{0,0}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{5}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{3,4}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{3,0},{4,0}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{3,0,2},{0,0,0},{4,0,1}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{10,0},{0,10}}'::bigint[]));
-- huge counts: the total overflows bigint
SELECT pg_temp.err($$SELECT chi_square('{{9223372036854775807,1},{1,1}}'::bigint[])$$);
SELECT pg_temp.err($$SELECT chi_square('{{4611686018427387904,4611686018427387904},{1,1}}'::bigint[])$$);
-- large but representable counts: no exact test, no NaN
SELECT pg_temp.brief(chi_square('{{1000000000000,2000000000000},{3000000000000,1000000000000}}'::bigint[]));
SELECT pg_temp.brief(chi_square('{{1000000,2000000,5},{3000000,1000000,7},{4,5,6}}'::bigint[]));

-- ---------------------------------------------------------------- malformed states
SELECT pg_temp.err($$SELECT 'chi_square v2'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,1 1,1,-1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,1 1,5,1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "x" col 1 col 2 cells 0,0,1 1,1,1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,1 0,0,1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=-1 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,1 1,1,1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=point nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,1 1,1,1 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,9223372036854775807 1,1,9223372036854775807 0,1,1 end'::chi_square_state$$);
SELECT pg_temp.err($$SELECT pg_temp.brief(chi_square_merge(s::chi_square_state)) FROM (VALUES
	('chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,9223372036854775000 1,1,1 0,1,1 end'),
	('chi_square v2 skipped=0 rows=text cols=integer nrows=2 ncols=2 ncells=3 row "x" row "y" col 1 col 2 cells 0,0,9223372036854775000 1,1,1 0,1,1 end')) t(s)$$);
-- states of different label types do not merge
SELECT pg_temp.err($$SELECT chi_square_merge(s) FROM (SELECT chi_square_partial(g, i) s FROM d
	UNION ALL SELECT chi_square_partial(g, g) FROM d) q$$);

-- ================================================================ survival
-- ---------------------------------------------------------------- km_survival
SELECT km_survival(NULL::float8, true, 5) FROM d;
SELECT km_survival(x, NULL::bool, 5) FROM d;
SELECT pg_temp.err($$SELECT km_survival(x, true, NULL) FROM d$$);
SELECT km_survival(x, true, 5) IS NULL AS is_null FROM d WHERE false;
SELECT km_survival_merge(s) IS NULL AS is_null
	FROM (SELECT km_survival_partial(x, true, 5) s FROM d WHERE false) q;
SELECT pg_temp.err($$SELECT km_survival('NaN'::float8, true, 5) FROM d$$);
SELECT pg_temp.err($$SELECT km_survival('Infinity'::float8, i % 2 = 0, 5) FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(x, true, 'NaN') FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(x, true, 'Infinity') FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(x, true, '-Infinity') FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(-x, true, 5) FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(x, true, -1) FROM d$$);
SELECT pg_temp.err($$SELECT km_survival(x, true, i) FROM d$$);
-- n = 1; no events; all events at one time; at before the first time,
-- at the last time, after the last time (censored last: S stays)
SELECT km_survival(x, true, 0.5) AS s FROM d WHERE i = 1;
SELECT km_survival(x, true, x) AS s FROM d WHERE i = 1 GROUP BY x;
SELECT km_survival(x, false, 100) AS s FROM d;
SELECT km_survival(3.0, true, 3) AS s FROM d;
SELECT km_survival(3.0, true, 2.999) AS s FROM d;
SELECT a, km_survival(x, i % 3 <> 0, a) AS s FROM d, unnest(ARRAY[0, 1e-300, 5, 12.9, 1e300]::float8[]) a
	GROUP BY a ORDER BY a;
-- magnitudes: the same curve in any unit
SELECT s, km_survival(x * s, i % 3 <> 0, 5 * s) AS surv
	FROM d, unnest(ARRAY[1e-300, 1e-9, 1, 1e9, 1e300]::float8[]) s GROUP BY s ORDER BY s;
-- malformed states
SELECT pg_temp.err($$SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=5,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,1,7 end'::km_survival_state)$$);
SELECT pg_temp.err($$SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=5,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,2,7,0 end'::km_survival_state)$$);
SELECT pg_temp.err($$SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=5,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=-1,1,7,0 end'::km_survival_state)$$);
SELECT pg_temp.err($$SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=NaN,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,1,7,0 end'::km_survival_state)$$);
SELECT pg_temp.err($$SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=-5,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,1,7,0 end'::km_survival_state)$$);
SELECT km_survival_merge('km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=5,0 skipped=0 extra=0 labels=text groups=1 group label="a" n=2 values=1,1,7,0 end'::km_survival_state);
SELECT pg_temp.err($$SELECT km_survival_merge(s) FROM (SELECT km_survival_partial(x, true, 5) s FROM d
	UNION ALL SELECT km_survival_partial(x, true, 6) FROM d) q$$);

-- ---------------------------------------------------------------- log_rank
SELECT pg_temp.brief(log_rank(NULL::float8, true, g)) FROM d;
SELECT pg_temp.brief(log_rank(x, NULL::bool, g)) FROM d;
SELECT pg_temp.brief(log_rank(x, true, NULL::text)) FROM d;
SELECT log_rank(x, true, g) IS NULL AS is_null FROM d WHERE false;
SELECT log_rank_merge(s) IS NULL AS is_null
	FROM (SELECT log_rank_partial(x, true, g) s FROM d WHERE false) q;
SELECT pg_temp.err($$SELECT log_rank('NaN'::float8, true, g) FROM d$$);
SELECT pg_temp.err($$SELECT log_rank(CASE WHEN i = 17 THEN 'Infinity' ELSE x END, true, g) FROM d$$);
SELECT pg_temp.err($$SELECT log_rank(-x, true, g) FROM d$$);
-- one group; three groups; one subject per group; no events; all censored
-- in one group; every event at the same time
SELECT pg_temp.brief(log_rank(x, true, 'only')) FROM d;
SELECT pg_temp.brief(log_rank(x, i % 4 <> 0, 'g' || (i % 3))) FROM d;
SELECT pg_temp.brief(log_rank(x, true, i)) FROM d;
SELECT pg_temp.brief(log_rank(x, false, g)) FROM d;
SELECT pg_temp.brief(log_rank(x, g = 'g0', g)) FROM d;
SELECT pg_temp.brief(log_rank(3.0, true, g)) FROM d;
SELECT pg_temp.brief(log_rank(x, true, g)) FROM d WHERE i <= 2;
-- magnitudes: the same test in any unit
SELECT s, round((log_rank(x * s, i % 3 <> 0, g)).p_value::numeric, 10) AS p
	FROM d, unnest(ARRAY[1e-300, 1e-9, 1, 1e9, 1e300]::float8[]) s GROUP BY s ORDER BY s;
-- malformed states
SELECT pg_temp.err($$SELECT pg_temp.brief(log_rank_merge('log_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=1,3 group label="b" n=1 values=7,0 end'::log_rank_state))$$);
SELECT pg_temp.err($$SELECT pg_temp.brief(log_rank_merge('log_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=-Infinity,1 group label="b" n=1 values=7,0 end'::log_rank_state))$$);
SELECT pg_temp.err($$SELECT pg_temp.brief(log_rank_merge('log_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=2 group label="a" n=1 values=1 group label="b" n=1 values=7,0 end'::log_rank_state))$$);
SELECT pg_temp.err($$SELECT pg_temp.brief(log_rank_merge('log_rank v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=2 group label="a" n=1 values=1,1 group label="b" n=1 values=7,0 end'::log_rank_state))$$);

-- ================================================================ clinical measures
SELECT vbh_ratio(NULL, 20), vbh_ratio(20, NULL, 20);
SELECT vbh_ratio(10, 20), vbh_ratio(20, 10, 22);
SELECT pg_temp.err($$SELECT vbh_ratio(0, 20)$$);
SELECT pg_temp.err($$SELECT vbh_ratio(10, 0)$$);
SELECT pg_temp.err($$SELECT vbh_ratio(-1, 20)$$);
SELECT pg_temp.err($$SELECT vbh_ratio('NaN', 20)$$);
SELECT pg_temp.err($$SELECT vbh_ratio(10, 'Infinity')$$);
SELECT pg_temp.err($$SELECT vbh_ratio(20, 10, '-Infinity')$$);
SELECT pg_temp.err($$SELECT vbh_ratio(20, 0, 22)$$);
SELECT pg_temp.err($$SELECT vbh_ratio(1e300, 1e-300)$$);
SELECT vbh_ratio(1e-300, 1e300);
SELECT vbh_ratio(1e-300, 1e-300, 1e-300), vbh_ratio(1e300, 1e300, 1e300);
SELECT vbh_ratio(1e308, 1e308, 1e308);
SELECT vbh_ratio(1e-310, 1e-310);

SELECT sins_location(NULL);
SELECT l, (sins_location(l)).* FROM unnest(ARRAY['C0', 'C1', 'C2', 'C3', 'C6', 'C7', 'T1', 'T2', 'T3', 'T10', 'T11', 'T12',
	'L1', 'L2', 'L4', 'L5', 'S1', 'S2', 'S5']) l;
SELECT pg_temp.err($$SELECT sins_location('')$$);
SELECT pg_temp.err($$SELECT sins_location('T13')$$);
SELECT sins_location('t12');
SELECT sins_location(' T12');
SELECT pg_temp.err($$SELECT sins_location('L6')$$);
SELECT sins_location('C0');
SELECT pg_temp.err($$SELECT sins_location(repeat('T', 40))$$);
SELECT pg_temp.err($$SELECT sins_location(E'T1\n')$$);

SELECT odi_percent(NULL);
SELECT odi_percent('{}');
SELECT odi_percent('{NULL,NULL}');
SELECT odi_percent('{5,5,5,5,5,5,5,5,5,5}'), odi_percent('{0,NULL,3}'), odi_percent('{1}');
SELECT pg_temp.err($$SELECT odi_percent('{1,1,1,1,1,1,1,1,1,1,1}')$$);
SELECT pg_temp.err($$SELECT odi_percent('{1,-1}')$$);
SELECT pg_temp.err($$SELECT odi_percent('{6}')$$);
SELECT pg_temp.err($$SELECT odi_percent('{{1,2},{3,4}}')$$);
SELECT odi_percent('[5:6]={1,2}');

SELECT vas_category(NULL);
SELECT s, vas_category(s) FROM unnest(ARRAY[0, 0.5, 1, 3, 3.5, 3.99, 4, 6, 6.5, 7, 10]::numeric[]) s;
SELECT pg_temp.err($$SELECT vas_category(-0.001)$$);
SELECT pg_temp.err($$SELECT vas_category(10.001)$$);
SELECT pg_temp.err($$SELECT vas_category('NaN')$$);
SELECT pg_temp.err($$SELECT vas_category(1e100)$$);

-- ================================================================ reporting helpers
SELECT mean_sd(NULL::float8) FROM d;
SELECT mean_sd(x) IS NULL AS is_null FROM d WHERE false;
SELECT mean_sd(x) FROM d WHERE i = 1;
SELECT mean_sd(5.0), mean_sd(x, 0), mean_sd(x, 6) FROM d;
SELECT pg_temp.err($$SELECT mean_sd('NaN'::float8) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(CASE WHEN i = 17 THEN '-Infinity' ELSE x END) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(x, -1) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(x, 100) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(x, NULL) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(x, i % 2) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(x * 1e300) FROM d$$);
SELECT pg_temp.err($$SELECT mean_sd(1e300 + x * 1e290) FROM d$$);
SELECT mean_sd(x * 1e-300) FROM d;
SELECT mean_sd(x * 1e-300, 2) FROM d;
SELECT mean_sd(1e9 + x) FROM d;
SELECT mean_sd_merge(NULL::float8[]) FROM d;
SELECT pg_temp.err($$SELECT mean_sd_merge('{}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{1,2}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{-1,1,1,1,1}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{2,1,NaN,2,1}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{2,1,1,-2,1}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{2,1,1,2,1,5}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{2.5,1,1,2,1}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{{2,1},{1,2}}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge('{2,1,NULL,2,1}'::float8[])$$);
SELECT pg_temp.err($$SELECT mean_sd_merge(s) FROM (VALUES ('{2,1,1,2,1}'::float8[]), ('{2,1,1,2,2}')) t(s)$$);

SELECT count_pct(NULL::bool) FROM d;
SELECT count_pct(i > 5) IS NULL AS is_null FROM d WHERE false;
SELECT count_pct(true), count_pct(false), count_pct(i > 5, 0), count_pct(i > 5, 3) FROM d;
SELECT count_pct(CASE WHEN i > 15 THEN NULL ELSE i > 5 END) FROM d;
SELECT pg_temp.err($$SELECT count_pct(i > 5, -1) FROM d$$);
SELECT pg_temp.err($$SELECT count_pct(i > 5, 100) FROM d$$);
SELECT pg_temp.err($$SELECT count_pct(i > 5, NULL) FROM d$$);
SELECT pg_temp.err($$SELECT count_pct(i > 5, i % 2) FROM d$$);
SELECT count_pct_merge(NULL::bigint[]) FROM d;
SELECT pg_temp.err($$SELECT count_pct_merge('{}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge('{1,2}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge('{5,3,1}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge('{1,-3,1}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge('{1,3,NULL}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge('{{1,3},{1,1}}'::bigint[])$$);
SELECT pg_temp.err($$SELECT count_pct_merge(s) FROM (VALUES ('{1,9223372036854775807,0}'::bigint[]), ('{1,9223372036854775807,0}')) t(s)$$);

SELECT format_p(NULL);
SELECT p, format_p(p) FROM unnest(ARRAY[0, 5e-324, 1e-300, 0.000999, 0.001, 0.00149, 0.0095, 0.01, 0.0499, 0.05, 0.051, 0.62, 0.999, 1]::float8[]) p;
SELECT pg_temp.err($$SELECT format_p(-0.1)$$);
SELECT pg_temp.err($$SELECT format_p(1.0000001)$$);
SELECT pg_temp.err($$SELECT format_p('NaN')$$);
SELECT pg_temp.err($$SELECT format_p('Infinity')$$);
SELECT pg_temp.err($$SELECT format_p('-Infinity')$$);
