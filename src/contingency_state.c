/*-------------------------------------------------------------------------
 *
 * contingency_state.c
 *	  chi_square_state: a sparse contingency table keyed by two label sets,
 *	  with its flat, text and binary forms, I/O functions and combine
 *	  function.
 *
 * The generic state of state.c is keyed by one label; a contingency table
 * needs two label sets (rows and columns, possibly of different types) and
 * a count per (row, column) pair.  This state follows the same rules:
 *
 * - In memory it is an expanded object whose parts live in the arena of its
 *	 aggregate call site (arena.c); the transition function updates it in
 *	 place.  The label sets (labels.c) and the cells are hashed, so a row
 *	 costs three lookups and no allocation once its labels and cell exist.
 * - It holds counts only.  Two states merge by adding counts cell by cell
 *	 (overflow-checked), so hospitals can combine tables without sending
 *	 any patient row.
 * - Its text form round-trips exactly, does not depend on the machine, is
 *	 canonical (labels in order, by bytes for text; cells by row, then
 *	 column) and ends with "end":
 *
 *	chi_square v2 skipped=1 rows=text cols=boolean nrows=2 ncols=2 ncells=3
 *	  row "CF" row "SP" col false col true cells 0,0,16 0,1,19 1,1,13 end
 *
 *	 A cell is row index, column index, count.  Labels of the polymorphic
 *	 fallback name their type (rows=other rowtype="public.grade").  The
 *	 binary and flat forms carry the same fields (state_codec.c).  Every
 *	 form is read into a state and checked (ct_check): a malformed,
 *	 truncated or forged table is an error, never a crash.
 *
 * src/contingency_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_collation.h"
#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "arena.h"
#include "contingency_state.h"
#include "state_codec.h"
#include "state_text.h"

#define CT_MAGIC	0x504B4332	/* "PKC2": binary layout version 2 */
#define CT_END		0x454E4432	/* "END2" */
#define CT_V1_MAGIC	0x504B4331	/* "PKC1": pkpcohort 0.1's flat layout */
#define CT_NAME		"chi_square_state"

static Size ct_get_flat_size(ExpandedObjectHeader *eohptr);
static void ct_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							Size allocated_size);

static const ExpandedObjectMethods ct_methods = {
	ct_get_flat_size,
	ct_flatten_into
};

/* ---- the expanded state ---- */

static CtState *
ct_state_new(MemoryContext cxt)
{
	CtState    *st = MemoryContextAllocZero(cxt, sizeof(CtState));

	EOH_init_header(&st->hdr, &ct_methods, cxt);
	st->cxt = cxt;
	pkpc_labelset_init(&st->rows, cxt);
	pkpc_labelset_init(&st->cols, cxt);
	return st;
}

static MemoryContext
private_context(void)
{
	return AllocSetContextCreate(CurrentMemoryContext, "chi_square state",
								 ALLOCSET_SMALL_SIZES);
}

static CtState *
ct_if_expanded(Datum d, bool need_rw)
{
	return (CtState *) pkpc_expanded_state(d, &ct_methods, need_rw);
}

static CtState *ct_from_flat(const struct varlena *flat, MemoryContext cxt);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place: a new state for NULL, our own read/write object as it
 * is, anything else copied into the arena first.
 */
CtState *
ct_state_for_update(FunctionCallInfo fcinfo)
{
	CtState    *st;
	MemoryContext cxt;
	bool		shared;

	if (!PG_ARGISNULL(0) && (st = ct_if_expanded(PG_GETARG_DATUM(0), true)) != NULL)
		return st;
	cxt = pkpc_state_arena(fcinfo, &shared);
	st = ct_state_new(cxt);
	if (!PG_ARGISNULL(0))
		ct_state_combine(st, ct_state_arg(fcinfo, 0));
	return st;
}

/* A state argument for reading (final function, output). */
CtState *
ct_state_arg(FunctionCallInfo fcinfo, int argno)
{
	CtState    *st = ct_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		st = ct_from_flat(PG_GETARG_VARLENA_P(argno), private_context());
	return st;
}

Datum
ct_state_return(CtState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

static void
count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("chi_square count is out of range for type bigint")));
}

/* Count a row with a NULL label. */
void
ct_state_skip(CtState *st)
{
	if (pg_add_s64_overflow(st->n_skipped, 1, &st->n_skipped))
		count_overflow();
}

