/*-------------------------------------------------------------------------
 *
 * pg_stubs.c
 *	  The few PostgreSQL backend services that pkpcohort's state parsers
 *	  and validators call, re-implemented for a fuzzing harness that runs
 *	  outside the server.
 *
 * - Memory: every palloc is its own malloc block on one list, freed all at
 *	 once by fuzz_free_all() after each input (as the server frees the
 *	 query's memory context), so AddressSanitizer sees each block's bounds
 *	 and the harness leaks nothing.  Memory contexts are tokens.  Requests
 *	 above MaxAllocSize (MaxAllocHugeSize for the _huge variants) fail with
 *	 an ERROR, as in the server.
 * - Errors: ereport/elog at ERROR or above longjmp back to the harness
 *	 (fuzz_error_jmp), which is what the server's error recovery does for a
 *	 data type input function; lower levels are ignored.
 * - Type lookups: regtypein knows a few type names, format_type_be_* prints
 *	 them back, so labels of the polymorphic fallback round-trip.
 * - float8in_internal_opt_error: strtod with float8in's rules (whole
 *	 string, NaN and Infinity spellings, surrounding spaces).
 *
 * Backend functions not listed here and not expected on the parse path get
 * an automatically generated stub (fuzz.sh: autostubs.c) that aborts with
 * the function's name, so a harness gap shows as a named crash.
 * StringInfo, psprintf and Ryu (double_to_shortest_decimal_buf) come from
 * PostgreSQL's libpgcommon.a.
 *
 * test/fuzz/pg_stubs.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/rbtree.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/expandeddatum.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"
#include "utils/varlena.h"
#include "utils/memutils.h"

#include "fuzz_support.h"

/* ---- errors ---- */

jmp_buf    *fuzz_error_jmp = NULL;
char		fuzz_last_error[512];
static int	cur_elevel;

bool
errstart(int elevel, const char *domain)
{
	cur_elevel = elevel;
	return elevel >= ERROR;		/* lower levels: nothing to do */
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	if (cur_elevel < ERROR)
		return;
	if (fuzz_error_jmp == NULL)
	{
		fprintf(stderr, "ERROR outside the harness: %s\n", fuzz_last_error);
		abort();
	}
	longjmp(*fuzz_error_jmp, 1);
}

int
errcode(int sqlerrcode)
{
	return 0;
}

int
errmsg(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(fuzz_last_error, sizeof(fuzz_last_error), fmt, ap);
	va_end(ap);
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(fuzz_last_error, sizeof(fuzz_last_error), fmt, ap);
	va_end(ap);
	return 0;
}

int
errdetail(const char *fmt,...)
{
	return 0;
}

int
errdetail_internal(const char *fmt,...)
{
	return 0;
}

int
errhint(const char *fmt,...)
{
	return 0;
}

int
errmsg_plural(const char *fmt_singular, const char *fmt_plural, unsigned long n,...)
{
	return 0;
}

void
pg_re_throw(void)
{
	errfinish(NULL, 0, NULL);
	abort();
}

/* ---- interrupts ---- */

volatile sig_atomic_t InterruptPending = false;

void
ProcessInterrupts(void)
{
}

/* ---- memory ---- */

typedef struct Block
{
	struct Block *prev;
	struct Block *next;
	size_t		size;
	size_t		pad;			/* keep the payload 16-byte aligned */
} Block;

static Block blocks = {&blocks, &blocks, 0, 0};
static MemoryContextData top_context;
MemoryContext CurrentMemoryContext = &top_context;
MemoryContext TopMemoryContext = &top_context;
MemoryContext ErrorContext = &top_context;

static void
oom(size_t size)
{
	snprintf(fuzz_last_error, sizeof(fuzz_last_error),
			 "invalid memory alloc request size %zu", size);
	cur_elevel = ERROR;
	errfinish(NULL, 0, NULL);
}

