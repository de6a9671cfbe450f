/*-------------------------------------------------------------------------
 *
 * repeated_state.c
 *	  The state of the repeated-measures tests (friedman_test_state,
 *	  rm_anova_state, cochran_q_state): one value per (subject, condition)
 *	  pair, with its flat, text and binary forms, I/O functions and combine
 *	  function.
 *
 * A visits table stores repeated measures in long format, one row per
 * subject and condition.  The generic state of state.c is keyed by one
 * label; these tests need two label sets (subjects and conditions,
 * possibly of different types) and one value per pair.  The state follows
 * the rules of contingency_state.c:
 *
 * - In memory it is an expanded object whose parts live in the arena of its
 *	 aggregate call site (arena.c); the transition functions update it in
 *	 place.  Both label sets are indexed (labels.c); the cells of a subject
 *	 form a list, so a row costs two lookups plus a walk over its subject's
 *	 cells (at most k), which is also how a second row for the same pair is
 *	 caught: an error naming the subject and the condition.  A visits table
 *	 is often stored patient by patient, so the previous row's subject is
 *	 tried first.
 * - Two states merge by matching labels by equality and appending cells;
 *	 the same pair in both is the same duplicate error.
 * - Its text form round-trips exactly, does not depend on the machine, is
 *	 canonical (labels in order, by bytes for text; cells by subject, then
 *	 condition) and ends with "end":
 *
 *	friedman_test v2 skipped=1 subjects=integer conditions=text nsubjects=2
 *	  nconditions=2 ncells=3 subject 17 subject 18 condition "3d"
 *	  condition "pre" cells 0,0,2.5 0,1,7 1,1,8 end
 *
 *	 A cell is subject index, condition index, value (shortest exact form).
 *	 Labels of the polymorphic fallback name their type
 *	 (subjects=other subjecttype="public.site").  The binary and flat forms
 *	 carry the same fields (state_codec.c).  Every form is read into a
 *	 state and checked (rp_check): indexes in range, finite values, 0/1 for
 *	 cochran_q, no duplicate label or pair, no unused label.  A malformed,
 *	 truncated or forged state is an error, never a crash or a wrong merge.
 *
 * Bounds (repeated_state.h): 1,000 conditions, 100,000,000 subjects,
 * 2^31 - 1 cells (rows).
 *
 * src/repeated_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_collation.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "arena.h"
#include "repeated_state.h"
#include "state_codec.h"
#include "state_text.h"

#define RP_MAGIC	0x504B5232	/* "PKR2": binary layout version 2 */
#define RP_END		0x454E4432	/* "END2" */

/* bytes of one cell in the binary and flat forms */
#define RP_CELL_BYTES	16

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

static const char *const state_names[PKPC_RP_NUM_TESTS] = {
	[PKPC_RP_FRIEDMAN] = "friedman_test_state",
	[PKPC_RP_RM_ANOVA] = "rm_anova_state",
	[PKPC_RP_COCHRAN_Q] = "cochran_q_state",
};

const char *
rp_test_name(PkpcRepeatedTest test)
{
	Assert(test > 0 && test < PKPC_RP_NUM_TESTS);
	return test_names[test];
}

/* ---- the expanded state ---- */

static RpState *
rp_state_new(PkpcRepeatedTest test, MemoryContext cxt)
{
	RpState    *st = MemoryContextAllocZero(cxt, sizeof(RpState));

	EOH_init_header(&st->hdr, &rp_methods, cxt);
	st->cxt = cxt;
	st->test = test;
	st->recent = -1;
	pkpc_labelset_init(&st->subjects, cxt);
	pkpc_labelset_init(&st->conditions, cxt);
	return st;
}

static MemoryContext
private_context(void)
{
	return AllocSetContextCreate(CurrentMemoryContext, "repeated-measures state",
								 ALLOCSET_SMALL_SIZES);
}

static RpState *
rp_if_expanded(Datum d, bool need_rw)
{
	return (RpState *) pkpc_expanded_state(d, &rp_methods, need_rw);
}

static RpState *rp_from_flat(const struct varlena *flat, PkpcRepeatedTest test,
							 MemoryContext cxt);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place: a new state for NULL, our own read/write object as it
 * is, anything else copied into the arena first.
 */
