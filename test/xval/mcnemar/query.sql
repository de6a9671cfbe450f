-- test/xval/mcnemar/query.sql — our side of the mcnemar family (see gen.R).
-- A NULL conf_level means the argument is omitted.
WITH calls(id, j) AS (
	SELECT id, to_json(mcnemar(before, after)) FROM xval_data
	 WHERE conf_level IS NULL GROUP BY id
	UNION ALL
	SELECT id, to_json(mcnemar(before, after, conf_level)) FROM xval_data
	 WHERE conf_level IS NOT NULL GROUP BY id, conf_level
)
SELECT id,
	j->>'n' AS n, j->>'n_skipped' AS n_skipped, j->>'b' AS b, j->>'c' AS c,
	j->>'chi2' AS chi2, j->>'p_value' AS p_value, j->>'chi2_cc' AS chi2_cc,
	j->>'p_value_cc' AS p_value_cc, j->>'p_exact' AS p_exact,
	j->>'odds_ratio' AS odds_ratio, j->>'or_ci_lower' AS or_ci_lower,
	j->>'or_ci_upper' AS or_ci_upper, j->>'notes' AS notes
FROM calls
ORDER BY id;
