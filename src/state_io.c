/*-------------------------------------------------------------------------
 *
 * state_io.c
 *	  The flat, text and binary forms of the state types, their I/O
 *	  functions and their combine functions.
 *
 * Citus and postgres_fdw move aggregate states between servers through the
 * state type's text or binary form, and users store X_partial values, so
 * both must round-trip exactly and must not depend on the machine.  The
 * text form is a line of key=value words (state_text.c reads and writes
 * the words), ending with the word "end":
 *
 *	<test> v2 params=1 alternative=two-sided conf_level=0.95 option=0
 *	  param=0,0 skipped=2 extra=0 labels=text groups=2
 *	  group label="CF" n=3 values=1.5,2,7 counts=1,1,2
 *	  group label="SP" n=2 values=3,4 end
 *
 * `sums=` holds a moment test's exact sums (exact.c: an integer in hex
 * times a power of 2), `values=` the observations, `counts=` their
 * multiplicities when the group is weighted.  Labels of the polymorphic
 * fallback name their type (labels=other labeltype="public.grade").  The
 * text is canonical: groups in label order (bytes for text), values
 * ascending, equal values of a weighted group merged, so one state has one
 * text whatever plan built it.  Doubles are written in their shortest exact
 * form.
 *
 * The binary (send/receive) form carries the same fields in network byte
 * order, doubles as their 8 bytes (a rank state is not twice its raw
 * values); the flat form (the datum a parallel worker sends, or a table
 * stores) is the binary form behind a varlena header, except that labels
 * of the polymorphic fallback are kept as in-memory images, so that any
 * sortable type works within one server.  Both end with an end marker and
 * carry every count explicitly, so a truncated value is an error.
 *
 * Every form is read by building a state with the functions an aggregate
 * uses and then checking every invariant (pkpc_state_check): one validator
 * for text, binary and flat input, and a malformed, truncated or forged
 * state is an error, never a crash or a wrong result.  States of version 1
 * (pkpcohort 0.1) kept Welford moments instead of exact sums and are not
 * read: the error says to recompute them.
 *
 * src/state_io.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_collation.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "args.h"
#include "state.h"
#include "state_codec.h"
#include "state_text.h"

#define STATE_MAGIC		0x504B5332	/* "PKS2": binary layout version 2 */
#define STATE_END		0x454E4432	/* "END2" */
#define V1_FLAT_MAGIC	0x504B5031	/* "PKP1": pkpcohort 0.1's flat layout */

/* flags of the binary form */
#define FLAG_IMAGES		0x01		/* OTHER labels as in-memory images */

static void
v1_state(const char *name, int code)
{
	ereport(ERROR,
			(errcode(code),
			 errmsg("this %s state was written by pkpcohort 0.1 and cannot be read by this version",
					name),
			 errdetail("States of version 0.2 keep exact sums instead of running moments."),
			 errhint("Recompute it with %s_partial over the original rows.", name)));
}

/* ---- a canonical copy for output ---- */

/*
 * Groups in label order (text by its bytes, so that the order does not
 * depend on a collation) and values sorted: every plan that builds the same
 * state prints the same text.
 */
static PkpcState *
canonical_copy(const PkpcState *st)
{
	PkpcState  *c = pkpc_state_copy(st, CurrentMemoryContext);
	int32		i;

	pkpc_state_order_groups(c, C_COLLATION_OID);
	for (i = 0; i < c->labels.n; i++)
		pkpc_group_sort(c, &c->groups[i]);
	return c;
}

/* ---- text form ---- */

static void
write_double_list(StringInfo buf, const double *v, int64 n)
{
	int64		j;

	for (j = 0; j < n; j++)
	{
		if (j > 0)
			appendStringInfoChar(buf, ',');
		pkpc_write_double(buf, v[j]);
	}
}

static bool
all_ones(const int64 *counts, int64 n)
{
	int64		j;

	for (j = 0; j < n; j++)
		if (counts[j] != 1)
			return false;
	return true;
}

