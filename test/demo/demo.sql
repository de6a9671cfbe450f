-- test/demo/demo.sql — a small, deterministic demo of pkpcohort.
-- Placeholder until the study demo replaces it: ages of patients treated by
-- kyphoplasty for a compression fracture (CF) or spinal metastasis (SP), and
-- pain (VAS) before and after the intervention.  Made-up numbers.

\set QUIET on
CREATE EXTENSION IF NOT EXISTS pkpcohort;
\pset expanded on
\pset null '(null)'

CREATE TEMP TABLE demo_patient (
	id       int PRIMARY KEY,
	grp      text NOT NULL,   -- 'CF' or 'SP'
	age      float8,
	vas_pre  float8,
	vas_post float8
);

INSERT INTO demo_patient VALUES
	( 1, 'CF', 71, 8, 3), ( 2, 'CF', 64, 7, 2), ( 3, 'CF', 78, 9, 4),
	( 4, 'CF', 69, 6, 3), ( 5, 'CF', 82, 8, 2), ( 6, 'CF', 75, 7, 3),
	( 7, 'CF', 66, 9, 5), ( 8, 'CF', 73, 8, 1), ( 9, 'SP', 58, 7, 4),
	(10, 'SP', 61, 9, 3), (11, 'SP', 55, 8, 5), (12, 'SP', 67, 6, 2),
	(13, 'SP', 52, 9, 4), (14, 'SP', 63, 7, 3), (15, 'SP', NULL, 8, NULL);

\echo '== Age by group: Student and Welch t-tests (CF vs SP)'
SELECT (independent_t(age, grp)).* FROM demo_patient;

\echo '== Pain before vs after (paired t-test on VAS)'
SELECT (paired_t(vas_pre, vas_post)).* FROM demo_patient;
