/*-------------------------------------------------------------------------
 *
 * notes.h
 *	  The `notes text[]` field of every result.
 *
 * src/notes.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_NOTES_H
#define PKPC_NOTES_H

#define PKPC_MAX_NOTES 16

typedef struct PkpcNotes
{
	int			n;
	Datum		items[PKPC_MAX_NOTES];
} PkpcNotes;

extern void pkpc_notes_init(PkpcNotes *notes);
extern void pkpc_note(PkpcNotes *notes, const char *fmt,...) pg_attribute_printf(2, 3);
extern Datum pkpc_notes_datum(PkpcNotes *notes);

#endif							/* PKPC_NOTES_H */
