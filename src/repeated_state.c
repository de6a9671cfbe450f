/*-------------------------------------------------------------------------
 *
 * repeated_state.c
 *	  The state of the repeated-measures tests (friedman_test_state,
 *	  rm_anova_state, cochran_q_state): one value per (subject, condition)
 *	  pair, with its flat and text forms, I/O functions and combine
 *	  function.
 *
 * A visits table stores repeated measures in long format, one row per
 * subject and condition.  The generic state of state.c is keyed by one
 * label; these tests need two label sets (subjects and conditions,
 * possibly of different types) and one value per pair.  The state follows
 * the same design rules as the state of state.c and contingency_state.c:
 *
 * - In memory it is an expanded object in a child context of the
 *	 aggregate context, updated in place.  Each label set is an
 *	 open-addressing hash table; the cells of a subject form a list, so a
 *	 row costs two hash probes plus a walk over its subject's cells (at most
 *	 k), which is also how a second row for the same pair is caught: an
 *	 error naming the subject and the condition.
 * - Two states merge by matching labels by equality and appending cells;
 *	 the same pair in both is the same duplicate error.
 * - Its text form round-trips exactly, does not depend on the machine and
 *	 ends with an explicit end marker:
 *
 *	friedman_test v1 skipped=1 subjects=integer conditions=text nsubjects=2
 *	  nconditions=2 ncells=3 subject 17 subject 18 condition "pre"
 *	  condition "3d" cells 0,0,7 0,1,2.5 1,0,8 end
 *
 *	 A cell is subject index, condition index, value (shortest exact form);
 *	 cells are listed subject by subject.  Labels of the polymorphic
 *	 fallback name their type (subjects=other subjecttype="public.site").
 *	 Text input is parsed into the flat form, and every flat form is
 *	 validated when it is expanded (kinds, counts and bounds with
 *	 overflow-checked arithmetic, every index in range, finite values, 0/1
 *	 for cochran_q, no duplicate label, no duplicate pair, no unused label,
 *	 no trailing bytes), so a malformed or forged state is an error, never
 *	 a crash, a wrong merge or a runaway allocation.  The binary
 *	 send/receive form is the text form.
 *
 * Bounds (repeated_state.h): 1,000 conditions, 100,000,000 subjects,
 * 2^31 - 1 cells (rows).
 *
 * Flat layout (all parts 8-byte aligned):
 *	RpFlatHeader, then nsubjects + nconditions labels (RpFlatLabel and the
 *	label's bytes padded to MAXALIGN), then ncells RpFlatCell.
 *
 * src/repeated_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "repeated_state.h"
#include "state_text.h"

#define RP_MAGIC	0x504B5231	/* "PKR1": flat layout version 1 */

typedef struct RpFlatHeader
{
	int32		vl_len_;
	int32		magic;
	int32		test;
	int32		subject_kind;
	int32		condition_kind;
	Oid			subject_type;
	Oid			condition_type;
	int32		nsubjects;
	int32		nconditions;
	int32		pad;
	int64		n_skipped;
	int64		ncells;
} RpFlatHeader;

typedef struct RpFlatLabel
{
	int64		ival;
	int32		len;			/* -1: no string (INT, BOOL) */
	int32		pad;
} RpFlatLabel;

typedef struct RpFlatCell
{
	int32		subject;
	int32		condition;
	double		value;
} RpFlatCell;

static Size rp_get_flat_size(ExpandedObjectHeader *eohptr);
static void rp_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							Size allocated_size);

static const ExpandedObjectMethods rp_methods = {
	rp_get_flat_size,
	rp_flatten_into
};

static const char *const test_names[PKPC_RP_NUM_TESTS] = {
	[PKPC_RP_FRIEDMAN] = "friedman_test",
	[PKPC_RP_RM_ANOVA] = "rm_anova",
	[PKPC_RP_COCHRAN_Q] = "cochran_q",
};

const char *
rp_test_name(PkpcRepeatedTest test)
{
	if (test <= 0 || test >= PKPC_RP_NUM_TESTS)
		elog(ERROR, "invalid repeated-measures test %d", (int) test);
	return test_names[test];
}

/* ---- the expanded state ---- */

static RpState *
rp_state_new(PkpcRepeatedTest test, MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "repeated-measures state",
											  ALLOCSET_SMALL_SIZES);
	RpState    *st = MemoryContextAllocZero(cxt, sizeof(RpState));

	EOH_init_header(&st->hdr, &rp_methods, cxt);
	st->test = test;
	return st;
}

static RpState *
rp_if_expanded(Datum d, bool need_rw)
{
	struct varlena *p = (struct varlena *) DatumGetPointer(d);
	ExpandedObjectHeader *eoh;

	if (need_rw ? !VARATT_IS_EXTERNAL_EXPANDED_RW(p) : !VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	eoh = DatumGetEOHP(d);
	if (eoh->eoh_methods != &rp_methods)
		return NULL;
	return (RpState *) eoh;
}

static void
check_test(const RpState *st, PkpcRepeatedTest test)
{
	if (st->test != test)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("a %s state cannot be used by %s",
						rp_test_name(st->test), rp_test_name(test))));
}

