/*-------------------------------------------------------------------------
 *
 * result.h
 *	  Building the composite `<function>_result` values.
 *
 * src/result.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_RESULT_H
#define PKPC_RESULT_H

#include "fmgr.h"
#include "access/tupdesc.h"

#include "notes.h"

typedef struct PkpcResult
{
	TupleDesc	tupdesc;
	Datum	   *values;
	bool	   *nulls;
	PkpcNotes	notes;
} PkpcResult;

extern void pkpc_result_init(PkpcResult *res, FunctionCallInfo fcinfo);
extern void pkpc_result_float8(PkpcResult *res, const char *field, double value);
extern void pkpc_result_int64(PkpcResult *res, const char *field, int64 value);
extern void pkpc_result_text(PkpcResult *res, const char *field, const char *value);
extern Datum pkpc_result_datum(PkpcResult *res);

struct PkpcState;
extern bool pkpc_result_two_groups(PkpcResult *res, struct PkpcState *st,
								   Oid collation);

#endif							/* PKPC_RESULT_H */
