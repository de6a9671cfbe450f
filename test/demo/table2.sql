-- test/demo/table2.sql — the study's Table 2 (clinical and radiologic
-- parameters) from the registry, each row next to the paper's printed figures.
--
-- study.table2: one row per line of the paper's Table 2 (a measure at a time
-- point).  cf, sp: mean ± SD from the registry, with the paper's asterisk where
-- the paired t-test against pre-operative (study.paired) gives p < 0.05;
-- cf_paper, sp_paper: as printed (without the asterisks).  test, p: the test
-- the paper's methods choose (study.comparison); p_t, p_mw: the t-test and the
-- Mann-Whitney U test whatever the choice.  effect_*: CF - SP with its 95 % CI
-- as the chosen test estimates it (difference of means, or Hodges-Lehmann shift).
-- p_paper_check: whether the printed p can be checked from the paper's figures
-- (study.audit_flag): Table 2's rank-test p-values need patient data.

DROP VIEW IF EXISTS study.table2 CASCADE;
CREATE VIEW study.table2 AS
SELECT pt.line, pt.variable, pt.timepoint,
	   c.mean_sd_cf || CASE WHEN pcf.paired_t_p < 0.05 THEN '*' ELSE '' END AS cf,
	   c.mean_sd_sp || CASE WHEN psp.paired_t_p < 0.05 THEN '*' ELSE '' END AS sp,
	   pt.cf AS cf_paper, pt.sp AS sp_paper,
	   (c.mean_sd_cf, c.mean_sd_sp) = (pt.cf, pt.sp) AS same_as_paper,
	   c.n_cf, c.n_sp, c.test, c.p, c.t_p AS p_t, c.mw_p AS p_mw,
	   c.effect_kind, c.effect, c.effect_ci_lower, c.effect_ci_upper,
	   pt.p_reported AS p_paper, f.flag AS p_paper_check
FROM study.paper_tables pt
LEFT JOIN study.comparison c ON c.variable = pt.variable AND c.timepoint = pt.timepoint
LEFT JOIN study.paired pcf ON pcf.variable = pt.variable AND pcf.timepoint = pt.timepoint
						  AND pcf.grp = 'CF'
LEFT JOIN study.paired psp ON psp.variable = pt.variable AND psp.timepoint = pt.timepoint
						  AND psp.grp = 'SP'
LEFT JOIN study.audit_flag f ON f.line = pt.line
WHERE pt.tbl = 2;
COMMENT ON VIEW study.table2 IS 'Table 2 (clinical and radiologic parameters): computed from the registry, next to the paper''s figures';

\echo
\echo '== Table 2  Clinical and radiologic parameters (* paired t-test against pre-operative p < 0.05)'
\echo '   test: Mann-Whitney U for score data (VAS, ODI, SF-36), effect = Hodges-Lehmann shift CF - SP'
\echo '   (95% CI); VBH: t-test if normal (effect = difference of means CF - SP, 95% CI), else'
\echo '   Mann-Whitney U.  p_t, p_mw: both tests, whatever the choice.  At 3 months and 1 year only the'
\echo '   patients alive are assessed.  paper: "same" where the paper prints the same mean ± SD.'
\echo '   The paper''s p-values here are Mann-Whitney tests on patient-level data it does not publish:'
\echo '   they cannot be checked from its figures, and a synthetic cohort matches its means ± SD, not'
\echo '   its rank p-values.'
SELECT variable, timepoint, cf, sp,
	   CASE WHEN same_as_paper THEN 'same' ELSE cf_paper || ' / ' || sp_paper END AS paper,
	   n_cf, n_sp, test, format_p(p) AS p, format_p(p_t) AS p_t, format_p(p_mw) AS p_mw,
	   study.format_effect(effect_kind, effect, effect_ci_lower, effect_ci_upper)
		   AS "effect CF vs SP (95% CI)",
	   p_paper, p_paper_check
FROM study.table2
ORDER BY line;
