-- test/demo/paired.sql — every follow-up against pre-operative, per group.
--
-- study.paired: one row per measured variable, follow-up time point and group,
-- over the patients assessed at both time points.  The paper's test is the
-- paired-sample t-test; the Wilcoxon signed-rank test sits beside it (score
-- data are not normal).  The change is follow-up minus pre-operative, so a
-- fall in pain (VAS) or disability (ODI) is negative: `change` is its mean
-- and change_ci_lower / change_ci_upper its 95 % confidence interval, from
-- paired_t.  Nothing is printed here (table2.sql and table2_paired.sql do).

DROP VIEW IF EXISTS study.paired CASCADE;
CREATE VIEW study.paired AS
WITH agg AS (
	SELECT post.variable, post.timepoint, post.grp,
		   paired_t(post.value, pre.value) AS pt,
		   wilcoxon_signed_rank(post.value, pre.value) AS ws
	FROM study.measurement pre
	JOIN study.measurement post
	  ON post.procedure_id = pre.procedure_id AND post.variable = pre.variable
	 AND post.timepoint <> 'pre'
	WHERE pre.timepoint = 'pre'
	GROUP BY post.variable, post.timepoint, post.grp
)
SELECT variable, timepoint, grp,
	   (pt).n, (pt).mean_y AS mean_pre, (pt).mean_x AS mean_post,
	   (pt).mean_diff AS change, (pt).ci_lower AS change_ci_lower, (pt).ci_upper AS change_ci_upper,
	   (pt).t, (pt).df, (pt).p_value AS paired_t_p,
	   (ws).p_value AS wilcoxon_p, (ws).p_exact AS wilcoxon_p_exact
FROM agg;
COMMENT ON VIEW study.paired IS 'every follow-up against pre-operative, per group: mean change (follow-up - pre) with 95 % CI, paired t-test, Wilcoxon signed-rank test';
