-- test/xval/padjust/query.sql — our side of the p_adjust family (see gen.R):
-- the window form over each dataset (PARTITION BY set; the window's ORDER BY
-- must not matter, so the rows come in reverse order), and the array form
-- over the dataset's p-values in element order.
SELECT id, adjusted FROM (
	SELECT format('window_%s:%s', set, lpad(elem::text, 5, '0')) AS id,
		   p_adjust(p, method) OVER (PARTITION BY set ORDER BY elem DESC) AS adjusted
	FROM xval_data
	UNION ALL
	SELECT format('array_%s:%s', a.set, lpad(u.elem::text, 5, '0')), u.adjusted
	FROM (SELECT set, p_adjust(array_agg(p ORDER BY elem), min(method)) AS adj
		  FROM xval_data GROUP BY set) a,
		 unnest(a.adj) WITH ORDINALITY AS u(adjusted, elem)
) q
ORDER BY id;
