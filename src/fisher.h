/*-------------------------------------------------------------------------
 *
 * fisher.h
 *	  Fisher's exact test for r x c contingency tables, and the 2 x 2
 *	  conditional odds ratio with its exact confidence interval.
 *
 * Conventions shared by both entry points:
 *
 * - Tables are int64 counts in row-major order: cell (i, j) is
 *	 counts[i * ncol + j].  Negative counts are rejected.
 * - The two-sided p-value follows R's fisher.test: the sum of the
 *	 probabilities (under independence, conditional on both margins) of all
 *	 tables whose probability is <= P_obs * (1 + 1e-7), P_obs being the
 *	 probability of the observed table.  SPSS and PSPP use a different rule
 *	 and differ only when probabilities tie.
 * - p_point is P_obs itself (hypergeometric point probability; SPSS prints
 *	 it as "Point Probability").
 * - Nothing is ever printed or raised: the return code says what happened,
 *	 and every output is written on every return (NaN when undefined).
 *
 * src/fisher.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_FISHER_H
#define PKPC_FISHER_H

#include <stdint.h>

/* Return codes */
#define PKPC_FISHER_OK			0	/* results valid */
#define PKPC_FISHER_TOO_LARGE	1	/* work or memory bound reached: r x c, p
									 * is NaN; 2 x 2, the p's are valid, the
									 * odds ratio and its interval NaN */
#define PKPC_FISHER_INVALID		2	/* bad dimensions, negative count, or a
									 * total above PKPC_FISHER_MAX_TOTAL */
#define PKPC_FISHER_DEGENERATE	3	/* 2 x 2 with an empty row or column: p's
									 * are 1, odds ratio and CI are NaN */

/* Alternatives for the 2 x 2 confidence interval (as fisher.test) */
#define PKPC_FISHER_TWO_SIDED	0
#define PKPC_FISHER_LESS		1	/* odds ratio < 1 */
#define PKPC_FISHER_GREATER		2	/* odds ratio > 1 */

/*
 * Largest table total accepted by either entry point (2^40, about 1.1e12):
 * above it, the doubles that carry the counts and the tail sums (whose length
 * grows like sqrt(N)) stop being trustworthy or fast.
 */
#define PKPC_FISHER_MAX_TOTAL	INT64_C(1099511627776)

/*
 * Work bound of the 2 x 2 odds-ratio solver: terms of the noncentral
 * hypergeometric summed, 5-10 ns each, so at most about 0.5 s.  Each
 * evaluation sums O(sd) terms, sd ~ sqrt(N) for balanced margins; with up
 * to a few hundred evaluations, balanced tables from N ~ 2^35 on reach it.
 */
#define PKPC_FISHER_2X2_MAX_TERMS	INT64_C(50000000)

/*
 * Work bounds of the r x c network algorithm.
 *
 * max_steps bounds the work of the whole run, counted as column allocations
 * enumerated, plus one per past probability carried through an allocation,
 * plus one per cell for each node's bounds.  With the default 4e6 a table
 * beyond reach (dense 6 x 6 with N >= 100) is reported within about 0.5 s
 * of CPU.  max_entries bounds the distinct (node, past probability) pairs
 * held for one stage (24 bytes each) and the stored completion values of the
 * last stage (16 bytes each); nodes per stage are limited to
 * max_entries * 4 / max(min(r, c), 4).  The default 2^21 keeps the peak near
 * 100 MB.  The log-factorial table takes 8 * (N + 1) bytes; N above
 * max_total (clamped to 1e8) gives PKPC_FISHER_TOO_LARGE at once, and so
 * does a table of more than max_steps cells (the bounds of the first node
 * alone cost a step per cell).  Set-up is O(r c) time and O(N + r + c)
 * memory; the run polls for cancel every 1024 allocations.
 *
 * Pass NULL to use the defaults.
 */
typedef struct PkpcFisherLimits
{
	int64_t		max_steps;
	int64_t		max_entries;
	int64_t		max_total;
} PkpcFisherLimits;

