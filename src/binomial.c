/*-------------------------------------------------------------------------
 *
 * binomial.c
 *	  Binomial probabilities, tails and exact (Clopper-Pearson) limits,
 *	  accurate far into the tails, without PostgreSQL glue (pkpc_core.h).
 *
 * The density uses Loader's saddle-point form (C. Loader, "Fast and
 * accurate computation of binomial probabilities", 2000):
 *
 *	b(x; n, p) = exp(-D) / sqrt(2 pi x (n - x) / n),
 *	D = d(x, np) + d(n - x, nq) - (s(n) - s(x) - s(n - x))
 *
 * with s the error of Stirling's formula, ln k! = ln(sqrt(2 pi k) (k/e)^k)
 * + s(k), and d(x, m) = x ln(x / m) + m - x, summed as a series where x is
 * close to m so that it keeps its relative accuracy.  The density then has
 * a relative error of a few ulps for any n, where a ratio of factorials
 * or GSL's incomplete beta (about 1e-9 relative at n = 1e6) would not.
 *
 * A tail is the sum of densities from its end point outwards, each term
 * the previous one times the ratio of consecutive densities, stopped when
 * a term no longer changes the sum; the tail that does not contain the
 * mean is summed directly and the other one as its complement, so that
 * every sum runs over decreasing terms (at most about 40 sqrt(n p q) + 40
 * of them before they fall below 1e-17 of the sum).
 *
 * Exact limits for a proportion (Clopper & Pearson 1934): the lower limit
 * is the p at which P(X >= x) = alpha, the upper one the p at which
 * P(X <= x) = alpha.  They are solved for in the log odds
 * lambda = ln(p / q), by safeguarded Newton steps to 1e-15 (solve_logodds),
 * so that the odds p / q = e^lambda keep full relative accuracy even where
 * p is within rounding of 1 (where 1 - p would have lost it).
 *
 * src/binomial.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "binomial.h"

#define LN_SQRT_2PI		0.918938533204672741780329736406

/* s(k) = ln k! - ln(sqrt(2 pi k) (k/e)^k), k >= 0 an integer. */
static double
stirling_error(double k)
{
	double		k2;

	if (k <= 0.0)
		return 0.0;
	if (k <= 15.0)
	{
		/*
		 * k! is exact in a double up to 18!; the subtraction below loses at
		 * most ~1e-14 absolute, which is what matters in exp(-D).
		 */
		double		f = 1.0;
		double		i;

		for (i = 2.0; i <= k; i += 1.0)
			f *= i;
		return log(f) - (k + 0.5) * log(k) + k - LN_SQRT_2PI;
	}
	/* asymptotic series; the next term is below 1e-16 from k = 15 on */
	k2 = 1.0 / (k * k);
	return (1.0 / 12.0 - (1.0 / 360.0 - (1.0 / 1260.0 - (1.0 / 1680.0 -
			(1.0 / 1188.0) * k2) * k2) * k2) * k2) / k;
}

/* d(x, m) = x ln(x / m) + m - x, with a series where x is close to m. */
static double
deviance_term(double x, double m)
{
	if (fabs(x - m) < 0.1 * (x + m))
	{
		/*
		 * With v = (x - m) / (x + m): d = (x - m) v + 2 x sum_{j >= 1}
		 * v^(2j+1) / (2j + 1).
		 */
		double		v = (x - m) / (x + m);
		double		s = (x - m) * v;
		double		e = 2.0 * x * v;
		double		v2 = v * v;
		int			j;

		for (j = 1; j < 1000; j++)
		{
			double		s1;

			e *= v2;
			s1 = s + e / (2 * j + 1);
			if (s1 == s)
				return s1;
			s = s1;
		}
		return s;
	}
	return x * log(x / m) + m - x;
}

/*
 * b(x; n, p), 0 <= x <= n integers, q = 1 - p given separately (so that
 * it keeps its digits when p is close to 1).
 */
double
pkpc_binom_density(double x, double n, double p, double q)
{
	double		lc;

	if (x < 0.0 || x > n)
		return 0.0;
	if (p == 0.0)
		return x == 0.0 ? 1.0 : 0.0;
	if (q == 0.0)
		return x == n ? 1.0 : 0.0;
	/* q^n and p^n: pow() on the smaller of p and q, else through log1p */
	if (x == 0.0)
		return q <= 0.5 ? pow(q, n) : exp(n * log1p(-p));
	if (x == n)
		return p <= 0.5 ? pow(p, n) : exp(n * log1p(-q));
	lc = stirling_error(n) - stirling_error(x) - stirling_error(n - x) -
		deviance_term(x, n * p) - deviance_term(n - x, n * q);
	return exp(lc) / sqrt(2.0 * M_PI * x * ((n - x) / n));
}

