/*-------------------------------------------------------------------------
 *
 * survival.c
 *	  km_survival (Kaplan-Meier S(t)) and log_rank (k-sample log-rank test).
 *
 * Kaplan & Meier (1958), product-limit estimator:
 *
 *	S(t) = prod over event times t_j <= t of (1 - d_j / n_j)
 *
 * with d_j the events at t_j and n_j the subjects still at risk (time >=
 * t_j).  A censoring at the same time as an event counts as at risk at that
 * time (events before censorings), as R's survfit does.
 *
 * Log-rank test (Mantel 1966; Peto & Peto 1972), as R's survdiff with
 * rho = 0: at each distinct event time t_j, with n_gj at risk and d_gj
 * events in group g, n_j and d_j over all groups,
 *
 *	O_g = sum_j d_gj,	E_g = sum_j d_j n_gj / n_j,
 *	V_gh = sum_j d_j (n_j - d_j) / (n_j - 1) * (n_gj / n_j) (delta_gh - n_hj / n_j)
 *
 * and chi2 = (O - E)' V^-1 (O - E) over the groups with E_g > 0, less the
 * first of them; df = (number of groups with E_g > 0) - 1.  O and E of every
 * group are reported too (survdiff's obs and exp).
 *
 * Both keep the (time, event) pairs of each group in the shared state
 * (state.h, value width 2) and sort them once, at the end, so that results
 * do not depend on row order: serial and parallel plans agree exactly.
 *
 * The checks every survival aggregate shares (survival.h) live here too: a
 * time is finite and >= 0, and an event is a boolean or an integer 1/0.
 *
 * src/survival.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"

#include "args.h"
#include "distributions.h"
#include "result.h"
#include "result_array.h"
#include "state.h"
#include "survival.h"

/* A time must be finite and not negative. */
void
pkpc_surv_check_time(const char *fname, double t)
{
	pkpc_check_finite(fname, t);
	if (t < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s does not accept the negative time %g", fname, t),
				 errhint("Survival times are durations from the start of follow-up.")));
}

/*
 * The event flag in argument argno (not NULL) as 1.0 or 0.0.  Registries
 * often store it as an integer 0/1; any other integer is an error rather
 * than a guess (a 2 may be a competing risk, a -1 a missing value).
 */
double
pkpc_surv_event(FunctionCallInfo fcinfo, int argno, PkpcEventArg arg,
				const char *fname)
{
	int32		e;

	if (arg == PKPC_EVENT_BOOL)
		return PG_GETARG_BOOL(argno) ? 1.0 : 0.0;
	e = PG_GETARG_INT32(argno);
	if (likely(e == 0 || e == 1))
		return (double) e;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s does not accept the event code %d", fname, e),
			 errdetail("An integer event must be 1 (event) or 0 (censored)."),
			 errhint("Recode other values, for example with CASE, or pass a boolean.")));
	return 0.0;					/* keep compiler quiet */
}

/* ---- km_survival ---- */

/* km_survival_trans(state, time, event, at) */
static Datum
km_survival_add(FunctionCallInfo fcinfo, PkpcEventArg earg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_KM_SURVIVAL);
	double		param[2] = {0.0, 0.0};
	PkpcGroup  *g;
	double		t;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("time point \"at\" of km_survival must not be null")));
	param[0] = PG_GETARG_FLOAT8(3);
	if (!isfinite(param[0]) || param[0] < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time point %g for km_survival", param[0]),
				 errhint("The time point must be finite and not negative.")));
	pkpc_state_set_params(st, PKPC_TWO_SIDED, 0, 0.95, param);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	t = PG_GETARG_FLOAT8(1);
	pkpc_surv_check_time("km_survival", t);
	g = pkpc_state_single_group(st);
	pkpc_group_add_pair(st, g, t, pkpc_surv_event(fcinfo, 2, earg, "km_survival"));
	return pkpc_state_return(st);
}

PG_FUNCTION_INFO_V1(km_survival_trans);
Datum
km_survival_trans(PG_FUNCTION_ARGS)
{
	return km_survival_add(fcinfo, PKPC_EVENT_BOOL);
}

