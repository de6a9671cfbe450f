/* pkpcohort upgrade script: 0.1 -> 0.2 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION pkpcohort UPDATE TO '0.2'" to load this file. \quit

/*
 * 0.2: every field of every result type has a comment, so that psql's
 * \d+ <type> explains it.  The same statements as in the install fragments
 * that create the result types, under sql/install.
 */

COMMENT ON COLUMN @extschema@.paired_t_result.n IS
	'number of pairs used: rows in which x and y are both non-NULL';
COMMENT ON COLUMN @extschema@.paired_t_result.n_skipped IS
	'rows skipped because x or y is NULL';
COMMENT ON COLUMN @extschema@.paired_t_result.mean_x IS
	'mean of x over the pairs used';
COMMENT ON COLUMN @extschema@.paired_t_result.mean_y IS
	'mean of y over the pairs used';
COMMENT ON COLUMN @extschema@.paired_t_result.mean_diff IS
	'mean of the differences d = x - y (equals mean_x - mean_y); positive when x tends to exceed y';
COMMENT ON COLUMN @extschema@.paired_t_result.sd_diff IS
	'standard deviation of d (divisor n - 1)';
COMMENT ON COLUMN @extschema@.paired_t_result.se IS
	'standard error of mean_diff: sd_diff / sqrt(n)';
COMMENT ON COLUMN @extschema@.paired_t_result.t IS
	'paired t statistic mean_diff / se (R t.test(x, y, paired = TRUE); SPSS Paired Samples Test t)';
COMMENT ON COLUMN @extschema@.paired_t_result.df IS
	'degrees of freedom of t: n - 1';
COMMENT ON COLUMN @extschema@.paired_t_result.p_value IS
	'p-value of t on df degrees of freedom under the alternative argument (default two-sided: SPSS Sig. (2-tailed))';
COMMENT ON COLUMN @extschema@.paired_t_result.ci_lower IS
	'lower end of the confidence interval of mean_diff (level conf_level, default 0.95); -Infinity for alternative ''less''';
COMMENT ON COLUMN @extschema@.paired_t_result.ci_upper IS
	'upper end of the confidence interval of mean_diff; Infinity for alternative ''greater''';
COMMENT ON COLUMN @extschema@.paired_t_result.cohen_dz IS
	'standardized mean difference of paired data, Cohen''s d_z = mean_diff / sd_diff';
COMMENT ON COLUMN @extschema@.paired_t_result.r IS
	'Pearson correlation of x and y over the pairs used (SPSS Paired Samples Correlations); NULL when x or y is constant';
COMMENT ON COLUMN @extschema@.paired_t_result.r_p_value IS
	'p-value of r (R cor.test: t = r sqrt(n - 2) / sqrt(1 - r^2) on n - 2 degrees of freedom) under the same alternative as the test; NULL when n < 3';
COMMENT ON COLUMN @extschema@.paired_t_result.notes IS
	'warnings a statistician must see, such as why a statistic is NULL (fewer than 2 pairs, essentially constant differences, constant x or y)';

COMMENT ON COLUMN @extschema@.independent_t_result.group1 IS
	'label of group 1, as text: the lower of the two labels in the label type''s sort order (text and varchar: the collation of the call, so write grp COLLATE "C" for an order that does not depend on the database; enum: declaration order); ''1'' for t_test_from_summary';
COMMENT ON COLUMN @extschema@.independent_t_result.group2 IS
	'label of group 2, as text: the higher of the two labels; ''2'' for t_test_from_summary';
COMMENT ON COLUMN @extschema@.independent_t_result.n1 IS
	'number of values in group 1 (t_test_from_summary: the n1 argument)';
COMMENT ON COLUMN @extschema@.independent_t_result.n2 IS
	'number of values in group 2 (t_test_from_summary: the n2 argument)';
COMMENT ON COLUMN @extschema@.independent_t_result.n_skipped IS
	'rows skipped because the value or the group label is NULL (0 for t_test_from_summary)';
COMMENT ON COLUMN @extschema@.independent_t_result.mean1 IS
	'mean of group 1';
COMMENT ON COLUMN @extschema@.independent_t_result.mean2 IS
	'mean of group 2';
COMMENT ON COLUMN @extschema@.independent_t_result.sd1 IS
	'standard deviation of group 1 (divisor n1 - 1); NULL when n1 = 1';
COMMENT ON COLUMN @extschema@.independent_t_result.sd2 IS
	'standard deviation of group 2 (divisor n2 - 1); NULL when n2 = 1';
COMMENT ON COLUMN @extschema@.independent_t_result.mean_diff IS
	'mean1 - mean2: the difference every t, interval and effect size of this row refers to';
COMMENT ON COLUMN @extschema@.independent_t_result.t IS
	'Student t with pooled variance: R t.test(var.equal = TRUE); SPSS Equal variances assumed';
COMMENT ON COLUMN @extschema@.independent_t_result.df IS
	'degrees of freedom of the Student t: n1 + n2 - 2';
COMMENT ON COLUMN @extschema@.independent_t_result.p_value IS
	'p-value of the Student t under the alternative argument (default two-sided)';
COMMENT ON COLUMN @extschema@.independent_t_result.ci_lower IS
	'lower end of the Student (pooled) confidence interval of mean_diff (level conf_level, default 0.95); -Infinity for alternative ''less''';
COMMENT ON COLUMN @extschema@.independent_t_result.ci_upper IS
	'upper end of the Student (pooled) confidence interval of mean_diff; Infinity for alternative ''greater''';
COMMENT ON COLUMN @extschema@.independent_t_result.t_welch IS
	'Welch t for unequal variances: R t.test default (var.equal = FALSE); SPSS Equal variances not assumed';
COMMENT ON COLUMN @extschema@.independent_t_result.df_welch IS
	'Welch-Satterthwaite degrees of freedom of t_welch (not an integer in general)';
COMMENT ON COLUMN @extschema@.independent_t_result.p_welch IS
	'p-value of the Welch t under the alternative argument: the p-value R''s t.test prints by default';
COMMENT ON COLUMN @extschema@.independent_t_result.ci_lower_welch IS
	'lower end of the Welch confidence interval of mean_diff (R t.test''s default interval)';
COMMENT ON COLUMN @extschema@.independent_t_result.ci_upper_welch IS
	'upper end of the Welch confidence interval of mean_diff';
COMMENT ON COLUMN @extschema@.independent_t_result.cohen_d IS
	'Cohen''s d: mean_diff / pooled standard deviation';
COMMENT ON COLUMN @extschema@.independent_t_result.hedges_g IS
	'Hedges'' g: cohen_d times the exact small-sample correction J = Gamma(df/2) / (sqrt(df/2) Gamma((df - 1)/2)), df = n1 + n2 - 2 (Hedges 1981)';
COMMENT ON COLUMN @extschema@.independent_t_result.notes IS
	'warnings a statistician must see, such as why a statistic is NULL (a group with fewer than 2 values, essentially constant data, one group only)';

COMMENT ON COLUMN @extschema@.levene_test_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.levene_test_result.n IS
	'number of rows used';
COMMENT ON COLUMN @extschema@.levene_test_result.n_skipped IS
	'rows skipped because the value or the group label is NULL';
COMMENT ON COLUMN @extschema@.levene_test_result.f IS
	'Levene statistic: the one-way ANOVA F of the absolute deviations |x - centre of its group|, centre the group mean (Levene; SPSS''s test) or, with center ''median'', the group median (Brown-Forsythe)';
COMMENT ON COLUMN @extschema@.levene_test_result.df1 IS
	'numerator degrees of freedom: k - 1';
COMMENT ON COLUMN @extschema@.levene_test_result.df2 IS
	'denominator degrees of freedom: n - k';
COMMENT ON COLUMN @extschema@.levene_test_result.p_value IS
	'upper-tail p-value of f on (df1, df2): small p means the variances differ (SPSS Sig. of Levene''s Test)';
COMMENT ON COLUMN @extschema@.levene_test_result.notes IS
	'warnings a statistician must see, such as why f is NULL (fewer than 2 groups, no spread of the deviations)';

COMMENT ON COLUMN @extschema@.mann_whitney_u_result.group1 IS
	'label of group 1, as text: the lower of the two labels in the label type''s sort order (text and varchar: the collation of the call, so write grp COLLATE "C" for an order that does not depend on the database; enum: declaration order)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.group2 IS
	'label of group 2, as text: the higher of the two labels';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.n1 IS
	'number of rows in group 1 that the test used';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.n2 IS
	'number of rows in group 2 that the test used';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.n_skipped IS
	'rows skipped because the value or the group label is NULL';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.mean_rank1 IS
	'mean of the mid-ranks of group 1 in the pooled sample (SPSS Mean Rank)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.mean_rank2 IS
	'mean of the mid-ranks of group 2 in the pooled sample';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.rank_sum1 IS
	'sum of the mid-ranks of group 1 (SPSS Sum of Ranks)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.rank_sum2 IS
	'sum of the mid-ranks of group 2';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.u IS
	'Mann-Whitney U of group 1: rank_sum1 - n1 (n1 + 1) / 2, the number of (group 1, group 2) pairs in which group 1 is larger, ties counting 1/2; R''s W from wilcox.test(group 1 values, group 2 values)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.u_min IS
	'min(U1, U2) with U2 = n1 n2 - u: the Mann-Whitney U that SPSS prints';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.z IS
	'normal score (u - n1 n2 / 2) / sigma, sigma corrected for ties, no continuity correction; positive when group 1 tends to be larger (SPSS prints -|z|)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.p_value IS
	'normal-approximation p-value of z without continuity correction, under the alternative argument: SPSS Asymp. Sig. (2-tailed); R wilcox.test(exact = FALSE, correct = FALSE)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.p_value_cc IS
	'normal-approximation p-value with R''s continuity correction: what R''s wilcox.test prints when it does not compute an exact p (ties present, or a group with 50 or more values)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.p_exact IS
	'exact permutation p-value conditional on the observed ties (two-sided: P(|W - E W| >= |w - E W|)): R wilcox.test''s default p when both groups have fewer than 50 values and there are no ties; coin wilcox_test(distribution = "exact") with ties; NULL with a note when too large to compute';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.effect_r IS
	'effect size r = z / sqrt(n1 + n2)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.rank_biserial IS
	'rank-biserial correlation 2 u / (n1 n2) - 1, between -1 and 1, with the sign of z';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.hodges_lehmann IS
	'Hodges-Lehmann estimate of the shift: the median of all n1 n2 differences group 1 value - group 2 value (R wilcox.test(conf.int = TRUE) difference in location)';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.ci_lower IS
	'lower end of the confidence interval of the shift (level conf_level, default 0.95), as R wilcox.test(conf.int = TRUE): exact order statistics where R uses its exact test, else from the continuity-corrected normal approximation; -Infinity for alternative ''less''';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.ci_upper IS
	'upper end of the confidence interval of the shift; Infinity for alternative ''greater''';
COMMENT ON COLUMN @extschema@.mann_whitney_u_result.notes IS
	'warnings a statistician must see: ties (R would not give an exact p), why a statistic is NULL (one group only, all values tied, exact p too large to compute)';

COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.n IS
	'number of pairs the test uses: non-NULL pairs whose difference d = x - y is not 0';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.n_zero IS
	'pairs with d = 0, dropped before ranking (Wilcoxon''s method, as R and SPSS)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.n_skipped IS
	'rows skipped because x or y is NULL';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.v IS
	'sum of the mid-ranks of |d| over the positive d: R''s V from wilcox.test(x, y, paired = TRUE)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.z IS
	'normal score (v - n (n + 1) / 4) / sigma, sigma corrected for ties, no continuity correction; positive when x tends to exceed y (SPSS prints -|z|)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.p_value IS
	'normal-approximation p-value of z without continuity correction, under the alternative argument: SPSS Asymp. Sig. (2-tailed)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.p_value_cc IS
	'normal-approximation p-value with R''s continuity correction: what R''s wilcox.test(x, y, paired = TRUE) prints when it does not compute an exact p (ties or zero differences present, or 50 or more pairs)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.p_exact IS
	'exact p-value of v conditional on the ties of |d| (coin wilcoxsign_test(distribution = "exact", zero.method = "Wilcoxon")): R''s default p when there are fewer than 50 pairs and no ties or zeros; NULL with a note when too large to compute';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.effect_r IS
	'effect size r = z / sqrt(n), n the pairs the test uses';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.hodges_lehmann IS
	'pseudomedian: the median of the Walsh averages (d_i + d_j) / 2, i <= j, of the non-zero differences (R wilcox.test(x, y, paired = TRUE, conf.int = TRUE) (pseudo)median)';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.ci_lower IS
	'lower end of the confidence interval of the pseudomedian (level conf_level, default 0.95), as R wilcox.test(conf.int = TRUE); -Infinity for alternative ''less''';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.ci_upper IS
	'upper end of the confidence interval of the pseudomedian; Infinity for alternative ''greater''';
COMMENT ON COLUMN @extschema@.wilcoxon_signed_rank_result.notes IS
	'warnings a statistician must see: zero differences dropped, ties, why a statistic is NULL';

COMMENT ON COLUMN @extschema@.chi_square_result.n IS
	'table total: rows with both labels non-NULL (counts form: the sum of the counts)';
COMMENT ON COLUMN @extschema@.chi_square_result.n_skipped IS
	'rows skipped because the row or the column label is NULL (0 for the counts form)';
COMMENT ON COLUMN @extschema@.chi_square_result.n_rows IS
	'number of non-empty rows of the table (empty rows of a counts matrix are dropped)';
COMMENT ON COLUMN @extschema@.chi_square_result.n_cols IS
	'number of non-empty columns of the table';
COMMENT ON COLUMN @extschema@.chi_square_result.df IS
	'degrees of freedom (n_rows - 1)(n_cols - 1)';
COMMENT ON COLUMN @extschema@.chi_square_result.chi2 IS
	'Pearson chi-square sum (O - E)^2 / E without continuity correction, E = row total x column total / n: SPSS Pearson Chi-Square; R chisq.test(correct = FALSE), which is also R''s default for tables larger than 2 x 2';
COMMENT ON COLUMN @extschema@.chi_square_result.p_value IS
	'upper-tail p-value of chi2 on df';
