/*-------------------------------------------------------------------------
 *
 * cox.c
 *	  cox_ph: Cox proportional-hazards regression, as R's survival::coxph
 *	  with its default (Efron) ties, in two forms:
 *
 *	  cox_ph(time, event, grp)				two groups: the hazard ratio of
 *											group 2 against group 1
 *	  cox_ph(time, event, covariates[])		several covariates
 *
 * The aggregate layer over cox_fit.c.  The group form keeps (time, event)
 * pairs per group in the shared state (state.h, value width 2, two
 * groups); the covariate form keeps whole rows in its own state
 * (cox_state.c), whose width the first row fixes.  Either way the final
 * function sorts the rows (by time, event, then covariates) before the
 * fit, so that every plan and merge order gives the same result.
 *
 * Reported as R's summary(coxph(...)) prints them: coef (log hazard
 * ratio), se, exp(coef) with its 95 % interval exp(coef -+ 1.96 se), the
 * Wald z and its p, and the likelihood-ratio, Wald and score (log-rank)
 * tests on df = the number of non-aliased coefficients.  Notes carry R's
 * warnings: no convergence in 20 iterations, a coefficient that may be
 * infinite (monotone likelihood, e.g. all events in one group), aliased
 * covariates.
 *
 * src/cox.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "args.h"
#include "cox_fit.h"
#include "cox_state.h"
#include "distributions.h"
#include "result.h"
#include "result_array.h"
#include "sort.h"
#include "state.h"
#include "survival.h"

/* ---- transition functions ---- */

/* cox_ph_trans(state, time, event, grp): log_rank's transition (survival.c) */
static Datum
cox_group_bool_event(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	return pkpc_surv_add_grouped(fcinfo, PKPC_TAG_COX_PH, "cox_ph", arg,
								 PKPC_EVENT_BOOL);
}

static Datum
cox_group_int_event(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	return pkpc_surv_add_grouped(fcinfo, PKPC_TAG_COX_PH, "cox_ph", arg,
								 PKPC_EVENT_INT4);
}

/* cox_ph_trans_<label>: boolean events; cox_ph_int_trans_<label>: 0/1 */
PKPC_LABELLED_ENTRIES(cox_ph_trans, cox_group_bool_event)
PKPC_LABELLED_ENTRIES(cox_ph_int_trans, cox_group_int_event)

/*
 * cox_ph_multi_trans(state, time, event, covariates float8[]): a row whose
 * time, event, covariates array or any covariate is NULL is skipped and
 * counted.  The array must be one-dimensional and as long as the first
 * row's.
 */
static Datum
cox_multi_add(FunctionCallInfo fcinfo, PkpcEventArg earg)
{
	CoxState   *st = cox_state_for_update(fcinfo);
	ArrayType  *arr;
	int			nelem;
	const double *x;
	double	   *row;
	double		t;
	double		e;
	int			j;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		cox_state_skip(st);
		return cox_state_return(st);
	}
	arr = PG_GETARG_ARRAYTYPE_P(3);
	if (ARR_ELEMTYPE(arr) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cox_ph covariates must be float8[]")));
	if (ARR_NDIM(arr) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cox_ph covariates must be a one-dimensional array with at least one element"),
				 errdetail("The array has %d dimensions.", ARR_NDIM(arr))));
	if (ARR_HASNULL(arr))
	{
		cox_state_skip(st);
		return cox_state_return(st);
	}
	nelem = ARR_DIMS(arr)[0];
	if (nelem > PKPC_COX_MAX_COVARIATES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("cox_ph accepts at most %d covariates, found %d",
						PKPC_COX_MAX_COVARIATES, nelem)));
	t = PG_GETARG_FLOAT8(1);
	pkpc_surv_check_time("cox_ph", t);
	e = pkpc_surv_event(fcinfo, 2, earg, "cox_ph");
	x = (const double *) ARR_DATA_PTR(arr);
	for (j = 0; j < nelem; j++)
		pkpc_check_finite("cox_ph", x[j]);
	row = cox_state_add_row(st, nelem);
	row[0] = t;
	row[1] = e;
	memcpy(row + 2, x, sizeof(double) * nelem);
	return cox_state_return(st);
}

