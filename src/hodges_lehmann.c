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
 * sort(outer(...)) would hold.)  Every row keeps an interval [lo, hi) of
 * candidate columns, and a staircase walk over the matrix (O(rows +
 * candidates), the row boundaries move monotonically) counts the elements
 * below a pivot and prunes every row to one side of it.  Pivots are chosen
 * as in Floyd and Rivest's SELECT (1975, CACM 18, 165-172): a stratified
 * sample of the candidates is drawn, and its order statistics just below and
 * just above the sample position of the target rank bracket the k-th
 * element with high probability, so that one round of two walks keeps about
 * 8 / sqrt(sample) of the candidates (a sample of 2^18 takes 10^12
 * differences to a few hundred thousand candidates in three rounds).  When a
 * round fails to halve the candidates, the next pivot is the weighted median
 * of the rows' candidate medians (weights = interval lengths) of Johnson and
 * Mizoguchi (1978, SIAM J. Comput. 7, 147-153; Monahan 1984, ACM TOMS 10,
 * 265-270, Algorithm 616), which keeps at least a quarter on each side, so
 * the worst case stays O((rows + cols) log N).  When few candidates remain
 * they are gathered and selected directly.  Memory: three int32 per row and
 * a sample buffer of at most 2^20 doubles.  The smaller group of the
 * two-sample problem is taken as the rows (the differences are negated to
 * swap roles, which is exact).  Which pivots are used never changes the
 * result: the k-th smallest element of a multiset is one value.
 *
 * Grouped samples.  A state group in map mode holds (value, multiplicity)
 * entries (state.h): for ordinal data a few distinct values carry millions
 * of observations.  When the distinct differences (Walsh averages) number at
 * most HL_ENUM_MAX, they are enumerated with their multiplicities (c_i c_j,
 * and c_i (c_i + 1) / 2 on the Walsh diagonal) and the order statistics are
 * selected among them by weight, computed by the same expressions, so the
 * values are the same doubles.  Otherwise a grouped sample is expanded.
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
#include <string.h>
#include <gsl/gsl_cdf.h>

#include "hodges_lehmann.h"
#include "rank_exact.h"

/* R's exact branch needs both groups (or the sample) below this size. */
#define HL_EXACT_LIMIT	50

/* Counts beyond this are no longer exact in double precision. */
#define HL_MAX_PAIRS	((int64_t) 1 << 53)

/* Poll for cancel every this many rows of a walk (or entries of a pass). */
#define HL_POLL_MASK	0xFFFF
#define HL_POLL(i) \
	do { \
		if (((i) & HL_POLL_MASK) == 0) \
			CHECK_FOR_INTERRUPTS(); \
	} while (0)
/* Largest number of distinct differences (Walsh averages) enumerated. */
#define HL_ENUM_MAX		65536

/* Largest sample of candidates drawn per round; largest gather buffer. */
#define HL_SAMPLE_MAX	((int64_t) 1 << 18)
#define HL_GATHER_MAX	((int64_t) 1 << 20)
#define HL_GATHER_MIN	((int64_t) 1024)

/*
 * A sorted sample: entries v[0..nv-1] ascending, c[i] observations equal to
 * v[i] (c NULL: one each; equal values may also sit in adjacent entries).
 */
typedef struct HLSample
{
	const double *v;
	const int64_t *c;
	int64_t		nv;
	int64_t		n;				/* observations: the sum of the counts */
} HLSample;

static inline int64_t
hls_count(const HLSample *s, int64_t i)
{
	return s->c ? s->c[i] : 1;
}

/*
 * Set up a sample; false when it is not sorted ascending, holds a
 * non-finite value or a non-positive count, or its size overflows.
 */
