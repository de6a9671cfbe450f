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
 * an ordinary array of the composite type km_step, for unnest().  The
 * array is written in one allocation (each row's header copied from a row
 * formed by the server itself), so that a curve of a million steps costs
 * about the memory of its rows once.
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
#include "sort.h"
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
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	t = PG_GETARG_FLOAT8(1);
	pkpc_surv_check_time(fname, t);
	g = pkpc_state_single_group(st);
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
 * The event and the censoring times of a state, each radix-sorted
 * (sort.c; several times faster than a comparison sort of the pairs); the
 * state is left as it is.  False when no row was usable.
 */
static bool
state_times(PkpcState *st, PkpcKmWalk *w)
{
	PkpcGroup  *g;
	double	   *ev;
	double	   *cens;
	int64		ne = 0;
	int64		nc = 0;
	int64		i;

	if (!(st->conf_level > 0.0 && st->conf_level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s state", st->ops->name),
				 errdetail("The confidence level %g is not between 0 and 1.",
						   st->conf_level)));
	if (st->labels.n == 0 || st->groups[0].n == 0)
		return false;
	g = &st->groups[0];
	ev = palloc_extended(sizeof(double) * g->nvalues, MCXT_ALLOC_HUGE);
	cens = palloc_extended(sizeof(double) * g->nvalues, MCXT_ALLOC_HUGE);
	for (i = 0; i < g->nvalues; i++)
	{
		double		t = g->values[2 * i] + 0.0;	/* -0 is 0 */
		int			e = g->values[2 * i + 1] != 0.0;

		/* without a branch: events and censorings come in any order */
		ev[ne] = t;
		cens[nc] = t;
		ne += e;
		nc += 1 - e;
	}
	pkpc_sort_doubles(ev, ne);
	pkpc_sort_doubles(cens, nc);
	pkpc_km_walk_init(w, ev, ne, cens, nc,
					  pkpc_norm_quantile(1.0 - (1.0 - st->conf_level) / 2.0));
	return true;
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

/*
 * Tuple headers of the km_step rows, one per pattern of NULL fields: the
 * first row with a pattern is formed by heap_form_tuple (so that its
 * header is whatever this server writes into a composite datum), and every
 * later row copies that header and has only its data filled in.
 */
typedef struct StepTemplate
{
	char	   *header;			/* NULL: not formed yet */
	Size		hoff;			/* header bytes, bitmap included */
	Size		len;			/* the whole row */
} StepTemplate;

static uint8
null_mask(const bool *nulls)
{
	uint8		m = 0;
	int			i;

	for (i = 0; i < KM_STEP_NATTS; i++)
		if (nulls[i])
			m |= (uint8) (1 << i);
	return m;
}

static StepTemplate *
step_template(StepTemplate *tmpl, TupleDesc tupdesc, Datum *values, bool *nulls)
{
	StepTemplate *t = &tmpl[null_mask(nulls)];

	if (t->header == NULL)
	{
		HeapTupleHeader td = DatumGetHeapTupleHeader(
			HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));

		t->hoff = td->t_hoff;
		t->len = HeapTupleHeaderGetDatumLength(td);
		t->header = palloc(t->hoff);
		memcpy(t->header, td, t->hoff);
	}
	return t;
}

/*
 * The curve as a km_step[], in time order, written in one walk along the
 * curve into one allocation: every row is at most as long as one without
 * NULL fields and there are at most as many steps as rows, so the array is
 * allocated for that bound (pages never written are never touched), each
 * row filled in place (heap_fill_tuple) and the allocation shrunk to the
 * rows written.  construct_array would need a tuple and a copy of it per
 * step.
 */
