/*-------------------------------------------------------------------------
 *
 * reporting.c
 *	  Reporting helpers: mean_sd, count_pct and format_p print numbers the
 *	  way a results table does.
 *
 * mean_sd keeps the exact sums of x and x^2 in the shared state (state.c,
 * mean_sd_state; the digits are its option), so that the printed mean and
 * SD are the same for every plan and merge order, as the t-tests' are.
 * count_pct keeps {true rows, non-NULL rows, digits} in an int8[], a real
 * SQL type whose text form round-trips exactly, so the aggregate runs in
 * parallel and can be split by Citus; its transition and combine functions
 * update it in place when called as aggregates (as float8_accum does).
 *
 * Rounding: mean_sd prints with C's "%.*f", the correctly rounded decimal
 * of the binary double (as R's sprintf); count_pct rounds the exact
 * fraction k / n half up (as SPSS prints percentages), so 1 of 8 is 12.5%
 * and 1 of 16 at 1 digit is 6.3%.
 *
 * src/reporting.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "args.h"
#include "moments.h"
#include "state.h"

#define MAX_DIGITS		10

#define CP_TRUE		0
#define CP_N		1
#define CP_DIGITS	2
#define CP_LEN		3

/* The digits argument (argno), or the default when absent. */
static int
digits_arg(FunctionCallInfo fcinfo, int argno, const char *fname)
{
	int32		d;

	if (PG_NARGS() <= argno)
		return 1;
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("digits of %s must not be null", fname)));
	d = PG_GETARG_INT32(argno);
	if (d < 0 || d > MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid number of digits %d for %s", d, fname),
				 errhint("Use 0 to %d digits.", MAX_DIGITS)));
	return d;
}

/* Merge a digits setting into a state's; they must agree. */
static int64
merge_digits(int64 have, int64 d, const char *fname)
{
	if (have >= 0 && d >= 0 && have != d)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the digits of %s must be the same for every row", fname)));
	return have >= 0 ? have : d;
}

/*
 * The state array argument, writable in place inside an aggregate (as
 * float8_accum), else a copy; checked for shape.
 */
static ArrayType *
state_array(FunctionCallInfo fcinfo, int argno, Oid elemtype, int len,
			const char *fname)
{
	ArrayType  *a;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("state of %s must not be null", fname)));
	if (AggCheckCallContext(fcinfo, NULL))
		a = PG_GETARG_ARRAYTYPE_P(argno);
	else
		a = PG_GETARG_ARRAYTYPE_P_COPY(argno);
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != len || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != elemtype)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid state of %s", fname),
				 errdetail("The state must be an array of %d non-null elements.", len)));
	return a;
}

/* Append x with d decimals; a value that rounds to zero prints unsigned. */
static void
append_fixed(StringInfo buf, double x, int d)
{
	char	   *s = psprintf("%.*f", d, x);

	if (s[0] == '-' && strspn(s + 1, "0.") == strlen(s + 1))
		s++;
	appendStringInfoString(buf, s);
}

/* ---- mean_sd ---- */

PG_FUNCTION_INFO_V1(mean_sd_trans);

/* mean_sd_trans(mean_sd_state, value [, digits]) */
Datum
mean_sd_trans(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_MEAN_SD);
	int			d = digits_arg(fcinfo, 2, "mean_sd");
	double		x;

	pkpc_state_set_params(st, PKPC_TWO_SIDED, d, 0.95, NULL);
	if (PG_ARGISNULL(1))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("mean_sd", x);
	pkpc_group_add_moments(st, pkpc_state_single_group(st), x);
	return pkpc_state_return(st);
}

PG_FUNCTION_INFO_V1(mean_sd_final);

/* "mean ± SD"; "mean ± NA" for one value; NULL for none. */
Datum
mean_sd_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_MEAN_SD);
	PkpcMoments m;
	int			d;
	StringInfoData buf;

	if (pkpc_state_n(st) < 1)
		PG_RETURN_NULL();
	if (st->option > MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid number of digits %d for mean_sd", st->option)));
	d = st->params_set ? st->option : 1;
	pkpc_moments(&st->groups[0], &m, "mean_sd");
	initStringInfo(&buf);
	append_fixed(&buf, m.mean, d);
	appendStringInfoString(&buf, " \xc2\xb1 ");	/* U+00B1 plus-minus sign */
	if (m.n < 2)
		appendStringInfoString(&buf, "NA");
	else
		append_fixed(&buf, sqrt(m.var), d);
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(buf.data, buf.len, PG_UTF8)));
}

