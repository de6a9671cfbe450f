/*-------------------------------------------------------------------------
 *
 * ranks.h
 *	  Mid-ranks of two sorted samples by one merge walk, shared by the rank
 *	  tests (mann_whitney_u, wilcoxon_signed_rank).
 *
 * src/ranks.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_RANKS_H
#define PKPC_RANKS_H

#include "fmgr.h"

#include "hodges_lehmann.h"
#include "result.h"
#include "state.h"

/*
 * A read cursor over a sorted group that yields its values in ascending
 * order: either entries [pos, end) forwards, or entries (end, pos]
 * backwards with the sign flipped (the negative differences of the
 * signed-rank test, read as ascending |d|).
 */
typedef struct PkpcRankCursor
{
	const PkpcGroup *g;
	int64		pos;			/* next entry to read */
	int64		end;			/* one past the last entry, in walk order */
	int			step;			/* +1 forwards, -1 backwards */
	bool		negate;			/* yield -value (backwards walks) */
} PkpcRankCursor;

/* Ranks of a pooled sample of two parts, from pkpc_rank_merge. */
typedef struct PkpcRankSums
{
	int64		n[2];			/* observations of each part */
	double		rank_sum[2];	/* sum of the mid-ranks of each part */
	double		tie_sum;		/* sum over tie groups of t^3 - t */
	int64		ntie;			/* tie groups (distinct values), sizes > 0 */
	int64		max_tie;		/* largest tie group */
	int		   *tie_sizes;		/* sizes in ascending order of value, when
								 * asked for and every size fits an int;
								 * else NULL */
} PkpcRankSums;

extern PkpcRankCursor pkpc_rank_cursor(const PkpcGroup *g, int64 from,
									   int64 to, bool backwards);
extern void pkpc_rank_merge(PkpcRankCursor a, PkpcRankCursor b,
							bool want_sizes, PkpcRankSums *out);
extern int64 pkpc_rank_first_nonnegative(const PkpcGroup *g);
extern void pkpc_rank_normal_fields(PkpcResult *res, double centred, double sigma,
									double n, PkpcAlternative alt);
extern void pkpc_hl_fields(PkpcResult *res, PkpcHLStatus status,
						   const PkpcHLResult *hl, const char *what);

#endif							/* PKPC_RANKS_H */