static void *
block_alloc(size_t size, size_t limit, bool zero)
{
	Block	   *b;

	if (size > limit)
		oom(size);
	b = zero ? calloc(1, sizeof(Block) + size) : malloc(sizeof(Block) + size);
	if (b == NULL)
		oom(size);
	b->size = size;
	b->next = blocks.next;
	b->prev = &blocks;
	blocks.next->prev = b;
	blocks.next = b;
	return b + 1;
}

static void
block_unlink(Block *b)
{
	b->prev->next = b->next;
	b->next->prev = b->prev;
}

void
fuzz_free_all(void)
{
	while (blocks.next != &blocks)
	{
		Block	   *b = blocks.next;

		block_unlink(b);
		free(b);
	}
	CurrentMemoryContext = &top_context;
}

void *
MemoryContextAlloc(MemoryContext context, Size size)
{
	return block_alloc(size, MaxAllocSize, false);
}

void *
MemoryContextAllocZero(MemoryContext context, Size size)
{
	return block_alloc(size, MaxAllocSize, true);
}

void *
MemoryContextAllocZeroAligned(MemoryContext context, Size size)
{
	return block_alloc(size, MaxAllocSize, true);
}

void *
MemoryContextAllocHuge(MemoryContext context, Size size)
{
	return block_alloc(size, MaxAllocHugeSize, false);
}

void *
MemoryContextAllocExtended(MemoryContext context, Size size, int flags)
{
	return block_alloc(size, (flags & MCXT_ALLOC_HUGE) ? MaxAllocHugeSize : MaxAllocSize,
					   (flags & MCXT_ALLOC_ZERO) != 0);
}

void *
palloc(Size size)
{
	return block_alloc(size, MaxAllocSize, false);
}

void *
palloc0(Size size)
{
	return block_alloc(size, MaxAllocSize, true);
}

void *
palloc_extended(Size size, int flags)
{
	return MemoryContextAllocExtended(CurrentMemoryContext, size, flags);
}

void
pfree(void *pointer)
{
	Block	   *b = (Block *) pointer - 1;

	block_unlink(b);
	free(b);
}

static void *
block_realloc(void *pointer, Size size, size_t limit)
{
	Block	   *b = (Block *) pointer - 1;
	Block	   *nb;

	if (size > limit)
		oom(size);
	block_unlink(b);
	nb = realloc(b, sizeof(Block) + size);
	if (nb == NULL)
	{
		/* b is still valid: put it back so that it is freed */
		b->next = blocks.next;
		b->prev = &blocks;
		blocks.next->prev = b;
		blocks.next = b;
		oom(size);
	}
	nb->size = size;
	nb->next = blocks.next;
	nb->prev = &blocks;
	blocks.next->prev = nb;
	blocks.next = nb;
	return nb + 1;
}

void *
repalloc(void *pointer, Size size)
{
	return block_realloc(pointer, size, MaxAllocSize);
}

void *
repalloc_huge(void *pointer, Size size)
{
	return block_realloc(pointer, size, MaxAllocHugeSize);
}

char *
pstrdup(const char *in)
{
	return pnstrdup(in, strlen(in));
}

char *
pnstrdup(const char *in, Size len)
{
	char	   *out;

	len = strnlen(in, len);
	out = palloc(len + 1);
	memcpy(out, in, len);
	out[len] = '\0';
	return out;
}

char *
MemoryContextStrdup(MemoryContext context, const char *string)
{
	return pstrdup(string);
}

MemoryContext
AllocSetContextCreateInternal(MemoryContext parent, const char *name,
							  Size minContextSize, Size initBlockSize,
							  Size maxBlockSize)
{
	/* a token: its memory is freed with everything else after the input */
	return palloc0(sizeof(MemoryContextData));
}

void
MemoryContextDelete(MemoryContext context)
{
}

void
MemoryContextSetParent(MemoryContext context, MemoryContext new_parent)
{
}

void
MemoryContextReset(MemoryContext context)
{
}

/* ---- expanded objects (utils/adt/expandeddatum.c) ---- */

