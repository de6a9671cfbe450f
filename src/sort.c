/*-------------------------------------------------------------------------
 *
 * sort.c
 *	  Sorting the values of a state, once, in the final function.
 *
 * Large arrays of doubles are sorted by an LSD radix sort over an
 * order-preserving integer key (one byte per pass, skipping the bytes every
 * value shares; Knuth TAOCP vol. 3, 5.2.5), which beats a comparison sort
 * from a few thousand values on; small arrays, and arrays when the scratch
 * memory cannot be had, use PostgreSQL's sort_template.  Both give the same
 * order as <.  Both poll for query cancel: the radix sort between blocks of
 * RADIX_BLOCK values, the comparison sorts at every partitioning step
 * (ST_CHECK_FOR_INTERRUPTS).  Memory: the radix sort needs n doubles of
 * scratch (as many bytes as the values themselves), the others none.
 *
 * src/sort.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "miscadmin.h"

#include "sort.h"

#define ST_SORT sort_doubles
#define ST_ELEMENT_TYPE double
#define ST_COMPARE(a, b) ((*(a) > *(b)) - (*(a) < *(b)))
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

typedef struct DoublePair
{
	double		v;
	double		w;
} DoublePair;

#define ST_SORT sort_pairs
#define ST_ELEMENT_TYPE DoublePair
#define ST_COMPARE(a, b) (((a)->v > (b)->v) - ((a)->v < (b)->v))
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/*
 * Below this many values a comparison sort is as fast as the radix sort.
 */
#define RADIX_SORT_MIN	4096

/*
 * The radix sort's passes run over the values in blocks of this many, with
 * a cancel poll between blocks (about a millisecond of work each), so that
 * the inner loops stay free of the test.
 */
#define RADIX_BLOCK		65536

/* Order-preserving map of a double (finite, never -0) to an unsigned key. */
static inline uint64
double_key(uint64 bits)
{
	return (bits & UINT64CONST(0x8000000000000000)) ? ~bits
		: bits ^ UINT64CONST(0x8000000000000000);
}

static inline uint64
key_double(uint64 key)
{
	return (key & UINT64CONST(0x8000000000000000)) ? key ^ UINT64CONST(0x8000000000000000)
		: ~key;
}

/*
 * LSD radix sort of n doubles, one byte per pass, skipping the bytes that
 * every value shares (a sample's sign and exponent bits mostly); the keys
 * order the doubles as < does, so the result is the one sort_doubles gives.
 * Needs n doubles of scratch; returns false (nothing changed) if that
 * cannot be had.
 */
static bool
radix_sort_doubles(double *v, int64 n)
{
	uint64	   *a = (uint64 *) v;
	uint64	   *tmp;
	uint64	   *src,
			   *dst;
	int64	   *hist;
	int64		i;
	int			pass;

	tmp = palloc_extended(sizeof(uint64) * n, MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
	if (tmp == NULL)
		return false;
	hist = palloc0(sizeof(int64) * 8 * 256);
	for (i = 0; i < n;)
	{
		int64		stop = Min(n, i + RADIX_BLOCK);

		for (; i < stop; i++)
		{
			uint64		k = double_key(a[i]);

			a[i] = k;
			for (pass = 0; pass < 8; pass++)
				hist[pass * 256 + ((k >> (8 * pass)) & 0xFF)]++;
		}
		CHECK_FOR_INTERRUPTS();
	}
	src = a;
	dst = tmp;
	for (pass = 0; pass < 8; pass++)
	{
		int64	   *h = hist + pass * 256;
		int64		sum = 0;
		int			shift = 8 * pass;
		int			d;

		if (h[(src[0] >> shift) & 0xFF] == n)
			continue;			/* every value has this byte */
		for (d = 0; d < 256; d++)
		{
			int64		c = h[d];

			h[d] = sum;
			sum += c;
		}
		for (i = 0; i < n;)
		{
			int64		stop = Min(n, i + RADIX_BLOCK);

			for (; i < stop; i++)
				dst[h[(src[i] >> shift) & 0xFF]++] = src[i];
			CHECK_FOR_INTERRUPTS();
		}
		{
			uint64	   *t = src;

			src = dst;
			dst = t;
		}
	}
	for (i = 0; i < n;)
	{
		int64		stop = Min(n, i + RADIX_BLOCK);

		for (; i < stop; i++)
			a[i] = key_double(src[i]);
		CHECK_FOR_INTERRUPTS();
	}
	pfree(tmp);
	pfree(hist);
	return true;
}

/* Sort n finite doubles (no -0) ascending. */
void
pkpc_sort_doubles(double *v, int64 n)
{
	if (n < 2)
		return;
	if (n < RADIX_SORT_MIN || !radix_sort_doubles(v, n))
		sort_doubles(v, n);
}

/* Sort n (v, w) pairs, stored as 2n doubles, by v ascending. */
void
pkpc_sort_pairs(double *pairs, int64 n)
{
	sort_pairs((DoublePair *) pairs, n);
}
