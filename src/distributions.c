/*-------------------------------------------------------------------------
 *
 * distributions.c
 *	  Upper-tail probabilities and quantiles of the normal, t, chi-square
 *	  and F distributions, accurate far into the tails.
 *
 * Every p-value of pkpcohort is computed from an upper tail, never as
 * 1 - P, so that small p-values keep their relative accuracy down to the
 * smallest representable doubles.
 *
 * Student's t and Snedecor's F are regularized incomplete beta functions
 * (Abramowitz & Stegun 26.5.2, 26.6.2, 26.7.1): for t >= 0
 *
 *		P(T > t) = 1/2 I_x(df/2, 1/2),	 x = df / (df + t^2),
 *		P(0 < T < t) = 1/2 I_y(1/2, df/2),	 y = t^2 / (df + t^2) = 1 - x,
 *		P(F > f) = I_x(df2/2, df1/2),	 x = df2 / (df2 + df1 f).
 *
 * GSL's incomplete beta takes x alone, so for large df, where x is within a
 * few ulps of 1, log(x) and with it the tail lose up to 1e-10 of their
 * relative accuracy; GSL's gsl_cdf_tdist_Q is only ~1e-7 accurate in far
 * tails.  We evaluate I_x(a, b) ourselves, always from x and y = 1 - x both
 * computed directly from the arguments, so that neither carries a
 * cancellation:
 *
 *	 - the factor x^a y^b / B(a, b) in logs, with log B from Stirling's
 *	   series for large arguments (lgamma(a + b) - lgamma(a) written as one
 *	   quantity) and, when a and b are both large, in the "deviance" form
 *	   -a D(x/x0 - 1) - b D(y/y0 - 1), D(e) = e - log(1 + e), x0 = a/(a + b),
 *	   as in BRCOMP of DiDonato & Morris (1992, ACM TOMS 18, 360-373);
 *	 - the continued fraction of I_x(a, b) (DLMF 8.17.22) on the side of the
 *	   mean where it converges quickly (y > (b+1)/(a+b+2); the other side is
 *	   1 - I_y(b, a)), by the modified Lentz algorithm (Thompson & Barnett
 *	   1986, J. Comput. Phys. 64, 490-509);
 *	 - for a large and b moderate, where that continued fraction converges
 *	   so slowly that its stopping test is fooled (measured: a relative error
 *	   of about tol * a / 20), the asymptotic expansion of BGRAT in
 *	   DiDonato & Morris (1992): with T = a + (b-1)/2, L = -log x, u = T L,
 *
 *		I_x(a, b) = Gamma(a+b) / (Gamma(a) T^b Gamma(b))
 *					* sum_n c_n T^(-2n) Gamma(b + 2n, u),
 *
 *	   where sum_n c_n z^(2n) = (sinh(z/2) / (z/2))^(b-1); it follows from
 *	   writing s^(a-1) (1-s)^(b-1) = exp(-T z) z^(b-1) (sinh(z/2)/(z/2))^(b-1)
 *	   with s = exp(-z), converges for L < 2 pi and is used for L < 1,
 *	   a >= 500 and b^3 <= a^2.
 *
 * The arithmetic is done in long double.  On x86-64 (80-bit extended) and
 * on 64-bit ARM Linux (binary128) that carries 11 or more extra bits, which
 * is what makes tails near 1e-300 accurate: there the exponent
 * (df+1)/2 log(1 + t^2/df) is ~700, and a double's rounding of it alone
 * would cost ~1e-13 of relative accuracy.  Measured against mpmath at 40+
 * digits (test/xval/dist), every t tail and quantile is within one ulp of
 * the exact value, every F tail within two.  Where long double is no wider
 * than double the code is unchanged and stays within 5e-13 (measured by
 * compiling it with double).
 *
 * The t quantile solves tail(s) = q (or, near the centre, the central
 * probability) by Halley's method on the logarithm of the probability as a
 * function of log s, from a Cornish-Fisher start (A&S 26.7.5) or the
 * power-law start of the far tail, safeguarded by bisection; so it is
 * consistent with pkpc_t_upper to rounding, and costs two or three
 * evaluations of the tail.
 *
 * GSL's error handler is off (see pkpcohort.c): every GSL routine that can
 * fail is called through its _e variant; a failure yields NaN, which the
 * callers report as an undefined (NULL) statistic.
 *
 * src/distributions.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "fmgr.h"
#include "miscadmin.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

#include "distributions.h"

#define LOG_2PI_L		1.837877066409345483560659472811235279723L
#define LN2_L			0.693147180559945309417232121458176568076L
#define LOG_PI_L		1.144729885849400174143427351353058711647L

/* Stopping test of the continued fractions. */
#define CF_TOL			(4.0L * working_epsilon())
/* The continued fractions need a few hundred terms at most; see the header. */
#define CF_MAX_ITER		100000