ExpandedObjectHeader *
DatumGetEOHP(Datum d)
{
	varattrib_1b_e *datum = (varattrib_1b_e *) DatumGetPointer(d);
	varatt_expanded ptr;

	Assert(VARATT_IS_EXTERNAL_EXPANDED(datum));
	memcpy(&ptr, datum->va_data, sizeof(ptr));
	return ptr.eohptr;
}

void
EOH_init_header(ExpandedObjectHeader *eohptr,
				const ExpandedObjectMethods *methods,
				MemoryContext obj_context)
{
	varatt_expanded ptr;

	eohptr->vl_len_ = EOH_HEADER_MAGIC;
	eohptr->eoh_methods = methods;
	eohptr->eoh_context = obj_context;
	ptr.eohptr = eohptr;
	SET_VARTAG_EXTERNAL(eohptr->eoh_rw_ptr, VARTAG_EXPANDED_RW);
	memcpy(VARDATA_EXTERNAL(eohptr->eoh_rw_ptr), &ptr, sizeof(ptr));
	SET_VARTAG_EXTERNAL(eohptr->eoh_ro_ptr, VARTAG_EXPANDED_RO);
	memcpy(VARDATA_EXTERNAL(eohptr->eoh_ro_ptr), &ptr, sizeof(ptr));
}

Size
EOH_get_flat_size(ExpandedObjectHeader *eohptr)
{
	return eohptr->eoh_methods->get_flat_size(eohptr);
}

void
EOH_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	eohptr->eoh_methods->flatten_into(eohptr, result, allocated_size);
}

/* ---- varlena ---- */

struct varlena *
pg_detoast_datum(struct varlena *datum)
{
	if (VARATT_IS_EXTENDED(datum))
	{
		if (VARATT_IS_EXTERNAL_EXPANDED(datum))
		{
			ExpandedObjectHeader *eoh = DatumGetEOHP(PointerGetDatum(datum));
			Size		sz = EOH_get_flat_size(eoh);
			struct varlena *flat = palloc(sz);

			EOH_flatten_into(eoh, flat, sz);
			return flat;
		}
		if (VARATT_IS_SHORT(datum))
		{
			Size		len = VARSIZE_SHORT(datum) - VARHDRSZ_SHORT;
			struct varlena *copy = palloc(len + VARHDRSZ);

			SET_VARSIZE(copy, len + VARHDRSZ);
			memcpy(VARDATA(copy), VARDATA_SHORT(datum), len);
			return copy;
		}
		fprintf(stderr, "pg_detoast_datum: toasted or compressed datum in the harness\n");
		abort();
	}
	return datum;
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	if (VARATT_IS_SHORT(datum))
		return datum;
	return pg_detoast_datum(datum);
}

text *
cstring_to_text_with_len(const char *s, int len)
{
	text	   *t = palloc(len + VARHDRSZ);

	SET_VARSIZE(t, len + VARHDRSZ);
	memcpy(VARDATA(t), s, len);
	return t;
}

text *
cstring_to_text(const char *s)
{
	return cstring_to_text_with_len(s, strlen(s));
}

char *
text_to_cstring(const text *t)
{
	text	   *tunpacked = (text *) pg_detoast_datum_packed((struct varlena *) t);

	return pnstrdup(VARDATA_ANY(tunpacked), VARSIZE_ANY_EXHDR(tunpacked));
}

/* ---- fmgr ---- */

Datum
DirectFunctionCall1Coll(PGFunction func, Oid collation, Datum arg1)
{
	LOCAL_FCINFO(fcinfo, 1);
	Datum		result;

	InitFunctionCallInfoData(*fcinfo, NULL, 1, collation, NULL, NULL);
	fcinfo->args[0].value = arg1;
	fcinfo->args[0].isnull = false;
	result = (*func) (fcinfo);
	if (fcinfo->isnull)
	{
		snprintf(fuzz_last_error, sizeof(fuzz_last_error), "function returned NULL");
		cur_elevel = ERROR;
		errfinish(NULL, 0, NULL);
	}
	return result;
}

