-- friedman_test, rm_anova, cochran_q: long-format repeated measures,
-- incomplete subjects, duplicates, label types, too little data, bad
-- input, the state's text form, partial/merge and parallel plans.
\pset null NULL
SET extra_float_digits = 0;

-- a visits table: 12 patients, VAS at four visits; patient 12 missed one
CREATE TABLE visits AS
	SELECT p AS patient, v AS visit,
		   (ARRAY['pre', '3d', '3m', '1y'])[v] AS visit_name,
		   round((8 - 1.5 * v + ((p * 7 + v * 3) % 5) * 0.6 + (p % 3))::numeric, 1)::float8 AS vas,
		   (p + v) % 3 = 0 AS pain_free
	FROM generate_series(1, 12) p, generate_series(1, 4) v
	WHERE NOT (p = 12 AND v = 3);

SELECT n_subjects, n_incomplete, k, n_skipped, round(chi2::numeric, 10) AS chi2, df,
	   round(p_value::numeric, 10) AS p, round(kendall_w::numeric, 10) AS w, notes
FROM (SELECT (friedman_test(vas, patient, visit)).* FROM visits) s;
SELECT n_subjects, n_incomplete, k, round(f::numeric, 8) AS f, df1, df2,
	   round(p_value::numeric, 10) AS p, round(partial_eta_squared::numeric, 8) AS peta2,
	   round(epsilon_gg::numeric, 8) AS gg, round(p_gg::numeric, 10) AS p_gg,
	   round(epsilon_hf::numeric, 8) AS hf, round(p_hf::numeric, 10) AS p_hf,
	   round(mauchly_w::numeric, 8) AS w, round(mauchly_chi2::numeric, 8) AS chi2, mauchly_df,
	   round(p_mauchly::numeric, 8) AS p_w, notes
FROM (SELECT (rm_anova(vas, patient, visit)).* FROM visits) s;
SELECT n_subjects, n_incomplete, k, round(q::numeric, 10) AS q, df, round(p_value::numeric, 10) AS p, notes
FROM (SELECT (cochran_q(pain_free, patient, visit)).* FROM visits) s;

-- label types: every concrete pair resolves and gives the same answer
SELECT (friedman_test(vas, patient::text, visit_name)).chi2 = (friedman_test(vas, patient, visit)).chi2 AS text_text,
	   (friedman_test(vas, patient::bigint, visit::smallint)).chi2 = (friedman_test(vas, patient, visit)).chi2 AS int8_int2,
	   (friedman_test(vas, patient::varchar, visit_name::varchar)).chi2 = (friedman_test(vas, patient, visit)).chi2 AS varchar_varchar,
	   (friedman_test(vas, patient::smallint, visit_name)).chi2 = (friedman_test(vas, patient, visit)).chi2 AS int2_text,
	   (friedman_test(vas, patient, date '2024-01-01' + visit)).chi2 = (friedman_test(vas, patient, visit)).chi2 AS int_date,
	   (friedman_test(vas, patient, visit)).chi2 = (friedman_test(vas, patient, visit_name)).chi2 AS order_free
FROM visits;
SELECT (rm_anova(vas, patient::text, visit_name)).f = (rm_anova(vas, patient, visit)).f AS text_text,
	   (rm_anova(vas, 'P' || patient, date '2024-01-01' + visit)).f = (rm_anova(vas, patient, visit)).f AS text_date,
	   (cochran_q(pain_free, patient::bigint, visit_name)).q = (cochran_q(pain_free, patient, visit)).q AS int8_text
FROM visits;
-- boolean conditions (two visits) and boolean subjects (two subjects)
SELECT k, n_subjects, round(chi2::numeric, 10) AS chi2
FROM (SELECT (friedman_test(vas, patient, visit = 1)).* FROM visits WHERE visit IN (1, 4)) s;
SELECT k, n_subjects, round(f::numeric, 8) AS f
FROM (SELECT (rm_anova(vas, patient = 1, visit)).* FROM visits WHERE patient IN (1, 2)) s;

-- GROUP BY and FILTER; NULLs are skipped and counted
SELECT patient % 2 AS arm, (friedman_test(vas, patient, visit)).n_subjects
FROM visits GROUP BY patient % 2 ORDER BY 1;
SELECT n_skipped, n_subjects, n_incomplete
FROM (SELECT (friedman_test(CASE WHEN patient = 3 AND visit = 2 THEN NULL ELSE vas END,
							NULLIF(patient, 5), NULLIF(visit_name, '1y'))).* FROM visits) s;
SELECT (rm_anova(vas, patient, visit) FILTER (WHERE visit <= 2)).k FROM visits;

-- a second row for the same subject and condition is an error naming both
SELECT friedman_test(v, s, c) FROM (VALUES (1.0, 'ann', 'pre'), (2.0, 'ann', 'post'),
	(3.0, 'bob', 'pre'), (4.0, 'ann', 'pre')) t(v, s, c);
