/*-------------------------------------------------------------------------
 *
 * state.c
 *	  The aggregate state shared by pkpcohort's tests: groups keyed by
 *	  label, each with exact sums (moment tests) or the observed values
 *	  (rank, normality and survival tests).
 *
 * Why one state for every test: every aggregate needs a real SQL state
 * type (never `internal`) with a combine function and a text form that
 * round-trips exactly, so that parallel query, postgres_fdw and Citus can
 * split it; every test needs the same machinery for that (labels, NULL
 * counting, parameters fixed by the first row, merge, flat, text and binary
 * forms, validation of every state that comes from outside).  Only what
 * each group keeps differs, and state_types.h describes that.  Each test
 * still has its own SQL type (<test>_state), and a state of one test is
 * rejected where another's is expected.
 *
 * Memory: a state is an expanded object (utils/expandeddatum.h) whose parts
 * live in the arena of its aggregate call site (arena.c), so that the
 * transition functions update it in place (O(1) amortized per row, no
 * allocation per row) and a GROUP BY with many groups costs no more per
 * group than a few small allocations.  It is flattened only when it must
 * leave the backend's memory (a parallel worker's partial result, a stored
 * X_partial value).
 *
 * Safety: a state that comes from outside (text, binary or flat form) is
 * built by the same functions as an aggregated one and then checked by
 * pkpc_state_check, which validates every invariant the final functions
 * rely on; counts are added with overflow checks everywhere; sizes are
 * checked against the allocator's limits before anything is allocated;
 * final functions sort their own copy of a state unless it is their
 * aggregate's own (pkpc_state_for_final).
 *
 * src/state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "arena.h"
#include "args.h"
#include "state.h"
#include "sort.h"

static const PkpcStateOps state_ops[PKPC_NUM_TAGS] = {
#define PKPC_STATE_TYPE(name, tag, nsums, width, maxg, rule) \
	[PKPC_TAG_##tag] = {#name, nsums, width, maxg, PKPC_RULE_##rule},
#define PKPC_OWN_STATE_TYPE(name)
#include "state_types.h"
#undef PKPC_STATE_TYPE
#undef PKPC_OWN_STATE_TYPE
};

/* Map-mode capacity of a new group, doubled up to PKPC_MAP_MAX. */
#define MAP_START		8
/* Expanding a map's counts into a plain list may write this many extra values. */
#define EXPAND_MAX		1024
/* A weighted entry of at most this count is appended to a plain list as copies. */
#define COPIES_MAX		16

static Size state_get_flat_size(ExpandedObjectHeader *eohptr);
static void state_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							   Size allocated_size);

const ExpandedObjectMethods pkpc_state_methods = {
	state_get_flat_size,
	state_flatten_into
};

const PkpcStateOps *
pkpc_state_ops(PkpcTestTag tag)
{
	if (tag <= PKPC_TAG_INVALID || tag >= PKPC_NUM_TAGS)
		elog(ERROR, "invalid pkpcohort state tag %d", (int) tag);	/* cannot happen */
	return &state_ops[tag];
}

/*
 * A new, empty state whose parts live in cxt.  In an aggregate, cxt is the
 * arena shared with the other states of the call site (shared = true) and
 * is never deleted with the state; else it is the state's own context.
 */
PkpcState *
pkpc_state_new(PkpcTestTag tag, MemoryContext cxt, bool shared)
{
	PkpcState  *st = MemoryContextAllocZero(cxt, sizeof(PkpcState));

	EOH_init_header(&st->hdr, &pkpc_state_methods, cxt);
	st->tag = tag;
	st->ops = pkpc_state_ops(tag);
	st->cxt = cxt;
	st->conf_level = 0.95;
	pkpc_labelset_init(&st->labels, cxt);
	return st;
}

static Size
state_get_flat_size(ExpandedObjectHeader *eohptr)
{
	return pkpc_state_flat_size((PkpcState *) eohptr);
}

static void
state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	pkpc_state_flatten((PkpcState *) eohptr, result, allocated_size);
}

/* Is this datum one of our expanded states (read/write if need_rw)? */
static PkpcState *
state_if_expanded(Datum d, bool need_rw)
{
	return (PkpcState *) pkpc_expanded_state(d, &pkpc_state_methods, need_rw);
}