char *
pkpc_state_to_text(const PkpcState *orig)
{
	PkpcState  *st = canonical_copy(orig);
	const char *typname = psprintf("%s_state", st->ops->name);
	StringInfoData buf;
	int32		i;
	int64		j;
	int			s;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s v2 params=%d alternative=%s conf_level=",
					 st->ops->name, st->params_set ? 1 : 0,
					 pkpc_alternative_name(st->alternative));
	pkpc_write_double(&buf, st->conf_level);
	appendStringInfo(&buf, " option=%d param=", st->option);
	write_double_list(&buf, st->param, 2);
	appendStringInfo(&buf, " skipped=" INT64_FORMAT " extra=" INT64_FORMAT,
					 st->n_skipped, st->n_extra);
	pkpc_write_label_type(&buf, "labels", "labeltype", &st->labels.type, typname);
	appendStringInfo(&buf, " groups=%d", st->labels.n);

	for (i = 0; i < st->labels.n; i++)
	{
		const PkpcGroup *g = &st->groups[i];

		appendStringInfoString(&buf, " group label=");
		pkpc_write_label(&buf, &st->labels.type, &st->labels.labels[i]);
		appendStringInfo(&buf, " n=" INT64_FORMAT, g->n);
		if (st->ops->nsums > 0)
		{
			appendStringInfoString(&buf, " sums=");
			for (s = 0; s < st->ops->nsums; s++)
			{
				if (s > 0)
					appendStringInfoChar(&buf, ',');
				pkpc_big_write(&buf, pkpc_exact_big(&g->sums[s]));
			}
		}
		if (st->ops->value_width == 0)
			continue;
		appendStringInfoString(&buf, " values=");
		write_double_list(&buf, g->values, g->nvalues * st->ops->value_width);
		if (g->counts && !all_ones(g->counts, g->nvalues))
		{
			appendStringInfoString(&buf, " counts=");
			for (j = 0; j < g->nvalues; j++)
				appendStringInfo(&buf, "%s" INT64_FORMAT, j > 0 ? "," : "", g->counts[j]);
		}
		CHECK_FOR_INTERRUPTS();
	}
	appendStringInfoString(&buf, " end");
	return buf.data;
}

