/*-------------------------------------------------------------------------
 *
 * km_core.h
 *	  The Kaplan-Meier curve with Greenwood standard errors and R's log
 *	  confidence band, and the median survival with its interval, over
 *	  plain arrays.
 *
 * src/km_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_KM_CORE_H
#define PKPC_KM_CORE_H

#include "pkpc_core.h"

/*
 * One step of the curve: a distinct time with an event or a censoring.
 * Undefined figures are NaN (std_err, lower and upper once S is 0).
 */
typedef struct PkpcKmStep
{
	double		time;
	int64_t		n_risk;			/* subjects with time >= this time */
	int64_t		n_event;
	int64_t		n_censor;
	double		surv;			/* product-limit S(time) */
	double		std_err;		/* Greenwood standard error of S */
	double		lower;			/* log interval, upper end capped at 1 */
	double		upper;
} PkpcKmStep;

/*
 * A walk along the curve, step by step, for callers that do not want all
 * steps in memory at once.
 */
typedef struct PkpcKmWalk
{
	const double *ev;
	int64_t		ne;
	const double *cens;
	int64_t		nc;
	double		z;
	int64_t		i;				/* next event time */
	int64_t		j;				/* next censoring time */
	int64_t		at_risk;
	double		s;				/* S so far */
	double		v;				/* Greenwood sum so far */
} PkpcKmWalk;

extern void pkpc_km_walk_init(PkpcKmWalk *w, const double *ev, int64_t ne,
							  const double *cens, int64_t nc, double z);

/*
 * The next step into *out; false at the end.  With full = false only time,
 * the counts and surv are set (cheaper: no logarithms).
 */
extern bool pkpc_km_walk_next(PkpcKmWalk *w, PkpcKmStep *out, bool full);

/*
 * The steps of the curve from the ascending event times ev[0..ne) and the
 * ascending censoring times cens[0..nc); z is the normal quantile of the
 * interval (1.96 for 95 %).  out must have room for ne + nc steps; returns
 * the number of steps written.
 */
extern int64_t pkpc_km_steps(const double *ev, int64_t ne,
							 const double *cens, int64_t nc,
							 double z, PkpcKmStep *out);

/*
 * The median survival time and its interval as R prints a survfit: the
 * first time at which the curve (or a bound) is at or below one half (R's
 * tolerance sqrt(DBL_EPSILON)); when the curve is exactly one half there
 * and falls later, the midpoint between that time and the next time it
 * falls.  NaN where the curve never gets there.
 */
extern void pkpc_km_median(const PkpcKmStep *steps, int64_t nsteps,
						   double *median, double *lower, double *upper);

#endif							/* PKPC_KM_CORE_H */
