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

extern MemoryContext pkpc_state_arena(FunctionCallInfo fcinfo, bool *shared);

#endif							/* PKPC_ARENA_H */
