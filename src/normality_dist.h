/*-------------------------------------------------------------------------
 *
 * normality_dist.h
 *	  Kolmogorov-Smirnov statistics against a normal distribution and the
 *	  distributions of D: Lilliefors (Dallal-Wilkinson), the Kolmogorov limit
 *	  distribution, and the exact finite-n distribution of Marsaglia, Tsang
 *	  and Wang (2003).
 *
 * All functions are plain C over arrays (see pkpc_core.h).  p-values are
 * upper-tail probabilities P(D_n >= d) for the two-sided statistic.
 *
 * src/normality_dist.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NORMALITY_DIST_H
#define NORMALITY_DIST_H

#include <stdbool.h>
#include <stdint.h>

/* Status codes returned by the functions below */
#define PKPC_NORM_OK			0	/* result valid */
#define PKPC_NORM_TOO_FEW		1	/* n below the method's minimum */
#define PKPC_NORM_BAD_INPUT		2	/* NaN/Inf, sd <= 0, unsorted data, d
									 * outside [0, 1] */
#define PKPC_NORM_TOO_LARGE		3	/* exact computation above the work bound */

/*
 * Work bound of the exact (Marsaglia-Tsang-Wang) p: the number of
 * multiply-adds of the matrix powers, about m^3 * 2 * log2(n) with
 * m = 2 * ceil(n * d) - 1.  n = 200 needs at most about 1e9.
 */
#define PKPC_KS_EXACT_MAX_WORK	4.0e9

/* How pkpc_ks_known_p chooses between the exact and the asymptotic p */
typedef enum PkpcKsMethod
{
	PKPC_KS_AUTO,				/* as R 4.2.2 ks.test(exact = NULL): exact iff
								 * n < 100 and no ties */
	PKPC_KS_EXACT,				/* exact = TRUE */
	PKPC_KS_ASYMPTOTIC			/* exact = FALSE */
} PkpcKsMethod;

/* KS statistics of a sample against a continuous distribution */
typedef struct PkpcKsStat
{
	double		d;				/* max(d_plus, d_minus) */
	double		d_plus;			/* max_i (i/n - F(x_(i))), R's "greater" */
	double		d_minus;		/* max_i (F(x_(i)) - (i-1)/n), R's "less" */
} PkpcKsStat;

/*
 * Sample mean and standard deviation (divisor n - 1) as R's mean() and sd()
 * compute them (mean refined by a second pass); compensated sums keep the
 * result independent of the platform's long double.  n >= 2 for sd (sd is
 * NaN for n = 1).  Returns PKPC_NORM_BAD_INPUT for n < 1 or non-finite sums.
 */
extern int	pkpc_sample_mean_sd(const double *x, int64_t n,
								double *mean, double *sd);

/*
 * The same for a grouped sample: counts[i] observations equal to x[i]
 * (counts NULL: one each), nv entries.  O(nv) work, whatever the counts;
 * with counts NULL (or all ones) the result is pkpc_sample_mean_sd's.
 */
extern int	pkpc_sample_mean_sd_grouped(const double *x, const int64_t *counts,
										int64_t nv, double *mean, double *sd);

/*
 * D, D+ and D- of the ascending sample x[0..n-1] against N(mean, sd^2),
 * exactly as R's ks.test(x, "pnorm", mean, sd) and nortest's lillie.test
 * (with mean(x), sd(x)) define them.  Tails use Q = 1 - Phi directly so
 * that F close to 1 loses no digits.  Returns PKPC_NORM_BAD_INPUT if n < 1,
 * sd <= 0 or not finite, mean not finite, or x unsorted / not finite.
 */
extern int	pkpc_ks_statistic(const double *x, int64_t n, double mean,
							  double sd, PkpcKsStat *out);

/*
 * The same for a grouped sample (x ascending, counts[i] >= 1 observations
 * of x[i], counts NULL: one each; equal values may sit in adjacent entries):
 * exactly the statistic of the expanded sample, in O(nv) work.
 */
extern int	pkpc_ks_statistic_grouped(const double *x, const int64_t *counts,
									  int64_t nv, double mean, double sd,
									  PkpcKsStat *out);

/*
 * Lilliefors p-value for D (parameters estimated from the sample), by the
 * Dallal-Wilkinson (1986) approximation with the modified statistic above
 * p = 0.1, exactly as nortest::lillie.test.  n >= 5 (else PKPC_NORM_TOO_FEW).
 */
extern int	pkpc_lilliefors_p(double d, int64_t n, double *p);

/*
 * The uncorrected asymptotic Kolmogorov p on z = sqrt(n) * D with the
 * four-branch formula SPSS 21 NPAR TESTS /K-S printed ("Asymp. Sig.").
 * It is the Kolmogorov limit distribution 1 - K(z) with truncated
 * constants, within 4.2e-7 absolute (see pkpc_kolmogorov_q).
 */
extern double pkpc_kolmogorov_p_spss(double z);

/*
 * 1 - K(z), the upper tail of the Kolmogorov limit distribution,
 * summed to full double precision (no 1 - P cancellation for large z).
 */
extern double pkpc_kolmogorov_q(double z);

/*
 * Exact P(D_n >= d) for the two-sided statistic of a continuous
 * distribution with known parameters (Marsaglia, Tsang & Wang 2003),
 * the value R 4.2.2's ks.test(exact = TRUE) reports.  Where that is below
 * 1e-5 the upper tail 2 * P(D+_n >= d) (Birnbaum-Tingey, exact for
 * d >= 1/2 and within ~p^3 relative below) replaces 1 - P(D_n < d), whose
 * cancellation would lose the digits.  PKPC_NORM_TOO_LARGE when the matrix
 * power exceeds PKPC_KS_EXACT_MAX_WORK.
 */
extern int	pkpc_ks_exact_p(double d, int64_t n, double *p);

/*
 * Two-sided p for a fully specified distribution as R 4.2.2 ks.test:
 * exact (above) or the asymptotic 1 - K(sqrt(n) d), chosen by method.
 * *used_exact tells which one was used.  With PKPC_KS_AUTO an exact p
 * above the work bound cannot occur (n < 100).
 */
extern int	pkpc_ks_known_p(double d, int64_t n, bool has_ties,
							PkpcKsMethod method, double *p, bool *used_exact);

#endif							/* NORMALITY_DIST_H */
