-- test/demo/table2_paired.sql — Table 2's comparisons against pre-operative:
-- every follow-up, per group, with the mean change and its 95 % CI
-- (study.paired, paired.sql).

\echo
\echo '== Table 2, paired comparisons: every follow-up against pre-operative, per group'
\echo '   change = mean of (follow-up - pre-operative) with its 95% CI; the paper''s paired-sample'
\echo '   t-test, and the Wilcoxon signed-rank test beside it'
SELECT p.variable, p.timepoint, p.grp, p.n,
	   round(p.mean_pre::numeric, 1) AS mean_pre, round(p.mean_post::numeric, 1) AS mean_post,
	   format('%s (%s to %s)', round(p.change::numeric, 1), round(p.change_ci_lower::numeric, 1),
			  round(p.change_ci_upper::numeric, 1)) AS "change (95% CI)",
	   round(p.t::numeric, 2) AS t, p.df,
	   format_p(p.paired_t_p) AS paired_t_p, format_p(p.wilcoxon_p) AS wilcoxon_p
FROM study.paired p
JOIN registry.timepoint t USING (timepoint)
ORDER BY array_position(ARRAY['vas', 'odi', 'anterior_vbh_pct', 'middle_vbh_pct', 'qol_sf36'],
						p.variable), p.grp, t.sort_order;
