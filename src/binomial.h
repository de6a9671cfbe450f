/*-------------------------------------------------------------------------
 *
 * binomial.h
 *	  Binomial probabilities, tails and exact (Clopper-Pearson) limits,
 *	  accurate far into the tails, without PostgreSQL glue.
 *
 * src/binomial.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_BINOMIAL_H
#define PKPC_BINOMIAL_H

#include "pkpc_core.h"

extern double pkpc_binom_density(double x, double n, double p, double q);
extern double pkpc_binom_lower(double m, double n, double p, double q);
extern double pkpc_binom_upper(double m, double n, double p, double q);
extern double pkpc_binom_logodds_lower(double x, double n, double alpha);
extern double pkpc_binom_logodds_upper(double x, double n, double alpha);

#endif							/* PKPC_BINOMIAL_H */