static RpState *rp_from_flat(const struct varlena *flat, PkpcRepeatedTest test,
							 MemoryContext parent);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place (a new state for NULL).
 */
RpState *
rp_state_for_update(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	MemoryContext aggcxt;
	RpState    *st = NULL;

	if (!PG_ARGISNULL(0))
	{
		st = rp_if_expanded(PG_GETARG_DATUM(0), true);
		if (likely(st != NULL && st->test == test))
			return st;
	}
	if (!AggCheckCallContext(fcinfo, &aggcxt))
		aggcxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
		return rp_state_new(test, aggcxt);
	if (st == NULL)
		st = rp_from_flat(PG_GETARG_VARLENA_P(0), test, aggcxt);
	check_test(st, test);
	return st;
}

/* A state argument for reading (final functions, output). */
RpState *
rp_state_arg(FunctionCallInfo fcinfo, int argno, PkpcRepeatedTest test)
{
	RpState    *st = rp_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		st = rp_from_flat(PG_GETARG_VARLENA_P(argno), test, CurrentMemoryContext);
	check_test(st, test);
	return st;
}

Datum
rp_state_return(RpState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

/* ---- label sets ---- */

static uint32
label_hash(PkpcLabelKind kind, const PkpcLabel *lab)
{
	if (kind == PKPC_LABEL_INT || kind == PKPC_LABEL_BOOL)
		return hash_bytes_uint32((uint32) lab->ival) ^
			murmurhash32((uint32) ((uint64) lab->ival >> 32));
	return hash_bytes((const unsigned char *) lab->str, lab->len);
}

/* pkpc_label_equal, inline for the per-row lookups */
static inline bool
label_eq(PkpcLabelKind kind, const PkpcLabel *a, const PkpcLabel *b)
{
	if (kind == PKPC_LABEL_INT || kind == PKPC_LABEL_BOOL)
		return a->ival == b->ival;
	return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
}

/*
 * Rebuild the hash table.  Each used slot also keeps the label's hash, so
 * that a probe compares labels (a cache miss in a large set) only when the
 * hashes agree.
 */
static void
labelset_rehash(RpLabelSet *ls)
{
	int32		i;

	memset(ls->slots, -1, sizeof(int32) * ls->nslots);
	for (i = 0; i < ls->n; i++)
	{
		uint32		h = label_hash(ls->kind, &ls->labels[i]);
		uint32		s = h & (ls->nslots - 1);

		while (ls->slots[s] >= 0)
			s = (s + 1) & (ls->nslots - 1);
		ls->slots[s] = i;
		ls->slot_hash[s] = h;
	}
}

static void
too_many(const RpState *st, const char *what, int64 limit)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s accepts at most " INT64_FORMAT " %s",
					rp_test_name(st->test), limit, what),
			 errhint("A repeated-measures design has one row per subject and condition (a visit, a time point).")));
}

/* Grow the per-subject list heads along with the subject label set. */
static void
grow_heads(RpState *st, int32 newmax)
{
	MemoryContext cxt = st->hdr.eoh_context;

	if (st->first == NULL)
	{
		st->first = MemoryContextAllocHuge(cxt, sizeof(int32) * newmax);
		st->last = MemoryContextAllocHuge(cxt, sizeof(int32) * newmax);
	}
	else
	{
		st->first = repalloc_huge(st->first, sizeof(int32) * newmax);
		st->last = repalloc_huge(st->last, sizeof(int32) * newmax);
	}
}

/*
 * The index of a label in a set, adding it (a copy) if new; *added tells
 * whether it was new.
 */
static int32
labelset_find_or_add(RpState *st, RpLabelSet *ls, const PkpcLabel *lab,
					 bool is_subject, bool *added)
{
	uint32		h = label_hash(ls->kind, lab);
	uint32		s;
	PkpcLabel  *copy;

	*added = false;
	if (ls->nslots > 0)
	{
		for (s = h & (ls->nslots - 1); ls->slots[s] >= 0; s = (s + 1) & (ls->nslots - 1))
			if (ls->slot_hash[s] == h && label_eq(ls->kind, &ls->labels[ls->slots[s]], lab))
				return ls->slots[s];
	}
	if (is_subject ? ls->n >= RP_MAX_SUBJECTS : ls->n >= RP_MAX_CONDITIONS)
		too_many(st, is_subject ? "subjects" : "conditions",
				 is_subject ? RP_MAX_SUBJECTS : RP_MAX_CONDITIONS);
	if (ls->n == ls->max)
	{
		int32		newmax = Max(8, ls->max * 2);
		MemoryContext cxt = st->hdr.eoh_context;

		if (ls->labels == NULL)
			ls->labels = MemoryContextAllocHuge(cxt, sizeof(PkpcLabel) * newmax);
		else
			ls->labels = repalloc_huge(ls->labels, sizeof(PkpcLabel) * newmax);
		if (ls->slots != NULL)
		{
			pfree(ls->slots);
			pfree(ls->slot_hash);
		}
		ls->max = newmax;
		ls->nslots = newmax * 2;
		ls->slots = MemoryContextAllocHuge(cxt, sizeof(int32) * ls->nslots);
		ls->slot_hash = MemoryContextAllocHuge(cxt, sizeof(uint32) * ls->nslots);
		labelset_rehash(ls);
		if (is_subject)
			grow_heads(st, newmax);
	}
	copy = &ls->labels[ls->n];
	*copy = *lab;
	if (lab->str != NULL)
	{
		char	   *str = MemoryContextAlloc(st->hdr.eoh_context, lab->len + 1);

		memcpy(str, lab->str, lab->len);
		str[lab->len] = '\0';
		copy->str = str;
	}
	s = h & (ls->nslots - 1);
	while (ls->slots[s] >= 0)
		s = (s + 1) & (ls->nslots - 1);
	ls->slots[s] = ls->n;
	ls->slot_hash[s] = h;
	if (is_subject)
		st->first[ls->n] = st->last[ls->n] = -1;
	*added = true;
	return ls->n++;
}

