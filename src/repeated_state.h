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

/* Which test a state belongs to.  Stored in binary and flat forms: append only. */
typedef enum PkpcRepeatedTest
{
	PKPC_RP_FRIEDMAN = 1,
	PKPC_RP_RM_ANOVA,
	PKPC_RP_COCHRAN_Q,
	PKPC_RP_NUM_TESTS
} PkpcRepeatedTest;

/* One observation: a value of one condition, in its subject's list. */
typedef struct RpCell
{
	int32		condition;
	int32		next;			/* next cell of the same subject, -1: none */
	double		value;
} RpCell;

/*
 * The expanded, in-memory state, updated in place by the transition
 * functions; its parts live in the aggregate call site's arena (arena.c).
 * The cells of a subject form a list (first / last per subject), so a row
 * costs two label lookups and a walk over the cells its subject already
 * has (at most k), which is also how a second row for the same pair is
 * caught.  16 bytes per row, plus the label and 8 bytes per subject.
 */
typedef struct RpState
{
	ExpandedObjectHeader hdr;
	MemoryContext cxt;
	PkpcRepeatedTest test;
	int64		n_skipped;		/* rows with a NULL value or label */
	PkpcLabelSet subjects;
	PkpcLabelSet conditions;
	int32	   *first;			/* per subject: its first cell, -1 none */
	int32	   *last;			/* per subject: its last cell */
	int32		maxsubjects;	/* entries allocated in first and last */
	int32		recent;			/* subject of the previous row, -1: none */
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
extern void rp_state_skip(RpState *st);
extern void rp_state_set_types(RpState *st, const PkpcLabelType *stype,
							   const PkpcLabelType *ctype, Oid collation);
extern void rp_state_add(RpState *st, const PkpcLabel *subject,
						 const PkpcLabel *condition, double value);
extern void rp_state_combine(RpState *dst, const RpState *src);
extern void rp_state_complete(RpState *st, Oid collation, bool canonical_rows,
							  RpMatrix *m);

#endif							/* PKPC_REPEATED_STATE_H */
