/*-------------------------------------------------------------------------
 *
 * state.c
 *	  The aggregate state shared by pkpcohort's tests: groups keyed by
 *	  label, each with running statistics and (for rank and normality
 *	  tests) the observed values.
 *
 * Why one state for every test: DESIGN.md asks that every aggregate have a
 * real SQL state type (never `internal`) with a combine function and an
 * exact text round trip, so that parallel query, postgres_fdw and Citus
 * can split it.  Every test needs the same machinery for that (labels,
 * NULL counting, parameters fixed by the first row, merge, flat and text
 * forms, validation of malformed input); only the statistics kept per
 * group differ, and those are described by a PkpcStateOps entry.  Each test
 * still has its own SQL type (<test>_state), and a state of one test is
 * rejected where another's is expected.
 *
 * In memory a state is an expanded object (utils/expandeddatum.h) in a
 * child context of the aggregate context: the transition functions update
 * it in place and return the same read/write pointer, so nodeAgg never
 * copies it per row and appending a value costs O(1) amortized (DESIGN.md,
 * decision 2).  It is flattened only when it must leave the backend's
 * memory (a parallel worker's partial result, a stored X_partial value).
 *
 * Flat layout (all parts 8-byte aligned):
 *	FlatHeader
 *	then per group: FlatGroup, stats[nstats], values[nvalues * width],
 *	counts[nvalues] (map mode only), label bytes padded to 8.
 *
 * src/state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "args.h"
#include "moments.h"
#include "state.h"
#include "sort.h"
#include "state_flat.h"

static const PkpcStateOps state_ops[PKPC_NUM_TAGS] = {
	[PKPC_TAG_PAIRED_T] = {"paired_t", PKPC_PAIRED_NSTATS, 0, 1, pkpc_paired_combine},
	[PKPC_TAG_INDEPENDENT_T] = {"independent_t", PKPC_MOM_NSTATS, 0, 2, pkpc_moments_combine},
	[PKPC_TAG_LEVENE] = {"levene_test", 0, 1, PKPC_UNLIMITED, NULL},
	[PKPC_TAG_MANN_WHITNEY] = {"mann_whitney_u", 0, 1, 2, NULL},
	[PKPC_TAG_WILCOXON] = {"wilcoxon_signed_rank", 0, 1, 1, NULL},
	[PKPC_TAG_KS_NORMALITY] = {"ks_normality", 0, 1, 1, NULL},
	[PKPC_TAG_SHAPIRO_WILK] = {"shapiro_wilk", 0, 1, 1, NULL},
	[PKPC_TAG_LOG_RANK] = {"log_rank", 0, 2, PKPC_UNLIMITED, NULL},
	[PKPC_TAG_KM_SURVIVAL] = {"km_survival", 0, 2, 1, NULL},
	[PKPC_TAG_KRUSKAL_WALLIS] = {"kruskal_wallis", 0, 1, PKPC_UNLIMITED, NULL},
	[PKPC_TAG_ONE_WAY_ANOVA] = {"one_way_anova", PKPC_MOM_NSTATS, 0, PKPC_UNLIMITED, pkpc_moments_combine},
	[PKPC_TAG_MCNEMAR] = {"mcnemar", 0, 1, 1, NULL},
};

static Size state_get_flat_size(ExpandedObjectHeader *eohptr);
static void state_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							   Size allocated_size);

static const ExpandedObjectMethods state_methods = {
	state_get_flat_size,
	state_flatten_into
};

const PkpcStateOps *
pkpc_state_ops(PkpcTestTag tag)
{
	if (tag <= 0 || tag >= PKPC_NUM_TAGS)
		elog(ERROR, "invalid pkpcohort state tag %d", (int) tag);
	return &state_ops[tag];
}

PkpcState *
pkpc_state_new(PkpcTestTag tag, MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "pkpcohort state",
											  ALLOCSET_SMALL_SIZES);
	PkpcState  *st = MemoryContextAllocZero(cxt, sizeof(PkpcState));

	EOH_init_header(&st->hdr, &state_methods, cxt);
	st->tag = tag;
	st->ops = pkpc_state_ops(tag);
	st->conf_level = 0.95;
	return st;
}

/* Is this datum a pointer to one of our expanded states? */
static PkpcState *
state_if_expanded(Datum d, bool need_rw)
{
	struct varlena *p = (struct varlena *) DatumGetPointer(d);
	ExpandedObjectHeader *eoh;

	if (need_rw ? !VARATT_IS_EXTERNAL_EXPANDED_RW(p) : !VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	eoh = DatumGetEOHP(d);
	if (eoh->eoh_methods != &state_methods)
		return NULL;
	return (PkpcState *) eoh;
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
 * object as it is, anything else (a flat value) expanded into a copy.
 */
PkpcState *
pkpc_state_for_update(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	MemoryContext aggcxt;
	PkpcState  *st = NULL;

	/* every row but the first: our own state, updated in place */
	if (!PG_ARGISNULL(0))
	{
		st = state_if_expanded(PG_GETARG_DATUM(0), true);
		if (likely(st != NULL && st->tag == tag))
			return st;
	}
	if (!AggCheckCallContext(fcinfo, &aggcxt))
		aggcxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
		return pkpc_state_new(tag, aggcxt);
	if (st == NULL)
		st = pkpc_state_from_flat(PG_GETARG_VARLENA_P(0), tag, aggcxt);
	check_tag(st, tag);
	return st;
}

/* A state argument for reading (final functions, output). */
PkpcState *
pkpc_state_arg(FunctionCallInfo fcinfo, int argno, PkpcTestTag tag)
{
	PkpcState  *st = state_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		st = pkpc_state_from_flat(PG_GETARG_VARLENA_P(argno), tag,
								  CurrentMemoryContext);
	check_tag(st, tag);
	return st;
}

Datum
pkpc_state_return(PkpcState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

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
				 errmsg("the parameters of %s must be the same for every row",
						st->ops->name),
				 errdetail("A test is computed for one alternative, confidence level and option.")));
}