SELECT cochran_q(f, s, c) FROM (VALUES (true, 7, 1), (false, 7, 1)) t(f, s, c);

-- too little data: counts filled, statistics NULL, notes; no rows: NULL
SELECT n_subjects, k, chi2, df, notes FROM (SELECT (friedman_test(vas, patient, 1)).* FROM visits WHERE visit = 1) s;
SELECT n_subjects, n_incomplete, k, chi2, notes
FROM (SELECT (friedman_test(vas, patient, visit)).* FROM visits WHERE (patient + visit) % 4 = 0) s;
SELECT n_subjects, chi2, kendall_w, notes FROM (SELECT (friedman_test(patient::float8, patient, visit)).* FROM visits) s;
SELECT friedman_test(vas, patient, visit) IS NULL AS no_rows FROM visits WHERE false;
SELECT n_subjects, round(chi2::numeric, 10) AS chi2, df, notes
FROM (SELECT (friedman_test(vas, patient, visit)).* FROM visits WHERE patient = 1) s;
SELECT n_subjects, q, notes FROM (SELECT (cochran_q(patient > 6, patient, visit)).* FROM visits) s;
SELECT n_subjects, f, df2, epsilon_gg, notes FROM (SELECT (rm_anova(vas, patient, visit)).* FROM visits WHERE patient = 1) s;
-- additive effects without residual: F undefined
SELECT n_subjects, f, epsilon_gg, notes FROM (SELECT (rm_anova(patient * 10 + visit, patient, visit)).* FROM visits) s;
-- two conditions: epsilons 1, Mauchly on 0 df
SELECT round(f::numeric, 8) AS f, epsilon_gg, epsilon_hf, round(p_gg::numeric, 10) = round(p_value::numeric, 10) AS p_same,
	   mauchly_w, mauchly_chi2, mauchly_df, p_mauchly, notes
FROM (SELECT (rm_anova(vas, patient, visit)).* FROM visits WHERE visit <= 2) s;
-- three subjects, four conditions: Mauchly undefined (n - 1 < k - 1)
SELECT n_subjects, round(epsilon_gg::numeric, 8) AS gg, epsilon_hf IS NOT NULL AS hf_set, mauchly_w, mauchly_df, notes
FROM (SELECT (rm_anova(vas, patient, visit)).* FROM visits WHERE patient <= 3) s;
-- two subjects: Huynh-Feldt undefined
SELECT n_subjects, round(epsilon_gg::numeric, 8) AS gg, epsilon_hf, notes
FROM (SELECT (rm_anova(vas, patient, visit)).* FROM visits WHERE patient <= 2 AND visit <= 3) s;
-- two conditions that always move together: contrasts singular
SELECT round(f::numeric, 8) AS f, mauchly_w, p_mauchly, notes
FROM (SELECT (rm_anova(CASE WHEN visit = 4 THEN vas_3 + 1 ELSE vas END, patient, visit)).*
	  FROM (SELECT *, max(vas) FILTER (WHERE visit = 3) OVER (PARTITION BY patient) AS vas_3 FROM visits) v
	  WHERE patient <= 11) s;

-- bad input: a class-22 error naming the function
SELECT friedman_test(v, s, c) FROM (VALUES ('NaN'::float8, 1, 1)) t(v, s, c);
SELECT rm_anova(v, s, c) FROM (VALUES ('Infinity'::float8, 1, 1)) t(v, s, c);
SELECT rm_anova(v, s, c) FROM (VALUES (1e300, 1, 1), (-1e300, 1, 2), (1e300, 2, 1), (1.0, 2, 2), (0.0, 3, 1), (1e300, 3, 2)) t(v, s, c);
SELECT friedman_test(1.0, x, x % 1001) FROM generate_series(1, 1002) x;

-- partial / merge equals the whole; a duplicate across states is an error
SELECT (friedman_test_merge(s)).chi2 = (SELECT (friedman_test(vas, patient, visit)).chi2 FROM visits) AS same
FROM (SELECT friedman_test_partial(vas, patient, visit) s FROM visits WHERE patient <= 5
	  UNION ALL SELECT friedman_test_partial(vas, patient, visit) FROM visits WHERE patient > 5
	  UNION ALL SELECT NULL) q;
SELECT (rm_anova_merge(s)).f = (SELECT (rm_anova(vas, patient, visit)).f FROM visits) AS same
FROM (SELECT rm_anova_partial(vas, patient, visit) s FROM visits WHERE visit <= 2
	  UNION ALL SELECT rm_anova_partial(vas, patient, visit) FROM visits WHERE visit > 2) q;
