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
#include "utils/lsyscache.h"

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
 * Labels of the polymorphic fallback can be read back only for the types
 * whose input functions are the server's own (labels.c explains why).
 */
void
pkpc_check_label_type(const PkpcLabelType *type, const char *typname)
{
	if (!pkpc_label_type_portable(type))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("a %s with group labels of type %s has no text or binary form",
						typname, format_type_be(type->typid)),
				 errdetail("Only labels of built-in types and enums can be written and read back."),
				 errhint("Cast the label to text in the aggregate call.")));
}

/*
 * kind_key=<kind> [type_key="<type>"]: the type of a set of labels; for the
 * polymorphic fallback the label type by name (portable between servers
 * that have the type).
 */
void
pkpc_read_label_type(PkpcReader *r, const char *kind_key, const char *type_key,
					 PkpcLabelType *type)
{
	PkpcLabelKind kind;
	int			len;
	char	   *word;
	Oid			typid;

	pkpc_read_expect(r, psprintf("%s=", kind_key));
	len = strcspn(r->p, " \t\n\r");
	kind = pkpc_label_kind_from_name(r->p, len);
	if ((int) kind < 0)
		pkpc_read_error(r, "a label kind");
	r->p += len;
	memset(type, 0, sizeof(*type));
	type->kind = kind;
	if (kind != PKPC_LABEL_OTHER)
		return;
	pkpc_read_expect(r, psprintf("%s=", type_key));
	word = pkpc_read_quoted(r, &len);
	typid = DatumGetObjectId(DirectFunctionCall1(regtypein, CStringGetDatum(word)));
	if (getBaseType(typid) != typid)
		pkpc_read_error(r, "a label type that is not a domain");
	pkpc_label_type_from_oid(typid, type);
	if (type->kind != PKPC_LABEL_OTHER)
		pkpc_read_error(r, psprintf("labels=%s for labels of type %s",
									pkpc_label_kind_name(type->kind), word));
	pkpc_check_label_type(type, r->typname);
}

/*
 * One label of the given type, right at the cursor: a quoted string (text,
 * other: its type's text form), true/false, an integer, or '-' for an
 * unlabelled group.
 */
PkpcLabel
pkpc_read_label(PkpcReader *r, const PkpcLabelType *type)
{
	PkpcLabel	lab = {0, NULL, 0, (Datum) 0};
	char	   *str;
	int			len;

	switch (type->kind)
	{
		case PKPC_LABEL_TEXT:
		case PKPC_LABEL_OTHER:
			str = pkpc_read_quoted(r, &len);
			if (memchr(str, '\0', len) != NULL)
				pkpc_read_error(r, "a label without zero bytes");
			if (type->kind == PKPC_LABEL_OTHER)
				return pkpc_label_from_cstring(type, str);
			lab.str = str;
			lab.len = len;
			break;
		case PKPC_LABEL_BOOL:
			if (pkpc_read_accept(r, "true"))
				lab.ival = 1;
			else
				pkpc_read_expect(r, "false");
			break;
		case PKPC_LABEL_INT:
			lab.ival = pkpc_read_int64(r, PG_INT64_MIN, PG_INT64_MAX);
			break;
		case PKPC_LABEL_NONE:
			pkpc_read_expect(r, "-");
			break;
	}
	return lab;
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
pkpc_write_label_type(StringInfo buf, const char *kind_key, const char *type_key,
					  const PkpcLabelType *type, const char *typname)
{
	appendStringInfo(buf, " %s=%s", kind_key, pkpc_label_kind_name(type->kind));
	if (type->kind == PKPC_LABEL_OTHER)
	{
		char	   *tn;

		pkpc_check_label_type(type, typname);
		tn = format_type_be_qualified(type->typid);
		appendStringInfo(buf, " %s=", type_key);
		pkpc_write_quoted(buf, tn, strlen(tn));
	}
}

void
pkpc_write_label(StringInfo buf, const PkpcLabelType *type, const PkpcLabel *lab)
{
	switch (type->kind)
	{
		case PKPC_LABEL_TEXT:
			pkpc_write_quoted(buf, lab->str, lab->len);
			break;
		case PKPC_LABEL_OTHER:
			{
				char	   *s = pkpc_label_cstring(type, lab);

				pkpc_write_quoted(buf, s, strlen(s));
				break;
			}
		case PKPC_LABEL_NONE:
			appendStringInfoChar(buf, '-');
			break;
		default:
			appendStringInfoString(buf, pkpc_label_cstring(type, lab));
			break;
	}
}
