/*-------------------------------------------------------------------------
 *
 * hodges_lehmann.c
 *	  Hodges-Lehmann estimators and Wilcoxon confidence intervals by
 *	  selection in sorted implicit matrices.
 *
 * Estimates.  The two-sample shift estimate is the median of the n1*n2
 * differences x_i - y_j; the one-sample estimate (pseudomedian) is the
 * median of the n(n+1)/2 Walsh averages (d_i + d_j)/2, i <= j (Hodges and
 * Lehmann 1963).  Both sets are never materialised.
 *
 * Selection.  With x and y sorted, the differences form a matrix
 * A[i][j] = x_i - y_(ny-1-j) that is non-decreasing along every row and
 * every column; the Walsh averages form the upper triangle
 * A[i][j] = (d_i + d_j)/2, j >= i, with the same property.  (Rounded
 * subtraction and addition are monotone, so this holds for the computed
 * doubles, and the order statistics we return are exactly the values R's
 * sort(outer(...)) would hold.)  The k-th smallest element is found with
 * the pruning scheme of Johnson and Mizoguchi (1978, SIAM J. Comput. 7,
 * 147-153) as used for Walsh averages by Monahan (1984, ACM TOMS 10,
 * 265-270, Algorithm 616): every row keeps an interval [lo, hi) of
 * candidate columns; the pivot is the weighted median of the rows'
 * candidate medians (weights = interval lengths), which guarantees that at
 * least a quarter of the candidates lie on each side of it; one staircase
 * walk over the matrix (O(rows + cols), the row boundaries move
 * monotonically) counts the elements < pivot and <= pivot and prunes every
 * row.  When no more than rows + cols candidates remain they are gathered
 * and selected directly.  Total O((rows + cols) log N) time and O(rows +
 * cols) memory; the smaller group of the two-sample problem is taken as the
 * rows (the differences are negated to swap roles, which is exact).
 *
 * Confidence intervals, as R 4.2.2 wilcox.test(conf.int = TRUE) with its
 * default correct = TRUE:
 *
 * Exact branch (two-sample: n1 < 50, n2 < 50, no tie in the combined sample;
 * one-sample: n < 50, no tie among |d|, no zero dropped).  With
 * q = qwilcox(a, n1, n2) (qsignrank(a, n) one-sample), raised to 1 when 0,
 * and N the number of differences: two-sided a = alpha/2 and the interval is
 * [D(q), D(N - q + 1)]; 'greater' a = alpha, [D(q), Inf); 'less' a = alpha,
 * (-Inf, D(N - q + 1)].  The achieved alpha is (two-sided: twice)
 * P(W <= q - 1); when it exceeds 1.5 alpha R warns that the level is not
 * achievable and reports 1 - achieved alpha (the one-sample test rounds the
 * achieved alpha to 2 significant digits first, the two-sample one not).
 *
 * Normal branch (otherwise).  R solves z(d) = zq with uniroot(tol = 1e-4),
 * where z(d) is the continuity- and tie-corrected statistic of the data
 * shifted by d.  For d strictly between two consecutive distinct differences
 * (Walsh averages), the statistic is W(d) - N/2 with W(d) = #{D > d}
 * (mid-ranks within a group do not change its rank sum; a one-sample shift
 * creates neither zeros nor new |.|-ties there), and the tie structure is
 * that of the groups themselves, so sigma is a constant sigma0:
 *   two-sample: sigma0^2 = n1 n2/12 ((N'+1) - sum(t^3 - t)/(N'(N'-1))),
 *               N' = n1 + n2, t over tied values within x and within y;
 *   one-sample: sigma0^2 = n(n+1)(2n+1)/24 - sum(t^3 - t)/48, t over tied
 *               values of d.
 * Between consecutive distinct differences z is therefore the constant
 *   g(C) = (C - N/2 - cc(C - N/2)) / sigma0,  C = #{D > d},
 * with cc(u) = sign(u)/2 two-sided, +1/2 'greater', -1/2 'less'.  g is
 * non-decreasing in C, and C falls as d grows, so z(d) - zq changes sign at
 * exactly one jump: with T = max{C in [0, N] : g(C) - zq <= 0} the jump is
 * at D(N - T), the (N - T)-th smallest difference (clamped to [1, N]: R
 * returns min D or max D when z - zq has one sign over the whole range).
 * Bisection-type root finders converge to that jump, so R's bound lies
 * within its tolerance (~1e-4 absolute) of D(N - T), which we return
 * exactly.  Two-sided: lower zq = qnorm(1 - alpha/2), upper zq =
 * qnorm(alpha/2); 'greater' lower zq = qnorm(1 - alpha); 'less' upper
 * zq = qnorm(alpha).  At a difference value itself z takes an intermediate
 * value with a smaller sigma (new ties); when that value crosses zq while
 * both neighbouring plateaus do not, uniroot can in principle stop there if
 * an iterate lands exactly on it; we follow the plateaus (the test
 * statistic at generic shifts), which is also what R's endpoint rules
 * amount to.  R's own large-sample estimate is the uniroot zero of the
 * uncorrected z, which lies anywhere in the gap between the two middle
 * differences when N is even; we return the median itself.
 *
 * One-sample normal branch only: before solving, R lowers the level when
 * the statistic at the sample minimum (maximum), where the values equal to
 * it turn into dropped zeros, cannot reach the quantile: alpha is doubled
 * until it can (see hl_os_alpha for the exact rule, observed from R's
 * output), and when alpha reaches 1 the "interval" is the sample median at
 * level 0.  The two-sample normal branch does not do this.  All values
 * (differences) equal: R's sigma is 0 at that value and it gives no
 * interval; we report PKPC_HL_ALL_TIED with the estimate filled in.
 *
 * Verified (scratch harness, not part of the build) on 6,000 random cases
 * against R 4.2.2: exact branch bit-identical; normal branch within R's
 * tolerance, and onto 1e-10 of the range when R is rerun with
 * tol.root = 1e-10 * range, i.e. R converges to exactly these order
 * statistics.
 *
 * src/hodges_lehmann.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>
#include <gsl/gsl_cdf.h>

#include "hodges_lehmann.h"
#include "rank_exact.h"

/* R's exact branch needs both groups (or the sample) below this size. */
#define HL_EXACT_LIMIT	50