static Datum
curve_array(FunctionCallInfo fcinfo, PkpcKmWalk *w)
{
	Oid			elemtype;
	TupleDesc	tupdesc = km_step_tupdesc(fcinfo, &elemtype);
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum		values[KM_STEP_NATTS];
	bool		nulls[KM_STEP_NATTS];
	StepTemplate tmpl[1 << KM_STEP_NATTS];
	StepTemplate *full_row;
	Size		hdr = ARR_OVERHEAD_NONULLS(1);
	Size		maxlen;
	PkpcKmStep	step;
	ArrayType  *arr;
	char	   *p;
	int64		maxsteps = w->ne + w->nc;
	int64		nsteps = 0;

	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	memset(tmpl, 0, sizeof(tmpl));
	/* the longest row: no NULL field */
	memset(&step, 0, sizeof(step));
	step_values(&step, values, nulls);
	full_row = step_template(tmpl, tupdesc, values, nulls);
	maxlen = att_align_nominal(full_row->len, typalign);
	/* the fast path below writes such rows itself: check their layout */
	if (full_row->len != full_row->hoff + KM_STEP_NATTS * sizeof(int64) ||
		full_row->hoff != MAXALIGN(full_row->hoff) ||
		(((HeapTupleHeader) full_row->header)->t_infomask & HEAP_HASNULL))
		full_row = NULL;
	if (maxsteps > (int64) MaxArraySize || maxsteps > (int64) ((MaxAllocHugeSize - hdr) / maxlen))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("km_curve result is too large (" INT64_FORMAT " rows)", maxsteps)));
	arr = palloc_extended(hdr + maxsteps * maxlen, MCXT_ALLOC_HUGE);
	p = (char *) arr + hdr;
	while (pkpc_km_walk_next(w, &step, true))
	{
		StepTemplate *t;
		HeapTupleHeader td;
		char	   *aligned = (char *) att_align_nominal(p, typalign);

		/* alignment padding is zero, as construct_array leaves it */
		if (aligned > p)
			memset(p, 0, aligned - p);
		p = aligned;
		td = (HeapTupleHeader) p;
		if (step.surv > 0.0 && full_row != NULL)
		{
			/*
			 * No NULL field (every row until S reaches 0): eight 8-byte
			 * fields in a row, as heap_fill_tuple lays them out
			 */
			double		f[KM_STEP_NATTS] = {step.time, 0, 0, 0, step.surv,
				step.std_err, step.lower, step.upper};
			int64		c[3] = {step.n_risk, step.n_event, step.n_censor};

			memcpy(td, full_row->header, full_row->hoff);
			memcpy(p + full_row->hoff, f, sizeof(double));
			memcpy(p + full_row->hoff + sizeof(double), c, 3 * sizeof(int64));
			memcpy(p + full_row->hoff + 4 * sizeof(double), f + 4, 4 * sizeof(double));
			p += full_row->len;
		}
		else
		{
			step_values(&step, values, nulls);
			t = step_template(tmpl, tupdesc, values, nulls);
			memcpy(td, t->header, t->hoff);
			heap_fill_tuple(tupdesc, values, nulls, p + t->hoff, t->len - t->hoff,
							&td->t_infomask, (td->t_infomask & HEAP_HASNULL) ? td->t_bits : NULL);
			p += t->len;
		}
		if ((++nsteps & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	Assert(p <= (char *) arr + hdr + maxsteps * maxlen);
	arr = repalloc_huge(arr, p - (char *) arr);
	SET_VARSIZE(arr, p - (char *) arr);
	arr->ndim = 1;
	arr->dataoffset = 0;
	arr->elemtype = elemtype;
	ARR_DIMS(arr)[0] = (int) nsteps;
	ARR_LBOUND(arr)[0] = 1;
	PG_RETURN_ARRAYTYPE_P(arr);
}

PG_FUNCTION_INFO_V1(km_curve_final);

Datum
km_curve_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcKmWalk	w;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_KM_CURVE);
	if (!state_times(st, &w))
		memset(&w, 0, sizeof(w));	/* no rows: an empty curve */
	return curve_array(fcinfo, &w);
}

/* ---- the median ---- */

PG_FUNCTION_INFO_V1(km_median_final);

Datum
km_median_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcKmStep *steps;
	PkpcKmWalk	w;
	int64		nsteps;
	int64		n_events = 0;
	int64		i;
	double		median,
				lo,
				hi;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_KM_MEDIAN);
	nsteps = 0;
	steps = NULL;
	if (state_times(st, &w))
	{
		if (w.ne + w.nc > (int64) (MaxAllocHugeSize / sizeof(PkpcKmStep)))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("km_median has too many rows (" INT64_FORMAT ")", w.ne + w.nc)));
		steps = palloc_extended(sizeof(PkpcKmStep) * (w.ne + w.nc), MCXT_ALLOC_HUGE);
		nsteps = pkpc_km_steps(w.ev, w.ne, w.cens, w.nc, w.z, steps);
	}
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