/* Fix the label types from the first row (or check them on later rows). */
void
ct_state_set_types(CtState *st, const PkpcLabelType *rtype,
				   const PkpcLabelType *ctype, Oid collation)
{
	if (st->rows.type.kind == PKPC_LABEL_NONE)
	{
		st->rows.collation = collation;
		st->cols.collation = collation;
	}
	pkpc_labelset_set_type(&st->rows, rtype, "chi_square", "row");
	pkpc_labelset_set_type(&st->cols, ctype, "chi_square", "column");
}

/* The index of a label in a set, added if it is new (at most CT_MAX_LABELS). */
static int32
label_index(PkpcLabelSet *ls, const PkpcLabel *lab, const char *what)
{
	int32		i = pkpc_labelset_find(ls, lab);

	if (i >= 0)
		return i;
	if (ls->n >= CT_MAX_LABELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chi_square accepts at most %d distinct %s labels", CT_MAX_LABELS, what),
				 errhint("A contingency table needs categorical labels; group values into classes first.")));
	return pkpc_labelset_add(ls, lab);
}

/* ---- cells ---- */

static inline uint64
cell_hash(int32 row, int32 col)
{
	return hash_combine64((uint64) murmurhash32((uint32) row),
						  (uint64) murmurhash32((uint32) col));
}

static void
cells_rehash(CtState *st)
{
	int64		i;

	for (i = 0; i < st->nslots; i++)
		st->slots[i] = -1;
	for (i = 0; i < st->ncells; i++)
	{
		uint64		s = cell_hash(st->cells[i].row, st->cells[i].col) & (st->nslots - 1);

		while (st->slots[s] >= 0)
			s = (s + 1) & (st->nslots - 1);
		st->slots[s] = i;
	}
}

/* The cell (row, col), created with count 0 if new. */
static CtCell *
cell_find_or_add(CtState *st, int32 row, int32 col)
{
	uint64		s;

	if (st->nslots > 0)
		for (s = cell_hash(row, col) & (st->nslots - 1); st->slots[s] >= 0;
			 s = (s + 1) & (st->nslots - 1))
		{
			CtCell	   *c = &st->cells[st->slots[s]];

			if (c->row == row && c->col == col)
				return c;
		}
	if (st->ncells == st->maxcells)
	{
		int64		newmax = Max(16, st->maxcells * 2);

		/* at most CT_MAX_LABELS^2 = 1e10 cells: sizes cannot overflow */
		if (st->cells == NULL)
			st->cells = MemoryContextAllocHuge(st->cxt, sizeof(CtCell) * newmax);
		else
			st->cells = repalloc_huge(st->cells, sizeof(CtCell) * newmax);
		if (st->slots != NULL)
			pfree(st->slots);
		st->maxcells = newmax;
		st->nslots = newmax * 2;
		st->slots = MemoryContextAllocHuge(st->cxt, sizeof(int64) * st->nslots);
		cells_rehash(st);
	}
	s = cell_hash(row, col) & (st->nslots - 1);
	while (st->slots[s] >= 0)
		s = (s + 1) & (st->nslots - 1);
	st->slots[s] = st->ncells;
	st->cells[st->ncells].row = row;
	st->cells[st->ncells].col = col;
	st->cells[st->ncells].count = 0;
	return &st->cells[st->ncells++];
}

static void
add_count(CtCell *c, int64 count)
{
	if (pg_add_s64_overflow(c->count, count, &c->count))
		count_overflow();
}

/* Count `count` rows with labels (row, col); the types must be set. */
void
ct_state_add(CtState *st, const PkpcLabel *row, const PkpcLabel *col, int64 count)
{
	int32		r = label_index(&st->rows, row, "row");
	int32		c = label_index(&st->cols, col, "column");

	add_count(cell_find_or_add(st, r, c), count);
}

/* Merge src into dst: labels matched by equality, counts added. */
void
ct_state_combine(CtState *dst, const CtState *src)
{
	int32	   *rmap;
	int32	   *cmap;
	int32		i;
	int64		k;

	ct_state_set_types(dst, &src->rows.type, &src->cols.type, src->rows.collation);
	if (pg_add_s64_overflow(dst->n_skipped, src->n_skipped, &dst->n_skipped))
		count_overflow();
	rmap = palloc(sizeof(int32) * Max(1, src->rows.n));
	cmap = palloc(sizeof(int32) * Max(1, src->cols.n));
	for (i = 0; i < src->rows.n; i++)
		rmap[i] = label_index(&dst->rows, &src->rows.labels[i], "row");
	for (i = 0; i < src->cols.n; i++)
		cmap[i] = label_index(&dst->cols, &src->cols.labels[i], "column");
	for (k = 0; k < src->ncells; k++)
	{
		const CtCell *sc = &src->cells[k];

		add_count(cell_find_or_add(dst, rmap[sc->row], cmap[sc->col]), sc->count);
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(rmap);
	pfree(cmap);
}

/* Total count (N) of a state. */
int64
ct_state_total(const CtState *st)
{
	int64		n = 0;
	int64		k;

	for (k = 0; k < st->ncells; k++)
		if (pg_add_s64_overflow(n, st->cells[k].count, &n))
			count_overflow();
	return n;
}

/* ---- validation of a table built from outside ---- */

static void
bad_state(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s value", CT_NAME),
			 errdetail("%s", why)));
}

