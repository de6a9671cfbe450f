/*-------------------------------------------------------------------------
 *
 * normality_dist.c
 *	  Kolmogorov-Smirnov statistics against a normal distribution and the
 *	  distributions used to judge them.
 *
 * Statistics.  For an ascending sample x_(1..n) and a continuous F,
 *		D+ = max_i (i/n - F(x_(i))),  D- = max_i (F(x_(i)) - (i-1)/n),
 *		D  = max(D+, D-)
 * as R's ks.test and nortest's lillie.test define them.
 *
 * Lilliefors p (mean and sd estimated): Dallal & Wilkinson (1986), "An
 * analytic approximation to the distribution of Lilliefors's test statistic
 * for normality", The American Statistician 40(4):294-296, with the
 * modified-statistic polynomials (Stephens 1974) that nortest's lillie.test
 * uses where the Dallal-Wilkinson p exceeds 0.1.
 *
 * Kolmogorov limit distribution (Kolmogorov 1933):
 *		1 - K(z) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 z^2)
 *				 = 1 - sqrt(2 pi)/z sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 z^2)).
 * SPSS 21 printed the first two terms of each form, with the constants
 * sqrt(2 pi) = 2.506628 and pi^2/8 = 1.233701, split at z = 1.
 *
 * Exact distribution for a fully specified F: Marsaglia, Tsang & Wang
 * (2003), "Evaluating Kolmogorov's distribution", Journal of Statistical
 * Software 8(18).  With n d = k - h (k integer, 0 <= h < 1) and the
 * (2k-1) x (2k-1) matrix H of their section 2,
 *		P(D_n < d) = n!/n^n * (H^n)_{k,k}.
 * H^n is formed by repeated squaring; entries are rescaled by powers of two
 * (exact, unlike the paper's 1e140) whenever the largest one leaves a safe
 * range, and the exponent is carried separately.  Where 1 - P(D_n < d) is
 * small it has lost its digits to cancellation, so there the upper tail is
 * taken from Smirnov's one-sided distribution (Birnbaum & Tingey 1951,
 * Ann. Math. Statist. 22:592-596),
 *		P(D+_n >= d) = d sum_{j=0}^{floor(n(1-d))} C(n,j)
 *						 (1 - d - j/n)^(n-j) (d + j/n)^(j-1),
 * and P(D_n >= d) = 2 P(D+_n >= d) - P(D+_n >= d and D-_n >= d); the last
 * term is zero for d >= 1/2 and of relative size ~p^3 below.
 *
 * src/normality_dist.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

#include "normality_dist.h"

/* Below this, 1 - P(D_n < d) is replaced by the one-sided upper tail */
#define KS_EXACT_TAIL_SWITCH	1e-5

/* Binary exponent range kept by the matrix power before rescaling */
#define KS_SCALE_EXP			400

/*
 * Neumaier's compensated sum: error independent of n to first order, the
 * same on every platform (long double is not).
 */
typedef struct CompSum
{
	double		s;
	double		c;
} CompSum;

static inline void
comp_add(CompSum *cs, double v)
{
	double		t = cs->s + v;

	if (fabs(cs->s) >= fabs(v))
		cs->c += (cs->s - t) + v;
	else
		cs->c += (v - t) + cs->s;
	cs->s = t;
}

static inline double
comp_value(const CompSum *cs)
{
	return cs->s + cs->c;
}

/*
 * Mean and sd of a grouped sample: entry i holds counts[i] observations
 * equal to x[i] (counts NULL: one each).  Each pass adds count * term,
 * which for a count of one is exactly the term, so a plain sample gives
 * the doubles of summing value by value, and a value -> count map costs
 * O(distinct values).  Inlined into both callers, so that the plain case
 * (counts a constant NULL) keeps the simple loops.
 */
