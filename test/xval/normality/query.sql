-- test/xval/normality/query.sql — our side of the normality family.
-- One row per dataset id: ks_normality(x) for lillie:*, ks_normality(x, mean,
-- sd) for ksknown:* (mean and sd repeated on every row of a dataset),
-- shapiro_wilk(x) for sw:*.  json keeps float8's text exactly.
-- p_tail repeats p_value for the far-tail scenarios, where gen.R's
-- reference is the upper tail summed without cancellation.
WITH res(id, j) AS (
	SELECT id, to_json(ks_normality(x)) FROM xval_data
	 WHERE id LIKE 'lillie:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(ks_normality(x, mean, sd)) FROM xval_data
	 WHERE id LIKE 'ksknown:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(shapiro_wilk(x)) FROM xval_data
	 WHERE id LIKE 'sw:%' GROUP BY id
)
SELECT id,
	j->>'n' AS n, j->>'n_skipped' AS n_skipped, j->>'mean' AS mean, j->>'sd' AS sd,
	j->>'d' AS d, j->>'d_plus' AS d_plus, j->>'d_minus' AS d_minus, j->>'z' AS z,
	j->>'p_value' AS p_value, j->>'p_kolmogorov' AS p_kolmogorov,
	CASE WHEN id ~ ':tail_' THEN j->>'p_value' END AS p_tail,
	j->>'w' AS w,
	j->>'notes' AS notes
FROM res
ORDER BY id;
