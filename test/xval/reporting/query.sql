-- test/xval/reporting/query.sql — reporting helpers and vbh_ratio.
-- digits NULL in xval_data means the argument is omitted (default 1).
SELECT id, mean_sd, count_pct, format_p, vbh_ratio FROM (
	SELECT id, mean_sd(v) AS mean_sd, NULL AS count_pct, NULL AS format_p, NULL::float8 AS vbh_ratio
	  FROM xval_data WHERE id LIKE 'meansd:%' GROUP BY id HAVING bool_and(digits IS NULL)
	UNION ALL
	SELECT id, mean_sd(v, digits), NULL, NULL, NULL
	  FROM xval_data WHERE id LIKE 'meansd:%' GROUP BY id, digits HAVING digits IS NOT NULL
	UNION ALL
	SELECT id, NULL, count_pct(flag), NULL, NULL
	  FROM xval_data WHERE id LIKE 'countpct:%' GROUP BY id HAVING bool_and(digits IS NULL)
	UNION ALL
	SELECT id, NULL, count_pct(flag, digits), NULL, NULL
	  FROM xval_data WHERE id LIKE 'countpct:%' GROUP BY id, digits HAVING digits IS NOT NULL
	UNION ALL
	SELECT id, NULL, NULL, format_p(p), NULL FROM xval_data WHERE id LIKE 'formatp:%'
	UNION ALL
	SELECT id, NULL, NULL, NULL, CASE WHEN c IS NULL THEN vbh_ratio(b, a) ELSE vbh_ratio(a, b, c) END
	  FROM xval_data WHERE id LIKE 'vbh:%'
) q
ORDER BY id;
