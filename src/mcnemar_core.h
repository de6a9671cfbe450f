/*-------------------------------------------------------------------------
 *
 * mcnemar_core.h
 *	  McNemar's test of paired proportions from its discordant counts,
 *	  without PostgreSQL glue.
 *
 * src/mcnemar_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_MCNEMAR_CORE_H
#define PKPC_MCNEMAR_CORE_H

#include "pkpc_core.h"

/* NaN marks an undefined statistic (no discordant pair). */
typedef struct PkpcMcnemarResult
{
	double		chi2;
	double		p_value;
	double		chi2_cc;
	double		p_value_cc;
	double		p_exact;
	double		odds_ratio;
	double		or_ci_lower;
	double		or_ci_upper;
} PkpcMcnemarResult;

extern void pkpc_mcnemar(int64 b, int64 c, double conf_level,
						 PkpcMcnemarResult *res);

#endif							/* PKPC_MCNEMAR_CORE_H */