int
AggCheckCallContext(FunctionCallInfo fcinfo, MemoryContext *aggcontext)
{
	if (aggcontext)
		*aggcontext = NULL;
	return 0;
}

/* ---- types: a fixed little catalogue ---- */

/*
 * Enough types for the labels of the polymorphic fallback: a by-value base
 * type (date, its value a day number), a varlena base type (numeric, kept
 * here as its text), an enum (grades A to E), a type without a btree
 * ordering (xid) and varchar, which labels.c reads as text.
 */
#define GRADE_OID	16400

static const struct
{
	Oid			oid;
	const char *name;
	char		typtype;
	int16		typlen;
	bool		byval;
	bool		ordered;
}			known_types[] = {
	{NUMERICOID, "pg_catalog.numeric", TYPTYPE_BASE, -1, false, true},
	{DATEOID, "pg_catalog.date", TYPTYPE_BASE, 4, true, true},
	{VARCHAROID, "pg_catalog.varchar", TYPTYPE_BASE, -1, false, true},
	{XIDOID, "pg_catalog.xid", TYPTYPE_BASE, 4, true, false},
	{GRADE_OID, "public.grade", TYPTYPE_ENUM, 4, true, true},
};

static int
known_type(Oid oid)
{
	int			i;

	for (i = 0; i < lengthof(known_types); i++)
		if (known_types[i].oid == oid)
			return i;
	snprintf(fuzz_last_error, sizeof(fuzz_last_error), "cache lookup failed for type %u", oid);
	cur_elevel = ERROR;
	errfinish(NULL, 0, NULL);
	return -1;
}

Datum
regtypein(PG_FUNCTION_ARGS)
{
	const char *name = PG_GETARG_CSTRING(0);
	int			i;

	for (i = 0; i < lengthof(known_types); i++)
		if (strcmp(name, known_types[i].name) == 0)
			PG_RETURN_OID(known_types[i].oid);
	snprintf(fuzz_last_error, sizeof(fuzz_last_error), "type \"%s\" does not exist", name);
	cur_elevel = ERROR;
	errfinish(NULL, 0, NULL);
	PG_RETURN_NULL();
}

char *
format_type_be(Oid type_oid)
{
	return pstrdup(known_types[known_type(type_oid)].name);
}

char *
format_type_be_qualified(Oid type_oid)
{
	return format_type_be(type_oid);
}

Oid
getBaseType(Oid typid)
{
	return typid;
}

char
get_typtype(Oid typid)
{
	int			i;

	for (i = 0; i < lengthof(known_types); i++)
		if (known_types[i].oid == typid)
			return known_types[i].typtype;
	return '\0';
}

void
get_typlenbyval(Oid typid, int16 *typlen, bool *typbyval)
{
	int			i = known_type(typid);

	*typlen = known_types[i].typlen;
	*typbyval = known_types[i].byval;
}

bool
type_is_collatable(Oid typid)
{
	return false;
}

/* the comparison of every ordered type here: by value, or by bytes */
static Datum
fake_cmp(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0);
	Datum		b = PG_GETARG_DATUM(1);

	if (fcinfo->flinfo->fn_oid == NUMERICOID)
	{
		text	   *x = (text *) DatumGetPointer(a);
		text	   *y = (text *) DatumGetPointer(b);
		int			lx = VARSIZE(x) - VARHDRSZ;
		int			ly = VARSIZE(y) - VARHDRSZ;
		int			c = memcmp(VARDATA(x), VARDATA(y), Min(lx, ly));

		PG_RETURN_INT32(c != 0 ? c : (lx > ly) - (lx < ly));
	}
	PG_RETURN_INT32((DatumGetInt32(a) > DatumGetInt32(b)) - (DatumGetInt32(a) < DatumGetInt32(b)));
}

TypeCacheEntry *
lookup_type_cache(Oid type_id, int flags)
{
	static TypeCacheEntry entries[lengthof(known_types)];
	int			i = known_type(type_id);
	TypeCacheEntry *e = &entries[i];

	e->type_id = type_id;
	e->cmp_proc = known_types[i].ordered ? 1 : InvalidOid;
	e->cmp_proc_finfo.fn_addr = fake_cmp;
	e->cmp_proc_finfo.fn_oid = type_id;
	e->cmp_proc_finfo.fn_nargs = 2;
	e->cmp_proc_finfo.fn_strict = true;
	return e;
}

