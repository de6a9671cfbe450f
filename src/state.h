/*-------------------------------------------------------------------------
 *
 * state.h
 *	  The aggregate state shared by pkpcohort's tests.
 *
 * src/state.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_STATE_H
#define PKPC_STATE_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

#include "exact.h"
#include "labels.h"

#define PKPC_UNLIMITED		PG_INT32_MAX

/* Which test a state belongs to (state_types.h). */
typedef enum PkpcTestTag
{
	PKPC_TAG_INVALID = 0,
#define PKPC_STATE_TYPE(name, tag, nsums, width, maxg, rule) PKPC_TAG_##tag,
#define PKPC_OWN_STATE_TYPE(name)
#include "state_types.h"
#undef PKPC_STATE_TYPE
#undef PKPC_OWN_STATE_TYPE
	PKPC_NUM_TAGS
} PkpcTestTag;

/* Which values a test accepts, checked whenever a state comes from outside. */
typedef enum PkpcValueRule
{
	PKPC_RULE_ANY,				/* any finite value */
	PKPC_RULE_NONZERO,			/* finite and not 0 (signed-rank differences) */
	PKPC_RULE_SURVIVAL			/* pairs (time >= 0, event 0 or 1) */
} PkpcValueRule;

#define PKPC_MAX_SUMS	5

/* What a test keeps per group: one entry per line of state_types.h. */
typedef struct PkpcStateOps
{
	const char *name;			/* SQL name of the test; type is <name>_state */
	int			nsums;			/* exact sums per group */
	int			value_width;	/* doubles kept per observation (0: none) */
	int			max_groups;		/* 1: unlabelled; else labels allowed */
	PkpcValueRule rule;
} PkpcStateOps;

/*
 * One group of observations.
 *
 * Moment tests keep exact sums (exact.c).  Rank, normality and survival
 * tests keep the values, unordered, and sort them once, at the end.  While
 * a group of single values has at most PKPC_MAP_MAX distinct values it is
 * a value -> count map (map mode: `slots` is not NULL, `values` holds
 * distinct values and `counts` their multiplicities), so that ordinal data
 * (pain scores 0-10) costs O(distinct) memory and a hash probe per row.
 * Beyond that it becomes a list of values, grown geometrically, which keeps
 * the map's counts (a weighted list) when expanding them would cost more
 * than a little.  A sorted weighted list has distinct values.
 */
typedef struct PkpcGroup
{
	int64		n;				/* observations in the group */
	int64		nvalues;		/* entries used in values */
	int64		capacity;		/* entries allocated */
	double	   *values;			/* value_width doubles per entry */
	int64	   *counts;			/* weight of each entry, or NULL (all 1) */
	int16	   *slots;			/* map mode: hash index into values, -1 free */
	bool		sorted;			/* values ascending (and distinct if weighted) */
	PkpcExact  *sums;			/* nsums exact sums, or NULL */
} PkpcGroup;

#define PKPC_MAP_MAX	128

/*
 * The in-memory form of every state: an expanded object, so that the
 * transition functions update it in place and nodeAgg never copies it per
 * row.  Its parts live in `cxt`, which in an aggregate is shared by every
 * state of the call site (arena.c).  Groups are parallel to the labels of
 * the label set.  Its flat, text and binary forms are in state_io.c.
 */
typedef struct PkpcState
{
	ExpandedObjectHeader hdr;
	PkpcTestTag tag;
	const PkpcStateOps *ops;
	MemoryContext cxt;

	/* test parameters, set from the first row and checked on every row */
	bool		params_set;
	int32		alternative;	/* PkpcAlternative */
	int32		option;			/* test-specific (levene: centre) */
	double		conf_level;
	double		param[2];		/* test-specific (ks: mean, sd) */

	int64		n_skipped;		/* rows skipped because an input was NULL */
	int64		n_extra;		/* test-specific count (wilcoxon: zeros) */

	PkpcLabelSet labels;
	PkpcGroup  *groups;			/* labels.max entries */
} PkpcState;

extern const ExpandedObjectMethods pkpc_state_methods;

extern const PkpcStateOps *pkpc_state_ops(PkpcTestTag tag);
extern PkpcState *pkpc_state_new(PkpcTestTag tag, MemoryContext cxt, bool shared);
extern PkpcState *pkpc_state_for_update_slow(FunctionCallInfo fcinfo, PkpcTestTag tag);
extern PkpcState *pkpc_state_arg(FunctionCallInfo fcinfo, int argno, PkpcTestTag tag);
extern PkpcState *pkpc_state_for_final(FunctionCallInfo fcinfo, PkpcTestTag tag);
extern Datum pkpc_state_return(PkpcState *st);
extern PkpcState *pkpc_state_copy(const PkpcState *src, MemoryContext cxt);