COMMENT ON COLUMN @extschema@.chi_square_result.chi2_yates IS
	'2 x 2 tables only: chi-square with Yates'' continuity correction, sum (|O - E| - Y)^2 / E with Y = min(0.5, min |O - E|): R chisq.test''s default for a 2 x 2 table; SPSS Continuity Correction';
COMMENT ON COLUMN @extschema@.chi_square_result.p_yates IS
	'upper-tail p-value of chi2_yates on 1 degree of freedom: the p-value R''s chisq.test prints by default for a 2 x 2 table';
COMMENT ON COLUMN @extschema@.chi_square_result.g2 IS
	'likelihood-ratio chi-square G^2 = 2 sum O ln(O / E) over cells with O > 0: SPSS Likelihood Ratio';
COMMENT ON COLUMN @extschema@.chi_square_result.p_lr IS
	'upper-tail p-value of g2 on df';
COMMENT ON COLUMN @extschema@.chi_square_result.p_fisher IS
	'Fisher''s exact test, two-sided: the probability, given the margins, of all tables no more likely than the observed one (R fisher.test''s rule, relative tolerance 1e-7); SPSS Fisher''s Exact Test Exact Sig. (2-sided); larger tables: NULL with a note beyond the work limit';
COMMENT ON COLUMN @extschema@.chi_square_result.min_expected IS
	'smallest expected count E (the figure of SPSS''s footnote on expected counts)';
COMMENT ON COLUMN @extschema@.chi_square_result.n_cells_below_5 IS
	'number of cells with an expected count below 5 (SPSS''s footnote)';
COMMENT ON COLUMN @extschema@.chi_square_result.phi IS
	'2 x 2 tables only: phi coefficient (ad - bc) / sqrt(r1 r2 c1 c2) with a, b the first row and c, d the second, signed as SPSS prints it';
COMMENT ON COLUMN @extschema@.chi_square_result.cramers_v IS
	'Cramer''s V = sqrt(chi2 / (n (min(n_rows, n_cols) - 1))), from 0 (independence) to 1';
COMMENT ON COLUMN @extschema@.chi_square_result.odds_ratio IS
	'2 x 2 tables only: sample odds ratio ad / bc (first row, first column over second), SPSS Risk Estimate; NULL with a note when a cell is 0';
COMMENT ON COLUMN @extschema@.chi_square_result.or_ci_lower IS
	'lower end of Woolf''s 95 % interval of odds_ratio: exp(ln OR - 1.96 sqrt(1/a + 1/b + 1/c + 1/d))';
COMMENT ON COLUMN @extschema@.chi_square_result.or_ci_upper IS
	'upper end of Woolf''s 95 % interval of odds_ratio';
COMMENT ON COLUMN @extschema@.chi_square_result.lbl IS
	'linear-by-linear association (n - 1) r^2, r the correlation of row and column scores (integer labels: the labels themselves; other label types: their rank in sort order; counts form: row and column numbers): SPSS Linear-by-Linear Association, a test for trend';
COMMENT ON COLUMN @extschema@.chi_square_result.p_lbl IS
	'upper-tail p-value of lbl on 1 degree of freedom';
COMMENT ON COLUMN @extschema@.chi_square_result.or_mle IS
	'2 x 2 tables only: conditional maximum-likelihood estimate of the odds ratio, the estimate R''s fisher.test prints';
COMMENT ON COLUMN @extschema@.chi_square_result.or_mle_ci_lower IS
	'lower end of the exact conditional 95 % interval of or_mle (R fisher.test confidence interval)';
COMMENT ON COLUMN @extschema@.chi_square_result.or_mle_ci_upper IS
	'upper end of the exact conditional 95 % interval of or_mle';
COMMENT ON COLUMN @extschema@.chi_square_result.row_labels IS
	'row labels as text, in the order of the table''s rows (the label type''s sort order); NULL for the counts form';
COMMENT ON COLUMN @extschema@.chi_square_result.col_labels IS
	'column labels as text, in the order of the table''s columns; NULL for the counts form';
COMMENT ON COLUMN @extschema@.chi_square_result.notes IS
	'warnings a statistician must see: expected counts below 5, empty rows or columns dropped, a zero cell, why a statistic is NULL';

COMMENT ON COLUMN @extschema@.ks_normality_result.n IS
	'number of non-NULL values tested';
COMMENT ON COLUMN @extschema@.ks_normality_result.n_skipped IS
	'rows skipped because the value is NULL';
COMMENT ON COLUMN @extschema@.ks_normality_result.mean IS
	'mean of the normal distribution tested against: the sample mean, or the mean argument (SPSS Normal Parameters Mean)';
COMMENT ON COLUMN @extschema@.ks_normality_result.sd IS
	'standard deviation of that normal: the sample SD (divisor n - 1), or the sd argument (SPSS Normal Parameters Std. Deviation)';
COMMENT ON COLUMN @extschema@.ks_normality_result.d IS
	'Kolmogorov-Smirnov statistic D = max(d_plus, d_minus), the largest distance between the empirical and the normal distribution function: R lillie.test / ks.test D; SPSS Most Extreme Differences Absolute';
COMMENT ON COLUMN @extschema@.ks_normality_result.d_plus IS
	'largest amount by which the empirical distribution function exceeds the normal one (SPSS Most Extreme Differences Positive)';
COMMENT ON COLUMN @extschema@.ks_normality_result.d_minus IS
	'largest amount by which the normal distribution function exceeds the empirical one (SPSS prints it negated, as Most Extreme Differences Negative)';
COMMENT ON COLUMN @extschema@.ks_normality_result.z IS
	'sqrt(n) D: SPSS Kolmogorov-Smirnov Z';
COMMENT ON COLUMN @extschema@.ks_normality_result.p_value IS
	'the p-value to use. Parameters estimated: Lilliefors p (Dallal-Wilkinson approximation, as nortest lillie.test; NULL for n < 5). Parameters given: R ks.test(x, "pnorm", mean, sd) p (exact for n < 100 without ties, else the Kolmogorov limit)';
COMMENT ON COLUMN @extschema@.ks_normality_result.p_kolmogorov IS
	'uncorrected asymptotic Kolmogorov p-value of z, which SPSS 21 NPAR TESTS /K-S(NORMAL) printed as Asymp. Sig. (2-tailed); too large when the parameters are estimated from the sample: report p_value';
COMMENT ON COLUMN @extschema@.ks_normality_result.notes IS
	'warnings a statistician must see: ties (the test assumes continuous data), n too small, constant data';

COMMENT ON COLUMN @extschema@.shapiro_wilk_result.n IS
	'number of non-NULL values tested';
COMMENT ON COLUMN @extschema@.shapiro_wilk_result.n_skipped IS
	'rows skipped because the value is NULL';
COMMENT ON COLUMN @extschema@.shapiro_wilk_result.w IS
	'Shapiro-Wilk W by Royston''s algorithm AS R94 (R shapiro.test W; SPSS Tests of Normality Shapiro-Wilk Statistic); NULL for n < 3 or constant data';
COMMENT ON COLUMN @extschema@.shapiro_wilk_result.p_value IS
	'p-value of W (R shapiro.test), for 3 <= n <= 5000; NULL with a note beyond: small p means the data are not normal';
COMMENT ON COLUMN @extschema@.shapiro_wilk_result.notes IS
	'warnings a statistician must see, such as why w or p_value is NULL';

COMMENT ON COLUMN @extschema@.sins_location_result.class IS
	'SINS location class of the level: junctional (occiput-C2, C7-T2, T11-L1, L5-S1), mobile (C3-C6, L2-L4), semi-rigid (T3-T10) or rigid (S2-S5)';
COMMENT ON COLUMN @extschema@.sins_location_result.points IS
	'SINS location points of the class: junctional 3, mobile 2, semi-rigid 1, rigid 0';

COMMENT ON COLUMN @extschema@.log_rank_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.log_rank_result.n IS
	'number of rows used';
COMMENT ON COLUMN @extschema@.log_rank_result.n_skipped IS
	'rows skipped because the time, the event flag or the group label is NULL';
COMMENT ON COLUMN @extschema@.log_rank_result.n_events IS
	'number of events (event = true) among the rows used';
COMMENT ON COLUMN @extschema@.log_rank_result.chi2 IS
	'log-rank chi-square over the groups with expected events (R survival::survdiff Chisq, rho = 0; SPSS Kaplan-Meier Log Rank (Mantel-Cox))';
COMMENT ON COLUMN @extschema@.log_rank_result.df IS
	'degrees of freedom: groups with expected events - 1';
COMMENT ON COLUMN @extschema@.log_rank_result.p_value IS
	'upper-tail p-value of chi2 on df: small p means the survival curves differ';
COMMENT ON COLUMN @extschema@.log_rank_result.notes IS
	'warnings a statistician must see: groups left out for having no expected events, why chi2 is NULL';

/*
 * mean_sd keeps exact sums in a state type of its own, mean_sd_state, so
 * that it prints the same for every plan: its float8[] functions and
 * aggregates are replaced.  (States stored by mean_sd_partial in 0.1 must
 * be recomputed.)
 */
DROP AGGREGATE @extschema@.mean_sd_merge(float8[]);
DROP AGGREGATE @extschema@.mean_sd_partial(float8);
DROP AGGREGATE @extschema@.mean_sd_partial(float8, integer);
DROP AGGREGATE @extschema@.mean_sd(float8);
DROP AGGREGATE @extschema@.mean_sd(float8, integer);
DROP FUNCTION @extschema@.mean_sd_final(float8[]);
DROP FUNCTION @extschema@.mean_sd_combine(float8[], float8[]);
DROP FUNCTION @extschema@.mean_sd_trans(float8[], float8);
DROP FUNCTION @extschema@.mean_sd_trans(float8[], float8, integer);

CREATE TYPE @extschema@.mean_sd_state;

CREATE FUNCTION @extschema@.mean_sd_state_in(cstring) RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_in(cstring) IS
	'text input of mean_sd_state (validated)';