/* A comma-separated list of doubles, possibly empty, appended to a buffer. */
static int64
read_double_list(PkpcReader *r, StringInfo buf)
{
	int64		n = 0;

	if (*r->p == '\0' || *r->p == ' ')
		return 0;
	for (;;)
	{
		double		v = pkpc_read_double(r);

		appendBinaryStringInfo(buf, (char *) &v, sizeof(v));
		n++;
		if ((n & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (*r->p != ',')
			return n;
		r->p++;
	}
}

/* One group of the text form, added to st. */
static void
read_group(PkpcReader *r, PkpcState *st)
{
	const PkpcStateOps *ops = st->ops;
	PkpcLabel	lab;
	PkpcGroup  *g;
	int64		n;
	int64		nvalues = 0;
	int64		j;
	StringInfoData vals;
	int64	   *counts = NULL;
	int			s;

	pkpc_read_expect(r, "group");
	pkpc_read_expect(r, "label=");
	lab = pkpc_read_label(r, &st->labels.type);
	if (pkpc_labelset_find(&st->labels, &lab) >= 0)
		pkpc_read_error(r, "a group label not seen before");
	if (st->labels.n >= ops->max_groups)
		pkpc_read_error(r, "no more groups");
	g = pkpc_state_add_group(st, &lab);
	pkpc_read_expect(r, "n=");
	n = pkpc_read_int64(r, 0, PG_INT64_MAX);
	if (ops->nsums > 0)
	{
		pkpc_read_expect(r, "sums=");
		for (s = 0; s < ops->nsums; s++)
		{
			int			len;
			PkpcBig		v;

			if (s > 0)
				pkpc_read_expect(r, ",");
			len = strcspn(r->p, ", \t\n\r");
			if (!pkpc_big_parse(r->p, len, &v) || !pkpc_exact_set(&g->sums[s], &v, st->cxt))
				pkpc_read_error(r, "an exact sum");
			r->p += len;
		}
	}
	if (ops->value_width > 0)
	{
		pkpc_read_expect(r, "values=");
		initStringInfo(&vals);
		nvalues = read_double_list(r, &vals);
		if (nvalues % ops->value_width != 0)
			pkpc_read_error(r, "complete pairs of values");
		nvalues /= ops->value_width;
		if (ops->value_width == 1 && pkpc_read_accept(r, "counts="))
		{
			counts = palloc_extended(sizeof(int64) * Max(nvalues, 1), MCXT_ALLOC_HUGE);
			for (j = 0; j < nvalues; j++)
			{
				if (j > 0)
					pkpc_read_expect(r, ",");
				counts[j] = pkpc_read_int64(r, 1, PG_INT64_MAX);
			}
		}
		pkpc_group_put(st, g, (double *) vals.data, counts, nvalues);
	}
	g->n = n;
}

/* Parse the text form of a state (validated). */
PkpcState *
pkpc_state_from_text(const char *str, PkpcTestTag tag)
{
	const PkpcStateOps *ops = pkpc_state_ops(tag);
	PkpcReader	r;
	PkpcState  *st;
	int64		ngroups;
	int64		i;

	pkpc_reader_init(&r, str, psprintf("%s_state", ops->name));
	st = pkpc_state_new(tag, AllocSetContextCreate(CurrentMemoryContext,
												   "pkpcohort state",
												   ALLOCSET_SMALL_SIZES), false);
	pkpc_read_expect(&r, ops->name);
	if (pkpc_read_accept(&r, "v1"))
		v1_state(ops->name, ERRCODE_INVALID_TEXT_REPRESENTATION);
	pkpc_read_expect(&r, "v2");
	pkpc_read_expect(&r, "params=");
	st->params_set = pkpc_read_int64(&r, 0, 1) == 1;
	pkpc_read_expect(&r, "alternative=");
	if (pkpc_read_accept(&r, "two-sided"))
		st->alternative = PKPC_TWO_SIDED;
	else if (pkpc_read_accept(&r, "less"))
		st->alternative = PKPC_LESS;
	else
	{
		pkpc_read_expect(&r, "greater");
		st->alternative = PKPC_GREATER;
	}
	pkpc_read_expect(&r, "conf_level=");
	st->conf_level = pkpc_read_double(&r);
	pkpc_read_expect(&r, "option=");
	st->option = (int32) pkpc_read_int64(&r, 0, 16);
	pkpc_read_expect(&r, "param=");
	st->param[0] = pkpc_read_double(&r);
	pkpc_read_expect(&r, ",");
	st->param[1] = pkpc_read_double(&r);
	pkpc_read_expect(&r, "skipped=");
	st->n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_expect(&r, "extra=");
	st->n_extra = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_label_type(&r, "labels", "labeltype", &st->labels.type);
	pkpc_read_expect(&r, "groups=");
	ngroups = pkpc_read_int64(&r, 0, ops->max_groups);
	for (i = 0; i < ngroups; i++)
	{
		read_group(&r, st);
		CHECK_FOR_INTERRUPTS();
	}
	pkpc_read_expect(&r, "end");
	pkpc_read_end(&r);
	pkpc_state_check(st);
	return st;
}

/* ---- binary and flat forms ---- */

static void
encode_state(PkpcEncoder *e, const void *arg)
{
	const PkpcState *st = (const PkpcState *) arg;
	const PkpcStateOps *ops = st->ops;
	int32		i;
	int64		j;
	int			s;

	pkpc_enc_int32(e, STATE_MAGIC);
	pkpc_enc_int32(e, st->tag);
	pkpc_enc_int8(e, e->images ? FLAG_IMAGES : 0);
	pkpc_enc_int8(e, st->params_set ? 1 : 0);
	pkpc_enc_int8(e, (int8) st->alternative);
	pkpc_enc_int32(e, st->option);
	pkpc_enc_float8(e, st->conf_level);
	pkpc_enc_float8(e, st->param[0]);
	pkpc_enc_float8(e, st->param[1]);
	pkpc_enc_int64(e, st->n_skipped);
	pkpc_enc_int64(e, st->n_extra);
	pkpc_enc_label_type(e, &st->labels.type);
	pkpc_enc_int32(e, st->labels.n);
	for (i = 0; i < st->labels.n; i++)
	{
		const PkpcGroup *g = &st->groups[i];

		pkpc_enc_label(e, &st->labels.type, &st->labels.labels[i]);
		pkpc_enc_int64(e, g->n);
		for (s = 0; s < ops->nsums; s++)
			pkpc_enc_exact(e, &g->sums[s]);
		if (ops->value_width == 0)
			continue;
		pkpc_enc_int64(e, g->nvalues);
		pkpc_enc_int8(e, g->counts != NULL ? 1 : 0);
		if (e->buf == NULL)
			pkpc_enc_skip(e, (Size) g->nvalues * (8 * ops->value_width + (g->counts ? 8 : 0)));
		else
		{
			for (j = 0; j < g->nvalues * ops->value_width; j++)
				pkpc_enc_float8(e, g->values[j]);
			if (g->counts != NULL)
				for (j = 0; j < g->nvalues; j++)
					pkpc_enc_int64(e, g->counts[j]);
		}
		CHECK_FOR_INTERRUPTS();
	}
	pkpc_enc_int32(e, STATE_END);
}

static void
dec_group(PkpcDecoder *d, PkpcState *st)
{
	const PkpcStateOps *ops = st->ops;
	PkpcLabel	lab = pkpc_dec_label(d, &st->labels.type);
	PkpcGroup  *g;
	int64		n;
	int64		nvalues;
	int64		j;
	bool		weighted;
	double	   *vals;
	int64	   *counts = NULL;
	int			s;

	if (pkpc_labelset_find(&st->labels, &lab) >= 0)
		pkpc_dec_error(d, "Duplicate group label.");
	if (st->labels.n >= ops->max_groups)
		pkpc_dec_error(d, "Too many groups.");
	g = pkpc_state_add_group(st, &lab);
	n = pkpc_dec_int64(d);
	for (s = 0; s < ops->nsums; s++)
		pkpc_dec_exact(d, &g->sums[s], st->cxt);
	if (ops->value_width > 0)
	{
		nvalues = pkpc_dec_int64(d);
		weighted = pkpc_dec_int8(d) != 0;
		if (nvalues < 0 || (weighted && ops->value_width != 1) ||
			nvalues > (d->end - d->p) / (8 * ops->value_width))
			pkpc_dec_error(d, "Invalid number of values.");
		vals = palloc_extended(sizeof(double) * ops->value_width * Max(nvalues, 1),
							   MCXT_ALLOC_HUGE);
		for (j = 0; j < nvalues * ops->value_width; j++)
			vals[j] = pkpc_dec_float8(d);
		if (weighted)
		{
			counts = palloc_extended(sizeof(int64) * Max(nvalues, 1), MCXT_ALLOC_HUGE);
			for (j = 0; j < nvalues; j++)
				if ((counts[j] = pkpc_dec_int64(d)) <= 0)
					pkpc_dec_error(d, "Invalid value count.");
		}
		pkpc_group_put(st, g, vals, counts, nvalues);
		pfree(vals);
	}
	g->n = n;
}

/* Decode a binary or flat state into a new state in cxt (validated). */
static PkpcState *
decode_state(PkpcDecoder *d, PkpcTestTag tag, MemoryContext cxt, bool shared)
{
	const PkpcStateOps *ops = pkpc_state_ops(tag);
	PkpcState  *st;
	int32		magic;
	int32		ngroups;
	int32		i;

	magic = pkpc_dec_int32(d);
	if (magic == V1_FLAT_MAGIC || pg_bswap32(magic) == V1_FLAT_MAGIC)
		v1_state(ops->name, ERRCODE_INVALID_BINARY_REPRESENTATION);
	if (magic != STATE_MAGIC)
		pkpc_dec_error(d, "Unknown layout version.");
	if (pkpc_dec_int32(d) != (int32) tag)
		pkpc_dec_error(d, "The state belongs to another test.");
	if (pkpc_dec_int8(d) != (d->images ? FLAG_IMAGES : 0))
		pkpc_dec_error(d, "Invalid flags.");
	st = pkpc_state_new(tag, cxt, shared);
	st->params_set = pkpc_dec_int8(d) != 0;
	st->alternative = pkpc_dec_int8(d);
	st->option = pkpc_dec_int32(d);
	st->conf_level = pkpc_dec_float8(d);
	st->param[0] = pkpc_dec_float8(d);
	st->param[1] = pkpc_dec_float8(d);
	st->n_skipped = pkpc_dec_int64(d);
	st->n_extra = pkpc_dec_int64(d);
	pkpc_dec_label_type(d, &st->labels.type);
	ngroups = pkpc_dec_int32(d);
	if (ngroups < 0 || ngroups > ops->max_groups)
		pkpc_dec_error(d, "Invalid number of groups.");
	for (i = 0; i < ngroups; i++)
	{
		dec_group(d, st);
		CHECK_FOR_INTERRUPTS();
	}
	pkpc_dec_end(d, STATE_END);
	pkpc_state_check(st);
	return st;
}

/* The expanded-object protocol: size, then contents, of the flat form. */
Size
pkpc_state_flat_size(PkpcState *st)
{
	PkpcEncoder e = {NULL, 0, 0, true, st->ops->name};

	encode_state(&e, st);
	if (VARHDRSZ + e.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s state is too large to be passed between processes (%zu bytes)",
						st->ops->name, VARHDRSZ + e.len),
				 errhint("Run the query without parallel workers, or split the data and use %s_merge.",
						 st->ops->name)));
	return VARHDRSZ + e.len;
}