/*
 * The large-a expansion is used from a >= BETA_EXPANSION_MIN_A on (df >= 1000
 * for the t distribution): below, the continued fraction is accurate to
 * ~1e-17; above, the expansion needs only a handful of terms.
 */
#define BETA_EXPANSION_MIN_A	500.0L
#define BETA_EXPANSION_TERMS	60

/*
 * The epsilon of the long double arithmetic as it is actually carried out:
 * LDBL_EPSILON, except where long double operations are done in double
 * (valgrind emulates the x87 unit so), where a stopping test on
 * LDBL_EPSILON could never be met.
 */
static long double
working_epsilon(void)
{
	static long double eps = 0.0L;

	if (eps == 0.0L)
	{
		volatile long double sum;
		long double e = 1.0L;

		do
		{
			e *= 0.5L;
			sum = 1.0L + e;
		} while (sum > 1.0L);
		eps = 2.0L * e;
	}
	return eps;
}

/*
 * Stirling's series for log Gamma(z) - ((z - 1/2) log z - z + log(2 pi)/2),
 * z >= 10: the coefficients B_2k / (2k (2k - 1)), k = 1..10; the first term
 * left out is below 2e-20 there.
 */
static long double
stirling_tail(long double z)
{
	static const long double c[] = {
		1.0L / 12.0L, -1.0L / 360.0L, 1.0L / 1260.0L, -1.0L / 1680.0L,
		1.0L / 1188.0L, -691.0L / 360360.0L, 1.0L / 156.0L,
		-3617.0L / 122400.0L, 43867.0L / 244188.0L, -174611.0L / 125400.0L
	};
	long double	z2 = 1.0L / (z * z);
	long double	sum = 0.0L;
	int			k;

	for (k = lengthof(c) - 1; k >= 0; k--)
		sum = sum * z2 + c[k];
	return sum / z;
}

/*
 * log Gamma(a + b) - log Gamma(a) for a >= 10, as one quantity: the two
 * logarithms are ~a log a, their difference ~b log a.
 */
static long double
lgamma_diff(long double a, long double b)
{
	return b * logl(a) + (a + b - 0.5L) * log1pl(b / a) - b
		+ stirling_tail(a + b) - stirling_tail(a);
}

/*
 * e - log(1 + e), e > -1, given also log(1 + e) computed without
 * cancellation (for e near -1, 1 + e is not accurate): a series for small
 * e, where the difference would cancel.
 */
static long double
log1p_deviance(long double e, long double log1pe)
{
	long double	sum = 0.0L;
	long double	term = -e;
	int			k;

	if (fabsl(e) >= 0.25L)
		return e - log1pe;
	/* sum_{k >= 2} (-1)^k e^k / k; |e| < 1/4 makes 40 terms plenty */
	for (k = 2; k < 42; k++)
	{
		term *= -e;
		sum += term / k;
		if (fabsl(term) < LDBL_EPSILON * 1e-3L * fabsl(sum))
			break;
	}
	return sum;
}

/*
 * log(x^a y^b / B(a, b)), y = 1 - x, given x, y, log x and log y each
 * computed without cancellation.
 */
