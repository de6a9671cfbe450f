/*-------------------------------------------------------------------------
 *
 * friedman_core.c
 *	  Friedman's rank test over a complete n x k design, without PostgreSQL
 *	  glue (pkpc_core.h).
 *
 * Friedman (1937): the k values of each subject are ranked among
 * themselves (mid-ranks for ties); with R_j the rank sum of condition j
 * over the n subjects and t the sizes of the tie groups within subjects,
 *
 *	chi2 = 12 sum_j (R_j - n (k + 1) / 2)^2 / (n k (k + 1) - sum (t^3 - t) / (k - 1))
 *
 * on k - 1 df, as R's friedman.test, and Kendall's coefficient of
 * concordance W = chi2 / (n (k - 1)) (Kendall & Babington Smith 1939).
 * Doubled mid-ranks are integers, so every sum is kept in exact integers
 * and chi2 = 3 (k - 1) sum_j D_j^2 / (n k (k^2 - 1) - sum (t^3 - t)) with
 * D_j = 2 R_j - n (k + 1): the result does not depend on the order of the
 * subjects, and the denominator does not lose digits when ties are heavy.
 * Work O(n k log k), memory O(k).
 *
 * src/friedman_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "common/int.h"
#include "distributions.h"
#include "repeated_core.h"

typedef struct RankItem
{
	double		v;
	int			col;
} RankItem;

static int
item_cmp(const void *a, const void *b)
{
	double		x = ((const RankItem *) a)->v;
	double		y = ((const RankItem *) b)->v;

	return (x > y) - (x < y);
}

/* Sort one subject's k values (insertion sort for the usual small k). */
static void
sort_items(RankItem *it, int k)
{
	int			i;

	if (k > 16)
	{
		qsort(it, k, sizeof(RankItem), item_cmp);
		return;
	}
	for (i = 1; i < k; i++)
	{
		RankItem	x = it[i];
		int			j = i;

		for (; j > 0 && it[j - 1].v > x.v; j--)
			it[j] = it[j - 1];
		it[j] = x;
	}
}

void
pkpc_friedman(const double *y, int64 n, int k, PkpcFriedmanResult *res)
{
	RankItem   *it = palloc(sizeof(RankItem) * Max(1, k));
	int64	   *r2 = palloc0(sizeof(int64) * Max(1, k));
	int64		ties = 0;
	int64		i;
	int			j;
	double		sum = 0.0;
	int64		denom;

	res->chi2 = res->p_value = res->kendall_w = NAN;
	res->df = k - 1;
	res->all_tied = false;
	if (n < 1 || k < 2)
		return;
	for (i = 0; i < n; i++)
	{
		const double *row = y + i * k;
		int			a = 0;

		for (j = 0; j < k; j++)
		{
			it[j].v = row[j];
			it[j].col = j;
		}
		sort_items(it, k);
		while (a < k)
		{
			int			b = a + 1;
			int			m;

			while (b < k && it[b].v == it[a].v)
				b++;
			/* positions a .. b-1 share the doubled mid-rank a + b + 1 */
			for (m = a; m < b; m++)
				r2[it[m].col] += a + b + 1;
			ties += (int64) (b - a) * (b - a) * (b - a) - (b - a);
			a = b;
		}
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (j = 0; j < k; j++)
	{
		double		d = (double) (r2[j] - n * (k + 1));

		sum += d * d;
	}
	pfree(it);
	pfree(r2);
	/* n k (k^2 - 1) - ties, exact; bounded by 1e8 * 1e9 (repeated_state.h) */
	if (pg_mul_s64_overflow(n, (int64) k * ((int64) k * k - 1), &denom))
		elog(ERROR, "friedman_test design too large");
	denom -= ties;
	if (denom <= 0)
	{
		res->all_tied = true;
		return;
	}
	res->chi2 = 3.0 * (k - 1) * sum / (double) denom;
	res->p_value = pkpc_chisq_upper(res->chi2, res->df);
	res->kendall_w = res->chi2 / ((double) n * (k - 1));
}