RpState *
rp_state_for_update(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	RpState    *st;
	MemoryContext cxt;
	bool		shared;

	if (!PG_ARGISNULL(0) && (st = rp_if_expanded(PG_GETARG_DATUM(0), true)) != NULL &&
		likely(st->test == test))
		return st;
	cxt = pkpc_state_arena(fcinfo, &shared);
	st = rp_state_new(test, cxt);
	if (!PG_ARGISNULL(0))
		rp_state_combine(st, rp_state_arg(fcinfo, 0, test));
	return st;
}

/* A state argument for reading (final functions, output). */
RpState *
rp_state_arg(FunctionCallInfo fcinfo, int argno, PkpcRepeatedTest test)
{
	RpState    *st = rp_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		return rp_from_flat(PG_GETARG_VARLENA_P(argno), test, private_context());
	if (st->test != test)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("a %s state cannot be used by %s",
						rp_test_name(st->test), rp_test_name(test))));
	return st;
}

Datum
rp_state_return(RpState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

/* Count a row with a NULL value or label. */
void
rp_state_skip(RpState *st)
{
	if (pg_add_s64_overflow(st->n_skipped, 1, &st->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count of skipped rows is out of range for type bigint",
						rp_test_name(st->test))));
}

/* Fix the label types from the first row (or check them against another). */
void
rp_state_set_types(RpState *st, const PkpcLabelType *stype,
				   const PkpcLabelType *ctype, Oid collation)
{
	if (st->subjects.type.kind == PKPC_LABEL_NONE)
	{
		st->subjects.collation = collation;
		st->conditions.collation = collation;
	}
	pkpc_labelset_set_type(&st->subjects, stype, rp_test_name(st->test), "subject");
	pkpc_labelset_set_type(&st->conditions, ctype, rp_test_name(st->test), "condition");
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

/* A new subject (not in the set) and its empty cell list. */
static int32
add_subject(RpState *st, const PkpcLabel *lab)
{
	int32		s;

	if (st->subjects.n >= RP_MAX_SUBJECTS)
		too_many(st, "subjects", RP_MAX_SUBJECTS);
	s = pkpc_labelset_add(&st->subjects, lab);
	if (s >= st->maxsubjects)
	{
		int32		newmax = Max(16, st->maxsubjects * 2);	/* < 2^28: no overflow */

		if (st->first == NULL)
		{
			st->first = MemoryContextAllocHuge(st->cxt, sizeof(int32) * newmax);
			st->last = MemoryContextAllocHuge(st->cxt, sizeof(int32) * newmax);
		}
		else
		{
			st->first = repalloc_huge(st->first, sizeof(int32) * newmax);
			st->last = repalloc_huge(st->last, sizeof(int32) * newmax);
		}
		st->maxsubjects = newmax;
	}
	st->first[s] = st->last[s] = -1;
	return s;
}

static int32
subject_index(RpState *st, const PkpcLabel *lab)
{
	int32		s = pkpc_labelset_find(&st->subjects, lab);

	return s >= 0 ? s : add_subject(st, lab);
}

static int32
condition_index(RpState *st, const PkpcLabel *lab)
{
	int32		c = pkpc_labelset_find(&st->conditions, lab);

	if (c >= 0)
		return c;
	if (st->conditions.n >= RP_MAX_CONDITIONS)
		too_many(st, "conditions", RP_MAX_CONDITIONS);
	return pkpc_labelset_add(&st->conditions, lab);
}

/* ---- cells ---- */

static void
duplicate_pair(const RpState *st, int32 subject, int32 condition)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s found more than one value for subject \"%s\" and condition \"%s\"",
					rp_test_name(st->test),
					pkpc_label_cstring(&st->subjects.type, &st->subjects.labels[subject]),
					pkpc_label_cstring(&st->conditions.type, &st->conditions.labels[condition])),
			 errdetail("A repeated-measures test takes one row per subject and condition."),
			 errhint("Aggregate the repeated rows first, for example avg(value) GROUP BY subject, condition.")));
}