static pg_attribute_always_inline int
mean_sd_core(const double *x, const int64_t *counts, int64_t nv,
			 double *mean, double *sd)
{
	CompSum		sum = {0.0, 0.0};
	CompSum		dev = {0.0, 0.0};
	CompSum		ss = {0.0, 0.0};
	double		m;
	double		dn = 0.0;
	int64_t		i;

	if (nv < 1)
		return PKPC_NORM_BAD_INPUT;
	for (i = 0; i < nv; i++)
	{
		double		c = counts ? (double) counts[i] : 1.0;

		comp_add(&sum, c * x[i]);
		dn += c;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	m = comp_value(&sum) / dn;
	if (!isfinite(m))
		return PKPC_NORM_BAD_INPUT;

	/* second pass refines the mean, as R's mean() does */
	for (i = 0; i < nv; i++)
	{
		double		c = counts ? (double) counts[i] : 1.0;

		comp_add(&dev, c * (x[i] - m));
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	m += comp_value(&dev) / dn;

	for (i = 0; i < nv; i++)
	{
		double		c = counts ? (double) counts[i] : 1.0;
		double		r = x[i] - m;

		comp_add(&ss, c * (r * r));
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*mean = m;
	*sd = (dn > 1.0) ? sqrt(comp_value(&ss) / (dn - 1.0)) : NAN;
	if (dn > 1.0 && !isfinite(*sd))
		return PKPC_NORM_BAD_INPUT;
	return PKPC_NORM_OK;
}

int
pkpc_sample_mean_sd_grouped(const double *x, const int64_t *counts,
							int64_t nv, double *mean, double *sd)
{
	if (counts == NULL)
		return mean_sd_core(x, NULL, nv, mean, sd);
	return mean_sd_core(x, counts, nv, mean, sd);
}

int
pkpc_sample_mean_sd(const double *x, int64_t n, double *mean, double *sd)
{
	return mean_sd_core(x, NULL, n, mean, sd);
}

/*
 * D+, D- of a grouped sample.  Within a run of equal values F is the same,
 * so i/n - F is largest at the run's last observation and F - (i-1)/n at
 * its first: an entry of c observations after `before` ones contributes
 * (before + c)/n - F and F - before/n, the very expressions the
 * observation-by-observation loop evaluates there.  Inlined as above.
 */
static pg_attribute_always_inline int
ks_statistic_core(const double *x, const int64_t *counts, int64_t nv,
				  double mean, double sd, PkpcKsStat *out)
{
	double		dplus = -INFINITY;
	double		dminus = -INFINITY;
	int64_t		n = 0;
	int64_t		before = 0;
	double		dn;
	int64_t		i;

	if (nv < 1 || !isfinite(mean) || !isfinite(sd) || !(sd > 0.0))
		return PKPC_NORM_BAD_INPUT;
	if (counts == NULL)
		n = nv;
	else
		for (i = 0; i < nv; i++)
		{
			if (counts[i] < 1 || n > INT64_MAX - counts[i])
				return PKPC_NORM_BAD_INPUT;
			n += counts[i];
		}
	dn = (double) n;

	for (i = 0; i < nv; i++)
	{
		int64_t		after = before + (counts ? counts[i] : 1);
		double		z;
		double		above;		/* after/n - F(x) */
		double		below;		/* F(x) - before/n */

		if (!isfinite(x[i]) || (i > 0 && x[i] < x[i - 1]))
			return PKPC_NORM_BAD_INPUT;
		z = (x[i] - mean) / sd;
		if (z <= 0.0)
		{
			double		f = gsl_cdf_ugaussian_P(z);

			above = (double) after / dn - f;
			below = f - (double) before / dn;
		}
		else
		{
			/* F near 1: work with Q = 1 - F, which keeps its digits */
			double		q = gsl_cdf_ugaussian_Q(z);

			above = q - (double) (n - after) / dn;
			below = (double) (n - before) / dn - q;
		}
		if (above > dplus)
			dplus = above;
		if (below > dminus)
			dminus = below;
		before = after;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	out->d_plus = dplus;
	out->d_minus = dminus;
	out->d = (dplus > dminus) ? dplus : dminus;
	return PKPC_NORM_OK;
}

int
pkpc_ks_statistic_grouped(const double *x, const int64_t *counts, int64_t nv,
						  double mean, double sd, PkpcKsStat *out)
{
	if (counts == NULL)
		return ks_statistic_core(x, NULL, nv, mean, sd, out);
	return ks_statistic_core(x, counts, nv, mean, sd, out);
}

int
pkpc_ks_statistic(const double *x, int64_t n, double mean, double sd,
				  PkpcKsStat *out)
{
	return ks_statistic_core(x, NULL, n, mean, sd, out);
}

int
pkpc_lilliefors_p(double d, int64_t n, double *p)
{
	double		kd;
	double		nd;
	double		pv;

	if (n < 5)
		return PKPC_NORM_TOO_FEW;
	if (!(d >= 0.0 && d <= 1.0))
		return PKPC_NORM_BAD_INPUT;

	/* Dallal-Wilkinson: beyond n = 100 the statistic is rescaled to n = 100 */
	if (n <= 100)
	{
		kd = d;
		nd = (double) n;
	}
	else
	{
		kd = d * pow((double) n / 100.0, 0.49);
		nd = 100.0;
	}
	pv = exp(-7.01256 * kd * kd * (nd + 2.78019)
			 + 2.99587 * kd * sqrt(nd + 2.78019)
			 - 0.122119 + 0.974598 / sqrt(nd) + 1.67997 / nd);

	/* the approximation holds for p <= 0.1; above, the modified statistic */
	if (pv > 0.1)
	{
		double		sn = sqrt((double) n);
		double		kk = (sn - 0.01 + 0.85 / sn) * d;

		if (kk <= 0.302)
			pv = 1.0;
		else if (kk <= 0.5)
			pv = 2.76773 - 19.828315 * kk + 80.709644 * kk * kk
				- 138.55152 * kk * kk * kk + 81.218052 * kk * kk * kk * kk;
		else if (kk <= 0.9)
			pv = -4.901232 + 40.662806 * kk - 97.490286 * kk * kk
				+ 94.029866 * kk * kk * kk - 32.355711 * kk * kk * kk * kk;
		else if (kk <= 1.31)
			pv = 6.198765 - 19.558097 * kk + 23.186922 * kk * kk
				- 12.234627 * kk * kk * kk + 2.423045 * kk * kk * kk * kk;
		else
			pv = 0.0;
	}
	*p = pv;
	return PKPC_NORM_OK;
}

double
pkpc_kolmogorov_p_spss(double z)
{
	if (z < 0.27)
		return 1.0;
	if (z < 1.0)
	{
		double		q = exp(-1.233701 / (z * z));
		double		q8 = pow(q, 8.0);

		return 1.0 - 2.506628 / z * q * (1.0 + q8 + q8 * q8 * q8);
	}
	if (z < 3.1)
	{
		double		q = exp(-2.0 * z * z);
		double		q3 = q * q * q;

		return 2.0 * (q - q3 * q + q3 * q3 * q3 - q3 * q3 * q3 * q3 * q3 * q);
	}
	return 0.0;
}

double
pkpc_kolmogorov_q(double z)
{
	double		sum = 0.0;
	int			k;

	if (!(z > 0.0))
		return isnan(z) ? NAN : 1.0;

	if (z < 1.0)
	{
		/* theta form: K(z) <= K(1) = 0.73, so 1 - K keeps its digits */
		double		c = -M_PI * M_PI / (8.0 * z * z);

		for (k = 1; k < 100; k++)
		{
			double		t = exp((double) ((2 * k - 1) * (2 * k - 1)) * c);

			sum += t;
			if (t <= sum * 1e-17)
				break;
		}
		return 1.0 - sqrt(2.0 * M_PI) / z * sum;
	}

	/* alternating form: summed directly, an upper tail without 1 - K */
	for (k = 1; k < 100; k++)
	{
		double		t = 2.0 * exp(-2.0 * (double) k * k * z * z);

		sum += (k & 1) ? t : -t;
		if (t <= fabs(sum) * 1e-17)
			break;
	}
	return (sum < 0.0) ? 0.0 : sum;
}

/* ---- exact distribution (Marsaglia, Tsang & Wang 2003) ---- */

/* C = A * B for m x m row-major matrices; C must not alias A or B */
static void
mat_mult(const double *a, const double *b, double *c, int m)
{
	int			i,
				j,
				l;

	for (i = 0; i < m * m; i++)
		c[i] = 0.0;
	for (i = 0; i < m; i++)
	{
		double	   *ci = c + (size_t) i * m;

		for (l = 0; l < m; l++)
		{
			double		ail = a[(size_t) i * m + l];
			const double *bl = b + (size_t) l * m;

			if (ail == 0.0)
				continue;
			for (j = 0; j < m; j++)
				ci[j] += ail * bl[j];
		}
		CHECK_FOR_INTERRUPTS();
	}
}

/*
 * Keep the largest entry within 2^+-KS_SCALE_EXP by exact power-of-two
 * scaling, accumulating the removed exponent in *e.
 */
static void
mat_rescale(double *a, int m, int *e)
{
	double		mx = 0.0;
	int			i;

	for (i = 0; i < m * m; i++)
		if (a[i] > mx)
			mx = a[i];
	if (mx > ldexp(1.0, KS_SCALE_EXP))
	{
		for (i = 0; i < m * m; i++)
			a[i] = ldexp(a[i], -KS_SCALE_EXP);
		*e += KS_SCALE_EXP;
	}
}

/* number of matrix products of a left-to-right binary power H^n */
static int
power_products(int64_t n)
{
	int			cnt = 0;

	while (n > 1)
	{
		cnt += (n & 1) ? 2 : 1;
		n >>= 1;
	}
	return cnt;
}

/*
 * P(D_n < d) by the matrix power; 0 < d < 1.  Returns PKPC_NORM_TOO_LARGE
 * if the work bound is exceeded.
 */
static int
ks_mtw_cdf(double d, int64_t n, double *cdf)
{
	double		nd = (double) n * d;
	int64_t		k64 = (int64_t) ceil(nd);
	double		h;
	int			k,
				m,
				i,
				j,
				bit,
				e = 0;
	double	   *hm,
			   *t,
			   *tmp,
			   *invfact;
	double		s;

	if (k64 < 1)
		k64 = 1;
	if ((double) (2 * k64 - 1) * (2 * k64 - 1) * (2 * k64 - 1) *
		power_products(n) > PKPC_KS_EXACT_MAX_WORK)
		return PKPC_NORM_TOO_LARGE;
	k = (int) k64;
	h = (double) k - nd;
	m = 2 * k - 1;

	hm = palloc(sizeof(double) * m * m);
	t = palloc(sizeof(double) * m * m);
	tmp = palloc(sizeof(double) * m * m);
	invfact = palloc(sizeof(double) * (m + 1));

	/* 1/g!, underflowing gracefully to 0 for large g */
	invfact[0] = 1.0;
	for (i = 1; i <= m; i++)
		invfact[i] = invfact[i - 1] / (double) i;

	/* H: ones on and below the first superdiagonal, corrected edges */
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			hm[i * m + j] = (i - j + 1 >= 0) ? 1.0 : 0.0;
	for (i = 0; i < m; i++)
	{
		hm[i * m] -= pow(h, (double) (i + 1));
		hm[(m - 1) * m + i] -= pow(h, (double) (m - i));
	}
	if (2.0 * h - 1.0 > 0.0)
		hm[(m - 1) * m] += pow(2.0 * h - 1.0, (double) m);
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			if (i - j + 1 > 0)
				hm[i * m + j] *= invfact[i - j + 1];

	/* T = H^n, most significant bit first */
	for (i = 0; i < m * m; i++)
		t[i] = hm[i];
	for (bit = 62; bit >= 0 && !((n >> bit) & 1); bit--)
		;
	for (bit--; bit >= 0; bit--)
	{
		double	   *swap;

		mat_mult(t, t, tmp, m);
		swap = t;
		t = tmp;
		tmp = swap;
		e *= 2;
		mat_rescale(t, m, &e);
		if ((n >> bit) & 1)
		{
			mat_mult(t, hm, tmp, m);
			swap = t;
			t = tmp;
			tmp = swap;
			mat_rescale(t, m, &e);
		}
	}

	/* times n!/n^n, one factor at a time, keeping s in range */
	s = t[(k - 1) * m + (k - 1)];
	for (i = 1; i <= n; i++)
	{
		s *= (double) i / (double) n;
		if (s < ldexp(1.0, -KS_SCALE_EXP))
		{
			s = ldexp(s, KS_SCALE_EXP);
			e -= KS_SCALE_EXP;
		}
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*cdf = ldexp(s, e);

	pfree(hm);
	pfree(t);
	pfree(tmp);
	pfree(invfact);
	return PKPC_NORM_OK;
}

/* P(D+_n >= d), 0 < d < 1, Birnbaum-Tingey: a sum of positive terms */
static int
ks_smirnov_upper(double d, int64_t n, double *p)
{
	double		dn = (double) n;
	int64_t		jmax = (int64_t) floor(dn * (1.0 - d));
	double		sum = 0.0;
	int64_t		j;

	for (j = 0; j <= jmax; j++)
	{
		double		a = (1.0 - d) - (double) j / dn;
		double		b = d + (double) j / dn;
		gsl_sf_result lc;

		if (a <= 0.0)
			break;
		if (gsl_sf_lnchoose_e((unsigned int) n, (unsigned int) j, &lc) != GSL_SUCCESS)
			return PKPC_NORM_BAD_INPUT;
		sum += exp(lc.val + (dn - (double) j) * log(a)
				   + ((double) j - 1.0) * log(b));
		if ((j & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*p = d * sum;
	return PKPC_NORM_OK;
}

int
pkpc_ks_exact_p(double d, int64_t n, double *p)
{
	double		cdf;
	double		pv;
	int			rc;

	if (n < 1 || n > (int64_t) UINT32_MAX || isnan(d))
		return PKPC_NORM_BAD_INPUT;
	if (d <= 0.5 / (double) n)
	{
		/* D_n >= 1/(2n) always */
		*p = 1.0;
		return PKPC_NORM_OK;
	}
	if (d >= 1.0)
	{
		*p = 0.0;
		return PKPC_NORM_OK;
	}

	rc = ks_mtw_cdf(d, n, &cdf);
	if (rc != PKPC_NORM_OK)
		return rc;
	pv = 1.0 - cdf;

	if (pv < KS_EXACT_TAIL_SWITCH)
	{
		double		up;

		rc = ks_smirnov_upper(d, n, &up);
		if (rc != PKPC_NORM_OK)
			return rc;
		pv = 2.0 * up;
	}
	*p = (pv < 0.0) ? 0.0 : (pv > 1.0) ? 1.0 : pv;
	return PKPC_NORM_OK;
}

int
pkpc_ks_known_p(double d, int64_t n, bool has_ties, PkpcKsMethod method,
				double *p, bool *used_exact)
{
	bool		exact;

	if (n < 1 || !(d >= 0.0 && d <= 1.0))
		return PKPC_NORM_BAD_INPUT;
	switch (method)
	{
		case PKPC_KS_EXACT:
			exact = true;
			break;
		case PKPC_KS_ASYMPTOTIC:
			exact = false;
			break;
		default:
			exact = (n < 100 && !has_ties);
			break;
	}
	*used_exact = exact;
	if (exact)
		return pkpc_ks_exact_p(d, n, p);
	*p = pkpc_kolmogorov_q(sqrt((double) n) * d);
	return PKPC_NORM_OK;
}
