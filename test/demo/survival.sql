-- test/demo/survival.sql — Table 3 beyond the paper: cement leakage per
-- patient, Kaplan-Meier survival at the paper's time points, the log-rank
-- test over the whole follow-up, and the complications by SIR grade.

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
-- row 1 = leakage, so that the odds ratio is the odds of leakage, CF vs SP
SELECT format_p((cs).p_value) AS leakage_p_chi_square, format_p((cs).p_fisher) AS leakage_p_fisher,
	   study.format_effect('OR', (cs).odds_ratio, (cs).or_ci_lower, (cs).or_ci_upper)
		   AS "leakage CF vs SP (95% CI)",
	   format_p(lr_p) AS survival_p_log_rank
FROM (SELECT chi_square(CASE WHEN leakage THEN 1 ELSE 2 END, grp) AS cs,
			 (log_rank(follow_up_months, died, grp)).p_value AS lr_p
	  FROM study.patient_row) q;
SELECT c.sir_grade, count(*) FILTER (WHERE pr.cement_pattern = 'CF') AS cf,
	   count(*) FILTER (WHERE pr.cement_pattern = 'SP') AS sp
FROM registry.complication c JOIN registry.procedure pr USING (procedure_id)
GROUP BY c.sir_grade ORDER BY c.sir_grade;
