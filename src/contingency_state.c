/*-------------------------------------------------------------------------
 *
 * contingency_state.c
 *	  chi_square_state: a sparse contingency table keyed by two label sets,
 *	  with its flat and text forms, I/O functions and combine function.
 *
 * The generic state of state.c is keyed by one label; a contingency table
 * needs two label sets (rows and columns, possibly of different types) and
 * a count per (row, column) pair.  This state follows the same design
 * rules (DESIGN.md, decisions 1, 2, 4 and 6):
 *
 * - In memory it is an expanded object in a child context of the aggregate
 *	 context; the transition function updates it in place.  Each label set
 *	 and the cells are open-addressing hash tables, so a row costs three hash
 *	 probes and no allocation once its labels and cell exist.
 * - It holds counts only.  Two states merge by adding counts cell by cell
 *	 (labels are matched by equality), so hospitals can combine tables
 *	 without sending any patient row.
 * - Its text form round-trips exactly and does not depend on the machine:
 *
 *	chi_square v1 skipped=1 rows=text cols=boolean nrows=2 ncols=2 ncells=3
 *	  row "CF" row "SP" col false col true cells 0,0,16 0,1,19 1,1,13
 *
 *	 Labels are listed in the order first seen; a cell is row index, column
 *	 index, count.  Labels of the polymorphic fallback name their type
 *	 (rows=other rowtype="public.grade").  Text input is parsed into the
 *	 flat form, and every flat form is validated when it is expanded, so a
 *	 malformed state is an error, never a crash.  The binary send/receive
 *	 form is the text form.
 *
 * Flat layout (all parts 8-byte aligned):
 *	CtFlatHeader, then nrows + ncols labels (CtFlatLabel and the label's
 *	bytes padded to MAXALIGN), then ncells CtCell.
 *
 * src/contingency_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "contingency_state.h"
#include "state_text.h"

#define CT_MAGIC	0x504B4331	/* "PKC1": flat layout version 1 */
#define CT_NAME		"chi_square_state"

typedef struct CtFlatHeader
{
	int32		vl_len_;
	int32		magic;
	int32		row_kind;
	int32		col_kind;
	Oid			row_type;
	Oid			col_type;
	int32		nrows;
	int32		ncols;
	int64		n_skipped;
	int64		ncells;
} CtFlatHeader;

typedef struct CtFlatLabel
{
	int64		ival;
	int32		len;			/* -1: no string (INT, BOOL) */
	int32		pad;
} CtFlatLabel;

static Size ct_get_flat_size(ExpandedObjectHeader *eohptr);
static void ct_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							Size allocated_size);

static const ExpandedObjectMethods ct_methods = {
	ct_get_flat_size,
	ct_flatten_into
};

/* ---- the expanded state ---- */

CtState *
ct_state_new(MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "chi_square state",
											  ALLOCSET_SMALL_SIZES);
	CtState    *st = MemoryContextAllocZero(cxt, sizeof(CtState));

	EOH_init_header(&st->hdr, &ct_methods, cxt);
	return st;
}

static CtState *
ct_if_expanded(Datum d, bool need_rw)
{
	struct varlena *p = (struct varlena *) DatumGetPointer(d);
	ExpandedObjectHeader *eoh;

	if (need_rw ? !VARATT_IS_EXTERNAL_EXPANDED_RW(p) : !VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	eoh = DatumGetEOHP(d);
	if (eoh->eoh_methods != &ct_methods)
		return NULL;
	return (CtState *) eoh;
}

static CtState *ct_from_flat(const struct varlena *flat, MemoryContext parent);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place (a new state for NULL).
 */
CtState *
ct_state_for_update(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;
	CtState    *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		aggcxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
		return ct_state_new(aggcxt);
	st = ct_if_expanded(PG_GETARG_DATUM(0), true);
	if (st == NULL)
		st = ct_from_flat(PG_GETARG_VARLENA_P(0), aggcxt);
	return st;
}

/* A state argument for reading (final function, output). */
CtState *
ct_state_arg(FunctionCallInfo fcinfo, int argno)
{
	CtState    *st = ct_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		st = ct_from_flat(PG_GETARG_VARLENA_P(argno), CurrentMemoryContext);
	return st;
}

Datum
ct_state_return(CtState *st)
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

static void
labelset_rehash(CtLabelSet *ls)
{
	int32		i;

	memset(ls->slots, -1, sizeof(int32) * ls->nslots);
	for (i = 0; i < ls->n; i++)
	{
		uint32		s = label_hash(ls->kind, &ls->labels[i]) & (ls->nslots - 1);

		while (ls->slots[s] >= 0)
			s = (s + 1) & (ls->nslots - 1);
		ls->slots[s] = i;
	}
}

static void
too_many_labels(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("chi_square accepts at most %d distinct %s labels", CT_MAX_LABELS, what),
			 errhint("A contingency table needs categorical labels; group values into classes first.")));
}

