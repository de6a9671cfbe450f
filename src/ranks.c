/*-------------------------------------------------------------------------
 *
 * ranks.c
 *	  Mid-ranks of two sorted samples by one merge walk, shared by the rank
 *	  tests (mann_whitney_u, wilcoxon_signed_rank).
 *
 * The rank tests collect their values unordered and sort each group once,
 * at the end, so that a row costs O(1) and serial and parallel plans rank
 * the same multiset of values.  Ranking the pooled sample then needs
 * no further sort: a merge walk over the two ascending sequences takes, at
 * each step, every observation equal to the smallest value not yet ranked
 * (a tie group of size t = a + b, a from the first part and b from the
 * second), gives all of them the mid-rank
 *
 *		r = p + (t + 1) / 2,		p = observations ranked before,
 *
 * adds a r and b r to the two parts' rank sums, and t^3 - t to the tie
 * correction of the variance (Kendall, Rank Correlation Methods, 1948,
 * ch. 3; Lehmann, Nonparametrics, 1975, sec. 1.4).  A group in map mode
 * (state.h) yields (value, multiplicity) entries and a group in list mode
 * single values, possibly repeated; the walk consumes both the same way,
 * so the result depends only on the multiset of values, never on the plan
 * that built the state.
 *
 * The signed-rank test ranks |d| over one sorted group of non-zero d: its
 * negative part read backwards with the sign flipped and its positive part
 * read forwards are the two ascending sequences of the walk.
 *
 * src/ranks.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"

#include "ranks.h"

/*
 * A cursor over entries [from, to) of a sorted group, read forwards, or
 * backwards from to - 1 down to from with the sign flipped.
 */
PkpcRankCursor
pkpc_rank_cursor(const PkpcGroup *g, int64 from, int64 to, bool backwards)
{
	PkpcRankCursor c;

	c.g = g;
	c.step = backwards ? -1 : 1;
	c.negate = backwards;
	c.pos = backwards ? to - 1 : from;
	c.end = backwards ? from - 1 : to;
	if (g == NULL)
		c.pos = c.end = 0;
	return c;
}

static inline bool
cursor_done(const PkpcRankCursor *c)
{
	return c->pos == c->end;
}

static inline double
cursor_value(const PkpcRankCursor *c)
{
	double		v = c->g->values[c->pos];

	return c->negate ? -v : v;
}

/*
 * Consume every entry equal to v; return how many observations they hold.
 * One tie group can span millions of entries (a list-mode group of equal
 * values), so the cancel poll is here, every 65536 entries.
 */
