-- test/xval/rank/query.sql — our side of the rank family.
-- One row per dataset id (see gen.R).  Each branch turns its result into json
-- (json keeps float8's text exactly) and the final SELECT picks the fields by
-- name; a field a function does not have comes out NULL, as the reference has
-- NA there.  A NULL alternative / conf_level in xval_data means the argument
-- is omitted, so the defaults are tested too.
WITH res(id, j) AS (
	-- mann_whitney_u(value, grp [, alternative [, conf_level]])
	SELECT id, to_json(mann_whitney_u(x, grp)) FROM xval_data
	 WHERE id LIKE 'mwu:%' AND alternative IS NULL AND conf_level IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(mann_whitney_u(x, grp, alternative)) FROM xval_data
	 WHERE id LIKE 'mwu:%' AND alternative IS NOT NULL AND conf_level IS NULL GROUP BY id, alternative
	UNION ALL
	SELECT id, to_json(mann_whitney_u(x, grp, alternative, conf_level)) FROM xval_data
	 WHERE id LIKE 'mwu:%' AND alternative IS NOT NULL AND conf_level IS NOT NULL GROUP BY id, alternative, conf_level
	-- wilcoxon_signed_rank(x, y [, alternative [, conf_level]])
	UNION ALL
	SELECT id, to_json(wilcoxon_signed_rank(x, y)) FROM xval_data
	 WHERE id LIKE 'wsr:%' AND alternative IS NULL AND conf_level IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(wilcoxon_signed_rank(x, y, alternative)) FROM xval_data
	 WHERE id LIKE 'wsr:%' AND alternative IS NOT NULL AND conf_level IS NULL GROUP BY id, alternative
	UNION ALL
	SELECT id, to_json(wilcoxon_signed_rank(x, y, alternative, conf_level)) FROM xval_data
	 WHERE id LIKE 'wsr:%' AND alternative IS NOT NULL AND conf_level IS NOT NULL GROUP BY id, alternative, conf_level
)
SELECT id,
	j->>'group1' AS group1, j->>'group2' AS group2, j->>'n1' AS n1, j->>'n2' AS n2,
	j->>'n_skipped' AS n_skipped, j->>'mean_rank1' AS mean_rank1, j->>'mean_rank2' AS mean_rank2,
	j->>'rank_sum1' AS rank_sum1, j->>'rank_sum2' AS rank_sum2, j->>'u' AS u, j->>'u_min' AS u_min,
	j->>'z' AS z, j->>'p_value' AS p_value, j->>'p_value_cc' AS p_value_cc, j->>'p_exact' AS p_exact,
	j->>'effect_r' AS effect_r, j->>'rank_biserial' AS rank_biserial,
	j->>'hodges_lehmann' AS hodges_lehmann, j->>'ci_lower' AS ci_lower, j->>'ci_upper' AS ci_upper,
	j->>'n' AS n, j->>'n_zero' AS n_zero, j->>'v' AS v,
	j->>'notes' AS notes
FROM res
ORDER BY id;