extern void pkpc_state_set_params(PkpcState *st, int alternative, int option,
								  double conf_level, const double *param);
extern void pkpc_state_params_from_args_slow(PkpcState *st, FunctionCallInfo fcinfo,
											 int alt_argno);
extern void pkpc_state_skip(PkpcState *st);
extern PkpcGroup *pkpc_state_group(PkpcState *st, FunctionCallInfo fcinfo,
								   int argno, PkpcLabelArg arg);
extern PkpcGroup *pkpc_state_single_group(PkpcState *st);
extern PkpcGroup *pkpc_state_add_group(PkpcState *st, const PkpcLabel *lab);

extern void pkpc_group_add_value(PkpcState *st, PkpcGroup *g, double v);
extern void pkpc_group_put(PkpcState *st, PkpcGroup *g, const double *vals,
						   const int64 *counts, int64 n);
extern void pkpc_group_add_pair(PkpcState *st, PkpcGroup *g, double v, double w);
extern Datum pkpc_pair_trans(FunctionCallInfo fcinfo, PkpcTestTag tag,
							 bool with_moments);
extern void pkpc_group_add_moments(PkpcState *st, PkpcGroup *g, double x);
extern void pkpc_group_add_paired_moments(PkpcState *st, PkpcGroup *g,
										  double x, double y);
extern void pkpc_group_sort(PkpcState *st, PkpcGroup *g);

extern void pkpc_state_combine(PkpcState *dst, const PkpcState *src);
extern void pkpc_state_order_groups(PkpcState *st, Oid collation);
extern int64 pkpc_state_n(const PkpcState *st);
extern char *pkpc_state_label_cstring(const PkpcState *st, int i);

/* flat, text and binary forms (state_io.c) */
extern PkpcState *pkpc_state_from_flat(const struct varlena *flat, PkpcTestTag tag,
									   MemoryContext cxt, bool shared);
extern char *pkpc_state_to_text(const PkpcState *st);
extern PkpcState *pkpc_state_from_text(const char *str, PkpcTestTag tag);
extern Size pkpc_state_flat_size(PkpcState *st);
extern void pkpc_state_flatten(PkpcState *st, void *result, Size size);

/* building a state from outside, validating every invariant (state.c) */
extern void pkpc_state_check(PkpcState *st);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place.  Every row but the first finds the aggregate's own
 * read/write expanded object, inline; the rest is in state.c.
 */
static inline PkpcState *
pkpc_state_for_update(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	if (!PG_ARGISNULL(0))
	{
		struct varlena *p = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(0));

		if (VARATT_IS_EXTERNAL_EXPANDED_RW(p))
		{
			varatt_expanded ptr;
			PkpcState  *st;

			memcpy(&ptr, VARDATA_EXTERNAL(p), sizeof(ptr));
			st = (PkpcState *) ptr.eohptr;
			if (likely(st->hdr.eoh_methods == &pkpc_state_methods && st->tag == tag))
				return st;
		}
	}
	return pkpc_state_for_update_slow(fcinfo, tag);
}

/*
 * The optional trailing arguments of the two-sample and paired tests:
 * alternative (argument alt_argno) and confidence level (alt_argno + 1).
 * Per-row fast path, inline: a call without them repeats the defaults,
 * which the first row has already fixed.
 */
static inline void
pkpc_state_params_from_args(PkpcState *st, FunctionCallInfo fcinfo, int alt_argno)
{
	if (PG_NARGS() <= alt_argno && st->params_set &&
		st->alternative == 0 && st->option == 0 && st->conf_level == 0.95 &&
		st->param[0] == 0.0 && st->param[1] == 0.0)
		return;
	pkpc_state_params_from_args_slow(st, fcinfo, alt_argno);
}

/* Per-row group value accessor: entry i's multiplicity. */
static inline int64
pkpc_group_count(const PkpcGroup *g, int64 i)
{
	return g->counts ? g->counts[i] : 1;
}

/* The sums of moment tests: sum x, sum x^2 (paired: then y, y^2, x y). */
#define PKPC_SUM_X		0
#define PKPC_SUM_XX		1
#define PKPC_SUM_Y		2
#define PKPC_SUM_YY		3
#define PKPC_SUM_XY		4

#endif							/* PKPC_STATE_H */
