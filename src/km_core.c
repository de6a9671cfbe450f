/*-------------------------------------------------------------------------
 *
 * km_core.c
 *	  The Kaplan-Meier curve with Greenwood standard errors and R's log
 *	  confidence band, and the median survival with its interval.
 *
 * Kaplan & Meier (1958), product-limit estimator over the distinct times
 * t_j with d_j events, c_j censorings and n_j subjects at risk (time >=
 * t_j; a censoring at an event time counts as at risk there):
 *
 *	S(t_j) = prod_{i <= j} (1 - d_i / n_i)
 *
 * Greenwood's (1926) variance of the cumulative hazard,
 *
 *	V(t_j) = sum_{i <= j} d_i / (n_i (n_i - d_i)),
 *
 * gives the standard error of S as S sqrt(V) and the "log" interval that
 * R's survfit uses by default (Kalbfleisch & Prentice 1980, sec. 1.3):
 *
 *	exp(log S -+ z sqrt(V)), the upper end capped at 1,
 *
 * undefined where S = 0.  These are the columns of R's
 * summary(survfit(...), censor = TRUE).
 *
 * The median and its interval follow print.survfit (survival 3.5): the
 * first time at which the curve, or the lower or upper band, is below
 * 1/2 + sqrt(DBL_EPSILON); if the curve is within that tolerance of 1/2
 * there and falls below it later, the median is the midpoint between that
 * time and the next time the curve falls (Brookmeyer & Crowley 1982 read
 * the interval off the band the same way).
 *
 * Work is O(n) over the sorted event and censoring times (one merge walk);
 * nothing is allocated.
 *
 * src/km_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "km_core.h"

#include <float.h>
#include <math.h>

void
pkpc_km_walk_init(PkpcKmWalk *w, const double *ev, int64_t ne,
				  const double *cens, int64_t nc, double z)
{
	w->ev = ev;
	w->ne = ne;
	w->cens = cens;
	w->nc = nc;
	w->z = z;
	w->i = 0;
	w->j = 0;
	w->at_risk = ne + nc;
	w->s = 1.0;
	w->v = 0.0;
}

/* One merge step over both sorted lists: the next distinct time. */
bool
pkpc_km_walk_next(PkpcKmWalk *w, PkpcKmStep *st, bool full)
{
	double		t;
	int64_t		d = 0;
	int64_t		c = 0;
	double		se;

	if (w->i >= w->ne && w->j >= w->nc)
		return false;
	t = (w->j >= w->nc || (w->i < w->ne && w->ev[w->i] <= w->cens[w->j]))
		? w->ev[w->i] : w->cens[w->j];
	for (; w->i < w->ne && w->ev[w->i] == t; w->i++)
		d++;
	for (; w->j < w->nc && w->cens[w->j] == t; w->j++)
		c++;
	if (d > 0)
	{
		double		nr = (double) w->at_risk;

		w->s *= (nr - (double) d) / nr;
		w->v += d < w->at_risk ? (double) d / (nr * (nr - (double) d)) : INFINITY;
	}
	st->time = t;
	st->n_risk = w->at_risk;
	st->n_event = d;
	st->n_censor = c;
	st->surv = w->s;
	w->at_risk -= d + c;
	if (!full)
		return true;
	se = sqrt(w->v);
	st->std_err = w->s * se;	/* 0 * Inf: NaN, as R */
	if (w->s > 0.0)
	{
		/* exp(log S -+ z se) = S / e, S e with e = exp(z se) */
		double		e = exp(w->z * se);

		st->lower = w->s / e;
		st->upper = fmin(1.0, w->s * e);
	}
	else
		st->lower = st->upper = NAN;
	return true;
}

int64_t
pkpc_km_steps(const double *ev, int64_t ne, const double *cens, int64_t nc,
			  double z, PkpcKmStep *out)
{
	PkpcKmWalk	w;
	int64_t		nsteps = 0;

	pkpc_km_walk_init(&w, ev, ne, cens, nc, z);
	while (pkpc_km_walk_next(&w, &out[nsteps], true))
	{
		nsteps++;
		if ((nsteps & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	return nsteps;
}

/* The first time y (at step j) is at or below 1/2, by R's rule; NaN if never. */
static double
first_below_half(const PkpcKmStep *steps, int64_t nsteps, int which)
{
	const double tol = sqrt(DBL_EPSILON);
	int64_t		j;

#define Y(k) (which == 0 ? steps[k].surv : which == 1 ? steps[k].lower : steps[k].upper)
	for (j = 0; j < nsteps; j++)
	{
		double		y = Y(j);
		int64_t		k;

		if (isnan(y) || !(y < 0.5 + tol))
			continue;
		if (fabs(y - 0.5) < tol)
			for (k = j + 1; k < nsteps; k++)
				if (Y(k) < y)
					return (steps[j].time + steps[k].time) / 2.0;
		return steps[j].time;
	}
#undef Y
	return NAN;
}

void
pkpc_km_median(const PkpcKmStep *steps, int64_t nsteps,
			   double *median, double *lower, double *upper)
{
	*median = first_below_half(steps, nsteps, 0);
	*lower = first_below_half(steps, nsteps, 1);
	*upper = first_below_half(steps, nsteps, 2);
}
