/*-------------------------------------------------------------------------
 *
 * cox_fit.h
 *	  Cox proportional-hazards regression (Efron's ties) by Newton-Raphson
 *	  with step halving, over plain arrays.
 *
 * src/cox_fit.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_COX_FIT_H
#define PKPC_COX_FIT_H

#include <stdbool.h>
#include <stdint.h>

#include "pkpc_core.h"

/* R's coxph.control() defaults */
#define PKPC_COX_MAX_ITER		20
#define PKPC_COX_EPS			1e-9	/* relative change of the log likelihood */

/* Most covariates of one fit (the information matrix is p x p). */
#define PKPC_COX_MAX_COVARIATES 100

/*
 * Work bound: multiply-adds of one evaluation of the partial likelihood,
 * its gradient and information, about n (p^2 + 3 p) / 2 + 2 p^3, times the
 * iterations (at most PKPC_COX_MAX_ITER + 2).  Larger problems are refused
 * (PKPC_COX_TOO_LARGE) before any work; 2e11 is roughly a minute of CPU.
 */
#define PKPC_COX_MAX_WORK		2.0e11

/* Return codes of pkpc_cox_fit */
#define PKPC_COX_OK				0
#define PKPC_COX_TOO_LARGE		1	/* above PKPC_COX_MAX_WORK */
#define PKPC_COX_NO_EVENTS		2	/* nothing to fit */

/*
 * The data, sorted by time ascending: n rows of time[i], event[i] (1 or 0)
 * and p covariates x[i * p + j].  pkpc_cox_fit centres and scales x in
 * place (as R does, for stability; the estimates do not depend on it).
 */
typedef struct PkpcCoxData
{
	int64_t		n;
	int			p;
	const double *time;
	const double *event;
	double	   *x;
} PkpcCoxData;

/*
 * The fit.  Arrays have p (coef, se, may_be_infinite) or p * p (var)
 * elements, allocated by pkpc_cox_fit.  A covariate found redundant
 * (aliased) by the Cholesky factorisation has coef NaN and a zero row and
 * column in var, as R reports NA.
 */
typedef struct PkpcCoxFit
{
	int			p;
	int64_t		n_events;
	double	   *coef;			/* log hazard ratios */
	double	   *var;			/* inverse information at coef (R's var) */
	double		loglik0;		/* partial log likelihood at 0 */
	double		loglik;			/* at coef */
	double		score_test;		/* score (log-rank) chi-square at 0 */
	int			rank;			/* non-aliased covariates */
	int			iterations;
	bool		converged;		/* false: ran out of iterations */
	bool		any_infinite;	/* some coefficient may be infinite */
	bool	   *may_be_infinite;	/* per covariate, R's rule */
} PkpcCoxFit;

extern int	pkpc_cox_fit(const PkpcCoxData *data, PkpcCoxFit *fit);

/*
 * b' V^-1 b over the non-aliased covariates (R's Wald test of all
 * coefficients); NaN if V is not positive definite there.
 */
extern double pkpc_cox_wald(const PkpcCoxFit *fit);

#endif							/* PKPC_COX_FIT_H */
