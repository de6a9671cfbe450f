/*-------------------------------------------------------------------------
 *
 * pkpc_core.h
 *	  Environment for the numerical cores of pkpcohort.
 *
 * The numerical cores (exact distributions, selection algorithms, Fisher's
 * test, normality statistics) are plain C over arrays.  Inside the server
 * they allocate with palloc, so that an error raised anywhere releases their
 * memory with the aggregate's context, and they poll for query cancel in
 * long loops.  Built with -DPKPC_STANDALONE (for unit harnesses outside
 * the server), the same calls map onto the C library.
 *
 * src/pkpc_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_CORE_H
#define PKPC_CORE_H

#ifdef PKPC_STANDALONE

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define palloc(sz)				malloc(sz)
#define palloc_huge(sz)			malloc(sz)
#define palloc0(sz)				calloc(1, (sz))
#define repalloc(p, sz)			realloc((p), (sz))
#define pfree(p)				free(p)
#define CHECK_FOR_INTERRUPTS()	((void) 0)
#define pg_attribute_always_inline	__attribute__((always_inline)) inline

#else

#include "postgres.h"
#include "miscadmin.h"

/*
 * Arrays sized by the number of observations may pass palloc's 1 GB limit
 * (134 M doubles): allocate them as "huge" chunks, so that running out of
 * memory is an ordinary out-of-memory error.
 */
#define palloc_huge(sz)			palloc_extended((sz), MCXT_ALLOC_HUGE)

#endif							/* PKPC_STANDALONE */

#endif							/* PKPC_CORE_H */
