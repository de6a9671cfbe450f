/*-------------------------------------------------------------------------
 *
 * state_codec.c
 *	  The fields of the state types' binary and flat forms: one encoder and
 *	  one decoder shared by every state type.
 *
 * Numbers are in network byte order and doubles travel as their 8 bytes,
 * so the binary form is portable and no larger than the raw values.
 * Labels are length-prefixed bytes (text), 8-byte integers, one byte for
 * booleans, and for the polymorphic fallback either the type's text form
 * (binary send/receive: portable, built-in types and enums only) or the
 * value's in-memory image (flat form, within one server: any type).  An
 * exact sum is its sign, power of 2^32 and magnitude digits.  The decoder
 * checks every length against the bytes left before it reads or allocates
 * anything, and rejects non-finite numbers and zero bytes in strings.
 *
 * src/state_codec.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "state_codec.h"
#include "state_text.h"

/* ---- encoding ---- */

void
pkpc_enc_bytes(PkpcEncoder *e, const void *p, Size n)
{
	if (e->buf != NULL)
	{
		if (e->len + n > e->cap)
			elog(ERROR, "pkpcohort state encoding overran its buffer");	/* cannot happen */
		memcpy(e->buf + e->len, p, n);
	}
	e->len += n;
}

/* Count n bytes without writing them (a counting pass only). */
void
pkpc_enc_skip(PkpcEncoder *e, Size n)
{
	Assert(e->buf == NULL);
	e->len += n;
}

void
pkpc_enc_int8(PkpcEncoder *e, int8 v)
{
	pkpc_enc_bytes(e, &v, 1);
}

void
pkpc_enc_int32(PkpcEncoder *e, int32 v)
{
	uint32		n = pg_hton32((uint32) v);

	pkpc_enc_bytes(e, &n, 4);
}

void
pkpc_enc_int64(PkpcEncoder *e, int64 v)
{
	uint64		n = pg_hton64((uint64) v);

	pkpc_enc_bytes(e, &n, 8);
}

void
pkpc_enc_float8(PkpcEncoder *e, double v)
{
	uint64		bits;

	memcpy(&bits, &v, 8);
	pkpc_enc_int64(e, (int64) bits);
}

static void
enc_string(PkpcEncoder *e, const char *s, int32 len)
{
	pkpc_enc_int32(e, len);
	pkpc_enc_bytes(e, s, len);
}

void
pkpc_enc_label_type(PkpcEncoder *e, const PkpcLabelType *type)
{
	pkpc_enc_int8(e, (int8) type->kind);
	if (type->kind != PKPC_LABEL_OTHER)
		return;
	if (e->images)
		pkpc_enc_int32(e, (int32) type->typid);
	else
	{
		char	   *tn;

		pkpc_check_label_type(type, e->typname);
		tn = format_type_be_qualified(type->typid);
		enc_string(e, tn, strlen(tn));
	}
}

void
pkpc_enc_label(PkpcEncoder *e, const PkpcLabelType *type, const PkpcLabel *lab)
{
	switch (type->kind)
	{
		case PKPC_LABEL_INT:
			pkpc_enc_int64(e, lab->ival);
			break;
		case PKPC_LABEL_BOOL:
			pkpc_enc_int8(e, (int8) lab->ival);
			break;
		case PKPC_LABEL_TEXT:
			enc_string(e, lab->str, lab->len);
			break;
		case PKPC_LABEL_OTHER:
			if (e->images)
			{
				Size		len = pkpc_label_image_size(type, lab);

				pkpc_enc_int32(e, (int32) len);
				if (e->buf != NULL)
				{
					if (e->len + len > e->cap)
						elog(ERROR, "pkpcohort state encoding overran its buffer");	/* cannot happen */
					pkpc_label_write_image(type, lab, e->buf + e->len);
				}
				e->len += len;
			}
			else
			{
				char	   *s = pkpc_label_cstring(type, lab);

				enc_string(e, s, strlen(s));
			}
			break;
		case PKPC_LABEL_NONE:
			break;
	}
}

void
pkpc_enc_exact(PkpcEncoder *e, const PkpcExact *a)
{
	PkpcBig		v = pkpc_exact_big(a);
	int			i;

	pkpc_enc_int8(e, (int8) v.sign);
	pkpc_enc_int32(e, v.exp32);
	pkpc_enc_int32(e, v.n);
	for (i = 0; i < v.n; i++)
		pkpc_enc_int32(e, (int32) v.d[i]);
}

/*
 * A bytea holding what encode writes: one counting pass, one writing pass
 * into a buffer of exactly that size.
 */
bytea *
pkpc_encode(void (*encode) (PkpcEncoder *e, const void *arg), const void *arg,
			bool images, const char *typname)
{
	PkpcEncoder e = {NULL, 0, 0, images, typname};
	bytea	   *result;

	encode(&e, arg);
	if (VARHDRSZ + e.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a %s is too large to be sent or stored (%zu bytes)",
						typname, VARHDRSZ + e.len),
				 errhint("Run the query without parallel workers, or split the data and merge the partial states.")));
	result = palloc(VARHDRSZ + e.len);
	e.buf = VARDATA(result);
	e.cap = e.len;
	e.len = 0;
	encode(&e, arg);
	SET_VARSIZE(result, VARHDRSZ + e.len);
	return result;
}

/* ---- decoding ---- */

void
pkpc_dec_error(PkpcDecoder *d, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type %s", d->typname),
			 errdetail("%s", detail)));
}

