/*-------------------------------------------------------------------------
 *
 * state.h
 *	  The aggregate state shared by pkpcohort's tests.
 *
 * src/state.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_STATE_H
#define PKPC_STATE_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

#include "labels.h"

/* Which test a state belongs to.  Stored in flat and text forms: append only. */
typedef enum PkpcTestTag
{
	PKPC_TAG_PAIRED_T = 1,
	PKPC_TAG_INDEPENDENT_T,
	PKPC_TAG_LEVENE,
	PKPC_TAG_MANN_WHITNEY,
	PKPC_TAG_WILCOXON,
	PKPC_TAG_KS_NORMALITY,
	PKPC_TAG_SHAPIRO_WILK,
	PKPC_TAG_LOG_RANK,
	PKPC_TAG_KM_SURVIVAL,
	PKPC_TAG_KRUSKAL_WALLIS,
	PKPC_TAG_ONE_WAY_ANOVA,
	PKPC_TAG_MCNEMAR,
	PKPC_NUM_TAGS
} PkpcTestTag;

#define PKPC_MAX_STATS		12
#define PKPC_UNLIMITED		PG_INT32_MAX

/* What a test keeps per group; one entry per tag in state.c. */
typedef struct PkpcStateOps
{
	const char *name;			/* SQL name of the test; type is <name>_state */
	int			nstats;			/* running statistics per group */
	int			value_width;	/* doubles kept per observation (0: none) */
	int			max_groups;		/* 1: unlabelled; else labels allowed */
	/* merge the running statistics of src into dst (Chan et al.) */
	void		(*combine) (double *dst, int64 ndst, const double *src, int64 nsrc);
} PkpcStateOps;

/*
 * One group of observations.
 *
 * Values are kept unordered and sorted once, at the end (DESIGN.md,
 * decision 3).  While a group of single values has at most
 * PKPC_MAP_MAX distinct values it is a value -> count map (map mode:
 * `counts` is not NULL, `values` holds distinct values), so that ordinal
 * data (pain scores 0-10) costs O(distinct) memory and a hash probe per
 * row.  Beyond that it becomes a plain list of values grown by 1/16 of its
 * size, so that memory stays below 8.5 bytes per value.
 */
typedef struct PkpcGroup
{
	PkpcLabel	label;			/* owned copy (str in the state's context) */
	int64		n;				/* observations in the group */
	double		stats[PKPC_MAX_STATS];
	int64		nvalues;		/* entries used in values (map: distinct) */
	int64		capacity;		/* entries allocated */
	double	   *values;			/* value_width doubles per entry */
	int64	   *counts;			/* map mode: multiplicity of each value */
	int16	   *slots;			/* map mode: hash index into values, -1 free */
} PkpcGroup;

#define PKPC_MAP_MAX	128
#define PKPC_MAP_SLOTS	256

/*
 * The expanded, in-memory form of every state.  It lives in its own memory
 * context, a child of the aggregate context, so nodeAgg keeps it without
 * copying it per row (the transition functions return the same R/W
 * pointer).  Its flat form is the SQL type's binary layout (state.c).
 */
typedef struct PkpcState
{
	ExpandedObjectHeader hdr;
	PkpcTestTag tag;
	const PkpcStateOps *ops;

	/* test parameters, set from the first row and checked on every row */
	bool		params_set;
	int32		alternative;	/* PkpcAlternative */
	int32		option;			/* test-specific (levene: centre) */
	double		conf_level;
	double		param[2];		/* test-specific (ks: mean, sd) */

	int64		n_skipped;		/* rows skipped because an input was NULL */
	int64		n_extra;		/* test-specific count (wilcoxon: zeros) */

	PkpcLabelKind label_kind;
	Oid			label_type;		/* PKPC_LABEL_OTHER only */
	int			ngroups;
	int			maxgroups;		/* allocated entries in groups */
	PkpcGroup  *groups;
} PkpcState;

extern const PkpcStateOps *pkpc_state_ops(PkpcTestTag tag);
extern PkpcState *pkpc_state_new(PkpcTestTag tag, MemoryContext parent);
extern PkpcState *pkpc_state_for_update(FunctionCallInfo fcinfo, PkpcTestTag tag);
extern PkpcState *pkpc_state_arg(FunctionCallInfo fcinfo, int argno, PkpcTestTag tag);
extern Datum pkpc_state_return(PkpcState *st);
extern void pkpc_state_set_params(PkpcState *st, int alternative, int option,
								  double conf_level, const double *param);
extern void pkpc_state_params_from_args(PkpcState *st, FunctionCallInfo fcinfo,
										int alt_argno);
extern PkpcGroup *pkpc_state_group(PkpcState *st, FunctionCallInfo fcinfo,
								   int argno, PkpcLabelArg arg);
extern PkpcGroup *pkpc_state_single_group(PkpcState *st);
extern void pkpc_group_add_value(PkpcState *st, PkpcGroup *g, double v);
extern void pkpc_group_add_pair(PkpcState *st, PkpcGroup *g, double v, double w);
extern void pkpc_group_sort(PkpcState *st, PkpcGroup *g);
extern void pkpc_state_combine(PkpcState *dst, const PkpcState *src);
extern void pkpc_state_order_groups(PkpcState *st, Oid collation);
extern int64 pkpc_state_n(const PkpcState *st);

/* flat form (state.c) and text form (state_io.c) */
extern PkpcState *pkpc_state_from_flat(const struct varlena *flat, PkpcTestTag tag,
									   MemoryContext parent);
extern char *pkpc_state_to_text(const PkpcState *st);
extern PkpcState *pkpc_state_from_text(const char *str, PkpcTestTag tag);

/* Per-row group value accessor: entry i's multiplicity. */
static inline int64
pkpc_group_count(const PkpcGroup *g, int64 i)
{
	return g->counts ? g->counts[i] : 1;
}

#endif							/* PKPC_STATE_H */
