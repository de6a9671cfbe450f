/*-------------------------------------------------------------------------
 *
 * anova_core.c
 *	  One-way analysis of variance (classic and Welch) from group
 *	  summaries, without PostgreSQL glue (pkpc_core.h).
 *
 * Each group j enters as its size n_j, mean m_j and sum of squared
 * deviations SS_j (the aggregate keeps these per group).  With N = sum n_j
 * and m the grand mean:
 *
 *	SS_between = sum n_j (m_j - m)^2,	SS_within = sum SS_j
 *	F = (SS_between / (k - 1)) / (SS_within / (N - k)),  F(k - 1, N - k)
 *
 * (Fisher's analysis of variance; R's anova(aov(y ~ g)) and
 * oneway.test(var.equal = TRUE)), with the effect sizes
 *
 *	eta^2 = SS_between / SS_total
 *	omega^2 = (SS_between - (k - 1) MS_within) / (SS_total + MS_within)
 *
 * (Hays 1963; omega^2 is reported as computed, negative when F < 1).
 * Welch's (1951) test for unequal variances, as R's
 * oneway.test(var.equal = FALSE): with w_j = n_j / s_j^2, W = sum w_j and
 * m_w = sum w_j m_j / W,
 *
 *	A = sum (1 - w_j / W)^2 / (n_j - 1) / (k^2 - 1)
 *	F_w = sum w_j (m_j - m_w)^2 / ((k - 1) (1 + 2 (k - 2) A)),
 *	referred to F(k - 1, 1 / (3 A)).
 *
 * Each group's mean comes as a center plus an offset (anova_core.h); the
 * means enter every formula only through their differences, which are
 * formed as (center_j - center_1) + offset_j, exact for centers within a
 * factor of 2 of each other (Sterbenz), and weighted means are refined by
 * a second pass.  So groups of values near 1e9 with a spread near 1 keep
 * the digits of their differences, where means rounded to doubles would
 * carry an error of ulp(1e9) = 1.2e-7 each.
 *
 * src/anova_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "anova_core.h"
#include "distributions.h"

/*
 * sum w_j d_j / sum w_j, refined by a second pass over the deviations; d_j
 * are the group means relative to a common origin.
 */
static double
weighted_mean(const double *d, const double *w, int k, double wsum)
{
	double		m = 0.0;
	double		corr = 0.0;
	int			j;

	for (j = 0; j < k; j++)
		m += w[j] * d[j];
	m /= wsum;
	for (j = 0; j < k; j++)
		corr += w[j] * (d[j] - m);
	return m + corr / wsum;
}

static void
classic(const PkpcGroupSummary *g, const double *dm, int k, PkpcOnewayResult *res)
{
	double	   *w = palloc(sizeof(double) * k);
	double		m;
	double		ss_total;
	double		ms_within;
	int			j;

	res->ss_between = 0.0;
	res->ss_within = 0.0;
	for (j = 0; j < k; j++)
		w[j] = g[j].n;
	m = weighted_mean(dm, w, k, res->n);
	for (j = 0; j < k; j++)
	{
		double		d = dm[j] - m;

		res->ss_between += g[j].n * d * d;
		res->ss_within += g[j].ss;
	}
	pfree(w);
	ss_total = res->ss_between + res->ss_within;
	if (ss_total > 0.0)
		res->eta_squared = res->ss_between / ss_total;
	if (res->df2 < 1.0)
	{
		res->classic = PKPC_ONEWAY_TOO_FEW;
		return;
	}
	ms_within = res->ss_within / res->df2;
	if (ss_total > 0.0)
		res->omega_squared = (res->ss_between - res->df1 * ms_within) /
			(ss_total + ms_within);
	if (!(res->ss_within > 0.0))
	{
		res->classic = PKPC_ONEWAY_NO_SPREAD;
		return;
	}
	res->f = (res->ss_between / res->df1) / ms_within;
	res->p_value = pkpc_f_upper(res->f, res->df1, res->df2);
}

static void
welch(const PkpcGroupSummary *g, const double *dm, int k, PkpcOnewayResult *res)
{
	double	   *w = palloc(sizeof(double) * k);
	double		wsum = 0.0;
	double		m;
	double		a = 0.0;
	double		num = 0.0;
	int			j;

	for (j = 0; j < k; j++)
	{
		if (g[j].n < 2.0)
		{
			res->welch = PKPC_ONEWAY_TOO_FEW;
			pfree(w);
			return;
		}
		if (!(g[j].ss > 0.0))
		{
			res->welch = PKPC_ONEWAY_NO_SPREAD;
			pfree(w);
			return;
		}
		w[j] = g[j].n / (g[j].ss / (g[j].n - 1.0));
		wsum += w[j];
	}
	m = weighted_mean(dm, w, k, wsum);
	for (j = 0; j < k; j++)
	{
		double		d = dm[j] - m;
		double		u = 1.0 - w[j] / wsum;

		num += w[j] * d * d;
		a += u * u / (g[j].n - 1.0);
	}
	pfree(w);
	a /= (double) k * k - 1.0;
	res->f_welch = num / ((k - 1.0) * (1.0 + 2.0 * (k - 2.0) * a));
	res->df2_welch = 1.0 / (3.0 * a);
	res->p_welch = pkpc_f_upper(res->f_welch, res->df1, res->df2_welch);
}

/*
 * Both tests over k >= 2 groups of n_j >= 1 observations; undefined
 * statistics are NaN, with the reason in res->classic / res->welch.
 */
void
pkpc_oneway(const PkpcGroupSummary *g, int k, PkpcOnewayResult *res)
{
	double	   *dm = palloc(sizeof(double) * k);
	int			j;

	res->n = 0.0;
	for (j = 0; j < k; j++)
	{
		res->n += g[j].n;
		/* the means relative to the first group's center */
		dm[j] = (g[j].center - g[0].center) + g[j].offset;
	}
	res->df1 = k - 1;
	res->df2 = res->n - k;
	res->ss_between = res->ss_within = NAN;
	res->f = res->p_value = res->eta_squared = res->omega_squared = NAN;
	res->f_welch = res->df2_welch = res->p_welch = NAN;
	res->classic = res->welch = PKPC_ONEWAY_OK;
	classic(g, dm, k, res);
	welch(g, dm, k, res);
	pfree(dm);
}
