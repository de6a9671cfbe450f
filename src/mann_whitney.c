/*-------------------------------------------------------------------------
 *
 * mann_whitney.c
 *	  mann_whitney_u: the Wilcoxon-Mann-Whitney rank-sum test.
 *
 * Wilcoxon (1945), Mann & Whitney (1947), with mid-ranks for ties.  The
 * values of each group are kept unordered in the state, sorted once at the
 * end and ranked by one merge walk (ranks.c).  With R1 the rank sum of
 * group 1, N = n1 + n2 and t the sizes of the tie groups:
 *
 *	U1 = R1 - n1 (n1 + 1) / 2					(R's W with x = group 1)
 *	sigma^2 = n1 n2 / 12 ((N + 1) - sum(t^3 - t) / (N (N - 1)))
 *	z = (U1 - n1 n2 / 2 - cc) / sigma
 *
 * (Lehmann, Nonparametrics, 1975, sec. 1.4), cc = 0 for p_value (SPSS, R
 * correct = FALSE) and R's continuity correction for p_value_cc (sign(U1 -
 * n1 n2 / 2) / 2 two-sided, +1/2 'greater', -1/2 'less').  The exact p is
 * the permutation distribution of R1 conditional on the ties
 * (rank_exact.c), the Hodges-Lehmann shift and its interval come from
 * hodges_lehmann.c (as R's wilcox.test(conf.int = TRUE)).  Effect sizes:
 * r = z / sqrt(N) (Rosenthal 1991) and the rank-biserial correlation
 * (U1 - U2) / (n1 n2) (Glass 1965; Kerby 2014), positive when group 1 tends
 * to be larger, as z.
 *
 * src/mann_whitney.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "args.h"
#include "distributions.h"
#include "hodges_lehmann.h"
#include "rank_exact.h"
#include "ranks.h"
#include "result.h"
#include "state.h"

/* Largest pooled sample for which tie sizes are gathered for the exact p. */
#define MW_EXACT_MAX_N	1000000

/* mann_whitney_u_trans(state, value, grp [, alternative [, conf_level]]) */
static Datum
mann_whitney_trans(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_MANN_WHITNEY);
	double		x;

	pkpc_state_params_from_args(st, fcinfo, 3);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("mann_whitney_u", x);
	pkpc_group_add_value(st, pkpc_state_group(st, fcinfo, 2, arg), x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(mann_whitney_u_trans, mann_whitney_trans)

/*
 * The exact p conditional on ties, or a note saying why there is none.
 * Without ties, a problem too large for the conditional distribution may
 * still have a cheap tail (R's pwilcox semantics, summed only up to the
 * observed U): then the two-sided p is twice the smaller tail, which for the
 * symmetric distribution without ties is P(|W - E W| >= |w - E W|).
 */
static void
exact_p(PkpcResult *res, const PkpcRankSums *rs, double u1,
		PkpcAlternative alt)
{
	PkpcExactP ep;
	bool		ok = false;

	if (rs->tie_sizes != NULL)
		ok = pkpc_ranksum_exact(rs->tie_sizes, (int) rs->ntie, (int) rs->n[0],
								rs->rank_sum[0], &ep);
	if (!ok && rs->max_tie == 1 && rs->n[0] <= PG_INT32_MAX && rs->n[1] <= PG_INT32_MAX)
	{
		int			n1 = (int) rs->n[0];
		int			n2 = (int) rs->n[1];

		ep.p_le = alt == PKPC_GREATER ? 0.0 : pkpc_pwilcox(u1, n1, n2, true);
		ep.p_ge = alt == PKPC_LESS ? 0.0 : pkpc_pwilcox(u1 - 1.0, n1, n2, false);
		ep.p_two = Min(1.0, 2.0 * Min(ep.p_le, ep.p_ge));
		ok = !isnan(alt == PKPC_LESS ? ep.p_le : alt == PKPC_GREATER ? ep.p_ge : ep.p_two);
	}
	if (!ok)
	{
		pkpc_note(&res->notes,
				  "exact p not computed: the sample is too large for the exact distribution");
		return;
	}
	pkpc_result_float8(res, "p_exact",
					   alt == PKPC_LESS ? ep.p_le :
					   alt == PKPC_GREATER ? ep.p_ge : ep.p_two);
}

/*
 * Hodges-Lehmann shift group 1 - group 2 and its confidence interval, from
 * the sorted groups as they are (map-mode groups as (value, count) entries,
 * so that ordinal data is never expanded).
 */
static void
shift_estimate(PkpcResult *res, PkpcState *st)
{
	const PkpcGroup *g1 = &st->groups[0];
	const PkpcGroup *g2 = &st->groups[1];
	PkpcHLResult hl;
	PkpcHLStatus status;

	/* the extreme differences bound every difference: they must be finite */
	if (!isfinite(g1->values[g1->nvalues - 1] - g2->values[0]) ||
		!isfinite(g1->values[0] - g2->values[g2->nvalues - 1]))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("differences between the groups overflow in mann_whitney_u"),
				 errhint("Rescale the values, for example to other units.")));
	status = pkpc_hl_two_sample_grouped(g1->values, g1->counts, g1->nvalues,
										g2->values, g2->counts, g2->nvalues,
										st->alternative, st->conf_level, &hl);
	pkpc_hl_fields(res, status, &hl, "differences");
}