static long double
log_beta_factor(long double a, long double b, long double x, long double y,
				long double logx, long double logy)
{
	if (a >= 10.0L && b >= 10.0L)
	{
		/*
		 * deviance form: the large terms of log B and a log x cancel.  With
		 * x0 = a/(a+b), e1 = x/x0 - 1, e2 = y/y0 - 1: a e1 + b e2 = 0 and
		 * log(1 + e1) = log x + log(1 + b/a).
		 */
		long double	e1 = (a + b) * x / a - 1.0L;
		long double	e2 = (a + b) * y / b - 1.0L;

		return -a * log1p_deviance(e1, logx + log1pl(b / a))
			- b * log1p_deviance(e2, logy + log1pl(a / b))
			+ 0.5L * logl(a * (b / (a + b))) - 0.5L * LOG_2PI_L
			+ stirling_tail(a + b) - stirling_tail(a) - stirling_tail(b);
	}
	if (a >= 10.0L)
		return a * logx + b * logy + lgamma_diff(a, b) - lgammal(b);
	if (b >= 10.0L)
		return a * logx + b * logy + lgamma_diff(b, a) - lgammal(a);
	return a * logx + b * logy + lgammal(a + b) - lgammal(a) - lgammal(b);
}

/*
 * The continued fraction of I_x(a, b) (DLMF 8.17.22):
 * I_x(a, b) = x^a y^b / (a B(a, b)) * 1 / (1 + d1 / (1 + d2 / (1 + ...))),
 * evaluated by the modified Lentz algorithm.  NaN if it does not converge.
 */
static long double
beta_cf(long double a, long double b, long double x)
{
	const long double tiny = 1e-300L;
	long double	f = 1.0L;		/* 1 + d1 / (1 + d2 / (1 + ...)) */
	long double	c = 1.0L;
	long double	d = 0.0L;
	int			k;

	for (k = 1; k < CF_MAX_ITER; k++)
	{
		long double	m = (long double) (k / 2);
		long double	coef;
		long double	delta;

		if (k % 2 == 1)
			coef = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
		else
			coef = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1.0L + coef * d;
		if (fabsl(d) < tiny)
			d = tiny;
		d = 1.0L / d;
		c = 1.0L + coef / c;
		if (fabsl(c) < tiny)
			c = tiny;
		delta = c * d;
		f *= delta;
		if (fabsl(delta - 1.0L) < CF_TOL)
			return 1.0L / f;
		if ((k & 4095) == 4095)
			CHECK_FOR_INTERRUPTS();
	}
	return NAN;
}

/*
 * exp(u) u^(-b) Gamma(b, u), the scaled upper incomplete gamma function:
 * Legendre's continued fraction (DLMF 8.9.2) by Lentz's algorithm for
 * u >= b + 1, the series of the lower function (DLMF 8.7.1) below.
 */
static long double
gamma_upper_scaled(long double b, long double u)
{
	const long double tiny = 1e-300L;
	int			k;

	if (u >= b + 1.0L || u >= 30.0L)
	{
		long double	bk = u + 1.0L - b;
		long double	c = 1.0L / tiny;
		long double	d = 1.0L / bk;
		long double	h = d;

		for (k = 1; k < CF_MAX_ITER; k++)
		{
			long double	an = -k * (k - b);
			long double	delta;

			bk += 2.0L;
			d = an * d + bk;
			if (fabsl(d) < tiny)
				d = tiny;
			c = bk + an / c;
			if (fabsl(c) < tiny)
				c = tiny;
			d = 1.0L / d;
			delta = d * c;
			h *= delta;
			if (fabsl(delta - 1.0L) < CF_TOL)
				return h;
		}
		return NAN;
	}
	else
	{
		/* Gamma(b) e^u u^-b - sum_k u^k / (b (b+1) ... (b+k)) */
		long double	term = 1.0L / b;
		long double	sum = term;

		for (k = 1; k < CF_MAX_ITER; k++)
		{
			term *= u / (b + k);
			sum += term;
			if (term < CF_TOL * sum)
				return expl(lgammal(b) + u - b * logl(u)) - sum;
		}
		return NAN;
	}
}

