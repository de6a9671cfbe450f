/*-------------------------------------------------------------------------
 *
 * moments.c
 *	  Running means, sums of squares and co-moments.
 *
 * Welford's update (Welford 1962; Knuth TAOCP vol. 2, 4.2.2) and the
 * pairwise combination of Chan, Golub & LeVeque (1979, eq. 2.1), as
 * PostgreSQL's float.c uses for its own aggregates, with one addition: each
 * variable is shifted by its first value K.  Registry values such as
 * 1e9 + small noise would otherwise lose every significant digit of their
 * spread; after the shift the deviations are exact differences of nearby
 * doubles (Sterbenz), and the variance keeps full relative accuracy.
 *
 * Layout of the statistics arrays: see moments.h.
 *
 * src/moments.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "moments.h"

/* Add x to moments m that hold n_before observations. */
void
pkpc_moments_add(double *m, int64 n_before, double x)
{
	double		xs;
	double		delta;

	if (n_before == 0)
	{
		m[0] = x;
		m[1] = 0.0;
		m[2] = 0.0;
		return;
	}
	xs = x - m[0];
	delta = xs - m[1];
	m[1] += delta / (double) (n_before + 1);
	m[2] += delta * (xs - m[1]);
}

/*
 * Merge moments src (nsrc observations) into dst (ndst observations).
 * Chan et al. (1979): with delta the difference of the means,
 * M2 = M2a + M2b + delta^2 na nb / (na + nb).
 */
void
pkpc_moments_combine(double *dst, int64 ndst, const double *src, int64 nsrc)
{
	double		n;
	double		delta;

	if (nsrc == 0)
		return;
	if (ndst == 0)
	{
		memcpy(dst, src, sizeof(double) * PKPC_MOM_NSTATS);
		return;
	}
	n = (double) ndst + (double) nsrc;
	delta = (src[1] + (src[0] - dst[0])) - dst[1];
	dst[1] += delta * ((double) nsrc / n);
	dst[2] += src[2] + delta * delta * ((double) ndst * (double) nsrc / n);
}

/* Add the pair (x, y) to paired moments holding n_before pairs. */
void
pkpc_paired_add(double *m, int64 n_before, double x, double y)
{
	double		dx_old;

	/* deviation of x from the old mean, for the co-moment update */
	dx_old = (n_before == 0) ? 0.0 : (x - m[PKPC_PAIRED_X]) - m[PKPC_PAIRED_X + 1];
	pkpc_moments_add(m + PKPC_PAIRED_X, n_before, x);
	pkpc_moments_add(m + PKPC_PAIRED_Y, n_before, y);
	pkpc_moments_add(m + PKPC_PAIRED_D, n_before, x - y);
	if (n_before == 0)
		m[PKPC_PAIRED_CXY] = 0.0;
	else
		m[PKPC_PAIRED_CXY] += dx_old *
			((y - m[PKPC_PAIRED_Y]) - m[PKPC_PAIRED_Y + 1]);
}

/* Merge paired moments; the co-moment follows Chan et al. as M2 does. */
void
pkpc_paired_combine(double *dst, int64 ndst, const double *src, int64 nsrc)
{
	double		n;
	double		dx;
	double		dy;

	if (nsrc == 0)
		return;
	if (ndst == 0)
	{
		memcpy(dst, src, sizeof(double) * PKPC_PAIRED_NSTATS);
		return;
	}
	n = (double) ndst + (double) nsrc;
	dx = (src[PKPC_PAIRED_X + 1] + (src[PKPC_PAIRED_X] - dst[PKPC_PAIRED_X])) - dst[PKPC_PAIRED_X + 1];
	dy = (src[PKPC_PAIRED_Y + 1] + (src[PKPC_PAIRED_Y] - dst[PKPC_PAIRED_Y])) - dst[PKPC_PAIRED_Y + 1];
	dst[PKPC_PAIRED_CXY] += src[PKPC_PAIRED_CXY] +
		dx * dy * ((double) ndst * (double) nsrc / n);
	pkpc_moments_combine(dst + PKPC_PAIRED_X, ndst, src + PKPC_PAIRED_X, nsrc);
	pkpc_moments_combine(dst + PKPC_PAIRED_Y, ndst, src + PKPC_PAIRED_Y, nsrc);
	pkpc_moments_combine(dst + PKPC_PAIRED_D, ndst, src + PKPC_PAIRED_D, nsrc);
}
