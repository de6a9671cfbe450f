-- test/demo/table1.sql — the study's Table 1 (demographic data) from the
-- registry, each row next to the paper's printed figures.
--
-- study.table1: one row per line of the paper's Table 1.  cf, sp: computed
-- from the registry (count, or mean ± SD); cf_paper, sp_paper: as printed.
-- test, p: the test the paper's methods choose (study.comparison) or
-- Pearson's chi-square for counts, computed now; p_fisher: Fisher's exact test.
-- effect_kind, effect, effect_ci_lower, effect_ci_upper: CF against SP with a
-- 95 % CI — the difference of means (t-tests), the Hodges-Lehmann shift
-- (Mann-Whitney U), the odds ratio of the first level with Woolf's interval
-- (2 x 2 tables), Cramer's V (larger tables, no interval).  p_paper_check:
-- does the printed p follow from the paper's own printed figures (study.audit_flag)?

DROP VIEW IF EXISTS study.table1 CASCADE;
CREATE VIEW study.table1 AS
WITH counted AS (
	SELECT variable, level,
		   count(*) FILTER (WHERE grp = 'CF') AS cf, count(*) FILTER (WHERE grp = 'SP') AS sp
	FROM study.categorical
	GROUP BY variable, level
), counted_test AS (
	SELECT variable, chi_square(position, grp) AS cs
	FROM study.categorical
	GROUP BY variable
), computed AS (
	SELECT 'patients' AS variable, NULL::text AS level,
		   count(*) FILTER (WHERE grp = 'CF')::text AS cf,
		   count(*) FILTER (WHERE grp = 'SP')::text AS sp,
		   NULL::text AS test, NULL::float8 AS p, NULL::float8 AS p_fisher,
		   NULL::text AS effect_kind, NULL::float8 AS effect,
		   NULL::float8 AS effect_ci_lower, NULL::float8 AS effect_ci_upper
	FROM study.patient_row
	UNION ALL
	SELECT c.variable, c.level, c.cf::text, c.sp::text, 'chi-square', (t.cs).p_value, (t.cs).p_fisher,
		   e.kind, e.estimate, e.lower, e.upper
	FROM counted c
	JOIN counted_test t USING (variable)
	CROSS JOIN LATERAL (
		SELECT 'OR' AS kind, (t.cs).odds_ratio AS estimate,
			   (t.cs).or_ci_lower AS lower, (t.cs).or_ci_upper AS upper
		WHERE (t.cs).n_rows = 2 AND (t.cs).n_cols = 2
		UNION ALL
		SELECT 'Cramer V', (t.cs).cramers_v, NULL, NULL
		WHERE NOT ((t.cs).n_rows = 2 AND (t.cs).n_cols = 2)) e
	UNION ALL
	SELECT variable, NULL, mean_sd_cf, mean_sd_sp, test, p, NULL,
		   effect_kind, effect, effect_ci_lower, effect_ci_upper
	FROM study.comparison
	WHERE timepoint IS NULL
)
SELECT pt.line, pt.variable, pt.level, c.cf, c.sp, pt.cf AS cf_paper, pt.sp AS sp_paper,
	   c.test, c.p, c.p_fisher, c.effect_kind, c.effect, c.effect_ci_lower, c.effect_ci_upper,
	   pt.p_reported AS p_paper, pt.test_reported AS test_paper, f.flag AS p_paper_check
FROM study.paper_tables pt
LEFT JOIN computed c ON c.variable = pt.variable AND c.level IS NOT DISTINCT FROM pt.level
LEFT JOIN study.audit_flag f ON f.line = pt.line
WHERE pt.tbl = 1;
COMMENT ON VIEW study.table1 IS 'Table 1 (demographic data): computed from the registry, next to the paper''s figures';

\echo
\echo '== Table 1  Demographic data (CF confluent n = 35, SP separated n = 24)'
\echo '   counts: Pearson chi-square (p_fisher: Fisher exact), effect = odds ratio of the first level'
\echo '   (CF vs SP, Woolf 95% CI) or Cramer''s V; continuous: t-test if both groups pass the K-S'
\echo '   normality check (Welch if Levene p < 0.05), effect = difference of means CF - SP (95% CI),'
\echo '   else Mann-Whitney U, effect = Hodges-Lehmann shift CF - SP (95% CI).'
\echo '   cf, sp: "(paper: x)" where the paper prints another figure.  p_paper_check: does the'
\echo '   printed p follow from the paper''s own printed figures (t = Student t on its mean ± SD)?'
SELECT variable, level,
	   cf || CASE WHEN cf IS DISTINCT FROM cf_paper THEN ' (paper: ' || cf_paper || ')' ELSE '' END AS cf,
	   sp || CASE WHEN sp IS DISTINCT FROM sp_paper THEN ' (paper: ' || sp_paper || ')' ELSE '' END AS sp,
	   CASE WHEN first THEN test END AS test,
	   CASE WHEN first THEN format_p(p) END AS p,
	   CASE WHEN first THEN format_p(p_fisher) END AS p_fisher,
	   CASE WHEN first THEN study.format_effect(effect_kind, effect, effect_ci_lower, effect_ci_upper)
	   END AS "effect CF vs SP (95% CI)",
	   CASE WHEN first THEN p_paper END AS p_paper,
	   p_paper_check
FROM (SELECT t.*, line = min(line) OVER (PARTITION BY variable) AS first FROM study.table1 t) t
ORDER BY line;
