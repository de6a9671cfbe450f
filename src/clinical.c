/*-------------------------------------------------------------------------
 *
 * clinical.c
 *	  Clinical measures of the study: vertebral body height ratio, SINS
 *	  location, Oswestry Disability Index, VAS pain category.
 *
 * - vbh_ratio: vertebral body height restoration as in the study's Fig. 2,
 *	 B / ((A + C) / 2) x 100 with A, C the anterior heights of the vertebrae
 *	 above and below and B the treated one; or fractured / normal x 100.
 * - sins_location: the location component of the Spinal Instability
 *	 Neoplastic Score (Fisher et al., Spine 2010;35:E1221-9): junctional
 *	 (occiput-C2, C7-T2, T11-L1, L5-S1) 3, mobile (C3-C6, L2-L4) 2,
 *	 semi-rigid (T3-T10) 1, rigid (S2-S5) 0.
 * - odi_percent: Oswestry Disability Index (Fairbank & Pynsent, Spine
 *	 2000;25:2940-52): sum of the answered section scores / (5 x answered
 *	 sections) x 100.
 * - vas_category: none / mild / moderate / severe pain on a 0-10 scale.
 *
 * src/clinical.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>
#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

/* ---- vbh_ratio ---- */

static void
check_height(const char *what, double h)
{
	if (!isfinite(h) || !(h > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s height %g for vbh_ratio", what, h),
				 errhint("Vertebral body heights must be finite and greater than zero.")));
}

static Datum
ratio_result(double r)
{
	if (!isfinite(r))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("vbh_ratio is out of range for type double precision")));
	return Float8GetDatum(r);
}

PG_FUNCTION_INFO_V1(vbh_ratio2);

/* vbh_ratio(fractured, normal) = fractured / normal x 100 */
Datum
vbh_ratio2(PG_FUNCTION_ARGS)
{
	double		fractured = PG_GETARG_FLOAT8(0);
	double		normal = PG_GETARG_FLOAT8(1);

	check_height("fractured", fractured);
	check_height("normal", normal);
	return ratio_result(fractured / normal * 100.0);
}

PG_FUNCTION_INFO_V1(vbh_ratio3);

/* vbh_ratio(upper, index, lower) = B / ((A + C) / 2) x 100 */
Datum
vbh_ratio3(PG_FUNCTION_ARGS)
{
	double		upper = PG_GETARG_FLOAT8(0);
	double		index = PG_GETARG_FLOAT8(1);
	double		lower = PG_GETARG_FLOAT8(2);

	check_height("upper", upper);
	check_height("index", index);
	check_height("lower", lower);
	/* halves first: (A + C) could overflow */
	return ratio_result(index / (upper / 2.0 + lower / 2.0) * 100.0);
}

/* ---- sins_location ---- */

/*
 * A level as a position in cranio-caudal order: occiput 0, C1-C7 1-7,
 * T1-T12 8-19, L1-L5 20-24, S1-S5 25-29.
 */
#define SINS_NLEVELS 30

static int
sins_points(int pos)
{
	if (pos <= 2 || pos == 7 || pos == 8 || pos == 9 ||
		(pos >= 18 && pos <= 20) || pos == 24 || pos == 25)
		return 3;				/* junctional */
	if ((pos >= 3 && pos <= 6) || (pos >= 21 && pos <= 23))
		return 2;				/* mobile */
	if (pos >= 10 && pos <= 17)
		return 1;				/* semi-rigid */
	return 0;					/* rigid: S2-S5 */
}

static const char *
sins_class(int points)
{
	static const char *const names[] = {"rigid", "semi-rigid", "mobile", "junctional"};

	return names[points];
}

/*
 * The message quotes at most the first 40 bytes of the input (cut at a
 * character boundary): a level is a few characters, and a message must not
 * grow with whatever text was passed.
 */
#define SINS_QUOTED_MAX	40

static void
unknown_level(const char *level)
{
	int			len = strlen(level);

	if (len > SINS_QUOTED_MAX)
		len = pg_mbcliplen(level, len, SINS_QUOTED_MAX);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown spinal level \"%.*s%s\" for sins_location", len, level,
					level[len] != '\0' ? "..." : ""),
			 errhint("Use a level such as 'T12', 'C2', 'L5', 'S1' or 'occiput', or a range such as 'L5-S1'.")));
}

/*
 * Parse one level at *p (spaces already skipped): "occiput" / "occ" / "C0",
 * or C1-C7, T1-T12 (also "Th"), L1-L5, S1-S5, case-insensitive, with an
 * optional space between letter and number.  Returns its position, or -1.
 */
