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
 * Work is O(n) over pairs sorted by time; nothing is allocated.
 *
 * src/km_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "km_core.h"

#include <float.h>
#include <math.h>

int64_t
pkpc_km_steps(const double *pairs, int64_t n, double z, PkpcKmStep *out)
{
	int64_t		at_risk = n;
	int64_t		nsteps = 0;
	int64_t		i = 0;
	double		s = 1.0;
	double		v = 0.0;

	while (i < n)
	{
		double		t = pairs[2 * i];
		int64_t		d = 0;
		int64_t		c = 0;
		PkpcKmStep *st = &out[nsteps++];
		double		se;

		for (; i < n && pairs[2 * i] == t; i++)
		{
			if (pairs[2 * i + 1] != 0.0)
				d++;
			else
				c++;
		}
		if (d > 0)
		{
			double		nr = (double) at_risk;

			s *= (nr - (double) d) / nr;
			v += d < at_risk ? (double) d / (nr * (nr - (double) d)) : INFINITY;
		}
		se = sqrt(v);
		st->time = t;
		st->n_risk = at_risk;
		st->n_event = d;
		st->n_censor = c;
		st->surv = s;
		st->std_err = s * se;	/* 0 * Inf: NaN, as R */
		if (s > 0.0)
		{
			st->lower = exp(log(s) - z * se);
			st->upper = fmin(1.0, exp(log(s) + z * se));
		}
		else
			st->lower = st->upper = NAN;
		at_risk -= d + c;
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
