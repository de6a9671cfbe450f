/*-------------------------------------------------------------------------
 *
 * ttest.c
 *	  paired_t, independent_t (Student and Welch) and t_test_from_summary.
 *
 * The t-tests need only fixed sufficient statistics per group: n and the
 * exact sums of x and x^2 (for pairs also of y, y^2 and x y), from which
 * moments.c derives means, variances and r with one rounding each, so the
 * result is the same for every plan.
 * Formulas follow R's t.test and cor.test (R 4.2.2, stats package); the
 * "essentially constant" rule is R's: a standard error below
 * 10 * DBL_EPSILON * |mean| leaves t undefined.
 *
 * src/ttest.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "args.h"
#include "distributions.h"
#include "moments.h"
#include "result.h"
#include "state.h"

/* Summary of two independent groups: what the t-tests need. */
typedef struct TwoSamples
{
	double		n1,
				mean1,
				var1;
	double		n2,
				mean2,
				var2;
	double		diff;			/* mean1 - mean2 */
} TwoSamples;

/*
 * Confidence interval for an estimate with standard error se and a
 * t (df finite) or normal (df = 0) reference distribution, as R's t.test:
 * one-sided intervals have an infinite end.
 */
static void
t_interval(double est, double se, double df, PkpcAlternative alt,
		   double conf, double *lo, double *hi)
{
	double		q;

	*lo = -INFINITY;
	*hi = INFINITY;
	if (alt == PKPC_TWO_SIDED)
	{
		q = pkpc_t_quantile(1.0 - (1.0 - conf) / 2.0, df);
		*lo = est - q * se;
		*hi = est + q * se;
	}
	else
	{
		q = pkpc_t_quantile(conf, df);
		if (alt == PKPC_LESS)
			*hi = est + q * se;
		else
			*lo = est - q * se;
	}
}

/* R's "data are essentially constant" test. */
static bool
essentially_constant(double se, double scale)
{
	return !(se > 0.0) || se < 10.0 * DBL_EPSILON * fabs(scale);
}

/* ---- paired_t ---- */

PG_FUNCTION_INFO_V1(paired_t_trans);

/* paired_t_trans(state, x, y [, alternative [, conf_level]]) */
Datum
paired_t_trans(PG_FUNCTION_ARGS)
{
	return pkpc_pair_trans(fcinfo, PKPC_TAG_PAIRED_T, true);
}

/*
 * Pearson's r of x and y (SPSS prints it with the paired test) and
 * cor.test's p under the test's alternative: the alternative argument sets
 * the tail of every p field of a result, r_p_value included.
 */
static void
paired_correlation(PkpcResult *res, const PkpcPairedMoments *m, PkpcAlternative alt)
{
	int64		n = m->x.n;
	double		r = m->r;
	double		t;

	if (isnan(r))
	{
		pkpc_note(&res->notes, "correlation undefined: x or y is constant");
		return;
	}
	pkpc_result_float8(res, "r", r);
	if (n < 3)
		return;
	t = sqrt((double) (n - 2)) * r / sqrt(1.0 - r * r);
	pkpc_result_float8(res, "r_p_value", pkpc_p_from_t(t, n - 2, alt));
}

PG_FUNCTION_INFO_V1(paired_t_final);

