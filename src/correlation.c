/*-------------------------------------------------------------------------
 *
 * correlation.c
 *	  pearson_cor, spearman_cor and kendall_tau: tests of association of
 *	  two measured variables, as R's cor.test with its three methods.
 *
 * pearson_cor keeps paired moments (moments.c, as paired_t); r = Sxy /
 * sqrt(Sxx Syy), t = sqrt(n - 2) r / sqrt(1 - r^2) on n - 2 df, and for
 * n > 3 the Fisher (1921) z interval tanh(atanh(r) -+ q / sqrt(n - 3)),
 * one-sided intervals ending at -1 or 1, as R.
 *
 * spearman_cor and kendall_tau keep the (x, y) pairs (state.h, value width
 * 2) and rank them once in the final function (correlation_core.c).  The
 * p-values follow R 4.2.2's cor.test defaults:
 *
 *	Spearman: S = (n^3 - n)(1 - rho) / 6; without ties and n <= 1290 the
 *	AS 89 distribution of S (exact for n <= 9, Edgeworth series beyond),
 *	else the t approximation rho sqrt((n - 2) / (1 - rho^2)) on n - 2 df.
 *	Kendall: tau-b; without ties and n < 50 the exact distribution of the
 *	number of concordant pairs T, else z = S / sqrt(var S) with the
 *	tie-corrected variance, normal p.
 *
 * Two-sided p = min(1, 2 min(tails)).  One departure from R, towards the
 * exact value: R's exact Kendall upper tail is 1 - P(T <= q - 1), which
 * has no relative digits below ~1e-16; here it is P(T <= N - q) by the
 * symmetry of T (N = n (n - 1) / 2).  z is reported for Kendall whatever
 * the p's method.
 *
 * src/correlation.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/memutils.h"

#include "args.h"
#include "correlation_core.h"
#include "distributions.h"
#include "moments.h"
#include "result.h"
#include "state.h"

/* Largest n for Spearman's AS 89 p (R: n <= 1290, exact = NULL) */
#define SPEARMAN_AS89_MAX_N		1290
/* Largest n for Kendall's exact p (R: n < 50) */
#define KENDALL_EXACT_MAX_N		49

/* ---- transition functions ---- */

/* (state, x, y [, alternative [, conf_level]]): pkpc_pair_trans (state.c) */
#define COR_ENTRY(fn, tag, moments) \
	PG_FUNCTION_INFO_V1(fn); \
	Datum fn(PG_FUNCTION_ARGS) { return pkpc_pair_trans(fcinfo, tag, moments); }

COR_ENTRY(pearson_cor_trans, PKPC_TAG_PEARSON_COR, true)
COR_ENTRY(spearman_cor_trans, PKPC_TAG_SPEARMAN_COR, false)
COR_ENTRY(kendall_tau_trans, PKPC_TAG_KENDALL_TAU, false)

/* ---- pearson_cor ---- */

/* Fisher's z interval of r, as R's cor.test (n > 3). */
static void
fisher_interval(double r, int64 n, PkpcAlternative alt, double conf,
				double *lo, double *hi)
{
	double		z = atanh(r);
	double		sigma = 1.0 / sqrt((double) (n - 3));

	*lo = -1.0;
	*hi = 1.0;
	if (alt == PKPC_TWO_SIDED)
	{
		double		q = pkpc_norm_quantile((1.0 + conf) / 2.0);

		*lo = tanh(z - sigma * q);
		*hi = tanh(z + sigma * q);
	}
	else if (alt == PKPC_LESS)
		*hi = tanh(z + sigma * pkpc_norm_quantile(conf));
	else
		*lo = tanh(z - sigma * pkpc_norm_quantile(conf));
}

PG_FUNCTION_INFO_V1(pearson_cor_final);