/*
 * The optional trailing arguments of the two-sample and paired tests:
 * alternative (argument alt_argno) and confidence level (alt_argno + 1),
 * fixed from the first row; later rows must repeat them.
 */
void
pkpc_state_params_from_args(PkpcState *st, FunctionCallInfo fcinfo, int alt_argno)
{
	PkpcAlternative alt = PKPC_TWO_SIDED;
	double		conf = 0.95;
	const char *fname = st->ops->name;

	/*
	 * Per-row fast path: a call without the optional arguments repeats the
	 * defaults, which the first row has already fixed.
	 */
	if (PG_NARGS() <= alt_argno && st->params_set &&
		st->alternative == PKPC_TWO_SIDED && st->option == 0 &&
		st->conf_level == 0.95 && st->param[0] == 0.0 && st->param[1] == 0.0)
		return;
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

/* Copy a label into the state's memory. */
static PkpcLabel
copy_label(PkpcState *st, const PkpcLabel *lab)
{
	PkpcLabel	copy = *lab;

	if (lab->str != NULL)
	{
		char	   *s = MemoryContextAlloc(st->hdr.eoh_context, lab->len + 1);

		memcpy(s, lab->str, lab->len);
		s[lab->len] = '\0';
		copy.str = s;
	}
	return copy;
}

static void
too_many_groups(PkpcState *st, const PkpcLabel *lab)
{
	StringInfoData seen;
	int			i;

	initStringInfo(&seen);
	for (i = 0; i < st->ngroups; i++)
		appendStringInfo(&seen, "\"%s\", ",
						 pkpc_label_cstring(st->label_kind, &st->groups[i].label));
	appendStringInfo(&seen, "\"%s\"", pkpc_label_cstring(st->label_kind, lab));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s expects at most %d distinct group labels, found %d",
					st->ops->name, st->ops->max_groups, st->ngroups + 1),
			 errdetail("Labels seen: %s.", seen.data),
			 errhint("Restrict the rows to two groups, for example with FILTER (WHERE ...).")));
}