#define PKPC_FISHER_DEFAULT_MAX_STEPS	INT64_C(4000000)
#define PKPC_FISHER_DEFAULT_MAX_ENTRIES INT64_C(2097152)
#define PKPC_FISHER_DEFAULT_MAX_TOTAL	INT64_C(1000000)

/*
 * pkpc_fisher_rxc
 *		Two-sided Fisher exact test of independence on an nrow x ncol table.
 *
 * Empty rows and columns are dropped first.  If fewer than two non-empty rows
 * or columns remain, every table with those margins is the observed one:
 * *p_value = *p_point = 1 and PKPC_FISHER_OK is returned.  A table that
 * reduces to 2 x 2 is handled by the hypergeometric path of pkpc_fisher_2x2
 * (any total up to PKPC_FISHER_MAX_TOTAL, no work bound needed).  Larger
 * tables use the network algorithm; it returns PKPC_FISHER_TOO_LARGE (with
 * *p_value = NaN, *p_point still set) when a bound of *limits is reached or
 * the total exceeds limits->max_total.
 *
 * p_point may be NULL.
 */
extern int	pkpc_fisher_rxc(const int64_t *counts, int nrow, int ncol,
							const PkpcFisherLimits *limits,
							double *p_value, double *p_point);

/*
 * Results for a 2 x 2 table [[a, b], [c, d]] (counts[0..3] = a, b, c, d).
 *
 * Under fixed margins a is hypergeometric; with odds ratio psi its
 * distribution is Fisher's noncentral hypergeometric, P(a = x) proportional
 * to C(a + c, x) C(b + d, a + b - x) psi^x.
 *
 * p_two_sided	R's two-sided rule (see above)
 * p_less		P(a' <= a) under independence  (fisher.test alternative "less")
 * p_greater	P(a' >= a) under independence  (alternative "greater")
 * p_point		P(a' = a)
 * odds_ratio	conditional maximum-likelihood estimate of psi, the root of
 *				E_psi(a') = a; 0 when a is the smallest value the margins allow,
 *				+Inf when it is the largest (fisher.test's "estimate")
 * ci_lower,	exact conditional confidence interval (fisher.test's conf.int):
 * ci_upper		two-sided: lower solves P_psi(a' >= a) = (1 - conf)/2 and upper
 *				solves P_psi(a' <= a) = (1 - conf)/2; "less": [0, upper at
 *				1 - conf]; "greater": [lower at 1 - conf, +Inf].  A limit at
 *				the end of the support is 0 or +Inf.
 */
typedef struct PkpcFisher2x2
{
	double		p_two_sided;
	double		p_less;
	double		p_greater;
	double		p_point;
	double		odds_ratio;
	double		ci_lower;
	double		ci_upper;
} PkpcFisher2x2;

/*
 * pkpc_fisher_2x2
 *		Fisher's exact test, conditional MLE of the odds ratio and its exact
 *		interval for a 2 x 2 table.
 *
 * conf_level must lie in (0, 1) and alternative be one of the
 * PKPC_FISHER_TWO_SIDED/LESS/GREATER codes (it affects only the interval),
 * else PKPC_FISHER_INVALID.  The odds ratio and limits are solved to about
 * 1e-12 relative.  R's fisher.test solves them with uniroot's default
 * tolerance (about 1e-4 absolute on psi or 1/psi), so its estimate and
 * limits differ from these by ~1e-5 typically and grossly for odds ratios
 * below 1e-3.  Work is O(sqrt(N)) per evaluation: the p-values take a few
 * evaluations; the odds ratio and its limits, counted against
 * PKPC_FISHER_2X2_MAX_TERMS, are NaN beyond it (PKPC_FISHER_TOO_LARGE, the
 * p-values still valid).  Returns PKPC_FISHER_OK, PKPC_FISHER_TOO_LARGE,
 * PKPC_FISHER_INVALID or PKPC_FISHER_DEGENERATE.
 */
extern int	pkpc_fisher_2x2(const int64_t counts[4], double conf_level,
							int alternative, PkpcFisher2x2 *result);

#endif							/* PKPC_FISHER_H */
