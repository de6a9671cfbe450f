-- study: the demo registry of the PKP cement-pattern study and its Tables 1-3.
-- Loads test/demo/ (paths relative to the repository root, where pg_regress
-- runs psql) and pins the output of the analysis (test/demo/analysis.sql,
-- every section it lists): Tables 1-3 next to the paper's figures with their
-- effects and the audit verdict of each printed p, the paired comparisons,
-- and the audit of the printed p-values.  The functions are checked against R
-- by test/xval, the demo's effects and audit against R by
-- test/checks/demo.sh; a change here means the demo cohort, the analysis SQL
-- or a test's behaviour changed.
\set ECHO none
\set QUIET on
SET client_min_messages = warning;
\pset null ''
\i test/demo/registry.sql
\i test/demo/cohort.sql
\set ECHO all

-- the cohort: 59 patients, one procedure each, assessments only while alive
SELECT cement_pattern, count(*) AS procedures,
	   (SELECT count(*) FROM registry.assessment a JOIN registry.procedure p2 USING (procedure_id)
		WHERE p2.cement_pattern = p.cement_pattern) AS assessments,
	   (SELECT count(*) FROM registry.complication c JOIN registry.procedure p2 USING (procedure_id)
		WHERE p2.cement_pattern = p.cement_pattern) AS complications
FROM registry.procedure p GROUP BY cement_pattern ORDER BY cement_pattern;

\set ECHO none
\i test/demo/analysis.sql
\set ECHO all

-- every two-group effect is CF - SP: group 1 is 'CF' in every comparison
SELECT count(*) AS comparisons, count(*) FILTER (WHERE group1 = 'CF') AS group1_cf
FROM study.comparison;

-- every level the registry holds has its place in study.level (no row is
-- skipped by the tests of Tables 1 and 3)
SELECT variable, level FROM study.categorical WHERE position IS NULL;

-- every count of Tables 1 and 3 equals the paper's but one: the SP invasion
-- counts, which sum to 25 in the paper for 24 patients
WITH obs AS (
	SELECT grp, variable, level, NULL::text AS timepoint FROM study.categorical
	UNION ALL SELECT grp, 'patients', NULL, NULL FROM study.patient_row
	UNION ALL SELECT p.cement_pattern, 'cement_leakage', c.leakage_site, NULL
	FROM registry.complication c JOIN registry.procedure p USING (procedure_id)
	UNION ALL SELECT grp, CASE WHEN dead_by_3m THEN 'death' ELSE 'survival' END, NULL, '3m'
	FROM study.patient_row
	UNION ALL SELECT grp, CASE WHEN dead_by_1y THEN 'death' ELSE 'survival' END, NULL, '1y'
	FROM study.patient_row
), counts AS (
	SELECT variable, level, timepoint,
		   count(*) FILTER (WHERE grp = 'CF')::text AS cf, count(*) FILTER (WHERE grp = 'SP')::text AS sp
	FROM obs GROUP BY variable, level, timepoint
)
SELECT pt.tbl, pt.variable, pt.level, pt.timepoint, pt.cf, pt.sp,
	   coalesce(c.cf, '0') AS cf_registry, coalesce(c.sp, '0') AS sp_registry
FROM study.paper_tables pt
LEFT JOIN counts c ON c.variable = pt.variable AND c.level IS NOT DISTINCT FROM pt.level
				  AND c.timepoint IS NOT DISTINCT FROM pt.timepoint
WHERE pt.cf ~ '^[0-9]+$'
  AND (pt.cf, pt.sp) IS DISTINCT FROM (coalesce(c.cf, '0'), coalesce(c.sp, '0'))
ORDER BY pt.line;

-- every mean ± SD of Tables 1 and 2 rounds to the printed one
SELECT count(*) AS rows_compared,
	   count(*) FILTER (WHERE round(c.mean_cf::numeric, 1) || ' ± ' || round(c.sd_cf::numeric, 1) = pt.cf
						  AND round(c.mean_sp::numeric, 1) || ' ± ' || round(c.sd_sp::numeric, 1) = pt.sp)
		   AS rows_equal
FROM study.paper_tables pt
JOIN study.comparison c ON c.variable = pt.variable AND c.timepoint IS NOT DISTINCT FROM pt.timepoint;

-- the comparisons once more with parallel plans forced give the same p-values
-- (rank tests identical, moment tests to a few ulps)
CREATE TEMP TABLE serial_cmp AS SELECT variable, timepoint, t_p, mw_p_exact, ks_p_cf FROM study.comparison;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT count(*) AS comparisons,
	   count(*) FILTER (WHERE c.mw_p_exact = s.mw_p_exact AND c.ks_p_cf = s.ks_p_cf) AS identical_rank_p,
	   count(*) FILTER (WHERE abs(c.t_p - s.t_p) <= 1e-12 * s.t_p) AS equal_t_p
FROM study.comparison c
JOIN serial_cmp s ON s.variable = c.variable AND s.timepoint IS NOT DISTINCT FROM c.timepoint;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
