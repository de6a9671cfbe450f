/*-------------------------------------------------------------------------
 *
 * compare_core.h
 *	  The figures of one Table 1 row comparing a continuous variable
 *	  between two groups, over sorted arrays.
 *
 * src/compare_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_COMPARE_CORE_H
#define PKPC_COMPARE_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "pkpc_core.h"

/* What a Table 1 cell shows of one group, and its normality test. */
typedef struct PkpcGroupSummary
{
	int64_t		n;
	double		mean;
	double		sd;				/* n - 1; NaN for n < 2 */
	double		q1;				/* quartiles, R's default (type 7) */
	double		median;
	double		q3;
	double		p_normal;		/* Lilliefors p; NaN if n < 5 or constant */
} PkpcGroupSummary;

/* x sorted ascending, n >= 1. */
extern void pkpc_group_summary(const double *x, int64_t n, PkpcGroupSummary *s);

/* The p-quantile of sorted x as R's quantile(type = 7). */
extern double pkpc_quantile7(const double *x, int64_t n, double p);

/*
 * Levene's test (centre: the group mean, as SPSS) of two groups: p of F
 * on 1 and n1 + n2 - 2 df; NaN when there is no spread of the deviations
 * within the groups.
 */
extern double pkpc_levene2_p(const double *x1, int64_t n1, const PkpcGroupSummary *s1,
							 const double *x2, int64_t n2, const PkpcGroupSummary *s2);

/*
 * Two-sided p of Student's (pooled) or Welch's t-test, as R's t.test; NaN
 * where R stops ("data are essentially constant") or n is too small.
 */
extern double pkpc_t2_p(const PkpcGroupSummary *s1, const PkpcGroupSummary *s2,
						bool welch, double *t);

/*
 * Two-sided asymptotic p of the Mann-Whitney U test, tie-corrected,
 * without continuity correction (SPSS's "Asymp. Sig.", R's
 * wilcox.test(exact = FALSE, correct = FALSE)); NaN if every value is
 * tied.  x1, x2 sorted.
 */
extern double pkpc_mann_whitney_p(const double *x1, int64_t n1,
								  const double *x2, int64_t n2, double *z);

#endif							/* PKPC_COMPARE_CORE_H */
