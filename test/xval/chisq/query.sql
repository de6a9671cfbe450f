-- test/xval/chisq/query.sql — our side of the chi_square family (see gen.R).
WITH res(id, j) AS (
	SELECT id, to_json(chi_square(rl, cl)) FROM xval_data WHERE id LIKE 'labels:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(chi_square(ri, ci)) FROM xval_data WHERE id LIKE 'ints:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(chi_square(rl, ci)) FROM xval_data WHERE id LIKE 'mixed:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(chi_square(counts::bigint[])) FROM xval_data WHERE id LIKE 'counts:%'
)
SELECT id,
	j->>'n' AS n, j->>'n_skipped' AS n_skipped, j->>'n_rows' AS n_rows, j->>'n_cols' AS n_cols,
	j->>'df' AS df, j->>'chi2' AS chi2, j->>'p_value' AS p_value,
	j->>'chi2_yates' AS chi2_yates, j->>'p_yates' AS p_yates, j->>'g2' AS g2, j->>'p_lr' AS p_lr,
	j->>'p_fisher' AS p_fisher, j->>'min_expected' AS min_expected,
	j->>'n_cells_below_5' AS n_cells_below_5, j->>'phi' AS phi, j->>'cramers_v' AS cramers_v,
	j->>'odds_ratio' AS odds_ratio, j->>'or_ci_lower' AS or_ci_lower, j->>'or_ci_upper' AS or_ci_upper,
	j->>'lbl' AS lbl, j->>'p_lbl' AS p_lbl, j->>'or_mle' AS or_mle,
	j->>'or_mle_ci_lower' AS or_mle_ci_lower, j->>'or_mle_ci_upper' AS or_mle_ci_upper,
	CASE WHEN json_typeof(j->'row_labels') = 'array' THEN (SELECT '{' || string_agg(x, ',') || '}' FROM json_array_elements_text(j->'row_labels') x) END AS row_labels,
	CASE WHEN json_typeof(j->'col_labels') = 'array' THEN (SELECT '{' || string_agg(x, ',') || '}' FROM json_array_elements_text(j->'col_labels') x) END AS col_labels,
	j->>'notes' AS notes
FROM res
ORDER BY id;
