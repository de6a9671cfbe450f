/*-------------------------------------------------------------------------
 *
 * p_adjust.c
 *	  p_adjust: p-values adjusted for multiple testing, as a window
 *	  function over its partition and over an array (the adjustment itself
 *	  is p_adjust_core.c).
 *
 * p_adjust(p, method) OVER (PARTITION BY ...) gives each row its adjusted
 * p among the non-NULL p of its partition, whatever the window's ORDER BY
 * or frame: on the first row of a partition every p of the partition is
 * read, validated and sorted (radix sort), the adjusted values are
 * computed once, and each row then looks its own p up by binary search
 * (tied p-values share their adjusted value).  A NULL p stays NULL and is
 * not counted in n, as R's p.adjust does with NA.  Work O(n log n) per
 * partition (including Hommel's method), memory 16 bytes per row of the
 * partition (Hommel's method: about 80), in the partition's own memory.
 *
 * p_adjust(p float8[], method) does the same over the elements of an
 * array, keeping its shape and its NULLs.
 *
 * src/p_adjust.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "args.h"
#include "p_adjust_core.h"
#include "sort.h"

static PkpcPAdjustMethod
parse_method(text *t)
{
	PkpcPAdjustMethod m;

	if (!pkpc_p_adjust_method(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &m))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid method \"%s\" for p_adjust", text_to_cstring(t)),
				 errhint("Use 'holm', 'hochberg', 'hommel', 'bonferroni', 'BH' (or 'fdr'), 'BY' or 'none', as R's p.adjust.")));
	return m;
}

/* A p-value must be a number in [0, 1]; -0 is read as 0. */
static double
check_p(double p)
{
	pkpc_check_finite("p_adjust", p);
	if (p < 0.0 || p > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("p_adjust expects p-values between 0 and 1, got %g", p),
				 errhint("Exclude such rows, for example with FILTER or a CASE expression that yields NULL.")));
	return p == 0.0 ? 0.0 : p;
}

/* ---- window function ---- */

/* What one partition keeps (partition-local memory). */
typedef struct PAdjustPartition
{
	bool		ready;
	PkpcPAdjustMethod method;
	int			method_len;
	char	   *method_name;	/* bytes of the method argument */
	int64		n;				/* non-NULL p-values */
	double	   *p;				/* sorted */
	double	   *adj;
} PAdjustPartition;

static void
partition_compute(WindowObject winobj, PAdjustPartition *part, text *method)
{
	MemoryContext cxt = GetMemoryChunkContext(part);
	int64		rows = WinGetPartitionRowCount(winobj);
	int64		i;

	part->method = parse_method(method);
	part->method_len = VARSIZE_ANY_EXHDR(method);
	part->method_name = MemoryContextAlloc(cxt, Max(1, part->method_len));
	memcpy(part->method_name, VARDATA_ANY(method), part->method_len);
	part->p = MemoryContextAllocHuge(cxt, sizeof(double) * Max(1, rows));
	part->n = 0;
	for (i = 0; i < rows; i++)
	{
		bool		isnull;
		bool		isout;
		Datum		d = WinGetFuncArgInPartition(winobj, 0, i, WINDOW_SEEK_HEAD,
												 false, &isnull, &isout);

		if (!isnull)
			part->p[part->n++] = check_p(DatumGetFloat8(d));
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pkpc_sort_doubles(part->p, part->n);
	part->adj = MemoryContextAllocHuge(cxt, sizeof(double) * Max(1, part->n));
	pkpc_p_adjust_sorted(part->p, part->n, part->method, part->adj);
	part->ready = true;
}

PG_FUNCTION_INFO_V1(p_adjust_window);

/* p_adjust(p float8, method text) OVER (...) */
Datum
p_adjust_window(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	PAdjustPartition *part;
	bool		pnull;
	bool		mnull;
	Datum		pd;
	Datum		md;
	text	   *method;

	part = (PAdjustPartition *) WinGetPartitionLocalMemory(winobj, sizeof(PAdjustPartition));
	md = WinGetFuncArgCurrent(winobj, 1, &mnull);
	if (mnull)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("method of p_adjust must not be null")));
	method = DatumGetTextPP(md);
	if (!part->ready)
		partition_compute(winobj, part, method);
	else if ((int) VARSIZE_ANY_EXHDR(method) != part->method_len ||
			 memcmp(VARDATA_ANY(method), part->method_name, part->method_len) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the method of p_adjust must be the same for every row of a partition"),
				 errdetail("Rows of one partition asked for \"%s\" and \"%s\".",
						   pnstrdup(part->method_name, part->method_len),
						   text_to_cstring(method))));
	pd = WinGetFuncArgCurrent(winobj, 0, &pnull);
	if (pnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(pkpc_p_adjust_lookup(part->p, part->adj, part->n,
										  check_p(DatumGetFloat8(pd))));
}

/* ---- array form ---- */

PG_FUNCTION_INFO_V1(p_adjust_array);

/* p_adjust(p float8[], method text) -> float8[] of the same shape */
Datum
p_adjust_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	PkpcPAdjustMethod method = parse_method(PG_GETARG_TEXT_PP(1));
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	double	   *sorted;
	double	   *adj;
	int64		n = 0;
	int			i;

	if (ARR_ELEMTYPE(arr) != FLOAT8OID)
		elog(ERROR, "p_adjust expects a float8 array");
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &nelems);
	sorted = palloc(sizeof(double) * Max(1, nelems));
	for (i = 0; i < nelems; i++)
		if (!nulls[i])
			sorted[n++] = check_p(DatumGetFloat8(elems[i]));
	pkpc_sort_doubles(sorted, n);
	adj = palloc(sizeof(double) * Max(1, n));
	pkpc_p_adjust_sorted(sorted, n, method, adj);
	for (i = 0; i < nelems; i++)
		if (!nulls[i])
			elems[i] = Float8GetDatum(pkpc_p_adjust_lookup(sorted, adj, n,
														   check_p(DatumGetFloat8(elems[i]))));
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, ARR_NDIM(arr), ARR_DIMS(arr),
											 ARR_LBOUND(arr), FLOAT8OID, sizeof(float8),
											 FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
