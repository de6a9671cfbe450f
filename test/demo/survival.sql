-- test/demo/survival.sql — Table 3 beyond the paper: cement leakage per
-- patient, Kaplan-Meier survival at the paper's time points, the log-rank
-- test over the whole follow-up, and the complications by SIR grade; then the
-- survival curves with their 95 % confidence bands at the paper's 3-month and
-- 1-year points, the median survival, and the hazard ratio SP vs CF (Cox).

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

-- study.survival_at: S(t) of each group with its 95 % CI at the paper's time
-- points (the last step of km_curve at or before t), next to the paper's
-- figures; study.survival_median: median survival with its CI;
-- study.hazard_ratio: the Cox model of group (SP against CF).
DROP VIEW IF EXISTS study.survival_at, study.survival_median, study.hazard_ratio CASCADE;
CREATE VIEW study.survival_at AS
SELECT c.grp, t.months, t.paper_pct,
	   (SELECT s FROM unnest(c.steps) s WHERE s.time <= t.months
		ORDER BY s.time DESC LIMIT 1) AS step
FROM (SELECT grp, km_curve(follow_up_months, died) AS steps
	  FROM study.patient_row GROUP BY grp) c
JOIN (VALUES ('CF', 3, 97.1), ('SP', 3, 91.7), ('CF', 12, 85.7), ('SP', 12, 75.0))
	t(grp, months, paper_pct) ON t.grp = c.grp;
COMMENT ON VIEW study.survival_at IS 'Kaplan-Meier survival with its 95% CI at 3 months and 1 year, next to the paper''s figures';

CREATE VIEW study.survival_median AS
SELECT grp, (km_median(follow_up_months, died)).*
FROM study.patient_row GROUP BY grp;
COMMENT ON VIEW study.survival_median IS 'median survival (months) with its 95% CI per cement pattern';

CREATE VIEW study.hazard_ratio AS
SELECT (cox_ph(follow_up_months, died, grp)).* FROM study.patient_row;
COMMENT ON VIEW study.hazard_ratio IS 'Cox proportional hazards model of the cement pattern (SP against CF)';

\echo
\echo '== Survival curves  Kaplan-Meier S(t) with its 95% CI (log, as R survfit) at the paper''s'
\echo '   time points, next to the paper''s figures; median survival with its CI; hazard ratio'
\echo '   SP vs CF (Cox, Efron ties) with its CI and the Wald, likelihood-ratio and score p'
SELECT grp, months, round(100 * (step).survival::numeric, 1) AS survival_pct,
	   round(100 * (step).ci_lower::numeric, 1) || '-' || round(100 * (step).ci_upper::numeric, 1)
		   AS ci_95_pct,
	   (step).n_risk AS at_risk, paper_pct
FROM study.survival_at ORDER BY months, grp;
SELECT grp, n, n_events AS deaths, median AS median_months,
	   ci_lower AS ci_lower_months, ci_upper AS ci_upper_months
FROM study.survival_median ORDER BY grp;
SELECT group1 AS reference, group2 AS compared,
	   study.format_effect('HR', hazard_ratio, ci_lower, ci_upper) AS "hazard ratio (95% CI)",
	   format_p(p_wald) AS p_wald, format_p(p_lr) AS p_lr, format_p(p_score) AS p_score_log_rank
FROM study.hazard_ratio;