/* pkpc_label_equal, inline for the per-row group lookup */
static inline bool
label_equal(PkpcLabelKind kind, const PkpcLabel *a, const PkpcLabel *b)
{
	if (kind == PKPC_LABEL_INT || kind == PKPC_LABEL_BOOL)
		return a->ival == b->ival;
	if (a->len != b->len)
		return false;
	for (int32 i = 0; i < a->len; i++)
		if (a->str[i] != b->str[i])
			return false;
	return true;
}

/* Find the group of a label, adding it if it is new. */
static PkpcGroup *
find_or_add_group(PkpcState *st, const PkpcLabel *lab)
{
	PkpcGroup  *g;
	int			i;

	for (i = 0; i < st->ngroups; i++)
		if (label_equal(st->label_kind, &st->groups[i].label, lab))
			return &st->groups[i];

	if (st->ngroups >= st->ops->max_groups)
		too_many_groups(st, lab);
	if (st->ngroups == st->maxgroups)
	{
		int			newmax = Max(4, st->maxgroups * 2);

		if (st->groups == NULL)
			st->groups = MemoryContextAllocZero(st->hdr.eoh_context,
												sizeof(PkpcGroup) * newmax);
		else
		{
			st->groups = repalloc(st->groups, sizeof(PkpcGroup) * newmax);
			memset(st->groups + st->maxgroups, 0,
				   sizeof(PkpcGroup) * (newmax - st->maxgroups));
		}
		st->maxgroups = newmax;
	}
	g = &st->groups[st->ngroups++];
	g->label = copy_label(st, lab);
	return g;
}

/* The group of the label in argument argno (not NULL) of a transition call. */
PkpcGroup *
pkpc_state_group(PkpcState *st, FunctionCallInfo fcinfo, int argno,
				 PkpcLabelArg arg)
{
	PkpcLabel	lab = pkpc_label_read(fcinfo, argno, arg);

	if (st->label_kind == PKPC_LABEL_NONE)
		st->label_kind = pkpc_label_kind(fcinfo, argno, arg, &st->label_type);
	return find_or_add_group(st, &lab);
}

/* The one group of an unlabelled test (paired tests, normality). */
PkpcGroup *
pkpc_state_single_group(PkpcState *st)
{
	PkpcLabel	none = {0, NULL, 0};

	return find_or_add_group(st, &none);
}

/* Total observations over all groups. */
int64
pkpc_state_n(const PkpcState *st)
{
	int64		n = 0;
	int			i;

	for (i = 0; i < st->ngroups; i++)
		n += st->groups[i].n;
	return n;
}

/* ---- values ---- */

static inline int
slot_of(double v)
{
	uint64		bits;

	memcpy(&bits, &v, sizeof(bits));
	return (int) ((bits * UINT64CONST(0x9E3779B97F4A7C15)) >> 56);
}

static void
rebuild_slots(PkpcGroup *g)
{
	int64		i;

	memset(g->slots, -1, sizeof(int16) * PKPC_MAP_SLOTS);
	for (i = 0; i < g->nvalues; i++)
	{
		int			s = slot_of(g->values[i]);

		while (g->slots[s] >= 0)
			s = (s + 1) & (PKPC_MAP_SLOTS - 1);
		g->slots[s] = (int16) i;
	}
}