Datum
FunctionCall2Coll(FmgrInfo *flinfo, Oid collation, Datum arg1, Datum arg2)
{
	LOCAL_FCINFO(fcinfo, 2);

	InitFunctionCallInfoData(*fcinfo, flinfo, 2, collation, NULL, NULL);
	fcinfo->args[0].value = arg1;
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = arg2;
	fcinfo->args[1].isnull = false;
	return flinfo->fn_addr(fcinfo);
}

void
getTypeInputInfo(Oid type, Oid *typInput, Oid *typIOParam)
{
	*typInput = type;
	*typIOParam = type;
}

void
getTypeOutputInfo(Oid type, Oid *typOutput, bool *typIsVarlena)
{
	*typOutput = type;
	*typIsVarlena = known_types[known_type(type)].typlen == -1;
}

static void
bad_value(const char *str)
{
	snprintf(fuzz_last_error, sizeof(fuzz_last_error), "invalid input syntax: \"%s\"", str);
	cur_elevel = ERROR;
	errfinish(NULL, 0, NULL);
}

/* date: a day number; grade: one of A-E; numeric: digits, kept as text */
Datum
OidInputFunctionCall(Oid functionId, char *str, Oid typioparam, int32 typmod)
{
	char	   *end;
	long		v;

	switch (functionId)
	{
		case DATEOID:
			errno = 0;
			v = strtol(str, &end, 10);
			if (end == str || *end != '\0' || errno != 0 || v < -100000 || v > 100000)
				bad_value(str);
			return Int32GetDatum((int32) v);
		case GRADE_OID:
			if (strlen(str) != 1 || str[0] < 'A' || str[0] > 'E')
				bad_value(str);
			return ObjectIdGetDatum(100 + str[0] - 'A');
		case NUMERICOID:
			if (*str == '\0' || strspn(str, "0123456789.-") != strlen(str))
				bad_value(str);
			return PointerGetDatum(cstring_to_text(str));
	}
	bad_value(str);
	return (Datum) 0;
}

char *
OidOutputFunctionCall(Oid functionId, Datum val)
{
	switch (functionId)
	{
		case DATEOID:
			return psprintf("%d", DatumGetInt32(val));
		case GRADE_OID:
			return psprintf("%c", (char) ('A' + DatumGetObjectId(val) - 100));
		case NUMERICOID:
			return text_to_cstring((text *) DatumGetPointer(val));
	}
	return pstrdup("?");
}

int
varstr_cmp(const char *arg1, int len1, const char *arg2, int len2, Oid collid)
{
	int			c = memcmp(arg1, arg2, Min(len1, len2));

	return c != 0 ? c : (len1 > len2) - (len1 < len2);
}

Datum
datumCopy(Datum value, bool typByVal, int typLen)
{
	Size		len;
	char	   *copy;

	if (typByVal)
		return value;
	len = typLen > 0 ? typLen : typLen == -1 ? VARSIZE_ANY(DatumGetPointer(value))
		: strlen(DatumGetCString(value)) + 1;
	copy = palloc(len);
	memcpy(copy, DatumGetPointer(value), len);
	return PointerGetDatum(copy);
}

/* ---- lib/rbtree.c: an unbalanced search tree with the same interface ---- */

struct RBTree
{
	Size		node_size;
	rbt_comparator comparator;
	rbt_allocfunc allocfunc;
	void	   *arg;
	RBTNode    *root;
};

RBTree *
rbt_create(Size node_size, rbt_comparator comparator, rbt_combiner combiner,
		   rbt_allocfunc allocfunc, rbt_freefunc freefunc, void *arg)
{
	RBTree	   *t = palloc0(sizeof(RBTree));

	t->node_size = node_size;
	t->comparator = comparator;
	t->allocfunc = allocfunc;
	t->arg = arg;
	return t;
}