static void
check_tag(const PkpcState *st, PkpcTestTag tag)
{
	if (st->tag != tag)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("a %s state cannot be used by %s",
						st->ops->name, pkpc_state_ops(tag)->name)));
}

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place: a new state for NULL, our own read/write expanded
 * object as it is, anything else (a flat value, a read-only object) copied
 * into the arena first.
 */
PkpcState *
pkpc_state_for_update_slow(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	PkpcState  *st;
	MemoryContext cxt;
	bool		shared;

	cxt = pkpc_state_arena(fcinfo, &shared);
	if (PG_ARGISNULL(0))
		return pkpc_state_new(tag, cxt, shared);
	st = state_if_expanded(PG_GETARG_DATUM(0), false);
	if (st != NULL)
	{
		check_tag(st, tag);
		return pkpc_state_copy(st, cxt);
	}
	return pkpc_state_from_flat(PG_GETARG_VARLENA_P(0), tag, cxt, shared);
}

/* A state argument for reading only (output, send, merge source). */
PkpcState *
pkpc_state_arg(FunctionCallInfo fcinfo, int argno, PkpcTestTag tag)
{
	PkpcState  *st = state_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		return pkpc_state_from_flat(PG_GETARG_VARLENA_P(argno), tag,
									AllocSetContextCreate(CurrentMemoryContext,
														  "pkpcohort state",
														  ALLOCSET_SMALL_SIZES),
									false);
	check_tag(st, tag);
	return st;
}

/*
 * The state argument of a final function, which may sort its values and
 * order its groups: the aggregate's own state when called as its final
 * function (sorting does not change what the state holds), else a private
 * copy, so that a value the caller still holds never changes under it.
 */
PkpcState *
pkpc_state_for_final(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	PkpcState  *st = state_if_expanded(PG_GETARG_DATUM(0), false);
	MemoryContext cxt;

	if (st != NULL)
	{
		check_tag(st, tag);
		if (AggCheckCallContext(fcinfo, NULL) != 0)
			return st;
	}
	cxt = AllocSetContextCreate(CurrentMemoryContext, "pkpcohort state",
								ALLOCSET_SMALL_SIZES);
	if (st == NULL)
		return pkpc_state_from_flat(PG_GETARG_VARLENA_P(0), tag, cxt, false);
	return pkpc_state_copy(st, cxt);
}

Datum
pkpc_state_return(PkpcState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

/* ---- copies ---- */

static void
copy_group(const PkpcState *st, PkpcGroup *dst, const PkpcGroup *src,
		   MemoryContext cxt)
{
	int			width = st->ops->value_width;
	int			i;

	*dst = *src;
	dst->counts = NULL;
	dst->slots = NULL;
	dst->sums = NULL;
	if (src->values != NULL)
	{
		/* a map keeps its capacity, which its slots are sized for */
		dst->capacity = src->slots ? src->capacity : Max(src->nvalues, 1);
		dst->values = MemoryContextAllocHuge(cxt, sizeof(double) * width * dst->capacity);
		memcpy(dst->values, src->values, sizeof(double) * width * src->nvalues);
		if (src->counts != NULL)
		{
			dst->counts = MemoryContextAllocHuge(cxt, sizeof(int64) * dst->capacity);
			memcpy(dst->counts, src->counts, sizeof(int64) * src->nvalues);
		}
		if (src->slots != NULL)
		{
			dst->slots = MemoryContextAlloc(cxt, sizeof(int16) * 2 * src->capacity);
			memcpy(dst->slots, src->slots, sizeof(int16) * 2 * src->capacity);
		}
	}
	if (src->sums != NULL)
	{
		dst->sums = MemoryContextAlloc(cxt, sizeof(PkpcExact) * st->ops->nsums);
		for (i = 0; i < st->ops->nsums; i++)
			pkpc_exact_copy(&dst->sums[i], &src->sums[i], cxt);
	}
}

/* A deep copy of a state in cxt (its own context: not shared). */
PkpcState *
pkpc_state_copy(const PkpcState *src, MemoryContext cxt)
{
	PkpcState  *st = pkpc_state_new(src->tag, cxt, false);
	int32		i;

	st->params_set = src->params_set;
	st->alternative = src->alternative;
	st->option = src->option;
	st->conf_level = src->conf_level;
	st->param[0] = src->param[0];
	st->param[1] = src->param[1];
	st->n_skipped = src->n_skipped;
	st->n_extra = src->n_extra;
	pkpc_labelset_copy(&st->labels, &src->labels, cxt);
	if (src->labels.n > 0)
	{
		st->groups = MemoryContextAllocHuge(cxt, sizeof(PkpcGroup) * st->labels.max);
		for (i = 0; i < src->labels.n; i++)
		{
			copy_group(src, &st->groups[i], &src->groups[i], cxt);
			CHECK_FOR_INTERRUPTS();
		}
	}
	return st;
}

/* ---- parameters ---- */

/*
 * Fix the test parameters (alternative, confidence level, option, param)
 * from the first row; every later row must repeat them, since the result
 * can only be computed for one alternative.
 */
void
pkpc_state_set_params(PkpcState *st, int alternative, int option,
					  double conf_level, const double *param)
{
	double		p0 = param ? param[0] : 0.0;
	double		p1 = param ? param[1] : 0.0;

	if (!st->params_set)
	{
		st->params_set = true;
		st->alternative = alternative;
		st->option = option;
		st->conf_level = conf_level;
		st->param[0] = p0;
		st->param[1] = p1;
	}
	else if (st->alternative != alternative || st->option != option ||
			 st->conf_level != conf_level || st->param[0] != p0 || st->param[1] != p1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the optional arguments of %s must be the same in every row",
						st->ops->name),
				 errdetail("A test is computed for one alternative, confidence level, center or number of digits.")));
}

