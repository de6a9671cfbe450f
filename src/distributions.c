/*-------------------------------------------------------------------------
 *
 * distributions.c
 *	  Upper-tail probabilities and quantiles of the normal, t, chi-square
 *	  and F distributions, accurate far into the tails.
 *
 * Every p-value of pkpcohort is computed from an upper tail, never as
 * 1 - P, so that small p-values keep their relative accuracy down to the
 * smallest representable doubles.
 *
 * GSL's gsl_cdf_tdist_Q switches to a Cornish-Fisher expansion in the far
 * tail and is then only ~1e-7 accurate (measured against R 4.2.2).  We use
 * instead the identity (Abramowitz & Stegun 26.7.1, 26.5.2)
 *
 *		P(T > t) = 1/2 * I_x(df/2, 1/2),	x = df / (df + t^2),  t >= 0
 *
 * with GSL's regularized incomplete beta function, which keeps full
 * relative accuracy as x -> 0.  Near the centre (t^2 < 1), where the upper
 * tail is close to 1/2, GSL's own routine is accurate and is kept.
 *
 * GSL's error handler is off (see pkpcohort.c): every routine that can fail
 * is called through its _e variant; a failure yields NaN, which the callers
 * report as an undefined (NULL) statistic.
 *
 * src/distributions.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>

#include "distributions.h"

/* Regularized incomplete beta I_x(a, b), NaN if GSL reports an error. */
static double
beta_inc(double a, double b, double x)
{
	gsl_sf_result r;

	int			status = gsl_sf_beta_inc_e(a, b, x, &r);

	if (status == GSL_EUNDRFLW)
		return 0.0;				/* below the smallest double */
	if (status != GSL_SUCCESS)
		return NAN;
	return r.val;
}

/* P(Z > z) for a standard normal Z. */
double
pkpc_norm_upper(double z)
{
	if (isnan(z))
		return NAN;
	return gsl_cdf_ugaussian_Q(z);
}

/* The lower p-quantile of the standard normal (Wichura's AS 241 in GSL). */
double
pkpc_norm_quantile(double p)
{
	if (!(p > 0.0 && p < 1.0))
		return NAN;
	return gsl_cdf_ugaussian_Pinv(p);
}

/*
 * log of Student's t density.  The normalising constant uses GSL's lnpoch
 * (log Gamma((df+1)/2) / Gamma(df/2) as one quantity), which stays accurate
 * for large df where a difference of two lgamma values would not.
 */
static double
t_log_density(double s, double df)
{
	double		a = df / 2.0;
	double		lnratio;

	/* log Gamma(a + 1/2) / Gamma(a): Stirling series for large a */
	if (a > 1e5)
		lnratio = 0.5 * log(a) - 1.0 / (8.0 * a) + 1.0 / (192.0 * a * a * a);
	else
		lnratio = gsl_sf_lnpoch(a, 0.5);
	return lnratio - 0.5 * log(df * M_PI) - (df + 1.0) / 2.0 * log1p(s * s / df);
}

typedef struct TailParams
{
	double		t;
	double		df;
	double		logf_t;
} TailParams;

static double
scaled_t_density(double s, void *arg)
{
	TailParams *tp = (TailParams *) arg;

	return exp(t_log_density(s, tp->df) - tp->logf_t);
}

/*
 * P(T > t), t >= 1, for large df, by adaptive quadrature of the density
 * scaled by its value at t (QUADPACK's QAGI in GSL).  GSL's incomplete beta
 * loses accuracy there (its continued fraction needs O(sqrt(df)) terms);
 * the scaled integrand is smooth and monotone, so the quadrature keeps
 * ~1e-13 relative accuracy however small the tail.
 */
static double
t_upper_quadrature(double t, double df)
{
	gsl_integration_workspace *w;
	gsl_function f;
	TailParams	tp;
	double		result;
	double		abserr;
	int			status;

	tp.t = t;
	tp.df = df;
	tp.logf_t = t_log_density(t, df);
	if (tp.logf_t < -800.0)
		return 0.0;				/* the tail is below the smallest double */
	w = gsl_integration_workspace_alloc(200);
	if (w == NULL)
		return NAN;
	f.function = scaled_t_density;
	f.params = &tp;
	status = gsl_integration_qagiu(&f, t, 0.0, 1e-13, 200, w, &result, &abserr);
	gsl_integration_workspace_free(w);
	if (!(result > 0.0) || (status != GSL_SUCCESS && abserr > 1e-12 * result))
		return NAN;
	return exp(tp.logf_t + log(result));
}