/* Make room for one more entry in a list-mode group (grow by 1/16). */
static void
reserve_one(PkpcState *st, PkpcGroup *g)
{
	int			width = st->ops->value_width;
	int64		newcap;

	if (g->nvalues < g->capacity)
		return;
	newcap = g->capacity + Max(g->capacity / 16, 1024);
	if (g->values == NULL)
		g->values = MemoryContextAllocHuge(st->hdr.eoh_context,
										   sizeof(double) * width * newcap);
	else
		g->values = repalloc_huge(g->values, sizeof(double) * width * newcap);
	g->capacity = newcap;
}

/* Leave map mode: write each distinct value out count times. */
static void
map_to_list(PkpcState *st, PkpcGroup *g)
{
	double	   *vals = g->values;
	int64	   *counts = g->counts;
	int64		nd = g->nvalues;
	int64		i;
	int64		k;

	g->values = NULL;
	g->counts = NULL;
	g->capacity = 0;
	g->nvalues = 0;
	pfree(g->slots);
	g->slots = NULL;
	for (i = 0; i < nd; i++)
		for (k = 0; k < counts[i]; k++)
		{
			reserve_one(st, g);
			g->values[g->nvalues++] = vals[i];
		}
	pfree(vals);
	pfree(counts);
}

/*
 * Add `count` copies of v to a group of single values (the caller keeps
 * g->n).  A new group starts in map mode.
 */
static void
add_value_count(PkpcState *st, PkpcGroup *g, double v, int64 count)
{
	if (v == 0.0)
		v = 0.0;				/* -0 and +0 are one value */
	if (g->values == NULL && g->counts == NULL)
	{
		MemoryContext cxt = st->hdr.eoh_context;

		g->values = MemoryContextAlloc(cxt, sizeof(double) * PKPC_MAP_MAX);
		g->counts = MemoryContextAlloc(cxt, sizeof(int64) * PKPC_MAP_MAX);
		g->slots = MemoryContextAlloc(cxt, sizeof(int16) * PKPC_MAP_SLOTS);
		g->capacity = PKPC_MAP_MAX;
		memset(g->slots, -1, sizeof(int16) * PKPC_MAP_SLOTS);
	}
	if (g->counts != NULL)
	{
		int			s = slot_of(v);

		for (; g->slots[s] >= 0; s = (s + 1) & (PKPC_MAP_SLOTS - 1))
			if (g->values[g->slots[s]] == v)
			{
				g->counts[g->slots[s]] += count;
				return;
			}
		if (g->nvalues < PKPC_MAP_MAX)
		{
			g->slots[s] = (int16) g->nvalues;
			g->values[g->nvalues] = v;
			g->counts[g->nvalues++] = count;
			return;
		}
		map_to_list(st, g);
	}
	while (count-- > 0)
	{
		reserve_one(st, g);
		g->values[g->nvalues++] = v;
	}
}

/* Record observation v in group g. */
void
pkpc_group_add_value(PkpcState *st, PkpcGroup *g, double v)
{
	add_value_count(st, g, v, 1);
	g->n++;
}

/* Record the observation (v, w) in group g (value_width 2). */
void
pkpc_group_add_pair(PkpcState *st, PkpcGroup *g, double v, double w)
{
	reserve_one(st, g);
	g->values[2 * g->nvalues] = v;
	g->values[2 * g->nvalues + 1] = w;
	g->nvalues++;
	g->n++;
}

/* ---- sorting (once, at the end) ---- */

/*
 * Sort a group's values ascending (pairs by their first member).  The bag
 * of values is unchanged, so the state stays valid for more rows.
 */
void
pkpc_group_sort(PkpcState *st, PkpcGroup *g)
{
	if (g->counts != NULL)
	{
		int64		i;

		/* insertion sort of at most PKPC_MAP_MAX (value, count) entries */
		for (i = 1; i < g->nvalues; i++)
		{
			double		v = g->values[i];
			int64		c = g->counts[i];
			int64		j = i;

			for (; j > 0 && g->values[j - 1] > v; j--)
			{
				g->values[j] = g->values[j - 1];
				g->counts[j] = g->counts[j - 1];
			}
			g->values[j] = v;
			g->counts[j] = c;
		}
		rebuild_slots(g);
	}
	else if (st->ops->value_width == 2)
		pkpc_sort_pairs(g->values, g->nvalues);
	else
		pkpc_sort_doubles(g->values, g->nvalues);	/* finite, never -0 */
}

