/*-------------------------------------------------------------------------
 *
 * state_codec.h
 *	  The fields of the state types' binary and flat forms: one encoder and
 *	  one decoder shared by every state type.
 *
 * src/state_codec.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_STATE_CODEC_H
#define PKPC_STATE_CODEC_H

#include "exact.h"
#include "labels.h"

/*
 * An encoder either only counts bytes (buf NULL) or writes them into a
 * buffer of the size counted before, so that a flat form is written once,
 * straight into the memory PostgreSQL allocated for it.
 */
typedef struct PkpcEncoder
{
	char	   *buf;
	Size		len;
	Size		cap;
	bool		images;			/* OTHER labels as in-memory images (flat) */
	const char *typname;		/* for messages */
} PkpcEncoder;

/* A decoder over a byte range; every read is bounds-checked. */
typedef struct PkpcDecoder
{
	const char *p;
	const char *end;
	bool		images;
	const char *typname;
} PkpcDecoder;

extern void pkpc_enc_bytes(PkpcEncoder *e, const void *p, Size n);
extern void pkpc_enc_skip(PkpcEncoder *e, Size n);
extern void pkpc_enc_int8(PkpcEncoder *e, int8 v);
extern void pkpc_enc_int32(PkpcEncoder *e, int32 v);
extern void pkpc_enc_int64(PkpcEncoder *e, int64 v);
extern void pkpc_enc_float8(PkpcEncoder *e, double v);
extern void pkpc_enc_label_type(PkpcEncoder *e, const PkpcLabelType *type);
extern void pkpc_enc_label(PkpcEncoder *e, const PkpcLabelType *type,
						   const PkpcLabel *lab);
extern void pkpc_enc_exact(PkpcEncoder *e, const PkpcExact *a);
extern bytea *pkpc_encode(void (*encode) (PkpcEncoder *e, const void *arg),
						  const void *arg, bool images, const char *typname);

/* PostgreSQL 18 replaced pg_attribute_noreturn() by a leading pg_noreturn. */
#if PG_VERSION_NUM >= 180000
pg_noreturn extern void pkpc_dec_error(PkpcDecoder *d, const char *detail);
#else
extern void pkpc_dec_error(PkpcDecoder *d, const char *detail) pg_attribute_noreturn();
#endif
extern const char *pkpc_dec_bytes(PkpcDecoder *d, Size n);
extern int8 pkpc_dec_int8(PkpcDecoder *d);
extern int32 pkpc_dec_int32(PkpcDecoder *d);
extern int64 pkpc_dec_int64(PkpcDecoder *d);
extern double pkpc_dec_float8(PkpcDecoder *d);
extern void pkpc_dec_label_type(PkpcDecoder *d, PkpcLabelType *type);
extern PkpcLabel pkpc_dec_label(PkpcDecoder *d, const PkpcLabelType *type);
extern void pkpc_dec_exact(PkpcDecoder *d, PkpcExact *a, MemoryContext cxt);
extern void pkpc_dec_end(PkpcDecoder *d, int32 end_marker);

#endif							/* PKPC_STATE_CODEC_H */
