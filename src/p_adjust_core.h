/*-------------------------------------------------------------------------
 *
 * p_adjust_core.h
 *	  p-values adjusted for multiple testing (R's p.adjust methods), over
 *	  a sorted array, without PostgreSQL glue.
 *
 * src/p_adjust_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_P_ADJUST_CORE_H
#define PKPC_P_ADJUST_CORE_H

#include "pkpc_core.h"

typedef enum PkpcPAdjustMethod
{
	PKPC_PADJ_NONE = 0,
	PKPC_PADJ_BONFERRONI,
	PKPC_PADJ_HOLM,
	PKPC_PADJ_HOCHBERG,
	PKPC_PADJ_HOMMEL,
	PKPC_PADJ_BH,
	PKPC_PADJ_BY
} PkpcPAdjustMethod;

extern bool pkpc_p_adjust_method(const char *name, int len, PkpcPAdjustMethod *method);
extern void pkpc_p_adjust_sorted(const double *p, int64 n, PkpcPAdjustMethod method,
								 double *adj);
extern double pkpc_p_adjust_lookup(const double *p, const double *adj, int64 n,
								   double value);

#endif							/* PKPC_P_ADJUST_CORE_H */
