/*-------------------------------------------------------------------------
 *
 * pkpcohort.c
 *	  Module set-up for pkpcohort.
 *
 * GSL's default error handler calls abort(), which would take the whole
 * server down with the backend.  It is switched off once, when the library
 * is loaded; every GSL routine we call is then either one that cannot fail
 * or an _e variant whose status we check (see distributions.c).
 *
 * src/pkpcohort.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"

#include <gsl/gsl_errno.h>

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	gsl_set_error_handler_off();
}
