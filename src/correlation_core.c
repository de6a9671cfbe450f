/*-------------------------------------------------------------------------
 *
 * correlation_core.c
 *	  Spearman's rho and Kendall's tau-b, and the null distributions R's
 *	  cor.test uses for them: AS 89 for Spearman's S and the exact
 *	  distribution of Kendall's T.
 *
 * Spearman's rho (1904) is Pearson's correlation of the mid-ranks.  Twice
 * a mid-rank is an integer (the sum of the first and last position of its
 * tie group), so the centred doubled ranks a_i = 2 r(x_i) - (n + 1) are
 * integers and rho = sum a b / sqrt(sum a^2 sum b^2) comes from exact
 * 128-bit sums: it does not depend on the order of the rows.
 *
 * Kendall's tau-b (Kendall 1945) by Knight's (1966) O(n log n) algorithm:
 * sort the pairs by x then y, count the pairs tied in x (n1) and in both
 * (n3), count the discordant pairs as the inversions of a merge sort of y,
 * then the pairs tied in y (n2); S = n0 - n1 - n2 + n3 - 2 swaps with
 * n0 = n (n - 1) / 2, tau_b = S / sqrt((n0 - n1)(n0 - n2)).  The variance
 * of S under independence with ties (Kendall 1970, eq. 4.4) is the one R
 * uses:
 *
 *	var S = (v0 - vt - vu) / 18 + v1 / (2 n (n - 1)) + v2 / (9 n (n - 1)(n - 2))
 *
 * with v0 = n (n - 1)(2n + 5), vt = sum t (t - 1)(2t + 5) over the tie
 * groups of x (vu: of y), v1 = sum t (t - 1) [x] * sum u (u - 1) [y], v2 =
 * sum t (t - 1)(t - 2) [x] * sum u (u - 1)(u - 2) [y].
 *
 * Null distributions:
 * - Spearman, AS 89 (Best & Roberts 1975, Appl. Statist. 24:377), in R's
 *	 form: exact over all n! permutations for n <= 9 (a table of the
 *	 distribution of S = sum d^2, built by enumeration), the Edgeworth
 *	 series beyond; either tail directly.
 * - Kendall: T = number of concordant pairs of n untied pairs is
 *	 distributed as the number of inversions of a random permutation; its
 *	 counts (Mahonian numbers) satisfy c_m(k) = sum_{j=0}^{m-1} c_{m-1}(k-j)
 *	 and are summed over the requested tail, never as 1 - P.
 *
 * Pairs are ordered by stable LSD radix sorts on their members.
 *
 * Work: O(n log n) for the statistics; the Spearman table is at most 9!
 * permutations, the Kendall sums O(n^3) for n <= 60.
 *
 * src/correlation_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "correlation_core.h"

#include <math.h>
#include <string.h>

typedef __int128 int128_t;

/* Order-preserving map of a double (finite, never -0) to an unsigned key. */
static inline uint64_t
double_key(double v)
{
	uint64_t	bits;

	memcpy(&bits, &v, sizeof(bits));
	return (bits & UINT64_C(0x8000000000000000)) ? ~bits
		: bits ^ UINT64_C(0x8000000000000000);
}

/*
 * Stable LSD radix sort of n (x, y) pairs by their member `which` (0: x,
 * 1: y), one byte per pass, skipping the bytes every key shares (Knuth,
 * TAOCP vol. 3, 5.2.5).  Stability lets two sorts give the lexicographic
 * order.  The values must be finite and never -0.
 */
