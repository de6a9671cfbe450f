-- test/demo/demo.sql — what the first Quick start command prints.
--
-- Part 1 audits the continuous rows of the study's Table 1 (../shared/study:
-- bilateral kyphoplasty, confluent "CF" vs separated "SP" cement, n = 35 vs 24)
-- with t_test_from_summary on the printed means and SDs, next to the p-value
-- the paper prints.  Part 2 runs the aggregates on a small made-up registry
-- extract.  (The full demo registry with Tables 1-3 replaces this file when
-- the study module lands.)

\set QUIET on
CREATE EXTENSION IF NOT EXISTS pkpcohort;
\pset null '(null)'

\echo '== Table 1, continuous rows: Student t-test from the printed mean ± SD (CF n = 35, SP n = 24)'
SELECT v.variable,
	   v.cf, v.sp,
	   round(r.p_value::numeric, 2) AS p_pkpcohort,
	   round(r.p_welch::numeric, 2) AS p_welch,
	   v.p_paper,
	   CASE WHEN round(r.p_value::numeric, 2) = v.p_paper THEN 'matches'
			ELSE 'does not follow from the printed figures' END AS audit
FROM (VALUES
		('age (years)', '60.6 ± 9.7', '59.3 ± 10.0', 60.6, 9.7, 59.3, 10.0, 0.62),
		('procedure duration (min)', '75.1 ± 22.8', '73.5 ± 33.6', 75.1, 22.8, 73.5, 33.6, 0.86),
		('cement volume (ml)', '3.8 ± 1.6', '3.9 ± 1.2', 3.8, 1.6, 3.9, 1.2, 0.96),
		('follow-up (months)', '33.1 ± 15.3', '26.3 ± 15.0', 33.1, 15.3, 26.3, 15.0, 0.10)
	 ) AS v(variable, cf, sp, m1, s1, m2, s2, p_paper),
	 LATERAL t_test_from_summary(v.m1, v.s1, 35, v.m2, v.s2, 24) AS r;

CREATE TEMP TABLE demo_patient (
	id       int PRIMARY KEY,
	pattern  text,            -- cement distribution: 'CF' confluent, 'SP' separated
	age      float8,
	vas_pre  float8,          -- pain, 0-10, before the procedure
	vas_3d   float8           -- and 3 days after
);
INSERT INTO demo_patient VALUES
	( 1, 'CF', 71, 8, 3), ( 2, 'CF', 64, 7, 2), ( 3, 'CF', 58, 9, 4),
	( 4, 'CF', 69, 6, 3), ( 5, 'CF', 52, 8, 2), ( 6, 'CF', 45, 7, 3),
	( 7, 'CF', 66, 9, 5), ( 8, 'CF', 63, 8, 1), ( 9, 'SP', 58, 7, 4),
	(10, 'SP', 61, 9, 3), (11, 'SP', 55, 8, 5), (12, 'SP', 67, 6, 2),
	(13, 'SP', 52, 9, 4), (14, 'SP', 63, 7, 3), (15, 'SP', NULL, 8, NULL);

\pset expanded on
\echo '== Made-up extract: age by cement pattern (Student and Welch in one pass)'
SELECT (independent_t(age, pattern)).* FROM demo_patient;

\echo '== Made-up extract: pain before vs 3 days after (paired t-test)'
SELECT (paired_t(vas_pre, vas_3d)).* FROM demo_patient;

\echo '== Made-up extract: equal variances of age? (Levene, centred on the mean as SPSS)'
SELECT (levene_test(age, pattern)).* FROM demo_patient;