/*
 * The optional trailing arguments (see pkpc_state_params_from_args), fixed
 * from the first row; later rows must repeat them.
 */
void
pkpc_state_params_from_args_slow(PkpcState *st, FunctionCallInfo fcinfo, int alt_argno)
{
	PkpcAlternative alt = PKPC_TWO_SIDED;
	double		conf = 0.95;
	const char *fname = st->ops->name;

	if (PG_NARGS() > alt_argno)
	{
		if (PG_ARGISNULL(alt_argno))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("alternative of %s must not be null", fname)));
		alt = pkpc_parse_alternative(fname, PG_GETARG_TEXT_PP(alt_argno));
	}
	if (PG_NARGS() > alt_argno + 1)
	{
		if (PG_ARGISNULL(alt_argno + 1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("confidence level of %s must not be null", fname)));
		conf = pkpc_check_conf_level(fname, PG_GETARG_FLOAT8(alt_argno + 1));
	}
	pkpc_state_set_params(st, alt, 0, conf, NULL);
}

static void
count_overflow(const char *fname)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s count is out of range for type bigint", fname)));
}

/* Count a row skipped for a NULL input. */
void
pkpc_state_skip(PkpcState *st)
{
	if (pg_add_s64_overflow(st->n_skipped, 1, &st->n_skipped))
		count_overflow(st->ops->name);
}

/* ---- groups ---- */

static void
too_many_groups(PkpcState *st, const PkpcLabel *lab)
{
	StringInfoData seen;
	int			i;

	initStringInfo(&seen);
	for (i = 0; i < st->labels.n && i < 10; i++)
		appendStringInfo(&seen, "\"%s\", ", pkpc_state_label_cstring(st, i));
	appendStringInfo(&seen, "%s\"%s\"", st->labels.n > 10 ? "..., " : "",
					 pkpc_label_cstring(&st->labels.type, lab));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s expects at most %d distinct group labels, found %d",
					st->ops->name, st->ops->max_groups, st->labels.n + 1),
			 errdetail("Labels seen: %s.", seen.data),
			 errhint("Restrict the rows to two groups, for example with FILTER (WHERE ...).")));
}

/* Add the group of a label that the state does not have yet. */
PkpcGroup *
pkpc_state_add_group(PkpcState *st, const PkpcLabel *lab)
{
	int32		oldmax = st->labels.max;
	int32		i;

	if (st->labels.n >= st->ops->max_groups)
		too_many_groups(st, lab);
	i = pkpc_labelset_add(&st->labels, lab);
	if (st->labels.max != oldmax)
	{
		if (st->groups == NULL)
			st->groups = MemoryContextAlloc(st->cxt, sizeof(PkpcGroup) * st->labels.max);
		else
			st->groups = repalloc_huge(st->groups, sizeof(PkpcGroup) * st->labels.max);
	}
	memset(&st->groups[i], 0, sizeof(PkpcGroup));
	if (st->ops->nsums > 0)
		st->groups[i].sums = MemoryContextAllocZero(st->cxt,
													sizeof(PkpcExact) * st->ops->nsums);
	return &st->groups[i];
}

