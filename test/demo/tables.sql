-- test/demo/tables.sql — the study's Tables 1-3 computed from the registry,
-- each row next to the figure the paper prints (study.paper_tables).
--
-- Columns: cf, sp = computed from the registry (mean ± SD or count);
-- cf_paper, sp_paper = as printed; test = the test the paper's methods choose
-- (study.comparison) or Pearson's chi-square for counts; p = its p-value
-- computed by pkpcohort now; p_paper, test_paper = as printed.  Every p-value
-- below comes from a pkpcohort aggregate run over the registry rows.
-- Needs registry.sql, cohort.sql, paper.sql, views.sql and normality.sql.

-- ------------------------------------------------------------ paired tests
-- Every follow-up against pre-operative, per group: the paper's paired t-test,
-- and the Wilcoxon signed-rank test beside it (score data are not normal).
-- Pairs are the patients assessed at both time points.
DROP VIEW IF EXISTS study.paired CASCADE;
CREATE VIEW study.paired AS
WITH agg AS (
	SELECT post.variable, post.timepoint, post.grp,
		   paired_t(pre.value, post.value) AS pt,
		   wilcoxon_signed_rank(pre.value, post.value) AS ws
	FROM study.measurement pre
	JOIN study.measurement post
	  ON post.procedure_id = pre.procedure_id AND post.variable = pre.variable
	 AND post.timepoint <> 'pre'
	WHERE pre.timepoint = 'pre'
	GROUP BY post.variable, post.timepoint, post.grp
)
SELECT variable, timepoint, grp,
	   (pt).n, (pt).mean_x AS mean_pre, (pt).mean_y AS mean_post, (pt).mean_diff,
	   (pt).t, (pt).df, (pt).p_value AS paired_t_p,
	   (ws).p_value AS wilcoxon_p, (ws).p_exact AS wilcoxon_p_exact
FROM agg;
COMMENT ON VIEW study.paired IS 'every follow-up against pre-operative, per group: paired t-test and Wilcoxon signed-rank test';

-- ------------------------------------------------------------ Table 1
\echo
\echo '== Table 1  Demographic data (CF confluent n = 35, SP separated n = 24)'
\echo '   counts: Pearson chi-square (p_fisher: Fisher exact); continuous: t-test if both groups pass'
\echo '   the K-S normality check (Welch if Levene p < 0.05), else Mann-Whitney U'
WITH cat AS (
	SELECT variable, level,
		   count(*) FILTER (WHERE grp = 'CF') AS cf, count(*) FILTER (WHERE grp = 'SP') AS sp
	FROM study.categorical
	GROUP BY variable, level
), cat_test AS (
	SELECT variable, chi_square(level, grp) AS cs
	FROM study.categorical
	GROUP BY variable
), computed AS (
	SELECT 'patients' AS variable, NULL::text AS level,
		   count(*) FILTER (WHERE grp = 'CF')::text AS cf,
		   count(*) FILTER (WHERE grp = 'SP')::text AS sp,
		   NULL::text AS test, NULL::float8 AS p, NULL::float8 AS p_fisher
	FROM study.patient_row
	UNION ALL
	SELECT variable, level, cf::text, sp::text, 'chi-square', (cs).p_value, (cs).p_fisher
	FROM cat JOIN cat_test USING (variable)
	UNION ALL
	SELECT variable, NULL,
		   mean_sd_cf, mean_sd_sp, test, p, NULL
	FROM study.comparison
	WHERE timepoint IS NULL
)
SELECT pt.variable, pt.level,
	   c.cf, c.sp, pt.cf AS cf_paper, pt.sp AS sp_paper,
	   CASE WHEN (c.cf, c.sp) = (pt.cf, pt.sp) THEN 'same' ELSE 'DIFFERS' END AS figures,
	   c.test, format_p(c.p) AS p, format_p(c.p_fisher) AS p_fisher,
	   pt.p_reported AS p_paper, pt.test_reported AS test_paper
FROM study.paper_tables pt
LEFT JOIN computed c ON c.variable = pt.variable AND c.level IS NOT DISTINCT FROM pt.level
WHERE pt.tbl = 1
ORDER BY pt.line;

