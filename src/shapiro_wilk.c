/*-------------------------------------------------------------------------
 *
 * shapiro_wilk.c
 *	  Shapiro-Wilk W test of normality by Royston's algorithm AS R94.
 *
 * References:
 *	  Royston, P. (1992), "Approximating the Shapiro-Wilk W-test for
 *	  non-normality", Statistics and Computing 2:117-119.
 *	  Royston, P. (1995), "Remark AS R94: A remark on algorithm AS 181: the
 *	  W-test for normality", Applied Statistics 44(4):547-551.
 *	  Shapiro, S. S. and Wilk, M. B. (1965), Biometrika 52:591-611 (the
 *	  exact null distribution for n = 3).
 *
 * Coefficients.  With m_i = Phi^-1((i - 3/8) / (n + 1/4)) and u = 1/sqrt(n),
 * the two extreme coefficients are polynomials in u added to the normalised
 * scores m_i / sqrt(m'm) (Royston 1992, eqs. for a_n and a_(n-1)); the others
 * are m_i scaled so that a'a = 1.  For n = 4, 5 only a_n is polynomial; for
 * n = 3, a_3 = -a_1 = sqrt(1/2).
 *
 * Statistic.  W = (a'x)^2 / sum (x_i - xbar)^2.  Since a'a = 1 and the a_i
 * sum to zero, 1 - W is the residual sum of squares of the centred sample
 * regressed on a, divided by the total: we compute it that way, as a sum of
 * squares, so that log(1 - W), which drives the p-value, keeps its digits
 * when W is close to 1 (large normal samples).  The data are first scaled by
 * a power of two (exact) so that squares neither overflow nor underflow.
 *
 * p-value.  Royston's normalising transformations: for 4 <= n <= 11,
 * y = -log(gamma - log(1 - W)) with gamma = -2.273 + 0.459 n; for n >= 12,
 * y = log(1 - W); y is then normal with mean and log-sd given by
 * polynomials in n (small n) or ln n (n >= 12), and p = P(Y > y).
 * The approximation was fitted for n <= 5000.
 *
 * src/shapiro_wilk.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include <gsl/gsl_cdf.h>

#include "shapiro_wilk.h"

/* Royston (1992): a_n and a_(n-1) corrections, polynomials in 1/sqrt(n) */
static const double sw_an[6] = {0.0, 0.221157, -0.147981, -2.071190,
4.434685, -2.706056};
static const double sw_an1[6] = {0.0, 0.042981, -0.293762, -1.752461,
5.682633, -3.582633};

/* 4 <= n <= 11: gamma, mean and log sd of -log(gamma - log(1 - W)) in n */
static const double sw_gamma[2] = {-2.273, 0.459};
static const double sw_mean_small[4] = {0.5440, -0.39978, 0.025054,
-6.714e-4};
static const double sw_lsd_small[4] = {1.3822, -0.77857, 0.062767,
-0.0020322};

/* n >= 12: mean and log sd of log(1 - W) in ln n */
static const double sw_mean_large[4] = {-1.5861, -0.31082, -0.083751,
0.0038915};
static const double sw_lsd_large[3] = {-0.4803, -0.082676, 0.0030302};

/* c[0] + c[1] x + ... + c[len-1] x^(len-1), by Horner's rule */
static double
sw_poly(const double *c, int len, double x)
{
	double		r = c[len - 1];
	int			i;

	for (i = len - 2; i >= 0; i--)
		r = r * x + c[i];
	return r;
}

/*
 * The coefficients of the upper half, a[i] for the (n - i)-th order
 * statistic (0-based i < n/2); the lower half is their negative.
 */