Datum
pearson_cor_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcPairedMoments m;
	int64		n;
	double		r,
				t,
				lo,
				hi;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_PEARSON_COR);
	pkpc_result_init(&res, fcinfo);
	n = pkpc_state_n(st);
	pkpc_result_int64(&res, "n", n);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	if (n < 3)
	{
		pkpc_note(&res.notes, "fewer than 3 complete pairs: the test is undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_paired_moments(&st->groups[0], &m, "pearson_cor");
	pkpc_result_float8(&res, "df", (double) (n - 2));
	if (isnan(m.r))
	{
		pkpc_note(&res.notes, "x or y is constant: the correlation is undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	r = m.r;
	t = sqrt((double) (n - 2)) * r / sqrt(1.0 - r * r);
	pkpc_result_float8(&res, "r", r);
	pkpc_result_float8(&res, "t", t);
	pkpc_result_float8(&res, "p_value", pkpc_p_from_t(t, (double) (n - 2), st->alternative));
	if (n > 3)
	{
		fisher_interval(r, n, st->alternative, st->conf_level, &lo, &hi);
		pkpc_result_float8(&res, "ci_lower", lo);
		pkpc_result_float8(&res, "ci_upper", hi);
	}
	else
		pkpc_note(&res.notes, "3 pairs: no confidence interval (Fisher's z needs n > 3)");
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/*
 * A copy of the state's pairs (the cores reorder and overwrite them), or
 * NULL with a note and the counts when there are fewer than 2.
 */
static double *
copy_pairs(PkpcState *st, PkpcResult *res, int64 *n)
{
	PkpcGroup  *g;
	double	   *pairs;

	*n = pkpc_state_n(st);
	pkpc_result_int64(res, "n", *n);
	pkpc_result_int64(res, "n_skipped", st->n_skipped);
	if (*n < 2)
	{
		pkpc_note(&res->notes, "fewer than 2 complete pairs: the test is undefined");
		return NULL;
	}
	g = &st->groups[0];
	pairs = palloc_extended(sizeof(double) * 2 * g->nvalues, MCXT_ALLOC_HUGE);
	memcpy(pairs, g->values, sizeof(double) * 2 * g->nvalues);
	return pairs;
}

/* ---- spearman_cor ---- */

/*
 * R's pspearman: P(S <= q) (lower) or P(S >= q) by AS 89 where R uses it,
 * else through the t approximation.
 */
static double
spearman_tail(double q, int64 n, bool as89, bool lower)
{
	double		den;
	double		r;
	double		t;

	if (as89)
		return pkpc_spearman_prho((int) n, round(q) + (lower ? 2.0 : 0.0), lower);
	den = ((double) n * ((double) n * n - 1.0)) / 6.0;
	r = 1.0 - q / den;
	t = r / sqrt((1.0 - r * r) / (double) (n - 2));
	/* small S is large rho: the lower tail of S is the upper tail of t */
	return lower ? pkpc_t_upper(t, (double) (n - 2)) : pkpc_t_upper(-t, (double) (n - 2));
}

PG_FUNCTION_INFO_V1(spearman_cor_final);

Datum
spearman_cor_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcSpearman sp;
	double	   *pairs;
	int64		n;
	double		dn,
				q,
				p;
	bool		as89;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_SPEARMAN_COR);
	pkpc_result_init(&res, fcinfo);
	pairs = copy_pairs(st, &res, &n);
	if (pairs == NULL)
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	pkpc_spearman(pairs, n, &sp);
	if (isnan(sp.rho))
	{
		pkpc_note(&res.notes, "x or y is constant: the correlation is undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	dn = (double) n;
	q = (dn * dn * dn - dn) * (1.0 - sp.rho) / 6.0;
	as89 = !sp.ties && n <= SPEARMAN_AS89_MAX_N;
	pkpc_result_float8(&res, "rho", sp.rho);
	pkpc_result_float8(&res, "s", q);
	if (!as89 && n < 3)
	{
		pkpc_note(&res.notes, "2 tied pairs: p undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	switch (st->alternative)
	{
		case PKPC_GREATER:
			p = spearman_tail(q, n, as89, true);
			break;
		case PKPC_LESS:
			p = spearman_tail(q, n, as89, false);
			break;
		default:
			p = Min(1.0, 2.0 * spearman_tail(q, n, as89, q <= (dn * dn * dn - dn) / 6.0));
			break;
	}
	pkpc_result_float8(&res, "p_value", p);
	pkpc_result_text(&res, "method", as89 ? (n <= 9 ? "exact" : "Edgeworth") : "t");
	if (sp.ties)
		pkpc_note(&res.notes, "ties present: p from the t approximation, as R's cor.test");
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/* ---- kendall_tau ---- */

PG_FUNCTION_INFO_V1(kendall_tau_final);

Datum
kendall_tau_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcKendall kt;
	double	   *pairs;
	int64		n;
	double		z = NAN;
	double		p;
	bool		exact;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_KENDALL_TAU);
	pkpc_result_init(&res, fcinfo);
	pairs = copy_pairs(st, &res, &n);
	if (pairs == NULL)
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	pkpc_kendall(pairs, n, &kt);
	if (isnan(kt.tau_b))
	{
		pkpc_note(&res.notes, "x or y is constant: the correlation is undefined");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	pkpc_result_float8(&res, "tau_b", kt.tau_b);
	if (kt.var_s > 0.0)
		z = (double) kt.s / sqrt(kt.var_s);
	pkpc_result_float8(&res, "z", z);
	exact = !kt.ties && n <= KENDALL_EXACT_MAX_N;
	if (exact)
	{
		double		nn = (double) n * (n - 1) / 2.0;	/* pairs */
		double		t = ((double) kt.s + nn) / 2.0; /* concordant pairs */
		double		upper = pkpc_kendall_cdf((int) n, nn - t);	/* P(T >= t) */
		double		lower = pkpc_kendall_cdf((int) n, t);	/* P(T <= t) */

		if (st->alternative == PKPC_GREATER)
			p = upper;
		else if (st->alternative == PKPC_LESS)
			p = lower;
		else
			p = Min(1.0, 2.0 * (t > nn / 2.0 ? upper : lower));
	}
	else
		p = pkpc_p_from_z(z, st->alternative);
	pkpc_result_float8(&res, "p_value", p);
	pkpc_result_text(&res, "method", exact ? "exact" : "normal");
	if (kt.ties)
		pkpc_note(&res.notes, "ties present: p from the normal approximation with the tie-corrected variance, as R's cor.test");
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
