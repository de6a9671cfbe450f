/*-------------------------------------------------------------------------
 *
 * args.c
 *	  Validation of measured values and test parameters.
 *
 * One checker per kind of argument, so that every function of pkpcohort
 * rejects the same bad input with the same message: non-finite measured
 * values are a data error (class 22) naming the function and the value;
 * parameters outside their domain are invalid_parameter_value (22023).
 *
 * src/args.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "utils/builtins.h"

#include "args.h"

/*
 * Reject NaN and +-Infinity in a measured value.  A statistic over such a
 * value is meaningless, and silently dropping the row would change n.
 */
void
pkpc_check_finite(const char *fname, double value)
{
	if (likely(isfinite(value)))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s does not accept the non-finite value %s",
					fname, isnan(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity")),
			 errhint("Exclude such rows, for example with FILTER (WHERE value NOT IN ('NaN', 'Infinity', '-Infinity')).")));
}

/* Parse 'two-sided', 'less' or 'greater' (R's spellings). */
PkpcAlternative
pkpc_parse_alternative(const char *fname, text *alt)
{
	char	   *s = text_to_cstring(alt);
	PkpcAlternative result;

	if (strcmp(s, "two-sided") == 0 || strcmp(s, "two.sided") == 0)
		result = PKPC_TWO_SIDED;
	else if (strcmp(s, "less") == 0)
		result = PKPC_LESS;
	else if (strcmp(s, "greater") == 0)
		result = PKPC_GREATER;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid alternative \"%s\" for %s", s, fname),
				 errhint("Use 'two-sided', 'less' or 'greater'.")));
	pfree(s);
	return result;
}

const char *
pkpc_alternative_name(PkpcAlternative alt)
{
	switch (alt)
	{
		case PKPC_LESS:
			return "less";
		case PKPC_GREATER:
			return "greater";
		case PKPC_TWO_SIDED:
			break;
	}
	return "two-sided";
}

/* A confidence level must lie strictly between 0 and 1. */
double
pkpc_check_conf_level(const char *fname, double conf_level)
{
	if (!(conf_level > 0.0 && conf_level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence level %g for %s is out of range", conf_level, fname),
				 errdetail("The confidence level must lie strictly between 0 and 1.")));
	return conf_level;
}

/*
 * Sums of squares of values near the top of the double range overflow (R
 * returns Inf or NaN there).  Rather than report a meaningless t, say so:
 * a data error, like a non-finite input.
 */
void
pkpc_check_finite_stats(const char *fname, const double *stats, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (unlikely(!isfinite(stats[i])))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("values are too large in magnitude for %s", fname),
					 errdetail("A variance exceeds the double range."),
					 errhint("Rescale the values, for example to other units.")));
}