static void
merge_kind(const RpState *st, RpLabelSet *ls, PkpcLabelKind kind, Oid typid,
		   const char *what)
{
	if (kind == PKPC_LABEL_NONE)
		return;
	if (ls->kind == PKPC_LABEL_NONE)
	{
		ls->kind = kind;
		ls->typid = typid;
	}
	else if (ls->kind != kind || ls->typid != typid)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine %s states whose %s labels have different types",
						rp_test_name(st->test), what),
				 errdetail("One state has %s %s labels, the other %s labels.",
						   pkpc_label_kind_name(ls->kind), what,
						   pkpc_label_kind_name(kind))));
}

/* Fix the label kinds from the first row (or check them against another). */
void
rp_state_set_kinds(RpState *st, PkpcLabelKind skind, Oid stype,
				   PkpcLabelKind ckind, Oid ctype)
{
	merge_kind(st, &st->subjects, skind, stype, "subject");
	merge_kind(st, &st->conditions, ckind, ctype, "condition");
}

/* ---- cells ---- */

static void
duplicate_pair(const RpState *st, int32 subject, int32 condition)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s found more than one value for subject \"%s\" and condition \"%s\"",
					rp_test_name(st->test),
					pkpc_label_cstring(st->subjects.kind, &st->subjects.labels[subject]),
					pkpc_label_cstring(st->conditions.kind, &st->conditions.labels[condition])),
			 errdetail("A repeated-measures test takes one row per subject and condition."),
			 errhint("Aggregate the repeated rows first, for example avg(value) GROUP BY subject, condition.")));
}

/* Does the subject already have a value for the condition? */
static bool
has_cell(const RpState *st, int32 subject, int32 condition)
{
	int32		c;

	for (c = st->first[subject]; c >= 0; c = st->cells[c].next)
		if (st->cells[c].condition == condition)
			return true;
	return false;
}

/* Append the value of (subject, condition); the pair must be new. */
static void
append_cell(RpState *st, int32 subject, int32 condition, double value)
{
	RpCell	   *cell;

	if (has_cell(st, subject, condition))
		duplicate_pair(st, subject, condition);
	if (st->ncells == st->maxcells)
	{
		int64		newmax = Min(Max(64, st->maxcells + st->maxcells / 2),
								 (int64) RP_MAX_CELLS);

		if (st->ncells >= RP_MAX_CELLS)
			too_many(st, "rows", RP_MAX_CELLS);
		if (st->cells == NULL)
			st->cells = MemoryContextAllocHuge(st->hdr.eoh_context, sizeof(RpCell) * newmax);
		else
			st->cells = repalloc_huge(st->cells, sizeof(RpCell) * newmax);
		st->maxcells = newmax;
	}
	cell = &st->cells[st->ncells];
	cell->condition = condition;
	cell->next = -1;
	cell->value = value;
	if (st->last[subject] >= 0)
		st->cells[st->last[subject]].next = (int32) st->ncells;
	else
		st->first[subject] = (int32) st->ncells;
	st->last[subject] = (int32) st->ncells;
	st->ncells++;
}

/*
 * Record the value of (subject, condition); the kinds must be set.  A
 * visits table is often stored patient by patient, so the subject of the
 * previous row is tried before the hash table.
 */
void
rp_state_add(RpState *st, const PkpcLabel *subject, const PkpcLabel *condition,
			 double value)
{
	bool		added;
	int32		s;
	int32		c;

	if (st->recent > 0 &&
		label_eq(st->subjects.kind, &st->subjects.labels[st->recent - 1], subject))
		s = st->recent - 1;
	else
	{
		s = labelset_find_or_add(st, &st->subjects, subject, true, &added);
		st->recent = s + 1;
	}
	/* a few conditions (visits): a scan is cheaper than hashing */
	for (c = 0; c < st->conditions.n && c < 16; c++)
		if (label_eq(st->conditions.kind, &st->conditions.labels[c], condition))
			break;
	if (c == st->conditions.n || c == 16)
		c = labelset_find_or_add(st, &st->conditions, condition, false, &added);

	append_cell(st, s, c, value == 0.0 ? 0.0 : value);	/* one zero, not -0 */
}