/* The group of a label, added if it is new. */
static PkpcGroup *
find_or_add_group(PkpcState *st, const PkpcLabel *lab)
{
	int32		i = pkpc_labelset_find(&st->labels, lab);

	if (i >= 0)
		return &st->groups[i];
	return pkpc_state_add_group(st, lab);
}

/* The label kind each concrete entry point reads (PkpcLabelArg order). */
static const PkpcLabelKind arg_kind[] = {
	PKPC_LABEL_TEXT, PKPC_LABEL_BOOL, PKPC_LABEL_INT, PKPC_LABEL_INT, PKPC_LABEL_INT
};

/* The group of the label in argument argno (not NULL) of a transition call. */
PkpcGroup *
pkpc_state_group(PkpcState *st, FunctionCallInfo fcinfo, int argno,
				 PkpcLabelArg arg)
{
	PkpcLabelType type;
	PkpcLabel	lab;

	/* per-row fast path: a concrete entry point on a state of its kind */
	if (likely(arg != PKPC_ARG_ANY && st->labels.type.kind == arg_kind[arg]))
	{
		const PkpcLabel *l = st->labels.labels;
		int32		i;

		lab = pkpc_label_read(fcinfo, argno, arg, &st->labels.type);
		if (st->labels.n > PKPC_LINEAR_MAX)
			return find_or_add_group(st, &lab);
		/* a few groups: compared inline (text by bytes, as labels.c does) */
		for (i = 0; i < st->labels.n; i++)
			if (arg == PKPC_ARG_TEXT ?
				(l[i].len == lab.len && memcmp(l[i].str, lab.str, lab.len) == 0) :
				l[i].ival == lab.ival)
				return &st->groups[i];
		return pkpc_state_add_group(st, &lab);
	}
	pkpc_label_arg_type(fcinfo, argno, arg, &type);
	if (st->labels.type.kind == PKPC_LABEL_NONE)
		st->labels.collation = PG_GET_COLLATION();
	pkpc_labelset_set_type(&st->labels, &type, st->ops->name, "group");
	lab = pkpc_label_read(fcinfo, argno, arg, &type);
	return find_or_add_group(st, &lab);
}

/* The one group of an unlabelled test (paired tests, normality). */
PkpcGroup *
pkpc_state_single_group(PkpcState *st)
{
	PkpcLabel	none = {0, NULL, 0, (Datum) 0};

	if (st->labels.n > 0)
		return &st->groups[0];
	return pkpc_state_add_group(st, &none);
}

/*
 * The transition of the tests of (x, y) pairs, X_trans(state, x, y
 * [, alternative [, conf_level]]): a row with x or y NULL is skipped, both
 * must be finite, and the pair goes into the single group as exact moments
 * (with_moments: paired_t, pearson_cor) or as a value pair (the rank
 * correlations).
 */
Datum
pkpc_pair_trans(FunctionCallInfo fcinfo, PkpcTestTag tag, bool with_moments)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, tag);
	PkpcGroup  *g;
	double		x;
	double		y;

	pkpc_state_params_from_args(st, fcinfo, 3);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	y = PG_GETARG_FLOAT8(2);
	pkpc_check_finite(st->ops->name, x);
	pkpc_check_finite(st->ops->name, y);
	g = pkpc_state_single_group(st);
	if (with_moments)
		pkpc_group_add_paired_moments(st, g, x, y);
	else
		pkpc_group_add_pair(st, g, x, y);
	return pkpc_state_return(st);
}

/* Total observations over all groups. */
int64
pkpc_state_n(const PkpcState *st)
{
	int64		n = 0;
	int32		i;

	for (i = 0; i < st->labels.n; i++)
		if (pg_add_s64_overflow(n, st->groups[i].n, &n))
			count_overflow(st->ops->name);
	return n;
}

char *
pkpc_state_label_cstring(const PkpcState *st, int i)
{
	return pkpc_label_cstring(&st->labels.type, &st->labels.labels[i]);
}

static void
add_n(PkpcState *st, PkpcGroup *g, int64 count)
{
	if (pg_add_s64_overflow(g->n, count, &g->n))
		count_overflow(st->ops->name);
}

/* ---- values ---- */

static inline int
slot_of(double v, int nslots)
{
	uint64		bits;

	memcpy(&bits, &v, sizeof(bits));
	return (int) ((bits * UINT64CONST(0x9E3779B97F4A7C15)) >> 48) & (nslots - 1);
}

