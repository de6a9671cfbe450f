/*-------------------------------------------------------------------------
 *
 * cox_state.h
 *	  cox_ph_multi_state: the aggregate state of cox_ph(time, event,
 *	  covariates float8[]), rows of a width fixed by the first row.
 *
 * src/cox_state.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_COX_STATE_H
#define PKPC_COX_STATE_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

/*
 * The expanded, in-memory state, whose parts live in the arena of its
 * aggregate call site (arena.c), updated in place by the transition
 * function.  Each row is time, event (0 or 1) and the p covariates: p + 2
 * doubles.  p is 0 until the first usable row fixes it.
 */
typedef struct CoxState
{
	ExpandedObjectHeader hdr;
	MemoryContext cxt;
	int64		n_skipped;		/* rows with a NULL time, event or covariate */
	int32		p;				/* covariates per row (0: not yet known) */
	int64		nrows;
	int64		capacity;		/* rows allocated */
	double	   *rows;			/* nrows * (p + 2) */
} CoxState;

extern CoxState *cox_state_for_update(FunctionCallInfo fcinfo);
extern CoxState *cox_state_arg(FunctionCallInfo fcinfo, int argno);
extern Datum cox_state_return(CoxState *st);
extern double *cox_state_add_row(CoxState *st, int32 p);
extern void cox_state_skip(CoxState *st);
extern void cox_state_combine(CoxState *dst, const CoxState *src);

#endif							/* PKPC_COX_STATE_H */
