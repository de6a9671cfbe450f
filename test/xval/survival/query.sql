-- test/xval/survival/query.sql — our side of the survival family.
-- km:...  -> km_survival(time, event, at) as surv (at is the same in every row)
-- logrank:... -> log_rank(time, event, grp) fields
WITH res(id, j) AS (
	SELECT id, json_build_object('surv', km_survival(time, event, at))
	  FROM xval_data WHERE id LIKE 'km:%' GROUP BY id
	UNION ALL
	SELECT id, to_json(log_rank(time, event, grp))
	  FROM xval_data WHERE id LIKE 'logrank:%' GROUP BY id
)
SELECT id,
	j->>'surv' AS surv,
	j->>'k' AS k, j->>'n' AS n, j->>'n_skipped' AS n_skipped,
	j->>'n_events' AS n_events, j->>'chi2' AS chi2, j->>'df' AS df,
	j->>'p_value' AS p_value, j->>'notes' AS notes
FROM res
ORDER BY id;
