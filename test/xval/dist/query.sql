-- test/xval/dist/query.sql — our side of the distribution grids.
-- The *_pair rows give f(x, df1) / f(x, df2) - 1 for two df 1e-15 apart.
SELECT id,
	   CASE fn
		   WHEN 'normal_upper' THEN dist_normal_upper(x)
		   WHEN 't_upper' THEN dist_t_upper(x, df1)
		   WHEN 'chisq_upper' THEN dist_chisq_upper(x, df1)
		   WHEN 'f_upper' THEN dist_f_upper(x, df1, df2)
		   WHEN 'normal_quantile' THEN dist_normal_quantile(x)
		   WHEN 't_quantile' THEN dist_t_quantile(x, df1)
		   WHEN 't_upper_pair' THEN dist_t_upper(x, df1) / dist_t_upper(x, df2) - 1
		   WHEN 't_quantile_pair' THEN dist_t_quantile(x, df1) / dist_t_quantile(x, df2) - 1
	   END AS value
FROM xval_data ORDER BY id;