CREATE FUNCTION @extschema@.mean_sd_state_out(@extschema@.mean_sd_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'mean_sd_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_out(@extschema@.mean_sd_state) IS
	'text output of mean_sd_state (exact round trip)';

CREATE FUNCTION @extschema@.mean_sd_state_recv(internal) RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_recv(internal) IS
	'binary input of mean_sd_state (validated)';

CREATE FUNCTION @extschema@.mean_sd_state_send(@extschema@.mean_sd_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'mean_sd_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_send(@extschema@.mean_sd_state) IS
	'binary output of mean_sd_state';

CREATE TYPE @extschema@.mean_sd_state (
	INPUT = @extschema@.mean_sd_state_in,
	OUTPUT = @extschema@.mean_sd_state_out,
	RECEIVE = @extschema@.mean_sd_state_recv,
	SEND = @extschema@.mean_sd_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.mean_sd_state IS
	'aggregate state of mean_sd (for mean_sd_partial and mean_sd_merge)';

CREATE FUNCTION @extschema@.mean_sd_combine(@extschema@.mean_sd_state, @extschema@.mean_sd_state)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_combine(@extschema@.mean_sd_state, @extschema@.mean_sd_state) IS
	'merges two mean_sd states (combine function of mean_sd)';

CREATE FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8, integer)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8, integer) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_final(@extschema@.mean_sd_state) RETURNS text
	AS 'MODULE_PATHNAME', 'mean_sd_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_final(@extschema@.mean_sd_state) IS
	'final function of mean_sd and mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8) IS
	'"mean ± SD" (sample SD, n - 1) with 1 decimal, e.g. 60.6 ± 9.7; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE AGGREGATE @extschema@.mean_sd(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8, integer) IS
	'"mean ± SD" (sample SD, n - 1) with the given decimals (0-10), rounded as C printf / R sprintf; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE AGGREGATE @extschema@.mean_sd_partial(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd_partial(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8, integer) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd_merge(@extschema@.mean_sd_state) (
	SFUNC = @extschema@.mean_sd_combine,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_merge(@extschema@.mean_sd_state) IS
	'mean_sd over states from mean_sd_partial';

/*
 * Survival curves, Cox regression, correlation tests, Table 1 rows:
 * km_curve, km_median, cox_ph (two forms), pearson_cor, spearman_cor,
 * kendall_tau, compare_groups, compare_proportions, their state types, the
 * integer (0/1) event overloads of km_survival and log_rank, and the new
 * fields of log_rank_result.  The statements are those of a fresh install.
 */

CREATE TYPE @extschema@.km_curve_state;
CREATE FUNCTION @extschema@.km_curve_state_in(cstring) RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_state_in(cstring) IS
	'text input of km_curve_state (validated)';

CREATE FUNCTION @extschema@.km_curve_state_out(@extschema@.km_curve_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'km_curve_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_state_out(@extschema@.km_curve_state) IS
	'text output of km_curve_state (exact round trip)';

CREATE FUNCTION @extschema@.km_curve_state_recv(internal) RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_state_recv(internal) IS
	'binary input of km_curve_state (validated)';

CREATE FUNCTION @extschema@.km_curve_state_send(@extschema@.km_curve_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'km_curve_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_state_send(@extschema@.km_curve_state) IS
	'binary output of km_curve_state';

CREATE TYPE @extschema@.km_curve_state (
	INPUT = @extschema@.km_curve_state_in,
	OUTPUT = @extschema@.km_curve_state_out,
	RECEIVE = @extschema@.km_curve_state_recv,
	SEND = @extschema@.km_curve_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.km_curve_state IS
	'aggregate state of km_curve (for km_curve_partial and km_curve_merge)';

CREATE FUNCTION @extschema@.km_curve_combine(@extschema@.km_curve_state, @extschema@.km_curve_state)
	RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_combine(@extschema@.km_curve_state, @extschema@.km_curve_state) IS
	'merges two km_curve states (combine function of km_curve)';

CREATE TYPE @extschema@.km_median_state;
CREATE FUNCTION @extschema@.km_median_state_in(cstring) RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_state_in(cstring) IS
	'text input of km_median_state (validated)';

CREATE FUNCTION @extschema@.km_median_state_out(@extschema@.km_median_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'km_median_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_state_out(@extschema@.km_median_state) IS
	'text output of km_median_state (exact round trip)';

CREATE FUNCTION @extschema@.km_median_state_recv(internal) RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_state_recv(internal) IS
	'binary input of km_median_state (validated)';

CREATE FUNCTION @extschema@.km_median_state_send(@extschema@.km_median_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'km_median_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_state_send(@extschema@.km_median_state) IS
	'binary output of km_median_state';

CREATE TYPE @extschema@.km_median_state (
	INPUT = @extschema@.km_median_state_in,
	OUTPUT = @extschema@.km_median_state_out,
	RECEIVE = @extschema@.km_median_state_recv,
	SEND = @extschema@.km_median_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.km_median_state IS
	'aggregate state of km_median (for km_median_partial and km_median_merge)';

CREATE FUNCTION @extschema@.km_median_combine(@extschema@.km_median_state, @extschema@.km_median_state)
	RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_combine(@extschema@.km_median_state, @extschema@.km_median_state) IS
	'merges two km_median states (combine function of km_median)';

CREATE TYPE @extschema@.cox_ph_state;
CREATE FUNCTION @extschema@.cox_ph_state_in(cstring) RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_state_in(cstring) IS
	'text input of cox_ph_state (validated)';

CREATE FUNCTION @extschema@.cox_ph_state_out(@extschema@.cox_ph_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'cox_ph_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_state_out(@extschema@.cox_ph_state) IS
	'text output of cox_ph_state (exact round trip)';

CREATE FUNCTION @extschema@.cox_ph_state_recv(internal) RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_state_recv(internal) IS
	'binary input of cox_ph_state (validated)';

CREATE FUNCTION @extschema@.cox_ph_state_send(@extschema@.cox_ph_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cox_ph_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_state_send(@extschema@.cox_ph_state) IS
	'binary output of cox_ph_state';

CREATE TYPE @extschema@.cox_ph_state (
	INPUT = @extschema@.cox_ph_state_in,
	OUTPUT = @extschema@.cox_ph_state_out,
	RECEIVE = @extschema@.cox_ph_state_recv,
	SEND = @extschema@.cox_ph_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.cox_ph_state IS
	'aggregate state of cox_ph (for cox_ph_partial and cox_ph_merge)';

CREATE FUNCTION @extschema@.cox_ph_combine(@extschema@.cox_ph_state, @extschema@.cox_ph_state)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_combine(@extschema@.cox_ph_state, @extschema@.cox_ph_state) IS
	'merges two cox_ph states (combine function of cox_ph)';

CREATE TYPE @extschema@.pearson_cor_state;
CREATE FUNCTION @extschema@.pearson_cor_state_in(cstring) RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_state_in(cstring) IS
	'text input of pearson_cor_state (validated)';

CREATE FUNCTION @extschema@.pearson_cor_state_out(@extschema@.pearson_cor_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'pearson_cor_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_state_out(@extschema@.pearson_cor_state) IS
	'text output of pearson_cor_state (exact round trip)';

CREATE FUNCTION @extschema@.pearson_cor_state_recv(internal) RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_state_recv(internal) IS
	'binary input of pearson_cor_state (validated)';

CREATE FUNCTION @extschema@.pearson_cor_state_send(@extschema@.pearson_cor_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'pearson_cor_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_state_send(@extschema@.pearson_cor_state) IS
	'binary output of pearson_cor_state';

CREATE TYPE @extschema@.pearson_cor_state (
	INPUT = @extschema@.pearson_cor_state_in,
	OUTPUT = @extschema@.pearson_cor_state_out,
	RECEIVE = @extschema@.pearson_cor_state_recv,
	SEND = @extschema@.pearson_cor_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.pearson_cor_state IS
	'aggregate state of pearson_cor (for pearson_cor_partial and pearson_cor_merge)';

CREATE FUNCTION @extschema@.pearson_cor_combine(@extschema@.pearson_cor_state, @extschema@.pearson_cor_state)
	RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_combine(@extschema@.pearson_cor_state, @extschema@.pearson_cor_state) IS
	'merges two pearson_cor states (combine function of pearson_cor)';

CREATE TYPE @extschema@.spearman_cor_state;
CREATE FUNCTION @extschema@.spearman_cor_state_in(cstring) RETURNS @extschema@.spearman_cor_state
	AS 'MODULE_PATHNAME', 'spearman_cor_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_state_in(cstring) IS
	'text input of spearman_cor_state (validated)';

CREATE FUNCTION @extschema@.spearman_cor_state_out(@extschema@.spearman_cor_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'spearman_cor_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_state_out(@extschema@.spearman_cor_state) IS
	'text output of spearman_cor_state (exact round trip)';

CREATE FUNCTION @extschema@.spearman_cor_state_recv(internal) RETURNS @extschema@.spearman_cor_state
	AS 'MODULE_PATHNAME', 'spearman_cor_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_state_recv(internal) IS
	'binary input of spearman_cor_state (validated)';

CREATE FUNCTION @extschema@.spearman_cor_state_send(@extschema@.spearman_cor_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'spearman_cor_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_state_send(@extschema@.spearman_cor_state) IS
	'binary output of spearman_cor_state';

CREATE TYPE @extschema@.spearman_cor_state (
	INPUT = @extschema@.spearman_cor_state_in,
	OUTPUT = @extschema@.spearman_cor_state_out,
	RECEIVE = @extschema@.spearman_cor_state_recv,
	SEND = @extschema@.spearman_cor_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.spearman_cor_state IS
	'aggregate state of spearman_cor (for spearman_cor_partial and spearman_cor_merge)';

CREATE FUNCTION @extschema@.spearman_cor_combine(@extschema@.spearman_cor_state, @extschema@.spearman_cor_state)
	RETURNS @extschema@.spearman_cor_state
	AS 'MODULE_PATHNAME', 'spearman_cor_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_combine(@extschema@.spearman_cor_state, @extschema@.spearman_cor_state) IS
	'merges two spearman_cor states (combine function of spearman_cor)';

CREATE TYPE @extschema@.kendall_tau_state;
CREATE FUNCTION @extschema@.kendall_tau_state_in(cstring) RETURNS @extschema@.kendall_tau_state
	AS 'MODULE_PATHNAME', 'kendall_tau_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_state_in(cstring) IS
	'text input of kendall_tau_state (validated)';

CREATE FUNCTION @extschema@.kendall_tau_state_out(@extschema@.kendall_tau_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'kendall_tau_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_state_out(@extschema@.kendall_tau_state) IS
	'text output of kendall_tau_state (exact round trip)';

CREATE FUNCTION @extschema@.kendall_tau_state_recv(internal) RETURNS @extschema@.kendall_tau_state
	AS 'MODULE_PATHNAME', 'kendall_tau_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_state_recv(internal) IS
	'binary input of kendall_tau_state (validated)';

CREATE FUNCTION @extschema@.kendall_tau_state_send(@extschema@.kendall_tau_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'kendall_tau_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_state_send(@extschema@.kendall_tau_state) IS
	'binary output of kendall_tau_state';

CREATE TYPE @extschema@.kendall_tau_state (
	INPUT = @extschema@.kendall_tau_state_in,
	OUTPUT = @extschema@.kendall_tau_state_out,
	RECEIVE = @extschema@.kendall_tau_state_recv,
	SEND = @extschema@.kendall_tau_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.kendall_tau_state IS
	'aggregate state of kendall_tau (for kendall_tau_partial and kendall_tau_merge)';

CREATE FUNCTION @extschema@.kendall_tau_combine(@extschema@.kendall_tau_state, @extschema@.kendall_tau_state)
	RETURNS @extschema@.kendall_tau_state
	AS 'MODULE_PATHNAME', 'kendall_tau_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_combine(@extschema@.kendall_tau_state, @extschema@.kendall_tau_state) IS
	'merges two kendall_tau states (combine function of kendall_tau)';

CREATE TYPE @extschema@.compare_groups_state;
CREATE FUNCTION @extschema@.compare_groups_state_in(cstring) RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_state_in(cstring) IS
	'text input of compare_groups_state (validated)';

CREATE FUNCTION @extschema@.compare_groups_state_out(@extschema@.compare_groups_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'compare_groups_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_state_out(@extschema@.compare_groups_state) IS
	'text output of compare_groups_state (exact round trip)';

CREATE FUNCTION @extschema@.compare_groups_state_recv(internal) RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_state_recv(internal) IS
	'binary input of compare_groups_state (validated)';

CREATE FUNCTION @extschema@.compare_groups_state_send(@extschema@.compare_groups_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'compare_groups_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_state_send(@extschema@.compare_groups_state) IS
	'binary output of compare_groups_state';

CREATE TYPE @extschema@.compare_groups_state (
	INPUT = @extschema@.compare_groups_state_in,
	OUTPUT = @extschema@.compare_groups_state_out,
	RECEIVE = @extschema@.compare_groups_state_recv,
	SEND = @extschema@.compare_groups_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.compare_groups_state IS
	'aggregate state of compare_groups (for compare_groups_partial and compare_groups_merge)';

CREATE FUNCTION @extschema@.compare_groups_combine(@extschema@.compare_groups_state, @extschema@.compare_groups_state)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_combine(@extschema@.compare_groups_state, @extschema@.compare_groups_state) IS
	'merges two compare_groups states (combine function of compare_groups)';

CREATE TYPE @extschema@.cox_ph_multi_state;
CREATE FUNCTION @extschema@.cox_ph_multi_state_in(cstring) RETURNS @extschema@.cox_ph_multi_state
	AS 'MODULE_PATHNAME', 'cox_ph_multi_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_multi_state_in(cstring) IS
	'text input of cox_ph_multi_state (validated)';

CREATE FUNCTION @extschema@.cox_ph_multi_state_out(@extschema@.cox_ph_multi_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'cox_ph_multi_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_multi_state_out(@extschema@.cox_ph_multi_state) IS
	'text output of cox_ph_multi_state (exact round trip)';

CREATE FUNCTION @extschema@.cox_ph_multi_state_recv(internal) RETURNS @extschema@.cox_ph_multi_state
	AS 'MODULE_PATHNAME', 'cox_ph_multi_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_multi_state_recv(internal) IS
	'binary input of cox_ph_multi_state (validated)';

CREATE FUNCTION @extschema@.cox_ph_multi_state_send(@extschema@.cox_ph_multi_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cox_ph_multi_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_multi_state_send(@extschema@.cox_ph_multi_state) IS
	'binary output of cox_ph_multi_state';

CREATE TYPE @extschema@.cox_ph_multi_state (
	INPUT = @extschema@.cox_ph_multi_state_in,
	OUTPUT = @extschema@.cox_ph_multi_state_out,
	RECEIVE = @extschema@.cox_ph_multi_state_recv,
	SEND = @extschema@.cox_ph_multi_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.cox_ph_multi_state IS
	'aggregate state of cox_ph_multi (for cox_ph_multi_partial and cox_ph_multi_merge)';

CREATE FUNCTION @extschema@.cox_ph_multi_combine(@extschema@.cox_ph_multi_state, @extschema@.cox_ph_multi_state)
	RETURNS @extschema@.cox_ph_multi_state
	AS 'MODULE_PATHNAME', 'cox_ph_multi_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_multi_combine(@extschema@.cox_ph_multi_state, @extschema@.cox_ph_multi_state) IS
	'merges two cox_ph_multi states (combine function of cox_ph_multi)';

CREATE TYPE @extschema@.compare_proportions_state;
CREATE FUNCTION @extschema@.compare_proportions_state_in(cstring) RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'compare_proportions_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_state_in(cstring) IS
	'text input of compare_proportions_state (validated)';

CREATE FUNCTION @extschema@.compare_proportions_state_out(@extschema@.compare_proportions_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'compare_proportions_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_state_out(@extschema@.compare_proportions_state) IS
	'text output of compare_proportions_state (exact round trip)';

CREATE FUNCTION @extschema@.compare_proportions_state_recv(internal) RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'compare_proportions_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_state_recv(internal) IS
	'binary input of compare_proportions_state (validated)';

CREATE FUNCTION @extschema@.compare_proportions_state_send(@extschema@.compare_proportions_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'compare_proportions_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_state_send(@extschema@.compare_proportions_state) IS
	'binary output of compare_proportions_state';

CREATE TYPE @extschema@.compare_proportions_state (
	INPUT = @extschema@.compare_proportions_state_in,
	OUTPUT = @extschema@.compare_proportions_state_out,
	RECEIVE = @extschema@.compare_proportions_state_recv,
	SEND = @extschema@.compare_proportions_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.compare_proportions_state IS
	'aggregate state of compare_proportions (for compare_proportions_partial and compare_proportions_merge)';

CREATE FUNCTION @extschema@.compare_proportions_combine(@extschema@.compare_proportions_state, @extschema@.compare_proportions_state)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'compare_proportions_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_combine(@extschema@.compare_proportions_state, @extschema@.compare_proportions_state) IS
	'merges two compare_proportions states (combine function of compare_proportions)';

CREATE FUNCTION @extschema@.km_survival_trans(@extschema@.km_survival_state, float8, integer, float8)
	RETURNS @extschema@.km_survival_state
	AS 'MODULE_PATHNAME', 'km_survival_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_trans(@extschema@.km_survival_state, float8, integer, float8) IS
	'transition function of km_survival (integer event 0/1)';

CREATE AGGREGATE @extschema@.km_survival(float8, integer, float8) (
	SFUNC = @extschema@.km_survival_trans,
	STYPE = @extschema@.km_survival_state,
	FINALFUNC = @extschema@.km_survival_final,
	COMBINEFUNC = @extschema@.km_survival_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_survival(float8, integer, float8) IS
	'Kaplan-Meier product-limit estimate S(at) (time, event 1/0, at); at must be the same in every row; NULL beyond the largest observed time unless S has reached 0';

CREATE AGGREGATE @extschema@.km_survival_partial(float8, integer, float8) (
	SFUNC = @extschema@.km_survival_trans,
	STYPE = @extschema@.km_survival_state,
	COMBINEFUNC = @extschema@.km_survival_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_survival_partial(float8, integer, float8) IS
	'state of km_survival, to be combined by km_survival_merge';

-- log_rank_result gains groups, observed, expected before notes (as a
-- fresh install has them): notes is dropped and added back last
ALTER TYPE @extschema@.log_rank_result
	DROP ATTRIBUTE notes,
	ADD ATTRIBUTE groups text[],
	ADD ATTRIBUTE observed float8[],
	ADD ATTRIBUTE expected float8[],
	ADD ATTRIBUTE notes text[];
COMMENT ON COLUMN @extschema@.log_rank_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.log_rank_result.n IS
	'number of rows used';
COMMENT ON COLUMN @extschema@.log_rank_result.n_skipped IS
	'rows skipped because the time, the event flag or the group label is NULL';
COMMENT ON COLUMN @extschema@.log_rank_result.n_events IS
	'number of events (event true or 1) among the rows used';
COMMENT ON COLUMN @extschema@.log_rank_result.chi2 IS
	'log-rank chi-square over the groups with expected events (R survival::survdiff Chisq, rho = 0; SPSS Kaplan-Meier Log Rank (Mantel-Cox))';
COMMENT ON COLUMN @extschema@.log_rank_result.df IS
	'degrees of freedom: groups with expected events - 1';
COMMENT ON COLUMN @extschema@.log_rank_result.p_value IS
	'upper-tail p-value of chi2 on df: small p means the survival curves differ';
COMMENT ON COLUMN @extschema@.log_rank_result.groups IS
	'group labels in sort order (group 1 first)';
COMMENT ON COLUMN @extschema@.log_rank_result.observed IS
	'observed events per group, in the order of groups (R survdiff Observed)';
COMMENT ON COLUMN @extschema@.log_rank_result.expected IS
	'expected events per group if survival were the same in every group, in the order of groups (R survdiff Expected)';
COMMENT ON COLUMN @extschema@.log_rank_result.notes IS
	'warnings a statistician must see: groups left out for having no expected events, why chi2 is NULL';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, text)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, text) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, text) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, text) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, text) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, text) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, boolean)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, boolean) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, boolean) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, boolean) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, boolean) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, boolean) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, smallint)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, smallint) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, smallint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, smallint) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, smallint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, smallint) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, integer)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, integer) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, integer) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, integer) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, integer) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, integer) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, bigint)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, bigint) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, bigint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, bigint) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, bigint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, bigint) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, anyelement)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_int_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, integer, anyelement) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, integer, anyelement) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, integer, anyelement) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, integer, anyelement) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, integer, anyelement) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE TYPE @extschema@.km_step AS (
	time float8,
	n_risk bigint,
	n_event bigint,
	n_censor bigint,
	survival float8,
	std_err float8,
	ci_lower float8,
	ci_upper float8
);
COMMENT ON TYPE @extschema@.km_step IS
	'one step of a Kaplan-Meier curve (element of km_curve''s result), as a row of R summary(survfit(...), censor = TRUE)';