static int64
cursor_take(PkpcRankCursor *c, double v)
{
	int64		count = 0;

	while (!cursor_done(c) && cursor_value(c) == v)
	{
		count += pkpc_group_count(c->g, c->pos);
		c->pos += c->step;
		if ((c->pos & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	return count;
}

/* Number of entries a cursor will visit. */
static int64
cursor_entries(const PkpcRankCursor *c)
{
	return (c->end - c->pos) * c->step;
}

/*
 * Rank the pooled sample of the two ascending sequences a and b.  With
 * want_sizes, out->tie_sizes receives the tie-group sizes in ascending
 * order of value (for the exact distributions), unless a size exceeds
 * INT_MAX.
 */
void
pkpc_rank_merge(PkpcRankCursor a, PkpcRankCursor b, bool want_sizes,
				PkpcRankSums *out)
{
	int64		ranked = 0;
	int64		maxgroups = cursor_entries(&a) + cursor_entries(&b);
	bool		sizes_ok = want_sizes;

	memset(out, 0, sizeof(*out));
	if (want_sizes && maxgroups > 0)
		out->tie_sizes = palloc_extended(sizeof(int) * maxgroups,
										 MCXT_ALLOC_HUGE);

	while (!cursor_done(&a) || !cursor_done(&b))
	{
		double		v;
		int64		ta;
		int64		tb;
		int64		t;
		double		midrank2;

		if (cursor_done(&a))
			v = cursor_value(&b);
		else if (cursor_done(&b))
			v = cursor_value(&a);
		else
			v = Min(cursor_value(&a), cursor_value(&b));
		ta = cursor_take(&a, v);
		tb = cursor_take(&b, v);
		t = ta + tb;

		/* twice the mid-rank, an integer: exact in double below 2^53 */
		midrank2 = 2.0 * (double) ranked + (double) t + 1.0;
		out->rank_sum[0] += (double) ta * midrank2;
		out->rank_sum[1] += (double) tb * midrank2;
		out->n[0] += ta;
		out->n[1] += tb;
		if (t > 1)
			out->tie_sum += ((double) t * t - 1.0) * (double) t;
		out->max_tie = Max(out->max_tie, t);
		if (sizes_ok)
		{
			if (t > PG_INT32_MAX)
				sizes_ok = false;
			else
				out->tie_sizes[out->ntie] = (int) t;
		}
		out->ntie++;
		ranked += t;
	}
	out->rank_sum[0] /= 2.0;
	out->rank_sum[1] /= 2.0;
	if (out->tie_sizes != NULL && !sizes_ok)
	{
		pfree(out->tie_sizes);
		out->tie_sizes = NULL;
	}
}

/* Index of the first entry >= 0 of a sorted group (nvalues if none). */
int64
pkpc_rank_first_nonnegative(const PkpcGroup *g)
{
	int64		lo = 0;
	int64		hi = g->nvalues;

	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (g->values[mid] < 0.0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Report a Hodges-Lehmann estimate and interval (hodges_lehmann.c) in the
 * result: `what` names the values whose median it is ("differences",
 * "Walsh averages") in the notes.
 */
void
pkpc_hl_fields(PkpcResult *res, PkpcHLStatus status, const PkpcHLResult *hl,
			   const char *what)
{
	if (status == PKPC_HL_TOO_LARGE)
	{
		pkpc_note(&res->notes, "Hodges-Lehmann estimate not computed: too many %s", what);
		return;
	}
	if (status == PKPC_HL_EXPAND_TOO_LARGE)
	{
		pkpc_note(&res->notes, "Hodges-Lehmann estimate not computed: a group of more than " INT64_FORMAT " observations has too many distinct %s to enumerate",
				  (int64) PKPC_HL_EXPAND_MAX, what);
		return;
	}
	/*
	 * Cannot happen: both groups are non-empty (checked by the callers),
	 * conf_level and alternative were checked where the state was built or
	 * read, and the values are finite, sorted and positively counted (state
	 * invariants).  An internal error, then, not a user's.
	 */
	if (status != PKPC_HL_OK && status != PKPC_HL_ALL_TIED)
		elog(ERROR, "Hodges-Lehmann estimation failed with status %d", (int) status);
	pkpc_result_float8(res, "hodges_lehmann", hl->estimate);
	if (status == PKPC_HL_ALL_TIED)
	{
		pkpc_note(&res->notes, "all %s are tied: confidence interval undefined", what);
		return;
	}
	pkpc_result_float8(res, "ci_lower", hl->ci_lower);
	pkpc_result_float8(res, "ci_upper", hl->ci_upper);
	if (hl->conf_not_achievable)
		pkpc_note(&res->notes,
				  "requested confidence level not achievable: the interval's exact level is %.4g",
				  hl->conf_reported);
}

/* R's continuity correction for the alternative, given statistic - its mean. */
static double
continuity(double centred, PkpcAlternative alt)
{
	switch (alt)
	{
		case PKPC_LESS:
			return -0.5;
		case PKPC_GREATER:
			return 0.5;
		case PKPC_TWO_SIDED:
			break;
	}
	return centred > 0.0 ? 0.5 : (centred < 0.0 ? -0.5 : 0.0);
}

/*
 * The normal-approximation fields of both rank tests from the centred
 * statistic and its tie-corrected sigma: z and p_value without continuity
 * correction (SPSS), p_value_cc with it (R's default), effect_r = z / sqrt(n).
 */
void
pkpc_rank_normal_fields(PkpcResult *res, double centred, double sigma, double n,
						PkpcAlternative alt)
{
	pkpc_result_float8(res, "z", centred / sigma);
	pkpc_result_float8(res, "p_value", pkpc_p_from_z(centred / sigma, alt));
	pkpc_result_float8(res, "p_value_cc",
					   pkpc_p_from_z((centred - continuity(centred, alt)) / sigma, alt));
	pkpc_result_float8(res, "effect_r", centred / sigma / sqrt(n));
}
