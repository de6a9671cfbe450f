/*-------------------------------------------------------------------------
 *
 * result_array.c
 *	  Array fields of the composite `<function>_result` values: one element
 *	  per group, level or covariate.
 *
 * Fields are found by name and type, as in result.c.  A NaN element (an
 * undefined statistic, e.g. the coefficient of an aliased covariate) is a
 * NULL element, so that an array keeps its positions.
 *
 * src/result_array.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "result_array.h"

static int
array_field(PkpcResult *res, const char *field, Oid arraytype)
{
	int			i;

	for (i = 0; i < res->tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(res->tupdesc, i);

		if (strcmp(NameStr(att->attname), field) == 0)
		{
			if (att->atttypid != arraytype)
				elog(ERROR, "field \"%s\" has type %u, expected %u",
					 field, att->atttypid, arraytype);
			return i;
		}
	}
	elog(ERROR, "result type has no field \"%s\"", field);
	return -1;					/* keep compiler quiet */
}

void
pkpc_result_float8_array(PkpcResult *res, const char *field,
						 const double *values, int n)
{
	int			f = array_field(res, field, FLOAT8ARRAYOID);
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(n, 1));
	int			dims[1] = {n};
	int			lbs[1] = {1};
	int			i;

	for (i = 0; i < n; i++)
	{
		nulls[i] = isnan(values[i]);
		d[i] = Float8GetDatum(nulls[i] ? 0.0 : values[i]);
	}
	res->values[f] = PointerGetDatum(construct_md_array(d, nulls, 1, dims, lbs,
														FLOAT8OID, 8, FLOAT8PASSBYVAL,
														TYPALIGN_DOUBLE));
	res->nulls[f] = false;
}

void
pkpc_result_int64_array(PkpcResult *res, const char *field,
						const int64 *values, int n)
{
	int			f = array_field(res, field, INT8ARRAYOID);
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	int			i;

	for (i = 0; i < n; i++)
		d[i] = Int64GetDatum(values[i]);
	res->values[f] = PointerGetDatum(construct_array(d, n, INT8OID, 8, FLOAT8PASSBYVAL,
													 TYPALIGN_DOUBLE));
	res->nulls[f] = false;
}

void
pkpc_result_text_array(PkpcResult *res, const char *field, char **values, int n)
{
	int			f = array_field(res, field, TEXTARRAYOID);
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	int			i;

	for (i = 0; i < n; i++)
		d[i] = CStringGetTextDatum(values[i]);
	res->values[f] = PointerGetDatum(construct_array(d, n, TEXTOID, -1, false,
													 TYPALIGN_INT));
	res->nulls[f] = false;
}
