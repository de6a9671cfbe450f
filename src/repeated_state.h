/*-------------------------------------------------------------------------
 *
 * repeated_state.h
 *	  The aggregate state of the repeated-measures tests (friedman_test,
 *	  rm_anova, cochran_q): one value per (subject, condition) pair, keyed
 *	  by two label sets.
 *
 * src/repeated_state.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_REPEATED_STATE_H
#define PKPC_REPEATED_STATE_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

#include "labels.h"

/*
 * Bounds.  Conditions are the columns of a repeated design (visits): more
 * than RP_MAX_CONDITIONS is not one (a timestamp as the condition, say),
 * and rm_anova's work grows as k^3.  Subjects and cells are indexed by
 * int32.
 */
#define RP_MAX_CONDITIONS	1000
#define RP_MAX_SUBJECTS		100000000
#define RP_MAX_CELLS		PG_INT32_MAX

/* Which test a state belongs to.  Stored in flat forms: append only. */
typedef enum PkpcRepeatedTest
{
	PKPC_RP_FRIEDMAN = 1,
	PKPC_RP_RM_ANOVA,
	PKPC_RP_COCHRAN_Q,
	PKPC_RP_NUM_TESTS
} PkpcRepeatedTest;

/* One label set (subjects or conditions), in the order first seen. */
typedef struct RpLabelSet
{
	PkpcLabelKind kind;
	Oid			typid;			/* PKPC_LABEL_OTHER only */
	int32		n;
	int32		max;
	PkpcLabel  *labels;			/* str owned by the state's context */
	int32	   *slots;			/* open-addressing hash, -1 free */
	uint32	   *slot_hash;		/* hash of the label in each used slot */
	int32		nslots;			/* power of 2, >= 2 * max */
} RpLabelSet;

/* One observation: a value of one condition, in its subject's list. */
typedef struct RpCell
{
	int32		condition;
	int32		next;			/* next cell of the same subject, -1: none */
	double		value;
} RpCell;

/*
 * The expanded, in-memory state, in its own memory context (a child of the
 * aggregate context), updated in place by the transition functions.  The
 * cells of a subject form a list (first / last per subject), so a row costs
 * two label hash probes and a walk over the cells its subject already has
 * (at most k): 16 bytes per row plus about 40 bytes and the label per
 * subject.
 */
typedef struct RpState
{
	ExpandedObjectHeader hdr;
	PkpcRepeatedTest test;
	int64		n_skipped;		/* rows with a NULL value or label */
	RpLabelSet	subjects;
	RpLabelSet	conditions;
	int32	   *first;			/* per subject: its first cell, -1 none */
	int32	   *last;			/* per subject: its last cell */
	int32		recent;			/* subject of the previous row + 1 (0: none) */
	int64		ncells;
	int64		maxcells;
	RpCell	   *cells;
} RpState;

/* The complete subjects of a state as a dense matrix (rp_state_complete). */
typedef struct RpMatrix
{
	int64		n;				/* complete subjects (rows) */
	int64		n_incomplete;	/* subjects missing a condition */
	int			k;				/* conditions (columns), in label order */
	double	   *y;				/* n x k, row-major */
} RpMatrix;

extern const char *rp_test_name(PkpcRepeatedTest test);
extern RpState *rp_state_for_update(FunctionCallInfo fcinfo, PkpcRepeatedTest test);
extern RpState *rp_state_arg(FunctionCallInfo fcinfo, int argno, PkpcRepeatedTest test);
extern Datum rp_state_return(RpState *st);
extern void rp_state_set_kinds(RpState *st, PkpcLabelKind skind, Oid stype,
							   PkpcLabelKind ckind, Oid ctype);
extern void rp_state_add(RpState *st, const PkpcLabel *subject,
						 const PkpcLabel *condition, double value);
extern void rp_state_combine(RpState *dst, const RpState *src);
extern void rp_state_complete(RpState *st, Oid collation, bool canonical_rows,
							  RpMatrix *m);

#endif							/* PKPC_REPEATED_STATE_H */