/* Append the value of (subject, condition); a second value is an error. */
static void
append_cell(RpState *st, int32 subject, int32 condition, double value)
{
	RpCell	   *cell;
	int32		c;

	for (c = st->first[subject]; c >= 0; c = st->cells[c].next)
		if (st->cells[c].condition == condition)
			duplicate_pair(st, subject, condition);
	if (st->ncells == st->maxcells)
	{
		int64		newmax = Min(Max(64, st->maxcells + st->maxcells / 2),
								 (int64) RP_MAX_CELLS);

		if (st->ncells >= RP_MAX_CELLS)
			too_many(st, "rows", RP_MAX_CELLS);
		if (st->cells == NULL)
			st->cells = MemoryContextAllocHuge(st->cxt, sizeof(RpCell) * newmax);
		else
			st->cells = repalloc_huge(st->cells, sizeof(RpCell) * newmax);
		st->maxcells = newmax;
	}
	cell = &st->cells[st->ncells];
	cell->condition = condition;
	cell->next = -1;
	cell->value = value == 0.0 ? 0.0 : value;	/* one zero, not -0 */
	if (st->last[subject] >= 0)
		st->cells[st->last[subject]].next = (int32) st->ncells;
	else
		st->first[subject] = (int32) st->ncells;
	st->last[subject] = (int32) st->ncells;
	st->ncells++;
}

/* Is lab the label of subject s?  (cheap kinds only; false otherwise) */
static inline bool
is_subject(const RpState *st, int32 s, const PkpcLabel *lab)
{
	const PkpcLabel *l = &st->subjects.labels[s];

	switch (st->subjects.type.kind)
	{
		case PKPC_LABEL_INT:
		case PKPC_LABEL_BOOL:
			return l->ival == lab->ival;
		case PKPC_LABEL_TEXT:
			return l->len == lab->len && memcmp(l->str, lab->str, lab->len) == 0;
		default:
			return false;
	}
}

/* Record the value of (subject, condition); the types must be set. */
void
rp_state_add(RpState *st, const PkpcLabel *subject, const PkpcLabel *condition,
			 double value)
{
	int32		s;

	if (st->recent >= 0 && is_subject(st, st->recent, subject))
		s = st->recent;
	else
		s = st->recent = subject_index(st, subject);
	append_cell(st, s, condition_index(st, condition), value);
}

/* Merge src into dst: labels matched by equality, cells appended. */
void
rp_state_combine(RpState *dst, const RpState *src)
{
	int32	   *cmap;
	int32		i;

	if (src->test != dst->test)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("a %s state cannot be used by %s",
						rp_test_name(src->test), rp_test_name(dst->test))));
	rp_state_set_types(dst, &src->subjects.type, &src->conditions.type,
					   src->subjects.collation);
	if (pg_add_s64_overflow(dst->n_skipped, src->n_skipped, &dst->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count of skipped rows is out of range for type bigint",
						rp_test_name(dst->test))));
	cmap = palloc(sizeof(int32) * Max(1, src->conditions.n));
	for (i = 0; i < src->conditions.n; i++)
		cmap[i] = condition_index(dst, &src->conditions.labels[i]);
	for (i = 0; i < src->subjects.n; i++)
	{
		int32		s = subject_index(dst, &src->subjects.labels[i]);
		int32		c;

		for (c = src->first[i]; c >= 0; c = src->cells[c].next)
			append_cell(dst, s, cmap[src->cells[c].condition], src->cells[c].value);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	dst->recent = -1;
	pfree(cmap);
}

/* ---- the complete subjects as a matrix ---- */

/* perm of a label set in sort order (huge: a set may hold 10^8 labels) */
static int32 *
sorted_labels(PkpcLabelSet *ls, Oid collation)
{
	int32	   *perm = palloc_extended(sizeof(int32) * Max(1, ls->n), MCXT_ALLOC_HUGE);

	pkpc_labelset_sort(ls, collation, perm);
	return perm;
}

/*
 * The complete subjects (those with a value for every condition seen) as
 * an n x k matrix, columns in the conditions' label order (collation of
 * the call), rows in the order of first appearance or, with
 * canonical_rows, in the order of the subject labels (bytes for text), so
 * that sums over rows do not depend on the plan.  Work O(cells + k log k
 * (+ n log n)), memory 8 bytes per cell of a complete subject.
 */