static void
rebuild_slots(PkpcGroup *g)
{
	int			nslots = 2 * (int) g->capacity;
	int64		i;

	memset(g->slots, -1, sizeof(int16) * nslots);
	for (i = 0; i < g->nvalues; i++)
	{
		int			s = slot_of(g->values[i], nslots);

		while (g->slots[s] >= 0)
			s = (s + 1) & (nslots - 1);
		g->slots[s] = (int16) i;
	}
}

static void
too_many_values(PkpcState *st)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many values for one group of %s", st->ops->name),
			 errhint("Split the data and combine the results, or sample it.")));
}

/*
 * Make room for `more` entries in a list-mode group: doubling while small,
 * then growing by 1/16, so that a large group costs little more than its
 * values.  Sizes are checked before anything is allocated.
 */
static void
reserve(PkpcState *st, PkpcGroup *g, int64 more)
{
	int			width = st->ops->value_width;
	int64		need;
	int64		newcap;
	int64		limit = (int64) (MaxAllocHugeSize / (sizeof(double) * width + sizeof(int64)));

	if (pg_add_s64_overflow(g->nvalues, more, &need))
		too_many_values(st);
	if (need <= g->capacity)
		return;
	newcap = g->capacity < 4096 ? Max(2 * g->capacity, MAP_START)
		: g->capacity + g->capacity / 16;
	newcap = Max(newcap, need);
	if (newcap > limit)
	{
		if (need > limit)
			too_many_values(st);
		newcap = limit;
	}
	if (g->values == NULL)
		g->values = MemoryContextAllocHuge(st->cxt, sizeof(double) * width * newcap);
	else
		g->values = repalloc_huge(g->values, sizeof(double) * width * newcap);
	if (g->counts != NULL)
		g->counts = repalloc_huge(g->counts, sizeof(int64) * newcap);
	g->capacity = newcap;
}

/* Give a plain list a count per entry (all 1 so far). */
static void
make_weighted(PkpcState *st, PkpcGroup *g)
{
	int64		i;

	g->counts = MemoryContextAllocHuge(st->cxt, sizeof(int64) * Max(g->capacity, 1));
	for (i = 0; i < g->nvalues; i++)
		g->counts[i] = 1;
}

/*
 * Leave map mode.  When writing each distinct value out count times costs
 * little, the group becomes a plain list; otherwise (ordinal data with many
 * rows, or counts that are huge) the counts are kept, so that no count is
 * ever expanded value by value.
 */
static void
map_to_list(PkpcState *st, PkpcGroup *g)
{
	int64		total = 0;
	int64		i;

	pfree(g->slots);
	g->slots = NULL;
	for (i = 0; i < g->nvalues; i++)
		if (pg_add_s64_overflow(total, g->counts[i], &total))
			count_overflow(st->ops->name);
	if (total - g->nvalues <= EXPAND_MAX)
	{
		double	   *vals = g->values;
		int64	   *counts = g->counts;
		int64		nd = g->nvalues;
		int64		k;

		g->values = NULL;
		g->counts = NULL;
		g->capacity = 0;
		g->nvalues = 0;
		reserve(st, g, total + 1);
		for (i = 0; i < nd; i++)
			for (k = 0; k < counts[i]; k++)
				g->values[g->nvalues++] = vals[i];
		pfree(vals);
		pfree(counts);
	}
}

/* Grow a map from capacity c to 2c (c < PKPC_MAP_MAX). */
static void
grow_map(PkpcState *st, PkpcGroup *g)
{
	g->capacity *= 2;
	g->values = repalloc(g->values, sizeof(double) * g->capacity);
	g->counts = repalloc(g->counts, sizeof(int64) * g->capacity);
	pfree(g->slots);
	g->slots = MemoryContextAlloc(st->cxt, sizeof(int16) * 2 * g->capacity);
	rebuild_slots(g);
}

/*
 * Add `count` copies of v (finite) to a group of single values, without
 * changing g->n (the callers keep it).  A new group starts in map mode.
 */