/*
 * The index of a label in a set, adding it (a copy) if new.  *added tells
 * whether it was new.
 */
static int32
labelset_find_or_add(CtState *st, CtLabelSet *ls, const PkpcLabel *lab,
					 const char *what, bool *added)
{
	uint32		s;
	PkpcLabel  *copy;

	*added = false;
	if (ls->nslots > 0)
	{
		s = label_hash(ls->kind, lab) & (ls->nslots - 1);
		for (; ls->slots[s] >= 0; s = (s + 1) & (ls->nslots - 1))
			if (pkpc_label_equal(ls->kind, &ls->labels[ls->slots[s]], lab))
				return ls->slots[s];
	}
	if (ls->n >= CT_MAX_LABELS)
		too_many_labels(what);
	if (ls->n == ls->max)
	{
		int32		newmax = Max(8, ls->max * 2);

		if (ls->labels == NULL)
			ls->labels = MemoryContextAlloc(st->hdr.eoh_context, sizeof(PkpcLabel) * newmax);
		else
			ls->labels = repalloc(ls->labels, sizeof(PkpcLabel) * newmax);
		if (ls->slots != NULL)
			pfree(ls->slots);
		ls->max = newmax;
		ls->nslots = newmax * 2;
		ls->slots = MemoryContextAlloc(st->hdr.eoh_context, sizeof(int32) * ls->nslots);
		labelset_rehash(ls);
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
	s = label_hash(ls->kind, lab) & (ls->nslots - 1);
	while (ls->slots[s] >= 0)
		s = (s + 1) & (ls->nslots - 1);
	ls->slots[s] = ls->n;
	*added = true;
	return ls->n++;
}

static void
merge_kind(CtLabelSet *ls, PkpcLabelKind kind, Oid typid, const char *what)
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
				 errmsg("cannot combine chi_square tables whose %s labels have different types", what),
				 errdetail("One table has %s %s labels, the other %s labels.",
						   pkpc_label_kind_name(ls->kind), what,
						   pkpc_label_kind_name(kind))));
}

/* Fix the label kinds from the first row (or check them on later rows). */
void
ct_state_set_kinds(CtState *st, PkpcLabelKind rkind, Oid rtype,
				   PkpcLabelKind ckind, Oid ctype)
{
	merge_kind(&st->rows, rkind, rtype, "row");
	merge_kind(&st->cols, ckind, ctype, "column");
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
		MemoryContext cxt = st->hdr.eoh_context;

		if (st->cells == NULL)
			st->cells = MemoryContextAllocHuge(cxt, sizeof(CtCell) * newmax);
		else
			st->cells = repalloc_huge(st->cells, sizeof(CtCell) * newmax);
		if (st->slots != NULL)
			pfree(st->slots);
		st->maxcells = newmax;
		st->nslots = newmax * 2;
		st->slots = MemoryContextAllocHuge(cxt, sizeof(int64) * st->nslots);
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
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("chi_square cell count is out of range for type bigint")));
}