/* P(T > t) for Student's t with df > 0 degrees of freedom (df may be real). */
double
pkpc_t_upper(double t, double df)
{
	double		q;

	if (isnan(t) || !(df > 0.0) || isinf(df))
		return NAN;
	if (isinf(t))
		return t > 0 ? 0.0 : 1.0;
	if (t * t < 1.0)
		return gsl_cdf_tdist_Q(t, df);
	if (df > 2e4)
	{
		q = t_upper_quadrature(fabs(t), df);
		return t > 0 ? q : 1.0 - q;
	}

	q = 0.5 * beta_inc(0.5 * df, 0.5, df / (df + t * t));
	return t > 0 ? q : 1.0 - q;
}

/*
 * The lower p-quantile of Student's t.  GSL's inverse is refined by Newton
 * steps on our accurate tail so that the quantile is consistent with
 * pkpc_t_upper to rounding.
 */
double
pkpc_t_quantile(double p, double df)
{
	double		t;
	int			i;

	if (!(p > 0.0 && p < 1.0) || !(df > 0.0) || isinf(df))
		return NAN;
	if (p == 0.5)
		return 0.0;
	/* closed forms (Cauchy; Hill 1970 for df = 2), exact in the tails */
	if (df == 1.0)
		return p < 0.5 ? -1.0 / tan(M_PI * p) : 1.0 / tan(M_PI * (1.0 - p));
	if (df == 2.0)
		return (2.0 * p - 1.0) / sqrt(2.0 * p * (1.0 - p));
	t = gsl_cdf_tdist_Pinv(p, df);
	for (i = 0; i < 8 && isfinite(t); i++)
	{
		/* F(t) - p, evaluated through whichever tail is the smaller one */
		double		diff = (p <= 0.5) ? pkpc_t_upper(-t, df) - p
		: (1.0 - p) - pkpc_t_upper(t, df);
		double		dens = gsl_ran_tdist_pdf(t, df);
		double		step;

		if (!(dens > 0.0) || isnan(diff))
			break;
		step = diff / dens;
		t -= step;
		if (fabs(step) <= 1e-16 * fabs(t))
			break;
	}
	return t;
}

/* P(X > x) for a chi-square with df > 0 degrees of freedom. */
double
pkpc_chisq_upper(double x, double df)
{
	gsl_sf_result r;

	if (isnan(x) || !(df > 0.0) || isinf(df))
		return NAN;
	if (x <= 0.0)
		return 1.0;
	if (isinf(x))
		return 0.0;
	if (gsl_sf_gamma_inc_Q_e(0.5 * df, 0.5 * x, &r) != GSL_SUCCESS)
		return NAN;
	return r.val;
}

/*
 * P(F > f) for Snedecor's F(df1, df2): I_x(df2/2, df1/2) with
 * x = df2 / (df2 + df1 f) (Abramowitz & Stegun 26.6.2).
 */
double
pkpc_f_upper(double f, double df1, double df2)
{
	if (isnan(f) || !(df1 > 0.0) || !(df2 > 0.0) || isinf(df1) || isinf(df2))
		return NAN;
	if (f <= 0.0)
		return 1.0;
	if (isinf(f))
		return 0.0;
	return beta_inc(0.5 * df2, 0.5 * df1, df2 / (df2 + df1 * f));
}

/* p-value of a standard-normal statistic z under the given alternative. */
double
pkpc_p_from_z(double z, PkpcAlternative alt)
{
	switch (alt)
	{
		case PKPC_LESS:
			return pkpc_norm_upper(-z);
		case PKPC_GREATER:
			return pkpc_norm_upper(z);
		case PKPC_TWO_SIDED:
			break;
	}
	return Min(1.0, 2.0 * pkpc_norm_upper(fabs(z)));
}

/* p-value of a t statistic under the given alternative. */
double
pkpc_p_from_t(double t, double df, PkpcAlternative alt)
{
	switch (alt)
	{
		case PKPC_LESS:
			return pkpc_t_upper(-t, df);
		case PKPC_GREATER:
			return pkpc_t_upper(t, df);
		case PKPC_TWO_SIDED:
			break;
	}
	return Min(1.0, 2.0 * pkpc_t_upper(fabs(t), df));
}

/* ---- SQL-callable wrappers ---- */

#define DIST_FUNCTION(fn, expr) \
PG_FUNCTION_INFO_V1(fn); \
Datum fn(PG_FUNCTION_ARGS) \
{ \
	double		r = (expr); \
	if (isnan(r)) \
		PG_RETURN_NULL(); \
	PG_RETURN_FLOAT8(r); \
}

DIST_FUNCTION(dist_normal_upper, pkpc_norm_upper(PG_GETARG_FLOAT8(0)))
DIST_FUNCTION(dist_normal_quantile, pkpc_norm_quantile(PG_GETARG_FLOAT8(0)))
DIST_FUNCTION(dist_t_upper, pkpc_t_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_t_quantile, pkpc_t_quantile(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_chisq_upper, pkpc_chisq_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_f_upper, pkpc_f_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2)))