/* Every statistic of mann_whitney_u_result from two non-empty groups. */
static void
rank_sum_fields(PkpcResult *res, PkpcState *st)
{
	PkpcAlternative alt = st->alternative;
	PkpcRankSums rs;
	double		n1,
				n2,
				nn,
				u1,
				centred,
				sigma;

	n1 = st->groups[0].n;
	n2 = st->groups[1].n;
	if (n1 == 0 || n2 == 0)
	{
		pkpc_note(&res->notes, "a group has no observations: the test is undefined");
		return;
	}
	pkpc_group_sort(st, &st->groups[0]);
	pkpc_group_sort(st, &st->groups[1]);
	nn = n1 + n2;
	pkpc_rank_merge(pkpc_rank_cursor(&st->groups[0], 0, st->groups[0].nvalues, false),
					pkpc_rank_cursor(&st->groups[1], 0, st->groups[1].nvalues, false),
					nn <= MW_EXACT_MAX_N, &rs);

	u1 = rs.rank_sum[0] - n1 * (n1 + 1.0) / 2.0;
	centred = u1 - n1 * n2 / 2.0;
	pkpc_result_float8(res, "rank_sum1", rs.rank_sum[0]);
	pkpc_result_float8(res, "rank_sum2", rs.rank_sum[1]);
	pkpc_result_float8(res, "mean_rank1", rs.rank_sum[0] / n1);
	pkpc_result_float8(res, "mean_rank2", rs.rank_sum[1] / n2);
	pkpc_result_float8(res, "u", u1);
	pkpc_result_float8(res, "u_min", Min(u1, n1 * n2 - u1));
	pkpc_result_float8(res, "rank_biserial", 2.0 * u1 / (n1 * n2) - 1.0);

	if (rs.max_tie > 1)
		pkpc_note(&res->notes,
				  "ties present: R's wilcox.test would use the normal approximation; p_exact is conditional on the ties");
	exact_p(res, &rs, u1, alt);
	shift_estimate(res, st);

	if (rs.ntie < 2)
	{
		pkpc_note(&res->notes, "all values are tied: z and the asymptotic p are undefined");
		return;
	}
	sigma = sqrt((n1 * n2 / 12.0) * ((nn + 1.0) - rs.tie_sum / (nn * (nn - 1.0))));
	pkpc_rank_normal_fields(res, centred, sigma, nn, alt);
}

PG_FUNCTION_INFO_V1(mann_whitney_u_final);

Datum
mann_whitney_u_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_MANN_WHITNEY);
	pkpc_result_init(&res, fcinfo);
	if (pkpc_result_two_groups(&res, st, PG_GET_COLLATION()))
		rank_sum_fields(&res, st);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
