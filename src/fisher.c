/*-------------------------------------------------------------------------
 *
 * fisher.c
 *	  Fisher's exact test for r x c tables (network algorithm) and the 2 x 2
 *	  conditional odds ratio with its exact confidence interval.
 *
 * r x c tables.  Conditional on both margins, a table has probability
 *		P = prod_i R_i! prod_j C_j! / (N! prod_ij n_ij!),
 * which factors column by column: given the row totals still unassigned,
 * r = (r_1..r_r) with sum M, column j is multivariate hypergeometric,
 *		P(column j) = prod_i C(r_i, n_ij) / C(M, C_j).
 * This gives the network of Mehta and Patel (Mehta C.R., Patel N.R., "A
 * network algorithm for performing Fisher's exact test in r x c contingency
 * tables", JASA 78:427-434, 1983; and ACM TOMS 12:154-161, 1986): stage k
 * holds the nodes "row totals left after k columns", a path from the root to
 * the terminal is a table, and its length (sum of the log column
 * probabilities) is log P.  Rows are exchangeable in what is left to do, so
 * a node is the sorted vector of remaining row totals; rows with equal
 * remaining totals are enumerated once per distinct pattern and the count
 * of paths multiplied by the number of permutations.
 *
 * The two-sided p sums P over tables with P <= P_obs (1 + 1e-7).  At each
 * node we bound the largest and smallest probability of a completion (the
 * "longest" and "shortest" path to the terminal).  Because the completion
 * probabilities from a node are a conditional distribution, they sum to
 * one: a path whose past probability times the largest completion is below
 * the threshold contributes its past probability whole, and one whose past
 * times the smallest completion is above it contributes nothing.  Only the
 * paths in between are carried to the next stage, merged per node when their
 * past probabilities agree (to 1e-9 relative, the carried mass stays exact).
 *
 * The bounds come from relaxations of
 *		log P(completion) = K - sum_ij log n_ij!,  K = sum log r_i!
 *									+ sum log c_j! - log M!,
 * a separable convex function of the cells: dropping the row (column)
 * constraints leaves independent problems per column (row) with box bounds,
 * whose minimum of sum log n! is the most even split ("water filling") and
 * whose maximum is filling the largest capacities first (the greedy vector
 * majorizes every feasible one, and sum log n! is Schur-convex).  The tighter
 * of the two relaxations is used on each side.  Every decision thus stays
 * exact; tighter bounds would only save work.
 *
 * 2 x 2 tables.  With margins fixed the cell a is hypergeometric, and with
 * odds ratio psi Fisher's noncentral hypergeometric (Cornfield J., "A
 * statistical problem arising from retrospective studies", 1956; Fisher
 * 1935).  The conditional MLE solves E_psi(a) = a; the exact limits solve
 * tail probabilities equal to alpha, as R's fisher.test does.  Point
 * probabilities use Loader's saddle-point form of the binomial density
 * (Loader C., "Fast and accurate computation of binomial probabilities",
 * 2000: eqs. for stirlerr and the deviance bd0), combined as
 *		h(x; m, n, k) = b(x; m, p) b(k - x; n, p) / b(k; m + n, p),  p = k/N,
 * which stays accurate to about 1e-14 relative for totals far beyond what a
 * difference of log-gamma values allows.  Sums run outward from the mode or
 * from a tail's inner end with the term ratio, and stop when the terms no
 * longer matter, so the cost grows like sqrt(N).
 *
 * src/fisher.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "fisher.h"

#define FISHER_REL_ERR		1e-7	/* R's tolerance for "as or less likely" */
#define PAST_MERGE_TOL		1e-9	/* merge past log-probabilities this close */
#define TAIL_NEGLIGIBLE		1e-20	/* stop summing below this relative term */
#define MAX_LOG_PSI			690.0	/* keep exp(t) finite in the 2 x 2 solver */
#define LN_SQRT_2PI			0.918938533204672741780329736406

/* ====================================================================
 * Hypergeometric distribution of cell a of a 2 x 2 table
 * ====================================================================
 */

typedef struct Hyper
{
	double		m;				/* column 1 total, a + c */
	double		n;				/* column 2 total, b + d */
	double		k;				/* row 1 total, a + b */
	double		N;				/* table total */
	double		lo;				/* support of a: max(0, k - n) */
	double		hi;				/* min(k, m) */
	double		p;				/* k / N and 1 - k / N, with logs */
	double		q;
	double		lp;
	double		lq;
	int64_t    *terms;			/* terms summed by hyper_walk so far */
} Hyper;

/*
 * stirlerr(n) = log(n!) - [(n + 1/2) log n - n + log sqrt(2 pi)], the error
 * of Stirling's formula, for integer n >= 1 (Loader 2000).  Directly for
 * small n, else the asymptotic series in 1/n (coefficients B_2k / (2k(2k-1))).
 */
static double
stirlerr(double n)
{
	double		nn;

	if (n <= 15.0)
		return lgamma(n + 1.0) - (n + 0.5) * log(n) + n - LN_SQRT_2PI;
	nn = n * n;
	if (n > 500.0)
		return (1.0 / 12 - (1.0 / 360) / nn) / n;
	if (n > 80.0)
		return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260) / nn) / nn) / n;
	if (n > 35.0)
		return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680) / nn) / nn) / nn) / n;
	return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 -
												   (1.0 / 1188) / nn) / nn) / nn) / nn) / n;
}

/*
 * bd0(x, np) = x log(x / np) + np - x, the binomial deviance term, computed
 * by its series in v = (x - np) / (x + np) when x is near np so that no
 * cancellation occurs (Loader 2000).
 */
static double
bd0(double x, double np)
{
	if (fabs(x - np) < 0.1 * (x + np))
	{
		double		v = (x - np) / (x + np);
		double		s = (x - np) * v;
		double		ej = 2.0 * x * v;
		double		v2 = v * v;
		int			j;

		for (j = 1; j < 1000; j++)
		{
			double		s1;

			ej *= v2;
			s1 = s + ej / (2 * j + 1);
			if (s1 == s)
				break;
			s = s1;
		}
		return s;
	}
	return x * log(x / np) + np - x;
}

/* log of the binomial density b(x; n, p), integer-valued x in [0, n] */
static double
log_dbinom(double x, double n, const Hyper *h)
{
	double		lc;

	if (n == 0.0)
		return 0.0;
	if (x == 0.0)
		return n * h->lq;
	if (x == n)
		return n * h->lp;
	lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x)
		- bd0(x, n * h->p) - bd0(n - x, n * h->q);
	return lc - 0.5 * (2.0 * LN_SQRT_2PI + log(x) + log1p(-x / n));
}