COMMENT ON COLUMN @extschema@.km_step.time IS 'a distinct time with an event or a censoring';

COMMENT ON COLUMN @extschema@.km_step.n_risk IS 'subjects at risk: time >= this time';

COMMENT ON COLUMN @extschema@.km_step.n_event IS 'events at this time';

COMMENT ON COLUMN @extschema@.km_step.n_censor IS 'censorings at this time';

COMMENT ON COLUMN @extschema@.km_step.survival IS 'Kaplan-Meier (product-limit) survival S(time)';

COMMENT ON COLUMN @extschema@.km_step.std_err IS 'Greenwood standard error of S (NULL once S is 0)';

COMMENT ON COLUMN @extschema@.km_step.ci_lower IS 'lower end of the log confidence interval, exp(log S - z se), as R survfit''s default (NULL once S is 0)';

COMMENT ON COLUMN @extschema@.km_step.ci_upper IS 'upper end of the log confidence interval, capped at 1 (NULL once S is 0)';

CREATE TYPE @extschema@.km_median_result AS (
	n bigint,
	n_events bigint,
	n_skipped bigint,
	median float8,
	ci_lower float8,
	ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.km_median_result IS
	'result of km_median: median survival and its confidence interval, as R prints a survfit';

COMMENT ON COLUMN @extschema@.km_median_result.n IS 'rows with a time and an event flag';

COMMENT ON COLUMN @extschema@.km_median_result.n_events IS 'number of events';

COMMENT ON COLUMN @extschema@.km_median_result.n_skipped IS 'rows skipped because the time or event was NULL';

COMMENT ON COLUMN @extschema@.km_median_result.median IS 'first time at which S is at or below 0.5 (midpoint to the next drop when S stays exactly 0.5); NULL if not reached';

COMMENT ON COLUMN @extschema@.km_median_result.ci_lower IS 'first time at which the lower confidence band is at or below 0.5';

COMMENT ON COLUMN @extschema@.km_median_result.ci_upper IS 'first time at which the upper confidence band is at or below 0.5; NULL if not reached';

COMMENT ON COLUMN @extschema@.km_median_result.notes IS 'warnings: median or upper limit not reached, no usable rows';

CREATE FUNCTION @extschema@.km_curve_final(@extschema@.km_curve_state)
	RETURNS @extschema@.km_step[]
	AS 'MODULE_PATHNAME', 'km_curve_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_final(@extschema@.km_curve_state) IS
	'final function of km_curve and km_curve_merge';

CREATE FUNCTION @extschema@.km_median_final(@extschema@.km_median_state)
	RETURNS @extschema@.km_median_result
	AS 'MODULE_PATHNAME', 'km_median_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_final(@extschema@.km_median_state) IS
	'final function of km_median and km_median_merge';

CREATE FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, boolean)
	RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, boolean) IS
	'transition function of km_curve';

CREATE AGGREGATE @extschema@.km_curve(float8, boolean) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	FINALFUNC = @extschema@.km_curve_final,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve(float8, boolean) IS
	'Kaplan-Meier curve (time, event [, conf_level]) as km_step[], one step per distinct time, with Greenwood standard errors and log confidence intervals, as R summary(survfit(...), censor = TRUE)';

CREATE AGGREGATE @extschema@.km_curve_partial(float8, boolean) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve_partial(float8, boolean) IS
	'state of km_curve, to be combined by km_curve_merge';

CREATE FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, boolean)
	RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, boolean) IS
	'transition function of km_median';

CREATE AGGREGATE @extschema@.km_median(float8, boolean) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	FINALFUNC = @extschema@.km_median_final,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median(float8, boolean) IS
	'median survival time (time, event [, conf_level]) with its confidence interval, as R prints survfit';

CREATE AGGREGATE @extschema@.km_median_partial(float8, boolean) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median_partial(float8, boolean) IS
	'state of km_median, to be combined by km_median_merge';

CREATE FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, boolean, float8)
	RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, boolean, float8) IS
	'transition function of km_curve';

CREATE AGGREGATE @extschema@.km_curve(float8, boolean, float8) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	FINALFUNC = @extschema@.km_curve_final,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve(float8, boolean, float8) IS
	'Kaplan-Meier curve (time, event [, conf_level]) as km_step[], one step per distinct time, with Greenwood standard errors and log confidence intervals, as R summary(survfit(...), censor = TRUE)';

CREATE AGGREGATE @extschema@.km_curve_partial(float8, boolean, float8) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve_partial(float8, boolean, float8) IS
	'state of km_curve, to be combined by km_curve_merge';

CREATE FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, boolean, float8)
	RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, boolean, float8) IS
	'transition function of km_median';

CREATE AGGREGATE @extschema@.km_median(float8, boolean, float8) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	FINALFUNC = @extschema@.km_median_final,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median(float8, boolean, float8) IS
	'median survival time (time, event [, conf_level]) with its confidence interval, as R prints survfit';

CREATE AGGREGATE @extschema@.km_median_partial(float8, boolean, float8) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median_partial(float8, boolean, float8) IS
	'state of km_median, to be combined by km_median_merge';

CREATE FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, integer)
	RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, integer) IS
	'transition function of km_curve';

CREATE AGGREGATE @extschema@.km_curve(float8, integer) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	FINALFUNC = @extschema@.km_curve_final,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve(float8, integer) IS
	'Kaplan-Meier curve (time, event [, conf_level]) as km_step[], one step per distinct time, with Greenwood standard errors and log confidence intervals, as R summary(survfit(...), censor = TRUE)';

CREATE AGGREGATE @extschema@.km_curve_partial(float8, integer) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve_partial(float8, integer) IS
	'state of km_curve, to be combined by km_curve_merge';

CREATE FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, integer)
	RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, integer) IS
	'transition function of km_median';

CREATE AGGREGATE @extschema@.km_median(float8, integer) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	FINALFUNC = @extschema@.km_median_final,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median(float8, integer) IS
	'median survival time (time, event [, conf_level]) with its confidence interval, as R prints survfit';

CREATE AGGREGATE @extschema@.km_median_partial(float8, integer) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median_partial(float8, integer) IS
	'state of km_median, to be combined by km_median_merge';

CREATE FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, integer, float8)
	RETURNS @extschema@.km_curve_state
	AS 'MODULE_PATHNAME', 'km_curve_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_curve_trans(@extschema@.km_curve_state, float8, integer, float8) IS
	'transition function of km_curve';

CREATE AGGREGATE @extschema@.km_curve(float8, integer, float8) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	FINALFUNC = @extschema@.km_curve_final,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve(float8, integer, float8) IS
	'Kaplan-Meier curve (time, event [, conf_level]) as km_step[], one step per distinct time, with Greenwood standard errors and log confidence intervals, as R summary(survfit(...), censor = TRUE)';

CREATE AGGREGATE @extschema@.km_curve_partial(float8, integer, float8) (
	SFUNC = @extschema@.km_curve_trans,
	STYPE = @extschema@.km_curve_state,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve_partial(float8, integer, float8) IS
	'state of km_curve, to be combined by km_curve_merge';

CREATE FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, integer, float8)
	RETURNS @extschema@.km_median_state
	AS 'MODULE_PATHNAME', 'km_median_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median_trans(@extschema@.km_median_state, float8, integer, float8) IS
	'transition function of km_median';

CREATE AGGREGATE @extschema@.km_median(float8, integer, float8) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	FINALFUNC = @extschema@.km_median_final,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median(float8, integer, float8) IS
	'median survival time (time, event [, conf_level]) with its confidence interval, as R prints survfit';

