/*-------------------------------------------------------------------------
 *
 * normality.c
 *	  ks_normality and shapiro_wilk: tests of normality of one sample.
 *
 * ks_normality(value): one-sample Kolmogorov-Smirnov statistic against
 * N(mean, sd^2) with mean and sd (divisor n - 1) estimated from the sample,
 * judged by the Lilliefors distribution (Lilliefors 1967, JASA 62:399-402)
 * through the Dallal & Wilkinson (1986) approximation as nortest's
 * lillie.test computes it (p_value), and by the uncorrected asymptotic
 * Kolmogorov distribution that SPSS 21 NPAR TESTS /K-S(NORMAL) printed
 * (p_kolmogorov).
 *
 * ks_normality(value, mean, sd): the same statistic against a fully
 * specified normal; p_value is exact (Marsaglia, Tsang & Wang 2003, J. Stat.
 * Softw. 8(18)) where R 4.2.2's ks.test would use it (n < 100, no ties),
 * else the Kolmogorov limit 1 - K(sqrt(n) D).
 *
 * shapiro_wilk(value): W and its p by Royston's algorithm AS R94 (Royston
 * 1995, Appl. Statist. 44:547-551), p for 3 <= n <= 5000.
 *
 * The state keeps the values of the one (unlabelled) group, as a
 * value -> count map while there are few distinct values (state.h); they
 * are sorted once, in the final function.  The numerical cores are in
 * normality_dist.c and shapiro_wilk.c.
 *
 * src/normality.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"

#include "args.h"
#include "normality_dist.h"
#include "result.h"
#include "shapiro_wilk.h"
#include "state.h"

/* st->option of a ks_normality state: where mean and sd come from */
#define KS_ESTIMATED	0		/* from the sample (Lilliefors) */
#define KS_SPECIFIED	1		/* given: st->param[0] = mean, [1] = sd */

/* Check the mean and sd of ks_normality(value, mean, sd). */
static void
ks_check_params(FunctionCallInfo fcinfo, double *param)
{
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("mean and sd of ks_normality must not be null")));
	param[0] = PG_GETARG_FLOAT8(2);
	param[1] = PG_GETARG_FLOAT8(3);
	if (!isfinite(param[0]))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("mean %g of ks_normality is not finite", param[0])));
	if (!(param[1] > 0.0 && isfinite(param[1])))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sd %g of ks_normality is out of range", param[1]),
				 errdetail("The standard deviation must be finite and greater than 0.")));
}

/* Count a NULL value as skipped, else record the value. */
static Datum
add_row(FunctionCallInfo fcinfo, PkpcState *st, const char *fname)
{
	PkpcGroup  *g;
	double		x;

	if (PG_ARGISNULL(1))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite(fname, x);
	g = pkpc_state_single_group(st);
	pkpc_group_add_value(st, g, x);
	return pkpc_state_return(st);
}

PG_FUNCTION_INFO_V1(ks_normality_trans);

/* ks_normality_trans(state, value [, mean, sd]) */
Datum
ks_normality_trans(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_KS_NORMALITY);

	if (PG_NARGS() > 2)
	{
		double		param[2];

		ks_check_params(fcinfo, param);
		pkpc_state_set_params(st, PKPC_TWO_SIDED, KS_SPECIFIED, 0.95, param);
	}
	else
		pkpc_state_set_params(st, PKPC_TWO_SIDED, KS_ESTIMATED, 0.95, NULL);
	return add_row(fcinfo, st, "ks_normality");
}

PG_FUNCTION_INFO_V1(shapiro_wilk_trans);

/* shapiro_wilk_trans(state, value) */
Datum
shapiro_wilk_trans(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_SHAPIRO_WILK);

	return add_row(fcinfo, st, "shapiro_wilk");
}

/*
 * A sample as the numerical cores take it: x[0..nv-1] ascending, counts[i]
 * observations of x[i] (counts NULL: one each).  A value -> count map is
 * read as it is, never expanded, whatever its counts claim.
 */
typedef struct SortedSample
{
	const double *x;
	const int64 *counts;
	int64		nv;
	bool		has_ties;
} SortedSample;