static void
add_value_count(PkpcState *st, PkpcGroup *g, double v, int64 count)
{
	if (v == 0.0)
		v = 0.0;				/* -0 and +0 are one value */
	g->sorted = false;
	if (g->values == NULL)
	{
		g->capacity = MAP_START;
		g->values = MemoryContextAlloc(st->cxt, sizeof(double) * MAP_START);
		g->counts = MemoryContextAlloc(st->cxt, sizeof(int64) * MAP_START);
		g->slots = MemoryContextAlloc(st->cxt, sizeof(int16) * 2 * MAP_START);
		memset(g->slots, -1, sizeof(int16) * 2 * MAP_START);
	}
	if (g->slots != NULL)
	{
		int			nslots = 2 * (int) g->capacity;
		int			s = slot_of(v, nslots);

		for (; g->slots[s] >= 0; s = (s + 1) & (nslots - 1))
			if (g->values[g->slots[s]] == v)
			{
				if (pg_add_s64_overflow(g->counts[g->slots[s]], count,
										&g->counts[g->slots[s]]))
					count_overflow(st->ops->name);
				return;
			}
		if (g->nvalues < g->capacity)
		{
			g->slots[s] = (int16) g->nvalues;
			g->values[g->nvalues] = v;
			g->counts[g->nvalues++] = count;
			return;
		}
		if (g->capacity < PKPC_MAP_MAX)
		{
			grow_map(st, g);
			add_value_count(st, g, v, count);
			return;
		}
		map_to_list(st, g);
	}
	if (g->counts == NULL && count > COPIES_MAX)
		make_weighted(st, g);
	if (g->counts != NULL)
	{
		reserve(st, g, 1);
		g->values[g->nvalues] = v;
		g->counts[g->nvalues++] = count;
		return;
	}
	reserve(st, g, count);
	while (count-- > 0)
		g->values[g->nvalues++] = v;
}

/* Record observation v (finite) in group g. */
void
pkpc_group_add_value(PkpcState *st, PkpcGroup *g, double v)
{
	add_n(st, g, 1);
	add_value_count(st, g, v, 1);
}

/*
 * Put n entries (value_width doubles each, with counts or all 1) in a group
 * without changing its n: for building a state from outside, whose n is
 * given (pkpc_state_check compares).
 */