CREATE AGGREGATE @extschema@.km_median_partial(float8, integer, float8) (
	SFUNC = @extschema@.km_median_trans,
	STYPE = @extschema@.km_median_state,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median_partial(float8, integer, float8) IS
	'state of km_median, to be combined by km_median_merge';

CREATE AGGREGATE @extschema@.km_curve_merge(@extschema@.km_curve_state) (
	SFUNC = @extschema@.km_curve_combine,
	STYPE = @extschema@.km_curve_state,
	FINALFUNC = @extschema@.km_curve_final,
	COMBINEFUNC = @extschema@.km_curve_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_curve_merge(@extschema@.km_curve_state) IS
	'km_curve over states from km_curve_partial';

CREATE AGGREGATE @extschema@.km_median_merge(@extschema@.km_median_state) (
	SFUNC = @extschema@.km_median_combine,
	STYPE = @extschema@.km_median_state,
	FINALFUNC = @extschema@.km_median_final,
	COMBINEFUNC = @extschema@.km_median_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_median_merge(@extschema@.km_median_state) IS
	'km_median over states from km_median_partial';
CREATE TYPE @extschema@.cox_ph_result AS (
	n bigint,
	n_events bigint,
	n_skipped bigint,
	group1 text,
	group2 text,
	n1 bigint,
	n2 bigint,
	coef float8,
	se float8,
	hazard_ratio float8,
	ci_lower float8,
	ci_upper float8,
	z float8,
	p_wald float8,
	chi2_lr float8,
	p_lr float8,
	chi2_score float8,
	p_score float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.cox_ph_result IS
	'result of cox_ph(time, event, grp): hazard ratio of group 2 against group 1, as R summary(coxph(...))';

COMMENT ON COLUMN @extschema@.cox_ph_result.n IS 'rows with a time, an event flag and a group';

COMMENT ON COLUMN @extschema@.cox_ph_result.n_events IS 'number of events';

COMMENT ON COLUMN @extschema@.cox_ph_result.n_skipped IS 'rows skipped because the time, event or group was NULL';

COMMENT ON COLUMN @extschema@.cox_ph_result.group1 IS 'the lower group label (reference group)';

COMMENT ON COLUMN @extschema@.cox_ph_result.group2 IS 'the higher group label';

COMMENT ON COLUMN @extschema@.cox_ph_result.n1 IS 'rows of group 1';

COMMENT ON COLUMN @extschema@.cox_ph_result.n2 IS 'rows of group 2';

COMMENT ON COLUMN @extschema@.cox_ph_result.coef IS 'log hazard ratio of group 2 against group 1 (Efron ties)';

COMMENT ON COLUMN @extschema@.cox_ph_result.se IS 'standard error of coef (inverse information)';

COMMENT ON COLUMN @extschema@.cox_ph_result.hazard_ratio IS 'exp(coef)';

COMMENT ON COLUMN @extschema@.cox_ph_result.ci_lower IS 'lower end of the 95 % interval of the hazard ratio, exp(coef - 1.96 se)';

COMMENT ON COLUMN @extschema@.cox_ph_result.ci_upper IS 'upper end of the 95 % interval of the hazard ratio, exp(coef + 1.96 se)';

COMMENT ON COLUMN @extschema@.cox_ph_result.z IS 'Wald statistic coef / se';

COMMENT ON COLUMN @extschema@.cox_ph_result.p_wald IS 'two-sided p of the Wald test';

COMMENT ON COLUMN @extschema@.cox_ph_result.chi2_lr IS 'likelihood-ratio chi-square, 2 (l(coef) - l(0)), 1 df';

COMMENT ON COLUMN @extschema@.cox_ph_result.p_lr IS 'p of the likelihood-ratio test';

COMMENT ON COLUMN @extschema@.cox_ph_result.chi2_score IS 'score (log-rank) chi-square at coef = 0, 1 df';

COMMENT ON COLUMN @extschema@.cox_ph_result.p_score IS 'p of the score test';

COMMENT ON COLUMN @extschema@.cox_ph_result.notes IS 'warnings: no convergence, coefficient may be infinite, too little data';

CREATE TYPE @extschema@.cox_ph_multi_result AS (
	n bigint,
	n_events bigint,
	n_skipped bigint,
	coef float8[],
	se float8[],
	hazard_ratio float8[],
	ci_lower float8[],
	ci_upper float8[],
	z float8[],
	p_value float8[],
	chi2_lr float8,
	df float8,
	p_lr float8,
	chi2_wald float8,
	p_wald float8,
	chi2_score float8,
	p_score float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.cox_ph_multi_result IS
	'result of cox_ph(time, event, covariates float8[]): one array element per covariate, as R summary(coxph(...))';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.n IS 'rows with a time, an event flag and every covariate';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.n_events IS 'number of events';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.n_skipped IS 'rows skipped because the time, event, covariates array or a covariate was NULL';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.coef IS 'log hazard ratio per unit of each covariate (NULL element: aliased covariate)';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.se IS 'standard errors of coef';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.hazard_ratio IS 'exp(coef)';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.ci_lower IS 'lower ends of the 95 % intervals of the hazard ratios';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.ci_upper IS 'upper ends of the 95 % intervals of the hazard ratios';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.z IS 'Wald statistics coef / se';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.p_value IS 'two-sided p of each Wald z';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.chi2_lr IS 'likelihood-ratio chi-square of the model against no covariates';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.df IS 'degrees of freedom: non-aliased coefficients';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.p_lr IS 'p of the likelihood-ratio test';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.chi2_wald IS 'Wald chi-square of all coefficients';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.p_wald IS 'p of the Wald test';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.chi2_score IS 'score (log-rank) chi-square at 0';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.p_score IS 'p of the score test';

COMMENT ON COLUMN @extschema@.cox_ph_multi_result.notes IS 'warnings: no convergence, coefficients that may be infinite, aliased covariates, too little data';

CREATE FUNCTION @extschema@.cox_ph_final(@extschema@.cox_ph_state)
	RETURNS @extschema@.cox_ph_result
	AS 'MODULE_PATHNAME', 'cox_ph_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_final(@extschema@.cox_ph_state) IS
	'final function of cox_ph(time, event, grp) and its cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_final(@extschema@.cox_ph_multi_state)
	RETURNS @extschema@.cox_ph_multi_result
	AS 'MODULE_PATHNAME', 'cox_ph_multi_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_final(@extschema@.cox_ph_multi_state) IS
	'final function of cox_ph(time, event, covariates) and its cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, text)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, text) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, text) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, text) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, text) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, text) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, boolean)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, boolean) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, boolean) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, boolean) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, boolean) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, boolean) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, smallint)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, smallint) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, smallint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, smallint) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, smallint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, smallint) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, integer)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, integer) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, integer) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, integer) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, integer) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, integer) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, bigint)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, bigint) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, bigint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, bigint) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, bigint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, bigint) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, anyelement)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, boolean, anyelement) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, anyelement) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, anyelement) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, anyelement) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, anyelement) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_multi_state, float8, boolean, float8[])
	RETURNS @extschema@.cox_ph_multi_state
	AS 'MODULE_PATHNAME', 'cox_ph_multi_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_multi_state, float8, boolean, float8[]) IS
	'transition function of cox_ph (covariates)';

CREATE AGGREGATE @extschema@.cox_ph(float8, boolean, float8[]) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_multi_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_multi_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, boolean, float8[]) IS
	'Cox proportional-hazards regression on several covariates (time, event, covariates float8[]): coefficients, hazard ratios with intervals, Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, boolean, float8[]) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_multi_state,
	COMBINEFUNC = @extschema@.cox_ph_multi_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, boolean, float8[]) IS
	'state of cox_ph (covariates), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, text)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, text) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, text) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, text) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, text) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, text) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, boolean)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, boolean) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, boolean) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, boolean) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, boolean) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, boolean) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, smallint)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, smallint) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, smallint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, smallint) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, smallint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, smallint) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, integer)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, integer) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, integer) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, integer) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, integer) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, integer) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, bigint)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, bigint) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, bigint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, bigint) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, bigint) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, bigint) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, anyelement)
	RETURNS @extschema@.cox_ph_state
	AS 'MODULE_PATHNAME', 'cox_ph_int_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_state, float8, integer, anyelement) IS
	'transition function of cox_ph (two groups)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, anyelement) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, anyelement) IS
	'Cox proportional-hazards model of two groups (time, event, group): hazard ratio of group 2 against group 1 with Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, anyelement) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_state,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, anyelement) IS
	'state of cox_ph (two groups), to be combined by cox_ph_merge';

CREATE FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_multi_state, float8, integer, float8[])
	RETURNS @extschema@.cox_ph_multi_state
	AS 'MODULE_PATHNAME', 'cox_ph_multi_int_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cox_ph_trans(@extschema@.cox_ph_multi_state, float8, integer, float8[]) IS
	'transition function of cox_ph (covariates)';

CREATE AGGREGATE @extschema@.cox_ph(float8, integer, float8[]) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_multi_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_multi_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph(float8, integer, float8[]) IS
	'Cox proportional-hazards regression on several covariates (time, event, covariates float8[]): coefficients, hazard ratios with intervals, Wald, likelihood-ratio and score tests, Efron ties, as R coxph';

CREATE AGGREGATE @extschema@.cox_ph_partial(float8, integer, float8[]) (
	SFUNC = @extschema@.cox_ph_trans,
	STYPE = @extschema@.cox_ph_multi_state,
	COMBINEFUNC = @extschema@.cox_ph_multi_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_partial(float8, integer, float8[]) IS
	'state of cox_ph (covariates), to be combined by cox_ph_merge';

CREATE AGGREGATE @extschema@.cox_ph_merge(@extschema@.cox_ph_state) (
	SFUNC = @extschema@.cox_ph_combine,
	STYPE = @extschema@.cox_ph_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_merge(@extschema@.cox_ph_state) IS
	'cox_ph (two groups) over states from cox_ph_partial';

CREATE AGGREGATE @extschema@.cox_ph_merge(@extschema@.cox_ph_multi_state) (
	SFUNC = @extschema@.cox_ph_multi_combine,
	STYPE = @extschema@.cox_ph_multi_state,
	FINALFUNC = @extschema@.cox_ph_final,
	COMBINEFUNC = @extschema@.cox_ph_multi_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cox_ph_merge(@extschema@.cox_ph_multi_state) IS
	'cox_ph (covariates) over states from cox_ph_partial';

CREATE TYPE @extschema@.pearson_cor_result AS (
	n bigint,
	n_skipped bigint,
	r float8,
	t float8,
	df float8,
	p_value float8,
	ci_lower float8,
	ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.pearson_cor_result IS
	'result of pearson_cor: Pearson''s product-moment correlation test, as R cor.test(method = "pearson")';

COMMENT ON COLUMN @extschema@.pearson_cor_result.n IS 'complete (x, y) pairs';

COMMENT ON COLUMN @extschema@.pearson_cor_result.n_skipped IS 'rows skipped because x or y was NULL';

COMMENT ON COLUMN @extschema@.pearson_cor_result.r IS 'Pearson''s correlation coefficient';

COMMENT ON COLUMN @extschema@.pearson_cor_result.t IS 't statistic sqrt(n - 2) r / sqrt(1 - r^2)';

COMMENT ON COLUMN @extschema@.pearson_cor_result.df IS 'degrees of freedom n - 2';

COMMENT ON COLUMN @extschema@.pearson_cor_result.p_value IS 'p of the t test under the alternative';

COMMENT ON COLUMN @extschema@.pearson_cor_result.ci_lower IS 'lower end of the Fisher z interval of r (n > 3; -1 for alternative ''less'')';

COMMENT ON COLUMN @extschema@.pearson_cor_result.ci_upper IS 'upper end of the Fisher z interval of r (n > 3; 1 for alternative ''greater'')';

COMMENT ON COLUMN @extschema@.pearson_cor_result.notes IS 'warnings: too few pairs, constant variable';

CREATE TYPE @extschema@.spearman_cor_result AS (
	n bigint,
	n_skipped bigint,
	rho float8,
	s float8,
	p_value float8,
	method text,
	notes text[]
);
COMMENT ON TYPE @extschema@.spearman_cor_result IS
	'result of spearman_cor: Spearman''s rank correlation test, as R cor.test(method = "spearman")';

COMMENT ON COLUMN @extschema@.spearman_cor_result.n IS 'complete (x, y) pairs';

COMMENT ON COLUMN @extschema@.spearman_cor_result.n_skipped IS 'rows skipped because x or y was NULL';

COMMENT ON COLUMN @extschema@.spearman_cor_result.rho IS 'Spearman''s rho: Pearson''s correlation of the mid-ranks';

COMMENT ON COLUMN @extschema@.spearman_cor_result.s IS 'statistic S = (n^3 - n)(1 - rho) / 6 (the sum of squared rank differences without ties)';

COMMENT ON COLUMN @extschema@.spearman_cor_result.p_value IS 'p under the alternative: AS 89 without ties and n <= 1290 (exact for n <= 9, Edgeworth series beyond), else the t approximation';

COMMENT ON COLUMN @extschema@.spearman_cor_result.method IS 'how p was computed: exact, Edgeworth or t';

COMMENT ON COLUMN @extschema@.spearman_cor_result.notes IS 'warnings: ties, too few pairs, constant variable';

CREATE TYPE @extschema@.kendall_tau_result AS (
	n bigint,
	n_skipped bigint,
	tau_b float8,
	z float8,
	p_value float8,
	method text,
	notes text[]
);
COMMENT ON TYPE @extschema@.kendall_tau_result IS
	'result of kendall_tau: Kendall''s rank correlation test, as R cor.test(method = "kendall")';

COMMENT ON COLUMN @extschema@.kendall_tau_result.n IS 'complete (x, y) pairs';

COMMENT ON COLUMN @extschema@.kendall_tau_result.n_skipped IS 'rows skipped because x or y was NULL';

COMMENT ON COLUMN @extschema@.kendall_tau_result.tau_b IS 'Kendall''s tau-b (tie-corrected)';

COMMENT ON COLUMN @extschema@.kendall_tau_result.z IS 'S / sqrt(var S), S = concordant - discordant pairs, tie-corrected variance';

COMMENT ON COLUMN @extschema@.kendall_tau_result.p_value IS 'p under the alternative: exact without ties for n < 50, else normal from z';

COMMENT ON COLUMN @extschema@.kendall_tau_result.method IS 'how p was computed: exact or normal';

COMMENT ON COLUMN @extschema@.kendall_tau_result.notes IS 'warnings: ties, too few pairs, constant variable';

CREATE FUNCTION @extschema@.pearson_cor_final(@extschema@.pearson_cor_state)
	RETURNS @extschema@.pearson_cor_result
	AS 'MODULE_PATHNAME', 'pearson_cor_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_final(@extschema@.pearson_cor_state) IS
	'final function of pearson_cor and pearson_cor_merge';

CREATE AGGREGATE @extschema@.pearson_cor_merge(@extschema@.pearson_cor_state) (
	SFUNC = @extschema@.pearson_cor_combine,
	STYPE = @extschema@.pearson_cor_state,
	FINALFUNC = @extschema@.pearson_cor_final,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor_merge(@extschema@.pearson_cor_state) IS
	'pearson_cor over states from pearson_cor_partial';

CREATE FUNCTION @extschema@.spearman_cor_final(@extschema@.spearman_cor_state)
	RETURNS @extschema@.spearman_cor_result
	AS 'MODULE_PATHNAME', 'spearman_cor_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_final(@extschema@.spearman_cor_state) IS
	'final function of spearman_cor and spearman_cor_merge';

CREATE AGGREGATE @extschema@.spearman_cor_merge(@extschema@.spearman_cor_state) (
	SFUNC = @extschema@.spearman_cor_combine,
	STYPE = @extschema@.spearman_cor_state,
	FINALFUNC = @extschema@.spearman_cor_final,
	COMBINEFUNC = @extschema@.spearman_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.spearman_cor_merge(@extschema@.spearman_cor_state) IS
	'spearman_cor over states from spearman_cor_partial';

CREATE FUNCTION @extschema@.kendall_tau_final(@extschema@.kendall_tau_state)
	RETURNS @extschema@.kendall_tau_result
	AS 'MODULE_PATHNAME', 'kendall_tau_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_final(@extschema@.kendall_tau_state) IS
	'final function of kendall_tau and kendall_tau_merge';

CREATE AGGREGATE @extschema@.kendall_tau_merge(@extschema@.kendall_tau_state) (
	SFUNC = @extschema@.kendall_tau_combine,
	STYPE = @extschema@.kendall_tau_state,
	FINALFUNC = @extschema@.kendall_tau_final,
	COMBINEFUNC = @extschema@.kendall_tau_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kendall_tau_merge(@extschema@.kendall_tau_state) IS
	'kendall_tau over states from kendall_tau_partial';

CREATE FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8)
	RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8) IS
	'transition function of pearson_cor';

CREATE AGGREGATE @extschema@.pearson_cor(float8, float8) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	FINALFUNC = @extschema@.pearson_cor_final,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor(float8, float8) IS
	'Pearson correlation test (x, y [, alternative [, conf_level]]) with the Fisher z interval, as R cor.test';

CREATE AGGREGATE @extschema@.pearson_cor_partial(float8, float8) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor_partial(float8, float8) IS
	'state of pearson_cor, to be combined by pearson_cor_merge';

CREATE FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8, text)
	RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8, text) IS
	'transition function of pearson_cor';

CREATE AGGREGATE @extschema@.pearson_cor(float8, float8, text) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	FINALFUNC = @extschema@.pearson_cor_final,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor(float8, float8, text) IS
	'Pearson correlation test (x, y [, alternative [, conf_level]]) with the Fisher z interval, as R cor.test';

CREATE AGGREGATE @extschema@.pearson_cor_partial(float8, float8, text) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor_partial(float8, float8, text) IS
	'state of pearson_cor, to be combined by pearson_cor_merge';

CREATE FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8, text, float8)
	RETURNS @extschema@.pearson_cor_state
	AS 'MODULE_PATHNAME', 'pearson_cor_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pearson_cor_trans(@extschema@.pearson_cor_state, float8, float8, text, float8) IS
	'transition function of pearson_cor';

CREATE AGGREGATE @extschema@.pearson_cor(float8, float8, text, float8) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	FINALFUNC = @extschema@.pearson_cor_final,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor(float8, float8, text, float8) IS
	'Pearson correlation test (x, y [, alternative [, conf_level]]) with the Fisher z interval, as R cor.test';

CREATE AGGREGATE @extschema@.pearson_cor_partial(float8, float8, text, float8) (
	SFUNC = @extschema@.pearson_cor_trans,
	STYPE = @extschema@.pearson_cor_state,
	COMBINEFUNC = @extschema@.pearson_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.pearson_cor_partial(float8, float8, text, float8) IS
	'state of pearson_cor, to be combined by pearson_cor_merge';

CREATE FUNCTION @extschema@.spearman_cor_trans(@extschema@.spearman_cor_state, float8, float8)
	RETURNS @extschema@.spearman_cor_state
	AS 'MODULE_PATHNAME', 'spearman_cor_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_trans(@extschema@.spearman_cor_state, float8, float8) IS
	'transition function of spearman_cor';

CREATE AGGREGATE @extschema@.spearman_cor(float8, float8) (
	SFUNC = @extschema@.spearman_cor_trans,
	STYPE = @extschema@.spearman_cor_state,
	FINALFUNC = @extschema@.spearman_cor_final,
	COMBINEFUNC = @extschema@.spearman_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.spearman_cor(float8, float8) IS
	'Spearman rank correlation test (x, y [, alternative]), AS 89 or t p as R cor.test';

CREATE AGGREGATE @extschema@.spearman_cor_partial(float8, float8) (
	SFUNC = @extschema@.spearman_cor_trans,
	STYPE = @extschema@.spearman_cor_state,
	COMBINEFUNC = @extschema@.spearman_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.spearman_cor_partial(float8, float8) IS
	'state of spearman_cor, to be combined by spearman_cor_merge';

CREATE FUNCTION @extschema@.spearman_cor_trans(@extschema@.spearman_cor_state, float8, float8, text)
	RETURNS @extschema@.spearman_cor_state
	AS 'MODULE_PATHNAME', 'spearman_cor_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spearman_cor_trans(@extschema@.spearman_cor_state, float8, float8, text) IS
	'transition function of spearman_cor';

CREATE AGGREGATE @extschema@.spearman_cor(float8, float8, text) (
	SFUNC = @extschema@.spearman_cor_trans,
	STYPE = @extschema@.spearman_cor_state,
	FINALFUNC = @extschema@.spearman_cor_final,
	COMBINEFUNC = @extschema@.spearman_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.spearman_cor(float8, float8, text) IS
	'Spearman rank correlation test (x, y [, alternative]), AS 89 or t p as R cor.test';

CREATE AGGREGATE @extschema@.spearman_cor_partial(float8, float8, text) (
	SFUNC = @extschema@.spearman_cor_trans,
	STYPE = @extschema@.spearman_cor_state,
	COMBINEFUNC = @extschema@.spearman_cor_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.spearman_cor_partial(float8, float8, text) IS
	'state of spearman_cor, to be combined by spearman_cor_merge';

CREATE FUNCTION @extschema@.kendall_tau_trans(@extschema@.kendall_tau_state, float8, float8)
	RETURNS @extschema@.kendall_tau_state
	AS 'MODULE_PATHNAME', 'kendall_tau_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_trans(@extschema@.kendall_tau_state, float8, float8) IS
	'transition function of kendall_tau';

CREATE AGGREGATE @extschema@.kendall_tau(float8, float8) (
	SFUNC = @extschema@.kendall_tau_trans,
	STYPE = @extschema@.kendall_tau_state,
	FINALFUNC = @extschema@.kendall_tau_final,
	COMBINEFUNC = @extschema@.kendall_tau_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kendall_tau(float8, float8) IS
	'Kendall tau-b rank correlation test (x, y [, alternative]), exact or normal p as R cor.test';

CREATE AGGREGATE @extschema@.kendall_tau_partial(float8, float8) (
	SFUNC = @extschema@.kendall_tau_trans,
	STYPE = @extschema@.kendall_tau_state,
	COMBINEFUNC = @extschema@.kendall_tau_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kendall_tau_partial(float8, float8) IS
	'state of kendall_tau, to be combined by kendall_tau_merge';

CREATE FUNCTION @extschema@.kendall_tau_trans(@extschema@.kendall_tau_state, float8, float8, text)
	RETURNS @extschema@.kendall_tau_state
	AS 'MODULE_PATHNAME', 'kendall_tau_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kendall_tau_trans(@extschema@.kendall_tau_state, float8, float8, text) IS
	'transition function of kendall_tau';

CREATE AGGREGATE @extschema@.kendall_tau(float8, float8, text) (
	SFUNC = @extschema@.kendall_tau_trans,
	STYPE = @extschema@.kendall_tau_state,
	FINALFUNC = @extschema@.kendall_tau_final,
	COMBINEFUNC = @extschema@.kendall_tau_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kendall_tau(float8, float8, text) IS
	'Kendall tau-b rank correlation test (x, y [, alternative]), exact or normal p as R cor.test';

CREATE AGGREGATE @extschema@.kendall_tau_partial(float8, float8, text) (
	SFUNC = @extschema@.kendall_tau_trans,
	STYPE = @extschema@.kendall_tau_state,
	COMBINEFUNC = @extschema@.kendall_tau_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kendall_tau_partial(float8, float8, text) IS
	'state of kendall_tau, to be combined by kendall_tau_merge';

CREATE TYPE @extschema@.compare_groups_result AS (
	group1 text,
	group2 text,
	n1 bigint,
	n2 bigint,
	n_skipped bigint,
	summary1 text,
	summary2 text,
	median_iqr1 text,
	median_iqr2 text,
	normal boolean,
	test text,
	p_value float8,
	p_text text,
	p_normality1 float8,
	p_normality2 float8,
	p_levene float8,
	statistic float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.compare_groups_result IS
	'result of compare_groups: one Table 1 row for a continuous variable in two groups';

COMMENT ON COLUMN @extschema@.compare_groups_result.group1 IS 'the lower group label';

COMMENT ON COLUMN @extschema@.compare_groups_result.group2 IS 'the higher group label';

COMMENT ON COLUMN @extschema@.compare_groups_result.n1 IS 'values in group 1';

COMMENT ON COLUMN @extschema@.compare_groups_result.n2 IS 'values in group 2';

COMMENT ON COLUMN @extschema@.compare_groups_result.n_skipped IS 'rows skipped because the value or group was NULL';

COMMENT ON COLUMN @extschema@.compare_groups_result.summary1 IS 'group 1 as "mean ± SD", one decimal';

COMMENT ON COLUMN @extschema@.compare_groups_result.summary2 IS 'group 2 as "mean ± SD", one decimal';

COMMENT ON COLUMN @extschema@.compare_groups_result.median_iqr1 IS 'group 1 as "median (Q1–Q3)", quartiles as R''s quantile() default';

COMMENT ON COLUMN @extschema@.compare_groups_result.median_iqr2 IS 'group 2 as "median (Q1–Q3)"';

COMMENT ON COLUMN @extschema@.compare_groups_result.normal IS 'both groups pass the Lilliefors K-S test (p >= 0.05); NULL when a group has fewer than 5 values or no spread';

COMMENT ON COLUMN @extschema@.compare_groups_result.test IS 'Student t, Welch t (Levene p < 0.05) or Mann-Whitney U (not normal, or normality not judged)';

COMMENT ON COLUMN @extschema@.compare_groups_result.p_value IS 'two-sided p of the chosen test (Mann-Whitney: asymptotic, tie-corrected, no continuity correction, as SPSS)';

COMMENT ON COLUMN @extschema@.compare_groups_result.p_text IS 'p_value as format_p prints it';

COMMENT ON COLUMN @extschema@.compare_groups_result.p_normality1 IS 'Lilliefors p of group 1';

COMMENT ON COLUMN @extschema@.compare_groups_result.p_normality2 IS 'Lilliefors p of group 2';

COMMENT ON COLUMN @extschema@.compare_groups_result.p_levene IS 'p of Levene''s test (mean-centred), when the groups are normal';

COMMENT ON COLUMN @extschema@.compare_groups_result.statistic IS 't of the t-test, or z of the Mann-Whitney test (> 0: group 1 larger)';

COMMENT ON COLUMN @extschema@.compare_groups_result.notes IS 'why a test was chosen or is undefined';

CREATE TYPE @extschema@.compare_proportions_result AS (
	group1 text,
	group2 text,
	n1 bigint,
	n2 bigint,
	n_skipped bigint,
	levels text[],
	counts1 bigint[],
	counts2 bigint[],
	pct1 float8[],
	pct2 float8[],
	test text,
	p_value float8,
	p_text text,
	chi2 float8,
	df float8,
	min_expected float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.compare_proportions_result IS
	'result of compare_proportions: one Table 1 row for a categorical variable in two groups';

COMMENT ON COLUMN @extschema@.compare_proportions_result.group1 IS 'the lower group label';

COMMENT ON COLUMN @extschema@.compare_proportions_result.group2 IS 'the higher group label';

COMMENT ON COLUMN @extschema@.compare_proportions_result.n1 IS 'rows of group 1';

COMMENT ON COLUMN @extschema@.compare_proportions_result.n2 IS 'rows of group 2';

COMMENT ON COLUMN @extschema@.compare_proportions_result.n_skipped IS 'rows skipped because the level or group was NULL';

COMMENT ON COLUMN @extschema@.compare_proportions_result.levels IS 'the levels in sort order';

COMMENT ON COLUMN @extschema@.compare_proportions_result.counts1 IS 'rows of group 1 per level';

COMMENT ON COLUMN @extschema@.compare_proportions_result.counts2 IS 'rows of group 2 per level';

COMMENT ON COLUMN @extschema@.compare_proportions_result.pct1 IS 'per cent of group 1 per level';

COMMENT ON COLUMN @extschema@.compare_proportions_result.pct2 IS 'per cent of group 2 per level';

COMMENT ON COLUMN @extschema@.compare_proportions_result.test IS 'Pearson chi-square (no continuity correction) or Fisher exact (an expected count below 5)';

COMMENT ON COLUMN @extschema@.compare_proportions_result.p_value IS 'p of the chosen test (Fisher: two-sided, R''s rule)';

COMMENT ON COLUMN @extschema@.compare_proportions_result.p_text IS 'p_value as format_p prints it';

COMMENT ON COLUMN @extschema@.compare_proportions_result.chi2 IS 'Pearson chi-square statistic (reported whichever test is chosen)';

COMMENT ON COLUMN @extschema@.compare_proportions_result.df IS 'degrees of freedom of the chi-square: levels - 1';

COMMENT ON COLUMN @extschema@.compare_proportions_result.min_expected IS 'smallest expected count';

COMMENT ON COLUMN @extschema@.compare_proportions_result.notes IS 'why a test was chosen or is undefined';

CREATE FUNCTION @extschema@.compare_groups_final(@extschema@.compare_groups_state)
	RETURNS @extschema@.compare_groups_result
	AS 'MODULE_PATHNAME', 'compare_groups_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_final(@extschema@.compare_groups_state) IS
	'final function of compare_groups and compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, text)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, text) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, text) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, text) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, text) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, text) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, boolean)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, boolean) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, boolean) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, boolean) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, boolean) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, boolean) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, smallint)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, smallint) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, smallint) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, smallint) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, smallint) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, smallint) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, integer)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, integer) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, integer) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, integer) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, integer) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, integer) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, bigint)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, bigint) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, bigint) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, bigint) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, bigint) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, bigint) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, anyelement)
	RETURNS @extschema@.compare_groups_state
	AS 'MODULE_PATHNAME', 'compare_groups_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_groups_trans(@extschema@.compare_groups_state, float8, anyelement) IS
	'transition function of compare_groups';

CREATE AGGREGATE @extschema@.compare_groups(float8, anyelement) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups(float8, anyelement) IS
	'Table 1 row for a continuous variable (value, group): mean ± SD, median (IQR), and t (Student or Welch) or Mann-Whitney as normality and Levene decide';

CREATE AGGREGATE @extschema@.compare_groups_partial(float8, anyelement) (
	SFUNC = @extschema@.compare_groups_trans,
	STYPE = @extschema@.compare_groups_state,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_partial(float8, anyelement) IS
	'state of compare_groups, to be combined by compare_groups_merge';

CREATE AGGREGATE @extschema@.compare_groups_merge(@extschema@.compare_groups_state) (
	SFUNC = @extschema@.compare_groups_combine,
	STYPE = @extschema@.compare_groups_state,
	FINALFUNC = @extschema@.compare_groups_final,
	COMBINEFUNC = @extschema@.compare_groups_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_groups_merge(@extschema@.compare_groups_state) IS
	'compare_groups over states from compare_groups_partial';

CREATE FUNCTION @extschema@.compare_proportions_final(@extschema@.compare_proportions_state)
	RETURNS @extschema@.compare_proportions_result
	AS 'MODULE_PATHNAME', 'compare_proportions_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_final(@extschema@.compare_proportions_state) IS
	'final function of compare_proportions and compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, text)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, text) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level text, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(text, text) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level text, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(text, text) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, boolean)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, boolean) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level text, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(text, boolean) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level text, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(text, boolean) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, smallint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, smallint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level text, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(text, smallint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level text, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(text, smallint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, integer)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, integer) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level text, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(text, integer) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level text, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(text, integer) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, bigint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, text, bigint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level text, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(text, bigint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level text, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(text, bigint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, text)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, text) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level boolean, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(boolean, text) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level boolean, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(boolean, text) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, boolean)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, boolean) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level boolean, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(boolean, boolean) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level boolean, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(boolean, boolean) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, smallint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, smallint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level boolean, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(boolean, smallint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level boolean, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(boolean, smallint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, integer)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, integer) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level boolean, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(boolean, integer) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level boolean, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(boolean, integer) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, bigint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, boolean, bigint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level boolean, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(boolean, bigint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level boolean, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(boolean, bigint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, text)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, text) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level smallint, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(smallint, text) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level smallint, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(smallint, text) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, boolean)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, boolean) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level smallint, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(smallint, boolean) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level smallint, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(smallint, boolean) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, smallint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, smallint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level smallint, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(smallint, smallint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level smallint, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(smallint, smallint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, integer)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, integer) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level smallint, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(smallint, integer) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level smallint, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(smallint, integer) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, bigint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, smallint, bigint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level smallint, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(smallint, bigint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level smallint, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(smallint, bigint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, text)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, text) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level integer, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(integer, text) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level integer, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(integer, text) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, boolean)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, boolean) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level integer, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(integer, boolean) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level integer, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(integer, boolean) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, smallint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, smallint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level integer, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(integer, smallint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level integer, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(integer, smallint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, integer)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, integer) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level integer, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(integer, integer) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level integer, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(integer, integer) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, bigint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, integer, bigint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level integer, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(integer, bigint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level integer, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(integer, bigint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, text)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, text) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level bigint, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(bigint, text) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level bigint, grp text) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(bigint, text) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, boolean)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, boolean) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level bigint, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(bigint, boolean) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level bigint, grp boolean) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(bigint, boolean) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, smallint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, smallint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level bigint, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(bigint, smallint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level bigint, grp smallint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(bigint, smallint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, integer)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, integer) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level bigint, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(bigint, integer) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level bigint, grp integer) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(bigint, integer) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, bigint)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, bigint, bigint) IS
	'transition function of compare_proportions';

CREATE AGGREGATE @extschema@.compare_proportions(level bigint, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(bigint, bigint) IS
	'Table 1 row for a categorical variable (level, group): counts and per cent per level, Pearson chi-square or Fisher exact (expected count below 5)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(level bigint, grp bigint) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(bigint, bigint) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, anyelement, anycompatible)
	RETURNS @extschema@.compare_proportions_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.compare_proportions_trans(@extschema@.compare_proportions_state, anyelement, anycompatible) IS
	'transition function of compare_proportions for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.compare_proportions(anyelement, anycompatible) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions(anyelement, anycompatible) IS
	'Table 1 row for a categorical variable of any sortable types (level, group)';

CREATE AGGREGATE @extschema@.compare_proportions_partial(anyelement, anycompatible) (
	SFUNC = @extschema@.compare_proportions_trans,
	STYPE = @extschema@.compare_proportions_state,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_partial(anyelement, anycompatible) IS
	'state of compare_proportions, to be combined by compare_proportions_merge';

CREATE AGGREGATE @extschema@.compare_proportions_merge(@extschema@.compare_proportions_state) (
	SFUNC = @extschema@.compare_proportions_combine,
	STYPE = @extschema@.compare_proportions_state,
	FINALFUNC = @extschema@.compare_proportions_final,
	COMBINEFUNC = @extschema@.compare_proportions_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.compare_proportions_merge(@extschema@.compare_proportions_state) IS
	'compare_proportions over states from compare_proportions_partial';


/*
 * 0.2: the k-sample tests (one_way_anova, kruskal_wallis), the
 * repeated-measures tests (friedman_test, rm_anova, cochran_q), mcnemar and
 * p_adjust: the statements of their install fragments under sql/install.
 */

/* ---- state types of the k-sample and repeated-measures tests, and mcnemar ---- */
CREATE TYPE @extschema@.kruskal_wallis_state;

CREATE FUNCTION @extschema@.kruskal_wallis_state_in(cstring) RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_in(cstring) IS
	'text input of kruskal_wallis_state (validated)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_out(@extschema@.kruskal_wallis_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_out(@extschema@.kruskal_wallis_state) IS
	'text output of kruskal_wallis_state (exact round trip)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_recv(internal) RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_recv(internal) IS
	'binary input of kruskal_wallis_state (validated)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_send(@extschema@.kruskal_wallis_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_send(@extschema@.kruskal_wallis_state) IS
	'binary output of kruskal_wallis_state';

CREATE TYPE @extschema@.kruskal_wallis_state (
	INPUT = @extschema@.kruskal_wallis_state_in,
	OUTPUT = @extschema@.kruskal_wallis_state_out,
	RECEIVE = @extschema@.kruskal_wallis_state_recv,
	SEND = @extschema@.kruskal_wallis_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.kruskal_wallis_state IS
	'aggregate state of kruskal_wallis (for kruskal_wallis_partial and kruskal_wallis_merge)';

CREATE FUNCTION @extschema@.kruskal_wallis_combine(@extschema@.kruskal_wallis_state, @extschema@.kruskal_wallis_state)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_combine(@extschema@.kruskal_wallis_state, @extschema@.kruskal_wallis_state) IS
	'merges two kruskal_wallis states (combine function of kruskal_wallis)';
CREATE TYPE @extschema@.one_way_anova_state;

CREATE FUNCTION @extschema@.one_way_anova_state_in(cstring) RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_in(cstring) IS
	'text input of one_way_anova_state (validated)';

CREATE FUNCTION @extschema@.one_way_anova_state_out(@extschema@.one_way_anova_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'one_way_anova_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_out(@extschema@.one_way_anova_state) IS
	'text output of one_way_anova_state (exact round trip)';

CREATE FUNCTION @extschema@.one_way_anova_state_recv(internal) RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_recv(internal) IS
	'binary input of one_way_anova_state (validated)';

CREATE FUNCTION @extschema@.one_way_anova_state_send(@extschema@.one_way_anova_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'one_way_anova_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_send(@extschema@.one_way_anova_state) IS
	'binary output of one_way_anova_state';

CREATE TYPE @extschema@.one_way_anova_state (
	INPUT = @extschema@.one_way_anova_state_in,
	OUTPUT = @extschema@.one_way_anova_state_out,
	RECEIVE = @extschema@.one_way_anova_state_recv,
	SEND = @extschema@.one_way_anova_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.one_way_anova_state IS
	'aggregate state of one_way_anova (for one_way_anova_partial and one_way_anova_merge)';

CREATE FUNCTION @extschema@.one_way_anova_combine(@extschema@.one_way_anova_state, @extschema@.one_way_anova_state)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_combine(@extschema@.one_way_anova_state, @extschema@.one_way_anova_state) IS
	'merges two one_way_anova states (combine function of one_way_anova)';
CREATE TYPE @extschema@.mcnemar_state;

CREATE FUNCTION @extschema@.mcnemar_state_in(cstring) RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_in(cstring) IS
	'text input of mcnemar_state (validated)';

CREATE FUNCTION @extschema@.mcnemar_state_out(@extschema@.mcnemar_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'mcnemar_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_out(@extschema@.mcnemar_state) IS
	'text output of mcnemar_state (exact round trip)';

CREATE FUNCTION @extschema@.mcnemar_state_recv(internal) RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_recv(internal) IS
	'binary input of mcnemar_state (validated)';

CREATE FUNCTION @extschema@.mcnemar_state_send(@extschema@.mcnemar_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'mcnemar_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_send(@extschema@.mcnemar_state) IS
	'binary output of mcnemar_state';

CREATE TYPE @extschema@.mcnemar_state (
	INPUT = @extschema@.mcnemar_state_in,
	OUTPUT = @extschema@.mcnemar_state_out,
	RECEIVE = @extschema@.mcnemar_state_recv,
	SEND = @extschema@.mcnemar_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.mcnemar_state IS
	'aggregate state of mcnemar (for mcnemar_partial and mcnemar_merge)';

CREATE FUNCTION @extschema@.mcnemar_combine(@extschema@.mcnemar_state, @extschema@.mcnemar_state)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_combine(@extschema@.mcnemar_state, @extschema@.mcnemar_state) IS
	'merges two mcnemar states (combine function of mcnemar)';
CREATE TYPE @extschema@.friedman_test_state;

CREATE FUNCTION @extschema@.friedman_test_state_in(cstring) RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_in(cstring) IS
	'text input of friedman_test_state (validated)';

CREATE FUNCTION @extschema@.friedman_test_state_out(@extschema@.friedman_test_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'friedman_test_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_out(@extschema@.friedman_test_state) IS
	'text output of friedman_test_state (exact round trip)';

CREATE FUNCTION @extschema@.friedman_test_state_recv(internal) RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_recv(internal) IS
	'binary input of friedman_test_state (validated)';

CREATE FUNCTION @extschema@.friedman_test_state_send(@extschema@.friedman_test_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'friedman_test_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_send(@extschema@.friedman_test_state) IS
	'binary output of friedman_test_state';

CREATE TYPE @extschema@.friedman_test_state (
	INPUT = @extschema@.friedman_test_state_in,
	OUTPUT = @extschema@.friedman_test_state_out,
	RECEIVE = @extschema@.friedman_test_state_recv,
	SEND = @extschema@.friedman_test_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.friedman_test_state IS
	'aggregate state of friedman_test (for friedman_test_partial and friedman_test_merge)';

CREATE FUNCTION @extschema@.friedman_test_combine(@extschema@.friedman_test_state, @extschema@.friedman_test_state)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_combine(@extschema@.friedman_test_state, @extschema@.friedman_test_state) IS
	'merges two friedman_test states (combine function of friedman_test)';
CREATE TYPE @extschema@.rm_anova_state;

CREATE FUNCTION @extschema@.rm_anova_state_in(cstring) RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_in(cstring) IS
	'text input of rm_anova_state (validated)';

CREATE FUNCTION @extschema@.rm_anova_state_out(@extschema@.rm_anova_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'rm_anova_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_out(@extschema@.rm_anova_state) IS
	'text output of rm_anova_state (exact round trip)';

CREATE FUNCTION @extschema@.rm_anova_state_recv(internal) RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_recv(internal) IS
	'binary input of rm_anova_state (validated)';

CREATE FUNCTION @extschema@.rm_anova_state_send(@extschema@.rm_anova_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rm_anova_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_send(@extschema@.rm_anova_state) IS
	'binary output of rm_anova_state';

CREATE TYPE @extschema@.rm_anova_state (
	INPUT = @extschema@.rm_anova_state_in,
	OUTPUT = @extschema@.rm_anova_state_out,
	RECEIVE = @extschema@.rm_anova_state_recv,
	SEND = @extschema@.rm_anova_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.rm_anova_state IS
	'aggregate state of rm_anova (for rm_anova_partial and rm_anova_merge)';

CREATE FUNCTION @extschema@.rm_anova_combine(@extschema@.rm_anova_state, @extschema@.rm_anova_state)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_combine(@extschema@.rm_anova_state, @extschema@.rm_anova_state) IS
	'merges two rm_anova states (combine function of rm_anova)';
CREATE TYPE @extschema@.cochran_q_state;

CREATE FUNCTION @extschema@.cochran_q_state_in(cstring) RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_in(cstring) IS
	'text input of cochran_q_state (validated)';

CREATE FUNCTION @extschema@.cochran_q_state_out(@extschema@.cochran_q_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'cochran_q_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_out(@extschema@.cochran_q_state) IS
	'text output of cochran_q_state (exact round trip)';

CREATE FUNCTION @extschema@.cochran_q_state_recv(internal) RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_recv(internal) IS
	'binary input of cochran_q_state (validated)';

CREATE FUNCTION @extschema@.cochran_q_state_send(@extschema@.cochran_q_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cochran_q_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_send(@extschema@.cochran_q_state) IS
	'binary output of cochran_q_state';

CREATE TYPE @extschema@.cochran_q_state (
	INPUT = @extschema@.cochran_q_state_in,
	OUTPUT = @extschema@.cochran_q_state_out,
	RECEIVE = @extschema@.cochran_q_state_recv,
	SEND = @extschema@.cochran_q_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.cochran_q_state IS
	'aggregate state of cochran_q (for cochran_q_partial and cochran_q_merge)';

CREATE FUNCTION @extschema@.cochran_q_combine(@extschema@.cochran_q_state, @extschema@.cochran_q_state)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_combine(@extschema@.cochran_q_state, @extschema@.cochran_q_state) IS
	'merges two cochran_q states (combine function of cochran_q)';

/*
 * ---- one_way_anova: classic and Welch one-way analysis of variance ----
 * over k groups (value, group); the state keeps per-group moments only.
 */

CREATE TYPE @extschema@.one_way_anova_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	f float8,
	df1 float8,
	df2 float8,
	p_value float8,
	f_welch float8,
	df2_welch float8,
	p_welch float8,
	eta_squared float8,
	omega_squared float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.one_way_anova_result IS
	'result of one_way_anova';
COMMENT ON COLUMN @extschema@.one_way_anova_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.n IS
	'observations used (rows with a value and a label)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.n_skipped IS
	'rows skipped because the value or the label was NULL';
COMMENT ON COLUMN @extschema@.one_way_anova_result.f IS
	'classic F = MS between / MS within (R anova(aov()), oneway.test(var.equal = TRUE))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df1 IS
	'numerator degrees of freedom, k - 1 (also of Welch''s F)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df2 IS
	'denominator degrees of freedom of the classic F, n - k';
COMMENT ON COLUMN @extschema@.one_way_anova_result.p_value IS
	'p of the classic F (upper tail of F(df1, df2))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.f_welch IS
	'Welch''s F for unequal variances (R oneway.test(var.equal = FALSE))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df2_welch IS
	'Welch''s denominator degrees of freedom (real)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.p_welch IS
	'p of Welch''s F';
COMMENT ON COLUMN @extschema@.one_way_anova_result.eta_squared IS
	'SS between / SS total';
COMMENT ON COLUMN @extschema@.one_way_anova_result.omega_squared IS
	'(SS between - (k - 1) MS within) / (SS total + MS within), negative when F < 1';
COMMENT ON COLUMN @extschema@.one_way_anova_result.notes IS
	'why a statistic is NULL';

CREATE FUNCTION @extschema@.one_way_anova_final(@extschema@.one_way_anova_state)
	RETURNS @extschema@.one_way_anova_result
	AS 'MODULE_PATHNAME', 'one_way_anova_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_final(@extschema@.one_way_anova_state) IS
	'final function of one_way_anova and one_way_anova_merge';

CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, text)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, text) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp text) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, text) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp text) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, text) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, boolean)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, boolean) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp boolean) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, boolean) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp boolean) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, boolean) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, smallint)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, smallint) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp smallint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, smallint) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp smallint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, smallint) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, integer)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, integer) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp integer) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, integer) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp integer) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, integer) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, bigint)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, bigint) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp bigint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, bigint) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp bigint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, bigint) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, anyelement)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, anyelement) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp anyelement) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, anyelement) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp anyelement) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, anyelement) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';

CREATE AGGREGATE @extschema@.one_way_anova_merge(@extschema@.one_way_anova_state) (
	SFUNC = @extschema@.one_way_anova_combine,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_merge(@extschema@.one_way_anova_state) IS
	'one_way_anova over states from one_way_anova_partial';

/*
 * ---- kruskal_wallis: the Kruskal-Wallis rank test over k groups ----
 */

CREATE TYPE @extschema@.kruskal_wallis_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	h float8,
	df float8,
	p_value float8,
	epsilon_squared float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.kruskal_wallis_result IS
	'result of kruskal_wallis';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.n IS
	'observations used (rows with a value and a label)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.n_skipped IS
	'rows skipped because the value or the label was NULL';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.h IS
	'Kruskal-Wallis H with mid-ranks, corrected for ties (R kruskal.test)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.p_value IS
	'p from the chi-square approximation (upper tail of chi-square(df))';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.epsilon_squared IS
	'effect size H / (n - 1)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.notes IS
	'why a statistic is NULL, small groups';

CREATE FUNCTION @extschema@.kruskal_wallis_final(@extschema@.kruskal_wallis_state)
	RETURNS @extschema@.kruskal_wallis_result
	AS 'MODULE_PATHNAME', 'kruskal_wallis_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_final(@extschema@.kruskal_wallis_state) IS
	'final function of kruskal_wallis and kruskal_wallis_merge';

CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, text)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, text) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp text) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, text) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp text) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, text) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, boolean)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, boolean) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp boolean) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, boolean) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp boolean) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, boolean) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, smallint)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, smallint) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp smallint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, smallint) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp smallint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, smallint) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, integer)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, integer) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp integer) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, integer) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp integer) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, integer) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, bigint)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, bigint) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp bigint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, bigint) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp bigint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, bigint) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, anyelement)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, anyelement) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp anyelement) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, anyelement) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp anyelement) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, anyelement) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';

