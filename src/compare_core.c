/*-------------------------------------------------------------------------
 *
 * compare_core.c
 *	  The figures of one Table 1 row comparing a continuous variable
 *	  between two groups: summaries, normality, equality of variances and
 *	  the three tests a methods section chooses between.
 *
 * Summaries: mean and SD (n - 1) as R's mean() and sd(), quartiles as R's
 * quantile() default (Hyndman & Fan 1996, type 7: (1 - h) x[j] + h x[j+1]
 * at position 1 + (n - 1) p).
 *
 * Normality: Lilliefors' test (n >= 5), as nortest's lillie.test
 * (normality_dist.c).  Equality of variances: Levene (1960) with the group
 * means as centres, the ANOVA F of |x - mean| on 1 and N - 2 df, as SPSS
 * prints next to its t-test.  Tests: Student's pooled and Welch's t-test
 * (R's t.test, with its "essentially constant" rule), and the Mann-Whitney
 * U test with mid-ranks, tie-corrected, without continuity correction:
 *
 *	z = (U1 - n1 n2 / 2) / sqrt(n1 n2 / 12 ((N + 1) - sum(t^3 - t) / (N (N - 1))))
 *
 * p-values are two-sided, from upper tails.
 *
 * src/compare_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "compare_core.h"

#include <float.h>
#include <math.h>

#include "distributions.h"
#include "normality_dist.h"

double
pkpc_quantile7(const double *x, int64_t n, double p)
{
	double		index = (double) (n - 1) * p;	/* 0-based */
	int64_t		lo = (int64_t) floor(index);
	int64_t		hi = (int64_t) ceil(index);
	double		h = index - (double) lo;
	double		q = x[lo];

	if (index > (double) lo && x[hi] != q)
		q = (1.0 - h) * q + h * x[hi];
	return q;
}

void
pkpc_group_summary(const double *x, int64_t n, PkpcGroupSummary *s)
{
	PkpcKsStat	ks;

	s->n = n;
	s->sd = NAN;
	s->p_normal = NAN;
	if (pkpc_sample_mean_sd(x, n, &s->mean, &s->sd) != PKPC_NORM_OK)
		s->mean = s->sd = NAN;
	s->q1 = pkpc_quantile7(x, n, 0.25);
	s->median = pkpc_quantile7(x, n, 0.5);
	s->q3 = pkpc_quantile7(x, n, 0.75);
	if (n >= 5 && s->sd > 0.0 &&
		pkpc_ks_statistic(x, n, s->mean, s->sd, &ks) == PKPC_NORM_OK &&
		pkpc_lilliefors_p(ks.d, n, &s->p_normal) != PKPC_NORM_OK)
		s->p_normal = NAN;
}

/* sum |x - c| and sum (|x - c| - zbar)^2 of one group */
static void
deviations(const double *x, int64_t n, double c, double *sum, double *ss)
{
	double		zbar;
	int64_t		i;

	*sum = 0.0;
	*ss = 0.0;
	for (i = 0; i < n; i++)
		*sum += fabs(x[i] - c);
	zbar = *sum / (double) n;
	CHECK_FOR_INTERRUPTS();
	for (i = 0; i < n; i++)
	{
		double		d = fabs(x[i] - c) - zbar;

		*ss += d * d;
	}
	CHECK_FOR_INTERRUPTS();
}

double
pkpc_levene2_p(const double *x1, int64_t n1, const PkpcGroupSummary *s1,
			   const double *x2, int64_t n2, const PkpcGroupSummary *s2)
{
	double		sum1,
				ss1,
				sum2,
				ss2;
	double		n = (double) (n1 + n2);
	double		zbar1,
				zbar2,
				zall,
				between,
				within;

	if (n1 + n2 < 3)
		return NAN;
	deviations(x1, n1, s1->mean, &sum1, &ss1);
	deviations(x2, n2, s2->mean, &sum2, &ss2);
	zbar1 = sum1 / (double) n1;
	zbar2 = sum2 / (double) n2;
	zall = (sum1 + sum2) / n;
	between = n1 * (zbar1 - zall) * (zbar1 - zall) + n2 * (zbar2 - zall) * (zbar2 - zall);
	within = ss1 + ss2;
	if (!(within > 0.0) || !isfinite(between))
		return NAN;
	return pkpc_f_upper(between / (within / (n - 2.0)), 1.0, n - 2.0);
}

double
pkpc_t2_p(const PkpcGroupSummary *s1, const PkpcGroupSummary *s2, bool welch,
		  double *t)
{
	double		n1 = (double) s1->n;
	double		n2 = (double) s2->n;
	double		v1 = s1->n > 1 ? s1->sd * s1->sd : 0.0;
	double		v2 = s2->n > 1 ? s2->sd * s2->sd : 0.0;
	double		se;
	double		df;

	*t = NAN;
	if (welch)
	{
		double		a = v1 / n1;
		double		b = v2 / n2;

		if (s1->n < 2 || s2->n < 2)
			return NAN;
		se = sqrt(a + b);
		df = (a + b) * (a + b) / (a * a / (n1 - 1.0) + b * b / (n2 - 1.0));
	}
	else
	{
		if (s1->n + s2->n < 3)
			return NAN;
		df = n1 + n2 - 2.0;
		se = sqrt(((n1 - 1.0) * v1 + (n2 - 1.0) * v2) / df * (1.0 / n1 + 1.0 / n2));
	}
	if (!(se > 0.0) || se < 10.0 * DBL_EPSILON * fmax(fabs(s1->mean), fabs(s2->mean)))
		return NAN;
	*t = (s1->mean - s2->mean) / se;
	return fmin(1.0, 2.0 * pkpc_t_upper(fabs(*t), df));
}

double
pkpc_mann_whitney_p(const double *x1, int64_t n1, const double *x2, int64_t n2,
					double *z)
{
	double		rank_sum1 = 0.0;
	double		tie_sum = 0.0;
	double		nn = (double) (n1 + n2);
	double		u1,
				sigma;
	int64_t		i = 0,
				j = 0,
				done = 0;

	*z = NAN;
	/* one merge walk over both sorted samples, tie group by tie group */
	while (i < n1 || j < n2)
	{
		double		v = (j >= n2 || (i < n1 && x1[i] <= x2[j])) ? x1[i] : x2[j];
		int64_t		c1 = 0,
					c2 = 0;
		double		t,
					mid;

		while (i < n1 && x1[i] == v)
			i++, c1++;
		while (j < n2 && x2[j] == v)
			j++, c2++;
		t = (double) (c1 + c2);
		mid = (double) done + (t + 1.0) / 2.0;
		rank_sum1 += mid * (double) c1;
		tie_sum += t * t * t - t;
		done += c1 + c2;
		if ((done & 0xFFFF) < c1 + c2)
			CHECK_FOR_INTERRUPTS();
	}
	u1 = rank_sum1 - (double) n1 * (n1 + 1.0) / 2.0;
	sigma = sqrt(((double) n1 * (double) n2 / 12.0) *
				 ((nn + 1.0) - tie_sum / (nn * (nn - 1.0))));
	if (!(sigma > 0.0))
		return NAN;
	*z = (u1 - (double) n1 * (double) n2 / 2.0) / sigma;
	return fmin(1.0, 2.0 * pkpc_norm_upper(fabs(*z)));
}