/*
 * Add a cell read from outside: indexes in range, count > 0, not seen
 * before.
 */
static void
put_cell(CtState *st, int64 row, int64 col, int64 count)
{
	CtCell	   *c;

	if (row < 0 || row >= st->rows.n || col < 0 || col >= st->cols.n)
		bad_state("Cell index out of range.");
	if (count <= 0)
		bad_state("Invalid cell count.");
	c = cell_find_or_add(st, (int32) row, (int32) col);
	if (c->count != 0)
		bad_state("Duplicate cell.");
	c->count = count;
}

/* Every invariant the final function relies on. */
static void
ct_check(const CtState *st)
{
	bool	   *rused = palloc0(sizeof(bool) * Max(1, st->rows.n));
	bool	   *cused = palloc0(sizeof(bool) * Max(1, st->cols.n));
	int64		total = 0;
	int32		i;
	int64		k;

	if (st->n_skipped < 0)
		bad_state("Negative count of skipped rows.");
	if ((st->rows.n == 0) != (st->rows.type.kind == PKPC_LABEL_NONE) ||
		(st->cols.n == 0) != (st->cols.type.kind == PKPC_LABEL_NONE) ||
		(st->rows.n == 0) != (st->cols.n == 0))
		bad_state("Label kinds do not match the numbers of labels.");
	for (k = 0; k < st->ncells; k++)
	{
		if (pg_add_s64_overflow(total, st->cells[k].count, &total))
			bad_state("The counts add up to more than a bigint can hold.");
		rused[st->cells[k].row] = cused[st->cells[k].col] = true;
	}
	for (i = 0; i < st->rows.n; i++)
		if (!rused[i])
			bad_state("A row label has no count.");
	for (i = 0; i < st->cols.n; i++)
		if (!cused[i])
			bad_state("A column label has no count.");
}

/* ---- canonical order (output) ---- */

/* Old index -> new index, for labels sorted by their bytes or values. */
static int32 *
label_order(PkpcLabelSet *ls)
{
	int32	   *perm = palloc(sizeof(int32) * Max(1, ls->n));
	int32	   *newpos = palloc(sizeof(int32) * Max(1, ls->n));
	int32		i;

	pkpc_labelset_sort(ls, C_COLLATION_OID, perm);
	for (i = 0; i < ls->n; i++)
		newpos[perm[i]] = i;
	pkpc_labelset_permute(ls, perm);
	pfree(perm);
	return newpos;
}