/* sum_{j <= m} b(j), m below the mean: terms fall as j decreases. */
static double
sum_down(double m, double n, double p, double q)
{
	double		t = pkpc_binom_density(m, n, p, q);
	double		s = t;
	double		j;
	double		odds = q / p;

	for (j = m; j > 0.0 && t > 0.0; j -= 1.0)
	{
		t *= j / (n - j + 1.0) * odds;
		if (t <= s * 1e-17)
			break;
		s += t;
		if (fmod(j, 65536.0) == 0.0)
			CHECK_FOR_INTERRUPTS();
	}
	return s;
}

/* sum_{j >= m} b(j), m above the mean: terms fall as j increases. */
static double
sum_up(double m, double n, double p, double q)
{
	double		t = pkpc_binom_density(m, n, p, q);
	double		s = t;
	double		j;
	double		odds = p / q;

	for (j = m; j < n && t > 0.0; j += 1.0)
	{
		t *= (n - j) / (j + 1.0) * odds;
		if (t <= s * 1e-17)
			break;
		s += t;
		if (fmod(j, 65536.0) == 0.0)
			CHECK_FOR_INTERRUPTS();
	}
	return s;
}

/* P(X <= m) for X ~ Bin(n, p). */
double
pkpc_binom_lower(double m, double n, double p, double q)
{
	if (m < 0.0)
		return 0.0;
	if (m >= n)
		return 1.0;
	if (m < n * p)
		return sum_down(m, n, p, q);
	return 1.0 - sum_up(m + 1.0, n, p, q);
}

/* P(X >= m) for X ~ Bin(n, p). */
double
pkpc_binom_upper(double m, double n, double p, double q)
{
	if (m <= 0.0)
		return 1.0;
	if (m > n)
		return 0.0;
	if (m > n * p)
		return sum_up(m, n, p, q);
	return 1.0 - sum_down(m - 1.0, n, p, q);
}

/* p = 1 / (1 + e^-lambda), q = 1 / (1 + e^lambda), without cancellation */
static void
odds_to_pq(double lambda, double *p, double *q)
{
	*p = 1.0 / (1.0 + exp(-lambda));
	*q = 1.0 / (1.0 + exp(lambda));
}

/*
 * The root in lambda of g(lambda) = alpha, where g is P(X >= x) (upper_tail,
 * increasing in lambda) or P(X <= x) (decreasing).  Newton's method on
 * ln g - ln alpha, with
 *
 *	dP(X >= x) / dlambda =  n p q b(x - 1; n - 1, p),
 *	dP(X <= x) / dlambda = -n p q b(x; n - 1, p),
 *
 * safeguarded by a bracket that starts at [-700, 700] (odds from 1e-304 to
 * 1e304): a step that leaves the bracket, or a tail that underflows,
 * bisects instead.  ln g is concave in lambda (the tails of an exponential
 * family are log-concave in its natural parameter), so once left of the
 * root Newton's iterates approach it monotonically and quadratically: a
 * few evaluations where bisection to 1e-15 needs about sixty.
 */
static double
solve_logodds(double x, double n, double alpha, bool upper_tail)
{
	double		lo = -700.0;
	double		hi = 700.0;
	double		lambda = log((x + 0.5) / (n - x + 0.5));
	double		log_alpha = log(alpha);
	int			i;

	for (i = 0; i < 200; i++)
	{
		double		p;
		double		q;
		double		g;
		double		dg;
		double		next;

		odds_to_pq(lambda, &p, &q);
		g = upper_tail ? pkpc_binom_upper(x, n, p, q) : pkpc_binom_lower(x, n, p, q);
		/* is the root above lambda? */
		if (upper_tail ? (g < alpha) : (g > alpha))
			lo = lambda;
		else
			hi = lambda;
		if (hi - lo <= 1e-15 * Max(1.0, fabs(lo + hi) / 2.0))
			return (lo + hi) / 2.0;
		dg = n * p * q * (upper_tail ? pkpc_binom_density(x - 1.0, n - 1.0, p, q)
						  : -pkpc_binom_density(x, n - 1.0, p, q));
		next = lambda - (log(g) - log_alpha) * g / dg;
		if (!(g > 0.0 && dg != 0.0 && next > lo && next < hi))
			next = (lo + hi) / 2.0;
		else if (fabs(next - lambda) <= 1e-15 * Max(1.0, fabs(lambda)))
			return next;
		lambda = next;
	}
	return lambda;
}

/*
 * Log odds of the exact lower limit for x successes in n trials at one-
 * sided level alpha: P(X >= x) = alpha.  -Infinity for x = 0.
 */
double
pkpc_binom_logodds_lower(double x, double n, double alpha)
{
	if (x <= 0.0)
		return -INFINITY;
	return solve_logodds(x, n, alpha, true);
}

/* The upper limit: P(X <= x) = alpha.  +Infinity for x = n. */
double
pkpc_binom_logodds_upper(double x, double n, double alpha)
{
	if (x >= n)
		return INFINITY;
	return solve_logodds(x, n, alpha, false);
}
