/*-------------------------------------------------------------------------
 *
 * moments.h
 *	  Running means, sums of squares and co-moments.
 *
 * src/moments.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_MOMENTS_H
#define PKPC_MOMENTS_H

/*
 * Moments of one variable: m[0] = shift K (the first value seen),
 * m[1] = mean of (x - K), m[2] = sum of squared deviations (M2).
 */
#define PKPC_MOM_NSTATS		3

/*
 * Paired moments: x at [0..2], y at [3..5], d = x - y at [6..8], and the
 * co-moment sum (x - mean x)(y - mean y) at [9].
 */
#define PKPC_PAIRED_X		0
#define PKPC_PAIRED_Y		3
#define PKPC_PAIRED_D		6
#define PKPC_PAIRED_CXY		9
#define PKPC_PAIRED_NSTATS	10

extern void pkpc_moments_add(double *m, int64 n_before, double x);
extern void pkpc_moments_combine(double *dst, int64 ndst, const double *src, int64 nsrc);
extern void pkpc_paired_add(double *m, int64 n_before, double x, double y);
extern void pkpc_paired_combine(double *dst, int64 ndst, const double *src, int64 nsrc);

static inline double
pkpc_moments_mean(const double *m)
{
	return m[0] + m[1];
}

/* Sample variance (n - 1 denominator); NaN for n < 2. */
static inline double
pkpc_moments_var(const double *m, int64 n)
{
	return n > 1 ? m[2] / (double) (n - 1) : NAN;
}

#endif							/* PKPC_MOMENTS_H */
