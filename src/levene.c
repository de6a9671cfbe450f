/*-------------------------------------------------------------------------
 *
 * levene.c
 *	  levene_test: equality of variances over k groups.
 *
 * Levene (1960) with the group mean as centre, which is what SPSS prints
 * next to its t-test, or Brown & Forsythe (1974) with the group median.
 * The statistic is the one-way ANOVA F on z_ij = |x_ij - c_i|:
 *
 *	F = (N - k) sum_i n_i (zbar_i - zbar)^2 / ((k - 1) sum_ij (z_ij - zbar_i)^2)
 *
 * with F(k - 1, N - k) as reference.  The deviations need each group's
 * centre before they can be summed, so the state keeps the values (as a
 * value -> count map for ordinal data, see state.h).
 *
 * src/levene.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "args.h"
#include "distributions.h"
#include "result.h"
#include "state.h"

#define CENTER_MEAN		0
#define CENTER_MEDIAN	1

/*
 * Work is O(n) after the sort, memory O(k); the passes over a group's
 * values (hundreds of millions in a list) poll for cancel every 65536.
 */
#define LEVENE_POLL(i) \
	do { \
		if (((i) & 0xFFFF) == 0) \
			CHECK_FOR_INTERRUPTS(); \
	} while (0)

static int
parse_center(text *t)
{
	char	   *s = text_to_cstring(t);

	if (strcmp(s, "mean") == 0)
		return CENTER_MEAN;
	if (strcmp(s, "median") == 0)
		return CENTER_MEDIAN;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid center \"%s\" for levene_test", s),
			 errhint("Use 'mean' (Levene, as SPSS) or 'median' (Brown-Forsythe).")));
	return CENTER_MEAN;			/* keep compiler quiet */
}

/* levene_test_trans(state, value, grp [, center]) */
static Datum
levene_trans(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_LEVENE);
	int			center = CENTER_MEAN;
	double		x;

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("center of levene_test must not be null")));
		center = parse_center(PG_GETARG_TEXT_PP(3));
	}
	pkpc_state_set_params(st, PKPC_TWO_SIDED, center, 0.95, NULL);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("levene_test", x);
	pkpc_group_add_value(st, pkpc_state_group(st, fcinfo, 2, arg), x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(levene_test_trans, levene_trans)

/*
 * The k-th smallest (0-based) value of a sorted group, 0 <= k < g->n.  A
 * list is indexed directly; a map has at most PKPC_MAP_MAX entries.
 */
static double
sorted_kth(const PkpcGroup *g, int64 k)
{
	int64		i;

	if (g->counts == NULL)
		return g->values[k];
	for (i = 0; i < g->nvalues; i++)
	{
		int64		c = g->counts[i];

		if (k < c)
			return g->values[i];
		k -= c;
	}

	/*
	 * Cannot happen: a group's n is the sum of its counts (a state
	 * invariant, checked when a state is read), so k < n is found above.
	 */
	elog(ERROR, "order statistic out of range");
	return 0.0;					/* keep compiler quiet */
}

/* The centre of a sorted group: its mean (two-pass) or its median. */
static double
group_center(const PkpcGroup *g, int center)
{
	double		sum = 0.0;
	double		mean;
	double		corr = 0.0;
	int64		i;

	if (center == CENTER_MEDIAN)
		return (sorted_kth(g, (g->n - 1) / 2) + sorted_kth(g, g->n / 2)) / 2.0;
	for (i = 0; i < g->nvalues; i++)
	{
		sum += g->values[i] * pkpc_group_count(g, i);
		LEVENE_POLL(i);
	}
	mean = sum / g->n;
	/* second pass removes the rounding error of the first */
	for (i = 0; i < g->nvalues; i++)
	{
		corr += (g->values[i] - mean) * pkpc_group_count(g, i);
		LEVENE_POLL(i);
	}
	return mean + corr / g->n;
}

PG_FUNCTION_INFO_V1(levene_test_final);

Datum
levene_test_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	int64		n;
	int			k;
	int			i;
	double	   *zbar;
	double		zall = 0.0;
	double		between = 0.0;
	double		within = 0.0;
	double		f;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_LEVENE);
	pkpc_state_order_groups(st, PG_GET_COLLATION());
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	k = st->labels.n;
	pkpc_result_int64(&res, "k", k);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (k < 2 || n - k < 1)
	{
		pkpc_note(&res.notes, k < 2 ? "fewer than 2 groups: test undefined"
				  : "no more observations than groups: test undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}

	/* group means of the absolute deviations, then the two sums of squares */
	zbar = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(double) * k);
	for (i = 0; i < k; i++)
	{
		PkpcGroup  *g = &st->groups[i];
		double		c;
		double		s = 0.0;
		int64		j;

		/*
		 * Sums run over the sorted values, so that the result does not
		 * depend on the order in which rows (or parallel workers' states)
		 * arrived: parallel and serial plans agree exactly.
		 */
		pkpc_group_sort(st, g);
		c = group_center(g, st->option);

		for (j = 0; j < g->nvalues; j++)
		{
			s += fabs(g->values[j] - c) * pkpc_group_count(g, j);
			LEVENE_POLL(j);
		}
		zbar[i] = s / g->n;
		zall += s;
		for (j = 0; j < g->nvalues; j++)
		{
			double		dev = fabs(g->values[j] - c) - zbar[i];

			within += dev * dev * pkpc_group_count(g, j);
			LEVENE_POLL(j);
		}
	}
	zall /= n;
	for (i = 0; i < k; i++)
		between += st->groups[i].n * (zbar[i] - zall) * (zbar[i] - zall);

	pkpc_check_finite_stats("levene_test", &within, 1);
	pkpc_check_finite_stats("levene_test", &between, 1);
	pkpc_result_float8(&res, "df1", k - 1);
	pkpc_result_float8(&res, "df2", n - k);
	if (!(within > 0.0))
	{
		pkpc_note(&res.notes, "no spread of deviations within groups: F undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	f = (between / (k - 1)) / (within / (n - k));
	pkpc_result_float8(&res, "f", f);
	pkpc_result_float8(&res, "p_value", pkpc_f_upper(f, k - 1, n - k));
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