PG_FUNCTION_INFO_V1(km_survival_int_trans);
Datum
km_survival_int_trans(PG_FUNCTION_ARGS)
{
	return km_survival_add(fcinfo, PKPC_EVENT_INT4);
}

/*
 * S(at) of one group, sorted by time.  Beyond the largest observed time the
 * estimate is undefined (NaN), as R's summary.survfit (extend = FALSE),
 * unless it has already reached 0.
 */
static double
km_estimate(const PkpcGroup *g, double at)
{
	double		s = 1.0;
	double		at_risk = (double) g->n;
	int64		i = 0;

	while (i < g->nvalues)
	{
		double		t = g->values[2 * i];
		double		d = 0.0;
		double		c = 0.0;

		if (t > at)
			return s;
		for (; i < g->nvalues && g->values[2 * i] == t; i++)
		{
			d += g->values[2 * i + 1];
			c += 1.0;
		}
		if (d > 0.0)
			s *= 1.0 - d / at_risk;
		at_risk -= c;
	}
	/* at >= the largest time: defined at that time, or once S reached 0 */
	if (g->nvalues > 0 && (at == g->values[2 * (g->nvalues - 1)] || s == 0.0))
		return s;
	return NAN;
}

PG_FUNCTION_INFO_V1(km_survival_final);

Datum
km_survival_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcGroup  *g;
	double		s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_KM_SURVIVAL);
	if (!isfinite(st->param[0]) || st->param[0] < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid km_survival state"),
				 errdetail("The time point %g is not a finite time >= 0.", st->param[0])));
	if (st->labels.n == 0 || st->groups[0].n == 0)
		PG_RETURN_NULL();
	g = &st->groups[0];
	pkpc_group_sort(st, g);
	s = km_estimate(g, st->param[0]);
	if (isnan(s))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(s);
}

/* ---- log_rank ---- */

/*
 * <test>_trans(state, time, event, grp), the transition of the grouped
 * survival aggregates (log_rank, cox_ph): a (time, event) pair in the group
 * of its label.
 */
Datum
pkpc_surv_add_grouped(FunctionCallInfo fcinfo, PkpcTestTag tag,
					  const char *fname, PkpcLabelArg arg, PkpcEventArg earg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, tag);
	double		t;

	pkpc_state_set_params(st, PKPC_TWO_SIDED, 0, 0.95, NULL);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	t = PG_GETARG_FLOAT8(1);
	pkpc_surv_check_time(fname, t);
	pkpc_group_add_pair(st, pkpc_state_group(st, fcinfo, 3, arg), t,
						pkpc_surv_event(fcinfo, 2, earg, fname));
	return pkpc_state_return(st);
}

static Datum
log_rank_bool_event(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	return pkpc_surv_add_grouped(fcinfo, PKPC_TAG_LOG_RANK, "log_rank", arg,
								 PKPC_EVENT_BOOL);
}

static Datum
log_rank_int_event(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	return pkpc_surv_add_grouped(fcinfo, PKPC_TAG_LOG_RANK, "log_rank", arg,
								 PKPC_EVENT_INT4);
}

/* log_rank_trans_<label>: boolean events; log_rank_int_trans_<label>: 0/1 */
PKPC_LABELLED_ENTRIES(log_rank_trans, log_rank_bool_event)
PKPC_LABELLED_ENTRIES(log_rank_int_trans, log_rank_int_event)

/* Observed, expected and covariance of the k groups' event counts. */
typedef struct LogRankSums
{
	int			k;
	double	   *obs;
	double	   *expct;
	double	   *var;			/* k x k, row-major */
	int64		n_events;
} LogRankSums;

/*
 * Work bound of log_rank, in elementary steps (1-3 ns each, so at most a
 * few seconds): the merge walk looks at every group at each distinct time
 * (at most n times), the covariance takes k^2 / 2 steps at each event time
 * (at most the number of events E), and the Cholesky factorisation k^3 / 3.
 * Beyond it (e.g. k > 1440 groups, or k = 100 with E > 200,000) the test is
 * refused before any allocation; the covariance matrix is then at most
 * 17 MB.
 */
#define LOG_RANK_MAX_WORK	1.0e9