/*
 * I_x(a, b) for large a by the expansion of DiDonato & Morris (see the
 * header), L = -log x > 0.  With g_k = exp(u) u^-b Gamma(b + k, u) / T^k,
 *		g_{k+1} = (b + k)/T g_k + L^k / T,
 * an upward recurrence of positive terms, and
 *		I_x(a, b) = [Gamma(a+b) / (Gamma(a) T^b)] u^b exp(-u) / Gamma(b)
 *					* sum_n c_n g_2n.
 * The c_n come from the power (b - 1) of sinh(z/2)/(z/2) =
 * sum_k z^(2k) / (4^k (2k+1)!) by J. C. P. Miller's recurrence.
 */
static long double
beta_large_a(long double a, long double b, long double L)
{
	long double	T = a + 0.5L * (b - 1.0L);
	long double	u = T * L;
	long double	h[BETA_EXPANSION_TERMS + 1];
	long double	c[BETA_EXPANSION_TERMS + 1];
	long double	g;
	long double	Lk = 1.0L;
	long double	sum;
	long double	logfactor;
	long double	prev = INFINITY;
	int			n;
	int			k;

	g = gamma_upper_scaled(b, u);
	if (isnan(g))
		return NAN;
	/* log of Gamma(a+b)/(Gamma(a) T^b) u^b e^-u / Gamma(b) */
	logfactor = (a + b - 0.5L) * log1pl(b / a)
		- b * log1pl((b - 1.0L) / (2.0L * a)) - b
		+ stirling_tail(a + b) - stirling_tail(a)
		+ b * logl(u) - u - lgammal(b);

	h[0] = 1.0L;
	c[0] = 1.0L;
	sum = g;
	for (n = 1; n <= BETA_EXPANSION_TERMS; n++)
	{
		long double	term;
		long double	cn = 0.0L;

		h[n] = h[n - 1] / (4.0L * (2 * n) * (2 * n + 1));
		for (k = 1; k <= n; k++)
			cn += (b * k - n) * h[k] * c[n - k];
		c[n] = cn / n;
		/* two steps of the recurrence: g_{2n-2} -> g_{2n} */
		for (k = 2 * n - 2; k < 2 * n; k++)
		{
			g = (b + k) / T * g + Lk / T;
			Lk *= L;
		}
		term = c[n] * g;
		sum += term;
		if (fabsl(term) <= 1e-3L * LDBL_EPSILON * fabsl(sum) &&
			fabsl(prev) <= 1e-3L * LDBL_EPSILON * fabsl(sum))
			break;
		prev = term;
	}
	return expl(logfactor) * sum;
}

/*
 * I_x(a, b) for x on the quickly converging side of the continued fraction,
 * x < (a + 1)/(a + b + 2), i.e. y > (b + 1)/(a + b + 2) (the callers test
 * y, which unlike x is not rounded to 1 when it is tiny).  x, y = 1 - x and
 * their logarithms are given, each without cancellation.  loginvbeta is
 * log(1 / B(a, b)) when the caller has it (not for a and b both large:
 * see log_beta_factor), else NaN.
 */
static long double
beta_side(long double a, long double b, long double x, long double y,
		  long double logx, long double logy, long double loginvbeta)
{
	long double	cf;
	long double	logfactor;

	if (a >= BETA_EXPANSION_MIN_A && b * b * b <= a * a && -logx < 1.0L)
		return beta_large_a(a, b, -logx);
	cf = beta_cf(a, b, x);
	if (isnan(cf))
		return NAN;
	if (isnan(loginvbeta))
		logfactor = log_beta_factor(a, b, x, y, logx, logy);
	else
		logfactor = a * logx + b * logy + loginvbeta;
	return expl(logfactor - logl(a)) * cf;
}

