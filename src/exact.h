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

#endif							/* PKPC_EXACT_H */
