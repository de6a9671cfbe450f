/*-------------------------------------------------------------------------
 *
 * rank_exact.h
 *	  Exact null distributions of the Wilcoxon rank-sum (Mann-Whitney) and
 *	  signed-rank statistics, with and without ties.
 *
 * All functions are pure computations over their arguments; they allocate
 * with palloc and poll CHECK_FOR_INTERRUPTS.  Work is bounded: a problem
 * whose dynamic programme would exceed RANK_EXACT_MAX_WORK cell updates
 * (1-4 ns each, so at most about 1 s) or RANK_EXACT_MAX_CELLS doubles of
 * memory (256 MB) is refused before any work is done.  For the rank sum the
 * work is about N * (sum over c <= min(n1, n2) of the spread of the doubled
 * score sums of c items) / g, g the gcd of the score differences: balanced
 * samples (n1 = N/2) are accepted up to N ~ 370 without ties, ~ 440 with
 * all values in pairs, ~ 300-320 with 11 ordinal levels of equal size;
 * unbalanced ones much further (n1 = 10: N ~ 2000 with 11 levels, > 3000
 * without ties).
 *
 * src/rank_exact.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef RANK_EXACT_H
#define RANK_EXACT_H

#include "pkpc_core.h"

/* Refusal bounds, shared by every function below */
#define RANK_EXACT_MAX_WORK		300000000.0	/* cell updates */
#define RANK_EXACT_MAX_CELLS	33554432	/* doubles held at once (256 MB) */

/*
 * Exact p-values of an observed statistic T = t_obs, conditional on the ties.
 */
typedef struct PkpcExactP
{
	double		p_le;			/* P(T <= t_obs): alternative 'less' */
	double		p_ge;			/* P(T >= t_obs): alternative 'greater' */
	double		p_two;			/* P(|T - E T| >= |t_obs - E T|) */
} PkpcExactP;

/*
 * Rank-sum test conditional on ties.
 *
 * tie_sizes[0..ntie-1]: sizes of the tie groups of the pooled sample in
 * ascending order of value (a sample without ties has all sizes 1); their sum
 * is N.  n1: size of group 1 (0 <= n1 <= N).  w: observed sum of the
 * mid-ranks of group 1 (a multiple of 0.5; snapped to the nearest half).
 * T is the rank sum of group 1 under random allocation of n1 of the N
 * observations, so p_le is small when group 1 tends to be smaller.
 * Comparisons are made exactly in integers (doubled scores), so no tolerance
 * is involved; coin's fuzzy comparisons give the same sets.
 *
 * Returns false, leaving *res untouched, when the problem exceeds the bounds
 * above or the input is invalid (non-positive size, n1 outside [0, N],
 * N > 1000000, w not a multiple of 0.5 or outside [0, N(N+1)/2]).
 */
extern bool pkpc_ranksum_exact(const int *tie_sizes, int ntie, int n1,
							   double w, PkpcExactP *res);

/*
 * Signed-rank test conditional on ties.
 *
 * tie_sizes: sizes of the tie groups of the sorted |d| over the non-zero d
 * (sum n >= 0).  v: observed sum of the mid-ranks of the positive d (R's V).
 * T = V under independent fair signs, so p_le is small when d = x - y tends
 * to be negative.  Returns false as pkpc_ranksum_exact does (n > 1000000,
 * v outside [0, n(n+1)/2], or too large).
 */
extern bool pkpc_signrank_exact(const int *tie_sizes, int ntie, double v,
								PkpcExactP *res);

/*
 * Distributions without ties, with R's semantics (pwilcox, qwilcox,
 * psignrank, qsignrank): U = Mann-Whitney U of the m-sample, in 0..m*n;
 * V = signed-rank statistic, in 0..n(n+1)/2.
 *
 * pkpc_pwilcox: P(U <= q) if lower_tail, else P(U > q); q is first replaced
 *		by floor(q + 1e-7).  pkpc_psignrank: likewise with q replaced by
 *		round(q + 1e-7).  Both tails are computed directly (never 1 - tiny).
 * pkpc_qwilcox / pkpc_qsignrank: smallest q with P(<= q) >= p, with R's
 *		fuzz of 10 * DBL_EPSILON; p = 0 gives 0, p = 1 gives the maximum.
 *
 * NaN is returned for NaN arguments, m, n <= 0, p outside [0, 1], and when
 * the problem exceeds the bounds above: never for m, n <= 130 (any
 * combination) nor for signed-rank n <= 1000.
 */
extern double pkpc_pwilcox(double q, int m, int n, bool lower_tail);
extern double pkpc_qwilcox(double p, int m, int n);
extern double pkpc_psignrank(double q, int n, bool lower_tail);
extern double pkpc_qsignrank(double p, int n);

#endif							/* RANK_EXACT_H */