/* ---- count_pct ---- */

PG_FUNCTION_INFO_V1(count_pct_trans);

/* count_pct_trans(int8[], flag [, digits]) */
Datum
count_pct_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *a = state_array(fcinfo, 0, INT8OID, CP_LEN, "count_pct");
	int64	   *s = (int64 *) ARR_DATA_PTR(a);
	int			d = digits_arg(fcinfo, 2, "count_pct");

	s[CP_DIGITS] = merge_digits(s[CP_DIGITS], d, "count_pct");
	if (PG_ARGISNULL(1))
		PG_RETURN_ARRAYTYPE_P(a);
	if (PG_GETARG_BOOL(1))
		s[CP_TRUE]++;
	s[CP_N]++;
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(count_pct_combine);

Datum
count_pct_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = state_array(fcinfo, 0, INT8OID, CP_LEN, "count_pct");
	ArrayType  *b = state_array(fcinfo, 1, INT8OID, CP_LEN, "count_pct");
	int64	   *s = (int64 *) ARR_DATA_PTR(a);
	int64	   *t = (int64 *) ARR_DATA_PTR(b);

	s[CP_DIGITS] = merge_digits(s[CP_DIGITS], t[CP_DIGITS], "count_pct");
	if (pg_add_s64_overflow(s[CP_TRUE], t[CP_TRUE], &s[CP_TRUE]) ||
		pg_add_s64_overflow(s[CP_N], t[CP_N], &s[CP_N]))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("count_pct count is out of range for type bigint")));
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(count_pct_final);

/* "k (p%)" with p = 100 k / n rounded half up; NULL when n = 0. */
Datum
count_pct_final(PG_FUNCTION_ARGS)
{
	ArrayType  *a = state_array(fcinfo, 0, INT8OID, CP_LEN, "count_pct");
	int64	   *s = (int64 *) ARR_DATA_PTR(a);
	int64		k = s[CP_TRUE];
	int64		n = s[CP_N];
	int			d = s[CP_DIGITS] < 0 ? 1 : (int) s[CP_DIGITS];
	int128		scale = 1;
	int128		q;
	StringInfoData buf;
	int			i;

	if (k < 0 || n < 0 || k > n || s[CP_DIGITS] < -1 || s[CP_DIGITS] > MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid state of count_pct"),
				 errdetail("The state is {true rows, non-null rows, digits} with 0 <= true rows <= non-null rows and digits -1 to %d.",
						   MAX_DIGITS)));
	if (n < 1)
		PG_RETURN_NULL();
	for (i = 0; i < d; i++)
		scale *= 10;
	/* round(100 k 10^d / n), half up, exactly */
	q = ((int128) k * 200 * scale + n) / ((int128) 2 * n);
	initStringInfo(&buf);
	appendStringInfo(&buf, INT64_FORMAT " (" INT64_FORMAT, k, (int64) (q / scale));
	if (d > 0)
		appendStringInfo(&buf, ".%0*lld", d, (long long) (q % scale));
	appendStringInfoString(&buf, "%)");
	PG_RETURN_TEXT_P(cstring_to_text(buf.data));
}

/* ---- format_p ---- */

PG_FUNCTION_INFO_V1(format_p);

/*
 * p as journals print it: '<0.001' below 0.001; 3 decimals below 0.01
 * (but '0.01' rather than '0.010'); else 2 decimals ('1.00' for p near 1).
 */
Datum
format_p(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	char	   *s;

	if (isnan(p) || p < 0.0 || p > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid p-value %s for format_p", float8out_internal(p)),
				 errhint("A p-value lies between 0 and 1.")));
	if (p < 0.001)
		s = pstrdup("<0.001");
	else if (p < 0.01)
	{
		s = psprintf("%.3f", p);
		if (strcmp(s, "0.010") == 0)
			s = pstrdup("0.01");
	}
	else
		s = psprintf("%.2f", p);
	PG_RETURN_TEXT_P(cstring_to_text(s));
}