/* Counts beyond this are no longer exact in double precision. */
#define HL_MAX_PAIRS	((int64_t) 1 << 53)

/* Poll for cancel every this many rows of a walk. */
#define HL_POLL_MASK	0xFFFF

/*
 * The implicit matrix: rows i = 0..nrows-1, columns j = start(i)..ncols-1,
 * non-decreasing along rows and columns.
 */
typedef struct HLMatrix
{
	const double *a;			/* rows: x, or d */
	const double *b;			/* columns reversed: y (NULL for Walsh) */
	int64_t		nrows;
	int64_t		ncols;
	bool		walsh;
	int64_t		total;			/* number of elements */
} HLMatrix;

/* Scratch for one selection, reused across selections. */
typedef struct HLWork
{
	int32_t    *lo;				/* first candidate column of each row */
	int32_t    *hi;				/* one past the last candidate column */
	int32_t    *lt;				/* per row: first column with value >= p */
	int32_t    *le;				/* per row: first column with value > p */
	double	   *val;			/* medians, or gathered candidates */
	int64_t    *wt;				/* their weights */
	int64_t		cap;			/* length of val and wt */
	uint64_t	rng;			/* local pivot generator state */
} HLWork;

static inline double
hl_elem(const HLMatrix *m, int64_t i, int64_t j)
{
	if (m->walsh)
		return (m->a[i] + m->a[j]) / 2.0;
	return m->a[i] - m->b[m->ncols - 1 - j];
}

static inline int64_t
hl_start(const HLMatrix *m, int64_t i)
{
	return m->walsh ? i : 0;
}

