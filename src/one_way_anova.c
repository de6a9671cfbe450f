/*-------------------------------------------------------------------------
 *
 * one_way_anova.c
 *	  one_way_anova: classic and Welch one-way analysis of variance over k
 *	  groups (the aggregate; the statistics are computed by anova_core.c).
 *
 * State (state.c, tag PKPC_TAG_ONE_WAY_ANOVA): one group per label,
 * unlimited groups, each with the exact sums of x and x^2 (exact.c), so
 * that every plan and merge order gives the same bits.  Nothing per row is
 * kept, so hospitals can exchange one_way_anova_partial states without any
 * patient row.  The groups are ordered by label before the final sums, so
 * their order does not depend on the plan.
 *
 * src/one_way_anova.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "anova_core.h"
#include "args.h"
#include "moments.h"
#include "result.h"
#include "state.h"

/* one_way_anova_trans(state, value, grp) */
static Datum
one_way_anova_trans(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_ONE_WAY_ANOVA);
	PkpcGroup  *g;
	double		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("one_way_anova", x);
	g = pkpc_state_group(st, fcinfo, 2, arg);
	pkpc_group_add_moments(st, g, x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(one_way_anova_trans, one_way_anova_trans)

PG_FUNCTION_INFO_V1(one_way_anova_final);

Datum
one_way_anova_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcGroupSummary *g;
	PkpcOnewayResult r;
	int			k;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_ONE_WAY_ANOVA);
	pkpc_state_order_groups(st, PG_GET_COLLATION());
	pkpc_result_init(&res, fcinfo);
	k = st->labels.n;
	pkpc_result_int64(&res, "k", k);
	pkpc_result_int64(&res, "n", pkpc_state_n(st));
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (k < 2)
	{
		pkpc_note(&res.notes, k == 0 ? "no rows with both a value and a group label"
				  : "only one group label present: the test needs at least two");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}

	g = palloc(sizeof(PkpcGroupSummary) * k);
	for (i = 0; i < k; i++)
	{
		const PkpcGroup *sg = &st->groups[i];

		g[i].n = (double) sg->n;
		pkpc_moments_split(sg, &g[i].center, &g[i].offset, &g[i].ss,
						   "one_way_anova");
	}
	pkpc_oneway(g, k, &r);
	pkpc_check_finite_stats("one_way_anova", &r.ss_between, 1);
	pkpc_check_finite_stats("one_way_anova", &r.ss_within, 1);

	pkpc_result_float8(&res, "df1", r.df1);
	pkpc_result_float8(&res, "df2", r.df2);
	pkpc_result_float8(&res, "f", r.f);
	pkpc_result_float8(&res, "p_value", r.p_value);
	pkpc_result_float8(&res, "eta_squared", r.eta_squared);
	pkpc_result_float8(&res, "omega_squared", r.omega_squared);
	pkpc_result_float8(&res, "f_welch", r.f_welch);
	pkpc_result_float8(&res, "df2_welch", r.df2_welch);
	pkpc_result_float8(&res, "p_welch", r.p_welch);
	if (r.classic == PKPC_ONEWAY_TOO_FEW)
		pkpc_note(&res.notes, "no more observations than groups: F undefined");
	else if (r.classic == PKPC_ONEWAY_NO_SPREAD)
		pkpc_note(&res.notes, "no variation within groups: F undefined");
	if (r.welch == PKPC_ONEWAY_TOO_FEW)
		pkpc_note(&res.notes, "a group has fewer than 2 observations: Welch's F undefined");
	else if (r.welch == PKPC_ONEWAY_NO_SPREAD)
		pkpc_note(&res.notes, "a group has no variation: Welch's F undefined");
	if (isnan(r.eta_squared))
		pkpc_note(&res.notes, "all values are equal: effect sizes undefined");
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