/* Count `count` rows with labels (row, col); the kinds must be set. */
void
ct_state_add(CtState *st, const PkpcLabel *row, const PkpcLabel *col, int64 count)
{
	bool		added;
	int32		r = labelset_find_or_add(st, &st->rows, row, "row", &added);
	int32		c = labelset_find_or_add(st, &st->cols, col, "column", &added);

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
	bool		added;

	ct_state_set_kinds(dst, src->rows.kind, src->rows.typid,
					   src->cols.kind, src->cols.typid);
	dst->n_skipped += src->n_skipped;
	rmap = palloc(sizeof(int32) * Max(1, src->rows.n));
	cmap = palloc(sizeof(int32) * Max(1, src->cols.n));
	for (i = 0; i < src->rows.n; i++)
		rmap[i] = labelset_find_or_add(dst, &dst->rows, &src->rows.labels[i], "row", &added);
	for (i = 0; i < src->cols.n; i++)
		cmap[i] = labelset_find_or_add(dst, &dst->cols, &src->cols.labels[i], "column", &added);
	for (k = 0; k < src->ncells; k++)
	{
		const CtCell *sc = &src->cells[k];

		add_count(cell_find_or_add(dst, rmap[sc->row], cmap[sc->col]), sc->count);
		if ((k & 1023) == 0)
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
		n += st->cells[k].count;	/* cannot overflow: validated/checked */
	return n;
}

/* ---- flat form ---- */

static Size
labelset_flat_size(const CtLabelSet *ls)
{
	Size		sz = 0;
	int32		i;

	for (i = 0; i < ls->n; i++)
		sz += sizeof(CtFlatLabel) + MAXALIGN(ls->labels[i].str ? ls->labels[i].len : 0);
	return sz;
}

static Size
ct_get_flat_size(ExpandedObjectHeader *eohptr)
{
	CtState    *st = (CtState *) eohptr;
	Size		sz;

	sz = sizeof(CtFlatHeader) + labelset_flat_size(&st->rows) +
		labelset_flat_size(&st->cols) + sizeof(CtCell) * st->ncells;
	if (sz > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chi_square state is too large to be passed between processes (%zu bytes)", sz)));
	return sz;
}

static char *
labelset_flatten(const CtLabelSet *ls, char *p)
{
	int32		i;

	for (i = 0; i < ls->n; i++)
	{
		const PkpcLabel *lab = &ls->labels[i];
		CtFlatLabel *fl = (CtFlatLabel *) p;

		fl->ival = lab->ival;
		fl->len = lab->str ? lab->len : -1;
		p += sizeof(CtFlatLabel);
		if (lab->str)
		{
			memcpy(p, lab->str, lab->len);
			p += MAXALIGN(lab->len);
		}
	}
	return p;
}

static void
ct_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	CtState    *st = (CtState *) eohptr;
	CtFlatHeader *h = (CtFlatHeader *) result;
	char	   *p = (char *) result + sizeof(CtFlatHeader);

	memset(result, 0, allocated_size);
	SET_VARSIZE(h, allocated_size);
	h->magic = CT_MAGIC;
	h->row_kind = st->rows.kind;
	h->col_kind = st->cols.kind;
	h->row_type = st->rows.typid;
	h->col_type = st->cols.typid;
	h->nrows = st->rows.n;
	h->ncols = st->cols.n;
	h->n_skipped = st->n_skipped;
	h->ncells = st->ncells;
	p = labelset_flatten(&st->rows, p);
	p = labelset_flatten(&st->cols, p);
	if (st->ncells > 0)
		memcpy(p, st->cells, sizeof(CtCell) * st->ncells);
	p += sizeof(CtCell) * st->ncells;
	Assert(p == (char *) result + allocated_size);
}

static void
bad_flat(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s value", CT_NAME),
			 errdetail("%s", why)));
}

static const char *
take(const char **p, const char *end, Size need)
{
	const char *q = *p;

	if ((Size) (end - q) < need)
		bad_flat("The value is truncated.");
	*p = q + need;
	return q;
}

static void
check_kind(int32 kind, Oid typid, int32 n)
{
	if (kind < PKPC_LABEL_NONE || kind > PKPC_LABEL_OTHER)
		bad_flat("Unknown label kind.");
	if ((kind == PKPC_LABEL_NONE) != (n == 0))
		bad_flat("Label kind does not match the number of labels.");
	if ((kind == PKPC_LABEL_OTHER) != OidIsValid(typid))
		bad_flat("Label type does not match the label kind.");
	if (n < 0 || n > CT_MAX_LABELS)
		bad_flat("Invalid number of labels.");
}

