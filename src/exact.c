/*-------------------------------------------------------------------------
 *
 * exact.c
 *	  Exact, order-independent sums of doubles and of products of doubles,
 *	  and the small integer arithmetic that derives statistics from them.
 *
 * Why: a moment statistic (a mean, a variance, a covariance) computed with
 * floating-point updates depends on the order in which rows arrive, so a
 * parallel plan, a Citus plan or another merge order of X_partial states
 * gives other last digits, and PostgreSQL's own avg(float8) shows that
 * Welford-style updates lose accuracy over millions of rows.  Instead the
 * tests keep sum(x), sum(x^2), sum(x*y) exactly: the result is a function
 * of the exact sums only, so it is bit-identical for any plan, and the
 * final function derives every field from exact integer arithmetic with a
 * single rounding at the end (a mean is correctly rounded).
 *
 * The accumulator is the "small superaccumulator" of Neal (2015, "Fast
 * exact summation using small and large superaccumulators",
 * arXiv:1505.05571): a summand m * 2^p (m an integer) is split into 32-bit
 * chunks aligned on a fixed grid of bit positions, and each chunk is added
 * to a 64-bit signed "digit".  A digit can absorb 2^31 chunks before it
 * could overflow, so carries are propagated only every
 * PKPC_EXACT_MAX_PENDING additions.  Products of two doubles are exact as
 * the 106-bit product of their integer significands (no FMA and no
 * underflow to worry about, unlike the TwoProduct of Ogita, Rump & Oishi
 * 2005).  Unlike Neal's fixed array of every possible digit, an
 * accumulator holds only the window of digits its summands reached, so a
 * state stays a few dozen bytes for data of one magnitude.
 *
 * Invariants: lo >= 0, lo + len <= PKPC_EXACT_MAX_DIGITS, pending <
 * PKPC_EXACT_MAX_PENDING, and |d[i]| <= 2^32 (pending + 2): after a
 * normalisation every digit but the top one is in [0, 2^32) and the top one
 * in [-2^31, 2^31).
 *
 * src/exact.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"

#include "exact.h"

#define DIGIT_BITS		32
#define DIGIT_MASK		UINT64CONST(0xFFFFFFFF)
#define BIAS_DIGITS		(PKPC_EXACT_BIAS / DIGIT_BITS)

StaticAssertDecl(PKPC_EXACT_BIAS % DIGIT_BITS == 0, "bias must be a multiple of the digit size");

/* ---- accumulators ---- */

/*
 * Make the window cover digits [i0, i1] (absolute indexes).  Growth is
 * rare (the window follows the magnitudes of the data), so it simply
 * allocates a new array: the first one just wide enough for its first
 * summand (a state of many small groups stays small), a larger one with
 * two digits to spare on each side.
 */
static void
exact_reserve(PkpcExact *a, int i0, int i1, MemoryContext cxt)
{
	int			lo;
	int			hi;
	int			spare = a->len > 0 ? 2 : 0;
	int64	   *d;

	if (a->len > 0)
	{
		i0 = Min(i0, a->lo);
		i1 = Max(i1, a->lo + a->len - 1);
	}
	if (i0 < 0 || i1 >= PKPC_EXACT_MAX_DIGITS)
		elog(ERROR, "exact sum digit %d..%d out of range", i0, i1);	/* cannot happen */
	lo = Max(0, i0 - spare);
	hi = Min(PKPC_EXACT_MAX_DIGITS - 1, i1 + spare);
	d = MemoryContextAllocZero(cxt, sizeof(int64) * (hi - lo + 1));
	if (a->len > 0)
	{
		memcpy(d + (a->lo - lo), a->d, sizeof(int64) * a->len);
		pfree(a->d);
	}
	a->d = d;
	a->lo = lo;
	a->len = a->cap = hi - lo + 1;
}

/*
 * Propagate carries: every digit but the top one into [0, 2^32), the top
 * one into [-2^31, 2^31), extending the window upwards as needed.
 */
static void
exact_normalize(PkpcExact *a, MemoryContext cxt)
{
	int			i;

	for (;;)
	{
		int64		top;

		for (i = 0; i < a->len - 1; i++)
		{
			int64		carry = a->d[i] >> DIGIT_BITS;	/* floor */

			a->d[i] -= carry * ((int64) 1 << DIGIT_BITS);
			a->d[i + 1] += carry;
		}
		top = a->d[a->len - 1];
		if (top >= -((int64) 1 << 31) && top < ((int64) 1 << 31))
			break;
		exact_reserve(a, a->lo, a->lo + a->len, cxt);
	}
	a->pending = 0;
}