PG_FUNCTION_INFO_V1(cox_ph_multi_trans);
Datum
cox_ph_multi_trans(PG_FUNCTION_ARGS)
{
	return cox_multi_add(fcinfo, PKPC_EVENT_BOOL);
}

PG_FUNCTION_INFO_V1(cox_ph_multi_int_trans);
Datum
cox_ph_multi_int_trans(PG_FUNCTION_ARGS)
{
	return cox_multi_add(fcinfo, PKPC_EVENT_INT4);
}

/* ---- the fit ---- */

/* rows of width w, compared lexicographically (time, event, covariates) */
typedef struct RowOrder
{
	const double *rows;
	int			w;
} RowOrder;

static int
row_cmp(const void *a, const void *b, void *arg)
{
	const RowOrder *o = arg;
	const double *x = o->rows + *(const int64 *) a * o->w;
	const double *y = o->rows + *(const int64 *) b * o->w;
	int			i;

	for (i = 0; i < o->w; i++)
	{
		if (x[i] < y[i])
			return -1;
		if (x[i] > y[i])
			return 1;
	}
	return 0;
}

/*
 * Sort rows of width p + 2 (time, event, covariates) lexicographically, so
 * that the fit does not depend on the order in which rows arrived, and
 * split them into the arrays cox_fit.c takes.  The rows are ordered by time
 * with sort.c's specialised pair sort of (time, row number), and only runs
 * of tied times by the whole row.
 */
static void
rows_to_data(const double *rows, int64 n, int p, PkpcCoxData *d)
{
	int			w = p + 2;
	double	   *keys = palloc_extended(sizeof(double) * 2 * Max(n, 1), MCXT_ALLOC_HUGE);
	int64	   *order = palloc_extended(sizeof(int64) * Max(n, 1), MCXT_ALLOC_HUGE);
	double	   *time = palloc_extended(sizeof(double) * Max(n, 1), MCXT_ALLOC_HUGE);
	double	   *event = palloc_extended(sizeof(double) * Max(n, 1), MCXT_ALLOC_HUGE);
	double	   *x = palloc_extended(sizeof(double) * Max(n * p, 1), MCXT_ALLOC_HUGE);
	RowOrder	ro = {rows, w};
	int64		i,
				j;

	for (i = 0; i < n; i++)
	{
		keys[2 * i] = rows[i * w] + 0.0;	/* -0 is 0 */
		keys[2 * i + 1] = (double) i;
	}
	pkpc_sort_pairs(keys, n);
	for (i = 0; i < n; i++)
		order[i] = (int64) keys[2 * i + 1];
	for (i = 0; i < n; i = j)
	{
		for (j = i + 1; j < n && keys[2 * j] == keys[2 * i]; j++)
			;
		if (j - i > 1)
			qsort_arg(order + i, j - i, sizeof(int64), row_cmp, &ro);
		CHECK_FOR_INTERRUPTS();
	}
	for (i = 0; i < n; i++)
	{
		const double *r = rows + order[i] * w;

		time[i] = r[0];
		event[i] = r[1];
		memcpy(x + i * p, r + 2, sizeof(double) * p);
	}
	pfree(keys);
	pfree(order);
	d->n = n;
	d->p = p;
	d->time = time;
	d->event = event;
	d->x = x;
}

/*
 * Upper tail of a chi-square; on 1 df through the normal tail, which keeps
 * its relative accuracy down to the smallest doubles.
 */
static double
chisq_p(double x, double df)
{
	if (df == 1.0 && x >= 0.0)
		return 2.0 * pkpc_norm_upper(sqrt(x));
	return pkpc_chisq_upper(x, df);
}

