/*-------------------------------------------------------------------------
 *
 * kruskal_core.c
 *	  The Kruskal-Wallis test over k sorted samples, without PostgreSQL
 *	  glue (pkpc_core.h).
 *
 * Kruskal & Wallis (1952): the N pooled observations are ranked with
 * mid-ranks for ties; with R_j the rank sum and n_j the size of sample j
 * and t the sizes of the tie groups,
 *
 *	H = 12 / (N (N + 1)) sum_j n_j (R_j / n_j - (N + 1) / 2)^2
 *		/ (1 - sum (t^3 - t) / (N^3 - N))
 *
 * referred to chi-square on k - 1 df, as R's kruskal.test.  R evaluates
 * the numerator as 12 sum R_j^2 / n_j / (N (N + 1)) - 3 (N + 1), which
 * loses digits to cancellation when H is small against 3 (N + 1); the
 * centred form above keeps them.  The rank sums are kept doubled
 * (2 R_j is an integer), so they are exact in a double while
 * N (N + 1) < 2^53 (N below about 9.4e7), and with them H does not
 * depend on the order in which the observations arrived.
 *
 * The samples come sorted (the aggregate sorts each group once, in its
 * final function); ranking the pool is a k-way merge over a binary heap
 * of the samples' heads: O(N log k) time, O(k) extra memory.  The effect
 * size is epsilon^2 = H / (N - 1) (Tomczak & Tomczak 2014).
 *
 * src/kruskal_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "distributions.h"
#include "kruskal_core.h"

/* The merge's view of one sample: its next entry. */
typedef struct KwCursor
{
	const PkpcSortedSample *s;
	int64		pos;
} KwCursor;

static inline double
head_value(const KwCursor *c)
{
	return c->s->values[c->pos];
}

/* Restore the heap order below slot i (min-heap on the head value). */
static void
sift_down(KwCursor *cur, int *heap, int size, int i)
{
	for (;;)
	{
		int			l = 2 * i + 1;
		int			m = i;
		int			tmp;

		if (l < size && head_value(&cur[heap[l]]) < head_value(&cur[heap[m]]))
			m = l;
		if (l + 1 < size && head_value(&cur[heap[l + 1]]) < head_value(&cur[heap[m]]))
			m = l + 1;
		if (m == i)
			return;
		tmp = heap[i];
		heap[i] = heap[m];
		heap[m] = tmp;
		i = m;
	}
}

static void
sift_up(KwCursor *cur, int *heap, int i)
{
	while (i > 0)
	{
		int			parent = (i - 1) / 2;
		int			tmp;

		if (!(head_value(&cur[heap[i]]) < head_value(&cur[heap[parent]])))
			return;
		tmp = heap[i];
		heap[i] = heap[parent];
		heap[parent] = tmp;
		i = parent;
	}
}

/* Consume the run of entries equal to v at the head; return its size. */
static int64
take_run(KwCursor *c, double v)
{
	int64		count = 0;

	while (c->pos < c->s->nentries && c->s->values[c->pos] == v)
	{
		count += c->s->counts ? c->s->counts[c->pos] : 1;
		c->pos++;
	}
	return count;
}

/*
 * Mid-rank sums of k sorted samples ranked together (rank_sums[j] for
 * sample j) and the tie term sum (t^3 - t).
 */
void
pkpc_kruskal_rank_sums(const PkpcSortedSample *samples, int k,
					   double *rank_sums, double *tie_sum)
{
	KwCursor   *cur = palloc(sizeof(KwCursor) * k);
	int		   *heap = palloc(sizeof(int) * k);
	int		   *hit = palloc(sizeof(int) * k);
	int64	   *hitcount = palloc(sizeof(int64) * k);
	int			size = 0;
	double		ranked = 0.0;
	double		ties = 0.0;
	int64		steps = 0;
	int			j;

	for (j = 0; j < k; j++)
	{
		cur[j].s = &samples[j];
		cur[j].pos = 0;
		rank_sums[j] = 0.0;		/* doubled until the end */
		if (samples[j].nentries > 0)
		{
			heap[size] = j;
			sift_up(cur, heap, size++);
		}
	}
	while (size > 0)
	{
		double		v = head_value(&cur[heap[0]]);
		double		t = 0.0;
		double		midrank2;
		int			nhit = 0;
		int			h;

		/* every sample whose head equals v gives its run of v */
		while (size > 0 && head_value(&cur[heap[0]]) == v)
		{
			int			s = heap[0];

			hit[nhit] = s;
			hitcount[nhit] = take_run(&cur[s], v);
			t += (double) hitcount[nhit++];
			heap[0] = heap[--size];
			sift_down(cur, heap, size, 0);
		}
		/* twice the mid-rank of the tie group: an integer */
		midrank2 = 2.0 * ranked + t + 1.0;
		for (h = 0; h < nhit; h++)
		{
			int			s = hit[h];

			rank_sums[s] += (double) hitcount[h] * midrank2;
			if (cur[s].pos < cur[s].s->nentries)
			{
				heap[size] = s;
				sift_up(cur, heap, size++);
			}
		}
		if (t > 1.0)
			ties += (t * t - 1.0) * t;
		ranked += t;
		if ((++steps & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (j = 0; j < k; j++)
		rank_sums[j] /= 2.0;
	*tie_sum = ties;
	pfree(cur);
	pfree(heap);
	pfree(hit);
	pfree(hitcount);
}

/*
 * H, its p and epsilon^2 over k >= 2 samples; NaN where undefined (fewer
 * than 2 observations, or every observation tied).
 */
void
pkpc_kruskal_wallis(const PkpcSortedSample *samples, int k,
					PkpcKruskalResult *res)
{
	double	   *rank_sums = palloc(sizeof(double) * k);
	double		n = 0.0;
	double		sum = 0.0;
	double		correction;
	int			j;

	for (j = 0; j < k; j++)
		n += (double) samples[j].n;
	res->n = (int64) n;
	res->df = k - 1;
	res->h = res->p_value = res->epsilon_squared = NAN;
	pkpc_kruskal_rank_sums(samples, k, rank_sums, &res->tie_sum);
	if (n < 2.0 || k < 2)
	{
		pfree(rank_sums);
		return;
	}
	for (j = 0; j < k; j++)
	{
		double		nj = (double) samples[j].n;
		/* 2 (R_j - n_j (N + 1) / 2), an integer */
		double		d;

		if (nj == 0.0)
			continue;
		d = 2.0 * rank_sums[j] - nj * (n + 1.0);
		sum += d * d / nj;
	}
	correction = 1.0 - res->tie_sum / ((n * n - 1.0) * n);
	pfree(rank_sums);
	if (!(correction > 0.0))
		return;					/* all tied */
	res->h = 3.0 * sum / (n * (n + 1.0)) / correction;
	res->p_value = pkpc_chisq_upper(res->h, res->df);
	res->epsilon_squared = res->h / (n - 1.0);
}
