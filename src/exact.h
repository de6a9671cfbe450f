/*-------------------------------------------------------------------------
 *
 * exact.h
 *	  Exact, order-independent sums of doubles and of products of doubles,
 *	  and the small integer arithmetic that derives statistics from them.
 *
 * src/exact.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_EXACT_H
#define PKPC_EXACT_H

#include "utils/palloc.h"

#ifndef HAVE_INT128
#error "pkpcohort needs a compiler with a 128-bit integer type"
#endif

/*
 * A sum is an integer multiple of 2^-PKPC_EXACT_BIAS held in 32-bit
 * "digits" (exact.c explains the layout).  Every double is a multiple of
 * 2^-1074 and every product of two doubles a multiple of 2^-2148, so a
 * bias of 2176 = 68 * 32 makes every bit position of every summand
 * non-negative; PKPC_EXACT_MAX_DIGITS digits cover every position a sum of
 * fewer than 2^63 products can reach.
 */
#define PKPC_EXACT_BIAS			2176
#define PKPC_EXACT_MAX_DIGITS	140

/* digits may absorb this many additions before carries must be propagated */
#define PKPC_EXACT_MAX_PENDING	(1U << 30)

typedef struct PkpcExact
{
	int16		lo;				/* index of the lowest digit held */
	int16		len;			/* digits held: d[0 .. len-1] */
	int16		cap;			/* digits allocated */
	int16		pad;
	uint32		pending;		/* additions since the last normalisation */
	int64	   *d;				/* digit lo + i, weight 2^(32 (lo + i) - BIAS) */
} PkpcExact;

/*
 * A signed integer times 2^(32 * exp32), little-endian magnitude digits.
 * The arithmetic of exact.c works on these; digits are palloc'd.
 */
typedef struct PkpcBig
{
	int			sign;			/* -1, 0, +1 */
	int			exp32;			/* weight of d[0] is 2^(32 * exp32) */
	int			n;				/* digits in d (no leading zero digit) */
	uint32	   *d;
} PkpcBig;

/* accumulation; digits are allocated in cxt */
extern void pkpc_exact_add(PkpcExact *a, double x, MemoryContext cxt);
extern void pkpc_exact_add_product(PkpcExact *a, double x, double y,
								   MemoryContext cxt);
extern void pkpc_exact_make_room(PkpcExact *a, int i0, int i1, MemoryContext cxt);
extern void pkpc_exact_merge(PkpcExact *dst, const PkpcExact *src,
							 MemoryContext cxt);
extern void pkpc_exact_copy(PkpcExact *dst, const PkpcExact *src,
							MemoryContext cxt);

/*
 * Exchange forms: the value as sign, exponent and magnitude digits
 * (canonical: no zero digit at either end), written by pkpc_exact_big and
 * read back, validated, by pkpc_exact_set.
 */
extern bool pkpc_exact_set(PkpcExact *a, const PkpcBig *v, MemoryContext cxt);

/* integer arithmetic for final functions */
extern PkpcBig pkpc_exact_big(const PkpcExact *a);
extern PkpcBig pkpc_big_from_int64(int64 v);
extern PkpcBig pkpc_big_add(PkpcBig a, PkpcBig b);
extern PkpcBig pkpc_big_sub(PkpcBig a, PkpcBig b);
extern PkpcBig pkpc_big_mul(PkpcBig a, PkpcBig b);
extern double pkpc_big_to_double(PkpcBig a);
extern double pkpc_big_div_to_double(PkpcBig a, uint64 d1, uint64 d2);
extern double pkpc_big_ldexp(PkpcBig a, int *exp2);

/* text form of an integer times a power of 2: "0" or [-]0x<hex>p<exp> */
struct StringInfoData;
extern void pkpc_big_write(struct StringInfoData *buf, PkpcBig v);
extern bool pkpc_big_parse(const char *s, int len, PkpcBig *v);

/*
 * The per-row path, inline: a finite double split once into its integer
 * significand m and binary exponent p (|x| = m 2^p), then added, or its
 * products added, as chunks of 32 bits (exact.c explains the layout).
 */
