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
 * Doubles are written in their shortest exact form (Ryu, as float8out with
 * extra_float_digits > 0), so they read back bit for bit.  `counts` appears only for a group kept as a
 * value -> count map.  Labels of the polymorphic fallback name their type
 * (labels=other labeltype="public.grade"), so they are portable between
 * servers that have the type.
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

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"

#include "args.h"
#include "state.h"
#include "state_flat.h"

/* ---- output ---- */

/*
 * Doubles in the shortest form that reads back bit for bit (Ryu), whatever
 * extra_float_digits says: float8out would round to DBL_DIG digits when it
 * is 0 or less, and the state would no longer round-trip.
 */
static void
write_double(StringInfo buf, double v)
{
	char		s[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, s);
	appendStringInfoString(buf, s);
}

static void
write_quoted(StringInfo buf, const char *s, int len)
{
	int			i;

	appendStringInfoChar(buf, '"');
	for (i = 0; i < len; i++)
	{
		if (s[i] == '"' || s[i] == '\\')
			appendStringInfoChar(buf, '\\');
		appendStringInfoChar(buf, s[i]);
	}
	appendStringInfoChar(buf, '"');
}

static void
write_label(StringInfo buf, const PkpcState *st, const PkpcLabel *lab)
{
	if (lab->str != NULL)
		write_quoted(buf, lab->str, lab->len);
	else if (st->label_kind == PKPC_LABEL_NONE)
		appendStringInfoChar(buf, '-');
	else
		appendStringInfoString(buf, pkpc_label_cstring(st->label_kind, lab));
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
	write_double(&buf, st->conf_level);
	appendStringInfo(&buf, " option=%d param=", st->option);
	write_double(&buf, st->param[0]);
	appendStringInfoChar(&buf, ',');
	write_double(&buf, st->param[1]);
	appendStringInfo(&buf, " skipped=" INT64_FORMAT " extra=" INT64_FORMAT " labels=%s",
					 st->n_skipped, st->n_extra, pkpc_label_kind_name(st->label_kind));
	if (st->label_kind == PKPC_LABEL_OTHER)
	{
		char	   *tn = format_type_be_qualified(st->label_type);

		appendStringInfoString(&buf, " labeltype=");
		write_quoted(&buf, tn, strlen(tn));
	}
	appendStringInfo(&buf, " groups=%d", st->ngroups);

	for (i = 0; i < st->ngroups; i++)
	{
		const PkpcGroup *g = &st->groups[i];
		int64		nv = g->nvalues * st->ops->value_width;

		appendStringInfoString(&buf, " group label=");
		write_label(&buf, st, &g->label);
		appendStringInfo(&buf, " n=" INT64_FORMAT " stats=", g->n);
		for (j = 0; j < st->ops->nstats; j++)
		{
			if (j > 0)
				appendStringInfoChar(&buf, ',');
			write_double(&buf, g->stats[j]);
		}
		appendStringInfoString(&buf, " values=");
		for (j = 0; j < nv; j++)
		{
			if (j > 0)
				appendStringInfoChar(&buf, ',');
			write_double(&buf, g->values[j]);
		}
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

typedef struct Reader
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* cursor */
	const char *typname;		/* e.g. paired_t_state */
} Reader;

static void
syntax_error(Reader *r, const char *expected)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s", r->typname),
			 errdetail("Expected %s at character %d.", expected,
					   (int) (r->p - r->input) + 1)));
}

static void
skip_space(Reader *r)
{
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')
		r->p++;
}

/* Consume a literal word (such as a key with its '='). */
static void
expect(Reader *r, const char *word)
{
	size_t		len = strlen(word);

	skip_space(r);
	if (strncmp(r->p, word, len) != 0)
		syntax_error(r, psprintf("\"%s\"", word));
	r->p += len;
}

/* Is the next word `word`?  Consumes it if so. */
static bool
accept(Reader *r, const char *word)
{
	size_t		len = strlen(word);

	skip_space(r);
	if (strncmp(r->p, word, len) != 0)
		return false;
	r->p += len;
	return true;
}

static int64
read_int64(Reader *r, int64 min, int64 max)
{
	char	   *end;
	long long	v;

	errno = 0;
	v = strtoll(r->p, &end, 10);
	if (end == r->p || errno != 0 || v < min || v > max)
		syntax_error(r, "an integer in range");
	r->p = end;
	return (int64) v;
}

static double
read_double(Reader *r)
{
	char	   *end;
	bool		have_error = false;
	double		v;
	const char *q = r->p;

	/* float8in wants the number alone: find its end first */
	while (*q && *q != ',' && *q != ' ' && *q != '\t' && *q != '\n')
		q++;
	if (q == r->p)
		syntax_error(r, "a number");
	v = float8in_internal_opt_error(pnstrdup(r->p, q - r->p), &end, r->typname,
									r->input, &have_error);
	if (have_error || !isfinite(v))
		syntax_error(r, "a finite number");
	r->p = q;
	return v;
}

/* A comma-separated list of numbers, possibly empty, appended to buf. */
static int64
read_double_list(Reader *r, StringInfo buf)
{
	int64		n = 0;

	if (*r->p == '\0' || *r->p == ' ')
		return 0;
	for (;;)
	{
		double		v = read_double(r);

		appendBinaryStringInfo(buf, (char *) &v, sizeof(v));
		n++;
		if (*r->p != ',')
			return n;
		r->p++;
	}
}

