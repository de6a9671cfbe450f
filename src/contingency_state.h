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

/* One label set (rows or columns), in the order labels were first seen. */
typedef struct CtLabelSet
{
	PkpcLabelKind kind;
	Oid			typid;			/* PKPC_LABEL_OTHER only */
	int32		n;
	int32		max;
	PkpcLabel  *labels;			/* str owned by the state's context */
	int32	   *slots;			/* open-addressing hash, -1 free */
	int32		nslots;			/* power of 2, >= 2 * max */
} CtLabelSet;

/* One non-empty cell of the table. */
typedef struct CtCell
{
	int32		row;
	int32		col;
	int64		count;
} CtCell;

/*
 * The expanded, in-memory state, in its own memory context (a child of the
 * aggregate context), updated in place by the transition function.  Only
 * counts are kept: a state carries no patient row, so sites can exchange
 * them (API.md, "Partial states").
 */
typedef struct CtState
{
	ExpandedObjectHeader hdr;
	int64		n_skipped;		/* rows with a NULL label */
	CtLabelSet	rows;
	CtLabelSet	cols;
	int64		ncells;
	int64		maxcells;
	CtCell	   *cells;
	int64	   *slots;			/* cell hash, -1 free */
	int64		nslots;			/* power of 2, >= 2 * maxcells */
} CtState;

extern CtState *ct_state_new(MemoryContext parent);
extern CtState *ct_state_for_update(FunctionCallInfo fcinfo);
extern CtState *ct_state_arg(FunctionCallInfo fcinfo, int argno);
extern Datum ct_state_return(CtState *st);
extern void ct_state_set_kinds(CtState *st, PkpcLabelKind rkind, Oid rtype,
							   PkpcLabelKind ckind, Oid ctype);
extern void ct_state_add(CtState *st, const PkpcLabel *row,
						 const PkpcLabel *col, int64 count);
extern void ct_state_combine(CtState *dst, const CtState *src);
extern int64 ct_state_total(const CtState *st);

#endif							/* PKPC_CONTINGENCY_STATE_H */