CREATE AGGREGATE @extschema@.kruskal_wallis_merge(@extschema@.kruskal_wallis_state) (
	SFUNC = @extschema@.kruskal_wallis_combine,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_merge(@extschema@.kruskal_wallis_state) IS
	'kruskal_wallis over states from kruskal_wallis_partial';

/*
 * ---- repeated measures: friedman_test, rm_anova, cochran_q ----
 * Long-format input, one row per subject and condition (value, subject,
 * condition).  Subject and condition take any label type, independently:
 * 25 concrete pairs (Citus) and a polymorphic fallback, as chi_square.
 */

CREATE TYPE @extschema@.friedman_test_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	chi2 float8,
	df float8,
	p_value float8,
	kendall_w float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.friedman_test_result IS
	'result of friedman_test';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_subjects IS
	'complete subjects used (a value for every condition)';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.friedman_test_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_skipped IS
	'rows skipped because the value, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.friedman_test_result.chi2 IS
	'Friedman chi-square, ranks within subjects, corrected for ties (R friedman.test)';
COMMENT ON COLUMN @extschema@.friedman_test_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.friedman_test_result.p_value IS
	'p from the chi-square approximation';
COMMENT ON COLUMN @extschema@.friedman_test_result.kendall_w IS
	'Kendall''s coefficient of concordance W = chi2 / (n_subjects (k - 1))';
COMMENT ON COLUMN @extschema@.friedman_test_result.notes IS
	'subjects left out, why a statistic is NULL';

CREATE TYPE @extschema@.rm_anova_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	f float8,
	df1 float8,
	df2 float8,
	p_value float8,
	partial_eta_squared float8,
	epsilon_gg float8,
	p_gg float8,
	epsilon_hf float8,
	p_hf float8,
	mauchly_w float8,
	mauchly_chi2 float8,
	mauchly_df float8,
	p_mauchly float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.rm_anova_result IS
	'result of rm_anova';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_subjects IS
	'complete subjects used (a value for every condition)';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.rm_anova_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_skipped IS
	'rows skipped because the value, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.rm_anova_result.f IS
	'F of the condition effect against subject x condition (R aov(value ~ condition + Error(subject/condition)))';
COMMENT ON COLUMN @extschema@.rm_anova_result.df1 IS
	'numerator degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.rm_anova_result.df2 IS
	'denominator degrees of freedom, (n_subjects - 1)(k - 1)';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_value IS
	'p of F assuming sphericity';
COMMENT ON COLUMN @extschema@.rm_anova_result.partial_eta_squared IS
	'SS condition / (SS condition + SS error), as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.epsilon_gg IS
	'Greenhouse-Geisser epsilon';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_gg IS
	'p of F with both df multiplied by epsilon_gg';
COMMENT ON COLUMN @extschema@.rm_anova_result.epsilon_hf IS
	'Huynh-Feldt epsilon, capped at 1 as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_hf IS
	'p of F with both df multiplied by epsilon_hf';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_w IS
	'Mauchly''s W for sphericity of the orthonormal contrasts';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_chi2 IS
	'chi-square approximation of -ln W, as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_df IS
	'degrees of freedom of mauchly_chi2, (k - 1) k / 2 - 1';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_mauchly IS
	'p of Mauchly''s test (chi-square approximation, as SPSS)';
COMMENT ON COLUMN @extschema@.rm_anova_result.notes IS
	'subjects left out, why a statistic is NULL';

CREATE TYPE @extschema@.cochran_q_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	q float8,
	df float8,
	p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.cochran_q_result IS
	'result of cochran_q';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_subjects IS
	'complete subjects used (a flag for every condition)';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.cochran_q_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_skipped IS
	'rows skipped because the flag, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.cochran_q_result.q IS
	'Cochran''s Q';
COMMENT ON COLUMN @extschema@.cochran_q_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.cochran_q_result.p_value IS
	'p from the chi-square approximation';
COMMENT ON COLUMN @extschema@.cochran_q_result.notes IS
	'subjects left out, why a statistic is NULL';

-- The three tests: name and first argument.

CREATE FUNCTION @extschema@.friedman_test_final(@extschema@.friedman_test_state)
	RETURNS @extschema@.friedman_test_result
	AS 'MODULE_PATHNAME', 'friedman_test_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_final(@extschema@.friedman_test_state) IS
	'final function of friedman_test and friedman_test_merge';

CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';

CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject anyelement, condition anycompatible)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, anyelement, anycompatible) IS
	'transition function of friedman_test for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, anyelement, anycompatible) IS
	'friedman_test over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, anyelement, anycompatible) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';