/* Merge src into dst: labels matched by equality, cells appended. */
void
rp_state_combine(RpState *dst, const RpState *src)
{
	int32	   *smap;
	int32	   *cmap;
	int32		i;
	bool		added;

	check_test(src, dst->test);
	rp_state_set_kinds(dst, src->subjects.kind, src->subjects.typid,
					   src->conditions.kind, src->conditions.typid);
	if (pg_add_s64_overflow(dst->n_skipped, src->n_skipped, &dst->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count of skipped rows is out of range for type bigint",
						rp_test_name(dst->test))));
	smap = palloc_extended(sizeof(int32) * Max(1, src->subjects.n), MCXT_ALLOC_HUGE);
	cmap = palloc(sizeof(int32) * Max(1, src->conditions.n));
	for (i = 0; i < src->conditions.n; i++)
		cmap[i] = labelset_find_or_add(dst, &dst->conditions,
									   &src->conditions.labels[i], false, &added);
	for (i = 0; i < src->subjects.n; i++)
	{
		int32		c;

		smap[i] = labelset_find_or_add(dst, &dst->subjects,
									   &src->subjects.labels[i], true, &added);
		for (c = src->first[i]; c >= 0; c = src->cells[c].next)
			append_cell(dst, smap[i], cmap[src->cells[c].condition],
						src->cells[c].value);
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(smap);
	pfree(cmap);
}

/* ---- the complete subjects as a matrix ---- */

/* Sort context of conditions (label order) and subjects (canonical). */
typedef struct RpSortArg
{
	const RpLabelSet *ls;
	Oid			collation;
} RpSortArg;

static int
condition_cmp(const void *a, const void *b, void *arg)
{
	const RpSortArg *sa = (const RpSortArg *) arg;

	return pkpc_label_compare(sa->ls->kind, sa->ls->typid, sa->collation,
							  &sa->ls->labels[*(const int32 *) a],
							  &sa->ls->labels[*(const int32 *) b]);
}

/*
 * A fixed order of subjects that does not depend on the order rows came
 * in (nor on the collation): integer value, or bytes then length.
 */
static int
subject_cmp(const void *a, const void *b, void *arg)
{
	const RpLabelSet *ls = (const RpLabelSet *) arg;
	const PkpcLabel *x = &ls->labels[*(const int32 *) a];
	const PkpcLabel *y = &ls->labels[*(const int32 *) b];
	int			r;

	if (x->str == NULL || y->str == NULL)
		return (x->ival > y->ival) - (x->ival < y->ival);
	r = memcmp(x->str, y->str, Min(x->len, y->len));
	if (r != 0)
		return r;
	return (x->len > y->len) - (x->len < y->len);
}

/*
 * The complete subjects (those with a value for every condition seen) as
 * an n x k matrix, columns in the conditions' label order (collation of
 * the call), rows in the order of first appearance or, with
 * canonical_rows, in a fixed order of the subject labels.  Work
 * O(cells + k log k (+ n log n)), memory 8 bytes per cell of a complete
 * subject.
 */
void
rp_state_complete(RpState *st, Oid collation, bool canonical_rows, RpMatrix *m)
{
	int			k = st->conditions.n;
	int32	   *corder = palloc(sizeof(int32) * Max(1, k));
	int32	   *column = palloc(sizeof(int32) * Max(1, k));
	int32	   *rows = palloc_extended(sizeof(int32) * Max(1, st->subjects.n), MCXT_ALLOC_HUGE);
	RpSortArg	sa = {&st->conditions, collation};
	int64		n = 0;
	int32		s;
	int64		r;
	int			j;

	for (j = 0; j < k; j++)
		corder[j] = j;
	qsort_arg(corder, k, sizeof(int32), condition_cmp, &sa);
	for (j = 0; j < k; j++)
		column[corder[j]] = j;

	for (s = 0; s < st->subjects.n; s++)
	{
		int			count = 0;
		int32		c;

		for (c = st->first[s]; c >= 0; c = st->cells[c].next)
			count++;
		if (count == k)
			rows[n++] = s;
	}
	if (canonical_rows)
		qsort_arg(rows, n, sizeof(int32), subject_cmp, &st->subjects);

	m->n = n;
	m->n_incomplete = st->subjects.n - n;
	m->k = k;
	m->y = palloc_extended(sizeof(double) * Max(1, n * k), MCXT_ALLOC_HUGE);
	for (r = 0; r < n; r++)
	{
		int32		c;

		for (c = st->first[rows[r]]; c >= 0; c = st->cells[c].next)
			m->y[r * k + column[st->cells[c].condition]] = st->cells[c].value;
		if ((r & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(corder);
	pfree(column);
	pfree(rows);
}

/* ---- flat form ---- */

static Size
labelset_flat_size(const RpLabelSet *ls)
{
	Size		sz = 0;
	int32		i;

	for (i = 0; i < ls->n; i++)
		sz += sizeof(RpFlatLabel) + MAXALIGN(ls->labels[i].str ? ls->labels[i].len : 0);
	return sz;
}

static Size
rp_get_flat_size(ExpandedObjectHeader *eohptr)
{
	RpState    *st = (RpState *) eohptr;
	Size		sz;

	sz = sizeof(RpFlatHeader) + labelset_flat_size(&st->subjects) +
		labelset_flat_size(&st->conditions) + sizeof(RpFlatCell) * st->ncells;
	if (sz > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s state is too large to be passed between processes (%zu bytes)",
						rp_test_name(st->test), sz),
				 errhint("Run the query without parallel workers, or split the data and use %s_merge.",
						 rp_test_name(st->test))));
	return sz;
}

static char *
labelset_flatten(const RpLabelSet *ls, char *p)
{
	int32		i;

	for (i = 0; i < ls->n; i++)
	{
		const PkpcLabel *lab = &ls->labels[i];
		RpFlatLabel *fl = (RpFlatLabel *) p;

		fl->ival = lab->ival;
		fl->len = lab->str ? lab->len : -1;
		p += sizeof(RpFlatLabel);
		if (lab->str)
		{
			memcpy(p, lab->str, lab->len);
			p += MAXALIGN(lab->len);
		}
	}
	return p;
}

static void
rp_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	RpState    *st = (RpState *) eohptr;
	RpFlatHeader *h = (RpFlatHeader *) result;
	char	   *p = (char *) result + sizeof(RpFlatHeader);
	int32		s;

	memset(result, 0, allocated_size);
	SET_VARSIZE(h, allocated_size);
	h->magic = RP_MAGIC;
	h->test = st->test;
	h->subject_kind = st->subjects.kind;
	h->condition_kind = st->conditions.kind;
	h->subject_type = st->subjects.typid;
	h->condition_type = st->conditions.typid;
	h->nsubjects = st->subjects.n;
	h->nconditions = st->conditions.n;
	h->n_skipped = st->n_skipped;
	h->ncells = st->ncells;
	p = labelset_flatten(&st->subjects, p);
	p = labelset_flatten(&st->conditions, p);
	for (s = 0; s < st->subjects.n; s++)
	{
		int32		c;

		for (c = st->first[s]; c >= 0; c = st->cells[c].next)
		{
			RpFlatCell *fc = (RpFlatCell *) p;

			fc->subject = s;
			fc->condition = st->cells[c].condition;
			fc->value = st->cells[c].value;
			p += sizeof(RpFlatCell);
		}
	}
	Assert(p == (char *) result + allocated_size);
}