static void
radix_sort_pairs(double *pairs, int64_t n, int which)
{
	double	   *tmp;
	double	   *src = pairs;
	double	   *dst;
	int64_t    *hist;
	int64_t		i;
	int			pass;

	if (n < 2)
		return;
	tmp = palloc_huge(sizeof(double) * 2 * n);
	hist = palloc0(sizeof(int64_t) * 8 * 256);
	for (i = 0; i < n; i++)
	{
		uint64_t	k = double_key(pairs[2 * i + which]);

		for (pass = 0; pass < 8; pass++)
			hist[pass * 256 + ((k >> (8 * pass)) & 0xFF)]++;
	}
	dst = tmp;
	for (pass = 0; pass < 8; pass++)
	{
		int64_t    *h = hist + pass * 256;
		int64_t		sum = 0;
		int			shift = 8 * pass;
		int			d;

		if (h[(double_key(src[which]) >> shift) & 0xFF] == n)
			continue;			/* every key has this byte */
		for (d = 0; d < 256; d++)
		{
			int64_t		c = h[d];

			h[d] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
		{
			int64_t		to = h[(double_key(src[2 * i + which]) >> shift) & 0xFF]++;

			dst[2 * to] = src[2 * i];
			dst[2 * to + 1] = src[2 * i + 1];
		}
		CHECK_FOR_INTERRUPTS();
		{
			double	   *t = src;

			src = dst;
			dst = t;
		}
	}
	if (src != pairs)
		memcpy(pairs, src, sizeof(double) * 2 * n);
	pfree(tmp);
	pfree(hist);
}

/* -0 is 0 (the radix keys tell them apart, == does not) */
static void
normalise_zeros(double *pairs, int64_t n)
{
	int64_t		i;

	for (i = 0; i < 2 * n; i++)
		pairs[i] += 0.0;
}

void
pkpc_spearman(double *pairs, int64_t n, PkpcSpearman *out)
{
	int128_t	saa = 0;
	int128_t	sbb = 0;
	int128_t	sab = 0;
	int128_t	sdd = 0;
	int64_t		i,
				j;

	out->ties = false;
	normalise_zeros(pairs, n);

	/* x: replace each x by its centred doubled mid-rank a */
	radix_sort_pairs(pairs, n, 0);
	for (i = 0; i < n; i = j)
	{
		int64_t		a;

		for (j = i + 1; j < n && pairs[2 * j] == pairs[2 * i]; j++)
			;
		if (j - i > 1)
			out->ties = true;
		a = (i + 1) + j - (n + 1);	/* 2 mid-rank - (n + 1) */
		for (int64_t k = i; k < j; k++)
		{
			pairs[2 * k] = (double) a;
			saa += (int128_t) a * a;
		}
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}

	/* y: the same, accumulating the products */
	radix_sort_pairs(pairs, n, 1);
	for (i = 0; i < n; i = j)
	{
		int64_t		b;

		for (j = i + 1; j < n && pairs[2 * j + 1] == pairs[2 * i + 1]; j++)
			;
		if (j - i > 1)
			out->ties = true;
		b = (i + 1) + j - (n + 1);
		for (int64_t k = i; k < j; k++)
		{
			int64_t		a = (int64_t) pairs[2 * k];

			sbb += (int128_t) b * b;
			sab += (int128_t) a * b;
			sdd += (int128_t) (a - b) * (a - b);
		}
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	out->sum_d2 = (double) sdd / 4.0;
	if (saa == 0 || sbb == 0)
		out->rho = NAN;
	else
		out->rho = (double) sab / sqrt((double) saa * (double) sbb);
	if (out->rho > 1.0)
		out->rho = 1.0;
	if (out->rho < -1.0)
		out->rho = -1.0;
}

/* Tie figures of one sorted sequence of tie-group sizes. */
typedef struct TieSums
{
	int128_t	pairs;			/* sum t (t - 1) / 2 */
	double		vt;				/* sum t (t - 1)(2t + 5) */
	double		s1;				/* sum t (t - 1) */
	double		s2;				/* sum t (t - 1)(t - 2) */
} TieSums;

static void
add_tie(TieSums *ts, int64_t t)
{
	double		d = (double) t;

	if (t < 2)
		return;
	ts->pairs += (int128_t) t * (t - 1) / 2;
	ts->vt += d * (d - 1.0) * (2.0 * d + 5.0);
	ts->s1 += d * (d - 1.0);
	ts->s2 += d * (d - 1.0) * (d - 2.0);
}

/*
 * Sort y[0..n) ascending by a bottom-up merge sort (buffers swapped each
 * pass); the number of inversions, pairs i < j with y[i] > y[j].
 */
static int128_t
merge_count(double *y, double *tmp, int64_t n)
{
	int128_t	swaps = 0;
	double	   *src = y;
	double	   *dst = tmp;
	int64_t		width;

	for (width = 1; width < n; width *= 2)
	{
		int64_t		lo;

		for (lo = 0; lo < n; lo += 2 * width)
		{
			int64_t		mid = lo + width < n ? lo + width : n;
			int64_t		hi = lo + 2 * width < n ? lo + 2 * width : n;
			int64_t		i = lo,
						j = mid,
						k = lo;

			while (i < mid && j < hi)
			{
				if (src[i] <= src[j])
					dst[k++] = src[i++];
				else
				{
					swaps += mid - i;
					dst[k++] = src[j++];
				}
			}
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		{
			double	   *t = src;

			src = dst;
			dst = t;
		}
		CHECK_FOR_INTERRUPTS();
	}
	if (src != y)
		memcpy(y, src, sizeof(double) * n);
	return swaps;
}

void
pkpc_kendall(double *pairs, int64_t n, PkpcKendall *out)
{
	TieSums		tx = {0, 0, 0, 0};
	TieSums		ty = {0, 0, 0, 0};
	int128_t	joint = 0;
	int128_t	n0 = (int128_t) n * (n - 1) / 2;
	int128_t	swaps;
	int128_t	s;
	double	   *y;
	double	   *tmp;
	double		dn = (double) n;
	double		v0;
	int64_t		i,
				j;

	/* by x, then y: stable sorts by y and then by x */
	normalise_zeros(pairs, n);
	radix_sort_pairs(pairs, n, 1);
	radix_sort_pairs(pairs, n, 0);
	for (i = 0; i < n; i = j)
	{
		int64_t		k;

		for (j = i + 1; j < n && pairs[2 * j] == pairs[2 * i]; j++)
			;
		add_tie(&tx, j - i);
		/* runs tied in both x and y, inside this x group */
		for (k = i; k < j;)
		{
			int64_t		m;

			for (m = k + 1; m < j && pairs[2 * m + 1] == pairs[2 * k + 1]; m++)
				;
			joint += (int128_t) (m - k) * (m - k - 1) / 2;
			k = m;
		}
	}
	y = palloc(sizeof(double) * n);
	tmp = palloc(sizeof(double) * n);
	for (i = 0; i < n; i++)
		y[i] = pairs[2 * i + 1];
	swaps = merge_count(y, tmp, n);
	for (i = 0; i < n; i = j)
	{
		for (j = i + 1; j < n && y[j] == y[i]; j++)
			;
		add_tie(&ty, j - i);
	}
	pfree(y);
	pfree(tmp);

	s = n0 - tx.pairs - ty.pairs + joint - 2 * swaps;
	out->s = (int64_t) s;
	out->ties = tx.pairs > 0 || ty.pairs > 0;
	if (tx.pairs == n0 || ty.pairs == n0)
		out->tau_b = NAN;
	else
		out->tau_b = (double) s / sqrt((double) (n0 - tx.pairs) * (double) (n0 - ty.pairs));

	v0 = dn * (dn - 1.0) * (2.0 * dn + 5.0);
	out->var_s = (v0 - tx.vt - ty.vt) / 18.0 + tx.s1 * ty.s1 / (2.0 * dn * (dn - 1.0));
	if (n > 2)
		out->var_s += tx.s2 * ty.s2 / (9.0 * dn * (dn - 1.0) * (dn - 2.0));
}

/* ---- Spearman's S: AS 89 ---- */

#define SPEARMAN_EXACT_MAX_N	9

/*
 * counts[s] = number of permutations of 1..n with sum (i - p(i))^2 = s,
 * by depth-first enumeration.
 */
static void
enumerate_s(int n, int pos, unsigned used, int s, double *counts)
{
	int			v;

	if (pos == n)
	{
		counts[s] += 1.0;
		return;
	}
	for (v = 0; v < n; v++)
		if (!(used & (1u << v)))
			enumerate_s(n, pos + 1, used | (1u << v), s + (pos - v) * (pos - v), counts);
}

double
pkpc_spearman_prho(int n, double is, bool lower_tail)
{
	double		n3 = (double) n * ((double) n * n - 1.0) / 3.0;	/* largest S */
	double		p;

	if (is <= 0.0)
		return lower_tail ? 0.0 : 1.0;
	if (is > n3)
		return lower_tail ? 1.0 : 0.0;
	if (n <= SPEARMAN_EXACT_MAX_N)
	{
		int			smax = (int) n3;
		double	   *counts = palloc0(sizeof(double) * (smax + 1));
		double		total = 0.0;
		double		upper = 0.0;
		int			s;

		enumerate_s(n, 0, 0, 0, counts);
		for (s = 0; s <= smax; s++)
		{
			total += counts[s];
			if (s >= is)
				upper += counts[s];
		}
		pfree(counts);
		p = (lower_tail ? total - upper : upper) / total;
	}
	else
	{
		/* Edgeworth series (AS 89), coefficients as published */
		const double c1 = 0.2274,
					c2 = 0.2531,
					c3 = 0.1745,
					c4 = 0.0758,
					c5 = 0.1033,
					c6 = 0.3932,
					c7 = 0.0879,
					c8 = 0.0151,
					c9 = 0.0072,
					c10 = 0.0831,
					c11 = 0.0131,
					c12 = 4.6e-4;
		double		y = (double) n;
		double		b = 1.0 / y;
		double		x = (6.0 * (is - 1.0) * b / (y * y - 1.0) - 1.0) * sqrt(y - 1.0);
		double		u;
		double		tail;

		y = x * x;
		u = x * b * (c1 + b * (c2 + c3 * b) +
					 y * (-c4 + b * (c5 + c6 * b) -
						  y * b * (c7 + c8 * b -
								   y * (c9 - c10 * b + y * b * (c11 - c12 * y)))));
		u /= exp(y / 2.0);
		/* standard normal tail: P(Z > x) upper, P(Z < x) lower */
		tail = 0.5 * erfc((lower_tail ? -x : x) / sqrt(2.0));
		p = (lower_tail ? -u : u) + tail;
	}
	if (p < 0.0)
		p = 0.0;
	if (p > 1.0)
		p = 1.0;
	return p;
}

/* ---- Kendall's T: exact ---- */

/*
 * sum_{k <= q} c_n(k) / n! for q <= N / 2, where the counts grow with k, so
 * that the sliding-window recurrence subtracts only smaller terms.
 */
static double
kendall_lower(int n, int q)
{
	double	   *c = palloc0(sizeof(double) * (q + 1));
	double	   *next = palloc0(sizeof(double) * (q + 1));
	double		fact = 1.0;
	double		below = 0.0;
	int			m,
				k;

	c[0] = 1.0;
	for (m = 2; m <= n; m++)
	{
		double		window = 0.0;

		fact *= m;
		/* next[k] = sum_{j=0}^{m-1} c[k - j] */
		for (k = 0; k <= q; k++)
		{
			window += c[k];
			if (k - m >= 0)
				window -= c[k - m];
			next[k] = window;
		}
		memcpy(c, next, sizeof(double) * (q + 1));
	}
	for (k = 0; k <= q; k++)
		below += c[k];
	pfree(c);
	pfree(next);
	return below / fact;
}

double
pkpc_kendall_cdf(int n, double q)
{
	int			N = n * (n - 1) / 2;
	int			k;

	if (n > PKPC_KENDALL_EXACT_MAX_N || n < 1)
		return NAN;
	if (q < 0.0)
		return 0.0;
	if (q >= N)
		return 1.0;
	k = (int) floor(q);
	/* the distribution is symmetric: P(T <= k) = 1 - P(T <= N - k - 1) */
	if (2 * k <= N)
		return kendall_lower(n, k);
	return 1.0 - kendall_lower(n, N - k - 1);
}
