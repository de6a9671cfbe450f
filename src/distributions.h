/*-------------------------------------------------------------------------
 *
 * distributions.h
 *	  Accurate tail probabilities and quantiles of the standard
 *	  distributions, and p-values for an alternative hypothesis.
 *
 * src/distributions.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_DISTRIBUTIONS_H
#define PKPC_DISTRIBUTIONS_H

/* The alternative hypothesis of a test, as R's `alternative` argument. */
typedef enum PkpcAlternative
{
	PKPC_TWO_SIDED = 0,
	PKPC_LESS,
	PKPC_GREATER
} PkpcAlternative;

extern double pkpc_norm_upper(double z);
extern double pkpc_norm_quantile(double p);
extern double pkpc_t_upper(double t, double df);
extern double pkpc_t_quantile(double p, double df);
extern double pkpc_chisq_upper(double x, double df);
extern double pkpc_f_upper(double f, double df1, double df2);

extern double pkpc_p_from_z(double z, PkpcAlternative alt);
extern double pkpc_p_from_t(double t, double df, PkpcAlternative alt);

#endif							/* PKPC_DISTRIBUTIONS_H */