static void
sw_coefficients(int64_t n, double *a)
{
	int64_t		nh = n / 2;
	double		dn = (double) n;
	double		summ2 = 0.0;
	double		ssumm2,
				u,
				a1,
				a2,
				fac;
	int64_t		i,
				first;

	if (n == 3)
	{
		a[0] = sqrt(0.5);
		return;
	}

	/* a[i] holds m for now: upper-half normal scores, positive */
	for (i = 0; i < nh; i++)
	{
		a[i] = -gsl_cdf_ugaussian_Pinv(((double) (i + 1) - 0.375) / (dn + 0.25));
		summ2 += a[i] * a[i];
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	summ2 *= 2.0;
	ssumm2 = sqrt(summ2);
	u = 1.0 / sqrt(dn);

	a1 = a[0] / ssumm2 + sw_poly(sw_an, 6, u);
	if (n > 5)
	{
		a2 = a[1] / ssumm2 + sw_poly(sw_an1, 6, u);
		fac = sqrt((summ2 - 2.0 * a[0] * a[0] - 2.0 * a[1] * a[1]) /
				   (1.0 - 2.0 * a1 * a1 - 2.0 * a2 * a2));
		a[1] = a2;
		first = 2;
	}
	else
	{
		fac = sqrt((summ2 - 2.0 * a[0] * a[0]) / (1.0 - 2.0 * a1 * a1));
		first = 1;
	}
	a[0] = a1;
	for (i = first; i < nh; i++)
		a[i] /= fac;
}

/* p-value from 1 - W (> 0) for n >= 4 */
static double
sw_pvalue(int64_t n, double omw)
{
	double		y = log(omw);
	double		dn = (double) n;
	double		mean,
				sd;

	if (n <= 11)
	{
		double		gamma = sw_poly(sw_gamma, 2, dn);

		/*
		 * AS R94 reports p = 1e-99 beyond the transformation's pole; no
		 * sample reaches it (W is at least n a_n^2 / (n - 1)).
		 */
		if (y >= gamma)
			return 1e-99;
		y = -log(gamma - y);
		mean = sw_poly(sw_mean_small, 4, dn);
		sd = exp(sw_poly(sw_lsd_small, 4, dn));
	}
	else
	{
		double		ln = log(dn);

		mean = sw_poly(sw_mean_large, 4, ln);
		sd = exp(sw_poly(sw_lsd_large, 3, ln));
	}
	return gsl_cdf_ugaussian_Q((y - mean) / sd);
}

/*
 * Reads a grouped sample (counts[i] observations of x[i]; counts NULL: one
 * each) observation by observation, forwards or backwards.  The counts are
 * passed to each call rather than kept, so that in the plain instance of
 * sw_core (counts a constant NULL) a read is x[e] and a step.
 */
typedef struct SwCursor
{
	const double *x;
	int64_t		e;				/* current entry */
	int64_t		left;			/* its observations not yet read; 0: not
								 * loaded */
	int			dir;
} SwCursor;

static inline void
sw_cursor_init(SwCursor *cur, const double *x, int64_t nv, bool backwards)
{
	cur->x = x;
	cur->dir = backwards ? -1 : 1;
	cur->e = backwards ? nv - 1 : 0;
	cur->left = 0;
}

/* The next observation; called at most n times, so e stays in range. */
static pg_attribute_always_inline double
sw_next(SwCursor *cur, const int64_t *counts)
{
	double		v = cur->x[cur->e];

	if (counts == NULL)
	{
		cur->e += cur->dir;
		return v;
	}
	if (cur->left == 0)
		cur->left = counts[cur->e];
	if (--cur->left == 0)
		cur->e += cur->dir;
	return v;
}

/*
 * W and p of the sorted grouped sample of n >= 3 observations, not all
 * equal, at most PKPC_SW_MAX_N; e is the exponent that scales the data
 * into [0.5, 1).
 */
static pg_attribute_always_inline int
sw_core(const double *x, const int64_t *counts, int64_t nv, int64_t n, int e,
		double *w, double *p)
{
	int64_t		nh = n / 2;
	double	   *a;
	double		mean,
				dev,
				ssx,
				t,
				rss,
				omw;
	int64_t		i;
	SwCursor	lo,
				hi;

	/* mean with a correcting second pass, then centred sum of squares */
	mean = 0.0;
	sw_cursor_init(&lo, x, nv, false);
	for (i = 0; i < n; i++)
	{
		mean += ldexp(sw_next(&lo, counts), e);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	mean /= (double) n;
	dev = 0.0;
	sw_cursor_init(&lo, x, nv, false);
	for (i = 0; i < n; i++)
	{
		dev += ldexp(sw_next(&lo, counts), e) - mean;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	mean += dev / (double) n;

	/* n <= PKPC_SW_MAX_N: at most 40 MB, no overflow */
	a = palloc_huge(sizeof(double) * (nh > 0 ? nh : 1));
	sw_coefficients(n, a);

	/* a'x from differences of order statistics: free of the location */
	t = 0.0;
	sw_cursor_init(&lo, x, nv, false);
	sw_cursor_init(&hi, x, nv, true);
	for (i = 0; i < nh; i++)
	{
		double		xhi = sw_next(&hi, counts);
		double		xlo = sw_next(&lo, counts);

		t += a[i] * (ldexp(xhi, e) - ldexp(xlo, e));
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}

	/* total and residual sums of squares of the centred sample */
	ssx = 0.0;
	rss = 0.0;
	sw_cursor_init(&lo, x, nv, false);
	for (i = 0; i < n; i++)
	{
		double		c = ldexp(sw_next(&lo, counts), e) - mean;
		double		ai = (i < nh) ? -a[i] :
			(i >= n - nh) ? a[n - 1 - i] : 0.0;
		double		r = c - t * ai;

		ssx += c * c;
		rss += r * r;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(a);

	omw = rss / ssx;
	if (omw > 1.0)
		omw = 1.0;
	*w = 1.0 - omw;

	if (n == 3)
	{
		/* exact: P(W <= w) = (6/pi)(asin(sqrt(w)) - asin(sqrt(3/4))) */
		double		pv = 6.0 / M_PI * (asin(sqrt(*w)) - M_PI / 3.0);

		*p = (pv < 0.0) ? 0.0 : (pv > 1.0) ? 1.0 : pv;
		return PKPC_SW_OK;
	}

	*p = (omw > 0.0) ? sw_pvalue(n, omw) : 1.0;
	return (n > PKPC_SW_MAX_N_FOR_P) ? PKPC_SW_P_EXTRAPOLATED : PKPC_SW_OK;
}

int
pkpc_shapiro_wilk_grouped(const double *x, const int64_t *counts, int64_t nv,
						  double *w, double *p)
{
	int64_t		n = 0;
	int			e;
	int64_t		i;

	for (i = 0; i < nv; i++)
	{
		int64_t		c = counts ? counts[i] : 1;

		if (!isfinite(x[i]) || (i > 0 && x[i] < x[i - 1]) || c < 1 ||
			n > INT64_MAX - c)
			return PKPC_SW_BAD_INPUT;
		n += c;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (n < 3)
		return PKPC_SW_TOO_FEW;
	if (x[nv - 1] == x[0])
		return PKPC_SW_CONSTANT;
	if (n > PKPC_SW_MAX_N)
		return PKPC_SW_TOO_LARGE;

	/*
	 * Exact power-of-two scaling bringing the largest |x| into [0.5, 1),
	 * applied per value by ldexp (2^-e itself may not be representable).
	 */
	(void) frexp(fmax(fabs(x[0]), fabs(x[nv - 1])), &e);
	e = -e;
	if (counts == NULL)
		return sw_core(x, NULL, nv, n, e, w, p);
	return sw_core(x, counts, nv, n, e, w, p);
}

int
pkpc_shapiro_wilk(const double *x, int64_t n, double *w, double *p)
{
	if (n < 3)
		return PKPC_SW_TOO_FEW;
	return pkpc_shapiro_wilk_grouped(x, NULL, n, w, p);
}
