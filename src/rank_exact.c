/*-------------------------------------------------------------------------
 *
 * rank_exact.c
 *	  Exact permutation distributions of the Wilcoxon rank-sum and
 *	  signed-rank statistics, conditional on ties.
 *
 * Both statistics are sums of scores (mid-ranks) over a random subset: for
 * the rank sum a subset of fixed size n1 drawn uniformly from the N pooled
 * observations, for the signed rank a subset in which each observation is
 * included independently with probability 1/2.  Mid-ranks are multiples of
 * 1/2, so we work with doubled scores a_i = 2 * midrank_i, which are
 * integers, shifted to start at 0 and divided by their greatest common
 * divisor g (without ties this turns doubled ranks back into ranks 0..N-1).
 * The distribution of the integer sum is then built item by item, as in the
 * shift algorithm of Streitberg & Roehmel (1986), "Exact distributions for
 * permutation and rank tests: an introduction to some recently published
 * algorithms", Statistical Software Newsletter 12(1):10-17, which for the
 * two-sample case is the recursion over (items seen, items selected, score
 * sum).
 *
 * Counts such as C(N, n1) overflow the integer range of a double quickly,
 * so instead of counts the programme carries probabilities: for the rank
 * sum the joint probability that c of the first i items are selected with
 * score sum s.  With r = N - i + 1 items still to be seen, item i is taken
 * with probability (n1 - c) / r given c taken so far (sampling without
 * replacement), so
 *
 *	  f_i(c, s) = f_{i-1}(c, s) (r - n1 + c) / r
 *				+ f_{i-1}(c - 1, s - b_i) (n1 - c + 1) / r.
 *
 * For the signed rank f_i(s) = (f_{i-1}(s) + f_{i-1}(s - b_i)) / 2.  Every
 * term is non-negative and the total mass stays 1, so nothing overflows and
 * each cell carries a relative rounding error of a few ulps per step; the
 * smallest cell is at least 1/C(N, n1) (resp. 2^-n), which is a normal
 * double for every problem within the work bound except signed-rank n > 1022.
 *
 * Row c of the rank-sum table only spans the sums reachable with c of the
 * first i items (sorted scores make that the range between the sum of the c
 * smallest and the c largest of them), and rows that can no longer reach n1
 * are skipped.  We select the smaller of the two groups (W1 = total - W2),
 * and for the signed rank use the symmetry of V about its mean to keep only
 * the lower half.  The no-ties functions keep only the tail they sum.
 *
 * Tails are summed directly with Neumaier's compensated summation; the
 * two-sided p-value P(|T - E T| >= |t - E T|) is the set coin
 * (Hothorn et al., 2006) uses, here decided exactly with 64-bit integers
 * (N * doubled sum versus n1 * doubled total) rather than with a tolerance.
 *
 * src/rank_exact.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "rank_exact.h"

/* Largest N accepted: keeps N * (doubled total) = N^2 (N + 1) in int64 */
#define RANK_EXACT_MAX_N	1000000

/* R's fuzz when inverting a discrete distribution function */
#define QFUZZ				(10 * DBL_EPSILON)

/* Compensated (Neumaier) sum of non-negative probabilities */
typedef struct KSum
{
	double		s;
	double		c;
} KSum;

static inline void
ksum_add(KSum *k, double x)
{
	double		t = k->s + x;

	if (fabs(k->s) >= fabs(x))
		k->c += (k->s - t) + x;
	else
		k->c += (x - t) + k->s;
	k->s = t;
}

static inline double
ksum_get(const KSum *k)
{
	double		v = k->s + k->c;

	/* a probability: clamp rounding above 1 */
	return v > 1.0 ? 1.0 : v;
}