static int
cell_cmp(const void *a, const void *b)
{
	const CtCell *x = (const CtCell *) a;
	const CtCell *y = (const CtCell *) b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

/* A copy with labels in order and cells by (row, column). */
static CtState *
canonical_copy(const CtState *src)
{
	CtState    *st = ct_state_new(private_context());
	int32	   *rpos;
	int32	   *cpos;
	int64		k;

	ct_state_combine(st, src);
	rpos = label_order(&st->rows);
	cpos = label_order(&st->cols);
	for (k = 0; k < st->ncells; k++)
	{
		st->cells[k].row = rpos[st->cells[k].row];
		st->cells[k].col = cpos[st->cells[k].col];
	}
	qsort(st->cells, st->ncells, sizeof(CtCell), cell_cmp);
	cells_rehash(st);
	return st;
}

/* ---- binary and flat forms ---- */

static void
ct_encode(PkpcEncoder *e, const void *arg)
{
	const CtState *st = (const CtState *) arg;
	int32		i;
	int64		k;

	pkpc_enc_int32(e, CT_MAGIC);
	pkpc_enc_int8(e, e->images ? 1 : 0);
	pkpc_enc_int64(e, st->n_skipped);
	pkpc_enc_label_type(e, &st->rows.type);
	pkpc_enc_label_type(e, &st->cols.type);
	pkpc_enc_int32(e, st->rows.n);
	pkpc_enc_int32(e, st->cols.n);
	pkpc_enc_int64(e, st->ncells);
	for (i = 0; i < st->rows.n; i++)
		pkpc_enc_label(e, &st->rows.type, &st->rows.labels[i]);
	for (i = 0; i < st->cols.n; i++)
		pkpc_enc_label(e, &st->cols.type, &st->cols.labels[i]);
	if (e->buf == NULL)
		pkpc_enc_skip(e, (Size) st->ncells * 16);
	else
		for (k = 0; k < st->ncells; k++)
		{
			pkpc_enc_int32(e, st->cells[k].row);
			pkpc_enc_int32(e, st->cells[k].col);
			pkpc_enc_int64(e, st->cells[k].count);
		}
	pkpc_enc_int32(e, CT_END);
}

static void
dec_labels(PkpcDecoder *d, PkpcLabelSet *ls, int32 n)
{
	int32		i;

	for (i = 0; i < n; i++)
	{
		PkpcLabel	lab = pkpc_dec_label(d, &ls->type);

		if (pkpc_labelset_find(ls, &lab) >= 0)
			pkpc_dec_error(d, "Duplicate label.");
		pkpc_labelset_add(ls, &lab);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
}

static CtState *
ct_decode(PkpcDecoder *d, MemoryContext cxt)
{
	CtState    *st = ct_state_new(cxt);
	int32		magic = pkpc_dec_int32(d);
	int32		nrows;
	int32		ncols;
	int64		ncells;
	int64		k;

	if (magic == CT_V1_MAGIC || pg_bswap32(magic) == CT_V1_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("this chi_square state was written by pkpcohort 0.1 and cannot be read by this version"),
				 errhint("Recompute it with chi_square_partial over the original rows.")));
	if (magic != CT_MAGIC)
		pkpc_dec_error(d, "Unknown layout version.");
	if (pkpc_dec_int8(d) != (d->images ? 1 : 0))
		pkpc_dec_error(d, "Invalid flags.");
	st->n_skipped = pkpc_dec_int64(d);
	pkpc_dec_label_type(d, &st->rows.type);
	pkpc_dec_label_type(d, &st->cols.type);
	nrows = pkpc_dec_int32(d);
	ncols = pkpc_dec_int32(d);
	ncells = pkpc_dec_int64(d);
	if (nrows < 0 || nrows > CT_MAX_LABELS || ncols < 0 || ncols > CT_MAX_LABELS ||
		ncells < 0 || ncells > (int64) nrows * ncols || ncells > (d->end - d->p) / 16)
		pkpc_dec_error(d, "Invalid size.");
	dec_labels(d, &st->rows, nrows);
	dec_labels(d, &st->cols, ncols);
	for (k = 0; k < ncells; k++)
	{
		int32		r = pkpc_dec_int32(d);
		int32		c = pkpc_dec_int32(d);

		put_cell(st, r, c, pkpc_dec_int64(d));
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_dec_end(d, CT_END);
	ct_check(st);
	return st;
}

static Size
ct_get_flat_size(ExpandedObjectHeader *eohptr)
{
	PkpcEncoder e = {NULL, 0, 0, true, CT_NAME};

	ct_encode(&e, eohptr);
	if (VARHDRSZ + e.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chi_square state is too large to be passed between processes (%zu bytes)",
						VARHDRSZ + e.len)));
	return VARHDRSZ + e.len;
}

static void
ct_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	PkpcEncoder e = {(char *) result + VARHDRSZ, 0, allocated_size - VARHDRSZ, true, CT_NAME};

	ct_encode(&e, eohptr);
	Assert(e.len == allocated_size - VARHDRSZ);
	SET_VARSIZE(result, allocated_size);
}

