/*-------------------------------------------------------------------------
 *
 * state_text.h
 *	  The words of the state types' text forms: one reader and one writer
 *	  shared by every state type.
 *
 * src/state_text.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_STATE_TEXT_H
#define PKPC_STATE_TEXT_H

#include "lib/stringinfo.h"

#include "labels.h"

typedef struct PkpcReader
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* cursor */
	const char *typname;		/* e.g. paired_t_state */
} PkpcReader;

extern void pkpc_reader_init(PkpcReader *r, const char *input, const char *typname);
/* PostgreSQL 18 replaced pg_attribute_noreturn() by a leading pg_noreturn. */
#if PG_VERSION_NUM >= 180000
pg_noreturn extern void pkpc_read_error(PkpcReader *r, const char *expected);
#else
extern void pkpc_read_error(PkpcReader *r, const char *expected) pg_attribute_noreturn();
#endif
extern void pkpc_read_skip_space(PkpcReader *r);
extern bool pkpc_read_accept(PkpcReader *r, const char *word);
extern void pkpc_read_expect(PkpcReader *r, const char *word);
extern int64 pkpc_read_int64(PkpcReader *r, int64 min, int64 max);
extern double pkpc_read_double(PkpcReader *r);
extern char *pkpc_read_quoted(PkpcReader *r, int *len);
extern void pkpc_read_label_type(PkpcReader *r, const char *kind_key,
								 const char *type_key, PkpcLabelType *type);
extern PkpcLabel pkpc_read_label(PkpcReader *r, const PkpcLabelType *type);
extern void pkpc_read_end(PkpcReader *r);
extern void pkpc_check_label_type(const PkpcLabelType *type, const char *typname);

extern void pkpc_write_double(StringInfo buf, double v);
extern void pkpc_write_quoted(StringInfo buf, const char *s, int len);
extern void pkpc_write_label_type(StringInfo buf, const char *kind_key,
								  const char *type_key, const PkpcLabelType *type,
								  const char *typname);
extern void pkpc_write_label(StringInfo buf, const PkpcLabelType *type,
							 const PkpcLabel *lab);

#endif							/* PKPC_STATE_TEXT_H */
