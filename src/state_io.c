/*-------------------------------------------------------------------------
 *
 * state_io.c
 *	  Text and binary I/O of the state types, and their combine functions.
 *
 * Citus and postgres_fdw move aggregate states between servers through the
 * state type's text form, so it must round-trip exactly and must not depend
 * on the machine (DESIGN.md, decision 1).  It is a line of key=value words:
 *
 *	<test> v1 params=1 alternative=two-sided conf_level=0.95 option=0
 *	  param=0,0 skipped=2 extra=0 labels=text groups=2
 *	  group label="CF" n=3 stats= values=1.5,2,7 counts=1,1,2 ...
 *
 * The words (numbers, quoted strings, label kinds) are read and written by
 * state_text.c, shared with the chi_square state; doubles are written in
 * their shortest exact form, so they read back bit for bit.  `counts`
 * appears only for a group kept as a value -> count map.  Labels of the
 * polymorphic fallback name their type (labels=other
 * labeltype="public.grade"), so they are portable between servers that
 * have the type.
 *
 * Text input is parsed into the flat layout and then expanded by
 * pkpc_state_from_flat, so one validator checks every state that comes from
 * outside.  The binary send/receive form is the text form (it is not on any
 * hot path; one format means one parser to trust).
 *
 * src/state_io.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"

#include "args.h"
#include "state.h"
#include "state_flat.h"
#include "state_text.h"

/* ---- output ---- */

/* A comma-separated list of doubles (possibly empty). */
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

char *
pkpc_state_to_text(const PkpcState *st)
{
	StringInfoData buf;
	int			i;
	int64		j;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s v1 params=%d alternative=%s conf_level=",
					 st->ops->name, st->params_set ? 1 : 0,
					 pkpc_alternative_name(st->alternative));
	pkpc_write_double(&buf, st->conf_level);
	appendStringInfo(&buf, " option=%d param=", st->option);
	write_double_list(&buf, st->param, 2);
	appendStringInfo(&buf, " skipped=" INT64_FORMAT " extra=" INT64_FORMAT,
					 st->n_skipped, st->n_extra);
	pkpc_write_label_kind(&buf, "labels", "labeltype", st->label_kind, st->label_type);
	appendStringInfo(&buf, " groups=%d", st->ngroups);

	for (i = 0; i < st->ngroups; i++)
	{
		const PkpcGroup *g = &st->groups[i];

		appendStringInfoString(&buf, " group label=");
		pkpc_write_label(&buf, st->label_kind, &g->label);
		appendStringInfo(&buf, " n=" INT64_FORMAT " stats=", g->n);
		write_double_list(&buf, g->stats, st->ops->nstats);
		appendStringInfoString(&buf, " values=");
		write_double_list(&buf, g->values, g->nvalues * st->ops->value_width);
		if (g->counts)
		{
			appendStringInfoString(&buf, " counts=");
			for (j = 0; j < g->nvalues; j++)
				appendStringInfo(&buf, "%s" INT64_FORMAT, j > 0 ? "," : "", g->counts[j]);
		}
	}
	return buf.data;
}

/* ---- input ---- */

/* A comma-separated list of doubles, possibly empty, appended to buf. */
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
		if (*r->p != ',')
			return n;
		r->p++;
	}
}

static void
pad_to_maxalign(StringInfo buf)
{
	while (buf->len % MAXIMUM_ALIGNOF != 0)
		appendStringInfoChar(buf, '\0');
}

/* One group: appended to buf in the flat layout. */
static void
read_group(PkpcReader *r, StringInfo buf, const PkpcStateOps *ops, PkpcLabelKind kind)
{
	FlatGroup	fg;
	int			fgpos;
	char	   *label;
	int			label_len;
	int64		nstats;

	memset(&fg, 0, sizeof(fg));
	pkpc_read_expect(r, "group");
	pkpc_read_expect(r, "label=");
	pkpc_read_label(r, kind, &fg.label_ival, &label, &label_len);
	fg.label_len = label_len;
	pkpc_read_expect(r, "n=");
	fg.n = pkpc_read_int64(r, 0, PG_INT64_MAX);

	fgpos = buf->len;
	appendBinaryStringInfo(buf, (char *) &fg, sizeof(fg));
	pkpc_read_expect(r, "stats=");
	nstats = read_double_list(r, buf);
	if (nstats != ops->nstats)
		pkpc_read_error(r, psprintf("%d statistics", ops->nstats));
	pkpc_read_expect(r, "values=");
	fg.nvalues = read_double_list(r, buf);
	if (ops->value_width > 1)
	{
		if (fg.nvalues % ops->value_width != 0)
			pkpc_read_error(r, "complete pairs of values");
		fg.nvalues /= ops->value_width;
	}
	if (pkpc_read_accept(r, "counts="))
	{
		int64		k;

		fg.map_mode = 1;
		for (k = 0; k < fg.nvalues; k++)
		{
			int64		c;

			if (k > 0)
				pkpc_read_expect(r, ",");
			c = pkpc_read_int64(r, 1, PG_INT64_MAX);
			appendBinaryStringInfo(buf, (char *) &c, sizeof(c));
		}
	}
	if (label != NULL)
	{
		appendBinaryStringInfo(buf, label, label_len);
		pad_to_maxalign(buf);
	}
	memcpy(buf->data + fgpos, &fg, sizeof(fg));
}

