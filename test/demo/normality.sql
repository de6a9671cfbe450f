-- test/demo/normality.sql — which test each comparison uses, and all of them.
--
-- study.comparison: one row per measured variable and time point, with the
-- normality checks per group (Kolmogorov-Smirnov with Lilliefors' correction,
-- the uncorrected K-S p that SPSS 21's NPAR TESTS printed, Shapiro-Wilk), the
-- t-tests (Student, and Welch for unequal variances by Levene's test), the
-- Mann-Whitney U test, and the test the paper's methods choose:
--   score data (VAS, ODI, SF-36)  -> Mann-Whitney U;
--   continuous data               -> t-test when both groups pass the K-S test
--                                    at 0.05, else Mann-Whitney U.
-- The K-S p that decides is SPSS 21's (`p_kolmogorov`: mean and SD estimated
-- from the sample, uncorrected Kolmogorov distribution), as the paper used;
-- it is lenient.  To decide with Lilliefors' correction instead (what a
-- statistician would use today), replace ks_spss_p_* by ks_p_* in `normal`.
--
-- The effect, CF - SP with its 95 % confidence interval, follows the test:
-- the difference of means with Student's pooled interval (independent t) or
-- Welch's (Welch t), or the Hodges-Lehmann shift (median of all CF - SP
-- differences) with its interval (Mann-Whitney U, as R's
-- wilcox.test(conf.int = TRUE)).  Group 1 of the two-group tests is the lower
-- label, 'CF' ('C' sorts before 'S' in every collation), so each difference is
-- CF - SP.
-- Every p-value and effect here is computed by pkpcohort from the registry rows.

DROP VIEW IF EXISTS study.comparison CASCADE;
CREATE VIEW study.comparison AS
WITH agg AS (
	SELECT m.variable, m.timepoint,
		   independent_t(m.value, m.grp) AS tt,
		   levene_test(m.value, m.grp) AS lv,
		   mann_whitney_u(m.value, m.grp) AS mw,
		   ks_normality(m.value) FILTER (WHERE m.grp = 'CF') AS ks_cf,
		   ks_normality(m.value) FILTER (WHERE m.grp = 'SP') AS ks_sp,
		   shapiro_wilk(m.value) FILTER (WHERE m.grp = 'CF') AS sw_cf,
		   shapiro_wilk(m.value) FILTER (WHERE m.grp = 'SP') AS sw_sp,
		   mean_sd(m.value) FILTER (WHERE m.grp = 'CF') AS mean_sd_cf,
		   mean_sd(m.value) FILTER (WHERE m.grp = 'SP') AS mean_sd_sp,
		   avg(m.value) FILTER (WHERE m.grp = 'CF') AS mean_cf,
		   stddev_samp(m.value) FILTER (WHERE m.grp = 'CF') AS sd_cf,
		   avg(m.value) FILTER (WHERE m.grp = 'SP') AS mean_sp,
		   stddev_samp(m.value) FILTER (WHERE m.grp = 'SP') AS sd_sp
	FROM study.measurement m
	GROUP BY m.variable, m.timepoint
), p AS (
	SELECT a.variable, a.timepoint, v.kind,
		   (a.tt).group1, (a.tt).n1 AS n_cf, (a.tt).n2 AS n_sp,
		   a.mean_sd_cf, a.mean_sd_sp, a.mean_cf, a.sd_cf, a.mean_sp, a.sd_sp,
		   (a.ks_cf).p_value AS ks_p_cf, (a.ks_sp).p_value AS ks_p_sp,
		   (a.ks_cf).p_kolmogorov AS ks_spss_p_cf, (a.ks_sp).p_kolmogorov AS ks_spss_p_sp,
		   (a.sw_cf).p_value AS sw_p_cf, (a.sw_sp).p_value AS sw_p_sp,
		   (a.lv).p_value AS levene_p,
		   (a.tt).p_value AS t_p, (a.tt).p_welch AS welch_p,
		   (a.mw).p_value AS mw_p, (a.mw).p_exact AS mw_p_exact,
		   (a.tt).mean_diff, (a.tt).ci_lower AS t_ci_lower, (a.tt).ci_upper AS t_ci_upper,
		   (a.tt).ci_lower_welch AS welch_ci_lower, (a.tt).ci_upper_welch AS welch_ci_upper,
		   (a.mw).hodges_lehmann, (a.mw).ci_lower AS hl_ci_lower, (a.mw).ci_upper AS hl_ci_upper
	FROM agg a JOIN study.variable v USING (variable)
)
SELECT p.*,
	   normal, test,
	   CASE test WHEN 'Mann-Whitney U' THEN mw_p
				 WHEN 'Welch t' THEN welch_p
				 ELSE t_p END AS p,
	   CASE test WHEN 'Mann-Whitney U' THEN 'HL shift' ELSE 'mean diff' END AS effect_kind,
	   CASE test WHEN 'Mann-Whitney U' THEN hodges_lehmann ELSE mean_diff END AS effect,
	   CASE test WHEN 'Mann-Whitney U' THEN hl_ci_lower
				 WHEN 'Welch t' THEN welch_ci_lower
				 ELSE t_ci_lower END AS effect_ci_lower,
	   CASE test WHEN 'Mann-Whitney U' THEN hl_ci_upper
				 WHEN 'Welch t' THEN welch_ci_upper
				 ELSE t_ci_upper END AS effect_ci_upper
FROM p,
	 LATERAL (SELECT kind = 'continuous' AND ks_spss_p_cf >= 0.05 AND ks_spss_p_sp >= 0.05 AS normal) n,
	 LATERAL (SELECT CASE WHEN NOT normal THEN 'Mann-Whitney U'
						  WHEN levene_p < 0.05 THEN 'Welch t'
						  ELSE 'independent t' END AS test) t;
COMMENT ON VIEW study.comparison IS 'CF vs SP for every measured variable and time point: normality, t, Welch, Mann-Whitney, the test the methods choose, and its effect with 95 % CI';