/*
 * x = 1/(1 + r), y = r/(1 + r) and their logarithms for r = p1 p2 / den > 0
 * (t: s s / df; F: df1 f / df2), without cancellation, and without
 * overflow or underflow of r: it is formed from the three mantissas and
 * the sum of the exponents, so log r is exact to rounding even where r or
 * 1/r is not representable (then x or y is 0 but its logarithm is not).
 */
typedef struct BetaArg
{
	long double	x;
	long double	y;
	long double	logx;
	long double	logy;
} BetaArg;

static BetaArg
beta_arg(long double p1, long double p2, long double den)
{
	BetaArg		ba;
	int			e1;
	int			e2;
	int			ed;
	long double	m;
	long double	logr;
	int			e;

	m = frexpl(p1, &e1) * frexpl(p2, &e2) / frexpl(den, &ed);
	e = e1 + e2 - ed;
	logr = logl(m) + e * LN2_L;
	if (logr <= 0.0L)
	{
		long double	r = ldexpl(m, e);	/* may underflow to 0: harmless */
		long double	l = log1pl(r);

		ba.x = 1.0L / (1.0L + r);
		ba.y = r / (1.0L + r);
		ba.logx = -l;
		ba.logy = logr - l;
	}
	else
	{
		long double	ir = ldexpl(1.0L / m, -e);
		long double	l = log1pl(ir);

		ba.x = ir / (1.0L + ir);
		ba.y = 1.0L / (1.0L + ir);
		ba.logy = -l;
		ba.logx = -logr - l;
	}
	return ba;
}

/* ---- the normal distribution ---- */

/* P(Z > z) for a standard normal Z. */
double
pkpc_norm_upper(double z)
{
	if (isnan(z))
		return NAN;
	return gsl_cdf_ugaussian_Q(z);
}

/* The lower p-quantile of the standard normal (Wichura's AS 241 in GSL). */
double
pkpc_norm_quantile(double p)
{
	if (!(p > 0.0 && p < 1.0))
		return NAN;
	return gsl_cdf_ugaussian_Pinv(p);
}

/* ---- Student's t ---- */

/*
 * log(Gamma(a + 1/2) / (Gamma(a) sqrt(a))), a = df/2: log f(0) + log(2 pi)/2
 * for the t density f; -> 0 as df -> infinity.
 */
static long double
t_log_ratio(long double a)
{
	if (a >= 10.0L)
		return a * log1pl(0.5L / a) - 0.5L
			+ stirling_tail(a + 0.5L) - stirling_tail(a);
	return lgammal(a + 0.5L) - lgammal(a) - 0.5L * logl(a);
}

/*
 * The two halves of the t distribution beyond and within s >= 0, given
 * lratio = t_log_ratio(df/2): *upper = P(T > s), *central = P(0 < T < s),
 * and optionally *logdens = log f(s) and *y = s^2 / (df + s^2).  Whichever half is
 * computed from the incomplete beta function keeps full relative accuracy;
 * the other is 1/2 minus it: the upper tail is then >= 0.04, the central
 * part >= 0.005 for df >= 0.01 (it vanishes with df, where the central
 * quantiles are ill-conditioned anyway).
 */
static void
t_halves(long double s, long double df, long double lratio, long double *upper,
		 long double *central, long double *logdens, long double *y)
{
	long double	a = 0.5L * df;
	BetaArg		ba = beta_arg(s, s, df);

	/* log(1 / B(a, 1/2)) = log Gamma(a + 1/2) - log Gamma(a) - log(pi)/2 */
	long double	loginvbeta = lratio + 0.5L * (logl(a) - LOG_PI_L);

	if (logdens)
		*logdens = lratio - 0.5L * LOG_2PI_L + (a + 0.5L) * ba.logx;
	if (y)
		*y = ba.y;

	if (s == 0.0L)
	{
		*upper = 0.5L;
		*central = 0.0L;
	}
	else if (ba.y > 1.5L / (a + 2.5L))
	{
		*upper = 0.5L * beta_side(a, 0.5L, ba.x, ba.y, ba.logx, ba.logy,
								  loginvbeta);
		*central = 0.5L - *upper;
	}
	else
	{
		*central = 0.5L * beta_side(0.5L, a, ba.y, ba.x, ba.logy, ba.logx,
									loginvbeta);
		*upper = 0.5L - *central;
	}
}

