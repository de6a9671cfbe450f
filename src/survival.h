/*-------------------------------------------------------------------------
 *
 * survival.h
 *	  Checks and the grouped transition shared by the survival aggregates
 *	  (survival.c, km.c, cox.c).
 *
 * src/survival.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_SURVIVAL_H
#define PKPC_SURVIVAL_H

#include "fmgr.h"

#include "state.h"

/* How the event argument of a survival aggregate is typed. */
typedef enum PkpcEventArg
{
	PKPC_EVENT_BOOL,			/* true = event, false = censored */
	PKPC_EVENT_INT4				/* 1 = event, 0 = censored (registries) */
} PkpcEventArg;

extern void pkpc_surv_check_time(const char *fname, double t);
extern double pkpc_surv_event(FunctionCallInfo fcinfo, int argno,
							  PkpcEventArg arg, const char *fname);
extern Datum pkpc_surv_add_grouped(FunctionCallInfo fcinfo, PkpcTestTag tag,
								   const char *fname, PkpcLabelArg arg,
								   PkpcEventArg earg);

#endif							/* PKPC_SURVIVAL_H */