/* Sort the state's group (once) and describe it. */
static void
sorted_sample(PkpcState *st, SortedSample *smp)
{
	PkpcGroup  *g = &st->groups[0];
	int64		i;

	pkpc_group_sort(st, g);
	smp->x = g->values;
	smp->counts = g->counts;
	smp->nv = g->nvalues;
	smp->has_ties = false;
	for (i = 0; i < g->nvalues && !smp->has_ties; i++)
	{
		smp->has_ties = (g->counts != NULL) ? g->counts[i] > 1 :
			(i > 0 && g->values[i] == g->values[i - 1]);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
}

/* Lilliefors p (parameters estimated), with the notes it needs. */
static void
ks_estimated_p(PkpcResult *res, double d, int64 n, bool has_ties)
{
	double		p;

	if (pkpc_lilliefors_p(d, n, &p) == PKPC_NORM_OK)
		pkpc_result_float8(res, "p_value", p);
	else
		pkpc_note(&res->notes, "fewer than 5 values: the Lilliefors p-value needs n >= 5");
	if (has_ties)
		pkpc_note(&res->notes, "ties present: the Kolmogorov-Smirnov p-values assume continuous data");
}

/* p for fully specified parameters: exact or asymptotic, as R's ks.test. */
static void
ks_specified_p(PkpcResult *res, double d, int64 n, bool has_ties)
{
	double		p;
	bool		exact;

	/*
	 * Cannot fail: d is a statistic in [0, 1] of n >= 1 values, and the
	 * exact branch (n < 100) stays far below its work bound.
	 */
	if (pkpc_ks_known_p(d, n, has_ties, PKPC_KS_AUTO, &p, &exact) != PKPC_NORM_OK)
		elog(ERROR, "ks_normality: p-value computation failed for D = %g, n = " INT64_FORMAT,
			 d, n);
	pkpc_result_float8(res, "p_value", p);
	if (has_ties && n < 100)
		pkpc_note(&res->notes, "ties present: asymptotic p-value instead of the exact one, which assumes continuous data");
	else if (has_ties)
		pkpc_note(&res->notes, "ties present: the Kolmogorov-Smirnov p-value assumes continuous data");
}

PG_FUNCTION_INFO_V1(ks_normality_final);

Datum
ks_normality_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	int64		n;
	SortedSample smp;
	bool		specified;
	double		mean;
	double		sd;
	PkpcKsStat	ks;
	double		z;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_KS_NORMALITY);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	specified = st->params_set && st->option == KS_SPECIFIED;
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (specified)
	{
		/* the transition function checks them; a state typed in may not */
		if (!isfinite(st->param[0]) || !(st->param[1] > 0.0 && isfinite(st->param[1])))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid ks_normality state"),
					 errdetail("The normal's mean %g and sd %g must be finite and the sd greater than 0.",
							   st->param[0], st->param[1])));
		pkpc_result_float8(&res, "mean", st->param[0]);
		pkpc_result_float8(&res, "sd", st->param[1]);
	}
	if (n == 0)
	{
		pkpc_note(&res.notes, "no non-null values");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}

	sorted_sample(st, &smp);
	if (specified)
	{
		mean = st->param[0];
		sd = st->param[1];
	}
	else
	{
		if (pkpc_sample_mean_sd_grouped(smp.x, smp.counts, smp.nv, &mean, &sd) != PKPC_NORM_OK)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("mean or standard deviation overflows in ks_normality"),
					 errhint("Rescale the values, for example to other units.")));
		pkpc_result_float8(&res, "mean", mean);
		pkpc_result_float8(&res, "sd", sd);
		if (n < 2 || !(sd > 0.0))
		{
			pkpc_note(&res.notes, n < 2 ? "fewer than 2 values: sd and the test undefined"
					  : "all values are equal (sd = 0): the test is undefined");
			PG_RETURN_DATUM(pkpc_result_datum(&res));
		}
	}

	/*
	 * Cannot fail: the values are finite and sorted, the counts positive
	 * (state invariants), and mean and sd were checked above.
	 */
	if (pkpc_ks_statistic_grouped(smp.x, smp.counts, smp.nv, mean, sd, &ks) != PKPC_NORM_OK)
		elog(ERROR, "ks_normality: statistic computation failed");
	z = sqrt((double) n) * ks.d;
	pkpc_result_float8(&res, "d", ks.d);
	pkpc_result_float8(&res, "d_plus", ks.d_plus);
	pkpc_result_float8(&res, "d_minus", ks.d_minus);
	pkpc_result_float8(&res, "z", z);
	pkpc_result_float8(&res, "p_kolmogorov", pkpc_kolmogorov_p_spss(z));
	if (specified)
		ks_specified_p(&res, ks.d, n, smp.has_ties);
	else
		ks_estimated_p(&res, ks.d, n, smp.has_ties);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

PG_FUNCTION_INFO_V1(shapiro_wilk_final);

Datum
shapiro_wilk_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	int64		n;
	SortedSample smp;
	double		w;
	double		p;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_SHAPIRO_WILK);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (n < 3)
	{
		pkpc_note(&res.notes, "fewer than 3 values: W undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}

	sorted_sample(st, &smp);
	switch (pkpc_shapiro_wilk_grouped(smp.x, smp.counts, smp.nv, &w, &p))
	{
		case PKPC_SW_OK:
			pkpc_result_float8(&res, "w", w);
			pkpc_result_float8(&res, "p_value", p);
			break;
		case PKPC_SW_P_EXTRAPOLATED:
			pkpc_result_float8(&res, "w", w);
			pkpc_note(&res.notes, "n > %d: Royston's p-value approximation holds for 3 <= n <= %d, p not reported",
					  PKPC_SW_MAX_N_FOR_P, PKPC_SW_MAX_N_FOR_P);
			break;
		case PKPC_SW_CONSTANT:
			pkpc_note(&res.notes, "all values are equal: W undefined");
			break;
		case PKPC_SW_TOO_LARGE:
			pkpc_note(&res.notes, "n > " INT64_FORMAT ": W not computed (the work and memory bound of the algorithm)",
					  PKPC_SW_MAX_N);
			break;
		default:

			/*
			 * Cannot happen: n >= 3 was checked, and the values are finite,
			 * sorted and positively counted (state invariants).
			 */
			elog(ERROR, "shapiro_wilk: W computation failed for n = " INT64_FORMAT, n);
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