static bool
t_df_valid(double df)
{
	return df > 0.0 && !isinf(df);
}

/* P(T > t) for Student's t with df > 0 degrees of freedom (df may be real). */
double
pkpc_t_upper(double t, double df)
{
	long double	upper;
	long double	central;

	if (isnan(t) || !t_df_valid(df))
		return NAN;
	if (isinf(t))
		return t > 0 ? 0.0 : 1.0;
	t_halves(fabsl((long double) t), df, t_log_ratio(0.5L * df),
			 &upper, &central, NULL, NULL);
	if (isnan(upper))
		return NAN;
	return (double) (t >= 0 ? upper : 0.5L + central);
}

/* p-value of a t statistic under the given alternative. */
double
pkpc_p_from_t(double t, double df, PkpcAlternative alt)
{
	long double	upper;
	long double	central;

	switch (alt)
	{
		case PKPC_LESS:
			return pkpc_t_upper(-t, df);
		case PKPC_GREATER:
			return pkpc_t_upper(t, df);
		case PKPC_TWO_SIDED:
			break;
	}
	if (isnan(t) || !t_df_valid(df))
		return NAN;
	if (isinf(t))
		return 0.0;
	t_halves(fabsl((long double) t), df, t_log_ratio(0.5L * df),
			 &upper, &central, NULL, NULL);
	if (isnan(upper))
		return NAN;
	return (double) Min(1.0L, 2.0L * upper);
}

/*
 * The starting value of the quantile search in w = log s.  In the tails
 * (q < 1/4): the power law of the far tail, P(T > s) ~ f(s) s/df with
 * f(s) ~ exp(t_log_ratio) / sqrt(2 pi) (s^2/df)^-(df+1)/2, where it puts s
 * well beyond sqrt(df), else the Cornish-Fisher expansion about the normal
 * quantile z (A&S 26.7.5).  In the centre (c = 1/2 - q): s ~ c / f(0) for
 * small c, else Cornish-Fisher again.
 */
static long double
t_quantile_start(double q, long double df, long double lratio, bool tail)
{
	long double	logf0 = lratio - 0.5L * LOG_2PI_L;
	long double	z;
	long double	z2;
	long double	s;

	if (tail)
	{
		long double	wpow;

		wpow = (logf0 + 0.5L * (df - 1.0L) * logl(df) - logl(q)) / df;
		if (2.0L * wpow > logl(4.0L * df))
			return wpow;
	}
	else if (0.5 - q < 0.1)
		return logl(0.5L - q) - logf0;

	z = -gsl_cdf_ugaussian_Pinv(q);
	z2 = z * z;
	s = z + z * (z2 + 1.0L) / (4.0L * df)
		+ z * ((5.0L * z2 + 16.0L) * z2 + 3.0L) / (96.0L * df * df)
		+ z * (((3.0L * z2 + 19.0L) * z2 + 17.0L) * z2 - 15.0L)
		/ (384.0L * df * df * df)
		+ z * ((((79.0L * z2 + 776.0L) * z2 + 1482.0L) * z2 - 1920.0L) * z2
			   - 945.0L) / (92160.0L * df * df * df * df);
	return logl(s > 0.0L ? s : (z > 0.0L ? z : 1e-3L));
}

/*
 * g(w) = log H(e^w) - log h and its first two derivatives, where H is the
 * upper tail (tail = true; decreasing in w) or the central probability
 * (increasing).  With k = s f(s) / H and s f'(s)/f(s) = -(df+1) y,
 * y = s^2/(df + s^2):  g' = -+k,  g'' = -+k (1 - (df+1) y +- k).
 */
