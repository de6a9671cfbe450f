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