static void
read_labels(CtState *st, CtLabelSet *ls, int32 n, const char **p,
			const char *end, const char *what)
{
	int32		i;

	for (i = 0; i < n; i++)
	{
		CtFlatLabel fl;
		PkpcLabel	lab = {0, NULL, 0};
		bool		added;
		bool		has_str = (ls->kind == PKPC_LABEL_TEXT || ls->kind == PKPC_LABEL_OTHER);

		memcpy(&fl, take(p, end, sizeof(CtFlatLabel)), sizeof(CtFlatLabel));
		if (fl.len < -1 || (fl.len >= 0) != has_str)
			bad_flat("Label does not match the label kind.");
		if (ls->kind == PKPC_LABEL_BOOL && fl.ival != 0 && fl.ival != 1)
			bad_flat("Invalid boolean label.");
		lab.ival = has_str ? 0 : fl.ival;
		if (has_str)
		{
			lab.len = fl.len;
			lab.str = take(p, end, MAXALIGN(fl.len));
			if (memchr(lab.str, '\0', lab.len) != NULL)
				bad_flat("Label contains a zero byte.");
		}
		labelset_find_or_add(st, ls, &lab, what, &added);
		if (!added)
			bad_flat("Duplicate label.");
	}
}

/*
 * Expand a flat state, validating every size and value: flat states can
 * come from user-supplied text or binary input.
 */
static CtState *
ct_from_flat(const struct varlena *flat, MemoryContext parent)
{
	const char *p = (const char *) flat;
	const char *end = p + VARSIZE(flat);
	CtFlatHeader h;
	CtState    *st;
	bool	   *rused;
	bool	   *cused;
	int64		k;
	int64		total = 0;
	int32		i;

	if (VARATT_IS_EXTENDED(flat) || VARSIZE(flat) < sizeof(CtFlatHeader))
		bad_flat("The value is truncated.");
	memcpy(&h, take(&p, end, sizeof(CtFlatHeader)), sizeof(CtFlatHeader));
	if (h.magic != CT_MAGIC)
		bad_flat("Unknown layout version.");
	check_kind(h.row_kind, h.row_type, h.nrows);
	check_kind(h.col_kind, h.col_type, h.ncols);
	if ((h.nrows == 0) != (h.ncols == 0))
		bad_flat("A table has both row and column labels or neither.");
	if (h.n_skipped < 0 || h.ncells < 0 ||
		h.ncells > (int64) h.nrows * h.ncols || (h.ncells == 0) != (h.nrows == 0))
		bad_flat("Invalid count of cells.");

	st = ct_state_new(parent);
	st->n_skipped = h.n_skipped;
	st->rows.kind = h.row_kind;
	st->rows.typid = h.row_type;
	st->cols.kind = h.col_kind;
	st->cols.typid = h.col_type;
	read_labels(st, &st->rows, h.nrows, &p, end, "row");
	read_labels(st, &st->cols, h.ncols, &p, end, "column");

	rused = palloc0(sizeof(bool) * Max(1, h.nrows));
	cused = palloc0(sizeof(bool) * Max(1, h.ncols));
	for (k = 0; k < h.ncells; k++)
	{
		CtCell		c;
		CtCell	   *dc;

		memcpy(&c, take(&p, end, sizeof(CtCell)), sizeof(CtCell));
		if (c.row < 0 || c.row >= h.nrows || c.col < 0 || c.col >= h.ncols)
			bad_flat("Cell index out of range.");
		if (c.count <= 0 || pg_add_s64_overflow(total, c.count, &total))
			bad_flat("Invalid cell count.");
		dc = cell_find_or_add(st, c.row, c.col);
		if (dc->count != 0)
			bad_flat("Duplicate cell.");
		dc->count = c.count;
		rused[c.row] = cused[c.col] = true;
	}
	if (p != end)
		bad_flat("Trailing bytes.");
	for (i = 0; i < h.nrows; i++)
		if (!rused[i])
			bad_flat("A row label has no count.");
	for (i = 0; i < h.ncols; i++)
		if (!cused[i])
			bad_flat("A column label has no count.");
	return st;
}

/* ---- text form ---- */

static void
write_labels(StringInfo buf, const char *key, const CtLabelSet *ls)
{
	int32		i;

	for (i = 0; i < ls->n; i++)
	{
		appendStringInfo(buf, " %s ", key);
		pkpc_write_label(buf, ls->kind, &ls->labels[i]);
	}
}