SELECT (cochran_q_merge(s)).q = (SELECT (cochran_q(pain_free, patient, visit)).q FROM visits) AS same
FROM (SELECT cochran_q_partial(pain_free, patient, visit) s FROM visits WHERE patient % 2 = 0
	  UNION ALL SELECT cochran_q_partial(pain_free, patient, visit) FROM visits WHERE patient % 2 = 1) q;
SELECT friedman_test_merge(s) FROM (
	SELECT friedman_test_partial(vas, patient, visit) s FROM visits WHERE patient <= 5
	UNION ALL SELECT friedman_test_partial(vas, patient, visit) FROM visits WHERE patient >= 5) q;
SELECT rm_anova_merge(s) FROM (
	SELECT rm_anova_partial(vas, patient, visit) s FROM visits
	UNION ALL SELECT rm_anova_partial(vas, patient::text, visit) FROM visits) q;

-- the text form: exact round trip, with its end marker
SELECT friedman_test_partial(vas, 'pt "' || patient || '"', visit_name)::text
FROM visits WHERE patient <= 2 AND visit <= 2;
SELECT cochran_q_partial(pain_free, patient, visit = 1)::text FROM visits WHERE patient <= 2 AND visit <= 2;
SELECT s::text::rm_anova_state::text = s::text AS round_trip
FROM (SELECT rm_anova_partial(vas / 3, patient, date '2024-01-01' + visit) s FROM visits) q;
SELECT s::text::friedman_test_state::text = s::text AS round_trip
FROM (SELECT friedman_test_partial(vas, patient::text, visit_name) s FROM visits) q;
SELECT 'friedman_test v2 skipped=0 subjects=none conditions=none nsubjects=0 nconditions=0 ncells=0 cells end'::friedman_test_state::text;
-- malformed or forged states: errors, never a crash
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=2 ncells=2 subject 1 condition 1 condition 2 cells 0,0,1 0,1,2'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=2 ncells=2 subject 1 condition 1 condition 2 cells 0,0,1 0,0,2 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=2 ncells=2 subject 1 condition 1 condition 2 cells 0,0,1 0,5,2 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=2 nconditions=1 ncells=1 subject 1 subject 2 condition 1 cells 0,0,1 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=1 subject 1 condition 1 cells 0,0,NaN end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=2 nconditions=1 ncells=2 subject 1 subject 1 condition 1 cells 0,0,1 1,0,2 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=-1 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=1 subject 1 condition 1 cells 0,0,1 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=99999 subject 1 condition 1 cells 0,0,1 end'::friedman_test_state;
SELECT 'friedman_test v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=1 subject 1 condition 1 cells 0,0,1 end trailing'::friedman_test_state;
SELECT 'cochran_q v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=1 subject 1 condition 1 cells 0,0,2 end'::cochran_q_state;
SELECT 'rm_anova v2 skipped=0 subjects=integer conditions=integer nsubjects=1 nconditions=1 ncells=1 subject 1 condition 1 cells 0,0,1 end'::friedman_test_state;
SELECT 'rm_anova v2 skipped=0 subjects=other subjecttype="no_such_type" conditions=integer nsubjects=1 nconditions=1 ncells=1 subject "x" condition 1 cells 0,0,1 end'::rm_anova_state;
SELECT 'rm_anova v2 skipped=0 subjects=boolean conditions=integer nsubjects=1 nconditions=1 ncells=1 subject maybe condition 1 cells 0,0,1 end'::rm_anova_state;

-- forced parallel plans: identical results
CREATE TABLE visits_big AS
	SELECT p AS patient, v AS visit, sin(p * 7 + v) * 10 + v * 0.1 AS value, (p * v) % 3 = 0 AS flag
	FROM generate_series(1, 6000) p, generate_series(1, 5) v
	WHERE (p * 13 + v) % 97 <> 0;
ANALYZE visits_big;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT friedman_test(value, patient, visit), rm_anova(value, patient, visit) FROM visits_big;
CREATE TABLE rep_par AS
	SELECT to_json(friedman_test(value, patient, visit))::text AS fr, to_json(rm_anova(value, patient, visit))::text AS rm,
		   to_json(cochran_q(flag, patient, visit))::text AS cq
	FROM visits_big;
SET max_parallel_workers_per_gather = 0;
SELECT p.fr = s.fr AS friedman_identical, p.rm = s.rm AS rm_anova_identical, p.cq = s.cq AS cochran_identical
FROM rep_par p, (SELECT to_json(friedman_test(value, patient, visit))::text AS fr,
						to_json(rm_anova(value, patient, visit))::text AS rm,
						to_json(cochran_q(flag, patient, visit))::text AS cq FROM visits_big) s;
SELECT n_subjects, n_incomplete, k FROM (SELECT (rm_anova(value, patient, visit)).* FROM visits_big) s;
RESET ALL;