RBTNode *
rbt_find(RBTree *rbt, const RBTNode *data)
{
	RBTNode    *n = rbt->root;

	while (n != NULL)
	{
		int			c = rbt->comparator(data, n, rbt->arg);

		if (c == 0)
			return n;
		n = c < 0 ? n->left : n->right;
	}
	return NULL;
}

RBTNode *
rbt_insert(RBTree *rbt, const RBTNode *data, bool *isNew)
{
	RBTNode   **link = &rbt->root;
	RBTNode    *parent = NULL;
	RBTNode    *n;

	while (*link != NULL)
	{
		int			c = rbt->comparator(data, *link, rbt->arg);

		if (c == 0)
		{
			*isNew = false;
			return *link;
		}
		parent = *link;
		link = c < 0 ? &(*link)->left : &(*link)->right;
	}
	n = rbt->allocfunc(rbt->arg);
	memcpy(n, data, rbt->node_size);
	n->left = n->right = NULL;
	n->parent = parent;
	*link = n;
	*isNew = true;
	return n;
}

/* ---- float8in ---- */

double
float8in_internal_opt_error(char *num, char **endptr_p, const char *type_name,
							const char *orig_string, bool *have_error)
{
	const char *p = num;
	char	   *end;
	double		v;

	while (isspace((unsigned char) *p))
		p++;
	if (*p == '\0')
		goto bad;
	errno = 0;
	v = strtod(p, &end);
	if (end == p || (errno == ERANGE && v != 0 && !isinf(v)))
	{
		if (pg_strncasecmp(p, "NaN", 3) == 0)
			v = NAN, end = (char *) p + 3;
		else if (pg_strncasecmp(p, "Infinity", 8) == 0)
			v = INFINITY, end = (char *) p + 8;
		else if (pg_strncasecmp(p, "+Infinity", 9) == 0)
			v = INFINITY, end = (char *) p + 9;
		else if (pg_strncasecmp(p, "-Infinity", 9) == 0)
			v = -INFINITY, end = (char *) p + 9;
		else
			goto bad;
	}
	while (isspace((unsigned char) *end))
		end++;
	if (endptr_p)
		*endptr_p = end;
	else if (*end != '\0')
		goto bad;
	return v;

bad:
	if (have_error)
	{
		*have_error = true;
		return 0;
	}
	snprintf(fuzz_last_error, sizeof(fuzz_last_error),
			 "invalid input syntax for type %s: \"%s\"", type_name, orig_string);
	cur_elevel = ERROR;
	errfinish(NULL, 0, NULL);
	return 0;
}

/* ---- libpq/pqformat.c ---- */

char *
pq_getmsgtext(StringInfo msg, int rawbytes, int *nbytes)
{
	char	   *str;

	if (rawbytes < 0 || rawbytes > (msg->len - msg->cursor))
	{
		snprintf(fuzz_last_error, sizeof(fuzz_last_error), "insufficient data left in message");
		cur_elevel = ERROR;
		errfinish(NULL, 0, NULL);
	}
	/* the server's encoding conversion rejects a zero byte */
	if (memchr(msg->data + msg->cursor, '\0', rawbytes) != NULL)
	{
		snprintf(fuzz_last_error, sizeof(fuzz_last_error), "invalid byte sequence: 0x00");
		cur_elevel = ERROR;
		errfinish(NULL, 0, NULL);
	}
	str = pnstrdup(msg->data + msg->cursor, rawbytes);
	msg->cursor += rawbytes;
	*nbytes = rawbytes;
	return str;
}

void
pq_begintypsend(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoSpaces(buf, VARHDRSZ);
}

bytea *
pq_endtypsend(StringInfo buf)
{
	bytea	   *result = (bytea *) buf->data;

	SET_VARSIZE(result, buf->len);
	return result;
}

void
pq_sendtext(StringInfo buf, const char *str, int slen)
{
	appendBinaryStringInfo(buf, str, slen);
}