/*
 * The slow path of pkpc_exact_add_bits: make the window cover digits
 * [i0, i1], and propagate carries when the digits have absorbed their
 * share of additions.
 */
void
pkpc_exact_make_room(PkpcExact *a, int i0, int i1, MemoryContext cxt)
{
	if (a->len == 0 || i0 < a->lo || i1 >= a->lo + a->len)
		exact_reserve(a, i0, i1, cxt);
	if (a->pending >= PKPC_EXACT_MAX_PENDING - 1)
		exact_normalize(a, cxt);
}

/* a += x, exactly (x finite) */
void
pkpc_exact_add(PkpcExact *a, double x, MemoryContext cxt)
{
	pkpc_exact_add_split(a, pkpc_split(x), cxt);
}

/* a += x * y, exactly (x, y finite) */
void
pkpc_exact_add_product(PkpcExact *a, double x, double y, MemoryContext cxt)
{
	pkpc_exact_add_split_product(a, pkpc_split(x), pkpc_split(y), cxt);
}

/* dst += src, exactly */
void
pkpc_exact_merge(PkpcExact *dst, const PkpcExact *src, MemoryContext cxt)
{
	int			i;

	if (src->len == 0)
		return;
	if (dst->len == 0 || src->lo < dst->lo || src->lo + src->len > dst->lo + dst->len)
		exact_reserve(dst, src->lo, src->lo + src->len - 1, cxt);
	if (dst->pending + src->pending >= PKPC_EXACT_MAX_PENDING - 1)
		exact_normalize(dst, cxt);
	for (i = 0; i < src->len; i++)
		dst->d[src->lo - dst->lo + i] += src->d[i];
	dst->pending += src->pending + 1;
}

/* dst = a copy of src, digits in cxt */
void
pkpc_exact_copy(PkpcExact *dst, const PkpcExact *src, MemoryContext cxt)
{
	*dst = *src;
	if (src->len > 0)
	{
		dst->d = MemoryContextAlloc(cxt, sizeof(int64) * src->len);
		memcpy(dst->d, src->d, sizeof(int64) * src->len);
		dst->cap = src->len;
	}
	else
	{
		dst->d = NULL;
		dst->cap = 0;
	}
}

/* ---- integers: sign, magnitude digits and a power of 2^32 ---- */

static PkpcBig
big_alloc(int n)
{
	PkpcBig		v;

	v.sign = 0;
	v.exp32 = 0;
	v.n = 0;
	v.d = palloc0(sizeof(uint32) * Max(n, 1));
	return v;
}

/* drop zero digits at both ends; zero has sign 0 and no digit */
static PkpcBig
big_trim(PkpcBig v)
{
	int			lo = 0;

	while (v.n > 0 && v.d[v.n - 1] == 0)
		v.n--;
	while (lo < v.n && v.d[lo] == 0)
		lo++;
	if (lo > 0)
	{
		memmove(v.d, v.d + lo, sizeof(uint32) * (v.n - lo));
		v.n -= lo;
		v.exp32 += lo;
	}
	if (v.n == 0)
	{
		v.sign = 0;
		v.exp32 = 0;
	}
	return v;
}

/*
 * Signed digits t[0..n-1] (any int64 values whose weighted sum fits the
 * range) to a canonical PkpcBig of weight 2^(32 exp32).
 */
static PkpcBig
big_from_signed_digits(const int64 *t, int n, int exp32)
{
	int128		carry = 0;
	int64	   *u = palloc(sizeof(int64) * (n + 4));
	int			len = n + 4;
	PkpcBig		v = big_alloc(len);
	int			i;

	/* propagate carries; the sign of the value is the sign of the last carry */
	for (i = 0; i < len; i++)
	{
		int128		cur = carry + (i < n ? t[i] : 0);

		u[i] = (int64) (cur & (int128) DIGIT_MASK);
		carry = cur >> DIGIT_BITS;
	}
	/* carry is now 0 (value >= 0) or -1 (value < 0, two's complement) */
	v.sign = carry < 0 ? -1 : 1;
	if (carry < 0)
	{
		/* magnitude = two's complement of u over len digits */
		uint64		c = 1;

		for (i = 0; i < len; i++)
		{
			uint64		x = ((~(uint64) u[i]) & DIGIT_MASK) + c;

			v.d[i] = (uint32) x;
			c = x >> DIGIT_BITS;
		}
	}
	else
		for (i = 0; i < len; i++)
			v.d[i] = (uint32) u[i];
	pfree(u);
	v.n = len;
	v.exp32 = exp32;
	return big_trim(v);
}

