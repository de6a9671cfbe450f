/*-------------------------------------------------------------------------
 *
 * arena.h
 *	  Where aggregate states live: one memory context shared by all the
 *	  states of one aggregate call site.
 *
 * src/arena.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_ARENA_H
#define PKPC_ARENA_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

extern MemoryContext pkpc_state_arena(FunctionCallInfo fcinfo, bool *shared);
extern ExpandedObjectHeader *pkpc_expanded_state(Datum d,
												 const ExpandedObjectMethods *methods,
												 bool need_rw);

#endif							/* PKPC_ARENA_H */
