/*-------------------------------------------------------------------------
 *
 * correlation_core.h
 *	  Rank correlations (Spearman's rho, Kendall's tau-b) and the null
 *	  distributions R's cor.test uses for them, over plain arrays.
 *
 * src/correlation_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_CORRELATION_CORE_H
#define PKPC_CORRELATION_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "pkpc_core.h"

/* Spearman's rho of n pairs and what its p-value needs. */
typedef struct PkpcSpearman
{
	double		rho;			/* NaN when x or y is constant */
	bool		ties;			/* ties in x or in y */
	double		sum_d2;			/* sum of squared rank differences (no ties) */
} PkpcSpearman;

/*
 * Kendall's tau-b of n pairs (Knight's O(n log n) algorithm) and the
 * pieces of the tie-corrected variance of S = concordant - discordant.
 */
typedef struct PkpcKendall
{
	double		tau_b;			/* NaN when x or y is constant */
	int64_t		s;				/* concordant - discordant pairs */
	bool		ties;
	double		var_s;			/* tie-corrected variance of S */
} PkpcKendall;

/* pairs: n >= 2 (x, y) pairs, interleaved, finite; they are reordered. */
extern void pkpc_spearman(double *pairs, int64_t n, PkpcSpearman *out);
extern void pkpc_kendall(double *pairs, int64_t n, PkpcKendall *out);

/*
 * Algorithm AS 89 (Best & Roberts 1975) as R 4.2.2's prho: P(S >= is), or
 * P(S < is) if lower_tail, for Spearman's S = (n^3 - n)(1 - rho)/6 under
 * independence without ties: exact (all n! permutations) for n <= 9, else
 * the Edgeworth series.  n >= 2.
 */
extern double pkpc_spearman_prho(int n, double is, bool lower_tail);

/*
 * P(T <= q) for Kendall's T = number of concordant pairs of n untied pairs
 * under independence (the distribution of inversions of a random
 * permutation), exactly; NaN for n > PKPC_KENDALL_EXACT_MAX_N.
 */
#define PKPC_KENDALL_EXACT_MAX_N	60
extern double pkpc_kendall_cdf(int n, double q);

#endif							/* PKPC_CORRELATION_CORE_H */
