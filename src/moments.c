/*-------------------------------------------------------------------------
 *
 * moments.c
 *	  Means, variances and correlations derived from exact sums.
 *
 * A moment test's state keeps exact sums (exact.c): S1 = sum x, S2 = sum
 * x^2 and, for pairs, sum y, sum y^2, sum x y.  Every statistic here is a
 * rational function of those sums and n evaluated in exact integer
 * arithmetic with one rounding at the end, so it depends on nothing but
 * the data (not on row order, plan or merge order):
 *
 *	mean = S1 / n									(correctly rounded)
 *	var  = (n S2 - S1^2) / (n (n - 1))				(correctly rounded)
 *	r    = (n Sxy - Sx Sy) / sqrt((n Sxx - Sx^2) (n Syy - Sy^2))
 *
 * The numerators are exact, so there is no cancellation however large the
 * mean is against the spread (1e9 + small noise keeps every digit of its
 * variance), and a square that would overflow a double (values near
 * 1e200) is still exact: only a variance beyond the double range is an
 * error.
 *
 * src/moments.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "args.h"
#include "moments.h"

/* n S(xx) - S(x)^2, exact */
static PkpcBig
spread(int64 n, const PkpcExact *sx, const PkpcExact *sxx)
{
	PkpcBig		s1 = pkpc_exact_big(sx);

	return pkpc_big_sub(pkpc_big_mul(pkpc_big_from_int64(n), pkpc_exact_big(sxx)),
						pkpc_big_mul(s1, s1));
}

/* mean and variance from S1 and the exact spread D */
static void
moments_from(int64 n, PkpcBig s1, PkpcBig d, PkpcMoments *m, const char *fname)
{
	m->n = n;
	m->mean = n > 0 ? pkpc_big_div_to_double(s1, (uint64) n, 1) : NAN;
	m->var = n > 1 ? pkpc_big_div_to_double(d, (uint64) n, (uint64) (n - 1)) : NAN;
	if (n > 1)
		pkpc_check_finite_stats(fname, &m->var, 1);
}

/* The moments of a one-variable group (sums PKPC_SUM_X, PKPC_SUM_XX). */
void
pkpc_moments(const PkpcGroup *g, PkpcMoments *m, const char *fname)
{
	moments_from(g->n, pkpc_exact_big(&g->sums[PKPC_SUM_X]),
				 spread(g->n, &g->sums[PKPC_SUM_X], &g->sums[PKPC_SUM_XX]),
				 m, fname);
}

/*
 * A group's mean in two parts, center + offset: center is the correctly
 * rounded mean and offset the correctly rounded rest (S1 - n center) / n,
 * which a difference of two nearly equal means needs (one_way_anova: means
 * of 1e9 + small noise).  ss is the sum of squared deviations from the
 * mean, (n S2 - S1^2) / n, correctly rounded.  n > 0.
 */
void
pkpc_moments_split(const PkpcGroup *g, double *center, double *offset,
				   double *ss, const char *fname)
{
	PkpcMoments m;
	PkpcExact	rest;

	pkpc_moments(g, &m, fname);
	pkpc_exact_copy(&rest, &g->sums[PKPC_SUM_X], CurrentMemoryContext);
	pkpc_exact_add_product(&rest, m.mean, -(double) g->n, CurrentMemoryContext);
	*center = m.mean;
	*offset = pkpc_big_div_to_double(pkpc_exact_big(&rest), (uint64) g->n, 1);
	*ss = pkpc_big_div_to_double(spread(g->n, &g->sums[PKPC_SUM_X],
										&g->sums[PKPC_SUM_XX]),
								 (uint64) g->n, 1);
	pkpc_check_finite_stats(fname, ss, 1);
}

/* mean(a) - mean(b) = (S1a nb - S1b na) / (na nb), correctly rounded */
double
pkpc_mean_difference(const PkpcGroup *a, const PkpcGroup *b)
{
	PkpcBig		num = pkpc_big_sub(pkpc_big_mul(pkpc_exact_big(&a->sums[PKPC_SUM_X]),
												pkpc_big_from_int64(b->n)),
								   pkpc_big_mul(pkpc_exact_big(&b->sums[PKPC_SUM_X]),
												pkpc_big_from_int64(a->n)));

	return pkpc_big_div_to_double(num, (uint64) a->n, (uint64) b->n);
}

/*
 * c / sqrt(a b) for exact a, b > 0, without overflow: each as m 2^e with m
 * in [0.5, 1).
 */
static double
ratio_to_geometric_mean(PkpcBig c, PkpcBig a, PkpcBig b)
{
	int			ec,
				ea,
				eb,
				e;
	double		mc = pkpc_big_ldexp(c, &ec);
	double		ma = pkpc_big_ldexp(a, &ea);
	double		mb = pkpc_big_ldexp(b, &eb);
	double		q = ma * mb;

	e = ea + eb;
	if (e % 2 != 0)
	{
		q *= 2.0;
		e -= 1;
	}
	return ldexp(mc / sqrt(q), ec - e / 2);
}

/* x, y, d = x - y and Pearson's r of a paired group. */
void
pkpc_paired_moments(const PkpcGroup *g, PkpcPairedMoments *m, const char *fname)
{
	int64		n = g->n;
	PkpcBig		sx = pkpc_exact_big(&g->sums[PKPC_SUM_X]);
	PkpcBig		sy = pkpc_exact_big(&g->sums[PKPC_SUM_Y]);
	PkpcBig		sxy = pkpc_exact_big(&g->sums[PKPC_SUM_XY]);
	PkpcBig		bn = pkpc_big_from_int64(n);
	PkpcBig		dx = spread(n, &g->sums[PKPC_SUM_X], &g->sums[PKPC_SUM_XX]);
	PkpcBig		dy = spread(n, &g->sums[PKPC_SUM_Y], &g->sums[PKPC_SUM_YY]);
	PkpcBig		cxy = pkpc_big_sub(pkpc_big_mul(bn, sxy), pkpc_big_mul(sx, sy));
	PkpcBig		sd = pkpc_big_sub(sx, sy);

	/* n S(dd) - S(d)^2 = Dx + Dy - 2 Cxy */
	PkpcBig		dd = pkpc_big_sub(pkpc_big_add(dx, dy), pkpc_big_add(cxy, cxy));

	moments_from(n, sx, dx, &m->x, fname);
	moments_from(n, sy, dy, &m->y, fname);
	moments_from(n, sd, dd, &m->d, fname);
	m->r = NAN;
	if (n > 1 && dx.sign > 0 && dy.sign > 0)
		m->r = Max(-1.0, Min(1.0, ratio_to_geometric_mean(cxy, dx, dy)));
}
