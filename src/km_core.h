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
 * The steps of the curve from n (time, event) pairs sorted by time, event
 * 1 or 0; z is the normal quantile of the interval (1.96 for 95 %).  out
 * must have room for n steps; returns the number of steps written.
 */
extern int64_t pkpc_km_steps(const double *pairs, int64_t n, double z,
						   PkpcKmStep *out);

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
