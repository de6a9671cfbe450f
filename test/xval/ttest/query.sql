-- test/xval/ttest/query.sql — our side of the t-test family.
-- One row per dataset id (see gen.R): the functions return different composite
-- types, so each branch turns its result into json and the final SELECT picks
-- the fields by name (a field a function does not have comes out NULL, as the
-- reference has NA there).  json (not jsonb) keeps float8's text exactly.
-- Call forms: a NULL alternative / conf_level / center in xval_data means the
-- argument is omitted, so the defaults are tested too.
WITH res(id, j) AS (
	-- paired_t(x, y [, alternative [, conf_level]])
	SELECT id, to_json(paired_t(x, y)) FROM xval_data
	 WHERE id LIKE 'paired:%' AND alternative IS NULL AND conf_level IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(paired_t(x, y, alternative)) FROM xval_data
	 WHERE id LIKE 'paired:%' AND alternative IS NOT NULL AND conf_level IS NULL GROUP BY id, alternative
	UNION ALL
	SELECT id, to_json(paired_t(x, y, alternative, conf_level)) FROM xval_data
	 WHERE id LIKE 'paired:%' AND alternative IS NOT NULL AND conf_level IS NOT NULL GROUP BY id, alternative, conf_level
	-- independent_t(value, grp [, alternative [, conf_level]])
	UNION ALL
	SELECT id, to_json(independent_t(x, grp)) FROM xval_data
	 WHERE id LIKE 'indep:%' AND alternative IS NULL AND conf_level IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(independent_t(x, grp, alternative)) FROM xval_data
	 WHERE id LIKE 'indep:%' AND alternative IS NOT NULL AND conf_level IS NULL GROUP BY id, alternative
	UNION ALL
	SELECT id, to_json(independent_t(x, grp, alternative, conf_level)) FROM xval_data
	 WHERE id LIKE 'indep:%' AND alternative IS NOT NULL AND conf_level IS NOT NULL GROUP BY id, alternative, conf_level
	-- t_test_from_summary(mean1, sd1, n1, mean2, sd2, n2 [, alternative]): one row per dataset
	UNION ALL
	SELECT id, to_json(t_test_from_summary(mean1, sd1, n1, mean2, sd2, n2)) FROM xval_data
	 WHERE id LIKE 'summary:%' AND alternative IS NULL
	UNION ALL
	SELECT id, to_json(t_test_from_summary(mean1, sd1, n1, mean2, sd2, n2, alternative)) FROM xval_data
	 WHERE id LIKE 'summary:%' AND alternative IS NOT NULL
	-- levene_test(value, grp [, center])
	UNION ALL
	SELECT id, to_json(levene_test(x, grp)) FROM xval_data
	 WHERE id LIKE 'levene:%' AND center IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(levene_test(x, grp, center)) FROM xval_data
	 WHERE id LIKE 'levene:%' AND center IS NOT NULL GROUP BY id, center
)
SELECT id,
	j->>'group1' AS group1, j->>'group2' AS group2, j->>'n1' AS n1, j->>'n2' AS n2,
	j->>'n_skipped' AS n_skipped, j->>'mean1' AS mean1, j->>'mean2' AS mean2,
	j->>'sd1' AS sd1, j->>'sd2' AS sd2, j->>'mean_diff' AS mean_diff,
	j->>'t' AS t, j->>'df' AS df, j->>'p_value' AS p_value,
	j->>'ci_lower' AS ci_lower, j->>'ci_upper' AS ci_upper,
	j->>'t_welch' AS t_welch, j->>'df_welch' AS df_welch, j->>'p_welch' AS p_welch,
	j->>'ci_lower_welch' AS ci_lower_welch, j->>'ci_upper_welch' AS ci_upper_welch,
	j->>'cohen_d' AS cohen_d, j->>'hedges_g' AS hedges_g,
	j->>'n' AS n, j->>'mean_x' AS mean_x, j->>'mean_y' AS mean_y,
	j->>'sd_diff' AS sd_diff, j->>'se' AS se, j->>'cohen_dz' AS cohen_dz,
	j->>'r' AS r, j->>'r_p_value' AS r_p_value,
	j->>'k' AS k, j->>'f' AS f, j->>'df1' AS df1, j->>'df2' AS df2,
	j->>'notes' AS notes
FROM res
ORDER BY id;