static void
log_rank_check_work(const PkpcState *st)
{
	double		k = st->labels.n;
	double		n = 0.0;
	double		events = 0.0;
	double		work;
	int			g;
	int64		i;

	for (g = 0; g < st->labels.n; g++)
	{
		const PkpcGroup *grp = &st->groups[g];

		n += grp->nvalues;
		for (i = 0; i < grp->nvalues; i++)
		{
			events += grp->values[2 * i + 1];
			if ((i & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}
	}
	work = k * n + k * k * events / 2.0 + k * k * k / 3.0;
	if (work > LOG_RANK_MAX_WORK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("log_rank over %d groups with %.0f observations and %.0f events is too large",
						st->labels.n, n, events),
				 errdetail("The test would take about %.3g steps (k n + k^2 events / 2 + k^3 / 3); at most %.3g are allowed.",
						   work, LOG_RANK_MAX_WORK),
				 errhint("A log-rank test compares a few groups: group the labels into fewer classes.")));
}

/*
 * One merge walk over the k sorted groups, distinct time by distinct time
 * (ascending), accumulating O, E and V at every time with an event.
 */
static void
log_rank_sums(PkpcState *st, LogRankSums *s)
{
	int			k = st->labels.n;
	int64	   *pos;
	double	   *risk;
	double	   *dg;
	double	   *cg;
	double	   *ph;
	double		n_risk = 0.0;
	int			g,
				h;

	log_rank_check_work(st);
	pos = palloc0(sizeof(int64) * k);
	risk = palloc(sizeof(double) * k);
	dg = palloc(sizeof(double) * k);
	cg = palloc(sizeof(double) * k);
	ph = palloc(sizeof(double) * k);
	s->k = k;
	s->obs = palloc0(sizeof(double) * k);
	s->expct = palloc0(sizeof(double) * k);
	s->var = palloc0(sizeof(double) * k * (Size) k);
	s->n_events = 0;
	for (g = 0; g < k; g++)
	{
		pkpc_group_sort(st, &st->groups[g]);
		risk[g] = (double) st->groups[g].n;
		n_risk += risk[g];
	}

	for (;;)
	{
		double		t = INFINITY;
		double		d = 0.0;
		double		c = 0.0;

		for (g = 0; g < k; g++)
			if (pos[g] < st->groups[g].nvalues)
				t = Min(t, st->groups[g].values[2 * pos[g]]);
		if (isinf(t))
			break;
		for (g = 0; g < k; g++)
		{
			const PkpcGroup *grp = &st->groups[g];

			dg[g] = cg[g] = 0.0;
			for (; pos[g] < grp->nvalues && grp->values[2 * pos[g]] == t; pos[g]++)
			{
				dg[g] += grp->values[2 * pos[g] + 1];
				cg[g] += 1.0;
			}
			d += dg[g];
			c += cg[g];
		}
		if (d > 0.0)
		{
			double		w = n_risk > 1.0 ? d * (n_risk - d) / (n_risk - 1.0) : 0.0;

			s->n_events += (int64) d;
			for (h = 0; h < k; h++)
				ph[h] = risk[h] / n_risk;
			for (g = 0; g < k; g++)
			{
				double		pg = ph[g];
				double		wp = w * pg;
				double	   *row = s->var + (Size) g * k;

				s->obs[g] += dg[g];
				s->expct[g] += d * pg;
				if (pg == 0.0)
					continue;	/* nothing at risk: the row gets zeros */
				/* V_gh += w p_g (delta_gh - p_h), lower triangle */
				for (h = 0; h < g; h++)
					row[h] -= wp * ph[h];
				row[g] += wp * (1.0 - ph[g]);
			}
		}
		for (g = 0; g < k; g++)
			risk[g] -= cg[g];
		n_risk -= c;
		CHECK_FOR_INTERRUPTS();
	}
	/* V is symmetric: the upper triangle mirrors the lower one */
	for (g = 0; g < k; g++)
		for (h = g + 1; h < k; h++)
			s->var[(Size) g * k + h] = s->var[(Size) h * k + g];
}

/*
 * x' A^-1 x for a symmetric positive definite m x m matrix A (Cholesky,
 * in place); NaN when A is not positive definite (numerically singular,
 * where R's solve() fails).
 */
static double
quadratic_form_inverse(double *a, const double *x, int m)
{
	double	   *y = palloc(sizeof(double) * m);
	double		q = 0.0;
	double		scale = 0.0;
	int			i,
				j,
				l;

	for (i = 0; i < m; i++)
		scale = Max(scale, a[i * m + i]);
	for (j = 0; j < m; j++)
	{
		double		dj = a[j * m + j];

		CHECK_FOR_INTERRUPTS();	/* O(m^2) per column */
		for (l = 0; l < j; l++)
			dj -= a[j * m + l] * a[j * m + l];
		if (!(dj > 1e-12 * scale))
			return NAN;
		dj = sqrt(dj);
		a[j * m + j] = dj;
		for (i = j + 1; i < m; i++)
		{
			double		v = a[i * m + j];

			for (l = 0; l < j; l++)
				v -= a[i * m + l] * a[j * m + l];
			a[i * m + j] = v / dj;
		}
	}
	/* solve L y = x; then x' A^-1 x = y'y */
	for (i = 0; i < m; i++)
	{
		double		v = x[i];

		for (l = 0; l < i; l++)
			v -= a[i * m + l] * y[l];
		y[i] = v / a[i * m + i];
		q += y[i] * y[i];
	}
	return q;
}

/* chi2 over the groups with E > 0, less the first; sets *df. */
static double
log_rank_chi2(const LogRankSums *s, int *df, PkpcNotes *notes)
{
	int		   *use = palloc(sizeof(int) * s->k);
	int			m = 0;
	int			i,
				j;
	double	   *a;
	double	   *x;
	double		chi2;

	for (i = 0; i < s->k; i++)
		if (s->expct[i] > 0.0)
			use[m++] = i;
	if (m < s->k)
		pkpc_note(notes, "%d group(s) with no subject at risk at any event time left out of the test",
				  s->k - m);
	*df = m - 1;
	if (m < 2)
		return NAN;
	m--;
	a = palloc(sizeof(double) * m * m);
	x = palloc(sizeof(double) * m);
	for (i = 0; i < m; i++)
	{
		x[i] = s->obs[use[i + 1]] - s->expct[use[i + 1]];
		for (j = 0; j < m; j++)
			a[i * m + j] = s->var[use[i + 1] * s->k + use[j + 1]];
	}
	chi2 = quadratic_form_inverse(a, x, m);
	if (isnan(chi2))
		pkpc_note(notes, "variance matrix of the observed - expected events is singular: chi2 undefined");
	return chi2;
}

/* groups, observed and expected events, one element per group in label order */
static void
log_rank_group_fields(PkpcResult *res, const PkpcState *st, const LogRankSums *s)
{
	char	  **labels = palloc(sizeof(char *) * Max(1, st->labels.n));
	int			g;

	for (g = 0; g < st->labels.n; g++)
		labels[g] = pkpc_state_label_cstring(st, g);
	pkpc_result_text_array(res, "groups", labels, st->labels.n);
	pkpc_result_float8_array(res, "observed", s->obs, s->k);
	pkpc_result_float8_array(res, "expected", s->expct, s->k);
}

PG_FUNCTION_INFO_V1(log_rank_final);

Datum
log_rank_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	LogRankSums sums;
	double		chi2;
	int			df;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_LOG_RANK);
	pkpc_state_order_groups(st, PG_GET_COLLATION());
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "k", st->labels.n);
	pkpc_result_int64(&res, "n", pkpc_state_n(st));
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	log_rank_sums(st, &sums);
	pkpc_result_int64(&res, "n_events", sums.n_events);
	log_rank_group_fields(&res, st, &sums);
	if (st->labels.n < 2)
	{
		pkpc_note(&res.notes, "fewer than 2 groups: test undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	if (sums.n_events == 0)
	{
		pkpc_note(&res.notes, "no events: test undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	chi2 = log_rank_chi2(&sums, &df, &res.notes);
	if (df < 1)
	{
		pkpc_note(&res.notes, "fewer than 2 groups with subjects at risk at event times: test undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_result_float8(&res, "df", df);
	if (!isnan(chi2))
	{
		pkpc_result_float8(&res, "chi2", chi2);
		pkpc_result_float8(&res, "p_value", pkpc_chisq_upper(chi2, df));
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
