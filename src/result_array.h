/*-------------------------------------------------------------------------
 *
 * result_array.h
 *	  Array fields of the composite `<function>_result` values.
 *
 * src/result_array.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_RESULT_ARRAY_H
#define PKPC_RESULT_ARRAY_H

#include "result.h"

extern void pkpc_result_float8_array(PkpcResult *res, const char *field,
									 const double *values, int n);
extern void pkpc_result_int64_array(PkpcResult *res, const char *field,
									const int64 *values, int n);
extern void pkpc_result_text_array(PkpcResult *res, const char *field,
								   char **values, int n);

#endif							/* PKPC_RESULT_ARRAY_H */