static long double
t_quantile_eq(long double w, long double df, long double lratio, bool tail,
			  long double logh, long double *d1, long double *d2)
{
	long double	s = expl(w);
	long double	upper;
	long double	central;
	long double	logdens;
	long double	y;
	long double	H;
	long double	k;

	t_halves(s, df, lratio, &upper, &central, &logdens, &y);
	H = tail ? upper : central;
	if (!(H > 0.0L))
	{
		/* underflow: the tail is beyond the root, the centre below it */
		*d1 = *d2 = NAN;
		return -INFINITY;
	}
	k = expl(w + logdens) / H;
	if (tail)
	{
		*d1 = -k;
		*d2 = -k * (1.0L - (df + 1.0L) * y + k);
	}
	else
	{
		*d1 = k;
		*d2 = k * (1.0L - (df + 1.0L) * y - k);
	}
	return logl(H) - logh;
}

/*
 * The lower p-quantile of Student's t.  q = min(p, 1 - p) is exact; s > 0
 * solves P(T > s) = q in the tails (q < 1/4) and P(0 < T < s) = 1/2 - q
 * (exact too) in the centre, by Halley's method in w = log s (two or
 * three evaluations of the tail from the starting values), safeguarded
 * by bisection once the root is bracketed.  A quantile beyond DBL_MAX
 * (df < 1 in the far tails) is infinite.
 */
static double
t_quantile_solve(double p, double df)
{
	const long double wmax = logl((long double) DBL_MAX);
	double		q;
	bool		tail;
	long double	logh;
	long double	lratio;
	long double	w;
	long double	lo = -INFINITY;	/* below the root */
	long double	hi = wmax;		/* above the root, once hi_known */
	bool		hi_known = false;
	int			i;

	if (!(p > 0.0 && p < 1.0) || !t_df_valid(df))
		return NAN;
	if (p == 0.5)
		return 0.0;
	q = (p < 0.5) ? p : 1.0 - p;
	tail = (q < 0.25);
	logh = tail ? logl(q) : logl(0.5L - q);
	lratio = t_log_ratio(0.5L * df);
	w = Min(t_quantile_start(q, df, lratio, tail), wmax);

	for (i = 0; i < 300; i++)
	{
		long double	d1;
		long double	d2;
		long double	g = t_quantile_eq(w, df, lratio, tail, logh, &d1, &d2);
		long double	step;
		long double	wn;

		/* the equation's sign above the root: tail decreasing, centre increasing */
		bool		above = tail ? (g < 0.0L) : (g > 0.0L);

		if (g == 0.0L)
			break;
		if (above)
		{
			hi = w;
			hi_known = true;
		}
		else
		{
			if (w >= wmax)
				return p < 0.5 ? -INFINITY : INFINITY;
			lo = w;
		}
		/* Halley's step, Newton's where the correction is not moderate */
		step = -g / d1;
		if (fabsl(step * d2 / d1) < 1.0L)
			step /= 1.0L + 0.5L * step * d2 / d1;
		/* converged: the error after this step is ~step^3 */
		if (isfinite(step) && fabsl(step) < 1e-8L * Max(1.0L, fabsl(w)))
		{
			w += step;
			break;
		}
		wn = w + step;
		if (!isfinite(wn) || wn <= lo || wn >= hi)
		{
			if (!hi_known && isfinite(wn) && wn >= hi)
				wn = wmax;		/* test the end of the double range */
			else if (isfinite(lo))
				wn = 0.5L * (lo + hi);
			else
				wn = w - 2.0L;
		}
		w = wn;
		if (hi_known &&
			hi - lo < 4.0L * working_epsilon() * Max(1.0L, fabsl(w)))
			break;
	}
	{
		long double	s = expl(w);

		if (s > DBL_MAX)
			return p < 0.5 ? -INFINITY : INFINITY;
		return (double) (p < 0.5 ? -s : s);
	}
}

