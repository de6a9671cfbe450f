-- Forced parallel plans: every aggregate shows Partial Aggregate and gives
-- the serial answer (moment tests to a few ulps, value-keeping tests exactly).
\pset null NULL

CREATE TABLE par AS
	SELECT x, (x % 2 = 0) AS g, (x % 3)::text AS k,
		   sin(x) * 100 * (1 + x % 3) + (x % 7) + (x % 2) * 9 AS v, cos(x) * 50 AS w
	FROM generate_series(1, 20000) x;
ANALYZE par;

SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF) SELECT paired_t(v, w) FROM par;
EXPLAIN (COSTS OFF) SELECT independent_t(v, g) FROM par;
EXPLAIN (COSTS OFF) SELECT levene_test(v, k) FROM par;

CREATE TABLE par_results AS
	SELECT 'parallel' AS plan, (paired_t(v, w)).t AS paired, (independent_t(v, g)).t AS indep,
		   (independent_t(v, g)).t_welch AS welch, (levene_test(v, k)).f AS levene,
		   (levene_test(v, k, 'median')).f AS bf
	FROM par;
SET max_parallel_workers_per_gather = 0;
INSERT INTO par_results
	SELECT 'serial', (paired_t(v, w)).t, (independent_t(v, g)).t, (independent_t(v, g)).t_welch,
		   (levene_test(v, k)).f, (levene_test(v, k, 'median')).f
	FROM par;

-- moment tests sum in arrival order: agreement to 1e-12 relative; Levene
-- sums over sorted values: identical
SELECT abs(p.paired - s.paired) <= 1e-12 * abs(s.paired) AS paired_ok,
	   abs(p.indep - s.indep) <= 1e-12 * abs(s.indep) AS indep_ok,
	   abs(p.welch - s.welch) <= 1e-12 * abs(s.welch) AS welch_ok,
	   p.levene = s.levene AS levene_identical,
	   p.bf = s.bf AS bf_identical
FROM par_results p, par_results s WHERE p.plan = 'parallel' AND s.plan = 'serial';