void
rp_state_complete(RpState *st, Oid collation, bool canonical_rows, RpMatrix *m)
{
	int			k = st->conditions.n;
	int32	   *corder = sorted_labels(&st->conditions, collation);
	int32	   *column = palloc(sizeof(int32) * Max(1, k));
	int32	   *order = NULL;
	int32	   *rows = palloc_extended(sizeof(int32) * Max(1, st->subjects.n), MCXT_ALLOC_HUGE);
	int64		n = 0;
	int32		i;
	int64		r;
	int			j;

	for (j = 0; j < k; j++)
		column[corder[j]] = j;
	if (canonical_rows)
		order = sorted_labels(&st->subjects, C_COLLATION_OID);
	for (i = 0; i < st->subjects.n; i++)
	{
		int32		s = order ? order[i] : i;
		int			count = 0;
		int32		c;

		for (c = st->first[s]; c >= 0; c = st->cells[c].next)
			count++;
		if (count == k)
			rows[n++] = s;
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
	}

	m->n = n;
	m->n_incomplete = st->subjects.n - n;
	m->k = k;
	/* n k <= cells < 2^31: no overflow */
	m->y = palloc_extended(sizeof(double) * Max(1, n * k), MCXT_ALLOC_HUGE);
	for (r = 0; r < n; r++)
	{
		int32		c;

		for (c = st->first[rows[r]]; c >= 0; c = st->cells[c].next)
			m->y[r * k + column[st->cells[c].condition]] = st->cells[c].value;
		if ((r & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(corder);
	pfree(column);
	pfree(rows);
	if (order)
		pfree(order);
}

/* ---- validation of a state built from outside ---- */

static void
bad_state(PkpcRepeatedTest test, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s value", state_names[test]),
			 errdetail("%s", why)));
}

/* Add a cell read from outside: indexes in range, a valid value, a new pair. */
static void
put_cell(RpState *st, int64 subject, int64 condition, double value)
{
	int32		c;

	if (subject < 0 || subject >= st->subjects.n ||
		condition < 0 || condition >= st->conditions.n)
		bad_state(st->test, "Cell index out of range.");
	if (!isfinite(value))
		bad_state(st->test, "A value is not finite.");
	if (st->test == PKPC_RP_COCHRAN_Q && value != 0.0 && value != 1.0)
		bad_state(st->test, "A cochran_q value is neither 0 nor 1.");
	for (c = st->first[subject]; c >= 0; c = st->cells[c].next)
		if (st->cells[c].condition == condition)
			bad_state(st->test, "Duplicate cell.");
	append_cell(st, (int32) subject, (int32) condition, value);
}

/* Every invariant the final functions rely on. */
static void
rp_check(const RpState *st)
{
	bool	   *cused = palloc0(sizeof(bool) * Max(1, st->conditions.n));
	int32		i;
	int64		k;

	if (st->n_skipped < 0)
		bad_state(st->test, "Negative count of skipped rows.");
	if ((st->subjects.n == 0) != (st->subjects.type.kind == PKPC_LABEL_NONE) ||
		(st->conditions.n == 0) != (st->conditions.type.kind == PKPC_LABEL_NONE) ||
		(st->subjects.n == 0) != (st->conditions.n == 0))
		bad_state(st->test, "Label kinds do not match the numbers of labels.");
	for (i = 0; i < st->subjects.n; i++)
		if (st->first[i] < 0)
			bad_state(st->test, "A subject has no value.");
	for (k = 0; k < st->ncells; k++)
		cused[st->cells[k].condition] = true;
	for (i = 0; i < st->conditions.n; i++)
		if (!cused[i])
			bad_state(st->test, "A condition has no value.");
	pfree(cused);
}

/* ---- canonical order (output) ---- */

/*
 * A copy with labels in order (C collation) and cells by subject, then
 * condition.  Work O(cells + labels log labels).
 */
static RpState *
canonical_copy(RpState *src)
{
	RpState    *st = rp_state_new(src->test, private_context());
	int32	   *sorder = sorted_labels(&src->subjects, C_COLLATION_OID);
	int32	   *corder = sorted_labels(&src->conditions, C_COLLATION_OID);
	int32	   *cpos = palloc(sizeof(int32) * Max(1, src->conditions.n));
	int32	   *cell_of = palloc(sizeof(int32) * Max(1, src->conditions.n));
	int32		i;
	int32		j;

	rp_state_set_types(st, &src->subjects.type, &src->conditions.type,
					   src->subjects.collation);
	st->n_skipped = src->n_skipped;
	for (j = 0; j < src->conditions.n; j++)
	{
		cpos[corder[j]] = pkpc_labelset_add(&st->conditions,
											&src->conditions.labels[corder[j]]);
		cell_of[j] = -1;
	}
	for (i = 0; i < src->subjects.n; i++)
	{
		int32		old = sorder[i];
		int32		s = add_subject(st, &src->subjects.labels[old]);
		int32		c;

		for (c = src->first[old]; c >= 0; c = src->cells[c].next)
			cell_of[cpos[src->cells[c].condition]] = c;
		for (j = 0; j < src->conditions.n; j++)
			if (cell_of[j] >= 0)
			{
				append_cell(st, s, j, src->cells[cell_of[j]].value);
				cell_of[j] = -1;
			}
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	return st;
}

/* Each cell (index c) of subject s, subject by subject. */
#define FOREACH_CELL(st, s, c) \
	for ((s) = 0; (s) < (st)->subjects.n; (s)++) \
		for ((c) = (st)->first[s]; (c) >= 0; (c) = (st)->cells[c].next)

/* ---- binary and flat forms ---- */

static void
rp_encode(PkpcEncoder *e, const void *arg)
{
	const RpState *st = (const RpState *) arg;
	int32		i;
	int32		s;
	int32		c;

	pkpc_enc_int32(e, RP_MAGIC);
	pkpc_enc_int8(e, e->images ? 1 : 0);
	pkpc_enc_int32(e, st->test);
	pkpc_enc_int64(e, st->n_skipped);
	pkpc_enc_label_type(e, &st->subjects.type);
	pkpc_enc_label_type(e, &st->conditions.type);
	pkpc_enc_int32(e, st->subjects.n);
	pkpc_enc_int32(e, st->conditions.n);
	pkpc_enc_int64(e, st->ncells);
	for (i = 0; i < st->subjects.n; i++)
		pkpc_enc_label(e, &st->subjects.type, &st->subjects.labels[i]);
	for (i = 0; i < st->conditions.n; i++)
		pkpc_enc_label(e, &st->conditions.type, &st->conditions.labels[i]);
	if (e->buf == NULL)
		pkpc_enc_skip(e, (Size) st->ncells * RP_CELL_BYTES);
	else
		FOREACH_CELL(st, s, c)
	{
		pkpc_enc_int32(e, s);
		pkpc_enc_int32(e, st->cells[c].condition);
		pkpc_enc_float8(e, st->cells[c].value);
	}
	pkpc_enc_int32(e, RP_END);
}

static void
dec_labels(PkpcDecoder *d, RpState *st, PkpcLabelSet *ls, int32 n)
{
	int32		i;

	for (i = 0; i < n; i++)
	{
		PkpcLabel	lab = pkpc_dec_label(d, &ls->type);

		if (pkpc_labelset_find(ls, &lab) >= 0)
			pkpc_dec_error(d, "Duplicate label.");
		if (ls == &st->subjects)
			add_subject(st, &lab);
		else
			pkpc_labelset_add(ls, &lab);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
}

static RpState *
rp_decode(PkpcDecoder *d, PkpcRepeatedTest test, MemoryContext cxt)
{
	RpState    *st = rp_state_new(test, cxt);
	int32		nsubjects;
	int32		nconditions;
	int64		ncells;
	int64		k;

	if (pkpc_dec_int32(d) != RP_MAGIC)
		pkpc_dec_error(d, "Unknown layout version.");
	if (pkpc_dec_int8(d) != (d->images ? 1 : 0))
		pkpc_dec_error(d, "Invalid flags.");
	if (pkpc_dec_int32(d) != (int32) test)
		pkpc_dec_error(d, "The state belongs to another test.");
	st->n_skipped = pkpc_dec_int64(d);
	pkpc_dec_label_type(d, &st->subjects.type);
	pkpc_dec_label_type(d, &st->conditions.type);
	nsubjects = pkpc_dec_int32(d);
	nconditions = pkpc_dec_int32(d);
	ncells = pkpc_dec_int64(d);
	if (nsubjects < 0 || nsubjects > RP_MAX_SUBJECTS ||
		nconditions < 0 || nconditions > RP_MAX_CONDITIONS ||
		ncells < 0 || ncells > (int64) nsubjects * nconditions ||
		ncells > (d->end - d->p) / RP_CELL_BYTES)
		pkpc_dec_error(d, "Invalid size.");
	dec_labels(d, st, &st->subjects, nsubjects);
	dec_labels(d, st, &st->conditions, nconditions);
	for (k = 0; k < ncells; k++)
	{
		int32		s = pkpc_dec_int32(d);
		int32		c = pkpc_dec_int32(d);

		put_cell(st, s, c, pkpc_dec_float8(d));
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_dec_end(d, RP_END);
	rp_check(st);
	return st;
}

static Size
rp_get_flat_size(ExpandedObjectHeader *eohptr)
{
	RpState    *st = (RpState *) eohptr;
	PkpcEncoder e = {NULL, 0, 0, true, state_names[st->test]};

	rp_encode(&e, st);
	if (VARHDRSZ + e.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s state is too large to be passed between processes (%zu bytes)",
						rp_test_name(st->test), VARHDRSZ + e.len),
				 errhint("Run the query without parallel workers, or split the data and use %s_merge.",
						 rp_test_name(st->test))));
	return VARHDRSZ + e.len;
}

static void
rp_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	RpState    *st = (RpState *) eohptr;
	PkpcEncoder e = {(char *) result + VARHDRSZ, 0, allocated_size - VARHDRSZ, true,
	state_names[st->test]};

	rp_encode(&e, st);
	Assert(e.len == allocated_size - VARHDRSZ);
	SET_VARSIZE(result, allocated_size);
}

static RpState *
rp_from_flat(const struct varlena *flat, PkpcRepeatedTest test, MemoryContext cxt)
{
	PkpcDecoder d;

	d.p = VARDATA_ANY(flat);
	d.end = d.p + VARSIZE_ANY_EXHDR(flat);
	d.images = true;
	d.typname = state_names[test];
	return rp_decode(&d, test, cxt);
}

/* ---- text form ---- */

static void
write_labels(StringInfo buf, const char *key, const PkpcLabelSet *ls)
{
	int32		i;

	for (i = 0; i < ls->n; i++)
	{
		appendStringInfo(buf, " %s ", key);
		pkpc_write_label(buf, &ls->type, &ls->labels[i]);
	}
}

static char *
rp_to_text(RpState *orig)
{
	RpState    *st = canonical_copy(orig);
	const char *typname = state_names[st->test];
	StringInfoData buf;
	int32		s;
	int32		c;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s v2 skipped=" INT64_FORMAT,
					 rp_test_name(st->test), st->n_skipped);
	pkpc_write_label_type(&buf, "subjects", "subjecttype", &st->subjects.type, typname);
	pkpc_write_label_type(&buf, "conditions", "conditiontype", &st->conditions.type, typname);
	appendStringInfo(&buf, " nsubjects=%d nconditions=%d ncells=" INT64_FORMAT,
					 st->subjects.n, st->conditions.n, st->ncells);
	write_labels(&buf, "subject", &st->subjects);
	write_labels(&buf, "condition", &st->conditions);
	appendStringInfoString(&buf, " cells");
	FOREACH_CELL(st, s, c)
	{
		appendStringInfo(&buf, " %d,%d,", s, st->cells[c].condition);
		pkpc_write_double(&buf, st->cells[c].value);
	}
	appendStringInfoString(&buf, " end");
	return buf.data;
}

