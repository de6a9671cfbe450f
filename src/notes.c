/*-------------------------------------------------------------------------
 *
 * notes.c
 *	  The `notes text[]` field of every result: the warnings a statistician
 *	  must see next to the numbers (too little data, ties, method limits).
 *
 * src/notes.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "notes.h"

void
pkpc_notes_init(PkpcNotes *notes)
{
	notes->n = 0;
}

/* Add a note (a short sentence without a full stop). */
void
pkpc_note(PkpcNotes *notes, const char *fmt,...)
{
	StringInfoData buf;

	/*
	 * Cannot happen: no final function has more than a handful of notes to
	 * give, whatever its input; reaching the limit is a coding error.
	 */
	if (notes->n >= PKPC_MAX_NOTES)
		elog(ERROR, "too many notes for one result");
	initStringInfo(&buf);
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(&buf, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(&buf, needed);
	}
	notes->items[notes->n++] = PointerGetDatum(cstring_to_text(buf.data));
	pfree(buf.data);
}

/* The notes as a text[] (empty, never NULL, when there is nothing to say). */
Datum
pkpc_notes_datum(PkpcNotes *notes)
{
	return PointerGetDatum(construct_array(notes->items, notes->n, TEXTOID,
										   -1, false, TYPALIGN_INT));
}
