/*-------------------------------------------------------------------------
 *
 * arena.c
 *	  Where aggregate states live: one memory context shared by all the
 *	  states of one aggregate call site.
 *
 * A state is an expanded object (utils/expandeddatum.h), so that the
 * transition functions update it in place.  nodeAgg keeps a read/write
 * expanded transition value without copying it only if the object's memory
 * context is a child of the aggregate context.  Giving every state a
 * context of its own satisfies that, but a hash aggregate measures its
 * memory by walking every child context of the aggregate context each time
 * a group is added (hash_agg_check_limits), which made a GROUP BY with n
 * groups cost O(n^2): 100,000 groups took minutes.  Instead all the states
 * of one aggregate call site share one child context, created on first use
 * and remembered in fn_extra until the aggregate context is reset (a reset
 * callback forgets it).  A state is then freed only with its aggregate
 * context, which is what happens to every group's state anyway; nodeAgg
 * never deletes one of ours by itself, because the transition and combine
 * functions always return the state they were given once it exists.
 *
 * Outside an aggregate (a transition function called directly) a state
 * gets a context of its own in the caller's memory, as any expanded object.
 *
 * src/arena.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/memutils.h"

#include "arena.h"

/* fn_extra of a transition or combine function: the arena of each context */
#define ARENA_SLOTS 4

typedef struct ArenaSlot
{
	MemoryContext aggcxt;		/* aggregate context, NULL when free */
	MemoryContext arena;		/* its child holding the states */
} ArenaSlot;

typedef struct ArenaCache
{
	ArenaSlot	slot[ARENA_SLOTS];
} ArenaCache;

/* Reset callback of an aggregate context: its arena is gone. */
static void
arena_forget(void *arg)
{
	ArenaSlot  *slot = (ArenaSlot *) arg;

	slot->aggcxt = NULL;
	slot->arena = NULL;
}

/*
 * The memory context for a new state created by this call: the shared
 * arena of the aggregate context (*shared = true), or, outside an
 * aggregate, a new context of its own under the current one.
 */
MemoryContext
pkpc_state_arena(FunctionCallInfo fcinfo, bool *shared)
{
	MemoryContext aggcxt;
	ArenaCache *cache;
	ArenaSlot  *slot = NULL;
	MemoryContextCallback *cb;
	int			i;

	*shared = false;
	if (!AggCheckCallContext(fcinfo, &aggcxt) || fcinfo->flinfo == NULL)
		return AllocSetContextCreate(CurrentMemoryContext, "pkpcohort state",
									 ALLOCSET_SMALL_SIZES);
	*shared = true;
	cache = (ArenaCache *) fcinfo->flinfo->fn_extra;
	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ArenaCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	for (i = 0; i < ARENA_SLOTS; i++)
	{
		if (cache->slot[i].aggcxt == aggcxt)
			return cache->slot[i].arena;
		if (slot == NULL && cache->slot[i].aggcxt == NULL)
			slot = &cache->slot[i];
	}
	if (slot == NULL)
	{
		/* more grouping sets than slots: those states share nothing */
		*shared = false;
		return AllocSetContextCreate(aggcxt, "pkpcohort state", ALLOCSET_SMALL_SIZES);
	}
	slot->arena = AllocSetContextCreate(aggcxt, "pkpcohort states",
										ALLOCSET_DEFAULT_SIZES);
	slot->aggcxt = aggcxt;
	cb = MemoryContextAlloc(aggcxt, sizeof(MemoryContextCallback));
	cb->func = arena_forget;
	cb->arg = slot;
	MemoryContextRegisterResetCallback(aggcxt, cb);
	return slot->arena;
}

/*
 * The expanded object d points to if it is a state of the kind whose
 * methods are given (a read/write pointer if need_rw), else NULL: a flat
 * state, or another kind's, must be read or copied first.
 */
ExpandedObjectHeader *
pkpc_expanded_state(Datum d, const ExpandedObjectMethods *methods, bool need_rw)
{
	struct varlena *p = (struct varlena *) DatumGetPointer(d);
	ExpandedObjectHeader *eoh;

	if (need_rw ? !VARATT_IS_EXTERNAL_EXPANDED_RW(p) : !VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	eoh = DatumGetEOHP(d);
	return eoh->eoh_methods == methods ? eoh : NULL;
}
