/*-------------------------------------------------------------------------
 *
 * state_types.h
 *	  The aggregate state types of pkpcohort: the one list that the C code
 *	  and the install script both use.
 *
 * PKPC_STATE_TYPE(name, TAG, nsums, value_width, max_groups, rule): a test
 * kept in the generic state of state.c.  Its SQL state type is
 * <name>_state; TAG names its PKPC_TAG_ constant; each group keeps nsums
 * exact sums (exact.c) and value_width doubles per observation; at most
 * max_groups group labels (1: unlabelled); rule says which values are
 * valid (PkpcValueRule).
 *
 * PKPC_OWN_STATE_TYPE(name): a test with a state of its own (its own C
 * file), listed here so that the install script creates its type.
 *
 * The Makefile turns these lines into the install script's `states` list.
 * Append only: tags are numbered in this order and stored in states.
 *
 * src/state_types.h
 *
 *-------------------------------------------------------------------------
 */
PKPC_STATE_TYPE(paired_t, PAIRED_T, 5, 0, 1, ANY)
PKPC_STATE_TYPE(independent_t, INDEPENDENT_T, 2, 0, 2, ANY)
PKPC_STATE_TYPE(levene_test, LEVENE, 0, 1, PKPC_UNLIMITED, ANY)
PKPC_STATE_TYPE(mann_whitney_u, MANN_WHITNEY, 0, 1, 2, ANY)
PKPC_STATE_TYPE(wilcoxon_signed_rank, WILCOXON, 0, 1, 1, NONZERO)
PKPC_STATE_TYPE(ks_normality, KS_NORMALITY, 0, 1, 1, ANY)
PKPC_STATE_TYPE(shapiro_wilk, SHAPIRO_WILK, 0, 1, 1, ANY)
PKPC_STATE_TYPE(log_rank, LOG_RANK, 0, 2, PKPC_UNLIMITED, SURVIVAL)
PKPC_STATE_TYPE(km_survival, KM_SURVIVAL, 0, 2, 1, SURVIVAL)
PKPC_STATE_TYPE(mean_sd, MEAN_SD, 2, 0, 1, ANY)
PKPC_OWN_STATE_TYPE(chi_square)
PKPC_STATE_TYPE(km_curve, KM_CURVE, 0, 2, 1, SURVIVAL)
PKPC_STATE_TYPE(km_median, KM_MEDIAN, 0, 2, 1, SURVIVAL)
PKPC_STATE_TYPE(cox_ph, COX_PH, 0, 2, 2, SURVIVAL)
PKPC_STATE_TYPE(pearson_cor, PEARSON_COR, 5, 0, 1, ANY)
PKPC_STATE_TYPE(spearman_cor, SPEARMAN_COR, 0, 2, 1, ANY)
PKPC_STATE_TYPE(kendall_tau, KENDALL_TAU, 0, 2, 1, ANY)
PKPC_STATE_TYPE(compare_groups, COMPARE_GROUPS, 0, 1, 2, ANY)
PKPC_OWN_STATE_TYPE(cox_ph_multi)
PKPC_OWN_STATE_TYPE(compare_proportions)
PKPC_STATE_TYPE(kruskal_wallis, KRUSKAL_WALLIS, 0, 1, PKPC_UNLIMITED, ANY)
PKPC_STATE_TYPE(one_way_anova, ONE_WAY_ANOVA, 2, 0, PKPC_UNLIMITED, ANY)
PKPC_STATE_TYPE(mcnemar, MCNEMAR, 0, 1, 1, ANY)
PKPC_OWN_STATE_TYPE(friedman_test)
PKPC_OWN_STATE_TYPE(rm_anova)
PKPC_OWN_STATE_TYPE(cochran_q)
