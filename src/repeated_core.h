/*-------------------------------------------------------------------------
 *
 * repeated_core.h
 *	  The repeated-measures tests over a complete n x k design (Friedman,
 *	  repeated-measures ANOVA, Cochran's Q), without PostgreSQL glue.
 *
 * Each takes the values of the n complete subjects as an n x k matrix,
 * row-major (row = subject, column = condition).  NaN marks an undefined
 * statistic.
 *
 * src/repeated_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_REPEATED_CORE_H
#define PKPC_REPEATED_CORE_H

#include "pkpc_core.h"

typedef struct PkpcFriedmanResult
{
	double		chi2;
	double		df;
	double		p_value;
	double		kendall_w;
	bool		all_tied;		/* every subject's values all tied */
} PkpcFriedmanResult;

typedef struct PkpcCochranResult
{
	double		q;
	double		df;
	double		p_value;
	bool		no_variation;	/* every subject all 0 or all 1 */
} PkpcCochranResult;

typedef enum PkpcRmStatus
{
	PKPC_RM_OK = 0,
	PKPC_RM_TOO_FEW,			/* fewer subjects than the statistic needs */
	PKPC_RM_NO_SPREAD,			/* no residual variation */
	PKPC_RM_SINGULAR			/* covariance of the contrasts singular */
} PkpcRmStatus;

typedef struct PkpcRmAnovaResult
{
	double		f;
	double		df1;
	double		df2;
	double		p_value;
	double		ss_condition;
	double		ss_error;
	bool		overflow;		/* a sum of squares left the double range */
	PkpcRmStatus f_status;
	double		epsilon_gg;
	double		p_gg;
	double		epsilon_hf;
	double		p_hf;
	PkpcRmStatus hf_status;
	double		mauchly_w;
	double		mauchly_chi2;
	double		mauchly_df;
	double		p_mauchly;
	PkpcRmStatus mauchly_status;
} PkpcRmAnovaResult;

extern void pkpc_friedman(const double *y, int64 n, int k, PkpcFriedmanResult *res);
extern void pkpc_cochran_q(const double *y, int64 n, int k, PkpcCochranResult *res);
extern void pkpc_rm_anova(const double *y, int64 n, int k, PkpcRmAnovaResult *res);

#endif							/* PKPC_REPEATED_CORE_H */