Datum
paired_t_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcPairedMoments m;
	int64		n;
	double		mean_d,
				sd_d,
				se,
				t,
				lo,
				hi;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_PAIRED_T);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (n == 0)
	{
		pkpc_note(&res.notes, "no complete pairs");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_paired_moments(&st->groups[0], &m, "paired_t");
	mean_d = m.d.mean;
	pkpc_result_float8(&res, "mean_x", m.x.mean);
	pkpc_result_float8(&res, "mean_y", m.y.mean);
	pkpc_result_float8(&res, "mean_diff", mean_d);
	if (n < 2)
	{
		pkpc_note(&res.notes, "fewer than 2 pairs: t undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	sd_d = sqrt(m.d.var);
	se = sd_d / sqrt((double) n);
	pkpc_result_float8(&res, "sd_diff", sd_d);
	pkpc_result_float8(&res, "se", se);
	pkpc_result_float8(&res, "df", (double) (n - 1));
	paired_correlation(&res, &m, st->alternative);
	if (essentially_constant(se, mean_d))
	{
		pkpc_note(&res.notes, "the differences are essentially constant: t undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	t = mean_d / se;
	pkpc_result_float8(&res, "t", t);
	pkpc_result_float8(&res, "p_value", pkpc_p_from_t(t, n - 1, st->alternative));
	t_interval(mean_d, se, n - 1, st->alternative, st->conf_level, &lo, &hi);
	pkpc_result_float8(&res, "ci_lower", lo);
	pkpc_result_float8(&res, "ci_upper", hi);
	pkpc_result_float8(&res, "cohen_dz", mean_d / sd_d);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/* ---- independent_t ---- */

/*
 * Hedges' small-sample correction J(df) = Gamma(df/2) /
 * (sqrt(df/2) Gamma((df - 1)/2)) (Hedges 1981, eq. 6e), exact form.
 */
static double
hedges_j(double df)
{
	if (df < 2.0)
		return NAN;
	return exp(lgamma(df / 2.0) - lgamma((df - 1.0) / 2.0)) / sqrt(df / 2.0);
}

/* Student's pooled t-test. */
static void
student_t(PkpcResult *res, const TwoSamples *s, PkpcAlternative alt, double conf)
{
	double		df = s->n1 + s->n2 - 2.0;
	double		diff = s->diff;
	double		sp2,
				se,
				t,
				lo,
				hi,
				d;

	if (df < 1.0)
	{
		pkpc_note(&res->notes, "fewer than 3 observations: pooled t undefined");
		return;
	}
	pkpc_result_float8(res, "df", df);
	sp2 = ((s->n1 - 1.0) * (s->n1 > 1 ? s->var1 : 0.0) +
		   (s->n2 - 1.0) * (s->n2 > 1 ? s->var2 : 0.0)) / df;
	se = sqrt(sp2 * (1.0 / s->n1 + 1.0 / s->n2));
	if (essentially_constant(se, Max(fabs(s->mean1), fabs(s->mean2))))
	{
		pkpc_note(&res->notes, "the data are essentially constant: t undefined");
		return;
	}
	t = diff / se;
	pkpc_result_float8(res, "t", t);
	pkpc_result_float8(res, "p_value", pkpc_p_from_t(t, df, alt));
	t_interval(diff, se, df, alt, conf, &lo, &hi);
	pkpc_result_float8(res, "ci_lower", lo);
	pkpc_result_float8(res, "ci_upper", hi);
	d = diff / sqrt(sp2);
	pkpc_result_float8(res, "cohen_d", d);
	pkpc_result_float8(res, "hedges_g", d * hedges_j(df));
}

/* Welch's unequal-variance t-test with Welch-Satterthwaite df. */
static void
welch_t(PkpcResult *res, const TwoSamples *s, PkpcAlternative alt, double conf)
{
	double		diff = s->diff;
	double		a,
				b,
				se,
				df,
				t,
				lo,
				hi;

	if (s->n1 < 2 || s->n2 < 2)
	{
		pkpc_note(&res->notes, "a group has fewer than 2 observations: Welch t undefined");
		return;
	}
	a = s->var1 / s->n1;
	b = s->var2 / s->n2;
	se = sqrt(a + b);
	if (essentially_constant(se, Max(fabs(s->mean1), fabs(s->mean2))))
	{
		pkpc_note(&res->notes, "the data are essentially constant: Welch t undefined");
		return;
	}
	df = (a + b) * (a + b) / (a * a / (s->n1 - 1.0) + b * b / (s->n2 - 1.0));
	t = diff / se;
	pkpc_result_float8(res, "t_welch", t);
	pkpc_result_float8(res, "df_welch", df);
	pkpc_result_float8(res, "p_welch", pkpc_p_from_t(t, df, alt));
	t_interval(diff, se, df, alt, conf, &lo, &hi);
	pkpc_result_float8(res, "ci_lower_welch", lo);
	pkpc_result_float8(res, "ci_upper_welch", hi);
}

/* Fill every statistic of independent_t_result from two group summaries. */
static void
two_sample_fields(PkpcResult *res, const TwoSamples *s, PkpcAlternative alt,
				  double conf)
{
	pkpc_result_float8(res, "mean1", s->mean1);
	pkpc_result_float8(res, "mean2", s->mean2);
	pkpc_result_float8(res, "sd1", s->n1 > 1 ? sqrt(s->var1) : NAN);
	pkpc_result_float8(res, "sd2", s->n2 > 1 ? sqrt(s->var2) : NAN);
	pkpc_result_float8(res, "mean_diff", s->diff);
	student_t(res, s, alt, conf);
	welch_t(res, s, alt, conf);
}

/* independent_t_trans(state, value, grp [, alternative [, conf_level]]) */
static Datum
independent_t_trans(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_INDEPENDENT_T);
	PkpcGroup  *g;
	double		x;

	pkpc_state_params_from_args(st, fcinfo, 3);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("independent_t", x);
	g = pkpc_state_group(st, fcinfo, 2, arg);
	pkpc_group_add_moments(st, g, x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(independent_t_trans, independent_t_trans)

PG_FUNCTION_INFO_V1(independent_t_final);

Datum
independent_t_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	TwoSamples	s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_INDEPENDENT_T);
	pkpc_result_init(&res, fcinfo);
	if (pkpc_result_two_groups(&res, st, PG_GET_COLLATION()))
	{
		PkpcMoments m1;
		PkpcMoments m2;

		pkpc_moments(&st->groups[0], &m1, "independent_t");
		pkpc_moments(&st->groups[1], &m2, "independent_t");
		s.n1 = m1.n;
		s.mean1 = m1.mean;
		s.var1 = m1.var;
		s.n2 = m2.n;
		s.mean2 = m2.mean;
		s.var2 = m2.var;
		s.diff = pkpc_mean_difference(&st->groups[0], &st->groups[1]);
		two_sample_fields(&res, &s, st->alternative, st->conf_level);
	}
	else if (st->labels.n == 1)
	{
		PkpcMoments m1;

		pkpc_moments(&st->groups[0], &m1, "independent_t");
		pkpc_result_float8(&res, "mean1", m1.mean);
		pkpc_result_float8(&res, "sd1", sqrt(m1.var));
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/* ---- t_test_from_summary ---- */

static void
check_summary(double mean, double sd, int64 n)
{
	pkpc_check_finite("t_test_from_summary", mean);
	pkpc_check_finite("t_test_from_summary", sd);
	if (sd < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("standard deviation %g for t_test_from_summary is negative", sd)));
	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("group size " INT64_FORMAT " for t_test_from_summary is not positive", n)));
}

PG_FUNCTION_INFO_V1(t_test_from_summary);

/*
 * t_test_from_summary(mean1, sd1, n1, mean2, sd2, n2 [, alternative
 * [, conf_level]]): both t-tests from published summary statistics, for
 * auditing a paper's table.
 */
Datum
t_test_from_summary(PG_FUNCTION_ARGS)
{
	PkpcResult	res;
	TwoSamples	s;
	PkpcAlternative alt = PKPC_TWO_SIDED;
	double		conf = 0.95;
	int			i;

	for (i = 0; i < PG_NARGS(); i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	s.mean1 = PG_GETARG_FLOAT8(0);
	s.var1 = PG_GETARG_FLOAT8(1);
	s.n1 = PG_GETARG_INT64(2);
	s.mean2 = PG_GETARG_FLOAT8(3);
	s.var2 = PG_GETARG_FLOAT8(4);
	s.n2 = PG_GETARG_INT64(5);
	check_summary(s.mean1, s.var1, PG_GETARG_INT64(2));
	check_summary(s.mean2, s.var2, PG_GETARG_INT64(5));
	s.var1 *= s.var1;
	s.var2 *= s.var2;
	s.diff = s.mean1 - s.mean2;
	pkpc_check_finite_stats("t_test_from_summary", &s.var1, 1);
	pkpc_check_finite_stats("t_test_from_summary", &s.var2, 1);
	if (PG_NARGS() > 6)
		alt = pkpc_parse_alternative("t_test_from_summary", PG_GETARG_TEXT_PP(6));
	if (PG_NARGS() > 7)
		conf = pkpc_check_conf_level("t_test_from_summary", PG_GETARG_FLOAT8(7));

	pkpc_result_init(&res, fcinfo);
	pkpc_result_text(&res, "group1", "1");
	pkpc_result_text(&res, "group2", "2");
	pkpc_result_int64(&res, "n1", PG_GETARG_INT64(2));
	pkpc_result_int64(&res, "n2", PG_GETARG_INT64(5));
	pkpc_result_int64(&res, "n_skipped", 0);
	two_sample_fields(&res, &s, alt, conf);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
