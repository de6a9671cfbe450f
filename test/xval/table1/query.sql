-- test/xval/table1/query.sql — our side of the table1 family.
WITH g AS (
	SELECT id, compare_groups(value, grp) AS r FROM xval_data WHERE id LIKE 'cmpgroups:%' GROUP BY id
), p AS (
	SELECT substr(id, 9) AS key, compare_proportions(level, grp) AS r
	FROM xval_data WHERE id LIKE 'cmpprop:%' GROUP BY id
)
SELECT id, (r).group1, (r).group2, (r).n1, (r).n2, (r).n_skipped, (r).summary1, (r).summary2,
	   (r).median_iqr1, (r).median_iqr2, (r).normal, (r).test, (r).p_value, (r).p_text,
	   (r).p_normality1, (r).p_normality2, (r).p_levene, (r).statistic,
	   NULL::float8 AS chi2, NULL::float8 AS df, NULL::float8 AS min_expected, NULL::text AS level,
	   NULL::bigint AS count1, NULL::bigint AS count2, NULL::float8 AS pct1, NULL::float8 AS pct2,
	   (r).notes::text AS notes
FROM g
UNION ALL
SELECT 'cmpprop:' || key, (r).group1, (r).group2, (r).n1, (r).n2, (r).n_skipped, NULL, NULL,
	   NULL, NULL, NULL, (r).test, (r).p_value, (r).p_text, NULL, NULL, NULL, NULL,
	   (r).chi2, (r).df, (r).min_expected, NULL, NULL, NULL, NULL, NULL, (r).notes::text
FROM p
UNION ALL
SELECT 'cmplevel:' || key || ':' || l.ord, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, l.level,
	   (r).counts1[l.ord], (r).counts2[l.ord], (r).pct1[l.ord], (r).pct2[l.ord], NULL
FROM p, unnest((r).levels) WITH ORDINALITY l(level, ord)
ORDER BY 1;
