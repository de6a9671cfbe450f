/*-------------------------------------------------------------------------
 *
 * km.c
 *	  km_curve (the whole Kaplan-Meier curve as km_step[]) and km_median
 *	  (median survival with its interval): the aggregate layer over
 *	  km_core.c.
 *
 * Both keep the (time, event) pairs of their one group in the shared state
 * (state.h, value width 2), as km_survival does, and sort them once, at
 * the end, so that every plan and merge order gives the same curve.  The
 * confidence level is fixed by the first row (default 0.95).
 *
 * km_curve returns one km_step per distinct time with an event or a
 * censoring, in time order, as R's summary(survfit(...), censor = TRUE):
 * an ordinary array of the composite type km_step, for unnest().
 *
 * src/km.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "args.h"
#include "distributions.h"
#include "km_core.h"
#include "result.h"
#include "state.h"
#include "survival.h"

/* fields of the km_step type, in order */
#define KM_STEP_NATTS	8

/* ---- transition ---- */

/* km_curve_trans / km_median_trans(state, time, event [, conf_level]) */
static Datum
km_add(FunctionCallInfo fcinfo, PkpcTestTag tag, const char *fname,
	   PkpcEventArg earg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, tag);
	double		conf = 0.95;
	PkpcGroup  *g;
	double		t;

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("confidence level of %s must not be null", fname)));
		conf = pkpc_check_conf_level(fname, PG_GETARG_FLOAT8(3));
	}
	pkpc_state_set_params(st, PKPC_TWO_SIDED, 0, conf, NULL);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		st->n_skipped++;
		return pkpc_state_return(st);
	}
	t = PG_GETARG_FLOAT8(1);
	pkpc_surv_check_time(fname, t);
	g = st->ngroups ? &st->groups[0] : pkpc_state_single_group(st);
	pkpc_group_add_pair(st, g, t, pkpc_surv_event(fcinfo, 2, earg, fname));
	return pkpc_state_return(st);
}

#define KM_ENTRY(fn, tag, name, earg) \
	PG_FUNCTION_INFO_V1(fn); \
	Datum fn(PG_FUNCTION_ARGS) { return km_add(fcinfo, tag, name, earg); }

KM_ENTRY(km_curve_trans, PKPC_TAG_KM_CURVE, "km_curve", PKPC_EVENT_BOOL)
KM_ENTRY(km_curve_int_trans, PKPC_TAG_KM_CURVE, "km_curve", PKPC_EVENT_INT4)
KM_ENTRY(km_median_trans, PKPC_TAG_KM_MEDIAN, "km_median", PKPC_EVENT_BOOL)
KM_ENTRY(km_median_int_trans, PKPC_TAG_KM_MEDIAN, "km_median", PKPC_EVENT_INT4)

/* ---- the curve ---- */

/*
 * The steps of a state's curve (sorted in place; the bag of pairs is
 * unchanged).  *nsteps = 0 when no row was usable.
 */
static PkpcKmStep *
state_steps(PkpcState *st, int64 *nsteps)
{
	PkpcGroup  *g;
	PkpcKmStep *steps;
	double		z;

	pkpc_surv_check_state(st);
	if (!(st->conf_level > 0.0 && st->conf_level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", st->ops->name),
				 errdetail("The confidence level %g is not between 0 and 1.",
						   st->conf_level)));
	*nsteps = 0;
	if (st->ngroups == 0 || st->groups[0].n == 0)
		return NULL;
	g = &st->groups[0];
	pkpc_group_sort(st, g);
	z = pkpc_norm_quantile(1.0 - (1.0 - st->conf_level) / 2.0);
	steps = palloc_extended(sizeof(PkpcKmStep) * g->nvalues, MCXT_ALLOC_HUGE);
	*nsteps = pkpc_km_steps(g->values, g->nvalues, z, steps);
	return steps;
}

/* The km_step row type: the element type of the final function's result. */
static TupleDesc
km_step_tupdesc(FunctionCallInfo fcinfo, Oid *elemtype)
{
	Oid			arraytype = get_func_rettype(fcinfo->flinfo->fn_oid);
	TupleDesc	tupdesc;

	*elemtype = get_element_type(arraytype);
	if (!OidIsValid(*elemtype))
		elog(ERROR, "km_curve must return an array");
	tupdesc = lookup_rowtype_tupdesc_copy(*elemtype, -1);
	if (tupdesc->natts != KM_STEP_NATTS)
		elog(ERROR, "km_step must have %d fields", KM_STEP_NATTS);
	return BlessTupleDesc(tupdesc);
}

/* The fields of one step; NaN figures are NULL. */
static void
step_values(const PkpcKmStep *s, Datum *values, bool *nulls)
{
	double		f[5] = {s->time, s->surv, s->std_err, s->lower, s->upper};
	int			map[5] = {0, 4, 5, 6, 7};
	int			i;

	values[1] = Int64GetDatum(s->n_risk);
	values[2] = Int64GetDatum(s->n_event);
	values[3] = Int64GetDatum(s->n_censor);
	nulls[1] = nulls[2] = nulls[3] = false;
	for (i = 0; i < 5; i++)
	{
		nulls[map[i]] = isnan(f[i]);
		values[map[i]] = Float8GetDatum(nulls[map[i]] ? 0.0 : f[i]);
	}
}

/* The steps as a km_step[], in time order. */
static Datum
steps_array(FunctionCallInfo fcinfo, const PkpcKmStep *steps, int64 nsteps)
{
	Oid			elemtype;
	TupleDesc	tupdesc = km_step_tupdesc(fcinfo, &elemtype);
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum		values[KM_STEP_NATTS];
	bool		nulls[KM_STEP_NATTS];
	Datum	   *elems;
	int64		i;

	if (nsteps > MaxArraySize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("km_curve has too many steps for an array (" INT64_FORMAT ")",
						nsteps)));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	elems = palloc_extended(sizeof(Datum) * Max(nsteps, 1), MCXT_ALLOC_HUGE);
	for (i = 0; i < nsteps; i++)
	{
		step_values(&steps[i], values, nulls);
		elems[i] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) nsteps, elemtype,
										  typlen, typbyval, typalign));
}

PG_FUNCTION_INFO_V1(km_curve_final);

Datum
km_curve_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcKmStep *steps;
	int64		nsteps;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_KM_CURVE);
	steps = state_steps(st, &nsteps);
	return steps_array(fcinfo, steps, nsteps);
}

/* ---- the median ---- */

PG_FUNCTION_INFO_V1(km_median_final);

Datum
km_median_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcKmStep *steps;
	int64		nsteps;
	int64		n_events = 0;
	int64		i;
	double		median,
				lo,
				hi;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_KM_MEDIAN);
	steps = state_steps(st, &nsteps);
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n", pkpc_state_n(st));
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	for (i = 0; i < nsteps; i++)
		n_events += steps[i].n_event;
	pkpc_result_int64(&res, "n_events", n_events);
	if (nsteps == 0)
	{
		pkpc_note(&res.notes, "no rows with both a time and an event flag");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_km_median(steps, nsteps, &median, &lo, &hi);
	pkpc_result_float8(&res, "median", median);
	pkpc_result_float8(&res, "ci_lower", lo);
	pkpc_result_float8(&res, "ci_upper", hi);
	if (isnan(median))
		pkpc_note(&res.notes, "survival does not fall to 0.5: median not reached");
	else if (isnan(hi))
		pkpc_note(&res.notes, "the upper confidence band does not fall to 0.5: upper limit not reached");
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
