/*-------------------------------------------------------------------------
 *
 * cox_state.c
 *	  cox_ph_multi_state: the rows of cox_ph(time, event, covariates
 *	  float8[]), with the state's flat and text forms, I/O functions and
 *	  combine function.
 *
 * The shared state of state.c keeps a fixed number of doubles per
 * observation; a Cox model with covariates needs rows whose width is set
 * by the data (the length of the first covariates array).  This state
 * follows the same rules as the shared state:
 *
 * - In memory it is an expanded object whose parts live in the arena of
 *	 its aggregate call site (arena.c), updated in place; rows are appended
 *	 to one array that doubles while small and then grows by 1/16, so a row
 *	 costs O(1) amortized and no allocation of its own.
 * - Two states merge by appending rows; both must have the same width.
 *	 The final function sorts the rows, so results do not depend on the
 *	 order in which rows or states arrived.
 * - Its text form round-trips exactly (shortest exact doubles), does not
 *	 depend on the machine, and ends with an explicit end marker:
 *
 *	cox_ph_multi v1 skipped=1 p=2 rows=2 values=3.5,1,0.2,61,7,0,1.4,58 end
 *
 *	 (per row: time, event, then the p covariates).  Text input is parsed
 *	 into the flat form and every flat form is validated when it is
 *	 expanded: the magic number, 0 <= p <= PKPC_COX_MAX_COVARIATES, no
 *	 rows while p is 0, the exact size (overflow-checked), times finite and
 *	 >= 0, events 0 or 1, covariates finite.  A malformed state is an
 *	 error, never a crash.  The binary send/receive form is the text form.
 *
 * Bounds: a row is (p + 2) * 8 bytes; a state that would pass
 * MaxAllocHugeSize is an out-of-memory error, and one above 1 GB cannot
 * leave the backend (program_limit_exceeded).  Loops over rows check for
 * interrupts.
 *
 * Flat layout (8-byte aligned): CoxFlatHeader, then nrows * (p + 2)
 * doubles.
 *
 * src/cox_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "arena.h"
#include "cox_fit.h"
#include "cox_state.h"
#include "state_text.h"

#define COX_MAGIC	0x504B5831	/* "PKX1": flat layout version 1 */
#define COX_NAME	"cox_ph_multi_state"

typedef struct CoxFlatHeader
{
	int32		vl_len_;
	int32		magic;
	int32		p;
	int32		pad;
	int64		n_skipped;
	int64		nrows;
} CoxFlatHeader;

static Size cox_get_flat_size(ExpandedObjectHeader *eohptr);
static void cox_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							 Size allocated_size);

static const ExpandedObjectMethods cox_methods = {
	cox_get_flat_size,
	cox_flatten_into
};

/* ---- the expanded state ---- */

static CoxState *
cox_state_new(MemoryContext cxt)
{
	CoxState   *st = MemoryContextAllocZero(cxt, sizeof(CoxState));

	EOH_init_header(&st->hdr, &cox_methods, cxt);
	st->cxt = cxt;
	return st;
}

static MemoryContext
private_context(void)
{
	return AllocSetContextCreate(CurrentMemoryContext, "cox_ph state",
								 ALLOCSET_SMALL_SIZES);
}

static CoxState *
cox_if_expanded(Datum d, bool need_rw)
{
	return (CoxState *) pkpc_expanded_state(d, &cox_methods, need_rw);
}

static CoxState *cox_from_flat(const struct varlena *flat, MemoryContext parent);

/*
 * The state argument of a transition or combine function, ready to be
 * updated in place (a new state for NULL).
 */
CoxState *
cox_state_for_update(FunctionCallInfo fcinfo)
{
	MemoryContext cxt;
	bool		shared;
	CoxState   *st;

	if (!PG_ARGISNULL(0))
	{
		st = cox_if_expanded(PG_GETARG_DATUM(0), true);
		if (likely(st != NULL))
			return st;
	}
	cxt = pkpc_state_arena(fcinfo, &shared);
	if (PG_ARGISNULL(0))
		return cox_state_new(cxt);
	return cox_from_flat(PG_GETARG_VARLENA_P(0), cxt);
}

/* A state argument for reading (final function, output). */
CoxState *
cox_state_arg(FunctionCallInfo fcinfo, int argno)
{
	CoxState   *st = cox_if_expanded(PG_GETARG_DATUM(argno), false);

	if (st == NULL)
		st = cox_from_flat(PG_GETARG_VARLENA_P(argno), private_context());
	return st;
}

Datum
cox_state_return(CoxState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

/* Count a row skipped for a NULL input. */
void
cox_state_skip(CoxState *st)
{
	if (pg_add_s64_overflow(st->n_skipped, 1, &st->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cox_ph count of skipped rows is out of range for type bigint")));
}

static void
width_mismatch(int32 have, int32 got)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cox_ph expects covariate arrays of one length, found %d and %d elements",
					have, got),
			 errhint("Give every row the same covariates, in the same order.")));
}