/* Parse the text form into a flat state (validated by the caller). */
static struct varlena *
text_to_flat(const char *str, PkpcTestTag tag)
{
	const PkpcStateOps *ops = pkpc_state_ops(tag);
	PkpcReader	r;
	StringInfoData buf;
	FlatHeader	h;
	PkpcLabelKind kind;
	int			i;

	pkpc_reader_init(&r, str, psprintf("%s_state", ops->name));
	memset(&h, 0, sizeof(h));
	h.magic = PKPC_STATE_MAGIC;
	h.tag = tag;

	pkpc_read_expect(&r, ops->name);
	pkpc_read_expect(&r, "v1");
	pkpc_read_expect(&r, "params=");
	h.params_set = (int32) pkpc_read_int64(&r, 0, 1);
	pkpc_read_expect(&r, "alternative=");
	if (pkpc_read_accept(&r, "two-sided"))
		h.alternative = PKPC_TWO_SIDED;
	else if (pkpc_read_accept(&r, "less"))
		h.alternative = PKPC_LESS;
	else
	{
		pkpc_read_expect(&r, "greater");
		h.alternative = PKPC_GREATER;
	}
	pkpc_read_expect(&r, "conf_level=");
	h.conf_level = pkpc_read_double(&r);
	if (!(h.conf_level > 0.0 && h.conf_level < 1.0))
		pkpc_read_error(&r, "a confidence level between 0 and 1");
	pkpc_read_expect(&r, "option=");
	h.option = (int32) pkpc_read_int64(&r, 0, 16);
	pkpc_read_expect(&r, "param=");
	h.param[0] = pkpc_read_double(&r);
	pkpc_read_expect(&r, ",");
	h.param[1] = pkpc_read_double(&r);
	pkpc_read_expect(&r, "skipped=");
	h.n_skipped = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_expect(&r, "extra=");
	h.n_extra = pkpc_read_int64(&r, 0, PG_INT64_MAX);
	pkpc_read_label_kind(&r, "labels", "labeltype", &kind, &h.label_type);
	h.label_kind = kind;
	pkpc_read_expect(&r, "groups=");
	h.ngroups = (int32) pkpc_read_int64(&r, 0, ops->max_groups);

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (char *) &h, sizeof(h));
	for (i = 0; i < h.ngroups; i++)
		read_group(&r, &buf, ops, kind);
	pkpc_read_end(&r);
	SET_VARSIZE(buf.data, buf.len);
	return (struct varlena *) buf.data;
}

PkpcState *
pkpc_state_from_text(const char *str, PkpcTestTag tag)
{
	return pkpc_state_from_flat(text_to_flat(str, tag), tag, CurrentMemoryContext);
}

/* ---- SQL-callable I/O and combine functions, one set per state type ---- */

static Datum
state_in(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	struct varlena *flat = text_to_flat(PG_GETARG_CSTRING(0), tag);

	/* validate by expanding; the value itself stays flat */
	pkpc_state_from_flat(flat, tag, CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
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
	int			nbytes;
	char	   *str = pq_getmsgtext(msg, msg->len - msg->cursor, &nbytes);
	struct varlena *flat = text_to_flat(str, tag);

	pkpc_state_from_flat(flat, tag, CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

static Datum
state_send(FunctionCallInfo fcinfo, PkpcTestTag tag)
{
	StringInfoData buf;
	char	   *str = pkpc_state_to_text(pkpc_state_arg(fcinfo, 0, tag));

	pq_begintypsend(&buf);
	pq_sendtext(&buf, str, strlen(str));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
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

#define PKPC_STATE_FUNCTIONS(name, tag) \
PG_FUNCTION_INFO_V1(name##_state_in); \
Datum name##_state_in(PG_FUNCTION_ARGS) { return state_in(fcinfo, tag); } \
PG_FUNCTION_INFO_V1(name##_state_out); \
Datum name##_state_out(PG_FUNCTION_ARGS) { return state_out(fcinfo, tag); } \
PG_FUNCTION_INFO_V1(name##_state_recv); \
Datum name##_state_recv(PG_FUNCTION_ARGS) { return state_recv(fcinfo, tag); } \
PG_FUNCTION_INFO_V1(name##_state_send); \
Datum name##_state_send(PG_FUNCTION_ARGS) { return state_send(fcinfo, tag); } \
PG_FUNCTION_INFO_V1(name##_combine); \
Datum name##_combine(PG_FUNCTION_ARGS) { return state_combine(fcinfo, tag); }

PKPC_STATE_FUNCTIONS(paired_t, PKPC_TAG_PAIRED_T)
PKPC_STATE_FUNCTIONS(independent_t, PKPC_TAG_INDEPENDENT_T)
PKPC_STATE_FUNCTIONS(levene_test, PKPC_TAG_LEVENE)
PKPC_STATE_FUNCTIONS(mann_whitney_u, PKPC_TAG_MANN_WHITNEY)
PKPC_STATE_FUNCTIONS(wilcoxon_signed_rank, PKPC_TAG_WILCOXON)
PKPC_STATE_FUNCTIONS(ks_normality, PKPC_TAG_KS_NORMALITY)
PKPC_STATE_FUNCTIONS(shapiro_wilk, PKPC_TAG_SHAPIRO_WILK)
PKPC_STATE_FUNCTIONS(log_rank, PKPC_TAG_LOG_RANK)
PKPC_STATE_FUNCTIONS(km_survival, PKPC_TAG_KM_SURVIVAL)
PKPC_STATE_FUNCTIONS(kruskal_wallis, PKPC_TAG_KRUSKAL_WALLIS)
PKPC_STATE_FUNCTIONS(one_way_anova, PKPC_TAG_ONE_WAY_ANOVA)
PKPC_STATE_FUNCTIONS(mcnemar, PKPC_TAG_MCNEMAR)