/* log P(a = x) under independence */
static double
hyper_ld(const Hyper *h, double x)
{
	return log_dbinom(x, h->m, h) + log_dbinom(h->k - x, h->n, h)
		- log_dbinom(h->k, h->N, h);
}

static void
hyper_init(Hyper *h, double a, double b, double c, double d, int64_t *terms)
{
	h->terms = terms;
	h->m = a + c;
	h->n = b + d;
	h->k = a + b;
	h->N = a + b + c + d;
	h->lo = fmax(0.0, h->k - h->n);
	h->hi = fmin(h->k, h->m);
	h->p = h->k / h->N;
	h->q = (h->N - h->k) / h->N;
	h->lp = (h->q < 0.5) ? log1p(-h->q) : log(h->p);
	h->lq = (h->p < 0.5) ? log1p(-h->p) : log(h->q);
}

/* P(a = y + 1) / P(a = y) under independence, y in [lo, hi - 1] */
static inline double
hyper_ratio(const Hyper *h, double y)
{
	return ((h->m - y) * (h->k - y)) / ((y + 1.0) * (h->n - h->k + y + 1.0));
}

/*
 * State of the noncentral distribution for one log odds ratio t: the mode
 * and the total weight, everything relative to the weight at the mode.
 */
typedef struct HyperAt
{
	double		t;
	double		psi;			/* exp(t) */
	double		mode;
	double		s_up;			/* sum over y >= mode of w(y) / w(mode) */
	double		s_down;			/* sum over y < mode */
	double		m1;				/* sum of (y - mode) w(y) / w(mode) */
	double		m2;				/* sum of (y - mode)^2 w(y) / w(mode) */
} HyperAt;

/*
 * Sum of w(j) / w(y) for j = y, y + dir, ... up to and including stop,
 * where w(j) = P(a = j) psi^j.  The terms must not increase in direction dir
 * from y (y at or past the mode on that side).  Stops early once the terms
 * are negligible: log-concavity makes the rest smaller still.  Optionally
 * accumulates first and second moments about center.
 */