/*
 * pkpc_t_quantile: t_quantile_solve, remembering the last few answers.  A
 * GROUP BY report asks for the same quantile once per group (the same
 * conf_level, and the same df for groups of the same size), and solving
 * for it is most of a small group's final function.  A direct-mapped table
 * of 2^TQ_BITS entries, indexed by a multiplicative hash of the bits of df;
 * an entry with p = 0 (never a valid p) is empty.
 */
#define TQ_BITS		3

typedef struct TQuantileMemo
{
	double		p;
	double		df;
	double		quantile;
} TQuantileMemo;

static TQuantileMemo tq_memo[1 << TQ_BITS];

double
pkpc_t_quantile(double p, double df)
{
	uint64		bits;
	TQuantileMemo *m;

	memcpy(&bits, &df, sizeof(bits));
	m = &tq_memo[(bits * UINT64CONST(0x9E3779B97F4A7C15)) >> (64 - TQ_BITS)];
	if (m->p != p || m->df != df)
	{
		m->quantile = t_quantile_solve(p, df);
		m->p = p;
		m->df = df;
	}
	return m->quantile;
}

/* ---- chi-square and F ---- */

/* P(X > x) for a chi-square with df > 0 degrees of freedom. */
double
pkpc_chisq_upper(double x, double df)
{
	gsl_sf_result r;

	if (isnan(x) || !(df > 0.0) || isinf(df))
		return NAN;
	if (x <= 0.0)
		return 1.0;
	if (isinf(x))
		return 0.0;
	if (gsl_sf_gamma_inc_Q_e(0.5 * df, 0.5 * x, &r) != GSL_SUCCESS)
		return NAN;
	return r.val;
}

/*
 * P(F > f) for Snedecor's F(df1, df2): I_x(df2/2, df1/2) with
 * x = df2 / (df2 + df1 f) (A&S 26.6.2), or 1 - I_y(df1/2, df2/2) on the
 * other side of the mean.
 */
double
pkpc_f_upper(double f, double df1, double df2)
{
	long double	a = 0.5L * df2;
	long double	b = 0.5L * df1;
	BetaArg		ba;
	long double	r;

	if (isnan(f) || !(df1 > 0.0) || !(df2 > 0.0) || isinf(df1) || isinf(df2))
		return NAN;
	if (f <= 0.0)
		return 1.0;
	if (isinf(f))
		return 0.0;
	ba = beta_arg(df1, f, df2);
	if (ba.y > (b + 1.0L) / (a + b + 2.0L))
		r = beta_side(a, b, ba.x, ba.y, ba.logx, ba.logy, NAN);
	else
		r = 1.0L - beta_side(b, a, ba.y, ba.x, ba.logy, ba.logx, NAN);
	return (double) r;
}

/* p-value of a standard-normal statistic z under the given alternative. */
double
pkpc_p_from_z(double z, PkpcAlternative alt)
{
	switch (alt)
	{
		case PKPC_LESS:
			return pkpc_norm_upper(-z);
		case PKPC_GREATER:
			return pkpc_norm_upper(z);
		case PKPC_TWO_SIDED:
			break;
	}
	return Min(1.0, 2.0 * pkpc_norm_upper(fabs(z)));
}

/* ---- SQL-callable wrappers ---- */

#define DIST_FUNCTION(fn, expr) \
PG_FUNCTION_INFO_V1(fn); \
Datum fn(PG_FUNCTION_ARGS) \
{ \
	double		r = (expr); \
	if (isnan(r)) \
		PG_RETURN_NULL(); \
	PG_RETURN_FLOAT8(r); \
}

DIST_FUNCTION(dist_normal_upper, pkpc_norm_upper(PG_GETARG_FLOAT8(0)))
DIST_FUNCTION(dist_normal_quantile, pkpc_norm_quantile(PG_GETARG_FLOAT8(0)))
DIST_FUNCTION(dist_t_upper, pkpc_t_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_t_quantile, pkpc_t_quantile(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_chisq_upper, pkpc_chisq_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1)))
DIST_FUNCTION(dist_f_upper, pkpc_f_upper(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2)))