static void
read_text_labels(PkpcReader *r, RpState *st, PkpcLabelSet *ls, const char *key,
				 int64 n)
{
	int64		i;

	for (i = 0; i < n; i++)
	{
		PkpcLabel	lab;

		pkpc_read_expect(r, key);
		pkpc_read_skip_space(r);
		lab = pkpc_read_label(r, &ls->type);
		if (pkpc_labelset_find(ls, &lab) >= 0)
			pkpc_read_error(r, "a label not seen before");
		if (ls == &st->subjects)
			add_subject(st, &lab);
		else
			pkpc_labelset_add(ls, &lab);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
}

static RpState *
rp_from_text(const char *str, PkpcRepeatedTest test)
{
	RpState    *st = rp_state_new(test, private_context());
	PkpcReader	r;
	int64		nsubjects;
	int64		nconditions;
	int64		ncells;
	int64		k;

	pkpc_reader_init(&r, str, state_names[test]);
	pkpc_read_expect(&r, rp_test_name(test));
	pkpc_read_expect(&r, "v2");
	pkpc_read_expect(&r, "skipped=");
	st->n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_label_type(&r, "subjects", "subjecttype", &st->subjects.type);
	pkpc_read_label_type(&r, "conditions", "conditiontype", &st->conditions.type);
	pkpc_read_expect(&r, "nsubjects=");
	nsubjects = pkpc_read_int64(&r, 0, RP_MAX_SUBJECTS);
	pkpc_read_expect(&r, "nconditions=");
	nconditions = pkpc_read_int64(&r, 0, RP_MAX_CONDITIONS);
	pkpc_read_expect(&r, "ncells=");
	ncells = pkpc_read_int64(&r, 0, Min(nsubjects * nconditions, RP_MAX_CELLS));
	read_text_labels(&r, st, &st->subjects, "subject", nsubjects);
	read_text_labels(&r, st, &st->conditions, "condition", nconditions);
	pkpc_read_expect(&r, "cells");
	for (k = 0; k < ncells; k++)
	{
		int64		s;
		int64		c;

		pkpc_read_skip_space(&r);
		s = pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		c = pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		put_cell(st, s, c, pkpc_read_double(&r));
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_read_expect(&r, "end");
	pkpc_read_end(&r);
	rp_check(st);
	return st;
}

/* ---- SQL-callable I/O and combine functions ---- */

/* The flat form of a state just read: what a type's input function returns. */
static Datum
flat_datum(RpState *st)
{
	Size		size = rp_get_flat_size(&st->hdr);
	void	   *flat = palloc(size);

	rp_flatten_into(&st->hdr, flat, size);
	return PointerGetDatum(flat);
}

static Datum
rp_recv(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	PkpcDecoder d;
	RpState    *st;

	d.p = msg->data + msg->cursor;
	d.end = msg->data + msg->len;
	d.images = false;
	d.typname = state_names[test];
	st = rp_decode(&d, test, private_context());
	msg->cursor = msg->len;
	return flat_datum(st);
}

/*
 * Combine function (COMBINEFUNC, and SFUNC of X_merge): merge the second
 * state into the first.  Not strict, so that a NULL side is skipped.
 */
static Datum
rp_combine(FunctionCallInfo fcinfo, PkpcRepeatedTest test)
{
	RpState    *dst;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	dst = rp_state_for_update(fcinfo, test);
	rp_state_combine(dst, rp_state_arg(fcinfo, 1, test));
	return rp_state_return(dst);
}

#define RP_STATE_FUNCTIONS(name, test) \
PG_FUNCTION_INFO_V1(name##_state_in); \
Datum name##_state_in(PG_FUNCTION_ARGS) \
{ return flat_datum(rp_from_text(PG_GETARG_CSTRING(0), test)); } \
PG_FUNCTION_INFO_V1(name##_state_out); \
Datum name##_state_out(PG_FUNCTION_ARGS) \
{ PG_RETURN_CSTRING(rp_to_text(rp_state_arg(fcinfo, 0, test))); } \
PG_FUNCTION_INFO_V1(name##_state_recv); \
Datum name##_state_recv(PG_FUNCTION_ARGS) { return rp_recv(fcinfo, test); } \
PG_FUNCTION_INFO_V1(name##_state_send); \
Datum name##_state_send(PG_FUNCTION_ARGS) \
{ PG_RETURN_BYTEA_P(pkpc_encode(rp_encode, rp_state_arg(fcinfo, 0, test), false, \
								state_names[test])); } \
PG_FUNCTION_INFO_V1(name##_combine); \
Datum name##_combine(PG_FUNCTION_ARGS) { return rp_combine(fcinfo, test); }

RP_STATE_FUNCTIONS(friedman_test, PKPC_RP_FRIEDMAN)
RP_STATE_FUNCTIONS(rm_anova, PKPC_RP_RM_ANOVA)
RP_STATE_FUNCTIONS(cochran_q, PKPC_RP_COCHRAN_Q)
