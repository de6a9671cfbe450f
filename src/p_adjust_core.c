/*-------------------------------------------------------------------------
 *
 * p_adjust_core.c
 *	  p-values adjusted for multiple testing (R's p.adjust methods), over
 *	  a sorted array, without PostgreSQL glue (pkpc_core.h).
 *
 * With p_1 <= ... <= p_n the n (non-missing) p-values in ascending order,
 * the adjusted value of p_i is, as R's p.adjust (R 4.2) computes it:
 *
 *	bonferroni	min(1, n p_i)
 *	holm		min(1, max_{j <= i} (n - j + 1) p_j)		Holm (1979)
 *	hochberg	min(1, min_{j >= i} (n - j + 1) p_j)		Hochberg (1988)
 *	BH			min(1, min_{j >= i} n / j p_j)		Benjamini & Hochberg (1995)
 *	BY			BH times sum_{j=1}^n 1/j		Benjamini & Yekutieli (2001)
 *	hommel		see below								Hommel (1988)
 *	none		p_i
 *
 * and p_i itself when n <= 1.  Tied p-values get the same adjusted value
 * under every method, so an adjusted value can be looked up by the
 * p-value it adjusts (pkpc_p_adjust_lookup), whatever the order of ties.
 *
 * Hommel's adjusted p-values, in the form R computes them (with R's
 * special case: Hochberg's for n = 2), are
 *
 *	a_i = max(p_i, S, max_{2 <= j <= n-1} min(j p_{min(i, n-j+1)}, c_j)),
 *	S = min_k n p_k / k,	c_j = min_{2 <= l <= j} j p_{n-j+l} / l,
 *
 * which R evaluates in O(n^2) time.  Here the same values come in
 * O(n log n): c_j / j is the least slope from the point (n - j, 0) to the
 * points (k, p_k), k > n - j + 1, which is reached on the lower convex hull
 * of those points; the hull grows by one point on the left per j and is
 * searched by bisection (the slopes along it fall, then rise).  For
 * j <= n - i + 1 the inner term is j min(p_i, c_j / j); scanning i upwards
 * (p_i rising, the range of j shrinking), the j with c_j / j < p_i are
 * entered into a prefix-maximum tree of c_j, and the largest j not yet
 * entered is found by a union-find over deleted j.  The terms with
 * j > n - i + 1 do not depend on p_i and are a suffix maximum.  (Meijer,
 * Krebs & Goeman, "Hommel's procedure in linear time", Biometrical
 * Journal 61, 2019, use the same hull idea.)  Work O(n log n), memory
 * about 8 doubles per p-value.
 *
 * src/p_adjust_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>
#include <string.h>
#include <strings.h>

#include "p_adjust_core.h"
#include "sort.h"

/* Method names as R's p.adjust spells them (any case), and 'fdr' = 'BH'. */
bool
pkpc_p_adjust_method(const char *name, int len, PkpcPAdjustMethod *method)
{
	static const struct
	{
		const char *name;
		PkpcPAdjustMethod method;
	}			names[] = {
		{"none", PKPC_PADJ_NONE},
		{"bonferroni", PKPC_PADJ_BONFERRONI},
		{"holm", PKPC_PADJ_HOLM},
		{"hochberg", PKPC_PADJ_HOCHBERG},
		{"hommel", PKPC_PADJ_HOMMEL},
		{"BH", PKPC_PADJ_BH},
		{"fdr", PKPC_PADJ_BH},
		{"BY", PKPC_PADJ_BY},
	};
	int			i;

	for (i = 0; i < (int) lengthof(names); i++)
		if ((int) strlen(names[i].name) == len &&
			strncasecmp(names[i].name, name, len) == 0)
		{
			*method = names[i].method;
			return true;
		}
	return false;
}

/* ---- Hommel ---- */

/* Is point b (xb, yb) strictly below the segment from a to c? */
static inline bool
below(double xa, double ya, double xb, double yb, double xc, double yc)
{
	return (yb - ya) * (xc - xa) < (yc - ya) * (xb - xa);
}

/*
 * c_j for j = 2 .. n - 1 (c[j], 1-based j), from p[0 .. n-1] sorted.  The
 * hull holds 1-based indices k, hull[h - 1] the leftmost.
 */
