-- test/xval/cox/query.sql — our side of the cox family.
-- g:KEY -> coxgrp:KEY (cox_ph(time, event, grp));
-- m:KEY -> coxmodel:KEY and coxcoef:KEY:K (cox_ph(time, event, ARRAY[x1..xp]));
-- the event overload (boolean or 0/1 integer) as the dataset says.
WITH g AS (
	SELECT substr(id, 3) AS key,
		   coalesce(cox_ph(time, event::int, grp) FILTER (WHERE int_event),
					cox_ph(time, event, grp) FILTER (WHERE NOT int_event)) AS r
	FROM xval_data WHERE id LIKE 'g:%' GROUP BY id
), mx AS (
	SELECT id, time, event, int_event,
		   CASE p WHEN 1 THEN ARRAY[x1] WHEN 2 THEN ARRAY[x1, x2] WHEN 3 THEN ARRAY[x1, x2, x3]
				  WHEN 4 THEN ARRAY[x1, x2, x3, x4] ELSE ARRAY[x1, x2, x3, x4, x5] END AS x
	FROM xval_data WHERE id LIKE 'm:%'
), m AS (
	SELECT substr(id, 3) AS key,
		   coalesce(cox_ph(time, event::int, x) FILTER (WHERE int_event),
					cox_ph(time, event, x) FILTER (WHERE NOT int_event)) AS r
	FROM mx GROUP BY id
)
SELECT 'coxgrp:' || key AS id, (r).n, (r).n_events, (r).n_skipped, (r).group1, (r).group2,
	   (r).n1, (r).n2, (r).coef, (r).se, (r).hazard_ratio, (r).ci_lower, (r).ci_upper, (r).z,
	   (r).p_wald, NULL::float8 AS p_value, (r).chi2_lr, NULL::float8 AS df, (r).p_lr,
	   NULL::float8 AS chi2_wald, (r).chi2_score, (r).p_score, (r).notes::text AS notes
FROM g
UNION ALL
SELECT 'coxmodel:' || key, (r).n, (r).n_events, (r).n_skipped, NULL, NULL, NULL, NULL,
	   NULL, NULL, NULL, NULL, NULL, NULL, (r).p_wald, NULL, (r).chi2_lr, (r).df, (r).p_lr,
	   (r).chi2_wald, (r).chi2_score, (r).p_score, (r).notes::text
FROM m
UNION ALL
SELECT 'coxcoef:' || key || ':' || k, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	   (r).coef[k], (r).se[k], (r).hazard_ratio[k], (r).ci_lower[k], (r).ci_upper[k], (r).z[k],
	   NULL, (r).p_value[k], NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM m, generate_series(1, (SELECT max(p) FROM xval_data WHERE id = 'm:' || key)) k
ORDER BY 1;
