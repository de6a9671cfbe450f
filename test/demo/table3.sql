-- test/demo/table3.sql — the study's Table 3 (complications and follow-up
-- results) from the registry, each row next to the paper's printed figures.
--
-- study.table3: one row per line of the paper's Table 3.  Cement leakage: the
-- sites of the leaking patients (the comparison the paper's 0.72 follows
-- from), an r x 2 table: Pearson chi-square and Cramer's V.  Death: dead vs
-- alive at 3 months and at 1 year, a 2 x 2 table per time point: Pearson
-- chi-square and the odds ratio of death, CF vs SP, with Woolf's 95 % CI.
-- p_fisher: Fisher's exact test.  p_paper_check: does the printed p follow
-- from the paper's own printed counts (study.audit_flag)?

DROP VIEW IF EXISTS study.table3 CASCADE;
CREATE VIEW study.table3 AS
WITH leak AS (
	SELECT c.leakage_site AS level, pr.cement_pattern AS grp
	FROM registry.complication c JOIN registry.procedure pr USING (procedure_id)
	WHERE c.kind = 'cement leakage'
), fate AS (
	-- position 1 = death, so that the odds ratio is the odds of death
	SELECT r.grp, t.timepoint, CASE WHEN t.dead THEN 'death' ELSE 'survival' END AS status,
		   CASE WHEN t.dead THEN 1 ELSE 2 END AS position
	FROM study.patient_row r
	CROSS JOIN LATERAL (VALUES ('3m', r.dead_by_3m), ('1y', r.dead_by_1y)) AS t(timepoint, dead)
), tests AS (
	SELECT 'cement_leakage' AS variable, NULL::text AS timepoint, chi_square(level, grp) AS cs
	FROM leak
	UNION ALL
	SELECT 'death', timepoint, chi_square(position, grp) FROM fate GROUP BY timepoint
), counted AS (
	SELECT 'cement_leakage' AS variable, level, NULL::text AS timepoint,
		   count(*) FILTER (WHERE grp = 'CF') AS cf, count(*) FILTER (WHERE grp = 'SP') AS sp
	FROM leak GROUP BY level
	UNION ALL
	SELECT status, NULL, timepoint,
		   count(*) FILTER (WHERE grp = 'CF'), count(*) FILTER (WHERE grp = 'SP')
	FROM fate GROUP BY status, timepoint
)
SELECT pt.line, pt.variable, pt.level, pt.timepoint,
	   coalesce(c.cf, 0)::text AS cf, coalesce(c.sp, 0)::text AS sp,
	   pt.cf AS cf_paper, pt.sp AS sp_paper,
	   'chi-square' AS test, (t.cs).p_value AS p, (t.cs).p_fisher AS p_fisher,
	   e.kind AS effect_kind, e.estimate AS effect, e.lower AS effect_ci_lower,
	   e.upper AS effect_ci_upper,
	   pt.p_reported AS p_paper, f.flag AS p_paper_check
FROM study.paper_tables pt
LEFT JOIN counted c ON c.variable = pt.variable AND c.level IS NOT DISTINCT FROM pt.level
				   AND c.timepoint IS NOT DISTINCT FROM pt.timepoint
LEFT JOIN tests t ON t.variable = CASE WHEN pt.variable = 'survival' THEN 'death' ELSE pt.variable END
				 AND t.timepoint IS NOT DISTINCT FROM pt.timepoint
LEFT JOIN LATERAL (
	SELECT 'OR' AS kind, (t.cs).odds_ratio AS estimate,
		   (t.cs).or_ci_lower AS lower, (t.cs).or_ci_upper AS upper
	WHERE (t.cs).n_rows = 2 AND (t.cs).n_cols = 2
	UNION ALL
	SELECT 'Cramer V', (t.cs).cramers_v, NULL, NULL
	WHERE NOT ((t.cs).n_rows = 2 AND (t.cs).n_cols = 2)) e ON true
LEFT JOIN study.audit_flag f ON f.line = pt.line
WHERE pt.tbl = 3;
COMMENT ON VIEW study.table3 IS 'Table 3 (complications and follow-up results): computed from the registry, next to the paper''s figures';

\echo
\echo '== Table 3  Complications and follow-up results'
\echo '   leakage: Pearson chi-square on the sites of the leaking patients (the comparison the paper''s'
\echo '   0.72 follows from), effect = Cramer''s V; death: Pearson chi-square, dead vs alive at 3 months'
\echo '   / 1 year, effect = odds ratio of death CF vs SP (Woolf 95% CI).  p_fisher: Fisher exact.'
\echo '   cf, sp: "(paper: x)" where the paper prints another figure.  p_paper_check: does the'
\echo '   printed p follow from the paper''s own printed counts?'
SELECT variable, coalesce(level, timepoint) AS level,
	   cf || CASE WHEN cf IS DISTINCT FROM cf_paper THEN ' (paper: ' || cf_paper || ')' ELSE '' END AS cf,
	   sp || CASE WHEN sp IS DISTINCT FROM sp_paper THEN ' (paper: ' || sp_paper || ')' ELSE '' END AS sp,
	   CASE WHEN first THEN test END AS test,
	   CASE WHEN first THEN format_p(p) END AS p,
	   CASE WHEN first THEN format_p(p_fisher) END AS p_fisher,
	   CASE WHEN first THEN study.format_effect(effect_kind, effect, effect_ci_lower, effect_ci_upper)
	   END AS "effect CF vs SP (95% CI)",
	   CASE WHEN first THEN p_paper END AS p_paper,
	   p_paper_check
FROM (SELECT t.*,
			 line = min(line) OVER (PARTITION BY CASE WHEN variable = 'survival' THEN 'death'
												   ELSE variable END, timepoint) AS first
	  FROM study.table3 t) t
ORDER BY line;