/* Order the groups by label (group 1 = lowest label, API.md). */
void
pkpc_state_order_groups(PkpcState *st, Oid collation)
{
	int			i;

	for (i = 1; i < st->ngroups; i++)
	{
		PkpcGroup	g = st->groups[i];
		int			j = i;

		for (; j > 0 && pkpc_label_compare(st->label_kind, st->label_type, collation,
										   &st->groups[j - 1].label, &g.label) > 0; j--)
			st->groups[j] = st->groups[j - 1];
		st->groups[j] = g;
	}
}

/* ---- merging ---- */

static void
merge_label_kind(PkpcState *dst, const PkpcState *src)
{
	if (src->label_kind == PKPC_LABEL_NONE)
		return;
	if (dst->label_kind == PKPC_LABEL_NONE)
	{
		dst->label_kind = src->label_kind;
		dst->label_type = src->label_type;
	}
	else if (dst->label_kind != src->label_kind || dst->label_type != src->label_type)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot merge %s states whose group labels have different types",
						dst->ops->name),
				 errdetail("One state has %s labels, the other %s labels.",
						   pkpc_label_kind_name(dst->label_kind),
						   pkpc_label_kind_name(src->label_kind))));
}

/* Merge state src into dst (combine functions, X_merge). */
void
pkpc_state_combine(PkpcState *dst, const PkpcState *src)
{
	int			i;

	check_tag(src, dst->tag);
	if (src->params_set)
		pkpc_state_set_params(dst, src->alternative, src->option,
							  src->conf_level, src->param);
	merge_label_kind(dst, src);
	dst->n_skipped += src->n_skipped;
	dst->n_extra += src->n_extra;

	for (i = 0; i < src->ngroups; i++)
	{
		const PkpcGroup *sg = &src->groups[i];
		PkpcGroup  *g = find_or_add_group(dst, &sg->label);
		int64		j;

		if (dst->ops->combine)
		{
			dst->ops->combine(g->stats, g->n, sg->stats, sg->n);
			pkpc_check_finite_stats(dst->ops->name, g->stats, dst->ops->nstats);
		}
		if (dst->ops->value_width == 1)
			for (j = 0; j < sg->nvalues; j++)
				add_value_count(dst, g, sg->values[j], pkpc_group_count(sg, j));
		else if (dst->ops->value_width == 2)
			for (j = 0; j < sg->nvalues; j++)
			{
				reserve_one(dst, g);
				g->values[2 * g->nvalues] = sg->values[2 * j];
				g->values[2 * g->nvalues + 1] = sg->values[2 * j + 1];
				g->nvalues++;
			}
		g->n += sg->n;
		CHECK_FOR_INTERRUPTS();
	}
}

/* ---- flat form ---- */

static Size
group_flat_size(const PkpcState *st, const PkpcGroup *g)
{
	Size		sz = sizeof(FlatGroup) + sizeof(double) * st->ops->nstats;

	sz += sizeof(double) * st->ops->value_width * g->nvalues;
	if (g->counts)
		sz += sizeof(int64) * g->nvalues;
	sz += MAXALIGN(g->label.str ? g->label.len : 0);
	return sz;
}

static Size
state_get_flat_size(ExpandedObjectHeader *eohptr)
{
	PkpcState  *st = (PkpcState *) eohptr;
	Size		sz = sizeof(FlatHeader);
	int			i;

	for (i = 0; i < st->ngroups; i++)
		sz += group_flat_size(st, &st->groups[i]);
	if (sz > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s state is too large to be passed between processes (%zu bytes)",
						st->ops->name, sz),
				 errhint("Run the query without parallel workers, or split the data and use %s_merge.",
						 st->ops->name)));
	return sz;
}

