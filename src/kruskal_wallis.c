/*-------------------------------------------------------------------------
 *
 * kruskal_wallis.c
 *	  kruskal_wallis: the Kruskal-Wallis rank test over k groups (the
 *	  aggregate; the statistic is computed by kruskal_core.c).
 *
 * State (state.c, tag PKPC_TAG_KRUSKAL_WALLIS): one group per label,
 * unlimited groups, each keeping its values unordered (a value -> count
 * map while it has at most 128 distinct values).  The final function
 * orders the groups by label, sorts each group once and ranks the pool by
 * a k-way merge, so the result depends only on the multiset of
 * (label, value) pairs, whatever the plan.
 *
 * src/kruskal_wallis.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "args.h"
#include "kruskal_core.h"
#include "result.h"
#include "state.h"

/* kruskal_wallis_trans(state, value, grp) */
static Datum
kruskal_wallis_trans(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_KRUSKAL_WALLIS);
	double		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("kruskal_wallis", x);
	pkpc_group_add_value(st, pkpc_state_group(st, fcinfo, 2, arg), x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(kruskal_wallis_trans, kruskal_wallis_trans)

PG_FUNCTION_INFO_V1(kruskal_wallis_final);

Datum
kruskal_wallis_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcSortedSample *samples;
	PkpcKruskalResult kw;
	int64		n;
	int			k;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_KRUSKAL_WALLIS);
	pkpc_state_order_groups(st, PG_GET_COLLATION());
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	k = st->labels.n;
	pkpc_result_int64(&res, "k", k);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (k < 2)
	{
		pkpc_note(&res.notes, k == 0 ? "no rows with both a value and a group label"
				  : "only one group label present: the test needs at least two");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_result_float8(&res, "df", k - 1);

	samples = palloc(sizeof(PkpcSortedSample) * k);
	for (i = 0; i < k; i++)
	{
		PkpcGroup  *g = &st->groups[i];

		pkpc_group_sort(st, g);
		samples[i].values = g->values;
		samples[i].counts = g->counts;
		samples[i].nentries = g->nvalues;
		samples[i].n = g->n;
	}
	pkpc_kruskal_wallis(samples, k, &kw);
	if (isnan(kw.h))
		pkpc_note(&res.notes, "all values are tied: H undefined");
	pkpc_result_float8(&res, "h", kw.h);
	pkpc_result_float8(&res, "p_value", kw.p_value);
	pkpc_result_float8(&res, "epsilon_squared", kw.epsilon_squared);
	for (i = 0; i < k; i++)
		if (st->groups[i].n < 5)
		{
			pkpc_note(&res.notes, "a group has fewer than 5 observations: the chi-square approximation of H may be poor");
			break;
		}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
