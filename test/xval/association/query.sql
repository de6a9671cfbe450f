-- test/xval/association/query.sql — our side of the association family.
-- The optional alternative (and Pearson's conf_level) is omitted when NULL.
WITH res(id, j) AS (
	SELECT id, to_jsonb(coalesce(
		pearson_cor(x, y) FILTER (WHERE alternative IS NULL AND conf_level IS NULL),
		pearson_cor(x, y, alternative) FILTER (WHERE alternative IS NOT NULL AND conf_level IS NULL),
		pearson_cor(x, y, coalesce(alternative, 'two-sided'), conf_level) FILTER (WHERE conf_level IS NOT NULL)))
	FROM xval_data WHERE id LIKE 'pearson:%' GROUP BY id
	UNION ALL
	SELECT id, to_jsonb(coalesce(spearman_cor(x, y) FILTER (WHERE alternative IS NULL),
								 spearman_cor(x, y, alternative) FILTER (WHERE alternative IS NOT NULL)))
	FROM xval_data WHERE id LIKE 'spearman:%' GROUP BY id
	UNION ALL
	SELECT id, to_jsonb(coalesce(kendall_tau(x, y) FILTER (WHERE alternative IS NULL),
								 kendall_tau(x, y, alternative) FILTER (WHERE alternative IS NOT NULL)))
	FROM xval_data WHERE id LIKE 'kendall:%' GROUP BY id
)
SELECT id, j->>'n' AS n, j->>'n_skipped' AS n_skipped, j->>'r' AS r, j->>'t' AS t,
	   j->>'df' AS df, j->>'p_value' AS p_value, j->>'ci_lower' AS ci_lower,
	   j->>'ci_upper' AS ci_upper, j->>'rho' AS rho, j->>'s' AS s, j->>'tau_b' AS tau_b,
	   j->>'z' AS z, j->>'method' AS method, j->>'notes' AS notes
FROM res ORDER BY id;