const char *
pkpc_dec_bytes(PkpcDecoder *d, Size n)
{
	const char *q = d->p;

	if ((Size) (d->end - d->p) < n)
		pkpc_dec_error(d, "The value is truncated.");
	d->p += n;
	return q;
}

int8
pkpc_dec_int8(PkpcDecoder *d)
{
	return (int8) *pkpc_dec_bytes(d, 1);
}

int32
pkpc_dec_int32(PkpcDecoder *d)
{
	uint32		n;

	memcpy(&n, pkpc_dec_bytes(d, 4), 4);
	return (int32) pg_ntoh32(n);
}

int64
pkpc_dec_int64(PkpcDecoder *d)
{
	uint64		n;

	memcpy(&n, pkpc_dec_bytes(d, 8), 8);
	return (int64) pg_ntoh64(n);
}

double
pkpc_dec_float8(PkpcDecoder *d)
{
	uint64		bits = (uint64) pkpc_dec_int64(d);
	double		v;

	memcpy(&v, &bits, 8);
	if (!isfinite(v))
		pkpc_dec_error(d, "A number is not finite.");
	return v;
}

/* a length-prefixed string, copied and NUL-terminated; no zero byte inside */
static char *
dec_string(PkpcDecoder *d, int32 *len)
{
	const char *p;
	char	   *s;

	*len = pkpc_dec_int32(d);
	if (*len < 0)
		pkpc_dec_error(d, "Negative length.");
	p = pkpc_dec_bytes(d, *len);
	if (memchr(p, '\0', *len) != NULL)
		pkpc_dec_error(d, "A string contains a zero byte.");
	s = palloc(*len + 1);
	memcpy(s, p, *len);
	s[*len] = '\0';
	return s;
}

void
pkpc_dec_label_type(PkpcDecoder *d, PkpcLabelType *type)
{
	int			kind = pkpc_dec_int8(d);
	Oid			typid;

	memset(type, 0, sizeof(*type));
	if (kind < PKPC_LABEL_NONE || kind > PKPC_LABEL_OTHER)
		pkpc_dec_error(d, "Unknown label kind.");
	type->kind = (PkpcLabelKind) kind;
	if (kind != PKPC_LABEL_OTHER)
		return;
	if (d->images)
	{
		typid = (Oid) pkpc_dec_int32(d);
		if (!OidIsValid(typid) || get_typtype(typid) == '\0')
			pkpc_dec_error(d, "Unknown label type.");
	}
	else
	{
		int32		len;

		typid = DatumGetObjectId(DirectFunctionCall1(regtypein,
													 CStringGetDatum(dec_string(d, &len))));
	}
	if (getBaseType(typid) != typid)
		pkpc_dec_error(d, "A label type is a domain.");
	pkpc_label_type_from_oid(typid, type);
	if (type->kind != PKPC_LABEL_OTHER)
		pkpc_dec_error(d, "Label kind does not match the label type.");
	if (!d->images)
		pkpc_check_label_type(type, d->typname);
}

PkpcLabel
pkpc_dec_label(PkpcDecoder *d, const PkpcLabelType *type)
{
	PkpcLabel	lab = {0, NULL, 0, (Datum) 0};
	int32		len;

	switch (type->kind)
	{
		case PKPC_LABEL_INT:
			lab.ival = pkpc_dec_int64(d);
			break;
		case PKPC_LABEL_BOOL:
			lab.ival = pkpc_dec_int8(d);
			if (lab.ival != 0 && lab.ival != 1)
				pkpc_dec_error(d, "Invalid boolean label.");
			break;
		case PKPC_LABEL_TEXT:
			lab.str = dec_string(d, &len);
			lab.len = len;
			break;
		case PKPC_LABEL_OTHER:
			if (d->images)
			{
				len = pkpc_dec_int32(d);
				if (len < 0 ||
					!pkpc_label_from_image(type, pkpc_dec_bytes(d, len), len, &lab))
					pkpc_dec_error(d, "Invalid label.");
			}
			else
				lab = pkpc_label_from_cstring(type, dec_string(d, &len));
			break;
		case PKPC_LABEL_NONE:
			break;
	}
	return lab;
}

void
pkpc_dec_exact(PkpcDecoder *d, PkpcExact *a, MemoryContext cxt)
{
	PkpcBig		v;
	int			i;

	v.sign = pkpc_dec_int8(d);
	v.exp32 = pkpc_dec_int32(d);
	v.n = pkpc_dec_int32(d);
	if (v.sign < -1 || v.sign > 1 || v.n < 0 || v.n > PKPC_EXACT_MAX_DIGITS ||
		(v.sign == 0) != (v.n == 0) || (v.sign == 0 && v.exp32 != 0))
		pkpc_dec_error(d, "Invalid exact sum.");
	v.d = palloc(sizeof(uint32) * Max(v.n, 1));
	for (i = 0; i < v.n; i++)
		v.d[i] = (uint32) pkpc_dec_int32(d);
	/* canonical: no zero digit at either end */
	if (v.n > 0 && (v.d[0] == 0 || v.d[v.n - 1] == 0))
		pkpc_dec_error(d, "Invalid exact sum.");
	if (!pkpc_exact_set(a, &v, cxt))
		pkpc_dec_error(d, "Exact sum out of range.");
}

/* The end marker, and nothing after it. */
void
pkpc_dec_end(PkpcDecoder *d, int32 end_marker)
{
	if (pkpc_dec_int32(d) != end_marker || d->p != d->end)
		pkpc_dec_error(d, "The value does not end where it should.");
}