static inline int64_t
i64min(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

static inline int
imin(int a, int b)
{
	return a < b ? a : b;
}

static inline int
imax(int a, int b)
{
	return a > b ? a : b;
}

static int64_t
gcd64(int64_t a, int64_t b)
{
	while (b != 0)
	{
		int64_t		t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * Snap a statistic that must be a multiple of 1/2 to its doubled integer.
 * Returns false if x is not finite, not within a relative 1e-9 of a half
 * integer, or outside [0, hi2 / 2].
 */
static bool
snap_doubled(double x, int64_t hi2, int64_t *x2)
{
	double		d = 2.0 * x;
	double		r;

	if (!isfinite(d) || d < -0.5 || d > (double) hi2 + 0.5)
		return false;
	r = round(d);
	if (fabs(d - r) > 1e-9 * fmax(1.0, fabs(d)))
		return false;
	*x2 = (int64_t) r;
	return *x2 >= 0 && *x2 <= hi2;
}

/*
 * Doubled mid-rank scores of N items from their tie-group sizes, or NULL
 * (nothing allocated) if a size is not positive or N is out of range.
 */
static int64_t *
doubled_scores(const int *tie_sizes, int ntie, int *N_out)
{
	int64_t		N = 0;
	int64_t    *a;
	int			pos = 0;

	if (ntie < 0 || (ntie > 0 && tie_sizes == NULL))
		return NULL;
	for (int j = 0; j < ntie; j++)
	{
		if (tie_sizes[j] <= 0)
			return NULL;
		N += tie_sizes[j];
		if (N > RANK_EXACT_MAX_N)
			return NULL;
	}
	a = palloc((N + 1) * sizeof(int64_t));
	for (int j = 0; j < ntie; j++)
	{
		/* items pos+1 .. pos+t share mid-rank pos + (t + 1) / 2 */
		int64_t		s = 2 * (int64_t) pos + tie_sizes[j] + 1;

		for (int k = 0; k < tie_sizes[j]; k++)
			a[pos++] = s;
	}
	*N_out = (int) N;
	return a;
}

/* ----------------------------------------------------------------
 *		Rank sum: subsets of fixed size
 * ----------------------------------------------------------------
 */

/*
 * Number of cell updates ranksum_dp will make.  b ascending, P its prefix
 * sums (P[0] = 0); rows are truncated to cap + 1 cells.  Stops counting
 * once above limit, so it never costs more than the refused work would.
 */
static double
ranksum_work(const int64_t *P, int N, int sel, int64_t cap, double limit)
{
	double		work = 0;

	for (int i = 1; i <= N; i++)
	{
		int			chi = imin(i, sel);
		int			clo = imax(1, sel - (N - i));

		for (int c = chi; c >= clo; c--)
			work += (double) i64min(P[i] - P[i - c] - P[c], cap) + 1.0;
		work += 1.0;
		if (work > limit)
			break;
		CHECK_FOR_INTERRUPTS();	/* up to n1 cheap steps per item */
	}
	return work;
}

/*
 * Distribution of the sum of sel of the N scores b[] (ascending, b[0] = 0,
 * prefix sums P[]) drawn without replacement.  Returns a palloc'd array
 * pmf[k] = P(sum = P[sel] + k) for k = 0 .. *len - 1, truncated to k <= cap,
 * or NULL if the bounds are exceeded.
 */
static double *
ranksum_dp(const int64_t *b, const int64_t *P, int N, int sel, int64_t cap,
		   int64_t *len)
{
	int64_t    *off;
	int64_t		total = 0;
	double	   *store;
	double	   *pmf;

	off = palloc((sel + 2) * sizeof(int64_t));
	for (int c = 0; c <= sel; c++)
	{
		off[c] = total;
		total += i64min(P[N] - P[N - c] - P[c], cap) + 1;
		if (total > RANK_EXACT_MAX_CELLS)
		{
			pfree(off);
			return NULL;
		}
	}
	off[sel + 1] = total;
	if (ranksum_work(P, N, sel, cap, RANK_EXACT_MAX_WORK) > RANK_EXACT_MAX_WORK)
	{
		pfree(off);
		return NULL;
	}

	store = palloc0(total * sizeof(double));
	store[off[0]] = 1.0;

	for (int i = 1; i <= N; i++)
	{
		int64_t		bi = b[i - 1];
		double		r = (double) (N - i + 1);
		int			chi = imin(i, sel);
		int			clo = imax(1, sel - (N - i));

		CHECK_FOR_INTERRUPTS();
		for (int c = chi; c >= clo; c--)
		{
			double	   *restrict cur = store + off[c];
			const double *restrict prev = store + off[c - 1];
			double		stay = (r - (sel - c)) / r;
			double		pick = (double) (sel - c + 1) / r;
			int64_t		hi = i64min(P[i] - P[i - c] - P[c], cap);

			/*
			 * Row-relative index k stands for sum P[c] + k; the same sum
			 * less b_i is index k - d of row c - 1, d = b_i - b_c >= 0.
			 */
			int64_t		d = bi - b[c - 1];
			int64_t		k = 0;

			CHECK_FOR_INTERRUPTS();
			for (; k <= hi && k < d; k++)
				cur[k] *= stay;
			for (; k <= hi; k++)
				cur[k] = cur[k] * stay + prev[k - d] * pick;
		}
		if (sel - (N - i) <= 0)
			store[off[0]] *= (r - sel) / r;
	}

	*len = off[sel + 1] - off[sel];
	pmf = palloc(*len * sizeof(double));
	memcpy(pmf, store + off[sel], *len * sizeof(double));
	pfree(store);
	pfree(off);
	return pmf;
}

bool
pkpc_ranksum_exact(const int *tie_sizes, int ntie, int n1, double w,
				   PkpcExactP *res)
{
	int			N = 0;
	int64_t    *a;
	int64_t		T2;
	int64_t		W2;
	int			sel;
	bool		flip;
	int64_t		g = 0;
	int64_t		base;
	int64_t		len;
	double	   *pmf;
	int64_t		dev_obs;
	KSum		le = {0, 0},
				ge = {0, 0},
				two = {0, 0};

	a = doubled_scores(tie_sizes, ntie, &N);
	if (a == NULL)
		return false;
	T2 = (int64_t) N * (N + 1);
	if (n1 < 0 || n1 > N || !snap_doubled(w, T2, &W2))
	{
		pfree(a);
		return false;
	}

	/* the smaller group is the one drawn; W1 = total - W2 */
	flip = (n1 > N - n1);
	sel = flip ? N - n1 : n1;
	for (int i = 1; i < N; i++)
		g = gcd64(g, a[i] - a[0]);

	if (sel == 0 || g == 0)
	{
		/* a single possible value: all items tied, or nothing to draw */
		pmf = palloc(sizeof(double));
		pmf[0] = 1.0;
		len = 1;
		g = 1;
		base = (N > 0) ? sel * a[0] : 0;
	}
	else
	{
		int64_t    *b = palloc(N * sizeof(int64_t));
		int64_t    *P = palloc((N + 1) * sizeof(int64_t));

		P[0] = 0;
		for (int i = 0; i < N; i++)
		{
			b[i] = (a[i] - a[0]) / g;
			P[i + 1] = P[i] + b[i];
		}
		pmf = ranksum_dp(b, P, N, sel, INT64_MAX, &len);
		base = sel * a[0] + g * P[sel];
		pfree(b);
		pfree(P);
		if (pmf == NULL)
		{
			pfree(a);
			return false;
		}
	}
	pfree(a);

	/* |N * W - n1 * total| in doubled units is N times |W - E W| */
	dev_obs = (int64_t) N * W2 - (int64_t) n1 * T2;
	if (dev_obs < 0)
		dev_obs = -dev_obs;
	for (int64_t k = 0; k < len; k++)
	{
		int64_t		dsel = base + g * k;
		int64_t		d1 = flip ? T2 - dsel : dsel;
		int64_t		dev = (int64_t) N * d1 - (int64_t) n1 * T2;
		double		p = pmf[k];

		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (p == 0.0)
			continue;
		if (d1 <= W2)
			ksum_add(&le, p);
		if (d1 >= W2)
			ksum_add(&ge, p);
		if ((dev < 0 ? -dev : dev) >= dev_obs)
			ksum_add(&two, p);
	}
	pfree(pmf);

	res->p_le = ksum_get(&le);
	res->p_ge = ksum_get(&ge);
	res->p_two = ksum_get(&two);
	return true;
}

/* ----------------------------------------------------------------
 *		Signed rank: independent fair signs
 * ----------------------------------------------------------------
 */

/*
 * Distribution of the sum of the scores b[0..n-1] (ascending, positive,
 * prefix sums Q[]) each included with probability 1/2, for sums 0 .. cap.
 * Returns palloc'd f[0..cap], or NULL if the bounds are exceeded.
 */
static double *
signrank_dp(const int64_t *b, const int64_t *Q, int n, int64_t cap)
{
	double		work = 0;
	double	   *f;

	if (cap + 1 > RANK_EXACT_MAX_CELLS)
		return NULL;
	for (int i = 1; i <= n && work <= RANK_EXACT_MAX_WORK; i++)
		work += (double) i64min(Q[i], cap) + 1.0;
	if (work > RANK_EXACT_MAX_WORK)
		return NULL;

	f = palloc0((cap + 1) * sizeof(double));
	f[0] = 1.0;
	for (int i = 1; i <= n; i++)
	{
		int64_t		bi = b[i - 1];
		int64_t		hi = i64min(Q[i], cap);
		int64_t		s = hi;

		/*
		 * Descending, so f[s - bi] still holds the previous step; in blocks
		 * of 65536 cells with a cancel poll between them (a row can hold
		 * RANK_EXACT_MAX_CELLS).
		 */
		while (s >= 0)
		{
			int64_t		stop = s - 65536 < -1 ? -1 : s - 65536;

			CHECK_FOR_INTERRUPTS();
			for (; s > stop && s >= bi; s--)
				f[s] = 0.5 * (f[s] + f[s - bi]);
			for (; s > stop; s--)
				f[s] *= 0.5;
		}
	}
	return f;
}

/*
 * Integer scores b_i = a_i / g of the doubled mid-ranks, with prefix sums.
 */
static void
signrank_scores(const int64_t *a, int n, int64_t **b_out, int64_t **Q_out,
				int64_t *g_out)
{
	int64_t		g = 0;
	int64_t    *b = palloc((n + 1) * sizeof(int64_t));
	int64_t    *Q = palloc((n + 1) * sizeof(int64_t));

	for (int i = 0; i < n; i++)
		g = gcd64(g, a[i]);
	Q[0] = 0;
	for (int i = 0; i < n; i++)
	{
		b[i] = a[i] / g;
		Q[i + 1] = Q[i] + b[i];
	}
	*b_out = b;
	*Q_out = Q;
	*g_out = g;
}

bool
pkpc_signrank_exact(const int *tie_sizes, int ntie, double v,
					PkpcExactP *res)
{
	int			n = 0;
	int64_t    *a;
	int64_t    *b;
	int64_t    *Q;
	int64_t		g;
	int64_t		T,
				T2,
				K,
				V2,
				dev_obs;
	double	   *f;
	KSum		le = {0, 0},
				ge = {0, 0},
				two = {0, 0};

	a = doubled_scores(tie_sizes, ntie, &n);
	if (a == NULL)
		return false;
	if (!snap_doubled(v, (int64_t) n * (n + 1) / 2 * 2, &V2) || n == 0)
	{
		pfree(a);
		if (n == 0 && isfinite(v) && fabs(v) < 0.25)
		{
			/* no non-zero differences: V = 0 surely */
			res->p_le = res->p_ge = res->p_two = 1.0;
			return true;
		}
		return false;
	}
	signrank_scores(a, n, &b, &Q, &g);
	pfree(a);
	T = Q[n];
	T2 = g * T;
	K = T / 2;					/* V is symmetric about T / 2 */
	f = signrank_dp(b, Q, n, K);
	pfree(b);
	pfree(Q);
	if (f == NULL)
		return false;

	dev_obs = 2 * V2 - T2;
	if (dev_obs < 0)
		dev_obs = -dev_obs;
	for (int64_t s = 0; s <= T; s++)
	{
		double		p = f[s <= K ? s : T - s];
		int64_t		d = g * s;
		int64_t		dev = 2 * d - T2;

		if ((s & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (p == 0.0)
			continue;
		if (d <= V2)
			ksum_add(&le, p);
		if (d >= V2)
			ksum_add(&ge, p);
		if ((dev < 0 ? -dev : dev) >= dev_obs)
			ksum_add(&two, p);
	}
	pfree(f);

	res->p_le = ksum_get(&le);
	res->p_ge = ksum_get(&ge);
	res->p_two = ksum_get(&two);
	return true;
}

/* ----------------------------------------------------------------
 *		No ties: R's pwilcox, qwilcox, psignrank, qsignrank
 * ----------------------------------------------------------------
 */

/*
 * P(U = k) for k = 0 .. cap of the Mann-Whitney U (m, n), or NULL if too
 * large.  U of either sample has the same distribution, so the smaller
 * sample is drawn from ranks 0 .. N-1, whose row-relative sum is U.
 */
static double *
wilcox_pmf(int m, int n, int64_t cap)
{
	int			N = m + n;
	int			sel = imin(m, n);
	int64_t    *b;
	int64_t    *P;
	int64_t		len;
	double	   *pmf;

	if ((int64_t) m + n > RANK_EXACT_MAX_N)
		return NULL;
	b = palloc(N * sizeof(int64_t));
	P = palloc((N + 1) * sizeof(int64_t));
	P[0] = 0;
	for (int i = 0; i < N; i++)
	{
		b[i] = i;
		P[i + 1] = P[i] + i;
	}
	pmf = ranksum_dp(b, P, N, sel, cap, &len);
	pfree(b);
	pfree(P);
	return pmf;
}

/* P(U <= k) for 0 <= k, summed from the bottom; NaN if too large */
static double
wilcox_cdf(int m, int n, int64_t k)
{
	double	   *pmf = wilcox_pmf(m, n, k);
	KSum		acc = {0, 0};

	if (pmf == NULL)
		return NAN;
	for (int64_t u = 0; u <= k; u++)
	{
		ksum_add(&acc, pmf[u]);
		if ((u & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(pmf);
	return ksum_get(&acc);
}

/*
 * Lower tail P(X <= x) of a distribution symmetric on 0 .. max, from a
 * routine cdf(k) that is accurate for small k: sums the smaller tail
 * directly and takes the complement only when the result is >= 1/2.
 */
static double
sym_lower(int64_t x, int64_t max, double (*cdf) (int, int, int64_t),
		  int a1, int a2)
{
	if (x < 0)
		return 0.0;
	if (x >= max)
		return 1.0;
	if (2 * x <= max)
		return cdf(a1, a2, x);
	/* P(X <= x) = 1 - P(X > x) = 1 - P(X <= max - x - 1) */
	return 1.0 - cdf(a1, a2, max - x - 1);
}

double
pkpc_pwilcox(double q, int m, int n, bool lower_tail)
{
	int64_t		mn;
	double		x;

	if (isnan(q) || m <= 0 || n <= 0)
		return NAN;
	mn = (int64_t) m * n;
	x = floor(q + 1e-7);
	if (x < 0)
		return lower_tail ? 0.0 : 1.0;
	if (x >= (double) mn)
		return lower_tail ? 1.0 : 0.0;
	/* P(U > x) = P(U <= mn - x - 1) by symmetry */
	if (lower_tail)
		return sym_lower((int64_t) x, mn, wilcox_cdf, m, n);
	return sym_lower(mn - (int64_t) x - 1, mn, wilcox_cdf, m, n);
}

/*
 * Smallest q in 0..max with P(X <= q) >= p, for a distribution symmetric on
 * 0..max whose lower-half probabilities are pmf[0..max/2], inverted with R's
 * fuzz: for p > 1/2 the search runs up the mirrored upper tail.  The running
 * sum is compensated, so q is right for p farther than ~1e-15 from a jump
 * (R's plain running sum can land one step off when p is within ~1e-13 of
 * P(X <= q), e.g. p = 0.5 with max odd).
 */
static int64_t
sym_quantile(double p, const double *pmf, int64_t max)
{
	KSum		cum = {0, 0};
	int64_t		q;

	if (p <= 0.5)
	{
		p -= QFUZZ;
		for (q = 0; q < max; q++)
		{
			if ((q & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
			ksum_add(&cum, pmf[q <= max / 2 ? q : max - q]);
			if (ksum_get(&cum) >= p)
				break;
		}
		return q;
	}
	p = 1.0 - p + QFUZZ;
	for (q = 0; q < max; q++)
	{
		if ((q & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		ksum_add(&cum, pmf[q <= max / 2 ? q : max - q]);
		if (ksum_get(&cum) > p)
			break;
	}
	return max - q;
}

double
pkpc_qwilcox(double p, int m, int n)
{
	int64_t		mn;
	double	   *pmf;
	int64_t		q;

	if (isnan(p) || p < 0.0 || p > 1.0 || m <= 0 || n <= 0)
		return NAN;
	mn = (int64_t) m * n;
	if (p == 0.0)
		return 0.0;
	if (p == 1.0)
		return (double) mn;
	pmf = wilcox_pmf(m, n, mn / 2);
	if (pmf == NULL)
		return NAN;
	q = sym_quantile(p, pmf, mn);
	pfree(pmf);
	return (double) q;
}

/* P(V = k) for k = 0 .. cap of the signed-rank V (n), or NULL */
static double *
signrank_pmf(int n, int64_t cap)
{
	int64_t    *b;
	int64_t    *Q;
	double	   *f;

	if (n > RANK_EXACT_MAX_N)
		return NULL;
	b = palloc(n * sizeof(int64_t));
	Q = palloc((n + 1) * sizeof(int64_t));
	Q[0] = 0;
	for (int i = 0; i < n; i++)
	{
		b[i] = i + 1;
		Q[i + 1] = Q[i] + b[i];
	}
	f = signrank_dp(b, Q, n, cap);
	pfree(b);
	pfree(Q);
	return f;
}

/* P(V <= k), k >= 0, summed from the bottom; NaN if too large */
static double
signrank_cdf(int n, int unused, int64_t k)
{
	double	   *f = signrank_pmf(n, k);
	KSum		acc = {0, 0};

	(void) unused;
	if (f == NULL)
		return NAN;
	for (int64_t s = 0; s <= k; s++)
	{
		ksum_add(&acc, f[s]);
		if ((s & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(f);
	return ksum_get(&acc);
}

double
pkpc_psignrank(double q, int n, bool lower_tail)
{
	int64_t		max;
	double		x;

	if (isnan(q) || n <= 0)
		return NAN;
	max = (int64_t) n * (n + 1) / 2;
	x = round(q + 1e-7);
	if (x < 0)
		return lower_tail ? 0.0 : 1.0;
	if (x >= (double) max)
		return lower_tail ? 1.0 : 0.0;
	if (lower_tail)
		return sym_lower((int64_t) x, max, signrank_cdf, n, 0);
	return sym_lower(max - (int64_t) x - 1, max, signrank_cdf, n, 0);
}

double
pkpc_qsignrank(double p, int n)
{
	int64_t		max;
	double	   *pmf;
	int64_t		q;

	if (isnan(p) || p < 0.0 || p > 1.0 || n <= 0)
		return NAN;
	max = (int64_t) n * (n + 1) / 2;
	if (p == 0.0)
		return 0.0;
	if (p == 1.0)
		return (double) max;
	pmf = signrank_pmf(n, max / 2);
	if (pmf == NULL)
		return NAN;
	q = sym_quantile(p, pmf, max);
	pfree(pmf);
	return (double) q;
}