/* Bytes of n rows of width p, or an error beyond the huge-allocation limit. */
static Size
rows_size(int64 n, int32 p)
{
	int64		cells;

	if (pg_mul_s64_overflow(n, (int64) p + 2, &cells) ||
		cells > (int64) (MaxAllocHugeSize / sizeof(double)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("cox_ph state is too large (" INT64_FORMAT " rows of %d covariates)",
						n, p)));
	return (Size) cells * sizeof(double);
}

/* Make room for `more` rows (grow by 1/16, at least 1024 rows). */
static void
reserve_rows(CoxState *st, int64 more)
{
	int64		need;
	int64		newcap;

	if (pg_add_s64_overflow(st->nrows, more, &need))
		rows_size(PG_INT64_MAX, st->p); /* reports the error */
	if (need <= st->capacity)
		return;
	newcap = Max(need, st->capacity < 4096 ? Max(2 * st->capacity, 8)
				 : st->capacity + st->capacity / 16);
	if (st->rows == NULL)
		st->rows = MemoryContextAllocHuge(st->cxt, rows_size(newcap, st->p));
	else
		st->rows = repalloc_huge(st->rows, rows_size(newcap, st->p));
	st->capacity = newcap;
}

/*
 * A new row of p covariates at the end of the state: p + 2 doubles for the
 * caller to fill.  The first row fixes p.
 */
double *
cox_state_add_row(CoxState *st, int32 p)
{
	double	   *row;

	if (st->p == 0)
		st->p = p;
	else if (st->p != p)
		width_mismatch(st->p, p);
	reserve_rows(st, 1);
	row = st->rows + st->nrows * (st->p + 2);
	st->nrows++;
	return row;
}

/* Merge state src into dst (combine function, cox_ph_merge). */
void
cox_state_combine(CoxState *dst, const CoxState *src)
{
	if (pg_add_s64_overflow(dst->n_skipped, src->n_skipped, &dst->n_skipped))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cox_ph count of skipped rows is out of range for type bigint")));
	if (src->nrows == 0)
		return;
	if (dst->p == 0)
		dst->p = src->p;
	else if (dst->p != src->p)
		width_mismatch(dst->p, src->p);
	reserve_rows(dst, src->nrows);
	memcpy(dst->rows + dst->nrows * (dst->p + 2), src->rows, rows_size(src->nrows, src->p));
	dst->nrows += src->nrows;
}

/* ---- flat form ---- */

static Size
cox_get_flat_size(ExpandedObjectHeader *eohptr)
{
	CoxState   *st = (CoxState *) eohptr;
	Size		sz = sizeof(CoxFlatHeader) + rows_size(st->nrows, st->p);

	if (sz > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("cox_ph state is too large to be passed between processes (%zu bytes)", sz),
				 errhint("Run the query without parallel workers, or split the data and use cox_ph_merge.")));
	return sz;
}

static void
cox_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	CoxState   *st = (CoxState *) eohptr;
	CoxFlatHeader *h = (CoxFlatHeader *) result;

	memset(h, 0, sizeof(CoxFlatHeader));
	SET_VARSIZE(h, allocated_size);
	h->magic = COX_MAGIC;
	h->p = st->p;
	h->n_skipped = st->n_skipped;
	h->nrows = st->nrows;
	if (st->nrows > 0)
		memcpy((char *) result + sizeof(CoxFlatHeader), st->rows,
			   rows_size(st->nrows, st->p));
	Assert(sizeof(CoxFlatHeader) + rows_size(st->nrows, st->p) == allocated_size);
}

static void
bad_flat(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s value", COX_NAME),
			 errdetail("%s", why)));
}