static void
state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	PkpcState  *st = (PkpcState *) eohptr;
	FlatHeader *h = (FlatHeader *) result;
	char	   *p = (char *) result + sizeof(FlatHeader);
	int			i;

	memset(result, 0, allocated_size);
	SET_VARSIZE(h, allocated_size);
	h->magic = PKPC_STATE_MAGIC;
	h->tag = st->tag;
	h->label_kind = st->label_kind;
	h->label_type = st->label_type;
	h->ngroups = st->ngroups;
	h->params_set = st->params_set;
	h->alternative = st->alternative;
	h->option = st->option;
	h->conf_level = st->conf_level;
	h->param[0] = st->param[0];
	h->param[1] = st->param[1];
	h->n_skipped = st->n_skipped;
	h->n_extra = st->n_extra;

	for (i = 0; i < st->ngroups; i++)
	{
		const PkpcGroup *g = &st->groups[i];
		FlatGroup  *fg = (FlatGroup *) p;
		Size		nv = (Size) g->nvalues * st->ops->value_width;

		fg->n = g->n;
		fg->nvalues = g->nvalues;
		fg->label_ival = g->label.ival;
		fg->label_len = g->label.str ? g->label.len : -1;
		fg->map_mode = (g->counts != NULL);
		p += sizeof(FlatGroup);
		memcpy(p, g->stats, sizeof(double) * st->ops->nstats);
		p += sizeof(double) * st->ops->nstats;
		if (nv > 0)
			memcpy(p, g->values, sizeof(double) * nv);
		p += sizeof(double) * nv;
		if (g->counts)
		{
			memcpy(p, g->counts, sizeof(int64) * g->nvalues);
			p += sizeof(int64) * g->nvalues;
		}
		if (g->label.str)
		{
			memcpy(p, g->label.str, g->label.len);
			p += MAXALIGN(g->label.len);
		}
	}
	Assert(p == (char *) result + allocated_size);
}

static void
bad_flat(const char *name, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s state", name),
			 errdetail("%s", why)));
}

/* Take `need` bytes from the flat input, or fail. */
static const char *
take(const char **p, const char *end, Size need, const char *name)
{
	const char *q = *p;

	if ((Size) (end - q) < need)
		bad_flat(name, "The value is truncated.");
	*p = q + need;
	return q;
}

/*
 * Expand a flat state, validating every size and value: flat states can
 * come from user-supplied binary input, so a malformed one must be an
 * error, never a crash.
 */