static void
hommel_c(const double *p, int64 n, double *c)
{
	int64	   *hull = palloc_huge(sizeof(int64) * n);
	int64		h = 0;
	int64		j;

#define P(k) (p[(k) - 1])
	for (j = 2; j <= n - 1; j++)
	{
		int64		t = n - j;
		int64		knew = t + 2;
		int64		lo;
		int64		hi;
		int64		best;

		/* add the point knew on the left, keeping the lower hull convex */
		while (h >= 2 &&
			   !below((double) knew, P(knew), (double) hull[h - 1], P(hull[h - 1]),
					  (double) hull[h - 2], P(hull[h - 2])))
			h--;
		hull[h++] = knew;

		/*
		 * Vertices left to right are hull[h-1], hull[h-2], ..., hull[0];
		 * find the first m (from the left) whose slope from (t, 0) is not
		 * above the next one's.
		 */
		lo = 0;
		hi = h - 1;
		while (lo < hi)
		{
			int64		m = (lo + hi) / 2;
			int64		a = hull[h - 1 - m];
			int64		b = hull[h - 2 - m];

			if (P(a) * (double) (b - t) <= P(b) * (double) (a - t))
				hi = m;
			else
				lo = m + 1;
		}
		best = hull[h - 1 - lo];
		c[j] = ((double) j * P(best)) / (double) (best - t);
		if ((j & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
#undef P
	pfree(hull);
}

/* union-find over 1-based j: the largest alive j' <= j (0 if none) */
static int64
alive_at_or_below(int64 *parent, int64 j)
{
	int64		root = j;

	while (parent[root] != root)
		root = parent[root];
	while (parent[j] != root)
	{
		int64		next = parent[j];

		parent[j] = root;
		j = next;
	}
	return root;
}

static void
hommel(const double *p, int64 n, double *adj)
{
	double	   *c = palloc_huge(sizeof(double) * (n + 1));
	double	   *suffix = palloc_huge(sizeof(double) * (n + 2));
	double	   *order = palloc_huge(sizeof(double) * 2 * n);
	double	   *tree = palloc_huge(sizeof(double) * (n + 1));
	int64	   *parent = palloc_huge(sizeof(int64) * (n + 1));
	double		s = INFINITY;
	int64		nj = n - 2;		/* j = 2 .. n - 1 */
	int64		next = 0;
	int64		i;
	int64		j;

	for (i = 1; i <= n; i++)
		s = Min(s, ((double) n * p[i - 1]) / (double) i);
	hommel_c(p, n, c);

	/* suffix[j] = max_{j' >= j} min(j' p_{n-j'+1}, c_j'), j' <= n - 1 */
	suffix[n] = -INFINITY;
	for (j = n - 1; j >= 2; j--)
		suffix[j] = Max(suffix[j + 1], Min((double) j * p[n - j], c[j]));

	/* the j in order of c_j / j, for entering them as p_i grows */
	for (j = 2; j <= n - 1; j++)
	{
		order[2 * (j - 2)] = c[j] / (double) j;
		order[2 * (j - 2) + 1] = (double) j;
	}
	pkpc_sort_pairs(order, nj);
	for (j = 0; j <= n; j++)
	{
		tree[j] = -INFINITY;
		parent[j] = j;			/* everyone alive; 0 and 1: "none" */
	}

	for (i = 1; i <= n; i++)
	{
		double		pi = p[i - 1];
		int64		m = Min(n - 1, n - i + 1);
		double		a = -INFINITY;
		double		best;

		/* enter every j whose c_j / j is below p_i */
		for (; next < nj && order[2 * next] < pi; next++)
		{
			int64		jj = (int64) order[2 * next + 1];

			for (int64 x = jj; x <= n; x += x & -x)
				tree[x] = Max(tree[x], c[jj]);
			parent[jj] = jj - 1;
		}
		if (m >= 2)
		{
			int64		free_j = alive_at_or_below(parent, m);

			for (int64 x = m; x > 0; x -= x & -x)
				a = Max(a, tree[x]);
			if (free_j >= 2)
				a = Max(a, (double) free_j * pi);
		}
		best = Max(pi, s);
		best = Max(best, a);
		if (n - i + 2 <= n - 1)
			best = Max(best, suffix[Max(2, n - i + 2)]);
		adj[i - 1] = best;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	pfree(c);
	pfree(suffix);
	pfree(order);
	pfree(tree);
	pfree(parent);
}

/* ---- the step-up and step-down methods ---- */

/*
 * Adjusted values of the n p-values p[0 .. n-1] (sorted ascending, each
 * in [0, 1]) into adj[0 .. n-1], in the same order.
 */
void
pkpc_p_adjust_sorted(const double *p, int64 n, PkpcPAdjustMethod method,
					 double *adj)
{
	double		dn = (double) n;
	int64		i;

	if (n <= 1 || method == PKPC_PADJ_NONE)
	{
		if (n > 0)
			memcpy(adj, p, sizeof(double) * n);
		return;
	}
	if (method == PKPC_PADJ_HOMMEL && n == 2)
		method = PKPC_PADJ_HOCHBERG;	/* as R */
	switch (method)
	{
		case PKPC_PADJ_BONFERRONI:
			for (i = 0; i < n; i++)
				adj[i] = Min(1.0, dn * p[i]);
			break;
		case PKPC_PADJ_HOLM:
			{
				double		run = 0.0;

				for (i = 0; i < n; i++)
				{
					run = Max(run, (dn - (double) i) * p[i]);
					adj[i] = Min(1.0, run);
				}
				break;
			}
		case PKPC_PADJ_HOCHBERG:
		case PKPC_PADJ_BH:
		case PKPC_PADJ_BY:
			{
				double		q = 1.0;
				double		run = INFINITY;

				if (method == PKPC_PADJ_BY)
				{
					long double sum = 0.0L;

					for (i = 1; i <= n; i++)
						sum += 1.0L / (long double) i;
					q = (double) sum;
				}
				for (i = n - 1; i >= 0; i--)
				{
					double		rank = (double) (i + 1);
					double		term;

					if (method == PKPC_PADJ_HOCHBERG)
						term = (dn - (double) i) * p[i];
					else if (method == PKPC_PADJ_BH)
						term = dn / rank * p[i];
					else
						term = q * dn / rank * p[i];
					run = Min(run, term);
					adj[i] = Min(1.0, run);
				}
				break;
			}
		case PKPC_PADJ_HOMMEL:
			hommel(p, n, adj);
			break;
		case PKPC_PADJ_NONE:
			break;
	}
}

/*
 * The adjusted value of `value`, one of the sorted p[0 .. n-1] (ties share
 * their adjusted value): binary search.
 */
double
pkpc_p_adjust_lookup(const double *p, const double *adj, int64 n, double value)
{
	int64		lo = 0;
	int64		hi = n - 1;

	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (p[mid] < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return adj[lo];
}
