-- test/xval/survival_curves/query.sql — our side of the survival_curves family.
-- km:KEY      -> one row per km_curve step (kmcurve:KEY:SSSSS) and one km_median
--                row (kmmedian:KEY); the event overload (boolean or 0/1 integer)
--                and the conf_level argument (omitted when NULL) as the dataset says
-- lr:KEY      -> one row per log_rank group (lrgroup:KEY:G)
WITH km AS (
	SELECT substr(id, 4) AS key,
		   coalesce(km_curve(time, event) FILTER (WHERE NOT int_event AND conf_level IS NULL),
					km_curve(time, event, conf_level) FILTER (WHERE NOT int_event AND conf_level IS NOT NULL),
					km_curve(time, event::int) FILTER (WHERE int_event AND conf_level IS NULL),
					km_curve(time, event::int, conf_level) FILTER (WHERE int_event AND conf_level IS NOT NULL))
			   AS curve,
		   coalesce(km_median(time, event) FILTER (WHERE NOT int_event AND conf_level IS NULL),
					km_median(time, event, conf_level) FILTER (WHERE NOT int_event AND conf_level IS NOT NULL),
					km_median(time, event::int) FILTER (WHERE int_event AND conf_level IS NULL),
					km_median(time, event::int, conf_level) FILTER (WHERE int_event AND conf_level IS NOT NULL))
			   AS med
	FROM xval_data WHERE id LIKE 'km:%' GROUP BY id
), lr AS (
	SELECT substr(id, 4) AS key,
		   coalesce(log_rank(time, event::int, grp) FILTER (WHERE int_event),
					log_rank(time, event, grp) FILTER (WHERE NOT int_event)) AS r
	FROM xval_data WHERE id LIKE 'lr:%' GROUP BY id
)
SELECT 'kmcurve:' || key || ':' || lpad(s.ordinality::text, 5, '0') AS id,
	   s.time, s.n_risk, s.n_event, s.n_censor, s.survival, s.std_err, s.ci_lower, s.ci_upper,
	   NULL::bigint AS n, NULL::bigint AS n_events, NULL::bigint AS n_skipped, NULL::float8 AS median,
	   NULL::text AS "group", NULL::float8 AS observed, NULL::float8 AS expected, NULL::text AS notes
FROM km, unnest(km.curve) WITH ORDINALITY s
UNION ALL
SELECT 'kmmedian:' || key, NULL, NULL, NULL, NULL, NULL, NULL, (med).ci_lower, (med).ci_upper,
	   (med).n, (med).n_events, (med).n_skipped, (med).median, NULL, NULL, NULL, (med).notes::text
FROM km
UNION ALL
SELECT 'lrgroup:' || key || ':' || g.ord, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	   NULL, NULL, NULL, NULL, g.label, (r).observed[g.ord], (r).expected[g.ord], NULL
FROM lr, unnest((r).groups) WITH ORDINALITY g(label, ord)
ORDER BY 1;