void
pkpc_state_flatten(PkpcState *st, void *result, Size size)
{
	PkpcEncoder e = {(char *) result + VARHDRSZ, 0, size - VARHDRSZ, true, st->ops->name};

	encode_state(&e, st);
	Assert(e.len == size - VARHDRSZ);
	SET_VARSIZE(result, size);
}

PkpcState *
pkpc_state_from_flat(const struct varlena *flat, PkpcTestTag tag,
					 MemoryContext cxt, bool shared)
{
	PkpcDecoder d;

	d.p = VARDATA_ANY(flat);
	d.end = d.p + VARSIZE_ANY_EXHDR(flat);
	d.images = true;
	d.typname = psprintf("%s_state", pkpc_state_ops(tag)->name);
	return decode_state(&d, tag, cxt, shared);
}

/* ---- SQL-callable I/O and combine functions, one set per state type ---- */

/* The flat form of a state just read: what a type's input function returns. */
static Datum
flat_datum(PkpcState *st)
{
	Size		size = pkpc_state_flat_size(st);
	void	   *flat = palloc(size);

	pkpc_state_flatten(st, flat, size);
	return PointerGetDatum(flat);
}

static Datum
state_in(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	return flat_datum(pkpc_state_from_text(PG_GETARG_CSTRING(0), tag));
}

