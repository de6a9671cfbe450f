/*-------------------------------------------------------------------------
 *
 * args.h
 *	  Validation of measured values and test parameters.
 *
 * src/args.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_ARGS_H
#define PKPC_ARGS_H

#include "distributions.h"

extern void pkpc_check_finite(const char *fname, double value);
extern PkpcAlternative pkpc_parse_alternative(const char *fname, text *alt);
extern const char *pkpc_alternative_name(PkpcAlternative alt);
extern double pkpc_check_conf_level(const char *fname, double conf_level);
extern void pkpc_check_finite_stats(const char *fname, const double *stats, int n);

#endif							/* PKPC_ARGS_H */