static char *
ct_to_text(const CtState *st)
{
	StringInfoData buf;
	int64		k;

	initStringInfo(&buf);
	appendStringInfo(&buf, "chi_square v1 skipped=" INT64_FORMAT, st->n_skipped);
	pkpc_write_label_kind(&buf, "rows", "rowtype", st->rows.kind, st->rows.typid);
	pkpc_write_label_kind(&buf, "cols", "coltype", st->cols.kind, st->cols.typid);
	appendStringInfo(&buf, " nrows=%d ncols=%d ncells=" INT64_FORMAT,
					 st->rows.n, st->cols.n, st->ncells);
	write_labels(&buf, "row", &st->rows);
	write_labels(&buf, "col", &st->cols);
	appendStringInfoString(&buf, " cells");
	for (k = 0; k < st->ncells; k++)
		appendStringInfo(&buf, " %d,%d," INT64_FORMAT,
						 st->cells[k].row, st->cells[k].col, st->cells[k].count);
	return buf.data;
}

static void
read_text_labels(PkpcReader *r, StringInfo buf, const char *key, int32 kind, int32 n)
{
	int32		i;

	for (i = 0; i < n; i++)
	{
		CtFlatLabel fl;
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

/* the label kind of rows or columns, as an int32 of the flat header */
static void
read_kind(PkpcReader *r, const char *kind_key, const char *type_key,
		  int32 *kind, Oid *typid)
{
	PkpcLabelKind k;

	pkpc_read_label_kind(r, kind_key, type_key, &k, typid);
	*kind = k;
}

/* Parse the text form into a flat state (validated when expanded). */
static struct varlena *
ct_text_to_flat(const char *str)
{
	PkpcReader	r;
	StringInfoData buf;
	CtFlatHeader h;
	int64		k;

	pkpc_reader_init(&r, str, CT_NAME);
	memset(&h, 0, sizeof(h));
	h.magic = CT_MAGIC;
	pkpc_read_expect(&r, "chi_square");
	pkpc_read_expect(&r, "v1");
	pkpc_read_expect(&r, "skipped=");
	h.n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	read_kind(&r, "rows", "rowtype", &h.row_kind, &h.row_type);
	read_kind(&r, "cols", "coltype", &h.col_kind, &h.col_type);
	pkpc_read_expect(&r, "nrows=");
	h.nrows = (int32) pkpc_read_int64(&r, 0, CT_MAX_LABELS);
	pkpc_read_expect(&r, "ncols=");
	h.ncols = (int32) pkpc_read_int64(&r, 0, CT_MAX_LABELS);
	pkpc_read_expect(&r, "ncells=");
	h.ncells = pkpc_read_int64(&r, 0, (int64) h.nrows * h.ncols);

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (char *) &h, sizeof(h));
	read_text_labels(&r, &buf, "row", h.row_kind, h.nrows);
	read_text_labels(&r, &buf, "col", h.col_kind, h.ncols);
	pkpc_read_expect(&r, "cells");
	for (k = 0; k < h.ncells; k++)
	{
		CtCell		c;

		pkpc_read_skip_space(&r);
		c.row = (int32) pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		c.col = (int32) pkpc_read_int64(&r, 0, PG_INT32_MAX);
		pkpc_read_expect(&r, ",");
		c.count = pkpc_read_int64(&r, 1, PG_INT64_MAX);
		appendBinaryStringInfo(&buf, (char *) &c, sizeof(c));
	}
	pkpc_read_end(&r);
	SET_VARSIZE(buf.data, buf.len);
	return (struct varlena *) buf.data;
}

/* ---- SQL-callable I/O and combine functions ---- */

PG_FUNCTION_INFO_V1(chi_square_state_in);

Datum
chi_square_state_in(PG_FUNCTION_ARGS)
{
	struct varlena *flat = ct_text_to_flat(PG_GETARG_CSTRING(0));

	ct_from_flat(flat, CurrentMemoryContext);	/* validate */
	PG_RETURN_POINTER(flat);
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
	int			nbytes;
	char	   *str = pq_getmsgtext(msg, msg->len - msg->cursor, &nbytes);
	struct varlena *flat = ct_text_to_flat(str);

	ct_from_flat(flat, CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(chi_square_state_send);

Datum
chi_square_state_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	char	   *str = ct_to_text(ct_state_arg(fcinfo, 0));

	pq_begintypsend(&buf);
	pq_sendtext(&buf, str, strlen(str));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
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