/* Check the values of n rows of width p + 2. */
static void
check_rows(const double *rows, int64 n, int32 p)
{
	int64		i;
	int32		j;

	for (i = 0; i < n; i++)
	{
		const double *r = rows + i * (p + 2);

		if (!(isfinite(r[0]) && r[0] >= 0.0))
			bad_flat("A time is not a finite number >= 0.");
		if (r[1] != 0.0 && r[1] != 1.0)
			bad_flat("An event is not 0 or 1.");
		for (j = 0; j < p; j++)
			if (!isfinite(r[2 + j]))
				bad_flat("A covariate is not finite.");
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}

/*
 * Expand a flat state, validating every size and value: flat states can
 * come from user-supplied text or binary input.
 */
static CoxState *
cox_from_flat(const struct varlena *flat, MemoryContext parent)
{
	CoxFlatHeader h;
	CoxState   *st;
	Size		datasize;

	if (VARATT_IS_EXTENDED(flat) || VARSIZE(flat) < sizeof(CoxFlatHeader))
		bad_flat("The value is truncated.");
	memcpy(&h, flat, sizeof(CoxFlatHeader));
	if (h.magic != COX_MAGIC)
		bad_flat("Unknown layout version.");
	if (h.p < 0 || h.p > PKPC_COX_MAX_COVARIATES)
		bad_flat("Invalid number of covariates.");
	if (h.n_skipped < 0 || h.nrows < 0 || (h.p == 0 && h.nrows != 0))
		bad_flat("Invalid count of rows.");
	if (h.nrows > (int64) (MaxAllocHugeSize / sizeof(double) / (h.p + 2)))
		bad_flat("Invalid count of rows.");
	datasize = (Size) h.nrows * (h.p + 2) * sizeof(double);
	if (VARSIZE(flat) - sizeof(CoxFlatHeader) != datasize)
		bad_flat("The size does not match the count of rows.");
	check_rows((const double *) ((const char *) flat + sizeof(CoxFlatHeader)),
			   h.nrows, h.p);

	st = cox_state_new(parent);
	st->n_skipped = h.n_skipped;
	st->p = h.p;
	if (h.nrows > 0)
	{
		reserve_rows(st, h.nrows);
		memcpy(st->rows, (const char *) flat + sizeof(CoxFlatHeader), datasize);
		st->nrows = h.nrows;
	}
	return st;
}

/* ---- text form ---- */

static char *
cox_to_text(const CoxState *st)
{
	StringInfoData buf;
	int64		k;
	int64		ncells = st->nrows * (st->p + 2);

	initStringInfo(&buf);
	appendStringInfo(&buf, "cox_ph_multi v1 skipped=" INT64_FORMAT " p=%d rows=" INT64_FORMAT " values=",
					 st->n_skipped, st->p, st->nrows);
	for (k = 0; k < ncells; k++)
	{
		if (k > 0)
			appendStringInfoChar(&buf, ',');
		pkpc_write_double(&buf, st->rows[k]);
		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	appendStringInfoString(&buf, " end");
	return buf.data;
}

/* Parse the text form into a flat state (validated when expanded). */
static struct varlena *
cox_text_to_flat(const char *str)
{
	PkpcReader	r;
	StringInfoData buf;
	CoxFlatHeader h;
	int64		ncells = 0;

	pkpc_reader_init(&r, str, COX_NAME);
	memset(&h, 0, sizeof(h));
	h.magic = COX_MAGIC;
	pkpc_read_expect(&r, "cox_ph_multi");
	pkpc_read_expect(&r, "v1");
	pkpc_read_expect(&r, "skipped=");
	h.n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_expect(&r, "p=");
	h.p = (int32) pkpc_read_int64(&r, 0, PKPC_COX_MAX_COVARIATES);
	pkpc_read_expect(&r, "rows=");
	h.nrows = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_expect(&r, "values=");

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (char *) &h, sizeof(h));
	if (*r.p != ' ' && *r.p != '\0')
	{
		for (;;)
		{
			double		v = pkpc_read_double(&r);

			appendBinaryStringInfo(&buf, (char *) &v, sizeof(v));
			ncells++;
			if ((ncells & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
			if (*r.p != ',')
				break;
			r.p++;
		}
	}
	if (ncells % (h.p + 2) != 0 || ncells / (h.p + 2) != h.nrows)
		pkpc_read_error(&r, psprintf("rows=" INT64_FORMAT " rows of %d values",
									 h.nrows, h.p + 2));
	pkpc_read_expect(&r, "end");
	pkpc_read_end(&r);
	SET_VARSIZE(buf.data, buf.len);
	return (struct varlena *) buf.data;
}

/* ---- SQL-callable I/O and combine functions ---- */

PG_FUNCTION_INFO_V1(cox_ph_multi_state_in);

Datum
cox_ph_multi_state_in(PG_FUNCTION_ARGS)
{
	struct varlena *flat = cox_text_to_flat(PG_GETARG_CSTRING(0));

	cox_from_flat(flat, CurrentMemoryContext);	/* validate */
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(cox_ph_multi_state_out);

Datum
cox_ph_multi_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cox_to_text(cox_state_arg(fcinfo, 0)));
}

PG_FUNCTION_INFO_V1(cox_ph_multi_state_recv);

Datum
cox_ph_multi_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str = pq_getmsgtext(msg, msg->len - msg->cursor, &nbytes);
	struct varlena *flat = cox_text_to_flat(str);

	cox_from_flat(flat, CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(cox_ph_multi_state_send);

Datum
cox_ph_multi_state_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	char	   *str = cox_to_text(cox_state_arg(fcinfo, 0));

	pq_begintypsend(&buf);
	pq_sendtext(&buf, str, strlen(str));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(cox_ph_multi_combine);

/*
 * Combine function (COMBINEFUNC, and SFUNC of cox_ph_merge): append the
 * second state's rows to the first.  Not strict, so that a NULL side is
 * skipped.
 */
Datum
cox_ph_multi_combine(PG_FUNCTION_ARGS)
{
	CoxState   *dst;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	dst = cox_state_for_update(fcinfo);
	cox_state_combine(dst, cox_state_arg(fcinfo, 1));
	CHECK_FOR_INTERRUPTS();
	return cox_state_return(dst);
}