PkpcState *
pkpc_state_from_flat(const struct varlena *flat, PkpcTestTag tag,
					 MemoryContext parent)
{
	const char *name = pkpc_state_ops(tag)->name;
	const char *p = (const char *) flat;
	const char *end = p + VARSIZE(flat);
	FlatHeader	h;
	PkpcState  *st;
	int			i;

	if (VARSIZE(flat) < sizeof(FlatHeader))
		bad_flat(name, "The value is truncated.");
	memcpy(&h, take(&p, end, sizeof(FlatHeader), name), sizeof(FlatHeader));
	if (h.magic != PKPC_STATE_MAGIC)
		bad_flat(name, "Unknown layout version.");
	if (h.tag != tag)
		bad_flat(name, "The state belongs to another test.");
	if (h.label_kind < PKPC_LABEL_NONE || h.label_kind > PKPC_LABEL_OTHER)
		bad_flat(name, "Unknown label kind.");
	if (h.ngroups < 0 || h.n_skipped < 0 || h.n_extra < 0)
		bad_flat(name, "Negative count.");

	st = pkpc_state_new(tag, parent);
	st->params_set = (h.params_set != 0);
	st->alternative = h.alternative;
	st->option = h.option;
	st->conf_level = h.conf_level;
	st->param[0] = h.param[0];
	st->param[1] = h.param[1];
	st->n_skipped = h.n_skipped;
	st->n_extra = h.n_extra;
	st->label_kind = h.label_kind;
	st->label_type = h.label_type;

	for (i = 0; i < h.ngroups; i++)
	{
		FlatGroup	fg;
		PkpcLabel	lab = {0, NULL, 0};
		const double *stats;
		const double *vals;
		const int64 *counts = NULL;
		PkpcGroup  *g;
		int64		j;
		int64		total = 0;
		int			ngroups_before;

		memcpy(&fg, take(&p, end, sizeof(FlatGroup), name), sizeof(FlatGroup));
		if (fg.n < 0 || fg.nvalues < 0 || fg.label_len < -1 ||
			(fg.map_mode && (st->ops->value_width != 1 || fg.nvalues > PKPC_MAP_MAX)) ||
			(st->ops->value_width == 0 && fg.nvalues != 0) ||
			fg.nvalues > (int64) (MaxAllocHugeSize / sizeof(double) / 2))
			bad_flat(name, "Invalid group header.");
		stats = (const double *) take(&p, end, sizeof(double) * st->ops->nstats, name);
		vals = (const double *) take(&p, end, sizeof(double) * st->ops->value_width * fg.nvalues, name);
		if (fg.map_mode)
			counts = (const int64 *) take(&p, end, sizeof(int64) * fg.nvalues, name);
		lab.ival = fg.label_ival;
		if (fg.label_len >= 0)
		{
			lab.len = fg.label_len;
			lab.str = take(&p, end, MAXALIGN(fg.label_len), name);
		}
		if ((lab.str != NULL) != (st->label_kind == PKPC_LABEL_TEXT ||
								  st->label_kind == PKPC_LABEL_OTHER) &&
			st->label_kind != PKPC_LABEL_NONE)
			bad_flat(name, "Label does not match the label kind.");
		if ((st->label_kind == PKPC_LABEL_BOOL && lab.ival != 0 && lab.ival != 1) ||
			(st->label_kind == PKPC_LABEL_NONE && (lab.ival != 0 || lab.str != NULL)) ||
			(lab.str != NULL && lab.ival != 0))
			bad_flat(name, "Invalid label.");

		ngroups_before = st->ngroups;
		g = find_or_add_group(st, &lab);
		if (st->ngroups == ngroups_before)
			bad_flat(name, "Duplicate group label.");
		for (j = 0; j < st->ops->nstats; j++)
			if (!isfinite(stats[j]))
				bad_flat(name, "Non-finite statistic.");
		memcpy(g->stats, stats, sizeof(double) * st->ops->nstats);
		for (j = 0; j < fg.nvalues * st->ops->value_width; j++)
			if (!isfinite(vals[j]))
				bad_flat(name, "Non-finite value.");
		for (j = 0; j < fg.nvalues; j++)
		{
			int64		c = counts ? counts[j] : 1;

			if (c <= 0 || total > PG_INT64_MAX - c)
				bad_flat(name, "Invalid value count.");
			total += c;
			if (st->ops->value_width == 1)
				add_value_count(st, g, vals[j], c);
			else
			{
				reserve_one(st, g);
				memcpy(g->values + 2 * g->nvalues, vals + 2 * j, 2 * sizeof(double));
				g->nvalues++;
			}
		}
		if (st->ops->value_width > 0 && total != fg.n)
			bad_flat(name, "Group size does not match its values.");
		g->n = fg.n;
	}
	if (p != end)
		bad_flat(name, "Trailing bytes.");
	if (st->ngroups > st->ops->max_groups)
		bad_flat(name, "Too many groups.");
	if (st->ops->max_groups == 1 && st->label_kind != PKPC_LABEL_NONE)
		bad_flat(name, "The state of an unlabelled test has labels.");
	return st;
}
