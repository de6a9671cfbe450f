-- Bad input: clear errors with SQLSTATEs, never a crash.
\set VERBOSITY default
\pset null NULL

SELECT paired_t(x, 'NaN') FROM generate_series(1, 3) x;
SELECT paired_t('Infinity', x) FROM generate_series(1, 3) x;
SELECT independent_t('-Infinity'::float8, x % 2) FROM generate_series(1, 3) x;
SELECT levene_test('NaN'::float8, x % 2) FROM generate_series(1, 3) x;
SELECT paired_t(x, x, 'sideways') FROM generate_series(1, 3) x;
SELECT paired_t(x, x, NULL) FROM generate_series(1, 3) x;
SELECT paired_t(x, x, 'less', 1.0) FROM generate_series(1, 3) x;
SELECT paired_t(x, x, 'less', 0) FROM generate_series(1, 3) x;
SELECT independent_t(x, x % 2, 'two-sided', 'NaN') FROM generate_series(1, 3) x;
-- the alternative must not change between rows
SELECT paired_t(x, x, CASE WHEN x < 2 THEN 'less' ELSE 'greater' END) FROM generate_series(1, 3) x;
-- absurd summary statistics
SELECT t_test_from_summary(1, -1, 10, 2, 1, 10);
SELECT t_test_from_summary(1, 1, 0, 2, 1, 10);
SELECT t_test_from_summary('NaN', 1, 10, 2, 1, 10);
SELECT t_test_from_summary(1, 1, 10, 2, 1, 10, 'up');
-- a state of one test where another's is expected
SELECT independent_t_merge(s::text::independent_t_state)
	FROM (SELECT paired_t_partial(x, x) s FROM generate_series(1, 3) x) q;
-- distributions: undefined arguments give NULL, not an error
SELECT dist_t_upper(1, 0), dist_t_quantile(1.5, 3), dist_f_upper(1, -1, 2), dist_chisq_upper('NaN', 2);