CREATE AGGREGATE @extschema@.friedman_test_merge(@extschema@.friedman_test_state) (
	SFUNC = @extschema@.friedman_test_combine,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_merge(@extschema@.friedman_test_state) IS
	'friedman_test over states from friedman_test_partial (e.g. one per hospital)';
CREATE FUNCTION @extschema@.rm_anova_final(@extschema@.rm_anova_state)
	RETURNS @extschema@.rm_anova_result
	AS 'MODULE_PATHNAME', 'rm_anova_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_final(@extschema@.rm_anova_state) IS
	'final function of rm_anova and rm_anova_merge';

CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';

CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject anyelement, condition anycompatible)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, anyelement, anycompatible) IS
	'transition function of rm_anova for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, anyelement, anycompatible) IS
	'rm_anova over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, anyelement, anycompatible) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';

CREATE AGGREGATE @extschema@.rm_anova_merge(@extschema@.rm_anova_state) (
	SFUNC = @extschema@.rm_anova_combine,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_merge(@extschema@.rm_anova_state) IS
	'rm_anova over states from rm_anova_partial (e.g. one per hospital)';
CREATE FUNCTION @extschema@.cochran_q_final(@extschema@.cochran_q_state)
	RETURNS @extschema@.cochran_q_result
	AS 'MODULE_PATHNAME', 'cochran_q_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_final(@extschema@.cochran_q_state) IS
	'final function of cochran_q and cochran_q_merge';

CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';

CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject anyelement, condition anycompatible)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, anyelement, anycompatible) IS
	'transition function of cochran_q for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, anyelement, anycompatible) IS
	'cochran_q over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, anyelement, anycompatible) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';