PkpcBig
pkpc_exact_big(const PkpcExact *a)
{
	if (a->len == 0)
		return big_alloc(0);
	return big_from_signed_digits(a->d, a->len, a->lo - BIAS_DIGITS);
}

/* Load a canonical value; false if it is outside the accumulator's range. */
bool
pkpc_exact_set(PkpcExact *a, const PkpcBig *v, MemoryContext cxt)
{
	int			lo = v->exp32 + BIAS_DIGITS;
	int			i;

	memset(a, 0, sizeof(*a));
	if (v->sign == 0)
		return true;
	/* one spare digit above: a negative value needs room for its sign */
	if (lo < 0 || v->n <= 0 || lo + v->n + 1 > PKPC_EXACT_MAX_DIGITS)
		return false;
	exact_reserve(a, lo, lo + v->n, cxt);
	for (i = 0; i < v->n; i++)
		a->d[lo - a->lo + i] = v->sign * (int64) v->d[i];
	exact_normalize(a, cxt);
	return true;
}

PkpcBig
pkpc_big_from_int64(int64 x)
{
	PkpcBig		v = big_alloc(2);
	uint64		m = x < 0 ? -(uint64) x : (uint64) x;

	v.sign = x < 0 ? -1 : 1;
	v.d[0] = (uint32) m;
	v.d[1] = (uint32) (m >> 32);
	v.n = 2;
	return big_trim(v);
}