-- ------------------------------------------------------------ Table 2
\echo
\echo '== Table 2  Clinical and radiologic parameters (* paired t-test against pre-operative p < 0.05)'
\echo '   test: Mann-Whitney U for score data (VAS, ODI, SF-36); VBH: t-test if normal, else Mann-Whitney U'
\echo '   p_t, p_mw: both tests, whatever the choice.  At 3 months and 1 year only the patients alive'
\echo '   are assessed.  Rank p-values need patient-level data the paper does not publish: a synthetic'
\echo '   cohort matches its means ± SD, not its rank p-values.'
SELECT pt.variable, pt.timepoint,
	   c.mean_sd_cf || CASE WHEN pcf.paired_t_p < 0.05 THEN '*' ELSE '' END AS cf,
	   c.mean_sd_sp || CASE WHEN psp.paired_t_p < 0.05 THEN '*' ELSE '' END AS sp,
	   pt.cf AS cf_paper, pt.sp AS sp_paper,
	   CASE WHEN (c.mean_sd_cf, c.mean_sd_sp) = (pt.cf, pt.sp) THEN 'same' ELSE 'DIFFERS' END
		   AS figures,
	   c.n_cf, c.n_sp, c.test,
	   format_p(c.p) AS p, format_p(c.t_p) AS p_t, format_p(c.mw_p) AS p_mw,
	   pt.p_reported AS p_paper
FROM study.paper_tables pt
LEFT JOIN study.comparison c ON c.variable = pt.variable AND c.timepoint = pt.timepoint
LEFT JOIN study.paired pcf ON pcf.variable = pt.variable AND pcf.timepoint = pt.timepoint
						  AND pcf.grp = 'CF'
LEFT JOIN study.paired psp ON psp.variable = pt.variable AND psp.timepoint = pt.timepoint
						  AND psp.grp = 'SP'
WHERE pt.tbl = 2
ORDER BY pt.line;

\echo
\echo '== Table 2, paired comparisons: every follow-up against pre-operative, per group'
\echo '   (the paper: paired-sample t-test; Wilcoxon signed-rank beside it)'
SELECT p.variable, p.timepoint, p.grp, p.n,
	   round(p.mean_pre::numeric, 1) AS mean_pre, round(p.mean_post::numeric, 1) AS mean_post,
	   round(p.t::numeric, 2) AS t, p.df,
	   format_p(p.paired_t_p) AS paired_t_p, format_p(p.wilcoxon_p) AS wilcoxon_p
FROM study.paired p
JOIN registry.timepoint t USING (timepoint)
JOIN study.variable v USING (variable)
ORDER BY array_position(ARRAY['vas', 'odi', 'anterior_vbh_pct', 'middle_vbh_pct', 'qol_sf36'],
						p.variable), p.grp, t.sort_order;

