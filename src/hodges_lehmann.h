/*-------------------------------------------------------------------------
 *
 * hodges_lehmann.h
 *	  Hodges-Lehmann estimators and the confidence intervals of the
 *	  Wilcoxon rank-sum (Mann-Whitney) and signed-rank tests, computed by
 *	  O(N log N) selection in the implicit matrices of pairwise differences
 *	  and Walsh averages, so that they match R 4.2.2's
 *	  wilcox.test(conf.int = TRUE, correct = TRUE) without materialising
 *	  n1*n2 differences or n(n+1)/2 Walsh averages.
 *
 * src/hodges_lehmann.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_HODGES_LEHMANN_H
#define PKPC_HODGES_LEHMANN_H

#include "distributions.h"		/* PkpcAlternative */

/* Outcome of a Hodges-Lehmann computation. */
typedef enum PkpcHLStatus
{
	PKPC_HL_OK = 0,
	PKPC_HL_TOO_FEW,			/* a group (or the sample) is empty: nothing
								 * is filled in */
	PKPC_HL_ALL_TIED,			/* R's large-sample branch with all differences
								 * (Walsh averages) equal: the estimate is
								 * filled in, the interval is NaN (R stops
								 * with "cannot compute confidence interval
								 * when all observations are tied") */
	PKPC_HL_BAD_ARG,			/* NULL pointer, conf_level outside (0,1),
								 * unknown alternative, negative n_zero,
								 * input not sorted ascending or not finite */
	PKPC_HL_TOO_LARGE,			/* a sample of 2^31 values or more, or more
								 * than 2^53 differences (Walsh averages) */
	PKPC_HL_EXPAND_TOO_LARGE	/* a grouped sample of more than
								 * PKPC_HL_EXPAND_MAX observations would
								 * have to be expanded (too many distinct
								 * differences to enumerate) */
} PkpcHLStatus;

/*
 * Largest grouped sample expanded into a plain array (256 MiB of doubles).
 * A grouped sample's memory is that of its distinct values, whatever its
 * counts claim, so its expansion is bounded on its own.
 */
#define PKPC_HL_EXPAND_MAX	((int64_t) 1 << 25)

/*
 * Work and memory.  Grouped samples whose distinct differences (Walsh
 * averages) number at most 65536 are enumerated: O(distinct) memory and
 * time.  Otherwise selection runs in the implicit matrix: rows are the
 * smaller sample (at most about 9.5e7 two-sample, 1.3e8 one-sample, by the
 * 2^53 bound), O((rows + columns) log N) time, 12-28 bytes per row plus a
 * buffer of at most 8 MiB, and 8 bytes per observation of an expanded
 * grouped sample.  Every pass polls for cancel at least every 65536 rows or
 * entries; a boundary that moves far within one row gallops (O(log) probes).
 */

/*
 * Result.  The interval is for the shift group 1 - group 2 (two-sample) or
 * for the pseudomedian (one-sample); 'less' gives (-Inf, upper], 'greater'
 * gives [lower, +Inf), as R.
 */
typedef struct PkpcHLResult
{
	double		estimate;		/* median of the differences x_i - y_j, or of
								 * the Walsh averages (d_i + d_j)/2, i <= j;
								 * mean of the two middle ones when their
								 * number is even (R's median()) */
	double		ci_lower;		/* -INFINITY for PKPC_LESS */
	double		ci_upper;		/* +INFINITY for PKPC_GREATER */
	bool		exact;			/* true: R's exact branch (order statistics
								 * at qwilcox/qsignrank positions); false:
								 * R's normal-approximation branch */
	bool		conf_not_achievable;	/* R warns "requested conf.level
										 * not achievable": exact branch,
										 * or one-sample normal branch
										 * (never two-sample normal) */
	double		conf_achieved;	/* exact branch: exact coverage 1 - achieved
								 * alpha of the interval returned; normal
								 * branch: the nominal level actually used
								 * (conf_level, or R's lowered level in the
								 * one-sample case; 0 when R falls back to
								 * the sample median) */
	double		conf_reported;	/* the level R attaches to its interval:
								 * conf_level, or when not achievable 1 -
								 * achieved alpha (two-sample) and 1 -
								 * signif(achieved alpha, 2) (one-sample) */
	int64_t		k_lower;		/* 1-based rank, among all differences (Walsh
								 * averages) sorted ascending, of ci_lower; 0
								 * when infinite or undefined */
	int64_t		k_upper;		/* likewise for ci_upper */
	int64_t		n_pairs;		/* number of differences n1*n2, or of Walsh
								 * averages n(n+1)/2 */
} PkpcHLResult;

/*
 * Two-sample shift (group 1 = x).  x[0..nx-1] and y[0..ny-1] sorted
 * ascending, finite.  R's exact branch when nx < 50, ny < 50 and the
 * combined sample has no ties; otherwise the normal-approximation branch
 * with continuity and tie correction.
 */
extern PkpcHLStatus pkpc_hl_two_sample(const double *x, int64_t nx,
									   const double *y, int64_t ny,
									   PkpcAlternative alt, double conf_level,
									   PkpcHLResult *res);

/*
 * One-sample / paired pseudomedian.  d[0..n-1] the non-zero differences
 * sorted ascending, finite; n_zero the number of zero differences that were
 * dropped (R uses its exact branch only when n < 50, no |d| is tied and
 * n_zero == 0).
 */
extern PkpcHLStatus pkpc_hl_one_sample(const double *d, int64_t n,
									   int64_t n_zero,
									   PkpcAlternative alt, double conf_level,
									   PkpcHLResult *res);

/*
 * The same from grouped samples: entries v[0..nv-1] ascending, c[i]
 * observations equal to v[i] (c NULL: one each), as a state group in map
 * mode holds them (state.h).  Equal to the functions above on the expanded
 * samples, bit for bit; few distinct values make them cheap.
 */
extern PkpcHLStatus pkpc_hl_two_sample_grouped(const double *xv,
											   const int64_t *xc, int64_t nxv,
											   const double *yv,
											   const int64_t *yc, int64_t nyv,
											   PkpcAlternative alt,
											   double conf_level,
											   PkpcHLResult *res);
extern PkpcHLStatus pkpc_hl_one_sample_grouped(const double *dv,
											   const int64_t *dc, int64_t ndv,
											   int64_t n_zero,
											   PkpcAlternative alt,
											   double conf_level,
											   PkpcHLResult *res);

/*
 * The k-th smallest (1-based) of the nx*ny differences x_i - y_j (as
 * computed in double precision), x and y sorted ascending; or of the
 * n(n+1)/2 Walsh averages (d_i + d_j)/2, i <= j.  Return false (and leave
 * *out alone) for k out of range or sizes beyond PKPC_HL_TOO_LARGE's limits.
 */
extern bool pkpc_hl_kth_difference(const double *x, int64_t nx,
								   const double *y, int64_t ny,
								   int64_t k, double *out);
extern bool pkpc_hl_kth_walsh(const double *d, int64_t n, int64_t k,
							  double *out);

#endif							/* PKPC_HODGES_LEHMANN_H */
