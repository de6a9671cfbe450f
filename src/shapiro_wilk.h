/*-------------------------------------------------------------------------
 *
 * shapiro_wilk.h
 *	  Shapiro-Wilk W and its p-value by Royston's algorithm AS R94.
 *
 * src/shapiro_wilk.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef SHAPIRO_WILK_H
#define SHAPIRO_WILK_H

#include <stdint.h>

/* Status codes of pkpc_shapiro_wilk */
#define PKPC_SW_OK				0	/* W and p valid (3 <= n <= 5000) */
#define PKPC_SW_P_EXTRAPOLATED	1	/* n > 5000: W valid; *p holds Royston's
									 * formula extrapolated beyond its range,
									 * not a valid p-value */
#define PKPC_SW_TOO_FEW			2	/* n < 3: nothing computed */
#define PKPC_SW_CONSTANT		3	/* all values equal: W undefined */
#define PKPC_SW_BAD_INPUT		4	/* NaN/Inf, x not ascending, a count < 1 */
#define PKPC_SW_TOO_LARGE		5	/* n > PKPC_SW_MAX_N: nothing computed */

/* upper limit of n for which Royston's p approximation is valid */
#define PKPC_SW_MAX_N_FOR_P		5000

/*
 * Work and memory bound: W is computed for n <= PKPC_SW_MAX_N only.  It
 * costs n/2 normal quantiles and four passes over the sample (under a
 * second at the bound on an idle machine) and n/2 doubles of coefficients
 * (40 MB at the bound); a grouped sample is read in place, never expanded.
 * Beyond it W has no p-value to go with anyway (that stops at n = 5000).
 */
#define PKPC_SW_MAX_N			INT64_C(10000000)

/*
 * W and its upper-tail p-value (small W = non-normal) for the ascending
 * sample x[0..n-1].  Location and scale invariant; any finite magnitude.
 * n = 3 gives the exact p (6/pi)(asin(sqrt W) - asin(sqrt(3/4))).
 * *w and *p are set only for PKPC_SW_OK and PKPC_SW_P_EXTRAPOLATED.
 */
extern int	pkpc_shapiro_wilk(const double *x, int64_t n, double *w, double *p);

/*
 * The same for a grouped sample: x[0..nv-1] ascending, counts[i] >= 1
 * observations equal to x[i] (counts NULL: one each), n their sum.  Gives
 * exactly pkpc_shapiro_wilk's result on the expanded sample, without
 * expanding it.
 */
extern int	pkpc_shapiro_wilk_grouped(const double *x, const int64_t *counts,
									  int64_t nv, double *w, double *p);

#endif							/* SHAPIRO_WILK_H */