void
pkpc_group_put(PkpcState *st, PkpcGroup *g, const double *vals,
			   const int64 *counts, int64 n)
{
	int64		j;

	if (st->ops->value_width == 2)
	{
		reserve(st, g, n);
		memcpy(g->values + 2 * g->nvalues, vals, sizeof(double) * 2 * n);
		g->nvalues += n;
		g->sorted = false;
		return;
	}
	for (j = 0; j < n; j++)
	{
		add_value_count(st, g, vals[j], counts ? counts[j] : 1);
		if ((j & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
	}
}

/* Record the observation (v, w) in group g (value_width 2). */
void
pkpc_group_add_pair(PkpcState *st, PkpcGroup *g, double v, double w)
{
	add_n(st, g, 1);
	reserve(st, g, 1);
	g->values[2 * g->nvalues] = v;
	g->values[2 * g->nvalues + 1] = w;
	g->nvalues++;
	g->sorted = false;
}

/* Record x in the exact sums of a one-variable moment test. */
void
pkpc_group_add_moments(PkpcState *st, PkpcGroup *g, double x)
{
	PkpcSplit	sx = pkpc_split(x);

	add_n(st, g, 1);
	pkpc_exact_add_split(&g->sums[PKPC_SUM_X], sx, st->cxt);
	pkpc_exact_add_split_product(&g->sums[PKPC_SUM_XX], sx, sx, st->cxt);
}

/* Record the pair (x, y) in the exact sums of a paired moment test. */
void
pkpc_group_add_paired_moments(PkpcState *st, PkpcGroup *g, double x, double y)
{
	PkpcSplit	sx = pkpc_split(x);
	PkpcSplit	sy = pkpc_split(y);

	add_n(st, g, 1);
	pkpc_exact_add_split(&g->sums[PKPC_SUM_X], sx, st->cxt);
	pkpc_exact_add_split_product(&g->sums[PKPC_SUM_XX], sx, sx, st->cxt);
	pkpc_exact_add_split(&g->sums[PKPC_SUM_Y], sy, st->cxt);
	pkpc_exact_add_split_product(&g->sums[PKPC_SUM_YY], sy, sy, st->cxt);
	pkpc_exact_add_split_product(&g->sums[PKPC_SUM_XY], sx, sy, st->cxt);
}

/* ---- sorting (once, at the end) ---- */

typedef struct WeightedValue
{
	double		v;
	int64		c;
} WeightedValue;

#define ST_SORT sort_weighted
#define ST_ELEMENT_TYPE WeightedValue
#define ST_COMPARE(a, b) (((a)->v > (b)->v) - ((a)->v < (b)->v))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/*
 * Sort (value, count) entries by value and merge equal values, in place.
 * The counts of one value add up to at most the group's n: no overflow.
 */
static void
sort_weighted_group(PkpcGroup *g)
{
	WeightedValue *w = palloc_extended(sizeof(WeightedValue) * Max(g->nvalues, 1),
									   MCXT_ALLOC_HUGE);
	int64		i;
	int64		k = 0;

	for (i = 0; i < g->nvalues; i++)
	{
		w[i].v = g->values[i];
		w[i].c = g->counts[i];
	}
	CHECK_FOR_INTERRUPTS();
	sort_weighted(w, g->nvalues);
	CHECK_FOR_INTERRUPTS();
	for (i = 0; i < g->nvalues; i++)
	{
		if (k > 0 && g->values[k - 1] == w[i].v)
			g->counts[k - 1] += w[i].c;
		else
		{
			g->values[k] = w[i].v;
			g->counts[k++] = w[i].c;
		}
	}
	g->nvalues = k;
	pfree(w);
}

/*
 * Sort a group's values ascending (pairs by their first, then second
 * member); a weighted group ends with distinct values.  What the group
 * holds is unchanged, so the state stays valid for more rows.
 */
void
pkpc_group_sort(PkpcState *st, PkpcGroup *g)
{
	if (g->sorted || g->values == NULL)
		return;
	if (g->counts != NULL)
	{
		sort_weighted_group(g);
		if (g->slots != NULL)
			rebuild_slots(g);
	}
	else if (st->ops->value_width == 2)
		pkpc_sort_pairs(g->values, g->nvalues);
	else
		pkpc_sort_doubles(g->values, g->nvalues);	/* finite, never -0 */
	g->sorted = true;
}

/* Order the groups by label (group 1 = lowest label), O(k log k). */
void
pkpc_state_order_groups(PkpcState *st, Oid collation)
{
	int32		k = st->labels.n;
	int32	   *perm;
	PkpcGroup  *old;
	int32		i;

	if (k < 2)
		return;
	perm = palloc(sizeof(int32) * k);
	pkpc_labelset_sort(&st->labels, collation, perm);
	old = palloc(sizeof(PkpcGroup) * k);
	memcpy(old, st->groups, sizeof(PkpcGroup) * k);
	for (i = 0; i < k; i++)
		st->groups[i] = old[perm[i]];
	pkpc_labelset_permute(&st->labels, perm);
	pfree(old);
	pfree(perm);
}

/* ---- merging ---- */

/* Merge state src into dst (combine functions, X_merge). */
void
pkpc_state_combine(PkpcState *dst, const PkpcState *src)
{
	int32		i;
	int			s;

	check_tag(src, dst->tag);
	if (src->params_set)
		pkpc_state_set_params(dst, src->alternative, src->option,
							  src->conf_level, src->param);
	pkpc_labelset_set_type(&dst->labels, &src->labels.type, dst->ops->name, "group");
	if (pg_add_s64_overflow(dst->n_skipped, src->n_skipped, &dst->n_skipped) ||
		pg_add_s64_overflow(dst->n_extra, src->n_extra, &dst->n_extra))
		count_overflow(dst->ops->name);

	for (i = 0; i < src->labels.n; i++)
	{
		const PkpcGroup *sg = &src->groups[i];
		PkpcGroup  *g = find_or_add_group(dst, &src->labels.labels[i]);

		add_n(dst, g, sg->n);
		for (s = 0; s < dst->ops->nsums; s++)
			pkpc_exact_merge(&g->sums[s], &sg->sums[s], dst->cxt);
		if (dst->ops->value_width > 0)
			pkpc_group_put(dst, g, sg->values, sg->counts, sg->nvalues);
		CHECK_FOR_INTERRUPTS();
	}
}

/* ---- validation of a state built from outside ---- */

static void
bad_state(const PkpcState *st, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", st->ops->name),
			 errdetail("%s", detail)));
}

/* Is value entry j of group g valid for the test? */
static bool
value_ok(const PkpcState *st, const PkpcGroup *g, int64 j)
{
	const double *v = g->values + j * st->ops->value_width;

	switch (st->ops->rule)
	{
		case PKPC_RULE_ANY:
			return isfinite(v[0]) && (st->ops->value_width < 2 || isfinite(v[1]));
		case PKPC_RULE_NONZERO:
			return isfinite(v[0]) && v[0] != 0.0;
		case PKPC_RULE_SURVIVAL:
			return isfinite(v[0]) && v[0] >= 0.0 && (v[1] == 0.0 || v[1] == 1.0);
	}
	return false;
}