static bool
hls_init(HLSample *s, const double *v, const int64_t *c, int64_t nv)
{
	int64_t		i;

	s->v = v;
	s->c = c;
	s->nv = nv;
	s->n = 0;
	if (nv < 0 || (nv > 0 && v == NULL))
		return false;
	for (i = 0; i < nv; i++)
	{
		int64_t		ci = hls_count(s, i);

		if (!isfinite(v[i]) || (i > 0 && v[i] < v[i - 1]))
			return false;
		if (ci <= 0 || s->n > INT64_MAX - ci)
			return false;
		s->n += ci;
		if ((i & HL_POLL_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	return true;
}

/*
 * Sum over the runs of equal values among entries [from, to) of t^3 - t,
 * t the observations in the run, in ascending order of value.
 */
static double
hls_tie_sum(const HLSample *s, int64_t from, int64_t to)
{
	double		sum = 0.0;
	int64_t		i = from;

	while (i < to)
	{
		int64_t		j = i;
		int64_t		t = 0;

		while (j < to && s->v[j] == s->v[i])
		{
			t += hls_count(s, j++);
			if ((j & HL_POLL_MASK) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		if (t > 1)
		{
			double		td = (double) t;

			sum += td * td * td - td;
		}
		i = j;
	}
	return sum;
}

/* The observation of 0-based rank idx. */
static double
hls_at(const HLSample *s, int64_t idx)
{
	int64_t		i;

	if (s->c == NULL)
		return s->v[idx];
	for (i = 0; i < s->nv; i++)
	{
		if (idx < s->c[i])
			return s->v[i];
		idx -= s->c[i];
	}
	return s->v[s->nv - 1];
}

static bool
hls_has_count_above_one(const HLSample *s)
{
	int64_t		i;

	if (s->c == NULL)
		return false;
	for (i = 0; i < s->nv; i++)
		if (s->c[i] > 1)
			return true;
	return false;
}

/* The observations as a plain ascending array (palloc'd when grouped). */
static const double *
hls_expand(const HLSample *s, double **owned)
{
	double	   *out;
	int64_t		i,
				k = 0;

	*owned = NULL;
	if (s->c == NULL)
		return s->v;
	/* callers keep s->n <= PKPC_HL_EXPAND_MAX: the size cannot overflow */
	out = palloc_huge(sizeof(double) * (s->n > 0 ? s->n : 1));
	for (i = 0; i < s->nv; i++)
	{
		int64_t		c = s->c[i];

		while (c-- > 0)
		{
			out[k++] = s->v[i];
			if ((k & HL_POLL_MASK) == 0)
				CHECK_FOR_INTERRUPTS();
		}
	}
	*owned = out;
	return out;
}

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
	bool		steps;			/* walks test several columns at once */
	int64_t		total;			/* number of elements */
} HLMatrix;

/*
 * Scratch for the selections in one matrix.  Row i's candidates are its
 * columns [lo[i], hi[i]); walks update lo and hi in place.
 */
typedef struct HLWork
{
	int32_t    *lo;
	int32_t    *hi;
	int32_t    *hi_band;		/* hi after the round shared by all targets */
	double	   *val;			/* sample, or gathered candidates */
	int64_t		cap;			/* length of val */
	double	   *jm_val;			/* Johnson-Mizoguchi pivots: row medians */
	int64_t    *jm_wt;			/* and their weights (allocated if needed) */
	bool		counted;		/* the next two hold for the current lo, hi */
	int64_t		n_cand;			/* candidates left */
	int64_t		n_below;		/* elements before them */
	uint64_t	rng;			/* local generator state */
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
	w->lo = palloc_huge(sizeof(int32_t) * m->nrows);
	w->hi = palloc_huge(sizeof(int32_t) * m->nrows);
	w->hi_band = NULL;
	w->cap = m->nrows + m->ncols;
	if (w->cap > HL_GATHER_MAX)
		w->cap = HL_GATHER_MAX;
	if (w->cap < HL_GATHER_MIN)
		w->cap = HL_GATHER_MIN;
	w->val = palloc(sizeof(double) * w->cap);
	w->jm_val = NULL;
	w->jm_wt = NULL;
	w->counted = false;
	w->rng = UINT64_C(0x2545F4914F6CDD1D);
}

static void
hl_work_free(HLWork *w)
{
	pfree(w->lo);
	pfree(w->hi);
	if (w->hi_band)
		pfree(w->hi_band);
	pfree(w->val);
	if (w->jm_val)
		pfree(w->jm_val);
	if (w->jm_wt)
		pfree(w->jm_wt);
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
	uint32_t	polls = 0;

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
			if ((++polls & HL_POLL_MASK) == 0)
				CHECK_FOR_INTERRUPTS();
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
 * The (k0 + 1)-th smallest of val[0..n-1] (0 <= k0 < n).  Randomised
 * three-way quickselect; afterwards val[0..k0] holds the k0 + 1 smallest
 * values.
 */
static double
hl_qselect(double *val, int64_t n, int64_t k0, uint64_t *rng)
{
	int64_t		lo = 0,
				hi = n;

	for (;;)
	{
		double		pivot;
		int64_t		lt,
					i,
					gt;

		if (hi - lo <= 1)
			return val[lo];
		CHECK_FOR_INTERRUPTS();
		pivot = val[lo + (int64_t) (hl_rand(rng) % (uint64_t) (hi - lo))];
		lt = lo;
		i = lo;
		gt = hi;
		while (i < gt)
		{
			double		v = val[i];

			if (v < pivot)
			{
				val[i++] = val[lt];
				val[lt++] = v;
			}
			else if (v > pivot)
			{
				val[i] = val[--gt];
				val[gt] = v;
			}
			else
				i++;
		}
		if (k0 < lt)
			hi = lt;
		else if (k0 < gt)
			return pivot;
		else
			lo = gt;
	}
}

/*
 * Lower a row boundary past the elements >= p (strict) or > p (not strict):
 * while (b > lo && A[i][b - 1] >= p) b--.  For continuous data the boundary
 * moves by only a column or two per row, and that loop mispredicts its exit
 * nearly every row; so test the next HL_STEP columns at once and subtract
 * the number that qualify.  The row is non-decreasing, so those form a
 * suffix of [lo, b) and the count is exactly the distance the loop would
 * move (columns below lo are masked out, and read as column lo so that no
 * read leaves the row).  When all of them qualify, the plain loop goes on.
 * With many ties the boundary stays put for long stretches of rows, where
 * the plain loop predicts well and costs less, so it is used alone then
 * (steps false).  A move longer than HL_GALLOP columns (the first rows of
 * a walk can cross most of a row of millions) gallops down by doubling
 * steps and then bisects, so that no row costs more than O(log columns)
 * beyond that: the walk polls for cancel only between rows.  Every way
 * gives the same boundary.
 */
#define HL_STEP		4
#define HL_GALLOP	64

/* Does column c of the row qualify (lie at or above the pivot)? */
#define HL_QUAL(c) \
	(walsh ? (strict ? (ai + m->a[(c)]) / 2.0 >= p : (ai + m->a[(c)]) / 2.0 > p) \
	 : (strict ? ai - brev[-(c)] >= p : ai - brev[-(c)] > p))

/*
 * The long move of hl_lower, out of line (it is rare, and hl_lower must
 * stay small enough to be inlined into the walks): columns [b, ...) are
 * known to qualify; double the step until a column fails (or lo is
 * passed), then bisect between the failing column and the known ones.
 */
static int64_t
hl_gallop(const HLMatrix *m, const double *brev, double ai, int64_t b,
		  int64_t lo, double p, bool strict, bool walsh)
{
	int64_t		known = b;
	int64_t		fails = lo - 1;
	int64_t		d;

	for (d = HL_GALLOP; known - d >= lo; d *= 2)
	{
		if (!HL_QUAL(known - d))
		{
			fails = known - d;
			break;
		}
		known -= d;
	}
	while (known - fails > 1)
	{
		int64_t		mid = fails + (known - fails) / 2;

		if (HL_QUAL(mid))
			known = mid;
		else
			fails = mid;
	}
	return known;
}

static pg_attribute_always_inline int64_t
hl_lower(const HLMatrix *m, const double *brev, double ai, int64_t b,
		 int64_t lo, double p, bool strict, bool walsh, bool steps)
{
	int64_t		stop;

	if (steps && b > lo)
	{
		int64_t		n = 0;
		int			t;

		for (t = 1; t <= HL_STEP; t++)
		{
			int64_t		c = b - t;
			int64_t		cc = c < lo ? lo : c;

			n += (c >= lo) & HL_QUAL(cc);
		}
		b -= n;
		if (n < HL_STEP)
			return b;
	}
	if (!(b > lo && HL_QUAL(b - 1)))
		return b;				/* the usual case: no move at all */
	stop = b - HL_GALLOP;
	if (stop < lo)
		stop = lo;
	for (b--; b > stop && HL_QUAL(b - 1); b--)
		;
	if (b > stop || b == lo)
		return b;
	return hl_gallop(m, brev, ai, b, lo, p, strict, walsh);
}

/*
 * Should walks test several columns at once (see hl_lower)?  Not when more
 * than an eighth of the adjacent rows or columns are equal; a few thousand
 * evenly spaced pairs tell, and a wrong guess costs only time.
 */
static bool
hl_use_steps(const double *v, int64_t n)
{
	int64_t		eq = 0,
				seen = 0,
				stride = n / 4096 + 1,
				i;

	if (v == NULL)
		return true;
	for (i = 1; i < n; i += stride)
	{
		eq += (v[i] == v[i - 1]);
		seen++;
	}
	return eq * 8 <= seen;
}

/*
 * Staircase walk for pivot p: in every row, the first column whose element
 * is >= p (strict) or > p (not strict), stored in out[i] when out is not
 * NULL (out may be lo or hi: each row is read before it is written);
 * returns the number of elements before those boundaries.  p must be one of
 * the candidates: then every boundary lies within [lo[i], hi[i]] (the
 * columns before lo[i] hold elements below every candidate, those from
 * hi[i] on elements above), and a row's boundary is at most the previous
 * row's, so the walk costs O(rows + candidates).
 */
static inline int64_t
hl_walk_impl(const HLMatrix *m, const HLWork *w, double p, bool strict,
			 bool walsh, int32_t *out)
{
	const double *brev = walsh ? NULL : m->b + m->ncols - 1;
	const bool	steps = m->steps;
	int64_t		b = m->ncols;
	int64_t		count = 0;
	int64_t		i;

	for (i = 0; i < m->nrows; i++)
	{
		int64_t		lo = w->lo[i];
		double		ai = m->a[i];

		if ((i & HL_POLL_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (b > w->hi[i])
			b = w->hi[i];
		if (b < lo)
			b = lo;
		b = hl_lower(m, brev, ai, b, lo, p, strict, walsh, steps);
		count += walsh ? b - i : b;
		if (out)
			out[i] = (int32_t) b;
	}
	return count;
}

static int64_t
hl_walk(const HLMatrix *m, const HLWork *w, double p, bool strict, int32_t *out)
{
	if (m->walsh)
		return strict ? hl_walk_impl(m, w, p, true, true, out)
			: hl_walk_impl(m, w, p, false, true, out);
	return strict ? hl_walk_impl(m, w, p, true, false, out)
		: hl_walk_impl(m, w, p, false, false, out);
}

/*
 * Both walks of a round at once, for candidates pl < ph, in place: lo
 * becomes the boundary of the elements <= pl, hi that of the elements < ph.
 * *nle gets the number of elements <= pl, *nlt that of the elements < ph.
 */
static inline void
hl_walk2_impl(const HLMatrix *m, HLWork *w, double pl, double ph, bool walsh,
			  int64_t *nle, int64_t *nlt)
{
	const double *brev = walsh ? NULL : m->b + m->ncols - 1;
	const bool	steps = m->steps;
	int64_t		bl = m->ncols,
				bh = m->ncols;
	int64_t		cl = 0,
				ch = 0;
	int64_t		i;

	for (i = 0; i < m->nrows; i++)
	{
		int64_t		lo = w->lo[i];
		int64_t		start = walsh ? i : 0;
		double		ai = m->a[i];

		if ((i & HL_POLL_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (bh > w->hi[i])
			bh = w->hi[i];
		if (bh < lo)
			bh = lo;
		bh = hl_lower(m, brev, ai, bh, lo, ph, true, walsh, steps);
		/* elements <= pl lie before those < ph */
		if (bl > bh)
			bl = bh;
		if (bl < lo)
			bl = lo;
		bl = hl_lower(m, brev, ai, bl, lo, pl, false, walsh, steps);
		cl += bl - start;
		ch += bh - start;
		w->lo[i] = (int32_t) bl;
		w->hi[i] = (int32_t) bh;
	}
	*nle = cl;
	*nlt = ch;
}

/*
 * Prune with two candidates pl < ph that are expected to bracket the target
 * ranks [klo, khi]: one walk, in place.  Where the expectation fails (a
 * probability of about 1e-4), the side it invalidates is reset to the whole
 * row, which is always valid, and a later round prunes it again.
 */
static void
hl_narrow2(const HLMatrix *m, HLWork *w, double pl, double ph,
		   int64_t klo, int64_t khi)
{
	int64_t		nle,
				nlt,
				i;

	if (m->walsh)
		hl_walk2_impl(m, w, pl, ph, true, &nle, &nlt);
	else
		hl_walk2_impl(m, w, pl, ph, false, &nle, &nlt);

	/* when neither side is reset the walk has counted the candidates */
	w->counted = (klo > nle && khi <= nlt);
	w->n_cand = nlt - nle;
	w->n_below = nle;
	if (klo <= nle)
		for (i = 0; i < m->nrows; i++)
		{
			w->lo[i] = (int32_t) hl_start(m, i);
			HL_POLL(i);
		}
	if (khi > nlt)
		for (i = 0; i < m->nrows; i++)
		{
			w->hi[i] = (int32_t) m->ncols;
			HL_POLL(i);
		}
}

/*
 * Prune to one side of the candidate p, or return true when p is the k-th
 * element.  Counting walks first, so that the stored side is always right.
 */
static bool
hl_narrow1(const HLMatrix *m, HLWork *w, double p, int64_t k)
{
	w->counted = false;
	if (k <= hl_walk(m, w, p, true, NULL))
	{
		hl_walk(m, w, p, true, w->hi);
		return false;
	}
	if (k <= hl_walk(m, w, p, false, NULL))
		return true;
	hl_walk(m, w, p, false, w->lo);
	return false;
}

/*
 * Draw a stratified sample of s of the remaining candidates into val: one
 * at a random position within each of s equal slices of the candidates
 * taken in row order.
 */
static int64_t
hl_sample(const HLMatrix *m, HLWork *w, int64_t remaining)
{
	int64_t		s = remaining < w->cap ? remaining : w->cap;
	double		step;
	int64_t		row = 0,
				before = 0,		/* candidates in rows before row */
				prev = 0,
				j;

	if (s > HL_SAMPLE_MAX)
		s = HL_SAMPLE_MAX;
	step = (double) remaining / (double) s;
	for (j = 0; j < s; j++)
	{
		double		u = (double) (hl_rand(&w->rng) >> 11) * 0x1.0p-53;
		int64_t		q = (int64_t) (((double) j + u) * step);

		if (q >= remaining)
			q = remaining - 1;
		if (q < prev)
			q = prev;
		prev = q;
		while (before + (w->hi[row] - w->lo[row]) <= q)
		{
			before += w->hi[row] - w->lo[row];
			row++;
			HL_POLL(row);
		}
		w->val[j] = hl_elem(m, row, w->lo[row] + (q - before));
	}
	return s;
}

/* Sample index about four standard deviations beyond that of rank kk. */
static int64_t
hl_sample_index(int64_t kk, int64_t remaining, int64_t s, bool above)
{
	double		f = ((double) kk - 0.5) / (double) remaining;
	double		delta = 4.0 * sqrt((double) s * f * (1.0 - f)) + 2.0;

	return above ? (int64_t) ceil(f * (double) s + delta)
		: (int64_t) floor(f * (double) s - delta);
}

/*
 * One Floyd-Rivest round for the target ranks [klo, khi] (one target: klo
 * = khi): the sample's order statistics just below the sample position of
 * klo and just above that of khi, then one walk with both.  Returns false
 * when the sample gives no two distinct pivots (nothing done); with one
 * target, the single pivot there is is used (*found set and true returned
 * when it is the k-th element).
 */
static bool
hl_sample_round(const HLMatrix *m, HLWork *w, int64_t klo, int64_t khi,
				int64_t remaining, int64_t below, double *found,
				bool *pruned)
{
	int64_t		s = hl_sample(m, w, remaining);
	int64_t		il = hl_sample_index(klo - below, remaining, s, false);
	int64_t		ih = hl_sample_index(khi - below, remaining, s, true);
	bool		have_l = (il >= 0);
	bool		have_h = (ih < s);
	double		pl = 0.0,
				ph = 0.0;

	*pruned = false;
	if (have_h)
	{
		ph = hl_qselect(w->val, s, ih, &w->rng);
		if (have_l)
			pl = hl_qselect(w->val, ih, il, &w->rng);
	}
	else if (have_l)
		pl = hl_qselect(w->val, s, il, &w->rng);

	if (have_l && have_h && pl < ph)
	{
		hl_narrow2(m, w, pl, ph, klo, khi);
		*pruned = true;
		return false;
	}
	if (klo != khi || !(have_l || have_h))
		return false;
	*pruned = true;
	if (hl_narrow1(m, w, have_l ? pl : ph, klo))
	{
		*found = have_l ? pl : ph;
		return true;
	}
	return false;
}

/*
 * Johnson-Mizoguchi pivot: the weighted median of the rows' candidate
 * medians, weighted by the rows' candidate counts.
 */
static double
hl_jm_pivot(const HLMatrix *m, HLWork *w, int64_t remaining)
{
	int64_t		nmed = 0,
				i;

	if (w->jm_val == NULL)
	{
		w->jm_val = palloc_huge(sizeof(double) * m->nrows);
		w->jm_wt = palloc_huge(sizeof(int64_t) * m->nrows);
	}
	for (i = 0; i < m->nrows; i++)
	{
		int64_t		len = w->hi[i] - w->lo[i];

		if (len > 0)
		{
			w->jm_val[nmed] = hl_elem(m, i, w->lo[i] + (len - 1) / 2);
			w->jm_wt[nmed] = len;
			nmed++;
		}
		HL_POLL(i);
	}
	return hl_weighted_select(w->jm_val, w->jm_wt, nmed, (remaining + 1) / 2,
							  &w->rng);
}

/*
 * Candidates left, and elements below them (from the last walk when it
 * counted them, which saves a pass over the rows).
 */
static void
hl_remaining(const HLMatrix *m, const HLWork *w, int64_t *remaining,
			 int64_t *below)
{
	int64_t		r = 0,
				bl = 0,
				i;

	if (w->counted)
	{
		*remaining = w->n_cand;
		*below = w->n_below;
		return;
	}
	for (i = 0; i < m->nrows; i++)
	{
		r += w->hi[i] - w->lo[i];
		bl += w->lo[i] - hl_start(m, i);
		HL_POLL(i);
	}
	*remaining = r;
	*below = bl;
}

static void
hl_reset(const HLMatrix *m, HLWork *w)
{
	int64_t		i;

	w->counted = false;
	for (i = 0; i < m->nrows; i++)
	{
		w->lo[i] = (int32_t) hl_start(m, i);
		w->hi[i] = (int32_t) m->ncols;
		HL_POLL(i);
	}
}

/*
 * The k-th smallest element (1 <= k <= m->total), among the candidates
 * [lo, hi) of every row (which must hold it).
 */
static double
hl_select_from(const HLMatrix *m, int64_t k, HLWork *w)
{
	int64_t		last = -1;		/* candidates before the last sample round */

	for (;;)
	{
		int64_t		remaining,
					below,
					i;
		double		found;
		bool		pruned = false;

		CHECK_FOR_INTERRUPTS();
		hl_remaining(m, w, &remaining, &below);
		if (remaining <= w->cap)
		{
			/* Few enough: gather the candidates and select among them. */
			int64_t		n = 0;

			for (i = 0; i < m->nrows; i++)
			{
				int64_t		j;

				for (j = w->lo[i]; j < w->hi[i]; j++)
					w->val[n++] = hl_elem(m, i, j);
				HL_POLL(i);
			}
			return hl_qselect(w->val, n, k - below - 1, &w->rng);
		}

		/* sample rounds while they at least halve the candidates */
		if (last < 0 || remaining <= last / 2)
		{
			last = remaining;
			if (hl_sample_round(m, w, k, k, remaining, below, &found, &pruned))
				return found;
		}
		if (!pruned)
		{
			double		p = hl_jm_pivot(m, w, remaining);

			last = -1;
			if (hl_narrow1(m, w, p, k))
				return p;
		}
	}
}

/* The k-th smallest element (1 <= k <= m->total). */
static double
hl_select(const HLMatrix *m, int64_t k, HLWork *w)
{
	hl_reset(m, w);
	return hl_select_from(m, k, w);
}

/*
 * The elements of ranks t[0..nt-1] (nt <= 3; 0: none wanted), into out.  The first
 * round, which costs most (it walks the whole matrix), is shared: it prunes
 * to a band that holds every target, and the targets are then selected in
 * ascending order, each from that band with the lower boundaries left by
 * the previous one (everything below them ranks below the previous target).
 */
static void
hl_select_many(const HLMatrix *m, HLWork *w, const int64_t *t, int nt,
			   double *out)
{
	int			order[3];
	int			n = 0,
				i,
				j;

	for (i = 0; i < nt; i++)
		if (t[i] > 0)
		{
			for (j = n; j > 0 && t[order[j - 1]] > t[i]; j--)
				order[j] = order[j - 1];
			order[j] = i;
			n++;
		}
	hl_reset(m, w);
	if (n >= 2 && m->total > w->cap && t[order[0]] < t[order[n - 1]])
	{
		double		unused;
		bool		pruned;

		(void) hl_sample_round(m, w, t[order[0]], t[order[n - 1]], m->total, 0,
							   &unused, &pruned);
		if (w->hi_band == NULL)
			w->hi_band = palloc_huge(sizeof(int32_t) * m->nrows);
		memcpy(w->hi_band, w->hi, sizeof(int32_t) * m->nrows);
	}
	for (i = 0; i < n; i++)
	{
		/* hi is widened again below, so the walk's counts no longer hold */
		if (i > 0)
			w->counted = false;
		if (i > 0 && w->hi_band != NULL)
			memcpy(w->hi, w->hi_band, sizeof(int32_t) * m->nrows);
		else if (i > 0)
			for (j = 0; j < m->nrows; j++)
			{
				w->hi[j] = (int32_t) m->ncols;
				HL_POLL(j);
			}
		out[order[i]] = hl_select_from(m, t[order[i]], w);
	}
}

/*
 * The least element above v, or v itself when more than k elements are
 * <= v (v the k-th element, 1 <= k < m->total): the (k+1)-th element.
 */
static inline double
hl_next_after_impl(const HLMatrix *m, double v, int64_t k, bool walsh)
{
	const double *brev = walsh ? NULL : m->b + m->ncols - 1;
	const bool	steps = m->steps;
	int64_t		b = m->ncols,
				nle = 0,
				i;
	double		next = INFINITY;

	for (i = 0; i < m->nrows; i++)
	{
		int64_t		s = walsh ? i : 0;

		if ((i & HL_POLL_MASK) == 0)
			CHECK_FOR_INTERRUPTS();
		if (b < s)
			b = s;
		b = hl_lower(m, brev, m->a[i], b, s, v, false, walsh, steps);
		nle += b - s;
		if (b < m->ncols)
		{
			double		e = hl_elem(m, i, b);

			if (e < next)
				next = e;
		}
	}
	return nle > k ? v : next;
}

static double
hl_next_after(const HLMatrix *m, double v, int64_t k)
{
	if (m->walsh)
		return hl_next_after_impl(m, v, k, true);
	return hl_next_after_impl(m, v, k, false);
}

/*
 * The order statistics of the differences x_i - y_j (two-sample) or of the
 * Walsh averages (one-sample): enumerated with weights when the distinct
 * ones are few, else an implicit matrix.  Internally the smaller group is
 * the matrix rows; when that is y we work on y_j - x_i = -(x_i - y_j) and
 * mirror ranks.
 */
typedef struct HLSel
{
	int64_t		total;			/* number of differences (Walsh averages) */
	bool		enumerated;
	/* enumerated: distinct values and their multiplicities */
	double	   *ev;
	int64_t    *ew;
	int64_t		en;
	uint64_t	rng;
	/* implicit matrix */
	HLMatrix	m;
	bool		negated;
	HLWork		w;
	double	   *owned[2];		/* expanded grouped samples */
} HLSel;

/*
 * -v, but +0 for a zero: x - y is +0 when x == y, so R never holds the -0
 * that negating y - x would give.
 */
static inline double
hl_neg(double v)
{
	return 0.0 - v;
}

static void
hl_sel_enum_alloc(HLSel *sel, int64_t n)
{
	sel->enumerated = true;
	sel->ev = palloc_huge(sizeof(double) * (n > 0 ? n : 1));
	sel->ew = palloc_huge(sizeof(int64_t) * (n > 0 ? n : 1));
	sel->en = 0;
	sel->rng = UINT64_C(0x2545F4914F6CDD1D);
	sel->owned[0] = sel->owned[1] = NULL;
}

/*
 * Are the distinct differences (Walsh averages) few enough to enumerate?
 * Only for grouped samples; plain ones are expanded already.
 */
static bool
hl_diffs_enumerated(const HLSample *xs, const HLSample *ys)
{
	return (xs->c != NULL || ys->c != NULL) && xs->nv <= HL_ENUM_MAX / ys->nv;
}

static bool
hl_walsh_enumerated(const HLSample *ds)
{
	return ds->c != NULL && ds->nv <= HL_ENUM_MAX / (ds->nv + 1) * 2;
}

/* Would the implicit matrix need a grouped sample expanded beyond bounds? */
static bool
hl_expansion_too_large(const HLSample *s)
{
	return s->c != NULL && s->n > PKPC_HL_EXPAND_MAX;
}

/* Differences of two samples, group 1 = x. */
static void
hl_sel_diffs(HLSel *sel, const HLSample *xs, const HLSample *ys)
{
	const double *x,
			   *y;
	int64_t		nx = xs->n,
				ny = ys->n;

	sel->total = nx * ny;
	if (hl_diffs_enumerated(xs, ys))
	{
		int64_t		i,
					j;

		hl_sel_enum_alloc(sel, xs->nv * ys->nv);
		for (i = 0; i < xs->nv; i++)
			for (j = 0; j < ys->nv; j++)
			{
				sel->ev[sel->en] = xs->v[i] - ys->v[j];
				sel->ew[sel->en] = hls_count(xs, i) * hls_count(ys, j);
				sel->en++;
			}
		return;
	}
	sel->enumerated = false;
	x = hls_expand(xs, &sel->owned[0]);
	y = hls_expand(ys, &sel->owned[1]);
	sel->negated = (nx > ny);
	sel->m.a = sel->negated ? y : x;
	sel->m.b = sel->negated ? x : y;
	sel->m.nrows = sel->negated ? ny : nx;
	sel->m.ncols = sel->negated ? nx : ny;
	sel->m.walsh = false;
	sel->m.steps = (hl_use_steps(sel->m.a, sel->m.nrows) &&
					hl_use_steps(sel->m.b, sel->m.ncols));
	sel->m.total = sel->total;
	hl_work_init(&sel->w, &sel->m);
}

/* Walsh averages of one sample; total = n(n+1)/2. */
static void
hl_sel_walsh(HLSel *sel, const HLSample *ds, int64_t total)
{
	sel->total = total;
	if (hl_walsh_enumerated(ds))
	{
		int64_t		i,
					j;

		hl_sel_enum_alloc(sel, ds->nv * (ds->nv + 1) / 2);
		for (i = 0; i < ds->nv; i++)
		{
			int64_t		ci = hls_count(ds, i);

			sel->ev[sel->en] = (ds->v[i] + ds->v[i]) / 2.0;
			sel->ew[sel->en] = ci % 2 == 0 ? (ci / 2) * (ci + 1) : ci * ((ci + 1) / 2);
			sel->en++;
			for (j = i + 1; j < ds->nv; j++)
			{
				sel->ev[sel->en] = (ds->v[i] + ds->v[j]) / 2.0;
				sel->ew[sel->en] = ci * hls_count(ds, j);
				sel->en++;
			}
		}
		return;
	}
	sel->enumerated = false;
	sel->negated = false;
	sel->m.a = hls_expand(ds, &sel->owned[0]);
	sel->owned[1] = NULL;
	sel->m.b = NULL;
	sel->m.nrows = ds->n;
	sel->m.ncols = ds->n;
	sel->m.walsh = true;
	sel->m.steps = hl_use_steps(sel->m.a, sel->m.nrows);
	sel->m.total = total;
	hl_work_init(&sel->w, &sel->m);
}

static void
hl_sel_free(HLSel *sel)
{
	if (sel->enumerated)
	{
		pfree(sel->ev);
		pfree(sel->ew);
		return;
	}
	hl_work_free(&sel->w);
	if (sel->owned[0])
		pfree(sel->owned[0]);
	if (sel->owned[1])
		pfree(sel->owned[1]);
}

/* The k-th smallest difference (Walsh average), 1 <= k <= total. */
static double
hl_sel_kth(HLSel *sel, int64_t k)
{
	if (sel->enumerated)
		return hl_weighted_select(sel->ev, sel->ew, sel->en, k, &sel->rng);
	if (sel->negated)
		return hl_neg(hl_select(&sel->m, sel->total + 1 - k, &sel->w));
	return hl_select(&sel->m, k, &sel->w);
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

/*
 * The estimate (the median, with R's rule for an even count) and the
 * elements of ranks k1 and k2 (0: not wanted, the value is left alone).
 */
static void
hl_sel_solve(HLSel *sel, int64_t k1, int64_t k2, double *est, double *v1,
			 double *v2)
{
	int64_t		n = sel->total;
	int64_t		t[3];
	double		v[3];

	if (sel->enumerated)
	{
		if (n % 2 == 1)
			*est = hl_sel_kth(sel, (n + 1) / 2);
		else
			*est = hl_mean2(hl_sel_kth(sel, n / 2), hl_sel_kth(sel, n / 2 + 1));
		if (k1 > 0)
			*v1 = hl_sel_kth(sel, k1);
		if (k2 > 0)
			*v2 = hl_sel_kth(sel, k2);
		return;
	}

	/*
	 * Ranks in the matrix, which holds y - x when negated.  The middle ranks
	 * (n + 1) / 2, and n / 2 with n / 2 + 1, mirror onto themselves.
	 */
	t[0] = (n % 2 == 1) ? (n + 1) / 2 : n / 2;
	t[1] = k1 > 0 ? (sel->negated ? n + 1 - k1 : k1) : 0;
	t[2] = k2 > 0 ? (sel->negated ? n + 1 - k2 : k2) : 0;
	hl_select_many(&sel->m, &sel->w, t, 3, v);

	if (n % 2 == 1)
		*est = sel->negated ? hl_neg(v[0]) : v[0];
	else
	{
		double		a = v[0];
		double		b = hl_next_after(&sel->m, a, n / 2);

		if (sel->negated)
		{
			double		tmp = hl_neg(a);

			a = hl_neg(b);
			b = tmp;
		}
		*est = hl_mean2(a, b);
	}
	if (k1 > 0)
		*v1 = sel->negated ? hl_neg(v[1]) : v[1];
	if (k2 > 0)
		*v2 = sel->negated ? hl_neg(v[2]) : v[2];
}

/* The estimate and the bounds of ranks res->k_lower and res->k_upper. */
static void
hl_solve_result(PkpcHLResult *res, HLSel *sel)
{
	res->ci_lower = -INFINITY;
	res->ci_upper = INFINITY;
	hl_sel_solve(sel, res->k_lower, res->k_upper, &res->estimate,
				 &res->ci_lower, &res->ci_upper);
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

/* Does the pooled sample of x and y hold a repeated value? */
static bool
hl_merged_has_tie(const HLSample *xs, const HLSample *ys)
{
	const double *x = xs->v,
			   *y = ys->v;
	int64_t		nx = xs->nv,
				ny = ys->nv;
	int64_t		i = 0,
				j = 0;
	bool		have_prev = false;
	double		prev = 0.0;

	if (hls_has_count_above_one(xs) || hls_has_count_above_one(ys))
		return true;
	while (i < nx || j < ny)
	{
		double		v;

		if (j >= ny || (i < nx && x[i] <= y[j]))
			v = x[i++];
		else
			v = y[j++];
		if (have_prev && v == prev)
			return true;
		HL_POLL(i + j);
		prev = v;
		have_prev = true;
	}
	return false;
}

static PkpcHLStatus
hl_two_sample(const HLSample *xs, const HLSample *ys, PkpcAlternative alt,
			  double conf_level, PkpcHLResult *res)
{
	HLSel		sel;
	int64_t		nx = xs->n,
				ny = ys->n;
	int64_t		total;
	bool		use_exact;

	if (nx < 1 || ny < 1)
		return PKPC_HL_TOO_FEW;
	if (nx > INT32_MAX || ny > INT32_MAX || nx > HL_MAX_PAIRS / ny)
		return PKPC_HL_TOO_LARGE;
	if (!hl_diffs_enumerated(xs, ys) &&
		(hl_expansion_too_large(xs) || hl_expansion_too_large(ys)))
		return PKPC_HL_EXPAND_TOO_LARGE;

	total = nx * ny;
	res->n_pairs = total;
	use_exact = (nx < HL_EXACT_LIMIT && ny < HL_EXACT_LIMIT &&
				 !hl_merged_has_tie(xs, ys));
	res->exact = use_exact;

	hl_sel_diffs(&sel, xs, ys);

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
		double		ties = hls_tie_sum(xs, 0, xs->nv) + hls_tie_sum(ys, 0, ys->nv);
		double		sigma0;

		if (xs->v[0] == xs->v[xs->nv - 1] && ys->v[0] == ys->v[ys->nv - 1])
		{
			/* a single difference value: R's sigma is 0 there */
			hl_sel_solve(&sel, 0, 0, &res->estimate, NULL, NULL);
			hl_sel_free(&sel);
			return PKPC_HL_ALL_TIED;
		}
		sigma0 = sqrt(((double) nx * (double) ny / 12.0) *
					  ((npool + 1.0) - ties / (npool * (npool - 1.0))));
		hl_normal_ranks(res, total, sigma0, alt, 1.0 - conf_level);
		res->conf_achieved = conf_level;
		res->conf_reported = conf_level;
	}
	hl_solve_result(res, &sel);
	hl_sel_free(&sel);
	return PKPC_HL_OK;
}

PkpcHLStatus
pkpc_hl_two_sample_grouped(const double *xv, const int64_t *xc, int64_t nxv,
						   const double *yv, const int64_t *yc, int64_t nyv,
						   PkpcAlternative alt, double conf_level,
						   PkpcHLResult *res)
{
	HLSample	xs,
				ys;

	if (res == NULL)
		return PKPC_HL_BAD_ARG;
	hl_result_reset(res);
	if (!hl_args_ok(alt, conf_level))
		return PKPC_HL_BAD_ARG;
	if (!hls_init(&xs, xv, xc, nxv) || !hls_init(&ys, yv, yc, nyv))
		return PKPC_HL_BAD_ARG;
	return hl_two_sample(&xs, &ys, alt, conf_level, res);
}

PkpcHLStatus
pkpc_hl_two_sample(const double *x, int64_t nx, const double *y, int64_t ny,
				   PkpcAlternative alt, double conf_level, PkpcHLResult *res)
{
	return pkpc_hl_two_sample_grouped(x, NULL, nx, y, NULL, ny, alt,
									  conf_level, res);
}

/* Is any |d| repeated?  d sorted ascending and free of zeros. */
static bool
hl_abs_has_tie(const HLSample *ds)
{
	const double *d = ds->v;
	int64_t		n = ds->nv;
	int64_t		neg = 0,
				i,
				j;

	if (hls_has_count_above_one(ds))
		return true;
	for (i = 1; i < n; i++)
	{
		if (d[i] == d[i - 1])
			return true;
		HL_POLL(i);
	}
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
		HL_POLL(j - i);			/* grows by one per step */
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
hl_os_end_stat(const HLSample *ds, bool at_min, PkpcAlternative alt)
{
	int64_t		m = 0,
				e;
	double		nr,
				zd,
				ties,
				sigma;

	if (at_min)
	{
		for (e = 0; e < ds->nv && ds->v[e] == ds->v[0]; e++)
		{
			m += hls_count(ds, e);
			HL_POLL(e);
		}
		ties = hls_tie_sum(ds, e, ds->nv);
	}
	else
	{
		for (e = ds->nv - 1; e >= 0 && ds->v[e] == ds->v[ds->nv - 1]; e--)
		{
			m += hls_count(ds, e);
			HL_POLL(e);
		}
		ties = hls_tie_sum(ds, 0, e + 1);
	}
	nr = (double) (ds->n - m);
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
hl_os_alpha(const HLSample *ds, PkpcAlternative alt, double alpha)
{
	double		smin = hl_os_end_stat(ds, true, alt);
	double		smax = hl_os_end_stat(ds, false, alt);
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

static PkpcHLStatus
hl_one_sample(const HLSample *ds, int64_t n_zero, PkpcAlternative alt,
			  double conf_level, PkpcHLResult *res)
{
	HLSel		sel;
	int64_t		n = ds->n;
	int64_t		total;
	bool		use_exact;

	if (n < 1)
		return PKPC_HL_TOO_FEW;
	if (n > INT32_MAX || (n + 1) / 2 > HL_MAX_PAIRS / n)
		return PKPC_HL_TOO_LARGE;
	if (!hl_walsh_enumerated(ds) && hl_expansion_too_large(ds))
		return PKPC_HL_EXPAND_TOO_LARGE;

	total = (n % 2 == 0) ? (n / 2) * (n + 1) : n * ((n + 1) / 2);
	res->n_pairs = total;
	use_exact = (n < HL_EXACT_LIMIT && n_zero == 0 && !hl_abs_has_tie(ds));
	res->exact = use_exact;

	hl_sel_walsh(&sel, ds, total);

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

		if (ds->v[0] == ds->v[ds->nv - 1])
		{
			/* a single Walsh average: R's sigma is 0 there */
			hl_sel_solve(&sel, 0, 0, &res->estimate, NULL, NULL);
			hl_sel_free(&sel);
			return PKPC_HL_ALL_TIED;
		}
		sigma0 = sqrt(nn * (nn + 1.0) * (2.0 * nn + 1.0) / 24.0 -
					  hls_tie_sum(ds, 0, ds->nv) / 48.0);
		alpha = hl_os_alpha(ds, alt, 1.0 - conf_level);
		res->conf_not_achievable = (alpha != 1.0 - conf_level);
		res->conf_achieved = 1.0 - fmin(1.0, alpha);
		res->conf_reported = res->conf_not_achievable ?
			res->conf_achieved : conf_level;
		if (alpha >= 1.0)
		{
			/* R's fallback: the median of the data at level 0 */
			double		med = (n % 2 == 1) ? hls_at(ds, n / 2) :
				hl_mean2(hls_at(ds, n / 2 - 1), hls_at(ds, n / 2));

			hl_sel_solve(&sel, 0, 0, &res->estimate, NULL, NULL);
			res->ci_lower = (alt == PKPC_LESS) ? -INFINITY : med;
			res->ci_upper = (alt == PKPC_GREATER) ? INFINITY : med;
			hl_sel_free(&sel);
			return PKPC_HL_OK;
		}
		hl_normal_ranks(res, total, sigma0, alt, alpha);
	}
	hl_solve_result(res, &sel);
	hl_sel_free(&sel);
	return PKPC_HL_OK;
}

PkpcHLStatus
pkpc_hl_one_sample_grouped(const double *dv, const int64_t *dc, int64_t ndv,
						   int64_t n_zero, PkpcAlternative alt,
						   double conf_level, PkpcHLResult *res)
{
	HLSample	ds;

	if (res == NULL)
		return PKPC_HL_BAD_ARG;
	hl_result_reset(res);
	if (!hl_args_ok(alt, conf_level))
		return PKPC_HL_BAD_ARG;
	if (n_zero < 0 || !hls_init(&ds, dv, dc, ndv))
		return PKPC_HL_BAD_ARG;
	return hl_one_sample(&ds, n_zero, alt, conf_level, res);
}

PkpcHLStatus
pkpc_hl_one_sample(const double *d, int64_t n, int64_t n_zero,
				   PkpcAlternative alt, double conf_level, PkpcHLResult *res)
{
	return pkpc_hl_one_sample_grouped(d, NULL, n, n_zero, alt, conf_level, res);
}

bool
pkpc_hl_kth_difference(const double *x, int64_t nx, const double *y,
					   int64_t ny, int64_t k, double *out)
{
	HLSample	xs,
				ys;
	HLSel		sel;

	if (x == NULL || y == NULL || out == NULL || nx < 1 || ny < 1 ||
		nx > INT32_MAX || ny > INT32_MAX || nx > HL_MAX_PAIRS / ny)
		return false;
	if (k < 1 || k > nx * ny)
		return false;
	xs.v = x;
	xs.c = NULL;
	xs.nv = xs.n = nx;
	ys.v = y;
	ys.c = NULL;
	ys.nv = ys.n = ny;
	hl_sel_diffs(&sel, &xs, &ys);
	*out = hl_sel_kth(&sel, k);
	hl_sel_free(&sel);
	return true;
}

bool
pkpc_hl_kth_walsh(const double *d, int64_t n, int64_t k, double *out)
{
	HLSample	ds;
	HLSel		sel;
	int64_t		total;

	if (d == NULL || out == NULL || n < 1 || n > INT32_MAX ||
		(n + 1) / 2 > HL_MAX_PAIRS / n)
		return false;
	total = (n % 2 == 0) ? (n / 2) * (n + 1) : n * ((n + 1) / 2);
	if (k < 1 || k > total)
		return false;
	ds.v = d;
	ds.c = NULL;
	ds.nv = ds.n = n;
	hl_sel_walsh(&sel, &ds, total);
	*out = hl_sel_kth(&sel, k);
	hl_sel_free(&sel);
	return true;
}
