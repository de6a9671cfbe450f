/*-------------------------------------------------------------------------
 *
 * result.c
 *	  Building the composite `<function>_result` values.
 *
 * Fields are set by name, so that the C code cannot silently drift from the
 * field order of the SQL type; a field left unset is NULL, which is how an
 * undefined statistic is reported (too little data gives a row with the
 * counts filled, the undefined statistics NULL and a note, never an error,
 * so that one thin subgroup does not abort a GROUP BY report).  A NaN float
 * becomes NULL for the same reason.
 *
 * src/result.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "result.h"
#include "state.h"

void
pkpc_result_init(PkpcResult *res, FunctionCallInfo fcinfo)
{
	int			i;

	/* cannot happen: every final function is declared to return a row type */
	if (get_call_result_type(fcinfo, NULL, &res->tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	res->tupdesc = BlessTupleDesc(res->tupdesc);
	res->values = palloc0(sizeof(Datum) * res->tupdesc->natts);
	res->nulls = palloc(sizeof(bool) * res->tupdesc->natts);
	for (i = 0; i < res->tupdesc->natts; i++)
		res->nulls[i] = true;
	pkpc_notes_init(&res->notes);
}

/*
 * The index of a result field.  The elogs cannot happen: the field names
 * and types are those of the extension's own install script, which the
 * regression tests exercise for every field.
 */
static int
field_index(PkpcResult *res, const char *field, Oid typid)
{
	int			i;

	for (i = 0; i < res->tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(res->tupdesc, i);

		if (strcmp(NameStr(att->attname), field) == 0)
		{
			if (att->atttypid != typid)
				elog(ERROR, "field \"%s\" has type %u, expected %u",
					 field, att->atttypid, typid);
			return i;
		}
	}
	elog(ERROR, "result type has no field \"%s\"", field);
	return -1;					/* keep compiler quiet */
}

/* Set a float8 field; NaN (an undefined statistic) leaves it NULL. */
void
pkpc_result_float8(PkpcResult *res, const char *field, double value)
{
	int			i = field_index(res, field, FLOAT8OID);

	res->nulls[i] = isnan(value);
	res->values[i] = Float8GetDatum(isnan(value) ? 0.0 : value);
}

void
pkpc_result_int64(PkpcResult *res, const char *field, int64 value)
{
	int			i = field_index(res, field, INT8OID);

	res->nulls[i] = false;
	res->values[i] = Int64GetDatum(value);
}

/* Set a text field; a NULL pointer leaves it NULL. */
void
pkpc_result_text(PkpcResult *res, const char *field, const char *value)
{
	int			i = field_index(res, field, TEXTOID);

	res->nulls[i] = (value == NULL);
	if (value != NULL)
		res->values[i] = CStringGetTextDatum(value);
}

/* Form the row, with the accumulated notes in the field `notes`. */
Datum
pkpc_result_datum(PkpcResult *res)
{
	int			i = field_index(res, "notes", TEXTARRAYOID);

	res->nulls[i] = false;
	res->values[i] = pkpc_notes_datum(&res->notes);
	return HeapTupleGetDatum(heap_form_tuple(res->tupdesc, res->values, res->nulls));
}

/*
 * Put the labels and sizes of a two-group state into the result; false
 * (with a note) unless both groups are present.
 */
bool
pkpc_result_two_groups(PkpcResult *res, PkpcState *st, Oid collation)
{
	int			i;

	pkpc_state_order_groups(st, collation);
	pkpc_result_int64(res, "n_skipped", st->n_skipped);
	pkpc_result_int64(res, "n1", st->labels.n > 0 ? st->groups[0].n : 0);
	pkpc_result_int64(res, "n2", st->labels.n > 1 ? st->groups[1].n : 0);
	for (i = 0; i < st->labels.n; i++)
		pkpc_result_text(res, i == 0 ? "group1" : "group2",
						 pkpc_state_label_cstring(st, i));
	if (st->labels.n == 2)
		return true;
	pkpc_note(&res->notes, st->labels.n == 0 ? "no rows with both a value and a group label"
			  : "only one group label present: the test needs two");
	return false;
}