CREATE AGGREGATE @extschema@.cochran_q_merge(@extschema@.cochran_q_state) (
	SFUNC = @extschema@.cochran_q_combine,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_merge(@extschema@.cochran_q_state) IS
	'cochran_q over states from cochran_q_partial (e.g. one per hospital)';

/*
 * ---- mcnemar: McNemar's test of paired proportions ----
 * (before, after [, conf_level]); the state holds the four counts.
 */

CREATE TYPE @extschema@.mcnemar_result AS (
	n bigint,
	n_skipped bigint,
	b bigint,
	c bigint,
	chi2 float8,
	p_value float8,
	chi2_cc float8,
	p_value_cc float8,
	p_exact float8,
	odds_ratio float8,
	or_ci_lower float8,
	or_ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.mcnemar_result IS
	'result of mcnemar';
COMMENT ON COLUMN @extschema@.mcnemar_result.n IS
	'pairs used (before and after both not NULL)';
COMMENT ON COLUMN @extschema@.mcnemar_result.n_skipped IS
	'rows skipped because before or after was NULL';
COMMENT ON COLUMN @extschema@.mcnemar_result.b IS
	'discordant pairs with before true, after false';
COMMENT ON COLUMN @extschema@.mcnemar_result.c IS
	'discordant pairs with before false, after true';
COMMENT ON COLUMN @extschema@.mcnemar_result.chi2 IS
	'(b - c)^2 / (b + c), without continuity correction';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_value IS
	'p of chi2 (chi-square, 1 df)';
COMMENT ON COLUMN @extschema@.mcnemar_result.chi2_cc IS
	'(|b - c| - 1)^2 / (b + c), 0 when b = c (R mcnemar.test default)';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_value_cc IS
	'p of chi2_cc';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_exact IS
	'exact two-sided binomial p of b among b + c at 1/2 (R binom.test)';
COMMENT ON COLUMN @extschema@.mcnemar_result.odds_ratio IS
	'conditional odds ratio b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.or_ci_lower IS
	'lower limit of the exact (Clopper-Pearson) interval of b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.or_ci_upper IS
	'upper limit of the exact (Clopper-Pearson) interval of b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.notes IS
	'why a statistic is NULL, small numbers of discordant pairs';

CREATE FUNCTION @extschema@.mcnemar_final(@extschema@.mcnemar_state)
	RETURNS @extschema@.mcnemar_result
	AS 'MODULE_PATHNAME', 'mcnemar_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_final(@extschema@.mcnemar_state) IS
	'final function of mcnemar and mcnemar_merge';

CREATE FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, before boolean, after boolean)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, boolean, boolean) IS
	'transition function of mcnemar';

CREATE AGGREGATE @extschema@.mcnemar(before boolean, after boolean) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar(boolean, boolean) IS
	'McNemar''s test of paired proportions (before, after [, conf_level])';

CREATE AGGREGATE @extschema@.mcnemar_partial(before boolean, after boolean) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_partial(boolean, boolean) IS
	'state of mcnemar (four counts), to be combined by mcnemar_merge';
CREATE FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, before boolean, after boolean, conf_level float8)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, boolean, boolean, conf_level float8) IS
	'transition function of mcnemar';

CREATE AGGREGATE @extschema@.mcnemar(before boolean, after boolean, conf_level float8) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar(boolean, boolean, conf_level float8) IS
	'McNemar''s test of paired proportions (before, after [, conf_level])';

CREATE AGGREGATE @extschema@.mcnemar_partial(before boolean, after boolean, conf_level float8) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_partial(boolean, boolean, conf_level float8) IS
	'state of mcnemar (four counts), to be combined by mcnemar_merge';

CREATE AGGREGATE @extschema@.mcnemar_merge(@extschema@.mcnemar_state) (
	SFUNC = @extschema@.mcnemar_combine,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_merge(@extschema@.mcnemar_state) IS
	'mcnemar over states from mcnemar_partial';

/*
 * ---- p_adjust: p-values adjusted for multiple testing (R's p.adjust) ----
 */

CREATE FUNCTION @extschema@.p_adjust(p float8, method text) RETURNS float8
	AS 'MODULE_PATHNAME', 'p_adjust_window'
	LANGUAGE C IMMUTABLE PARALLEL SAFE WINDOW;
COMMENT ON FUNCTION @extschema@.p_adjust(float8, text) IS
	'window function: the row''s p adjusted among the non-NULL p of its partition, method as R p.adjust (holm, hochberg, hommel, bonferroni, BH or fdr, BY, none)';

CREATE FUNCTION @extschema@.p_adjust(p float8[], method text) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'p_adjust_array'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.p_adjust(float8[], text) IS
	'the elements of an array adjusted among its non-NULL elements, method as R p.adjust; NULL elements stay NULL';

/*
 * ---- the memory of a state, for the planner and HashAggregate ----
 *
 * 0.2 declares SSPACE = 1024 for every aggregate whose state is one of the
 * extension's _state types: without it a state counts as a 32-byte value,
 * and a HashAggregate that outgrows work_mem splits its input into too few
 * partitions and spills them again and again.  ALTER AGGREGATE cannot set
 * it, so the catalog rows of the extension's aggregates (those of 0.1 and
 * those created above) are set here, every operator qualified; a fresh
 * install of 0.2 declares the same in CREATE AGGREGATE.
 */
UPDATE pg_catalog.pg_aggregate a
SET aggtransspace = 1024
FROM pg_catalog.pg_depend d, pg_catalog.pg_type t
WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid
	AND d.objid OPERATOR(pg_catalog.=) a.aggfnoid::pg_catalog.oid
	AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass::pg_catalog.oid
	AND d.refobjid OPERATOR(pg_catalog.=)
		(SELECT e.oid FROM pg_catalog.pg_extension e
		 WHERE e.extname OPERATOR(pg_catalog.=) 'pkpcohort'::pg_catalog.name)
	AND d.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
	AND t.oid OPERATOR(pg_catalog.=) a.aggtranstype::pg_catalog.oid
	AND t.typnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace::pg_catalog.oid
	AND t.typname OPERATOR(pg_catalog.~~) '%\_state'::pg_catalog.name::pg_catalog.text;