/* The likelihood-ratio, Wald and score tests on df = rank. */
static void
model_tests(PkpcResult *res, const PkpcCoxFit *fit, bool multi)
{
	double		lr = 2.0 * (fit->loglik - fit->loglik0);
	double		df = fit->rank;

	if (multi)
		pkpc_result_float8(res, "df", df);
	pkpc_result_float8(res, "chi2_lr", lr);
	pkpc_result_float8(res, "p_lr", chisq_p(lr, df));
	pkpc_result_float8(res, "chi2_score", fit->score_test);
	pkpc_result_float8(res, "p_score", chisq_p(fit->score_test, df));
	if (multi)
	{
		double		wald = pkpc_cox_wald(fit);

		pkpc_result_float8(res, "chi2_wald", wald);
		pkpc_result_float8(res, "p_wald", chisq_p(wald, df));
	}
}

/* R's warnings, as notes. */
static void
fit_notes(PkpcResult *res, const PkpcCoxFit *fit, bool multi)
{
	int			i;

	if (!fit->converged)
		pkpc_note(&res->notes, "did not converge in %d iterations: the estimates are those of the last improving step",
				  PKPC_COX_MAX_ITER);
	if (fit->any_infinite)
	{
		StringInfoData which;

		initStringInfo(&which);
		for (i = 0; i < fit->p; i++)
			if (fit->may_be_infinite[i])
				appendStringInfo(&which, "%s%d", which.len > 0 ? ", " : "", i + 1);
		if (multi && which.len > 0)
			pkpc_note(&res->notes, "the likelihood converged before covariate(s) %s: coefficient may be infinite (monotone likelihood, e.g. separation)",
					  which.data);
		else
			pkpc_note(&res->notes, "the likelihood converged before the coefficient: it may be infinite (monotone likelihood, e.g. all events in one group)");
	}
	if (fit->rank < fit->p)
	{
		if (multi)
			pkpc_note(&res->notes, "%d covariate(s) aliased (constant or a linear combination of others, among the subjects at risk at event times): coefficient NULL",
					  fit->p - fit->rank);
		else
			pkpc_note(&res->notes, "the groups cannot be compared: no subject of one group is at risk at any event time");
	}
}

/* Why no fit; false when there is one. */
static bool
fit_failed(PkpcResult *res, int rc)
{
	if (rc == PKPC_COX_NO_EVENTS)
		pkpc_note(&res->notes, "no events: the model cannot be fitted");
	else if (rc == PKPC_COX_TOO_LARGE)
		pkpc_note(&res->notes, "the model is too large for the work bound of cox_ph (%.0e multiply-adds)",
				  PKPC_COX_MAX_WORK);
	return rc != PKPC_COX_OK;
}

/* Per-coefficient figures: coef, se, hazard ratio with CI, z, p. */
typedef struct CoefFields
{
	double	   *coef;
	double	   *se;
	double	   *hr;
	double	   *lo;
	double	   *hi;
	double	   *z;
	double	   *p;
} CoefFields;

static void
coef_fields(const PkpcCoxFit *fit, CoefFields *c)
{
	double		q = pkpc_norm_quantile(0.975);
	int			p = fit->p;
	int			i;

	c->coef = palloc(sizeof(double) * p);
	c->se = palloc(sizeof(double) * p);
	c->hr = palloc(sizeof(double) * p);
	c->lo = palloc(sizeof(double) * p);
	c->hi = palloc(sizeof(double) * p);
	c->z = palloc(sizeof(double) * p);
	c->p = palloc(sizeof(double) * p);
	for (i = 0; i < p; i++)
	{
		double		b = fit->coef[i];
		double		se = isnan(b) ? NAN : sqrt(fit->var[i * p + i]);

		c->coef[i] = b;
		c->se[i] = se;
		c->hr[i] = exp(b);
		c->lo[i] = exp(b - q * se);
		c->hi[i] = exp(b + q * se);
		c->z[i] = b / se;
		c->p[i] = isnan(c->z[i]) ? NAN : 2.0 * pkpc_norm_upper(fabs(c->z[i]));
	}
}