/* splitmix64: a deterministic local generator for pivot positions. */
static inline uint64_t
hl_rand(uint64_t *state)
{
	uint64_t	z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static void
hl_work_init(HLWork *w, const HLMatrix *m)
{
	w->lo = palloc(sizeof(int32_t) * m->nrows);
	w->hi = palloc(sizeof(int32_t) * m->nrows);
	w->lt = palloc(sizeof(int32_t) * m->nrows);
	w->le = palloc(sizeof(int32_t) * m->nrows);
	w->cap = m->nrows + m->ncols;
	w->val = palloc(sizeof(double) * w->cap);
	w->wt = palloc(sizeof(int64_t) * w->cap);
	w->rng = UINT64_C(0x2545F4914F6CDD1D);
}

static void
hl_work_free(HLWork *w)
{
	pfree(w->lo);
	pfree(w->hi);
	pfree(w->lt);
	pfree(w->le);
	pfree(w->val);
	pfree(w->wt);
}

/*
 * Weighted selection: the smallest value v among val[0..n-1] such that the
 * weights of the values <= v add up to at least target (1 <= target <= total
 * weight).  Randomised three-way quickselect, expected O(n).  Reorders the
 * arrays.
 */
static double
hl_weighted_select(double *val, int64_t *wt, int64_t n, int64_t target,
				   uint64_t *rng)
{
	int64_t		lo = 0,
				hi = n;

	for (;;)
	{
		double		pivot;
		int64_t		lt,
					i,
					gt;
		int64_t		wless = 0,
					wequal = 0;

		if (hi - lo <= 1)
			return val[lo];
		CHECK_FOR_INTERRUPTS();
		pivot = val[lo + (int64_t) (hl_rand(rng) % (uint64_t) (hi - lo))];

		/* Dutch national flag: [lo,lt) < pivot, [lt,gt) == , [gt,hi) > */
		lt = lo;
		i = lo;
		gt = hi;
		while (i < gt)
		{
			if (val[i] < pivot)
			{
				double		tv = val[i];
				int64_t		tw = wt[i];

				val[i] = val[lt];
				wt[i] = wt[lt];
				val[lt] = tv;
				wt[lt] = tw;
				wless += tw;
				lt++;
				i++;
			}
			else if (val[i] > pivot)
			{
				double		tv = val[i];
				int64_t		tw = wt[i];

				gt--;
				val[i] = val[gt];
				wt[i] = wt[gt];
				val[gt] = tv;
				wt[gt] = tw;
			}
			else
			{
				wequal += wt[i];
				i++;
			}
		}

		if (target <= wless)
			hi = lt;
		else if (target <= wless + wequal)
			return pivot;
		else
		{
			target -= wless + wequal;
			lo = gt;
		}
	}
}

/*
 * Staircase count of the elements < p and <= p.  Row i's elements < p are
 * its columns [start(i), lt[i]), those <= p are [start(i), le[i]).  As rows
 * grow, each row dominates the previous one column by column, so both
 * boundaries only move left: O(nrows + ncols).
 */
static void
hl_count(const HLMatrix *m, double p, int32_t *lt, int32_t *le,
		 int64_t *nlt, int64_t *nle)
{
	int64_t		blt = m->ncols,
				ble = m->ncols;
	int64_t		clt = 0,
				cle = 0;
	int64_t		i;

	for (i = 0; i < m->nrows; i++)
	{
		int64_t		s = hl_start(m, i);

		if ((i & HL_POLL_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (blt < s)
			blt = s;
		if (ble < s)
			ble = s;
		while (blt > s && hl_elem(m, i, blt - 1) >= p)
			blt--;
		while (ble > s && hl_elem(m, i, ble - 1) > p)
			ble--;
		lt[i] = (int32_t) blt;
		le[i] = (int32_t) ble;
		clt += blt - s;
		cle += ble - s;
	}
	*nlt = clt;
	*nle = cle;
}

/* The k-th smallest element (1 <= k <= m->total). */
static double
hl_select(const HLMatrix *m, int64_t k, HLWork *w)
{
	int64_t		i;

	for (i = 0; i < m->nrows; i++)
	{
		w->lo[i] = (int32_t) hl_start(m, i);
		w->hi[i] = (int32_t) m->ncols;
	}

	for (;;)
	{
		int64_t		remaining = 0,
					below = 0,
					nmed = 0,
					nlt,
					nle;
		double		pivot;

		CHECK_FOR_INTERRUPTS();
		for (i = 0; i < m->nrows; i++)
		{
			remaining += w->hi[i] - w->lo[i];
			below += w->lo[i] - hl_start(m, i);
		}

		if (remaining <= w->cap)
		{
			/* Few enough: gather the candidates and select among them. */
			int64_t		n = 0;

			for (i = 0; i < m->nrows; i++)
			{
				int64_t		j;

				for (j = w->lo[i]; j < w->hi[i]; j++)
				{
					w->val[n] = hl_elem(m, i, j);
					w->wt[n] = 1;
					n++;
				}
			}
			return hl_weighted_select(w->val, w->wt, n, k - below, &w->rng);
		}

		/* Pivot: weighted median of the rows' candidate medians. */
		for (i = 0; i < m->nrows; i++)
		{
			int64_t		len = w->hi[i] - w->lo[i];

			if (len > 0)
			{
				w->val[nmed] = hl_elem(m, i, w->lo[i] + (len - 1) / 2);
				w->wt[nmed] = len;
				nmed++;
			}
		}
		pivot = hl_weighted_select(w->val, w->wt, nmed, (remaining + 1) / 2,
								   &w->rng);

		hl_count(m, pivot, w->lt, w->le, &nlt, &nle);
		if (nlt < k && k <= nle)
			return pivot;
		if (k <= nlt)
		{
			for (i = 0; i < m->nrows; i++)
				if (w->lt[i] < w->hi[i])
					w->hi[i] = w->lt[i];
		}
		else
		{
			for (i = 0; i < m->nrows; i++)
				if (w->le[i] > w->lo[i])
					w->lo[i] = w->le[i];
		}
	}
}

/*
 * The k-th and (k+1)-th smallest elements (1 <= k < m->total): the second
 * is the k-th itself when it repeats, else the least element above it.
 */
static void
hl_select_pair(const HLMatrix *m, int64_t k, HLWork *w,
			   double *first, double *second)
{
	double		v = hl_select(m, k, w);
	int64_t		nlt,
				nle,
				i;
	double		next = INFINITY;

	*first = v;
	hl_count(m, v, w->lt, w->le, &nlt, &nle);
	if (nle > k)
	{
		*second = v;
		return;
	}
	for (i = 0; i < m->nrows; i++)
	{
		if (w->le[i] < m->ncols)
		{
			double		e = hl_elem(m, i, w->le[i]);

			if (e < next)
				next = e;
		}
	}
	*second = next;
}

/*
 * Order statistics of the differences.  Internally the smaller group is the
 * rows; when that is y we work on y_j - x_i = -(x_i - y_j) and mirror ranks.
 */
typedef struct HLDiffs
{
	HLMatrix	m;
	bool		negated;
	HLWork		w;
} HLDiffs;

static void
hl_diffs_init(HLDiffs *dd, const double *x, int64_t nx,
			  const double *y, int64_t ny)
{
	dd->negated = (nx > ny);
	dd->m.a = dd->negated ? y : x;
	dd->m.b = dd->negated ? x : y;
	dd->m.nrows = dd->negated ? ny : nx;
	dd->m.ncols = dd->negated ? nx : ny;
	dd->m.walsh = false;
	dd->m.total = nx * ny;
	hl_work_init(&dd->w, &dd->m);
}

/*
 * -v, but +0 for a zero: x - y is +0 when x == y, so R never holds the -0
 * that negating y - x would give.
 */
static inline double
hl_neg(double v)
{
	return 0.0 - v;
}

static double
hl_diffs_kth(HLDiffs *dd, int64_t k)
{
	if (dd->negated)
		return hl_neg(hl_select(&dd->m, dd->m.total + 1 - k, &dd->w));
	return hl_select(&dd->m, k, &dd->w);
}

/*
 * R's mean() of two values sums in long double; halving is exact, so
 * (a + b) / 2 is the same correctly rounded value unless a + b overflows.
 */
static double
hl_mean2(double a, double b)
{
	if (isfinite(a + b))
		return (a + b) / 2.0;
	return a / 2.0 + b / 2.0;
}

/* Median with R's rule for an even count. */
static double
hl_median(const HLMatrix *m, HLWork *w, bool negated)
{
	int64_t		n = m->total;
	double		a,
				b;

	if (n % 2 == 1)
	{
		double		v = hl_select(m, (n + 1) / 2, w);

		return negated ? hl_neg(v) : v;
	}
	/* n even: ranks n/2 and n/2 + 1, which mirror onto themselves */
	hl_select_pair(m, n / 2, w, &a, &b);
	if (negated)
	{
		double		t = hl_neg(a);

		a = hl_neg(b);
		b = t;
	}
	return hl_mean2(a, b);
}

/* sum over runs of equal values of t^3 - t, in a sorted array */
static double
hl_tie_sum(const double *v, int64_t n)
{
	double		s = 0.0;
	int64_t		i = 0;

	while (i < n)
	{
		int64_t		j = i + 1;

		while (j < n && v[j] == v[i])
			j++;
		if (j - i > 1)
		{
			double		t = (double) (j - i);

			s += t * t * t - t;
		}
		i = j;
	}
	return s;
}

static bool
hl_sorted_finite(const double *v, int64_t n)
{
	int64_t		i;

	for (i = 0; i < n; i++)
	{
		if (!isfinite(v[i]) || (i > 0 && v[i] < v[i - 1]))
			return false;
	}
	return true;
}

/* Continuity correction cc(u) of R's correct = TRUE for alternative alt. */
static double
hl_cc(double u, PkpcAlternative alt)
{
	if (alt == PKPC_GREATER)
		return 0.5;
	if (alt == PKPC_LESS)
		return -0.5;
	return u > 0 ? 0.5 : (u < 0 ? -0.5 : 0.0);
}

/*
 * Rank (1-based, clamped to [1, total]) of the difference at which the
 * plateau value g(C) = (C - N/2 - cc)/sigma0 of the corrected statistic
 * crosses zq; see the header comment.  g is non-decreasing in C, so binary
 * search for T = max{C : g(C) - zq <= 0}.
 */
static int64_t
hl_root_rank(int64_t total, double sigma0, double zq, PkpcAlternative alt)
{
	double		half = (double) total / 2.0;
	int64_t		lo = -1,		/* largest C known to satisfy (or -1) */
				hi = total + 1; /* smallest C known to fail */

	while (hi - lo > 1)
	{
		int64_t		c = lo + (hi - lo) / 2;
		double		u = (double) c - half;

		if ((u - hl_cc(u, alt)) / sigma0 - zq <= 0.0)
			lo = c;
		else
			hi = c;
	}
	/* lo = T; the jump is at rank total - T */
	if (total - lo < 1)
		return 1;
	if (total - lo > total)
		return total;
	return total - lo;
}

static bool
hl_args_ok(PkpcAlternative alt, double conf_level)
{
	if (alt != PKPC_TWO_SIDED && alt != PKPC_LESS && alt != PKPC_GREATER)
		return false;
	if (!(conf_level > 0.0 && conf_level < 1.0))
		return false;
	return true;
}

static void
hl_result_reset(PkpcHLResult *res)
{
	res->estimate = NAN;
	res->ci_lower = NAN;
	res->ci_upper = NAN;
	res->exact = false;
	res->conf_not_achievable = false;
	res->conf_achieved = NAN;
	res->conf_reported = NAN;
	res->k_lower = 0;
	res->k_upper = 0;
	res->n_pairs = 0;
}

/*
 * Ranks of the exact-branch bounds.  q is qwilcox/qsignrank at alpha/2
 * (two-sided) or alpha, raised to 1 when 0; p_below = P(W <= q - 1).
 */
static double
hl_signif2(double v)
{
	double		scale;

	if (!(v > 0.0) || !isfinite(v))
		return v;
	scale = pow(10.0, 1.0 - floor(log10(v)));
	return nearbyint(v * scale) / scale;
}

static void
hl_exact_ranks(PkpcHLResult *res, int64_t total, double q, double p_below,
			   PkpcAlternative alt, double conf_level, bool one_sample)
{
	int64_t		qu = (int64_t) q;
	double		alpha = 1.0 - conf_level;
	double		achieved;

	if (qu < 1)
		qu = 1;
	if (qu > total)
		qu = total;
	achieved = (alt == PKPC_TWO_SIDED) ? 2.0 * p_below : p_below;
	res->k_lower = (alt == PKPC_LESS) ? 0 : qu;
	res->k_upper = (alt == PKPC_GREATER) ? 0 : total - qu + 1;
	res->conf_achieved = 1.0 - achieved;
	res->conf_not_achievable = (achieved - alpha > alpha / 2.0);
	res->conf_reported = conf_level;
	if (res->conf_not_achievable)
		res->conf_reported = 1.0 - (one_sample ? hl_signif2(achieved) : achieved);
}

/* Normal-branch ranks of the bounds. */
static void
hl_normal_ranks(PkpcHLResult *res, int64_t total, double sigma0,
				PkpcAlternative alt, double alpha)
{
	if (alt == PKPC_TWO_SIDED)
	{
		res->k_lower = hl_root_rank(total, sigma0,
									gsl_cdf_ugaussian_Qinv(alpha / 2.0), alt);
		res->k_upper = hl_root_rank(total, sigma0,
									gsl_cdf_ugaussian_Pinv(alpha / 2.0), alt);
	}
	else if (alt == PKPC_GREATER)
		res->k_lower = hl_root_rank(total, sigma0,
									gsl_cdf_ugaussian_Qinv(alpha), alt);
	else
		res->k_upper = hl_root_rank(total, sigma0,
									gsl_cdf_ugaussian_Pinv(alpha), alt);
}

/* Fill in the bounds from their ranks via kth(ctx, k). */
static void
hl_fill_bounds(PkpcHLResult *res, double (*kth) (void *, int64_t), void *ctx)
{
	res->ci_lower = res->k_lower > 0 ? kth(ctx, res->k_lower) : -INFINITY;
	res->ci_upper = res->k_upper > 0 ? kth(ctx, res->k_upper) : INFINITY;
}

static double
hl_diffs_kth_cb(void *ctx, int64_t k)
{
	return hl_diffs_kth((HLDiffs *) ctx, k);
}

typedef struct HLWalsh
{
	HLMatrix	m;
	HLWork		w;
} HLWalsh;

static double
hl_walsh_kth_cb(void *ctx, int64_t k)
{
	HLWalsh    *ww = (HLWalsh *) ctx;

	return hl_select(&ww->m, k, &ww->w);
}

/* Does the merged sorted pair (x, y) hold a repeated value? */
static bool
hl_merged_has_tie(const double *x, int64_t nx, const double *y, int64_t ny)
{
	int64_t		i = 0,
				j = 0;
	bool		have_prev = false;
	double		prev = 0.0;

	while (i < nx || j < ny)
	{
		double		v;

		if (j >= ny || (i < nx && x[i] <= y[j]))
			v = x[i++];
		else
			v = y[j++];
		if (have_prev && v == prev)
			return true;
		prev = v;
		have_prev = true;
	}
	return false;
}

PkpcHLStatus
pkpc_hl_two_sample(const double *x, int64_t nx, const double *y, int64_t ny,
				   PkpcAlternative alt, double conf_level, PkpcHLResult *res)
{
	HLDiffs		dd;
	int64_t		total;
	bool		use_exact;

	if (res == NULL)
		return PKPC_HL_BAD_ARG;
	hl_result_reset(res);
	if (!hl_args_ok(alt, conf_level))
		return PKPC_HL_BAD_ARG;
	if (nx < 0 || ny < 0 || (nx > 0 && x == NULL) || (ny > 0 && y == NULL))
		return PKPC_HL_BAD_ARG;
	if (nx < 1 || ny < 1)
		return PKPC_HL_TOO_FEW;
	if (nx > INT32_MAX || ny > INT32_MAX || nx > HL_MAX_PAIRS / ny)
		return PKPC_HL_TOO_LARGE;
	if (!hl_sorted_finite(x, nx) || !hl_sorted_finite(y, ny))
		return PKPC_HL_BAD_ARG;

	total = nx * ny;
	res->n_pairs = total;
	use_exact = (nx < HL_EXACT_LIMIT && ny < HL_EXACT_LIMIT &&
				 !hl_merged_has_tie(x, nx, y, ny));
	res->exact = use_exact;

	hl_diffs_init(&dd, x, nx, y, ny);
	res->estimate = hl_median(&dd.m, &dd.w, dd.negated);

	if (use_exact)
	{
		int			m = (int) nx,
					n = (int) ny;
		double		alpha = 1.0 - conf_level;
		double		a = (alt == PKPC_TWO_SIDED) ? alpha / 2.0 : alpha;
		double		q = pkpc_qwilcox(a, m, n);

		if (q < 1.0 || isnan(q))
			q = 1.0;
		hl_exact_ranks(res, total, q, pkpc_pwilcox(q - 1.0, m, n, true),
					   alt, conf_level, false);
	}
	else
	{
		double		npool = (double) (nx + ny);
		double		ties = hl_tie_sum(x, nx) + hl_tie_sum(y, ny);
		double		sigma0;

		if (x[0] == x[nx - 1] && y[0] == y[ny - 1])
		{
			/* a single difference value: R's sigma is 0 there */
			hl_work_free(&dd.w);
			return PKPC_HL_ALL_TIED;
		}
		sigma0 = sqrt(((double) nx * (double) ny / 12.0) *
					  ((npool + 1.0) - ties / (npool * (npool - 1.0))));
		hl_normal_ranks(res, total, sigma0, alt, 1.0 - conf_level);
		res->conf_achieved = conf_level;
		res->conf_reported = conf_level;
	}
	hl_fill_bounds(res, hl_diffs_kth_cb, &dd);
	hl_work_free(&dd.w);
	return PKPC_HL_OK;
}

/* Is any |d| repeated?  d sorted ascending and free of zeros. */
static bool
hl_abs_has_tie(const double *d, int64_t n)
{
	int64_t		neg = 0,
				i,
				j;

	for (i = 1; i < n; i++)
		if (d[i] == d[i - 1])
			return true;
	/* merge -d[neg-1..0] (ascending |d| of negatives) with positives */
	while (neg < n && d[neg] < 0.0)
		neg++;
	i = neg - 1;
	j = neg;
	while (i >= 0 && j < n)
	{
		if (-d[i] == d[j])
			return true;
		if (-d[i] < d[j])
			i--;
		else
			j++;
	}
	return false;
}

/*
 * The corrected signed-rank statistic (V - E V - cc)/sigma of d shifted by
 * its minimum (at_min) or maximum: the values equal to that end become
 * zeros and are dropped, all others keep one sign, so V is n'(n'+1)/2 or 0
 * and the ties are the repeated values that remain.  d[0] != d[n-1].
 */
static double
hl_os_end_stat(const double *d, int64_t n, bool at_min, PkpcAlternative alt)
{
	int64_t		m = 1;
	double		nr,
				zd,
				ties,
				sigma;

	if (at_min)
	{
		while (m < n && d[m] == d[0])
			m++;
		ties = hl_tie_sum(d + m, n - m);
	}
	else
	{
		while (m < n && d[n - 1 - m] == d[n - 1])
			m++;
		ties = hl_tie_sum(d, n - m);
	}
	nr = (double) (n - m);
	zd = nr * (nr + 1.0) / 4.0;
	if (!at_min)
		zd = -zd;
	sigma = sqrt(nr * (nr + 1.0) * (2.0 * nr + 1.0) / 24.0 - ties / 48.0);
	return (zd - hl_cc(zd, alt)) / sigma;
}

/*
 * The alpha R's one-sample normal branch ends up using.  When the corrected
 * statistic at the sample minimum (maximum) does not reach the quantile of
 * the requested lower (upper) bound, the interval cannot reach that level;
 * R then doubles alpha until it can (documented: "an interval with lower
 * coverage will be substituted").  Observed R 4.2.2 behaviour, reproduced
 * here: two-sided checks both ends at alpha/2; 'greater' checks the minimum
 * at alpha; 'less' checks the maximum at alpha/2 (not alpha), while its
 * bound is then computed at alpha.
 */
static double
hl_os_alpha(const double *d, int64_t n, PkpcAlternative alt, double alpha)
{
	double		smin = hl_os_end_stat(d, n, true, alt);
	double		smax = hl_os_end_stat(d, n, false, alt);
	int			iter;

	/* alpha < 2 on exit in exact arithmetic; the cap is a safety net */
	for (iter = 0; iter < 64; iter++)
	{
		bool		short_of;

		if (alt == PKPC_TWO_SIDED)
			short_of = (smin - gsl_cdf_ugaussian_Qinv(alpha / 2.0) < 0.0 ||
						smax - gsl_cdf_ugaussian_Pinv(alpha / 2.0) > 0.0);
		else if (alt == PKPC_GREATER)
			short_of = (smin - gsl_cdf_ugaussian_Qinv(alpha) < 0.0);
		else
			short_of = (smax - gsl_cdf_ugaussian_Pinv(alpha / 2.0) > 0.0);
		if (!short_of)
			break;
		alpha *= 2.0;
	}
	return alpha;
}

PkpcHLStatus
pkpc_hl_one_sample(const double *d, int64_t n, int64_t n_zero,
				   PkpcAlternative alt, double conf_level, PkpcHLResult *res)
{
	HLWalsh		ww;
	int64_t		total;
	bool		use_exact;

	if (res == NULL)
		return PKPC_HL_BAD_ARG;
	hl_result_reset(res);
	if (!hl_args_ok(alt, conf_level))
		return PKPC_HL_BAD_ARG;
	if (n < 0 || n_zero < 0 || (n > 0 && d == NULL))
		return PKPC_HL_BAD_ARG;
	if (n < 1)
		return PKPC_HL_TOO_FEW;
	if (n > INT32_MAX || (n + 1) / 2 > HL_MAX_PAIRS / n)
		return PKPC_HL_TOO_LARGE;
	if (!hl_sorted_finite(d, n))
		return PKPC_HL_BAD_ARG;

	total = (n % 2 == 0) ? (n / 2) * (n + 1) : n * ((n + 1) / 2);
	res->n_pairs = total;
	use_exact = (n < HL_EXACT_LIMIT && n_zero == 0 && !hl_abs_has_tie(d, n));
	res->exact = use_exact;

	ww.m.a = d;
	ww.m.b = NULL;
	ww.m.nrows = n;
	ww.m.ncols = n;
	ww.m.walsh = true;
	ww.m.total = total;
	hl_work_init(&ww.w, &ww.m);
	res->estimate = hl_median(&ww.m, &ww.w, false);

	if (use_exact)
	{
		double		alpha = 1.0 - conf_level;
		double		a = (alt == PKPC_TWO_SIDED) ? alpha / 2.0 : alpha;
		double		q = pkpc_qsignrank(a, (int) n);

		if (q < 1.0 || isnan(q))
			q = 1.0;
		hl_exact_ranks(res, total, q, pkpc_psignrank(q - 1.0, (int) n, true),
					   alt, conf_level, true);
	}
	else
	{
		double		nn = (double) n;
		double		sigma0;
		double		alpha;

		if (d[0] == d[n - 1])
		{
			/* a single Walsh average: R's sigma is 0 there */
			hl_work_free(&ww.w);
			return PKPC_HL_ALL_TIED;
		}
		sigma0 = sqrt(nn * (nn + 1.0) * (2.0 * nn + 1.0) / 24.0 -
					  hl_tie_sum(d, n) / 48.0);
		alpha = hl_os_alpha(d, n, alt, 1.0 - conf_level);
		res->conf_not_achievable = (alpha != 1.0 - conf_level);
		res->conf_achieved = 1.0 - fmin(1.0, alpha);
		res->conf_reported = res->conf_not_achievable ?
			res->conf_achieved : conf_level;
		if (alpha >= 1.0)
		{
			/* R's fallback: the median of the data at level 0 */
			double		med = (n % 2 == 1) ? d[n / 2] :
				hl_mean2(d[n / 2 - 1], d[n / 2]);

			res->ci_lower = (alt == PKPC_LESS) ? -INFINITY : med;
			res->ci_upper = (alt == PKPC_GREATER) ? INFINITY : med;
			hl_work_free(&ww.w);
			return PKPC_HL_OK;
		}
		hl_normal_ranks(res, total, sigma0, alt, alpha);
	}
	hl_fill_bounds(res, hl_walsh_kth_cb, &ww);
	hl_work_free(&ww.w);
	return PKPC_HL_OK;
}

bool
pkpc_hl_kth_difference(const double *x, int64_t nx, const double *y,
					   int64_t ny, int64_t k, double *out)
{
	HLDiffs		dd;

	if (x == NULL || y == NULL || out == NULL || nx < 1 || ny < 1 ||
		nx > INT32_MAX || ny > INT32_MAX || nx > HL_MAX_PAIRS / ny)
		return false;
	if (k < 1 || k > nx * ny)
		return false;
	hl_diffs_init(&dd, x, nx, y, ny);
	*out = hl_diffs_kth(&dd, k);
	hl_work_free(&dd.w);
	return true;
}

bool
pkpc_hl_kth_walsh(const double *d, int64_t n, int64_t k, double *out)
{
	HLWalsh		ww;
	int64_t		total;

	if (d == NULL || out == NULL || n < 1 || n > INT32_MAX ||
		(n + 1) / 2 > HL_MAX_PAIRS / n)
		return false;
	total = (n % 2 == 0) ? (n / 2) * (n + 1) : n * ((n + 1) / 2);
	if (k < 1 || k > total)
		return false;
	ww.m.a = d;
	ww.m.b = NULL;
	ww.m.nrows = n;
	ww.m.ncols = n;
	ww.m.walsh = true;
	ww.m.total = total;
	hl_work_init(&ww.w, &ww.m);
	*out = hl_select(&ww.m, k, &ww.w);
	hl_work_free(&ww.w);
	return true;
}
