-- test/xval/ksample/query.sql — our side of the k-sample family (see gen.R).
-- The label type of each dataset is in ltype: g (text), gi as integer,
-- smallint, bigint, boolean (gi = 1) or date (the polymorphic fallback).
WITH calls(id, j) AS (
	SELECT id, to_json(kruskal_wallis(x, g)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'text' GROUP BY id
	UNION ALL
	SELECT id, to_json(kruskal_wallis(x, gi)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(kruskal_wallis(x, gi::smallint)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'smallint' GROUP BY id
	UNION ALL
	SELECT id, to_json(kruskal_wallis(x, gi::bigint)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'bigint' GROUP BY id
	UNION ALL
	SELECT id, to_json(kruskal_wallis(x, gi = 1)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'boolean' GROUP BY id
	UNION ALL
	SELECT id, to_json(kruskal_wallis(x, date '2020-01-01' + gi)) FROM xval_data WHERE id LIKE 'kw:%' AND ltype = 'date' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, g)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'text' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, gi)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, gi::smallint)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'smallint' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, gi::bigint)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'bigint' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, gi = 1)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'boolean' GROUP BY id
	UNION ALL
	SELECT id, to_json(one_way_anova(x, date '2020-01-01' + gi)) FROM xval_data WHERE id LIKE 'anova:%' AND ltype = 'date' GROUP BY id
)
SELECT id,
	j->>'k' AS k, j->>'n' AS n, j->>'n_skipped' AS n_skipped,
	j->>'h' AS h, j->>'df' AS df, j->>'p_value' AS p_value, j->>'epsilon_squared' AS epsilon_squared,
	j->>'f' AS f, j->>'df1' AS df1, j->>'df2' AS df2,
	j->>'f_welch' AS f_welch, j->>'df2_welch' AS df2_welch, j->>'p_welch' AS p_welch,
	j->>'eta_squared' AS eta_squared, j->>'omega_squared' AS omega_squared,
	j->>'notes' AS notes
FROM calls
ORDER BY id;