PG_FUNCTION_INFO_V1(cox_ph_final);

Datum
cox_ph_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcCoxData d;
	PkpcCoxFit	fit;
	CoefFields	c;
	double	   *rows;
	int64		n;
	int64		k = 0;
	int			g;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_COX_PH);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	pkpc_result_int64(&res, "n", n);
	if (!pkpc_result_two_groups(&res, st, PG_GET_COLLATION()))
	{
		int64		events = 0;

		for (g = 0; g < st->labels.n; g++)
			for (int64 i = 0; i < st->groups[g].nvalues; i++)
				events += st->groups[g].values[2 * i + 1] != 0.0;
		pkpc_result_int64(&res, "n_events", events);
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	/* rows (time, event, x = 0 for group 1, 1 for group 2) */
	rows = palloc_extended(sizeof(double) * 3 * n, MCXT_ALLOC_HUGE);
	for (g = 0; g < 2; g++)
	{
		const PkpcGroup *grp = &st->groups[g];

		for (int64 i = 0; i < grp->nvalues; i++)
		{
			rows[3 * k] = grp->values[2 * i];
			rows[3 * k + 1] = grp->values[2 * i + 1];
			rows[3 * k + 2] = (double) g;
			k++;
		}
	}
	rows_to_data(rows, n, 1, &d);
	pfree(rows);
	if (fit_failed(&res, pkpc_cox_fit(&d, &fit)))
	{
		pkpc_result_int64(&res, "n_events", fit.n_events);
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_result_int64(&res, "n_events", fit.n_events);
	fit_notes(&res, &fit, false);
	if (fit.rank == 1)
	{
		coef_fields(&fit, &c);
		pkpc_result_float8(&res, "coef", c.coef[0]);
		pkpc_result_float8(&res, "se", c.se[0]);
		pkpc_result_float8(&res, "hazard_ratio", c.hr[0]);
		pkpc_result_float8(&res, "ci_lower", c.lo[0]);
		pkpc_result_float8(&res, "ci_upper", c.hi[0]);
		pkpc_result_float8(&res, "z", c.z[0]);
		pkpc_result_float8(&res, "p_wald", c.p[0]);
		model_tests(&res, &fit, false);
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

PG_FUNCTION_INFO_V1(cox_ph_multi_final);

Datum
cox_ph_multi_final(PG_FUNCTION_ARGS)
{
	CoxState   *st;
	PkpcResult	res;
	PkpcCoxData d;
	PkpcCoxFit	fit;
	CoefFields	c;
	int			rc;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = cox_state_arg(fcinfo, 0);
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n", st->nrows);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (st->nrows == 0)
	{
		pkpc_result_int64(&res, "n_events", 0);
		pkpc_note(&res.notes, "no rows with a time, an event flag and every covariate");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	/* sorted copies: the state is left as it is */
	rows_to_data(st->rows, st->nrows, st->p, &d);
	rc = pkpc_cox_fit(&d, &fit);
	pkpc_result_int64(&res, "n_events", fit.n_events);
	if (fit_failed(&res, rc))
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	fit_notes(&res, &fit, true);
	coef_fields(&fit, &c);
	pkpc_result_float8_array(&res, "coef", c.coef, fit.p);
	pkpc_result_float8_array(&res, "se", c.se, fit.p);
	pkpc_result_float8_array(&res, "hazard_ratio", c.hr, fit.p);
	pkpc_result_float8_array(&res, "ci_lower", c.lo, fit.p);
	pkpc_result_float8_array(&res, "ci_upper", c.hi, fit.p);
	pkpc_result_float8_array(&res, "z", c.z, fit.p);
	pkpc_result_float8_array(&res, "p_value", c.p, fit.p);
	if (fit.rank > 0)
		model_tests(&res, &fit, true);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