static int
parse_level(const char **p)
{
	const char *s = *p;
	char		region = tolower((unsigned char) *s);
	int			num = 0;
	int			ndigits = 0;
	int			base;
	int			max;

	if (pg_strncasecmp(s, "occiput", 7) == 0)
	{
		*p = s + 7;
		return 0;
	}
	if (pg_strncasecmp(s, "occ", 3) == 0)
	{
		*p = s + 3;
		return 0;
	}
	switch (region)
	{
		case 'c':
			base = 0;
			max = 7;
			break;
		case 't':
			base = 7;
			max = 12;
			break;
		case 'l':
			base = 19;
			max = 5;
			break;
		case 's':
			base = 24;
			max = 5;
			break;
		default:
			return -1;
	}
	s++;
	if (region == 't' && tolower((unsigned char) *s) == 'h')
		s++;
	if (*s == ' ')
		s++;
	while (isdigit((unsigned char) *s) && ndigits < 3)
	{
		num = num * 10 + (*s++ - '0');
		ndigits++;
	}
	if (ndigits == 0 || isdigit((unsigned char) *s))
		return -1;
	if (region == 'c' && num == 0)
	{
		*p = s;
		return 0;
	}
	if (num < 1 || num > max)
		return -1;
	*p = s;
	return base + num;
}

static const char *
skip_spaces(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/*
 * A level or a range of levels: "T12", "L5-S1", "T11 - L1", "C7/T1",
 * "L5–S1" (en dash).  A range scores as its highest-scoring level.
 */
static int
parse_levels(const char *level)
{
	const char *s = skip_spaces(level);
	int			first = parse_level(&s);
	int			last;
	int			best;
	int			i;

	if (first < 0)
		unknown_level(level);
	s = skip_spaces(s);
	if (*s == '\0')
		return sins_points(first);
	if (*s == '-' || *s == '/')
		s++;
	else if (strncmp(s, "\xe2\x80\x93", 3) == 0)
		s += 3;
	else
		unknown_level(level);
	s = skip_spaces(s);
	last = parse_level(&s);
	if (last < 0 || *skip_spaces(s) != '\0' || last < first)
		unknown_level(level);
	best = 0;
	for (i = first; i <= last; i++)
		best = Max(best, sins_points(i));
	return best;
}

PG_FUNCTION_INFO_V1(sins_location);

Datum
sins_location(PG_FUNCTION_ARGS)
{
	char	   *level = text_to_cstring(PG_GETARG_TEXT_PP(0));
	int			points = parse_levels(level);
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	/* cannot happen: the SQL declaration returns sins_location_result */
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = CStringGetTextDatum(sins_class(points));
	values[1] = Int32GetDatum(points);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---- odi_percent ---- */

#define ODI_SECTIONS	10

PG_FUNCTION_INFO_V1(odi_percent);

Datum
odi_percent(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	int			answered = 0;
	int			sum = 0;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("odi_percent expects a one-dimensional array of section scores")));
	/* checked before the array is taken apart, whatever its size */
	n = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	if (n <= ODI_SECTIONS)
		deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT,
						  &elems, &nulls, &n);
	if (n > ODI_SECTIONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("odi_percent expects at most %d section scores, got %d",
						ODI_SECTIONS, n)));
	for (i = 0; i < n; i++)
	{
		int32		v;

		if (nulls[i])
			continue;
		v = DatumGetInt32(elems[i]);
		if (v < 0 || v > 5)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid score %d in section %d for odi_percent", v, i + 1),
					 errhint("Each Oswestry section is scored 0 to 5; leave unanswered sections NULL.")));
		sum += v;
		answered++;
	}
	if (answered == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * sum / (5.0 * answered));
}

/* ---- vas_category ---- */

static int
numeric_cmp_cstr(Numeric x, const char *c)
{
	Datum		y = DirectFunctionCall3(numeric_in, CStringGetDatum(c),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));

	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(x), y));
}

PG_FUNCTION_INFO_V1(vas_category);

/*
 * none 0, mild 1-3, moderate 4-6, severe 7-10 on the score rounded half up
 * to an integer: [0, 0.5) none, [0.5, 3.5) mild, [3.5, 6.5) moderate,
 * [6.5, 10] severe.  Compared as numeric, so 3.4999999999999999 is mild.
 */
Datum
vas_category(PG_FUNCTION_ARGS)
{
	Numeric		x = PG_GETARG_NUMERIC(0);

	if (numeric_is_nan(x) || numeric_is_inf(x) ||
		numeric_cmp_cstr(x, "0") < 0 || numeric_cmp_cstr(x, "10") > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid VAS score %s for vas_category",
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(x)))),
				 errhint("The visual analogue scale runs from 0 to 10.")));
	if (numeric_cmp_cstr(x, "0.5") < 0)
		PG_RETURN_TEXT_P(cstring_to_text("none"));
	if (numeric_cmp_cstr(x, "3.5") < 0)
		PG_RETURN_TEXT_P(cstring_to_text("mild"));
	if (numeric_cmp_cstr(x, "6.5") < 0)
		PG_RETURN_TEXT_P(cstring_to_text("moderate"));
	PG_RETURN_TEXT_P(cstring_to_text("severe"));
}