static char *
read_quoted(Reader *r, int *len)
{
	StringInfoData s;

	if (*r->p != '"')
		syntax_error(r, "a double-quoted string");
	r->p++;
	initStringInfo(&s);
	while (*r->p != '"')
	{
		if (*r->p == '\\')
			r->p++;
		if (*r->p == '\0')
			syntax_error(r, "a closing double quote");
		appendStringInfoChar(&s, *r->p++);
	}
	r->p++;
	*len = s.len;
	return s.data;
}

static void
pad_to_maxalign(StringInfo buf)
{
	while (buf->len % MAXIMUM_ALIGNOF != 0)
		appendStringInfoChar(buf, '\0');
}

/* One group: appended to buf in the flat layout. */
static void
read_group(Reader *r, StringInfo buf, const PkpcStateOps *ops, PkpcLabelKind kind)
{
	FlatGroup	fg;
	int			fgpos;
	char	   *label = NULL;
	int			label_len = -1;
	int64		nstats;
	StringInfoData counts;

	memset(&fg, 0, sizeof(fg));
	expect(r, "group");
	expect(r, "label=");
	if (*r->p == '"')
		label = read_quoted(r, &label_len);
	else if (kind == PKPC_LABEL_NONE)
		expect(r, "-");			/* unlabelled */
	else if (kind == PKPC_LABEL_BOOL)
		fg.label_ival = accept(r, "true") ? 1 : (expect(r, "false"), 0);
	else
		fg.label_ival = read_int64(r, PG_INT64_MIN, PG_INT64_MAX);
	expect(r, "n=");
	fg.n = read_int64(r, 0, PG_INT64_MAX);

	fgpos = buf->len;
	appendBinaryStringInfo(buf, (char *) &fg, sizeof(fg));
	expect(r, "stats=");
	nstats = read_double_list(r, buf);
	if (nstats != ops->nstats)
		syntax_error(r, psprintf("%d statistics", ops->nstats));
	expect(r, "values=");
	fg.nvalues = read_double_list(r, buf);
	if (ops->value_width > 1)
	{
		if (fg.nvalues % ops->value_width != 0)
			syntax_error(r, "complete pairs of values");
		fg.nvalues /= ops->value_width;
	}
	if (accept(r, "counts="))
	{
		int64		k;

		fg.map_mode = 1;
		initStringInfo(&counts);
		for (k = 0; k < fg.nvalues; k++)
		{
			int64		c;

			if (k > 0)
				expect(r, ",");
			c = read_int64(r, 1, PG_INT64_MAX);
			appendBinaryStringInfo(buf, (char *) &c, sizeof(c));
		}
	}
	if (label != NULL)
	{
		fg.label_len = label_len;
		appendBinaryStringInfo(buf, label, label_len);
		pad_to_maxalign(buf);
	}
	else
		fg.label_len = -1;
	memcpy(buf->data + fgpos, &fg, sizeof(fg));
}

/* Parse the text form into a flat state (validated by the caller). */
static struct varlena *
text_to_flat(const char *str, PkpcTestTag tag)
{
	const PkpcStateOps *ops = pkpc_state_ops(tag);
	Reader		r;
	StringInfoData buf;
	FlatHeader	h;
	char	   *word;
	int			len;
	int			i;

	r.input = str;
	r.p = str;
	r.typname = psprintf("%s_state", ops->name);
	memset(&h, 0, sizeof(h));
	h.magic = PKPC_STATE_MAGIC;
	h.tag = tag;

	expect(&r, ops->name);
	expect(&r, "v1");
	expect(&r, "params=");
	h.params_set = (int32) read_int64(&r, 0, 1);
	expect(&r, "alternative=");
	h.alternative = accept(&r, "two-sided") ? PKPC_TWO_SIDED :
		accept(&r, "less") ? PKPC_LESS :
		(expect(&r, "greater"), PKPC_GREATER);
	expect(&r, "conf_level=");
	h.conf_level = read_double(&r);
	if (!(h.conf_level > 0.0 && h.conf_level < 1.0))
		syntax_error(&r, "a confidence level between 0 and 1");
	expect(&r, "option=");
	h.option = (int32) read_int64(&r, 0, 16);
	expect(&r, "param=");
	h.param[0] = read_double(&r);
	expect(&r, ",");
	h.param[1] = read_double(&r);
	expect(&r, "skipped=");
	h.n_skipped = read_int64(&r, 0, PG_INT64_MAX);
	expect(&r, "extra=");
	h.n_extra = read_int64(&r, 0, PG_INT64_MAX);
	expect(&r, "labels=");
	word = pnstrdup(r.p, strcspn(r.p, " \t\n"));
	r.p += strlen(word);
	h.label_kind = pkpc_label_kind_from_name(word);
	if ((int) h.label_kind < 0)
		syntax_error(&r, "a label kind");
	if (h.label_kind == PKPC_LABEL_OTHER)
	{
		expect(&r, "labeltype=");
		word = read_quoted(&r, &len);
		h.label_type = DatumGetObjectId(DirectFunctionCall1(regtypein,
															CStringGetDatum(word)));
	}
	expect(&r, "groups=");
	h.ngroups = (int32) read_int64(&r, 0, ops->max_groups);

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (char *) &h, sizeof(h));
	for (i = 0; i < h.ngroups; i++)
		read_group(&r, &buf, ops, h.label_kind);
	skip_space(&r);
	if (*r.p != '\0')
		syntax_error(&r, "end of input");
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
