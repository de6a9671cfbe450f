/*-------------------------------------------------------------------------
 *
 * state_text.c
 *	  The words of the state types' text forms: one reader and one writer
 *	  shared by every state type.
 *
 * A state's text form is a line of words, most of them key=value: numbers,
 * comma-separated lists, double-quoted strings with \" and \\ escapes, and
 * the label kinds of labels.c.  Doubles are written in their shortest exact
 * form (Ryu), whatever extra_float_digits says, so that they read back bit
 * for bit on any machine.  The reader is strict: anything unexpected is an
 * invalid_text_representation error that says what was expected where.
 *
 * src/state_text.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#endif
#include "utils/builtins.h"
#include "utils/float.h"

#include "state_text.h"

void
pkpc_reader_init(PkpcReader *r, const char *input, const char *typname)
{
	r->input = input;
	r->p = input;
	r->typname = typname;
}

void
pkpc_read_error(PkpcReader *r, const char *expected)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s", r->typname),
			 errdetail("Expected %s at character %d.", expected,
					   (int) (r->p - r->input) + 1)));
}

void
pkpc_read_skip_space(PkpcReader *r)
{
	while (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')
		r->p++;
}

/* Is the next word `word` (such as a key with its '=')?  Consumes it if so. */
bool
pkpc_read_accept(PkpcReader *r, const char *word)
{
	size_t		len = strlen(word);

	pkpc_read_skip_space(r);
	if (strncmp(r->p, word, len) != 0)
		return false;
	r->p += len;
	return true;
}

void
pkpc_read_expect(PkpcReader *r, const char *word)
{
	if (!pkpc_read_accept(r, word))
		pkpc_read_error(r, psprintf("\"%s\"", word));
}

/* A decimal integer in [min, max], right at the cursor. */
int64
pkpc_read_int64(PkpcReader *r, int64 min, int64 max)
{
	char	   *end;
	long long	v;

	if (!(*r->p == '-' || (*r->p >= '0' && *r->p <= '9')))
		pkpc_read_error(r, "an integer");
	errno = 0;
	v = strtoll(r->p, &end, 10);
	if (end == r->p || errno != 0 || v < min || v > max)
		pkpc_read_error(r, "an integer in range");
	r->p = end;
	return (int64) v;
}

/* A finite double, right at the cursor, ending at ',', a space or the end. */
double
pkpc_read_double(PkpcReader *r)
{
	const char *q = r->p;
	char	   *num;
	char	   *end;
	bool		have_error = false;
	double		v;
#if PG_VERSION_NUM >= 160000
	ErrorSaveContext escontext = {T_ErrorSaveContext};
#endif

	while (*q && *q != ',' && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r')
		q++;
	if (q == r->p)
		pkpc_read_error(r, "a number");
	num = pnstrdup(r->p, q - r->p);
	/* PostgreSQL 16 reports a soft error through an ErrorSaveContext. */
#if PG_VERSION_NUM >= 160000
	v = float8in_internal(num, &end, r->typname, r->input, (Node *) &escontext);
	have_error = escontext.error_occurred;
#else
	v = float8in_internal_opt_error(num, &end, r->typname, r->input, &have_error);
#endif
	if (have_error || *end != '\0' || !isfinite(v))
		pkpc_read_error(r, "a finite number");
	pfree(num);
	r->p = q;
	return v;
}

/* A double-quoted string with \ escapes, right at the cursor. */
char *
pkpc_read_quoted(PkpcReader *r, int *len)
{
	StringInfoData s;

	if (*r->p != '"')
		pkpc_read_error(r, "a double-quoted string");
	r->p++;
	initStringInfo(&s);
	while (*r->p != '"')
	{
		if (*r->p == '\\')
			r->p++;
		if (*r->p == '\0')
			pkpc_read_error(r, "a closing double quote");
		appendStringInfoChar(&s, *r->p++);
	}
	r->p++;
	*len = s.len;
	return s.data;
}

/*
 * kind_key=<kind> [type_key="<type>"]: the kind of a set of labels, and for
 * the polymorphic fallback the label type by name (portable between servers
 * that have the type).
 */
void
pkpc_read_label_kind(PkpcReader *r, const char *kind_key, const char *type_key,
					 PkpcLabelKind *kind, Oid *typid)
{
	char	   *word;
	int			len;

	pkpc_read_expect(r, psprintf("%s=", kind_key));
	word = pnstrdup(r->p, strcspn(r->p, " \t\n\r"));
	r->p += strlen(word);
	*kind = pkpc_label_kind_from_name(word);
	if ((int) *kind < 0)
		pkpc_read_error(r, "a label kind");
	*typid = InvalidOid;
	if (*kind == PKPC_LABEL_OTHER)
	{
		pkpc_read_expect(r, psprintf("%s=", type_key));
		word = pkpc_read_quoted(r, &len);
		*typid = DatumGetObjectId(DirectFunctionCall1(regtypein, CStringGetDatum(word)));
	}
}

/*
 * One label of the given kind, right at the cursor: a quoted string (text,
 * other), true/false, an integer, or '-' for an unlabelled group.
 */
void
pkpc_read_label(PkpcReader *r, PkpcLabelKind kind, int64 *ival, char **str, int *len)
{
	*ival = 0;
	*str = NULL;
	*len = -1;
	switch (kind)
	{
		case PKPC_LABEL_TEXT:
		case PKPC_LABEL_OTHER:
			*str = pkpc_read_quoted(r, len);
			break;
		case PKPC_LABEL_BOOL:
			if (pkpc_read_accept(r, "true"))
				*ival = 1;
			else
				pkpc_read_expect(r, "false");
			break;
		case PKPC_LABEL_INT:
			*ival = pkpc_read_int64(r, PG_INT64_MIN, PG_INT64_MAX);
			break;
		case PKPC_LABEL_NONE:
			pkpc_read_expect(r, "-");
			break;
	}
}

void
pkpc_read_end(PkpcReader *r)
{
	pkpc_read_skip_space(r);
	if (*r->p != '\0')
		pkpc_read_error(r, "end of input");
}

void
pkpc_write_double(StringInfo buf, double v)
{
	char		s[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, s);
	appendStringInfoString(buf, s);
}

void
pkpc_write_quoted(StringInfo buf, const char *s, int len)
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

/* " kind_key=<kind>" and, for the fallback kind, " type_key=\"<type>\"" */
void
pkpc_write_label_kind(StringInfo buf, const char *kind_key, const char *type_key,
					  PkpcLabelKind kind, Oid typid)
{
	appendStringInfo(buf, " %s=%s", kind_key, pkpc_label_kind_name(kind));
	if (kind == PKPC_LABEL_OTHER)
	{
		char	   *tn = format_type_be_qualified(typid);

		appendStringInfo(buf, " %s=", type_key);
		pkpc_write_quoted(buf, tn, strlen(tn));
	}
}

void
pkpc_write_label(StringInfo buf, PkpcLabelKind kind, const PkpcLabel *lab)
{
	if (lab->str != NULL)
		pkpc_write_quoted(buf, lab->str, lab->len);
	else if (kind == PKPC_LABEL_NONE)
		appendStringInfoChar(buf, '-');
	else
		appendStringInfoString(buf, pkpc_label_cstring(kind, lab));
}
