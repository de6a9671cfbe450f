/*-------------------------------------------------------------------------
 *
 * contingency_state.h
 *	  chi_square_state: the aggregate state of chi_square, a sparse
 *	  contingency table keyed by two label sets.
 *
 * src/contingency_state.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_CONTINGENCY_STATE_H
#define PKPC_CONTINGENCY_STATE_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

#include "labels.h"

/*
 * Most distinct labels per dimension.  chi_square on more categories than
 * this is not a contingency table any more (a patient id as a label, say);
 * the limit keeps indexes in int32 and the final dense table bounded.
 */
#define CT_MAX_LABELS	100000

/* One non-empty cell of the table. */
typedef struct CtCell
{
	int32		row;
	int32		col;
	int64		count;
} CtCell;

/*
 * The expanded, in-memory state, updated in place by the transition
 * function; its parts live in the aggregate call site's arena (arena.c).
 * Only counts are kept: a state carries no patient row, so sites can
 * exchange them.
 */
typedef struct CtState
{
	ExpandedObjectHeader hdr;
	MemoryContext cxt;
	int64		n_skipped;		/* rows with a NULL label */
	PkpcLabelSet rows;
	PkpcLabelSet cols;
	int64		ncells;
	int64		maxcells;
	CtCell	   *cells;
	int64	   *slots;			/* cell hash, -1 free */
	int64		nslots;			/* power of 2, >= 2 * maxcells */
} CtState;

extern CtState *ct_state_for_update(FunctionCallInfo fcinfo);
extern CtState *ct_state_arg(FunctionCallInfo fcinfo, int argno);
extern Datum ct_state_return(CtState *st);
extern void ct_state_skip(CtState *st);
extern void ct_state_set_types(CtState *st, const PkpcLabelType *rtype,
							   const PkpcLabelType *ctype, Oid collation);
extern void ct_state_add(CtState *st, const PkpcLabel *row,
						 const PkpcLabel *col, int64 count);
extern void ct_state_combine(CtState *dst, const CtState *src);
extern int64 ct_state_total(const CtState *st);

#endif							/* PKPC_CONTINGENCY_STATE_H */
