-- test/xval/repeated/query.sql — our side of the repeated-measures family
-- (see gen.R).  ltype names the label types of subject and condition: text
-- (subj, cond), integer / smallint / bigint (subj_i, cond_i), boolean
-- (cond_i = 1) and date (date + cond_i: the polymorphic fallback).
WITH calls(id, j) AS (
	SELECT id, to_json(friedman_test(v, subj, cond)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'text:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj_i, cond_i)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'integer:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj_i::bigint, cond)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'bigint:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj, cond_i::smallint)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'text:smallint' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj_i::smallint, cond_i::bigint)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'smallint:bigint' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj_i, date '2020-01-01' + cond_i)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'integer:date' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj, cond_i)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'text:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(friedman_test(v, subj_i, cond_i = 1)) FROM xval_data WHERE id LIKE 'friedman:%' AND ltype = 'integer:boolean' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj, cond)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'text:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj_i, cond_i)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'integer:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj_i::bigint, cond)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'bigint:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj, cond_i::smallint)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'text:smallint' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj_i::smallint, cond_i::bigint)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'smallint:bigint' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj_i, date '2020-01-01' + cond_i)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'integer:date' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj, cond_i)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'text:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(rm_anova(v, subj_i, cond_i = 1)) FROM xval_data WHERE id LIKE 'rm:%' AND ltype = 'integer:boolean' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj, cond)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'text:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj_i, cond_i)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'integer:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj_i::bigint, cond)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'bigint:text' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj, cond_i::smallint)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'text:smallint' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj_i::smallint, cond_i::bigint)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'smallint:bigint' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj_i, date '2020-01-01' + cond_i)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'integer:date' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj, cond_i)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'text:integer' GROUP BY id
	UNION ALL
	SELECT id, to_json(cochran_q(flag, subj_i, cond_i = 1)) FROM xval_data WHERE id LIKE 'cochran:%' AND ltype = 'integer:boolean' GROUP BY id
)
SELECT id,
	j->>'n_subjects' AS n_subjects,
	j->>'n_incomplete' AS n_incomplete,
	j->>'k' AS k,
	j->>'n_skipped' AS n_skipped,
	j->>'chi2' AS chi2,
	j->>'df' AS df,
	j->>'p_value' AS p_value,
	j->>'kendall_w' AS kendall_w,
	j->>'f' AS f,
	j->>'df1' AS df1,
	j->>'df2' AS df2,
	j->>'partial_eta_squared' AS partial_eta_squared,
	j->>'epsilon_gg' AS epsilon_gg,
	j->>'p_gg' AS p_gg,
	j->>'epsilon_hf' AS epsilon_hf,
	j->>'p_hf' AS p_hf,
	j->>'mauchly_w' AS mauchly_w,
	j->>'mauchly_chi2' AS mauchly_chi2,
	j->>'mauchly_df' AS mauchly_df,
	j->>'p_mauchly' AS p_mauchly,
	j->>'q' AS q,
	j->>'notes' AS notes
FROM calls
ORDER BY id;