/*
 * n S(xx) - S(x)^2 >= 0 (Cauchy-Schwarz for sums of a real sample): sums
 * that break it belong to no sample.  Returns the difference.
 */
static PkpcBig
spread(const PkpcGroup *g, int sx, int sxx)
{
	return pkpc_big_sub(pkpc_big_mul(pkpc_big_from_int64(g->n), pkpc_exact_big(&g->sums[sxx])),
						pkpc_big_mul(pkpc_exact_big(&g->sums[sx]), pkpc_exact_big(&g->sums[sx])));
}

static void
check_sums(const PkpcState *st, const PkpcGroup *g)
{
	int			s;

	if (g->n == 0)
	{
		for (s = 0; s < st->ops->nsums; s++)
			if (pkpc_exact_big(&g->sums[s]).sign != 0)
				bad_state(st, "A group without observations has non-zero sums.");
		return;
	}
	if (spread(g, PKPC_SUM_X, PKPC_SUM_XX).sign < 0)
		bad_state(st, "The sums of a group do not belong to any sample.");
	if (st->ops->nsums == 5)
	{
		PkpcBig		dx = spread(g, PKPC_SUM_X, PKPC_SUM_XX);
		PkpcBig		dy = spread(g, PKPC_SUM_Y, PKPC_SUM_YY);
		PkpcBig		cxy = pkpc_big_sub(pkpc_big_mul(pkpc_big_from_int64(g->n),
													pkpc_exact_big(&g->sums[PKPC_SUM_XY])),
									   pkpc_big_mul(pkpc_exact_big(&g->sums[PKPC_SUM_X]),
													pkpc_exact_big(&g->sums[PKPC_SUM_Y])));

		if (dy.sign < 0 ||
			pkpc_big_sub(pkpc_big_mul(dx, dy), pkpc_big_mul(cxy, cxy)).sign < 0)
			bad_state(st, "The sums of a group do not belong to any sample.");
	}
}

/*
 * Check every invariant that the final functions rely on, for a state that
 * was built from its text, binary or flat form.
 */
void
pkpc_state_check(PkpcState *st)
{
	const PkpcStateOps *ops = st->ops;
	int32		i;

	if (st->alternative < PKPC_TWO_SIDED || st->alternative > PKPC_GREATER ||
		st->option < 0 || st->option > 16 ||
		!(st->conf_level > 0.0 && st->conf_level < 1.0) ||
		!isfinite(st->param[0]) || !isfinite(st->param[1]))
		bad_state(st, "Invalid test parameters.");
	if (st->n_skipped < 0 || st->n_extra < 0 ||
		(st->n_extra != 0 && ops->rule != PKPC_RULE_NONZERO))
		bad_state(st, "Invalid count of rows.");
	if (st->labels.n > ops->max_groups)
		bad_state(st, "Too many groups.");
	if ((ops->max_groups == 1) != (st->labels.type.kind == PKPC_LABEL_NONE) &&
		st->labels.n > 0)
		bad_state(st, ops->max_groups == 1 ? "The state of an unlabelled test has labels."
				  : "The groups of a labelled test have no labels.");

	for (i = 0; i < st->labels.n; i++)
	{
		PkpcGroup  *g = &st->groups[i];
		int64		total = 0;
		int64		j;

		if (g->n < 0)
			bad_state(st, "Negative group size.");
		if (ops->nsums > 0)
			check_sums(st, g);
		if (ops->value_width == 0)
			continue;
		for (j = 0; j < g->nvalues; j++)
		{
			int64		c = pkpc_group_count(g, j);

			if (c <= 0 || pg_add_s64_overflow(total, c, &total))
				bad_state(st, "Invalid value count.");
			if (!value_ok(st, g, j))
				bad_state(st, ops->rule == PKPC_RULE_SURVIVAL
						  ? "An observation is not a time >= 0 with an event 0 or 1."
						  : ops->rule == PKPC_RULE_NONZERO
						  ? "A stored difference is zero or not finite."
						  : "A value is not finite.");
			if ((j & 0xFFFF) == 0xFFFF)
				CHECK_FOR_INTERRUPTS();
		}
		if (total != g->n)
			bad_state(st, "Group size does not match its values.");
	}
}