typedef struct PkpcSplit
{
	uint64		m;				/* 0 for x = 0 */
	int			p;
	bool		negative;
} PkpcSplit;

static pg_attribute_always_inline PkpcSplit
pkpc_split(double x)
{
	PkpcSplit	s;
	uint64		bits;
	int			e;

	memcpy(&bits, &x, sizeof(bits));
	e = (int) ((bits >> 52) & 0x7FF);
	s.m = bits & ((UINT64CONST(1) << 52) - 1);
	s.negative = (bits >> 63) != 0;
	if (e == 0)
		s.p = -1074;			/* zero or subnormal */
	else
	{
		s.m |= UINT64CONST(1) << 52;
		s.p = e - 1075;
	}
	return s;
}

/*
 * The digits of a summand m 2^(q - BIAS) start at digit q / 32, the
 * significand shifted left by q mod 32; for each add there are ndigits of
 * them.  Returns where they go, after making room (rarely) and counting the
 * addition.
 */
static pg_attribute_always_inline int64 *
pkpc_exact_slot(PkpcExact *a, int q, int ndigits, MemoryContext cxt)
{
	int			idx = q >> 5;

	if (unlikely(a->len == 0 || idx < a->lo || idx + ndigits > a->lo + a->len ||
				 a->pending >= PKPC_EXACT_MAX_PENDING - 1))
		pkpc_exact_make_room(a, idx, idx + ndigits - 1, cxt);
	a->pending++;
	return a->d + (idx - a->lo);
}

/*
 * a += x: 53 bits shifted by r <= 31 fill three digits.  (w >> 1) >> (63 -
 * r) is w >> (64 - r), also for r = 0.
 */
static pg_attribute_always_inline void
pkpc_exact_add_split(PkpcExact *a, PkpcSplit x, MemoryContext cxt)
{
	int			q = x.p + PKPC_EXACT_BIAS;
	int			r = q & 31;
	uint64		w0 = x.m << r;
	int64		c0 = (int64) (w0 & 0xFFFFFFFF);
	int64		c1 = (int64) (w0 >> 32);
	int64		c2 = (int64) ((x.m >> 1) >> (63 - r));
	int64	   *d;

	if (x.m == 0)
		return;
	d = pkpc_exact_slot(a, q, 3, cxt);
	if (x.negative)
	{
		d[0] -= c0;
		d[1] -= c1;
		d[2] -= c2;
	}
	else
	{
		d[0] += c0;
		d[1] += c1;
		d[2] += c2;
	}
}

/*
 * a += x y: the 106-bit product of the significands, hi and lo words,
 * shifted by r <= 31, fills five digits.
 */
static pg_attribute_always_inline void
pkpc_exact_add_split_product(PkpcExact *a, PkpcSplit x, PkpcSplit y,
							 MemoryContext cxt)
{
	uint128		m = (uint128) x.m * y.m;
	uint64		lo = (uint64) m;
	uint64		hi = (uint64) (m >> 64);
	int			q = x.p + y.p + PKPC_EXACT_BIAS;
	int			r = q & 31;
	uint64		w0 = lo << r;
	uint64		w1 = (hi << r) | ((lo >> 1) >> (63 - r));
	int64		c4 = (int64) ((hi >> 1) >> (63 - r));
	int64	   *d;

	if (x.m == 0 || y.m == 0)
		return;
	d = pkpc_exact_slot(a, q, 5, cxt);
	if (x.negative != y.negative)
	{
		d[0] -= (int64) (w0 & 0xFFFFFFFF);
		d[1] -= (int64) (w0 >> 32);
		d[2] -= (int64) (w1 & 0xFFFFFFFF);
		d[3] -= (int64) (w1 >> 32);
		d[4] -= c4;
	}
	else
	{
		d[0] += (int64) (w0 & 0xFFFFFFFF);
		d[1] += (int64) (w0 >> 32);
		d[2] += (int64) (w1 & 0xFFFFFFFF);
		d[3] += (int64) (w1 >> 32);
		d[4] += c4;
	}
}

#endif							/* PKPC_EXACT_H */
