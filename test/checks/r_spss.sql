-- r_spss.sql: pkpcohort's fields for test/checks/r_spss.sh, as "key,value"
-- CSV rows; key = prefix.field, where the prefix names the call (the keys
-- r_spss.R looks up).  Called with default arguments, as R and SPSS users
-- would; the tables rs_* hold the datasets r_spss.R wrote.
WITH calls(prefix, r) AS (
	SELECT 'tt', to_jsonb(independent_t(v, g)) FROM rs_two
	UNION ALL SELECT 'mw', to_jsonb(mann_whitney_u(v, g)) FROM rs_two
	UNION ALL SELECT 'mwt', to_jsonb(mann_whitney_u(v, g)) FROM rs_twot
	UNION ALL SELECT 'mwb', to_jsonb(mann_whitney_u(v, g)) FROM rs_big
	UNION ALL SELECT 'lev', to_jsonb(levene_test(v, g)) FROM rs_two
	UNION ALL SELECT 'bf', to_jsonb(levene_test(v, g, 'median')) FROM rs_two
	UNION ALL SELECT 'pt', to_jsonb(paired_t(x, y)) FROM rs_pair
	UNION ALL SELECT 'ws', to_jsonb(wilcoxon_signed_rank(x, y)) FROM rs_pair
	UNION ALL SELECT 'wst', to_jsonb(wilcoxon_signed_rank(x, y)) FROM rs_pairt
	UNION ALL SELECT 'tab22', to_jsonb(chi_square(a, b)) FROM rs_tab22
	UNION ALL SELECT 'tab33', to_jsonb(chi_square(r, c)) FROM rs_tab33
	UNION ALL SELECT 'sw', to_jsonb(shapiro_wilk(v)) FROM rs_norm
	UNION ALL SELECT 'ks', to_jsonb(ks_normality(v)) FROM rs_norm
	UNION ALL SELECT 'ks_known', to_jsonb(ks_normality(v, 10, 2)) FROM rs_norm
	UNION ALL SELECT 'lr', to_jsonb(log_rank(time, event, g)) FROM rs_surv
	UNION ALL SELECT 'km', jsonb_build_object('s12', km_survival(time, event, 12)) FROM rs_surv
)
SELECT prefix || '.' || j.key AS key, j.value
FROM calls, jsonb_each_text(calls.r) j
ORDER BY 1;