-- ------------------------------------------------------------ Table 3
\echo
\echo '== Table 3  Complications and follow-up results'
\echo '   leakage: Pearson chi-square on the sites of the leaking patients (the comparison the'
\echo '   paper''s 0.72 follows from); death: Pearson chi-square, dead vs alive at 3 months / 1 year'
WITH leak AS (
	SELECT c.leakage_site AS level, pr.cement_pattern AS grp
	FROM registry.complication c JOIN registry.procedure pr USING (procedure_id)
	WHERE c.kind = 'cement leakage'
), leak_test AS (
	SELECT chi_square(level, grp) AS cs FROM leak
), fate AS (
	SELECT grp, '3m' AS timepoint, dead_by_3m AS dead FROM study.patient_row
	UNION ALL
	SELECT grp, '1y', dead_by_1y FROM study.patient_row
), fate_test AS (
	SELECT timepoint, chi_square(dead, grp) AS cs FROM fate GROUP BY timepoint
), computed AS (
	SELECT 'cement_leakage' AS variable, l.level, NULL::text AS timepoint,
		   count(*) FILTER (WHERE grp = 'CF') AS cf, count(*) FILTER (WHERE grp = 'SP') AS sp,
		   (SELECT (cs).p_value FROM leak_test) AS p,
		   (SELECT (cs).p_fisher FROM leak_test) AS p_fisher
	FROM leak l GROUP BY l.level
	UNION ALL
	SELECT CASE WHEN f.dead THEN 'death' ELSE 'survival' END, NULL, f.timepoint,
		   count(*) FILTER (WHERE grp = 'CF'), count(*) FILTER (WHERE grp = 'SP'),
		   (SELECT (cs).p_value FROM fate_test t WHERE t.timepoint = f.timepoint),
		   (SELECT (cs).p_fisher FROM fate_test t WHERE t.timepoint = f.timepoint)
	FROM fate f GROUP BY f.dead, f.timepoint
)
SELECT pt.variable, coalesce(pt.level, pt.timepoint) AS level,
	   coalesce(c.cf, 0) AS cf, coalesce(c.sp, 0) AS sp, pt.cf AS cf_paper, pt.sp AS sp_paper,
	   CASE WHEN (coalesce(c.cf, 0)::text, coalesce(c.sp, 0)::text) = (pt.cf, pt.sp)
			THEN 'same' ELSE 'DIFFERS' END AS figures,
	   'chi-square' AS test,
	   format_p((SELECT max(p) FROM computed x WHERE x.variable = pt.variable
				 AND x.timepoint IS NOT DISTINCT FROM pt.timepoint)) AS p,
	   format_p((SELECT max(p_fisher) FROM computed x WHERE x.variable = pt.variable
				 AND x.timepoint IS NOT DISTINCT FROM pt.timepoint)) AS p_fisher,
	   pt.p_reported AS p_paper
FROM study.paper_tables pt
LEFT JOIN computed c ON c.variable = pt.variable AND c.level IS NOT DISTINCT FROM pt.level
					AND c.timepoint IS NOT DISTINCT FROM pt.timepoint
WHERE pt.tbl = 3
ORDER BY pt.line;

\echo
\echo '== Table 3, beyond the paper: leakage per patient, Kaplan-Meier survival, log-rank test'
\echo '   (the paper''s text: leakage 22.9% / 12.5%; survival 97.1% / 91.7% at 3 months, 85.7% / 75.0% at 1 year)'
\echo '   (deaths after the first year, and so the log-rank test over the whole follow-up, are the'
\echo '   synthetic cohort''s own: the paper reports survival at 3 months and 1 year only)'
SELECT grp,
	   count_pct(leakage) AS any_cement_leakage,
	   round((100 * km_survival(follow_up_months, died, 3))::numeric, 1) AS km_survival_3m_pct,
	   round((100 * km_survival(follow_up_months, died, 12))::numeric, 1) AS km_survival_1y_pct,
	   count(*) FILTER (WHERE died) AS deaths_all_follow_up
FROM study.patient_row
GROUP BY grp ORDER BY grp;
SELECT format_p((chi_square(leakage, grp)).p_value) AS leakage_p_chi_square,
	   format_p((chi_square(leakage, grp)).p_fisher) AS leakage_p_fisher,
	   format_p((log_rank(follow_up_months, died, grp)).p_value) AS survival_p_log_rank
FROM study.patient_row;
SELECT c.sir_grade, count(*) FILTER (WHERE pr.cement_pattern = 'CF') AS cf,
	   count(*) FILTER (WHERE pr.cement_pattern = 'SP') AS sp
FROM registry.complication c JOIN registry.procedure pr USING (procedure_id)
GROUP BY c.sir_grade ORDER BY c.sir_grade;

\echo
\echo '== Location of the treated level: the paper''s classes against the SINS classes'
\echo '   (the paper puts L5-S1 with T3-T10; the SINS counts L5-S1 as junctional)'
SELECT location, sins_class, sins_points,
	   count(*) FILTER (WHERE grp = 'CF') AS cf, count(*) FILTER (WHERE grp = 'SP') AS sp
FROM study.patient_row
GROUP BY 1, 2, 3 ORDER BY 1, 2;
SELECT 'SINS classes' AS classes, format_p((chi_square(sins_class, grp)).p_value) AS p_chi_square,
	   format_p((chi_square(sins_class, grp)).p_fisher) AS p_fisher
FROM study.patient_row;