/* compare magnitudes of a and b (same exp32, digits padded to n) */
static int
mag_cmp(const uint32 *a, const uint32 *b, int n)
{
	int			i;

	for (i = n - 1; i >= 0; i--)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/* a's digits at exponent exp32 (<= a.exp32), n digits, zero-padded */
static uint32 *
big_aligned(PkpcBig a, int exp32, int n)
{
	uint32	   *d = palloc0(sizeof(uint32) * Max(n, 1));

	if (a.n > 0)
		memcpy(d + (a.exp32 - exp32), a.d, sizeof(uint32) * a.n);
	return d;
}

/* a + sign_b * b */
static PkpcBig
big_add_signed(PkpcBig a, PkpcBig b, int sign_b)
{
	int			bsign = b.sign * sign_b;
	int			exp32;
	int			top;
	int			n;
	uint32	   *x;
	uint32	   *y;
	PkpcBig		v;
	int			i;

	if (bsign == 0)
		return a;
	if (a.sign == 0)
	{
		b.sign = bsign;
		return b;
	}
	exp32 = Min(a.exp32, b.exp32);
	top = Max(a.exp32 + a.n, b.exp32 + b.n);
	n = top - exp32 + 1;
	x = big_aligned(a, exp32, n);
	y = big_aligned(b, exp32, n);
	v = big_alloc(n);
	v.exp32 = exp32;
	v.n = n;
	if (a.sign == bsign)
	{
		uint64		c = 0;

		for (i = 0; i < n; i++)
		{
			c += (uint64) x[i] + y[i];
			v.d[i] = (uint32) c;
			c >>= DIGIT_BITS;
		}
		v.sign = a.sign;
	}
	else
	{
		int			cmp = mag_cmp(x, y, n);
		uint32	   *big = cmp >= 0 ? x : y;
		uint32	   *small = cmp >= 0 ? y : x;
		int64		borrow = 0;

		for (i = 0; i < n; i++)
		{
			int64		cur = (int64) big[i] - small[i] - borrow;

			borrow = cur < 0;
			v.d[i] = (uint32) (cur + (borrow << DIGIT_BITS));
		}
		v.sign = cmp == 0 ? 0 : cmp > 0 ? a.sign : bsign;
	}
	pfree(x);
	pfree(y);
	return big_trim(v);
}

PkpcBig
pkpc_big_add(PkpcBig a, PkpcBig b)
{
	return big_add_signed(a, b, 1);
}

PkpcBig
pkpc_big_sub(PkpcBig a, PkpcBig b)
{
	return big_add_signed(a, b, -1);
}

/* schoolbook multiplication: operands have at most ~300 digits */
PkpcBig
pkpc_big_mul(PkpcBig a, PkpcBig b)
{
	PkpcBig		v;
	int			i;
	int			j;

	if (a.sign == 0 || b.sign == 0)
		return big_alloc(0);
	v = big_alloc(a.n + b.n);
	for (i = 0; i < a.n; i++)
	{
		uint64		c = 0;

		for (j = 0; j < b.n; j++)
		{
			c += (uint64) a.d[i] * b.d[j] + v.d[i + j];
			v.d[i + j] = (uint32) c;
			c >>= DIGIT_BITS;
		}
		v.d[i + b.n] = (uint32) c;
	}
	v.n = a.n + b.n;
	v.sign = a.sign * b.sign;
	v.exp32 = a.exp32 + b.exp32;
	return big_trim(v);
}

/* bit length of a magnitude */
static int
mag_bits(const uint32 *d, int n)
{
	if (n == 0)
		return 0;
	return (n - 1) * DIGIT_BITS + pg_leftmost_one_pos32(d[n - 1]) + 1;
}

/*
 * The top 64 bits of a magnitude of `bits` bits (bits > 64), with every
 * lower bit (and `sticky`) or'ed into the lowest: enough to round to 53
 * bits correctly.
 */
static uint64
mag_top64(const uint32 *d, int n, int bits, bool sticky)
{
	int			shift = bits - 64;	/* bits below the top 64 */
	int			q = shift / DIGIT_BITS;
	int			r = shift % DIGIT_BITS;
	uint128		w = 0;
	int			i;

	/* the three digits that hold the top 64 bits, shifted down by r */
	for (i = Min(n - 1, q + 2); i >= q; i--)
		w = (w << DIGIT_BITS) | d[i];
	w >>= r;
	for (i = 0; i < q && !sticky; i++)
		sticky = d[i] != 0;
	if (r > 0 && (d[q] & ((UINT64CONST(1) << r) - 1)) != 0)
		sticky = true;
	return (uint64) w | (sticky ? 1 : 0);
}

/*
 * Magnitude (with `sticky` for discarded bits below it) to a double m and
 * a binary exponent e, value = m * 2^e, m correctly rounded and either
 * 0 or in [2^63, 2^64) before rounding.
 */
static double
mag_to_double(const uint32 *d, int n, bool sticky, int *e)
{
	int			bits = mag_bits(d, n);
	uint64		top;

	*e = 0;
	if (bits == 0)
		return 0.0;
	if (bits <= 64)
	{
		top = 0;
		for (int i = n - 1; i >= 0; i--)
			top = (top << DIGIT_BITS) | d[i];
		if (!sticky)
			return (double) top;	/* exact conversion, correctly rounded */
		/* make room for a sticky bit below the lowest significant bit */
		*e = bits - 64;
		top <<= (64 - bits);
		return (double) (top | 1);
	}
	top = mag_top64(d, n, bits, sticky);
	*e = bits - 64;
	return (double) top;
}

/* The value correctly rounded to a double (+-HUGE_VAL beyond range). */
double
pkpc_big_to_double(PkpcBig a)
{
	int			e;
	double		m = mag_to_double(a.d, a.n, false, &e);

	return a.sign * ldexp(m, e + DIGIT_BITS * a.exp32);
}

/* m in [0.5, 1) and *exp2 with a = m * 2^exp2 (0 for a = 0): no overflow */
double
pkpc_big_ldexp(PkpcBig a, int *exp2)
{
	int			e;
	double		m = mag_to_double(a.d, a.n, false, &e);
	int			e2;

	m = frexp(m, &e2);
	*exp2 = (a.sign == 0) ? 0 : e + e2 + DIGIT_BITS * a.exp32;
	return a.sign * m;
}

/* magnitude d[0..n-1] /= div, in place; returns the remainder */
static uint64
mag_div_u64(uint32 *d, int n, uint64 div)
{
	uint128		rem = 0;
	int			i;

	for (i = n - 1; i >= 0; i--)
	{
		uint128		cur = (rem << DIGIT_BITS) | d[i];

		d[i] = (uint32) (cur / div);
		rem = cur % div;
	}
	return (uint64) rem;
}

/*
 * a / (d1 d2) correctly rounded (d1, d2 >= 1): a is scaled up so that the
 * quotient keeps more than 64 significant bits, then divided twice; any
 * remainder only sets the sticky bit.
 */
double
pkpc_big_div_to_double(PkpcBig a, uint64 d1, uint64 d2)
{
	int			shift;
	int			n;
	uint32	   *m;
	bool		sticky;
	int			e;
	double		q;

	Assert(d1 >= 1 && d2 >= 1);
	if (a.sign == 0)
		return 0.0;
	/* quotient bits >= bits(a) + 32 shift - 128 >= 70 */
	shift = Max(0, (200 - mag_bits(a.d, a.n) + DIGIT_BITS - 1) / DIGIT_BITS);
	n = a.n + shift;
	m = palloc0(sizeof(uint32) * n);
	memcpy(m + shift, a.d, sizeof(uint32) * a.n);
	sticky = mag_div_u64(m, n, d1) != 0;
	sticky |= mag_div_u64(m, n, d2) != 0;
	while (n > 0 && m[n - 1] == 0)
		n--;
	q = mag_to_double(m, n, sticky, &e);
	pfree(m);
	return a.sign * ldexp(q, e + DIGIT_BITS * (a.exp32 - shift));
}

/* ---- text form ---- */

/* magnitude d >> s bits (s >= 0), into a new array; *n updated */
static uint32 *
mag_shift_right(const uint32 *d, int *n, int s)
{
	int			q = s / DIGIT_BITS;
	int			r = s % DIGIT_BITS;
	int			len = *n - q;
	uint32	   *out = palloc0(sizeof(uint32) * Max(len, 1));
	int			i;

	for (i = 0; i < len; i++)
	{
		uint64		w = d[q + i];

		if (q + i + 1 < *n)
			w |= (uint64) d[q + i + 1] << DIGIT_BITS;
		out[i] = (uint32) (w >> r);
	}
	while (len > 0 && out[len - 1] == 0)
		len--;
	*n = len;
	return out;
}

/*
 * "0", or [-]0x<hex>p<exp> with an odd magnitude, so that every value has
 * exactly one text form (the text of a state is canonical).
 */
void
pkpc_big_write(StringInfo buf, PkpcBig v)
{
	int			tz = 0;
	int			n = v.n;
	uint32	   *m;
	int			i;

	if (v.sign == 0)
	{
		appendStringInfoChar(buf, '0');
		return;
	}
	tz = pg_rightmost_one_pos32(v.d[0]);	/* d[0] != 0: trimmed */
	m = mag_shift_right(v.d, &n, tz);
	appendStringInfo(buf, "%s0x%x", v.sign < 0 ? "-" : "", m[n - 1]);
	for (i = n - 2; i >= 0; i--)
		appendStringInfo(buf, "%08x", m[i]);
	appendStringInfo(buf, "p%d", DIGIT_BITS * v.exp32 + tz);
	pfree(m);
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * Parse the canonical form written by pkpc_big_write (s need not be
 * NUL-terminated).  false for anything else, including a non-canonical
 * spelling of a valid number and magnitudes beyond PKPC_EXACT_MAX_DIGITS
 * digits.
 */
bool
pkpc_big_parse(const char *s, int len, PkpcBig *v)
{
	const char *p = s;
	const char *end = s + len;
	const char *hex;
	int			nhex;
	int			sign = 1;
	long		e = 0;
	bool		eneg = false;
	int			ndig;
	int			shift;
	PkpcBig		w;
	int			i;

	if (len == 1 && *s == '0')
	{
		*v = big_alloc(0);
		return true;
	}
	if (p < end && *p == '-')
	{
		sign = -1;
		p++;
	}
	if (end - p < 3 || p[0] != '0' || p[1] != 'x')
		return false;
	p += 2;
	hex = p;
	while (p < end && hexval(*p) >= 0)
		p++;
	nhex = p - hex;
	if (nhex == 0 || nhex > PKPC_EXACT_MAX_DIGITS * 8 || hex[0] == '0' ||
		(hexval(hex[nhex - 1]) & 1) == 0)
		return false;
	if (p >= end || *p++ != 'p')
		return false;
	if (p < end && *p == '-')
	{
		eneg = true;
		p++;
	}
	if (p >= end)
		return false;
	for (; p < end; p++)
	{
		if (*p < '0' || *p > '9' || e > 1000000)
			return false;
		e = e * 10 + (*p - '0');
	}
	if (eneg)
		e = -e;
	if (e < -2 * PKPC_EXACT_BIAS || e > 2 * PKPC_EXACT_BIAS)
		return false;

	/* magnitude, then shifted left by e mod 32 so the exponent is a multiple */
	shift = (int) (((e % DIGIT_BITS) + DIGIT_BITS) % DIGIT_BITS);
	ndig = (nhex + 7) / 8 + 1;
	w = big_alloc(ndig);
	for (i = 0; i < nhex; i++)
	{
		int			bit = 4 * (nhex - 1 - i);	/* weight of this hex digit */

		w.d[bit / DIGIT_BITS] |= (uint32) hexval(hex[i]) << (bit % DIGIT_BITS);
	}
	for (i = ndig - 1; i >= 0; i--)
	{
		uint64		x = (uint64) w.d[i] << shift;

		w.d[i] = (uint32) x;
		if (i + 1 < ndig)
			w.d[i + 1] |= (uint32) (x >> DIGIT_BITS);
	}
	w.n = ndig;
	w.sign = sign;
	w.exp32 = (int) ((e - shift) / DIGIT_BITS);
	*v = big_trim(w);
	return true;
}