static CtState *
ct_from_flat(const struct varlena *flat, MemoryContext cxt)
{
	PkpcDecoder d;

	d.p = VARDATA_ANY(flat);
	d.end = d.p + VARSIZE_ANY_EXHDR(flat);
	d.images = true;
	d.typname = CT_NAME;
	return ct_decode(&d, cxt);
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
ct_to_text(const CtState *orig)
{
	CtState    *st = canonical_copy(orig);
	StringInfoData buf;
	int64		k;

	initStringInfo(&buf);
	appendStringInfo(&buf, "chi_square v2 skipped=" INT64_FORMAT, st->n_skipped);
	pkpc_write_label_type(&buf, "rows", "rowtype", &st->rows.type, CT_NAME);
	pkpc_write_label_type(&buf, "cols", "coltype", &st->cols.type, CT_NAME);
	appendStringInfo(&buf, " nrows=%d ncols=%d ncells=" INT64_FORMAT,
					 st->rows.n, st->cols.n, st->ncells);
	write_labels(&buf, "row", &st->rows);
	write_labels(&buf, "col", &st->cols);
	appendStringInfoString(&buf, " cells");
	for (k = 0; k < st->ncells; k++)
		appendStringInfo(&buf, " %d,%d," INT64_FORMAT,
						 st->cells[k].row, st->cells[k].col, st->cells[k].count);
	appendStringInfoString(&buf, " end");
	return buf.data;
}

static void
read_text_labels(PkpcReader *r, PkpcLabelSet *ls, const char *key, int64 n)
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
		pkpc_labelset_add(ls, &lab);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
}

static CtState *
ct_from_text(const char *str)
{
	CtState    *st = ct_state_new(private_context());
	PkpcReader	r;
	int64		nrows;
	int64		ncols;
	int64		ncells;
	int64		k;

	pkpc_reader_init(&r, str, CT_NAME);
	pkpc_read_expect(&r, "chi_square");
	if (pkpc_read_accept(&r, "v1"))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("this chi_square state was written by pkpcohort 0.1 and cannot be read by this version"),
				 errhint("Recompute it with chi_square_partial over the original rows.")));
	pkpc_read_expect(&r, "v2");
	pkpc_read_expect(&r, "skipped=");
	st->n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_label_type(&r, "rows", "rowtype", &st->rows.type);
	pkpc_read_label_type(&r, "cols", "coltype", &st->cols.type);
	pkpc_read_expect(&r, "nrows=");
	nrows = pkpc_read_int64(&r, 0, CT_MAX_LABELS);
	pkpc_read_expect(&r, "ncols=");
	ncols = pkpc_read_int64(&r, 0, CT_MAX_LABELS);
	pkpc_read_expect(&r, "ncells=");
	ncells = pkpc_read_int64(&r, 0, nrows * ncols);
	read_text_labels(&r, &st->rows, "row", nrows);
	read_text_labels(&r, &st->cols, "col", ncols);
	pkpc_read_expect(&r, "cells");
	for (k = 0; k < ncells; k++)
	{
		int64		row;
		int64		col;

		pkpc_read_skip_space(&r);
		row = pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		col = pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		put_cell(st, row, col, pkpc_read_int64(&r, 1, PG_INT64_MAX));
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_read_expect(&r, "end");
	pkpc_read_end(&r);
	ct_check(st);
	return st;
}

/* ---- SQL-callable I/O and combine functions ---- */

/* The flat form of a table just read: what a type's input function returns. */
static Datum
flat_datum(CtState *st)
{
	Size		size = ct_get_flat_size(&st->hdr);
	void	   *flat = palloc(size);

	ct_flatten_into(&st->hdr, flat, size);
	return PointerGetDatum(flat);
}

PG_FUNCTION_INFO_V1(chi_square_state_in);

Datum
chi_square_state_in(PG_FUNCTION_ARGS)
{
	return flat_datum(ct_from_text(PG_GETARG_CSTRING(0)));
}

PG_FUNCTION_INFO_V1(chi_square_state_out);

Datum
chi_square_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(ct_to_text(ct_state_arg(fcinfo, 0)));
}

PG_FUNCTION_INFO_V1(chi_square_state_recv);

Datum
chi_square_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	PkpcDecoder d;
	CtState    *st;

	d.p = msg->data + msg->cursor;
	d.end = msg->data + msg->len;
	d.images = false;
	d.typname = CT_NAME;
	st = ct_decode(&d, private_context());
	msg->cursor = msg->len;
	return flat_datum(st);
}

PG_FUNCTION_INFO_V1(chi_square_state_send);

Datum
chi_square_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(pkpc_encode(ct_encode, ct_state_arg(fcinfo, 0), false, CT_NAME));
}

PG_FUNCTION_INFO_V1(chi_square_combine);

/*
 * Combine function (COMBINEFUNC, and SFUNC of chi_square_merge): merge the
 * second table into the first.  Not strict, so that a NULL side is skipped.
 */
Datum
chi_square_combine(PG_FUNCTION_ARGS)
{
	CtState    *dst;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	dst = ct_state_for_update(fcinfo);
	ct_state_combine(dst, ct_state_arg(fcinfo, 1));
	return ct_state_return(dst);
}