static void
bad_flat(PkpcRepeatedTest test, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s_state value", rp_test_name(test)),
			 errdetail("%s", why)));
}

static const char *
take(PkpcRepeatedTest test, const char **p, const char *end, Size need)
{
	const char *q = *p;

	if ((Size) (end - q) < need)
		bad_flat(test, "The value is truncated.");
	*p = q + need;
	return q;
}

static void
check_kind(PkpcRepeatedTest test, int32 kind, Oid typid, int32 n, int32 max)
{
	if (kind < PKPC_LABEL_NONE || kind > PKPC_LABEL_OTHER)
		bad_flat(test, "Unknown label kind.");
	if (n < 0 || n > max)
		bad_flat(test, "Invalid number of labels.");
	if ((kind == PKPC_LABEL_NONE) != (n == 0))
		bad_flat(test, "Label kind does not match the number of labels.");
	if ((kind == PKPC_LABEL_OTHER) != OidIsValid(typid))
		bad_flat(test, "Label type does not match the label kind.");
}

static void
read_labels(RpState *st, RpLabelSet *ls, int32 n, bool is_subject,
			const char **p, const char *end)
{
	int32		i;
	bool		has_str = (ls->kind == PKPC_LABEL_TEXT || ls->kind == PKPC_LABEL_OTHER);

	for (i = 0; i < n; i++)
	{
		RpFlatLabel fl;
		PkpcLabel	lab = {0, NULL, 0};
		bool		added;

		memcpy(&fl, take(st->test, p, end, sizeof(RpFlatLabel)), sizeof(RpFlatLabel));
		if (fl.len < -1 || (fl.len >= 0) != has_str)
			bad_flat(st->test, "Label does not match the label kind.");
		if (ls->kind == PKPC_LABEL_BOOL && fl.ival != 0 && fl.ival != 1)
			bad_flat(st->test, "Invalid boolean label.");
		if (has_str && fl.ival != 0)
			bad_flat(st->test, "Invalid label.");
		lab.ival = fl.ival;
		if (has_str)
		{
			lab.len = fl.len;
			lab.str = take(st->test, p, end, MAXALIGN(fl.len));
			if (memchr(lab.str, '\0', lab.len) != NULL)
				bad_flat(st->test, "Label contains a zero byte.");
		}
		labelset_find_or_add(st, ls, &lab, is_subject, &added);
		if (!added)
			bad_flat(st->test, "Duplicate label.");
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}

/*
 * The header of a flat state, validated: kinds, label counts within their
 * bounds, a cell count consistent with them and with the bytes present.
 */
static void
read_header(const struct varlena *flat, PkpcRepeatedTest test, RpFlatHeader *h,
			const char **p, const char **end)
{
	*p = (const char *) flat;
	if (VARATT_IS_EXTENDED(flat) || VARSIZE(flat) < sizeof(RpFlatHeader))
		bad_flat(test, "The value is truncated.");
	*end = *p + VARSIZE(flat);
	memcpy(h, take(test, p, *end, sizeof(RpFlatHeader)), sizeof(RpFlatHeader));
	if (h->magic != RP_MAGIC)
		bad_flat(test, "Unknown layout version.");
	if (h->test != (int32) test)
		bad_flat(test, "The state belongs to another test.");
	check_kind(test, h->subject_kind, h->subject_type, h->nsubjects, RP_MAX_SUBJECTS);
	check_kind(test, h->condition_kind, h->condition_type, h->nconditions, RP_MAX_CONDITIONS);
	if ((h->nsubjects == 0) != (h->nconditions == 0))
		bad_flat(test, "A state has both subject and condition labels or neither.");
	if (h->n_skipped < 0 || h->ncells < 0 || h->ncells > RP_MAX_CELLS ||
		h->ncells > (int64) h->nsubjects * h->nconditions ||
		h->ncells < Max(h->nsubjects, h->nconditions) ||
		(Size) (*end - *p) < (Size) h->ncells * sizeof(RpFlatCell))
		bad_flat(test, "Invalid count of cells.");
}

/* The next cell of a flat state, validated against the header. */
static RpFlatCell
read_cell(PkpcRepeatedTest test, const RpFlatHeader *h, const char **p, const char *end)
{
	RpFlatCell	c;

	memcpy(&c, take(test, p, end, sizeof(RpFlatCell)), sizeof(RpFlatCell));
	if (c.subject < 0 || c.subject >= h->nsubjects ||
		c.condition < 0 || c.condition >= h->nconditions)
		bad_flat(test, "Cell index out of range.");
	if (!isfinite(c.value))
		bad_flat(test, "Non-finite value.");
	if (test == PKPC_RP_COCHRAN_Q && c.value != 0.0 && c.value != 1.0)
		bad_flat(test, "A cochran_q value is not 0 or 1.");
	if (c.value == 0.0)
		c.value = 0.0;			/* one zero, not -0 */
	return c;
}

/*
 * Expand a flat state, validating every size and value: flat states can
 * come from user-supplied text or binary input.
 */
static RpState *
rp_from_flat(const struct varlena *flat, PkpcRepeatedTest test, MemoryContext parent)
{
	const char *p;
	const char *end;
	RpFlatHeader h;
	RpState    *st;
	bool	   *cused;
	int64		k;
	int32		i;

	read_header(flat, test, &h, &p, &end);
	st = rp_state_new(test, parent);
	st->n_skipped = h.n_skipped;
	st->subjects.kind = h.subject_kind;
	st->subjects.typid = h.subject_type;
	st->conditions.kind = h.condition_kind;
	st->conditions.typid = h.condition_type;
	read_labels(st, &st->subjects, h.nsubjects, true, &p, end);
	read_labels(st, &st->conditions, h.nconditions, false, &p, end);

	cused = palloc0(sizeof(bool) * Max(1, h.nconditions));
	for (k = 0; k < h.ncells; k++)
	{
		RpFlatCell	c = read_cell(test, &h, &p, end);

		if (has_cell(st, c.subject, c.condition))
			bad_flat(test, "Duplicate (subject, condition) pair.");
		append_cell(st, c.subject, c.condition, c.value);
		cused[c.condition] = true;
		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (p != end)
		bad_flat(test, "Trailing bytes.");
	for (i = 0; i < h.nsubjects; i++)
		if (st->first[i] < 0)
			bad_flat(test, "A subject label has no value.");
	for (i = 0; i < h.nconditions; i++)
		if (!cused[i])
			bad_flat(test, "A condition label has no value.");
	pfree(cused);
	return st;
}

/*
 * The labels of a flat state, found or added in dst's label set: map[i]
 * is the index in dst of the state's i-th label.  A label that appears
 * twice in the state (two of its labels land on one index) is an error.
 */
static void
map_labels(RpState *dst, RpLabelSet *ls, int32 n, bool is_subject,
		   const char **p, const char *end, int32 *map)
{
	bool		has_str = (ls->kind == PKPC_LABEL_TEXT || ls->kind == PKPC_LABEL_OTHER);
	bool	   *taken;
	int32		i;
	bool		added;

	for (i = 0; i < n; i++)
	{
		RpFlatLabel fl;
		PkpcLabel	lab = {0, NULL, 0};

		memcpy(&fl, take(dst->test, p, end, sizeof(RpFlatLabel)), sizeof(RpFlatLabel));
		if (fl.len < -1 || (fl.len >= 0) != has_str)
			bad_flat(dst->test, "Label does not match the label kind.");
		if (ls->kind == PKPC_LABEL_BOOL && fl.ival != 0 && fl.ival != 1)
			bad_flat(dst->test, "Invalid boolean label.");
		if (has_str && fl.ival != 0)
			bad_flat(dst->test, "Invalid label.");
		lab.ival = fl.ival;
		if (has_str)
		{
			lab.len = fl.len;
			lab.str = take(dst->test, p, end, MAXALIGN(fl.len));
			if (memchr(lab.str, '\0', lab.len) != NULL)
				bad_flat(dst->test, "Label contains a zero byte.");
		}
		map[i] = labelset_find_or_add(dst, ls, &lab, is_subject, &added);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	taken = palloc_extended(sizeof(bool) * Max(1, ls->n), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	for (i = 0; i < n; i++)
	{
		if (taken[map[i]])
			bad_flat(dst->test, "Duplicate label.");
		taken[map[i]] = true;
	}
	pfree(taken);
}

/*
 * Merge a flat state into dst without expanding it first (the combine
 * step of a parallel plan): one pass over its labels and cells, with the
 * same validation as rp_from_flat.  A pair present in both is the
 * duplicate error of the transition function.
 */
static void
rp_merge_flat(RpState *dst, const struct varlena *flat)
{
	PkpcRepeatedTest test = dst->test;
	const char *p;
	const char *end;
	RpFlatHeader h;
	int32	   *smap;
	int32	   *cmap;
	bool	   *sused;
	bool	   *cused;
	int64		k;
	int32		i;

	read_header(flat, test, &h, &p, &end);
	rp_state_set_kinds(dst, h.subject_kind, h.subject_type, h.condition_kind, h.condition_type);
	if (pg_add_s64_overflow(dst->n_skipped, h.n_skipped, &dst->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count of skipped rows is out of range for type bigint",
						rp_test_name(test))));
	smap = palloc_extended(sizeof(int32) * Max(1, h.nsubjects), MCXT_ALLOC_HUGE);
	cmap = palloc(sizeof(int32) * Max(1, h.nconditions));
	map_labels(dst, &dst->subjects, h.nsubjects, true, &p, end, smap);
	map_labels(dst, &dst->conditions, h.nconditions, false, &p, end, cmap);
	sused = palloc_extended(sizeof(bool) * Max(1, h.nsubjects), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	cused = palloc0(sizeof(bool) * Max(1, h.nconditions));
	for (k = 0; k < h.ncells; k++)
	{
		RpFlatCell	c = read_cell(test, &h, &p, end);

		append_cell(dst, smap[c.subject], cmap[c.condition], c.value);
		sused[c.subject] = cused[c.condition] = true;
		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (p != end)
		bad_flat(test, "Trailing bytes.");
	for (i = 0; i < h.nsubjects; i++)
		if (!sused[i])
			bad_flat(test, "A subject label has no value.");
	for (i = 0; i < h.nconditions; i++)
		if (!cused[i])
			bad_flat(test, "A condition label has no value.");
	pfree(smap);
	pfree(cmap);
	pfree(sused);
	pfree(cused);
}

/* ---- text form ---- */

static void
write_labels(StringInfo buf, const char *key, const RpLabelSet *ls)
{
	int32		i;

	for (i = 0; i < ls->n; i++)
	{
		appendStringInfo(buf, " %s ", key);
		pkpc_write_label(buf, ls->kind, &ls->labels[i]);
	}
}

static char *
rp_to_text(const RpState *st)
{
	StringInfoData buf;
	int32		s;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s v1 skipped=" INT64_FORMAT, rp_test_name(st->test),
					 st->n_skipped);
	pkpc_write_label_kind(&buf, "subjects", "subjecttype", st->subjects.kind,
						  st->subjects.typid);
	pkpc_write_label_kind(&buf, "conditions", "conditiontype", st->conditions.kind,
						  st->conditions.typid);
	appendStringInfo(&buf, " nsubjects=%d nconditions=%d ncells=" INT64_FORMAT,
					 st->subjects.n, st->conditions.n, st->ncells);
	write_labels(&buf, "subject", &st->subjects);
	write_labels(&buf, "condition", &st->conditions);
	appendStringInfoString(&buf, " cells");
	for (s = 0; s < st->subjects.n; s++)
	{
		int32		c;

		for (c = st->first[s]; c >= 0; c = st->cells[c].next)
		{
			appendStringInfo(&buf, " %d,%d,", s, st->cells[c].condition);
			pkpc_write_double(&buf, st->cells[c].value);
		}
		if ((s & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	appendStringInfoString(&buf, " end");
	return buf.data;
}

static void
read_text_labels(PkpcReader *r, StringInfo buf, const char *key, int32 kind, int32 n)
{
	int32		i;

	for (i = 0; i < n; i++)
	{
		RpFlatLabel fl;
		char	   *str;
		int			len;

		memset(&fl, 0, sizeof(fl));
		pkpc_read_expect(r, key);
		pkpc_read_skip_space(r);
		pkpc_read_label(r, kind, &fl.ival, &str, &len);
		fl.len = len;
		appendBinaryStringInfo(buf, (char *) &fl, sizeof(fl));
		if (str != NULL)
		{
			appendBinaryStringInfo(buf, str, len);
			while (buf->len % MAXIMUM_ALIGNOF != 0)
				appendStringInfoChar(buf, '\0');
		}
	}
}

static void
read_kind(PkpcReader *r, const char *kind_key, const char *type_key,
		  int32 *kind, Oid *typid)
{
	PkpcLabelKind k;

	pkpc_read_label_kind(r, kind_key, type_key, &k, typid);
	*kind = k;
}

/*
 * Parse the text form into a flat state (validated when expanded).  The
 * counts are read first and bounded, and the cells must fit the input
 * (each takes at least 6 characters), so no input can make this allocate
 * more than a small multiple of its own length.
 */
static struct varlena *
rp_text_to_flat(const char *str, PkpcRepeatedTest test)
{
	PkpcReader	r;
	StringInfoData buf;
	RpFlatHeader h;
	int64		k;

	pkpc_reader_init(&r, str, psprintf("%s_state", rp_test_name(test)));
	memset(&h, 0, sizeof(h));
	h.magic = RP_MAGIC;
	h.test = test;
	pkpc_read_expect(&r, rp_test_name(test));
	pkpc_read_expect(&r, "v1");
	pkpc_read_expect(&r, "skipped=");
	h.n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	read_kind(&r, "subjects", "subjecttype", &h.subject_kind, &h.subject_type);
	read_kind(&r, "conditions", "conditiontype", &h.condition_kind, &h.condition_type);
	pkpc_read_expect(&r, "nsubjects=");
	h.nsubjects = (int32) pkpc_read_int64(&r, 0, RP_MAX_SUBJECTS);
	pkpc_read_expect(&r, "nconditions=");
	h.nconditions = (int32) pkpc_read_int64(&r, 0, RP_MAX_CONDITIONS);
	pkpc_read_expect(&r, "ncells=");
	h.ncells = pkpc_read_int64(&r, 0, Min((int64) RP_MAX_CELLS,
										  (int64) h.nsubjects * h.nconditions));
	if (h.ncells > (int64) strlen(r.p) / 6 + 1)
		pkpc_read_error(&r, "as many cells as ncells says");

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (char *) &h, sizeof(h));
	read_text_labels(&r, &buf, "subject", h.subject_kind, h.nsubjects);
	read_text_labels(&r, &buf, "condition", h.condition_kind, h.nconditions);
	pkpc_read_expect(&r, "cells");
	for (k = 0; k < h.ncells; k++)
	{
		RpFlatCell	c;

		pkpc_read_skip_space(&r);
		c.subject = (int32) pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		c.condition = (int32) pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		c.value = pkpc_read_double(&r);
		appendBinaryStringInfo(&buf, (char *) &c, sizeof(c));
		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_read_expect(&r, "end");
	pkpc_read_end(&r);
	SET_VARSIZE(buf.data, buf.len);
	return (struct varlena *) buf.data;
}

/* ---- SQL-callable I/O and combine functions, one set per test ---- */

static Datum
rp_in(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	struct varlena *flat = rp_text_to_flat(PG_GETARG_CSTRING(0), test);

	rp_from_flat(flat, test, CurrentMemoryContext);	/* validate */
	PG_RETURN_POINTER(flat);
}

static Datum
rp_out(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	PG_RETURN_CSTRING(rp_to_text(rp_state_arg(fcinfo, 0, test)));
}

static Datum
rp_recv(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str = pq_getmsgtext(msg, msg->len - msg->cursor, &nbytes);
	struct varlena *flat = rp_text_to_flat(str, test);

	rp_from_flat(flat, test, CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

static Datum
rp_send(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	StringInfoData buf;
	char	   *str = rp_to_text(rp_state_arg(fcinfo, 0, test));

	pq_begintypsend(&buf);
	pq_sendtext(&buf, str, strlen(str));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Combine function (COMBINEFUNC, and SFUNC of X_merge): merge the second
 * state into the first.  Not strict, so that a NULL side is skipped.
 */
static Datum
rp_combine(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	RpState    *dst;
	MemoryContext aggcxt;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	/*
	 * The first state to arrive (a parallel worker's, or the first row of
	 * X_merge) is flat: expand it straight into the aggregate's memory and
	 * keep it, instead of merging it cell by cell into an empty state.
	 */
	if (PG_ARGISNULL(0) && rp_if_expanded(PG_GETARG_DATUM(1), false) == NULL &&
		AggCheckCallContext(fcinfo, &aggcxt))
		return rp_state_return(rp_from_flat(PG_GETARG_VARLENA_P(1), test, aggcxt));
	dst = rp_state_for_update(fcinfo, test);
	if (rp_if_expanded(PG_GETARG_DATUM(1), false) == NULL)
		rp_merge_flat(dst, PG_GETARG_VARLENA_P(1));
	else
		rp_state_combine(dst, rp_state_arg(fcinfo, 1, test));
	return rp_state_return(dst);
}

#define RP_STATE_FUNCTIONS(name, test) \
PG_FUNCTION_INFO_V1(name##_state_in); \
Datum name##_state_in(PG_FUNCTION_ARGS) { return rp_in(fcinfo, test); } \
PG_FUNCTION_INFO_V1(name##_state_out); \
Datum name##_state_out(PG_FUNCTION_ARGS) { return rp_out(fcinfo, test); } \
PG_FUNCTION_INFO_V1(name##_state_recv); \
Datum name##_state_recv(PG_FUNCTION_ARGS) { return rp_recv(fcinfo, test); } \
PG_FUNCTION_INFO_V1(name##_state_send); \
Datum name##_state_send(PG_FUNCTION_ARGS) { return rp_send(fcinfo, test); } \
PG_FUNCTION_INFO_V1(name##_combine); \
Datum name##_combine(PG_FUNCTION_ARGS) { return rp_combine(fcinfo, test); }

RP_STATE_FUNCTIONS(friedman_test, PKPC_RP_FRIEDMAN)
RP_STATE_FUNCTIONS(rm_anova, PKPC_RP_RM_ANOVA)
RP_STATE_FUNCTIONS(cochran_q, PKPC_RP_COCHRAN_Q)