static Datum
state_out(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	PG_RETURN_CSTRING(pkpc_state_to_text(pkpc_state_arg(fcinfo, 0, tag)));
}

static Datum
state_recv(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	PkpcDecoder d;
	PkpcState  *st;

	d.p = msg->data + msg->cursor;
	d.end = msg->data + msg->len;
	d.images = false;
	d.typname = psprintf("%s_state", pkpc_state_ops(tag)->name);
	st = decode_state(&d, tag, AllocSetContextCreate(CurrentMemoryContext,
													 "pkpcohort state",
													 ALLOCSET_SMALL_SIZES), false);
	msg->cursor = msg->len;
	return flat_datum(st);
}

static Datum
state_send(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	PkpcState  *st = pkpc_state_arg(fcinfo, 0, tag);

	PG_RETURN_BYTEA_P(pkpc_encode(encode_state, st, false,
								  psprintf("%s_state", st->ops->name)));
}

/*
 * Combine function (COMBINEFUNC, and SFUNC of X_merge): merge the second
 * state into the first.  Not strict, so that it can count an empty side.
 */
static Datum
state_combine(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	PkpcState  *dst;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	dst = pkpc_state_for_update(fcinfo, tag);
	pkpc_state_combine(dst, pkpc_state_arg(fcinfo, 1, tag));
	return pkpc_state_return(dst);
}

#define PKPC_STATE_TYPE(name, tag, nsums, width, maxg, rule) \
PG_FUNCTION_INFO_V1(name##_state_in); \
Datum name##_state_in(PG_FUNCTION_ARGS) { return state_in(fcinfo, PKPC_TAG_##tag); } \
PG_FUNCTION_INFO_V1(name##_state_out); \
Datum name##_state_out(PG_FUNCTION_ARGS) { return state_out(fcinfo, PKPC_TAG_##tag); } \
PG_FUNCTION_INFO_V1(name##_state_recv); \
Datum name##_state_recv(PG_FUNCTION_ARGS) { return state_recv(fcinfo, PKPC_TAG_##tag); } \
PG_FUNCTION_INFO_V1(name##_state_send); \
Datum name##_state_send(PG_FUNCTION_ARGS) { return state_send(fcinfo, PKPC_TAG_##tag); } \
PG_FUNCTION_INFO_V1(name##_combine); \
Datum name##_combine(PG_FUNCTION_ARGS) { return state_combine(fcinfo, PKPC_TAG_##tag); }
#define PKPC_OWN_STATE_TYPE(name)
#include "state_types.h"
#undef PKPC_STATE_TYPE
#undef PKPC_OWN_STATE_TYPE