static double
hyper_walk(const Hyper *h, double psi, double y, int dir, double stop,
		   double center, double *m1, double *m2)
{
	double		term = 1.0;
	double		sum = 0.0;
	double		s1 = 0.0;
	double		s2 = 0.0;
	double		j = y;
	long		iter = 0;

	for (;;)
	{
		sum += term;
		if (m1)
		{
			double		dj = j - center;

			s1 += dj * term;
			s2 += dj * dj * term;
		}
		if (j == stop || term < TAIL_NEGLIGIBLE * sum)
			break;
		if (dir > 0)
			term *= hyper_ratio(h, j) * psi;
		else
			term /= hyper_ratio(h, j - 1.0) * psi;
		j += dir;
		if ((++iter & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*h->terms += iter;
	if (m1)
	{
		*m1 += s1;
		*m2 += s2;
	}
	return sum;
}

/* log(w(y) / w(mode)) */
static double
hyper_lrel(const Hyper *h, const HyperAt *s, double y)
{
	return hyper_ld(h, y) - hyper_ld(h, s->mode) + s->t * (y - s->mode);
}

/*
 * Set up the distribution at log odds ratio t: find the mode (the first y
 * whose ratio to its successor is at most one) by bisection, then the total
 * weight and the moments.
 */
static void
hyper_at(const Hyper *h, double t, HyperAt *s)
{
	double		lo = h->lo;
	double		hi = h->hi;

	s->t = t;
	s->psi = exp(t);
	while (lo < hi)
	{
		double		mid = floor(lo + (hi - lo) / 2.0);

		if (log(hyper_ratio(h, mid)) + t <= 0.0)
			hi = mid;
		else
			lo = mid + 1.0;
	}
	s->mode = lo;
	s->m1 = 0.0;
	s->m2 = 0.0;
	s->s_up = hyper_walk(h, s->psi, s->mode, 1, h->hi, s->mode,
						 &s->m1, &s->m2);
	s->s_down = 0.0;
	if (s->mode > h->lo)
	{
		double		r = 1.0 / (hyper_ratio(h, s->mode - 1.0) * s->psi);
		double		d1 = 0.0;
		double		d2 = 0.0;

		s->s_down = r * hyper_walk(h, s->psi, s->mode - 1.0, -1, h->lo,
								   s->mode, &d1, &d2);
		s->m1 += r * d1;
		s->m2 += r * d2;
	}
}

/* P_t(a >= x), summed without cancellation */
static double
hyper_upper(const Hyper *h, const HyperAt *s, double x)
{
	double		total = s->s_up + s->s_down;
	double		u;

	if (x <= h->lo)
		return 1.0;
	if (x > h->hi)
		return 0.0;
	if (x > s->mode)
		u = exp(hyper_lrel(h, s, x)) *
			hyper_walk(h, s->psi, x, 1, h->hi, 0.0, NULL, NULL);
	else
	{
		u = s->s_up;
		if (x < s->mode)
			u += hyper_walk(h, s->psi, s->mode - 1.0, -1, x, 0.0, NULL, NULL) /
				(hyper_ratio(h, s->mode - 1.0) * s->psi);
	}
	return fmin(1.0, u / total);
}

/* P_t(a <= x), summed without cancellation */
static double
hyper_lower(const Hyper *h, const HyperAt *s, double x)
{
	double		total = s->s_up + s->s_down;
	double		l;

	if (x >= h->hi)
		return 1.0;
	if (x < h->lo)
		return 0.0;
	if (x < s->mode)
		l = exp(hyper_lrel(h, s, x)) *
			hyper_walk(h, s->psi, x, -1, h->lo, 0.0, NULL, NULL);
	else
		l = s->s_down + hyper_walk(h, s->psi, s->mode, 1, x, 0.0, NULL, NULL);
	return fmin(1.0, l / total);
}

/*
 * Two-sided p by R's rule.  P(a = y) rises up to the mode and falls after
 * it, so the tables at most as likely as the observed one are two tails;
 * their inner ends are found by bisection on the point probabilities.
 */
static double
hyper_two_sided(const Hyper *h, double x)
{
	HyperAt		s;
	double		lthr = hyper_ld(h, x) + log1p(FISHER_REL_ERR);
	double		p = 0.0;
	double		lo,
				hi;

	hyper_at(h, 0.0, &s);
	if (hyper_ld(h, s.mode) <= lthr)
		return 1.0;

	/* largest y < mode with P(y) <= threshold */
	lo = h->lo;
	hi = s.mode - 1.0;
	if (lo <= hi && hyper_ld(h, lo) <= lthr)
	{
		while (lo < hi)
		{
			double		mid = lo + floor((hi - lo + 1.0) / 2.0);

			if (hyper_ld(h, mid) <= lthr)
				lo = mid;
			else
				hi = mid - 1.0;
		}
		p += hyper_lower(h, &s, lo);
	}

	/* smallest y > mode with P(y) <= threshold */
	lo = s.mode + 1.0;
	hi = h->hi;
	if (lo <= hi && hyper_ld(h, hi) <= lthr)
	{
		while (lo < hi)
		{
			double		mid = lo + floor((hi - lo) / 2.0);

			if (hyper_ld(h, mid) <= lthr)
				hi = mid;
			else
				lo = mid + 1.0;
		}
		p += hyper_upper(h, &s, lo);
	}
	return fmin(1.0, p);
}

/* Functions of t whose root the 2 x 2 solver seeks; all increase in t */
typedef enum
{
	ROOT_MLE,					/* E_t(a) - x */
	ROOT_LOWER,					/* log P_t(a >= x) - log alpha */
	ROOT_UPPER					/* log alpha - log P_t(a <= x) */
} RootKind;

static double
root_fn(const Hyper *h, RootKind kind, double x, double lalpha, double t)
{
	HyperAt		s;

	/* the work bound of the 2 x 2 solver: NaN stops it */
	if (*h->terms > PKPC_FISHER_2X2_MAX_TERMS)
		return NAN;
	hyper_at(h, t, &s);
	switch (kind)
	{
		case ROOT_MLE:
			return (s.mode - x) + s.m1 / (s.s_up + s.s_down);
		case ROOT_LOWER:
			return log(hyper_upper(h, &s, x)) - lalpha;
		case ROOT_UPPER:
			return lalpha - log(hyper_lower(h, &s, x));
	}
	return NAN;
}

/*
 * Root of an increasing function of t: bracket by doubling steps from t0,
 * then the Illinois variant of regula falsi, with a bisection whenever the
 * bracket fails to halve in three steps.  Converges to a bracket of a few
 * ulps.  Returns NaN if no sign change is found within |t| <= MAX_LOG_PSI,
 * or when the work bound is reached (root_fn gives NaN).
 */
static double
solve_increasing(const Hyper *h, RootKind kind, double x, double lalpha,
				 double t0)
{
	double		a,
				b,
				fa,
				fb;
	double		step = 1.0;
	double		f0;
	int			side = 0;
	int			iter;
	double		width_before;

	t0 = fmax(-MAX_LOG_PSI + 1.0, fmin(MAX_LOG_PSI - 1.0, t0));
	f0 = root_fn(h, kind, x, lalpha, t0);
	if (isnan(f0))
		return NAN;
	if (f0 == 0.0)
		return t0;
	if (f0 < 0.0)
	{
		a = t0;
		fa = f0;
		for (;;)
		{
			b = fmin(a + step, MAX_LOG_PSI);
			fb = root_fn(h, kind, x, lalpha, b);
			if (isnan(fb))
				return NAN;
			if (fb >= 0.0)
				break;
			if (b >= MAX_LOG_PSI)
				return NAN;
			a = b;
			fa = fb;
			step *= 2.0;
		}
	}
	else
	{
		b = t0;
		fb = f0;
		for (;;)
		{
			a = fmax(b - step, -MAX_LOG_PSI);
			fa = root_fn(h, kind, x, lalpha, a);
			if (isnan(fa))
				return NAN;
			if (fa <= 0.0)
				break;
			if (a <= -MAX_LOG_PSI)
				return NAN;
			b = a;
			fb = fa;
			step *= 2.0;
		}
	}
	if (fa == 0.0)
		return a;
	if (fb == 0.0)
		return b;

	width_before = b - a;
	for (iter = 1; iter <= 400; iter++)
	{
		double		c,
					fc;

		if (b - a <= 4.0 * DBL_EPSILON * fmax(1.0, fmax(fabs(a), fabs(b))))
			break;
		if (iter % 3 == 0)
		{
			if (b - a > 0.5 * width_before)
				side = 2;		/* too slow: bisect this time */
			width_before = b - a;
		}
		if (side == 2)
			c = a + (b - a) / 2.0;
		else
			c = (a * fb - b * fa) / (fb - fa);
		if (!(c > a && c < b))
			c = a + (b - a) / 2.0;
		fc = root_fn(h, kind, x, lalpha, c);
		if (isnan(fc))
			return NAN;
		if (fc == 0.0)
			return c;
		if (fc < 0.0)
		{
			a = c;
			fa = fc;
			if (side == -1)
				fb /= 2.0;
			side = -1;
		}
		else
		{
			b = c;
			fb = fc;
			if (side == 1)
				fa /= 2.0;
			side = 1;
		}
	}
	/* the end with the smaller residual */
	return (fabs(fa) <= fabs(fb)) ? a : b;
}

int
pkpc_fisher_2x2(const int64_t counts[4], double conf_level, int alternative,
				PkpcFisher2x2 *res)
{
	Hyper		h;
	HyperAt		s0;
	double		x,
				alpha,
				t0;
	int			i;
	int64_t		total = 0;
	int64_t		terms = 0;

	res->p_two_sided = res->p_less = res->p_greater = res->p_point = NAN;
	res->odds_ratio = res->ci_lower = res->ci_upper = NAN;

	if (!(conf_level > 0.0 && conf_level < 1.0) ||
		(alternative != PKPC_FISHER_TWO_SIDED &&
		 alternative != PKPC_FISHER_LESS &&
		 alternative != PKPC_FISHER_GREATER))
		return PKPC_FISHER_INVALID;
	for (i = 0; i < 4; i++)
	{
		if (counts[i] < 0 || counts[i] > PKPC_FISHER_MAX_TOTAL)
			return PKPC_FISHER_INVALID;
		total += counts[i];
	}
	if (total > PKPC_FISHER_MAX_TOTAL)
		return PKPC_FISHER_INVALID;

	hyper_init(&h, (double) counts[0], (double) counts[1],
			   (double) counts[2], (double) counts[3], &terms);
	if (h.m == 0.0 || h.n == 0.0 || h.k == 0.0 || h.k == h.N)
	{
		res->p_two_sided = res->p_less = res->p_greater = res->p_point = 1.0;
		return PKPC_FISHER_DEGENERATE;
	}

	x = (double) counts[0];
	hyper_at(&h, 0.0, &s0);
	res->p_point = exp(hyper_ld(&h, x));
	res->p_less = hyper_lower(&h, &s0, x);
	res->p_greater = hyper_upper(&h, &s0, x);
	res->p_two_sided = hyper_two_sided(&h, x);

	/*
	 * The p-values take a few walks of O(sqrt(N)) terms each; the solver
	 * below takes up to a few hundred, so its terms are counted against
	 * PKPC_FISHER_2X2_MAX_TERMS (root_fn stops it beyond).
	 */
	terms = 0;

	/* start the searches from the sample log odds ratio, Haldane-corrected */
	t0 = log(((counts[0] + 0.5) * (counts[3] + 0.5)) /
			 ((counts[1] + 0.5) * (counts[2] + 0.5)));

	if (x == h.lo)
		res->odds_ratio = 0.0;
	else if (x == h.hi)
		res->odds_ratio = INFINITY;
	else
		res->odds_ratio = exp(solve_increasing(&h, ROOT_MLE, x, 0.0, t0));

	alpha = (alternative == PKPC_FISHER_TWO_SIDED) ?
		(1.0 - conf_level) / 2.0 : 1.0 - conf_level;
	if (alternative == PKPC_FISHER_LESS || x == h.lo)
		res->ci_lower = 0.0;
	else
		res->ci_lower = exp(solve_increasing(&h, ROOT_LOWER, x, log(alpha),
											 t0));
	if (alternative == PKPC_FISHER_GREATER || x == h.hi)
		res->ci_upper = INFINITY;
	else
		res->ci_upper = exp(solve_increasing(&h, ROOT_UPPER, x, log(alpha),
											 t0));
	if (terms > PKPC_FISHER_2X2_MAX_TERMS)
	{
		res->odds_ratio = res->ci_lower = res->ci_upper = NAN;
		return PKPC_FISHER_TOO_LARGE;
	}
	return PKPC_FISHER_OK;
}

/* ====================================================================
 * r x c network algorithm
 * ====================================================================
 */

/* One (node, past) pair carried to the next stage */
typedef struct FxEntry
{
	int32_t		node;
	double		past;			/* log probability of the columns so far */
	double		cnt;			/* paths merged here, mass = cnt * exp(past) */
} FxEntry;

/* The nodes of one stage, with a hash on their keys */
typedef struct FxStage
{
	int32_t		nnodes;
	int32_t		cap;
	int32_t    *keys;			/* cap * nr remaining row totals, ascending */
	double	   *lo;				/* lower bound of log min completion */
	double	   *hi;				/* upper bound of log max completion */
	int32_t    *hash;			/* -1 empty, else node index */
	uint32_t	hmask;
} FxStage;

typedef struct FxCtx
{
	int			nr;				/* rows of the working table, nr <= nc */
	int			nc;
	int32_t    *cols;			/* column totals in processing order */
	double	   *col_lf;			/* [s]: sum of log c_j! over columns s.. */
	double	   *lf;				/* log n!, n = 0..N */
	double		thr;			/* log(P_obs (1 + 1e-7)) */
	double		anchor;			/* p accumulates as exp(log mass - anchor) */
	double		acc;
	int64_t		steps;
	int64_t		max_steps;
	uint32_t	polls;			/* leaves since the last cancel poll */
	int64_t		max_entries;
	int64_t		max_nodes;		/* max_entries * 4 / max(nr, 4) */
	/* scratch for enumeration */
	int32_t    *child;
} FxCtx;

/*
 * Smallest sum of log n_i! over n_i in [0, cap_i] summing to s (caps
 * ascending): the most even split.
 */
static double
fx_min_split(const double *lf, int64_t s, const int32_t *caps, int m)
{
	double		sum = 0.0;
	int			i;

	for (i = 0; i < m && s > 0; i++)
	{
		int64_t		cnt = m - i;

		if ((int64_t) caps[i] * cnt <= s)
		{
			sum += lf[caps[i]];
			s -= caps[i];
		}
		else
		{
			int64_t		qt = s / cnt;
			int64_t		e = s % cnt;

			sum += e * lf[qt + 1] + (cnt - e) * lf[qt];
			break;
		}
	}
	return sum;
}

/*
 * Largest sum of log n_i! over the same set: fill the largest capacities
 * first (caps ascending, so from the end).
 */
static double
fx_max_split(const double *lf, int64_t s, const int32_t *caps, int m)
{
	double		sum = 0.0;
	int			i;

	for (i = m - 1; i >= 0 && s > 0; i--)
	{
		int64_t		take = (caps[i] < s) ? caps[i] : s;

		sum += lf[take];
		s -= take;
	}
	return sum;
}

/*
 * Lagrangian lower bound on min sum_ij log n_ij! over tables with row totals
 * r and column totals c (total m).  For any multipliers u_i, v_j,
 *		min >= sum_i u_i r_i + sum_j v_j c_j
 *				+ sum_ij min_{0 <= n <= min(r_i, c_j)} [log n! - (u_i + v_j) n],
 * and the inner minimum is at n = floor(exp(u_i + v_j)) (log n! has
 * increments log(n + 1)).  Multipliers log r_i and log(c_j / m) put that
 * at the independence fit r_i c_j / m, where the optimum table lies, so the
 * bound is nearly tight; it is valid whatever their quality.
 */
static double
fx_lagrange_min(const double *lf, const int32_t *r, int nr,
				const int32_t *c, int nc, int64_t m)
{
	double		sum = 0.0;
	double		lm = log((double) m);
	double		vj[64];			/* log(c_j / m) when nc is small enough */
	int			i,
				j;

	for (j = 0; j < nc; j++)
	{
		double		v = log((double) c[j]) - lm;

		if (j < 64)
			vj[j] = v;
		sum += v * c[j];
	}
	for (i = 0; i < nr; i++)
	{
		double		u;

		if (r[i] == 0)
			continue;			/* its cells are all zero */
		u = log((double) r[i]);
		sum += u * r[i];
		CHECK_FOR_INTERRUPTS();	/* a row can have millions of cells */
		for (j = 0; j < nc; j++)
		{
			double		w = u + ((j < 64) ? vj[j] : log((double) c[j]) - lm);
			int32_t		cap = (r[i] < c[j]) ? r[i] : c[j];
			double		e = floor(exp(w));
			int32_t		n = (e >= cap) ? cap : (int32_t) e;

			sum += lf[n] - w * n;
		}
	}
	return sum;
}

/* Bounds on the log probability of the completions of node key at stage s */
static void
fx_bounds(const FxCtx *ctx, int s, const int32_t *key, double *lo, double *hi)
{
	const double *lf = ctx->lf;
	const int32_t *cas;
	int			ncols = ctx->nc - s;
	int			i;
	int64_t		m = 0;
	double		k,
				cmin = 0.0,
				rmin = 0.0,
				cmax = 0.0,
				rmax = 0.0;

	if (ncols <= 1)
	{
		/* one column left: the completion is forced */
		*lo = *hi = 0.0;
		return;
	}
	cas = ctx->cols + s;		/* ascending: cols is sorted */
	k = ctx->col_lf[s];
	for (i = 0; i < ctx->nr; i++)
	{
		m += key[i];
		k += lf[key[i]];
		rmin += fx_min_split(lf, key[i], cas, ncols);
		rmax += fx_max_split(lf, key[i], cas, ncols);
		CHECK_FOR_INTERRUPTS();	/* O(columns) per row */
	}
	k -= lf[m];
	for (i = 0; i < ncols; i++)
	{
		cmin += fx_min_split(lf, cas[i], key, ctx->nr);
		cmax += fx_max_split(lf, cas[i], key, ctx->nr);
		if ((i & 0x3FF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	cmin = fmax(cmin, fx_lagrange_min(lf, key, ctx->nr, cas, ncols, m));
	*hi = fmin(0.0, k - fmax(cmin, rmin));
	*lo = fmin(*hi, k - fmin(cmax, rmax));
}

static uint32_t
fx_hash_key(const int32_t *key, int nr)
{
	uint32_t	hv = 2166136261u;
	int			i;

	for (i = 0; i < nr; i++)
	{
		hv ^= (uint32_t) key[i];
		hv *= 16777619u;
		hv ^= hv >> 15;
	}
	return hv;
}

static void
fx_stage_init(FxStage *st, int nr)
{
	st->nnodes = 0;
	st->cap = 1024;
	st->keys = palloc(sizeof(int32_t) * st->cap * nr);
	st->lo = palloc(sizeof(double) * st->cap);
	st->hi = palloc(sizeof(double) * st->cap);
	st->hmask = 2 * 1024 - 1;
	st->hash = palloc(sizeof(int32_t) * (st->hmask + 1));
	memset(st->hash, 0xFF, sizeof(int32_t) * (st->hmask + 1));
}

static void
fx_stage_free(FxStage *st)
{
	pfree(st->keys);
	pfree(st->lo);
	pfree(st->hi);
	pfree(st->hash);
}

static void
fx_stage_reset(FxStage *st)
{
	st->nnodes = 0;
	memset(st->hash, 0xFF, sizeof(int32_t) * (st->hmask + 1));
}

/*
 * Index of the node with this key at stage s, created (with its bounds) if
 * new; -1 once the stage would exceed max_entries nodes.
 */
static int32_t
fx_node(FxCtx *ctx, FxStage *st, int s, const int32_t *key)
{
	int			nr = ctx->nr;
	uint32_t	pos = fx_hash_key(key, nr) & st->hmask;
	int32_t		id;

	while ((id = st->hash[pos]) >= 0)
	{
		if (memcmp(st->keys + (size_t) id * nr, key, sizeof(int32_t) * nr) == 0)
			return id;
		pos = (pos + 1) & st->hmask;
	}
	if (st->nnodes >= ctx->max_nodes)
		return -1;
	if (st->nnodes == st->cap)
	{
		st->cap *= 2;
		st->keys = repalloc(st->keys, sizeof(int32_t) * st->cap * nr);
		st->lo = repalloc(st->lo, sizeof(double) * st->cap);
		st->hi = repalloc(st->hi, sizeof(double) * st->cap);
	}
	id = st->nnodes++;
	memcpy(st->keys + (size_t) id * nr, key, sizeof(int32_t) * nr);
	fx_bounds(ctx, s, key, &st->lo[id], &st->hi[id]);
	/* the bounds cost about a step per cell: count them as work */
	ctx->steps += (int64_t) nr * (ctx->nc - s);
	if (ctx->steps > ctx->max_steps)
		return -1;
	st->hash[pos] = id;

	/* keep the load factor at most one half */
	if ((uint32_t) st->nnodes * 2 > st->hmask)
	{
		uint32_t	newmask = st->hmask * 2 + 1;
		int32_t		i;

		pfree(st->hash);
		st->hash = palloc(sizeof(int32_t) * (newmask + 1));
		memset(st->hash, 0xFF, sizeof(int32_t) * (newmask + 1));
		st->hmask = newmask;
		for (i = 0; i < st->nnodes; i++)
		{
			pos = fx_hash_key(st->keys + (size_t) i * nr, nr) & newmask;
			while (st->hash[pos] >= 0)
				pos = (pos + 1) & newmask;
			st->hash[pos] = i;
		}
	}
	return id;
}

static int
fx_entry_cmp(const void *a, const void *b)
{
	const FxEntry *x = a;
	const FxEntry *y = b;

	if (x->node != y->node)
		return (x->node < y->node) ? -1 : 1;
	if (x->past != y->past)
		return (x->past < y->past) ? -1 : 1;
	return 0;
}

/*
 * Sort a stage's entries by node and past, and merge pasts within
 * PAST_MERGE_TOL of the first of their run (mass carried exactly).
 * Returns the new count.
 */
static int64_t
fx_merge(FxEntry *e, int64_t n)
{
	int64_t		i,
				out = 0;

	if (n == 0)
		return 0;
	qsort(e, n, sizeof(FxEntry), fx_entry_cmp);
	for (i = 0; i < n; i++)
	{
		if (out > 0 && e[out - 1].node == e[i].node &&
			e[i].past - e[out - 1].past <= PAST_MERGE_TOL)
			e[out - 1].cnt += e[i].cnt * exp(e[i].past - e[out - 1].past);
		else
			e[out++] = e[i];
	}
	return out;
}

/* number of pasts[0..n) <= v (pasts ascending) */
static int64_t
fx_count_le(const FxEntry *e, int64_t n, double v)
{
	int64_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		if (e[mid].past <= v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Working storage of one run of the network, freed in one place */
typedef struct FxRun
{
	FxStage		st[2];
	FxEntry    *ent[2];
	int64_t		ncap[2];
	double	   *wsum;			/* prefix sums of scaled masses of a node */
	int64_t		wcap;
	struct FxFut *fut;			/* completion distributions, stage nc - 2 */
	int64_t		nfut;
	int64_t		futcap;
	int64_t    *futoff;			/* per node of that stage: start in fut */
	int64_t    *futlen;			/* and length, -1 until built */
	int64_t		futnodes;
} FxRun;

/* Append an entry to the next stage; false if max_entries is reached */
static bool
fx_push(FxCtx *ctx, FxRun *run, int to, int64_t *n, int32_t node,
		double past, double cnt)
{
	if (*n >= run->ncap[to])
	{
		int64_t		newcap;

		if (run->ncap[to] >= ctx->max_entries)
			return false;
		newcap = run->ncap[to] * 2;
		if (newcap > ctx->max_entries)
			newcap = ctx->max_entries;
		run->ent[to] = repalloc(run->ent[to], sizeof(FxEntry) * newcap);
		run->ncap[to] = newcap;
	}
	run->ent[to][*n].node = node;
	run->ent[to][*n].past = past;
	run->ent[to][*n].cnt = cnt;
	(*n)++;
	return true;
}

/*
 * Called for each allocation n of a column: st is its log probability given
 * the node, lmult the log of the number of row permutations it stands for.
 * Returns false to stop (a bound was reached).
 */
typedef bool (*FxVisit) (FxCtx *ctx, const int32_t *key, const int32_t *n,
						 double st, double lmult, void *arg);

/*
 * Depth-first enumeration of the allocations n_0..n_{nr-1} of a column of
 * total col to the rows of node key: sum col, n_i <= key[i], and n
 * non-increasing within runs of equal key values (the other orders give the
 * same child and probability; they are counted by lmult).  Counts every
 * allocation against max_steps.
 */
static bool
fx_enumerate(FxCtx *ctx, const int32_t *key, int32_t col, FxVisit visit,
			 void *arg)
{
	const double *lf = ctx->lf;
	int			nr = ctx->nr;
	int32_t    *n = palloc(sizeof(int32_t) * (nr + 1));
	int32_t    *suf = palloc(sizeof(int32_t) * (nr + 1));
	double	   *part = palloc(sizeof(double) * (nr + 1));
	double		lden;
	int64_t		rem;
	int			i;
	bool		ok = true;

	suf[nr] = 0;
	for (i = nr - 1; i >= 0; i--)
		suf[i] = suf[i + 1] + key[i];
	lden = lf[suf[0]] - lf[col] - lf[suf[0] - col];

	i = 0;
	rem = col;
	part[0] = 0.0;
	n[0] = (key[0] < rem) ? key[0] : (int32_t) rem;
	for (;;)
	{
		int64_t		lowb = rem - suf[i + 1];

		if (lowb < 0)
			lowb = 0;
		if (n[i] < lowb)
		{
			/* level exhausted: back up */
			if (i == 0)
				break;
			i--;
			rem += n[i];
			n[i]--;
			continue;
		}
		if (i < nr - 1)
		{
			int64_t		top;

			part[i + 1] = part[i] + lf[key[i]] - lf[n[i]] - lf[key[i] - n[i]];
			rem -= n[i];
			i++;
			top = (key[i] < rem) ? key[i] : rem;
			if (key[i] == key[i - 1] && n[i - 1] < top)
				top = n[i - 1];
			n[i] = (int32_t) top;
			continue;
		}

		/* leaf: the last row takes what is left */
		if (n[i] == rem)
		{
			double		st,
						lmult = 0.0;
			int			g0 = 0,
						r0 = 0,
						a;

			/*
			 * Every allocation is a step; the bound is tested at each one
			 * (other steps are added in bulk elsewhere), the cancel poll
			 * every 1024.
			 */
			if (++ctx->steps > ctx->max_steps)
			{
				ok = false;
				break;
			}
			if ((++ctx->polls & 0x3FF) == 0)
				CHECK_FOR_INTERRUPTS();
			st = part[i] + lf[key[i]] - lf[n[i]] - lf[key[i] - n[i]] - lden;

			/* permutations within groups of equal key values */
			for (a = 1; a <= nr; a++)
			{
				if (a == nr || key[a] != key[g0])
				{
					lmult += lf[a - g0] - lf[a - r0];
					g0 = r0 = a;
				}
				else if (n[a] != n[r0])
				{
					lmult -= lf[a - r0];
					r0 = a;
				}
			}
			if (!visit(ctx, key, n, st, lmult, arg))
			{
				ok = false;
				break;
			}
		}
		n[i]--;
	}
	pfree(n);
	pfree(suf);
	pfree(part);
	return ok;
}

/*
 * Completion distribution of a node with two columns left: one value per
 * allocation of the first of them (the second is forced), sorted by log
 * probability, with cumulative masses.  Stored in run->fut.
 */
typedef struct FxFut
{
	double		f;				/* log probability of the completion */
	double		cum;			/* mass of completions with f at most this */
} FxFut;

static bool
fx_fut_visit(FxCtx *ctx, const int32_t *key, const int32_t *n, double st,
			 double lmult, void *arg)
{
	FxRun	   *run = arg;

	(void) key;
	(void) n;
	if (run->nfut >= run->futcap)
	{
		if (run->futcap >= ctx->max_entries)
			return false;
		run->futcap = (run->futcap * 2 < ctx->max_entries) ?
			run->futcap * 2 : ctx->max_entries;
		run->fut = repalloc(run->fut, sizeof(FxFut) * run->futcap);
	}
	run->fut[run->nfut].f = st;
	run->fut[run->nfut].cum = exp(lmult);	/* multiplicity, for now */
	run->nfut++;
	return true;
}

static int
fx_fut_cmp(const void *a, const void *b)
{
	double		x = ((const FxFut *) a)->f;
	double		y = ((const FxFut *) b)->f;

	return (x < y) ? -1 : (x > y) ? 1 : 0;
}

/* Build (once) the completion distribution of node v of the last stage */
static bool
fx_future(FxCtx *ctx, FxRun *run, int32_t v, const int32_t *key)
{
	int64_t		start,
				j;
	double		cum = 0.0;

	if (v >= run->futnodes)
	{
		int64_t		newn = (v + 1) * 2;

		run->futoff = repalloc(run->futoff, sizeof(int64_t) * newn);
		run->futlen = repalloc(run->futlen, sizeof(int64_t) * newn);
		for (j = run->futnodes; j < newn; j++)
			run->futlen[j] = -1;
		run->futnodes = newn;
	}
	if (run->futlen[v] >= 0)
		return true;
	start = run->nfut;
	if (!fx_enumerate(ctx, key, ctx->cols[ctx->nc - 2], fx_fut_visit, run))
		return false;
	qsort(run->fut + start, run->nfut - start, sizeof(FxFut), fx_fut_cmp);
	for (j = start; j < run->nfut; j++)
	{
		cum += run->fut[j].cum * exp(run->fut[j].f);
		run->fut[j].cum = cum;
	}
	run->futoff[v] = start;
	run->futlen[v] = run->nfut - start;
	return true;
}

/* Mass of the completions of future [fu, fu + len) with f <= x */
static double
fx_future_cdf(const FxFut *fu, int64_t len, double x)
{
	int64_t		lo = 0,
				hi = len;

	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		if (fu[mid].f <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo == 0) ? 0.0 : fu[lo - 1].cum;
}

/* What fx_expand_visit needs about the node being expanded */
typedef struct FxExpandArg
{
	FxRun	   *run;
	int			s;				/* stage of the node */
	const FxEntry *e;			/* its pasts, ascending */
	int64_t		np;
	double		pmax;			/* largest past, scale of run->wsum */
	int			to;				/* index of the next stage in run */
	int64_t    *nnext;
} FxExpandArg;

/*
 * One allocation of the column: find the child, add the pasts whose every
 * completion is as or less likely than the observed table, drop those whose
 * every completion is more likely, and carry the rest.  A child with two
 * columns left settles the rest at once against its completion distribution.
 */
static bool
fx_expand_visit(FxCtx *ctx, const int32_t *key, const int32_t *n, double st,
				double lmult, void *argp)
{
	FxExpandArg *arg = argp;
	FxRun	   *run = arg->run;
	FxStage    *next = &run->st[arg->to];
	const FxEntry *e = arg->e;
	int32_t    *child = ctx->child;
	int			nr = ctx->nr;
	int			a;
	int32_t		v;
	int64_t		i1,
				i2,
				q;

	/* child key: remaining totals, sorted */
	for (a = 0; a < nr; a++)
	{
		int32_t		val = key[a] - n[a];
		int			b = a;

		while (b > 0 && child[b - 1] > val)
		{
			child[b] = child[b - 1];
			b--;
		}
		child[b] = val;
	}
	v = fx_node(ctx, next, arg->s + 1, child);
	if (v < 0)
		return false;

	i1 = fx_count_le(e, arg->np, ctx->thr - st - next->hi[v]);
	i2 = fx_count_le(e, arg->np, ctx->thr - st - next->lo[v]);
	if (i1 > 0)
		ctx->acc += exp(arg->pmax + st + lmult - ctx->anchor) * run->wsum[i1];
	if (i2 <= i1)
		return true;
	ctx->steps += i2 - i1;		/* these pasts cost work of their own */
	if (ctx->steps > ctx->max_steps)
		return false;

	if (arg->s + 1 == ctx->nc - 2)
	{
		const FxFut *fu;
		int64_t		len;

		if (!fx_future(ctx, run, v, child))
			return false;
		fu = run->fut + run->futoff[v];
		len = run->futlen[v];
		for (q = i1; q < i2; q++)
			ctx->acc += e[q].cnt * exp(e[q].past + st + lmult - ctx->anchor) *
				fx_future_cdf(fu, len, ctx->thr - e[q].past - st);
		return true;
	}

	for (q = i1; q < i2; q++)
	{
		if (!fx_push(ctx, run, arg->to, arg->nnext, v, e[q].past + st,
					 e[q].cnt * exp(lmult)))
			return false;
	}
	return true;
}

/*
 * Expand the pasts e[0..np) of node key (stage s) through every allocation
 * of column s.  Returns false when a bound is reached.
 */
static bool
fx_expand(FxCtx *ctx, FxRun *run, int s, const int32_t *key,
		  const FxEntry *e, int64_t np, int to, int64_t *nnext)
{
	FxExpandArg arg;
	int64_t		j;

	/* prefix sums of the masses, scaled by the largest past of the node */
	if (np + 1 > run->wcap)
	{
		run->wcap = (np + 1) * 2;
		run->wsum = repalloc(run->wsum, sizeof(double) * run->wcap);
	}
	arg.pmax = e[np - 1].past;
	run->wsum[0] = 0.0;
	for (j = 0; j < np; j++)
		run->wsum[j + 1] = run->wsum[j] + e[j].cnt * exp(e[j].past - arg.pmax);

	arg.run = run;
	arg.s = s;
	arg.e = e;
	arg.np = np;
	arg.to = to;
	arg.nnext = nnext;
	return fx_enumerate(ctx, key, ctx->cols[s], fx_expand_visit, &arg);
}

/* qsort comparators for column and row totals */
static int
fx_int_desc(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a;
	int32_t		y = *(const int32_t *) b;

	return (x > y) ? -1 : (x < y) ? 1 : 0;
}

static int
fx_int_asc(const void *a, const void *b)
{
	return -fx_int_desc(a, b);
}

/*
 * The network proper, on margins rows[nr] and cols[nc] (nr <= nc, all
 * positive), returning the p-value or NaN when a bound was reached.
 */
static double
fx_network(FxCtx *ctx, const int32_t *rows)
{
	FxRun		run;
	int			nr = ctx->nr;
	int			s,
				cur = 0;
	int64_t		ncur = 0,
				nnext;
	int32_t    *root = palloc(sizeof(int32_t) * nr);
	double		result = NAN;
	bool		ok = true;

	memcpy(root, rows, sizeof(int32_t) * nr);
	qsort(root, nr, sizeof(int32_t), fx_int_asc);

	fx_stage_init(&run.st[0], nr);
	fx_stage_init(&run.st[1], nr);
	run.ncap[0] = run.ncap[1] = 1024;
	run.ent[0] = palloc(sizeof(FxEntry) * 1024);
	run.ent[1] = palloc(sizeof(FxEntry) * 1024);
	run.wcap = 1024;
	run.wsum = palloc(sizeof(double) * 1024);
	run.futcap = 1024;
	run.nfut = 0;
	run.fut = palloc(sizeof(FxFut) * 1024);
	run.futnodes = 0;
	run.futoff = palloc(sizeof(int64_t));
	run.futlen = palloc(sizeof(int64_t));

	ctx->acc = 0.0;
	(void) fx_node(ctx, &run.st[0], 0, root);
	if (run.st[0].hi[0] <= ctx->thr)
		ctx->acc = exp(-ctx->anchor);	/* every table counts */
	else
		ok = fx_push(ctx, &run, 0, &ncur, 0, 0.0, 1.0);

	for (s = 0; ok && s < ctx->nc - 1 && ncur > 0; s++)
	{
		FxStage    *st = &run.st[cur];
		FxEntry    *e;
		int64_t		a,
					b;

		ncur = fx_merge(run.ent[cur], ncur);
		e = run.ent[cur];
		fx_stage_reset(&run.st[1 - cur]);
		nnext = 0;
		for (a = 0; ok && a < ncur; a = b)
		{
			for (b = a + 1; b < ncur && e[b].node == e[a].node; b++)
				;
			ok = fx_expand(ctx, &run, s, st->keys + (size_t) e[a].node * nr,
						   e + a, b - a, 1 - cur, &nnext);
			e = run.ent[cur];
		}
		cur = 1 - cur;
		ncur = nnext;
	}
	if (ok)
		result = fmin(1.0, exp(ctx->anchor) * ctx->acc);

	fx_stage_free(&run.st[0]);
	fx_stage_free(&run.st[1]);
	pfree(run.ent[0]);
	pfree(run.ent[1]);
	pfree(run.wsum);
	pfree(run.fut);
	pfree(run.futoff);
	pfree(run.futlen);
	pfree(root);
	return result;
}

int
pkpc_fisher_rxc(const int64_t *counts, int nrow, int ncol,
				const PkpcFisherLimits *limits, double *p_value,
				double *p_point)
{
	PkpcFisherLimits lim;
	int64_t    *rsum,
			   *csum;
	int64_t		total = 0;
	int			i,
				j,
				nr = 0,
				nc = 0;
	int		   *ri,
			   *ci;
	int			rc = PKPC_FISHER_OK;
	double		pp = NAN;

	*p_value = NAN;
	if (p_point)
		*p_point = NAN;
	if (nrow < 1 || ncol < 1 || counts == NULL)
		return PKPC_FISHER_INVALID;

	if (limits)
		lim = *limits;
	else
	{
		lim.max_steps = PKPC_FISHER_DEFAULT_MAX_STEPS;
		lim.max_entries = PKPC_FISHER_DEFAULT_MAX_ENTRIES;
		lim.max_total = PKPC_FISHER_DEFAULT_MAX_TOTAL;
	}
	if (lim.max_entries > INT32_MAX / 2)
		lim.max_entries = INT32_MAX / 2;
	if (lim.max_total > INT64_C(100000000))
		lim.max_total = INT64_C(100000000);	/* log-factorial table < 1 GB */

	rsum = palloc0(sizeof(int64_t) * nrow);
	csum = palloc0(sizeof(int64_t) * ncol);
	ri = palloc(sizeof(int) * nrow);
	ci = palloc(sizeof(int) * ncol);
	for (i = 0; i < nrow; i++)
	{
		for (j = 0; j < ncol; j++)
		{
			int64_t		v = counts[(size_t) i * ncol + j];

			if (v < 0 || v > PKPC_FISHER_MAX_TOTAL ||
				(total += v) > PKPC_FISHER_MAX_TOTAL)
			{
				rc = PKPC_FISHER_INVALID;
				goto done;
			}
			rsum[i] += v;
			csum[j] += v;
		}
		CHECK_FOR_INTERRUPTS();
	}
	for (i = 0; i < nrow; i++)
		if (rsum[i] > 0)
			ri[nr++] = i;
	for (j = 0; j < ncol; j++)
		if (csum[j] > 0)
			ci[nc++] = j;

	if (nr < 2 || nc < 2)
	{
		*p_value = 1.0;
		pp = 1.0;
	}
	else if (nr == 2 && nc == 2)
	{
		Hyper		h;
		double		x = (double) counts[(size_t) ri[0] * ncol + ci[0]];
		int64_t		terms = 0;

		hyper_init(&h, x,
				   (double) counts[(size_t) ri[0] * ncol + ci[1]],
				   (double) counts[(size_t) ri[1] * ncol + ci[0]],
				   (double) counts[(size_t) ri[1] * ncol + ci[1]], &terms);
		pp = exp(hyper_ld(&h, x));
		*p_value = hyper_two_sided(&h, x);
	}
	else if (total > lim.max_total ||
			 (int64_t) nr * nc > lim.max_steps)
	{
		/*
		 * Beyond the total, the log-factorial table; beyond max_steps
		 * cells, the bounds of the root node alone (a step per cell): either
		 * is refused before anything is allocated.
		 */
		rc = PKPC_FISHER_TOO_LARGE;
	}
	else
	{
		FxCtx		ctx;
		bool		transpose = nr > nc;
		int32_t    *rows;
		double		lpobs;
		int			s;

		memset(&ctx, 0, sizeof(ctx));
		ctx.nr = transpose ? nc : nr;
		ctx.nc = transpose ? nr : nc;
		ctx.max_steps = lim.max_steps;
		ctx.max_entries = lim.max_entries;
		ctx.max_nodes = lim.max_entries * 4 / (ctx.nr > 4 ? ctx.nr : 4);
		rows = palloc(sizeof(int32_t) * ctx.nr);
		ctx.cols = palloc(sizeof(int32_t) * ctx.nc);
		for (i = 0; i < ctx.nr; i++)
			rows[i] = (int32_t) (transpose ? csum[ci[i]] : rsum[ri[i]]);
		for (j = 0; j < ctx.nc; j++)
			ctx.cols[j] = (int32_t) (transpose ? rsum[ri[j]] : csum[ci[j]]);

		ctx.lf = palloc(sizeof(double) * (total + 1));
		for (i = 0; i <= total; i++)
		{
			ctx.lf[i] = lgamma((double) i + 1.0);
			if ((i & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}

		/* log P_obs from the definition */
		lpobs = -ctx.lf[total];
		for (i = 0; i < nr; i++)
			lpobs += ctx.lf[rsum[ri[i]]];
		for (j = 0; j < nc; j++)
			lpobs += ctx.lf[csum[ci[j]]];
		for (i = 0; i < nr; i++)
		{
			for (j = 0; j < nc; j++)
				lpobs -= ctx.lf[counts[(size_t) ri[i] * ncol + ci[j]]];
			CHECK_FOR_INTERRUPTS();
		}
		pp = exp(lpobs);
		ctx.thr = lpobs + log1p(FISHER_REL_ERR);
		ctx.anchor = fmax(lpobs, -700.0);

		/*
		 * Smallest columns first: fewer allocations in the early stages.
		 * The columns still to come at stage s are then cols[s..], already
		 * ascending, and their log-factorial sums are suffix sums: O(c)
		 * set-up, not a sorted copy per stage (which took O(c^2) memory).
		 */
		qsort(ctx.cols, ctx.nc, sizeof(int32_t), fx_int_asc);
		ctx.col_lf = palloc(sizeof(double) * (ctx.nc + 1));
		ctx.col_lf[ctx.nc] = 0.0;
		for (s = ctx.nc - 1; s >= 0; s--)
			ctx.col_lf[s] = ctx.col_lf[s + 1] + ctx.lf[ctx.cols[s]];
		ctx.child = palloc(sizeof(int32_t) * (ctx.nr + 1));

		*p_value = fx_network(&ctx, rows);
		if (isnan(*p_value))
			rc = PKPC_FISHER_TOO_LARGE;

		pfree(ctx.col_lf);
		pfree(ctx.child);
		pfree(ctx.lf);
		pfree(ctx.cols);
		pfree(rows);
	}

done:
	if (p_point)
		*p_point = pp;
	pfree(rsum);
	pfree(csum);
	pfree(ri);
	pfree(ci);
	return rc;
}
