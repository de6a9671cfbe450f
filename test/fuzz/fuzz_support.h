/*-------------------------------------------------------------------------
 *
 * fuzz_support.h
 *	  What the fuzzing harness and its backend stubs (pg_stubs.c) share.
 *
 * test/fuzz/fuzz_support.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_FUZZ_SUPPORT_H
#define PKPC_FUZZ_SUPPORT_H

#include <setjmp.h>

/* Where ereport(ERROR) jumps; NULL outside a guarded call (then: abort). */
extern jmp_buf *fuzz_error_jmp;
/* The primary message of the last error, for the harness's reports. */
extern char fuzz_last_error[512];
/* Free every palloc'd block (the end of a "query"). */
extern void fuzz_free_all(void);

#endif							/* PKPC_FUZZ_SUPPORT_H */
