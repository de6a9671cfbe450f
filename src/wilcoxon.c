/*-------------------------------------------------------------------------
 *
 * wilcoxon.c
 *	  wilcoxon_signed_rank: the Wilcoxon signed-rank test for paired data.
 *
 * Wilcoxon (1945) on d = x - y, zero differences dropped and counted
 * (Wilcoxon's method; Pratt 1959 discusses the alternative).  The state
 * keeps the non-zero d in one group (values unordered, sorted once at the
 * end) and the number of zeros in n_extra.  |d| is ranked with mid-ranks by
 * one merge walk over the negative d read backwards and the positive d read
 * forwards (ranks.c).  With n the number of non-zero d, V the rank sum of
 * the positive ones and t the sizes of the tie groups of |d|:
 *
 *	sigma^2 = n (n + 1) (2n + 1) / 24 - sum(t^3 - t) / 48
 *	z = (V - n (n + 1) / 4 - cc) / sigma
 *
 * (Lehmann, Nonparametrics, 1975, sec. 3.2), cc = 0 for p_value (SPSS) and
 * R's continuity correction for p_value_cc.  The exact p is the
 * distribution of V under independent fair signs conditional on the ties
 * (rank_exact.c, as coin's wilcoxsign_test with zero.method = "Wilcoxon");
 * the pseudomedian (median of the Walsh averages of the non-zero d, as R)
 * and its interval come from hodges_lehmann.c.  Effect size r = z / sqrt(n)
 * (Rosenthal 1991) over the n pairs the test uses.
 *
 * src/wilcoxon.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"

#include "args.h"
#include "distributions.h"
#include "hodges_lehmann.h"
#include "rank_exact.h"
#include "ranks.h"
#include "result.h"
#include "state.h"

/* Largest sample for which tie sizes are gathered for the exact p. */
#define WSR_EXACT_MAX_N 1000000

PG_FUNCTION_INFO_V1(wilcoxon_signed_rank_trans);

/* wilcoxon_signed_rank_trans(state, x, y [, alternative [, conf_level]]) */
Datum
wilcoxon_signed_rank_trans(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_WILCOXON);
	double		x;
	double		y;
	double		d;

	pkpc_state_params_from_args(st, fcinfo, 3);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	y = PG_GETARG_FLOAT8(2);
	pkpc_check_finite("wilcoxon_signed_rank", x);
	pkpc_check_finite("wilcoxon_signed_rank", y);
	d = x - y;
	if (unlikely(!isfinite(d)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("difference %g - %g overflows in wilcoxon_signed_rank", x, y)));
	if (d == 0.0)
		st->n_extra++;
	else
		pkpc_group_add_value(st, pkpc_state_single_group(st), d);
	return pkpc_state_return(st);
}

/*
 * The exact p conditional on ties, or a note saying why there is none.
 * Without ties, a problem too large for the conditional distribution may
 * still have a cheap tail (R's psignrank semantics, summed only up to the
 * observed V); see mann_whitney.c.
 */
static void
exact_p(PkpcResult *res, const PkpcRankSums *rs, PkpcAlternative alt)
{
	PkpcExactP ep;
	bool		ok = false;
	double		v = rs->rank_sum[1];

	if (rs->tie_sizes != NULL)
		ok = pkpc_signrank_exact(rs->tie_sizes, (int) rs->ntie, v, &ep);
	if (!ok && rs->max_tie == 1 && rs->ntie <= PG_INT32_MAX)
	{
		int			n = (int) rs->ntie;

		ep.p_le = alt == PKPC_GREATER ? 0.0 : pkpc_psignrank(v, n, true);
		ep.p_ge = alt == PKPC_LESS ? 0.0 : pkpc_psignrank(v - 1.0, n, false);
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
 * Pseudomedian of the non-zero differences and its confidence interval, from
 * the sorted group as it is (map mode: (value, count) entries).
 */
static void
pseudomedian(PkpcResult *res, PkpcState *st)
{
	const PkpcGroup *g = &st->groups[0];
	PkpcHLResult hl;
	PkpcHLStatus status;

	status = pkpc_hl_one_sample_grouped(g->values, g->counts, g->nvalues,
										st->n_extra, st->alternative,
										st->conf_level, &hl);
	pkpc_hl_fields(res, status, &hl, "Walsh averages");
}

/* Every statistic of wilcoxon_signed_rank_result from n > 0 differences. */
static void
signed_rank_fields(PkpcResult *res, PkpcState *st)
{
	PkpcGroup  *g = &st->groups[0];
	PkpcAlternative alt = st->alternative;
	PkpcRankSums rs;
	int64		first_pos;
	double		n = g->n;
	double		v,
				centred,
				sigma;

	pkpc_group_sort(st, g);
	first_pos = pkpc_rank_first_nonnegative(g);
	pkpc_rank_merge(pkpc_rank_cursor(g, 0, first_pos, true),
					pkpc_rank_cursor(g, first_pos, g->nvalues, false),
					n <= WSR_EXACT_MAX_N, &rs);
	v = rs.rank_sum[1];
	centred = v - n * (n + 1.0) / 4.0;
	pkpc_result_float8(res, "v", v);

	if (rs.max_tie > 1 || st->n_extra > 0)
		pkpc_note(&res->notes,
				  "%s present: R's wilcox.test would use the normal approximation; p_exact is conditional on the ties",
				  rs.max_tie > 1 ? (st->n_extra > 0 ? "ties and zero differences" : "ties")
				  : "zero differences");
	exact_p(res, &rs, alt);
	pseudomedian(res, st);

	sigma = sqrt(n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - rs.tie_sum / 48.0);
	pkpc_rank_normal_fields(res, centred, sigma, n, alt);
}

PG_FUNCTION_INFO_V1(wilcoxon_signed_rank_final);

/*
 * Zero differences are counted (n_extra), never stored; a state given by
 * hand that stores one would silently change n and V.
 */
static void
check_no_stored_zero(const PkpcState *st)
{
	int64		i;

	if (st->labels.n == 0)
		return;
	for (i = 0; i < st->groups[0].nvalues; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (st->groups[0].values[i] == 0.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid wilcoxon_signed_rank state"),
					 errdetail("A zero difference is stored as a value; zero differences are only counted.")));
	}
}

Datum
wilcoxon_signed_rank_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	int64		n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_WILCOXON);
	check_no_stored_zero(st);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_zero", st->n_extra);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (n == 0)
		pkpc_note(&res.notes, st->n_extra > 0
				  ? "all differences are zero: the test is undefined"
				  : "no complete pairs");
	else
		signed_rank_fields(&res, st);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
