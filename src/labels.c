/*-------------------------------------------------------------------------
 *
 * labels.c
 *	  Group labels of the two-sample and k-sample tests, and sets of them.
 *
 * Group 1 of a two-sample test is the lower label in the label type's sort
 * order.  Citus can distribute an aggregate only if neither its arguments
 * nor its transition function are polymorphic, so each label type that
 * registries use (text, boolean, smallint, integer, bigint) has its own C
 * entry point, which tells us its PkpcLabelArg and reads the label without
 * any catalog lookup.  Other types come through the polymorphic fallback
 * (anyelement): a domain is read as its base type (so a domain over integer
 * is an integer label), any other type with a default btree operator class
 * is kept as a copy of its value (PKPC_LABEL_OTHER) and compared with that
 * btree class's comparison function, exactly as ORDER BY compares it.
 *
 * Security: labels are never turned back into values through a type's
 * input function during aggregation.  An input function may run code the
 * calling role did not choose (a domain's CHECK constraint calls whatever
 * function its owner wrote), so comparing labels that way would let the
 * owner of a label type run code as whoever runs the aggregate, a
 * superuser included.  Input functions run only where the user asks for
 * them, when a state's text form is read, and only for built-in types and
 * enums (pkpc_label_type_portable), whose input functions are the
 * server's own.
 *
 * src/labels.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/tupmacs.h"
#include "access/transam.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"
#include "utils/varlena.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "labels.h"

/* ---- types ---- */

/*
 * The label type of a type OID (a base type, not a domain): the concrete
 * kinds for the types that have them, else OTHER if the type has a default
 * btree ordering.
 */
void
pkpc_label_type_from_oid(Oid typid, PkpcLabelType *type)
{
	memset(type, 0, sizeof(*type));
	type->typid = typid;
	switch (typid)
	{
		case INT2OID:
		case INT4OID:
		case INT8OID:
			type->kind = PKPC_LABEL_INT;
			return;
		case BOOLOID:
			type->kind = PKPC_LABEL_BOOL;
			return;
		case TEXTOID:
		case VARCHAROID:
			type->kind = PKPC_LABEL_TEXT;
			return;
	}
	if (!OidIsValid(lookup_type_cache(typid, TYPECACHE_CMP_PROC)->cmp_proc))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("could not identify an ordering for group labels of type %s",
						format_type_be(typid)),
				 errhint("Group labels need a type with a default btree operator class; cast the label to text.")));
	type->kind = PKPC_LABEL_OTHER;
	get_typlenbyval(typid, &type->typlen, &type->typbyval);
	type->collatable = type_is_collatable(typid);
}

/* The type of each concrete entry point's label (PkpcLabelArg order). */
#define PKPC_OID_OF(sql, c, pair, arg, oid, ...) [arg] = oid,
static const Oid concrete_oid[] = {PKPC_LABEL_TYPES(PKPC_OID_OF, _)};

/* The label type of argument argno of a labelled transition function. */
void
pkpc_label_arg_type(FunctionCallInfo fcinfo, int argno, PkpcLabelArg arg,
					PkpcLabelType *type)
{
	Oid			typid;

	if (arg != PKPC_ARG_ANY)
	{
		pkpc_label_type_from_oid(concrete_oid[arg], type);
		return;
	}
	typid = get_fn_expr_argtype(fcinfo->flinfo, argno);
	if (!OidIsValid(typid))
		ereport(ERROR,
				(errcode(ERRCODE_INDETERMINATE_DATATYPE),
				 errmsg("could not determine the data type of the group label")));
	pkpc_label_type_from_oid(getBaseType(typid), type);
}

/*
 * Read a non-NULL label argument.  The result may point into the argument:
 * callers copy what they keep.
 */
PkpcLabel
pkpc_label_read(FunctionCallInfo fcinfo, int argno, PkpcLabelArg arg,
				const PkpcLabelType *type)
{
	PkpcLabel	lab = {0, NULL, 0, (Datum) 0};
	Oid			typid = type->typid;

	/* a concrete entry point reads its own type; the fallback the actual one */
	if (arg != PKPC_ARG_ANY)
		typid = concrete_oid[arg];
	switch (type->kind)
	{
		case PKPC_LABEL_TEXT:
			{
				text	   *t = PG_GETARG_TEXT_PP(argno);

				lab.str = VARDATA_ANY(t);
				lab.len = VARSIZE_ANY_EXHDR(t);
				break;
			}
		case PKPC_LABEL_BOOL:
			lab.ival = PG_GETARG_BOOL(argno) ? 1 : 0;
			break;
		case PKPC_LABEL_INT:
			lab.ival = typid == INT2OID ? PG_GETARG_INT16(argno) :
				typid == INT4OID ? PG_GETARG_INT32(argno) : PG_GETARG_INT64(argno);
			break;
		case PKPC_LABEL_OTHER:
			lab.datum = PG_GETARG_DATUM(argno);
			if (type->typlen == -1)
				lab.datum = PointerGetDatum(PG_DETOAST_DATUM(lab.datum));
			break;
		case PKPC_LABEL_NONE:
			break;
	}
	return lab;
}

/* ---- values ---- */

static bool
label_equal(const PkpcLabelType *type, Oid collation, const PkpcLabel *a,
			const PkpcLabel *b)
{
	switch (type->kind)
	{
		case PKPC_LABEL_INT:
		case PKPC_LABEL_BOOL:
			return a->ival == b->ival;
		case PKPC_LABEL_TEXT:
			return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
		case PKPC_LABEL_OTHER:
			return pkpc_label_compare(type, collation, a, b) == 0;
		case PKPC_LABEL_NONE:
			break;
	}
	return true;
}

/* Order of two labels in their type's sort order (text: by collation). */
int
pkpc_label_compare(const PkpcLabelType *type, Oid collation,
				   const PkpcLabel *a, const PkpcLabel *b)
{
	switch (type->kind)
	{
		case PKPC_LABEL_INT:
		case PKPC_LABEL_BOOL:
			return (a->ival > b->ival) - (a->ival < b->ival);
		case PKPC_LABEL_TEXT:
			if (!OidIsValid(collation))
				collation = DEFAULT_COLLATION_OID;
			return varstr_cmp(a->str, a->len, b->str, b->len, collation);
		case PKPC_LABEL_OTHER:
			{
				TypeCacheEntry *tce = lookup_type_cache(type->typid,
														TYPECACHE_CMP_PROC_FINFO);

				if (!OidIsValid(tce->cmp_proc))	/* checked when the type was set */
					elog(ERROR, "no comparison function for type %u", type->typid);
				if (!OidIsValid(collation) && type->collatable)
					collation = DEFAULT_COLLATION_OID;
				return DatumGetInt32(FunctionCall2Coll(&tce->cmp_proc_finfo,
													   collation, a->datum, b->datum));
			}
		case PKPC_LABEL_NONE:
			break;
	}
	return 0;
}

/* The label as the text shown in results (group1, group2). */
char *
pkpc_label_cstring(const PkpcLabelType *type, const PkpcLabel *a)
{
	switch (type->kind)
	{
		case PKPC_LABEL_INT:
			return psprintf(INT64_FORMAT, a->ival);
		case PKPC_LABEL_BOOL:
			return pstrdup(a->ival ? "true" : "false");
		case PKPC_LABEL_TEXT:
			return pnstrdup(a->str, a->len);
		case PKPC_LABEL_OTHER:
			{
				Oid			outfn;
				bool		isvarlena;

				getTypeOutputInfo(type->typid, &outfn, &isvarlena);
				return OidOutputFunctionCall(outfn, a->datum);
			}
		case PKPC_LABEL_NONE:
			break;
	}
	return pstrdup("");
}

static const char *const kind_names[] = {"none", "integer", "boolean", "text", "other"};

const char *
pkpc_label_kind_name(PkpcLabelKind kind)
{
	return kind_names[kind];
}

/* Inverse of pkpc_label_kind_name; -1 if the name is unknown. */
PkpcLabelKind
pkpc_label_kind_from_name(const char *name, int len)
{
	size_t		i;

	for (i = 0; i < lengthof(kind_names); i++)
		if (strlen(kind_names[i]) == (size_t) len && strncmp(name, kind_names[i], len) == 0)
			return (PkpcLabelKind) i;
	return (PkpcLabelKind) -1;
}

/*
 * May labels of this type be read back from a state's text or binary form?
 * Only if reading them runs the server's own code: built-in base, range
 * and multirange types, and enums (see the file header).
 */
bool
pkpc_label_type_portable(const PkpcLabelType *type)
{
	char		typtype;

	if (type->kind != PKPC_LABEL_OTHER)
		return true;
	typtype = get_typtype(type->typid);
	if (typtype == TYPTYPE_ENUM)
		return true;
	return type->typid < FirstNormalObjectId &&
		(typtype == TYPTYPE_BASE || typtype == TYPTYPE_RANGE ||
		 typtype == TYPTYPE_MULTIRANGE);
}

/* An OTHER label from its text form (portable types only, checked by caller). */
PkpcLabel
pkpc_label_from_cstring(const PkpcLabelType *type, const char *s)
{
	PkpcLabel	lab = {0, NULL, 0, (Datum) 0};
	Oid			infn;
	Oid			ioparam;

	Assert(type->kind == PKPC_LABEL_OTHER && pkpc_label_type_portable(type));
	getTypeInputInfo(type->typid, &infn, &ioparam);
	lab.datum = OidInputFunctionCall(infn, unconstify(char *, s), ioparam, -1);
	if (type->typlen == -1)
		lab.datum = PointerGetDatum(PG_DETOAST_DATUM(lab.datum));
	return lab;
}

/*
 * The in-memory image of an OTHER label, for the flat form that carries a
 * state between the processes of one server (parallel query): any type, no
 * input function.
 */
Size
pkpc_label_image_size(const PkpcLabelType *type, const PkpcLabel *a)
{
	if (type->typbyval || type->typlen > 0)
		return type->typlen;
	if (type->typlen == -1)
		return VARSIZE(DatumGetPointer(a->datum));
	return strlen(DatumGetCString(a->datum)) + 1;
}

/* Write the image (pkpc_label_image_size bytes) at dst. */
void
pkpc_label_write_image(const PkpcLabelType *type, const PkpcLabel *a, char *dst)
{
	if (type->typbyval)
	{
		union
		{
			Datum		d;
			char		c[sizeof(Datum)];
		}			u;

		store_att_byval(u.c, a->datum, type->typlen);
		memcpy(dst, u.c, type->typlen);
	}
	else
		memcpy(dst, DatumGetPointer(a->datum), pkpc_label_image_size(type, a));
}

/*
 * A label from its image of len bytes at p (possibly unaligned): false if
 * the length does not fit the type.  A by-reference value is copied into
 * the current memory context.
 */
bool
pkpc_label_from_image(const PkpcLabelType *type, const char *p, Size len,
					  PkpcLabel *out)
{
	memset(out, 0, sizeof(*out));
	if (type->typbyval)
	{
		union
		{
			Datum		d;
			char		c[sizeof(Datum)];
		}			u;

		if (len != (Size) type->typlen)
			return false;
		u.d = 0;
		memcpy(u.c, p, len);
		out->datum = fetch_att(u.c, true, type->typlen);
		return true;
	}
	if (type->typlen > 0)
	{
		if (len != (Size) type->typlen)
			return false;
	}
	else if (type->typlen == -1)
	{
		uint32		hdr;

		if (len < VARHDRSZ)
			return false;
		memcpy(&hdr, p, sizeof(hdr));
		if (!VARATT_IS_4B_U((char *) &hdr) || VARSIZE((char *) &hdr) != len)
			return false;
	}
	else if (len == 0 || p[len - 1] != '\0' || strlen(p) != len - 1)
		return false;
	out->datum = PointerGetDatum(palloc(len));
	memcpy(DatumGetPointer(out->datum), p, len);
	return true;
}

/* ---- sets ---- */

typedef struct LabelNode
{
	RBTNode		rbt;
	int32		idx;			/* label index, -1 for the probe */
} LabelNode;

static int
node_cmp(const RBTNode *a, const RBTNode *b, void *arg)
{
	PkpcLabelSet *ls = (PkpcLabelSet *) arg;
	int32		ia = ((const LabelNode *) a)->idx;
	int32		ib = ((const LabelNode *) b)->idx;

	return pkpc_label_compare(&ls->type, ls->collation,
							  ia < 0 ? ls->probe : &ls->labels[ia],
							  ib < 0 ? ls->probe : &ls->labels[ib]);
}

static RBTNode *
node_alloc(void *arg)
{
	return MemoryContextAlloc(((PkpcLabelSet *) arg)->cxt, sizeof(LabelNode));
}

static uint32
label_hash(const PkpcLabelType *type, const PkpcLabel *lab)
{
	if (type->kind == PKPC_LABEL_TEXT)
		return hash_bytes((const unsigned char *) lab->str, lab->len);
	return hash_bytes_uint32((uint32) lab->ival) ^
		murmurhash32((uint32) ((uint64) lab->ival >> 32));
}

void
pkpc_labelset_init(PkpcLabelSet *ls, MemoryContext cxt)
{
	memset(ls, 0, sizeof(*ls));
	ls->cxt = cxt;
}

static bool
same_type(const PkpcLabelType *a, const PkpcLabelType *b)
{
	return a->kind == b->kind && (a->kind != PKPC_LABEL_OTHER || a->typid == b->typid);
}

static char *
type_name(const PkpcLabelType *type)
{
	if (type->kind == PKPC_LABEL_OTHER)
		return format_type_be(type->typid);
	return pstrdup(pkpc_label_kind_name(type->kind));
}

/*
 * Fix the type of a set's labels from its first label (or another set's),
 * or check that it is the same.
 */
void
pkpc_labelset_set_type(PkpcLabelSet *ls, const PkpcLabelType *type,
					   const char *fname, const char *what)
{
	if (type->kind == PKPC_LABEL_NONE)
		return;
	if (ls->type.kind == PKPC_LABEL_NONE)
	{
		ls->type = *type;
		return;
	}
	if (!same_type(&ls->type, type))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine %s states whose %s labels have different types",
						fname, what),
				 errdetail("One state has %s labels, the other %s labels.",
						   type_name(&ls->type), type_name(type))));
}

/* (Re)build the index of a set with more than PKPC_LINEAR_MAX labels. */
static void
labelset_reindex(PkpcLabelSet *ls)
{
	int32		i;

	if (ls->type.kind == PKPC_LABEL_OTHER)
	{
		MemoryContext old = MemoryContextSwitchTo(ls->cxt);

		ls->tree = rbt_create(sizeof(LabelNode), node_cmp, NULL, node_alloc, NULL, ls);
		MemoryContextSwitchTo(old);
		for (i = 0; i < ls->n; i++)
		{
			LabelNode	node;
			bool		isnew;

			node.idx = i;
			rbt_insert(ls->tree, &node.rbt, &isnew);
			if ((i & 255) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		return;
	}
	if (ls->slots != NULL)
		pfree(ls->slots);
	ls->nslots = 64;
	while (ls->nslots <= 2 * ls->max)
		ls->nslots *= 2;
	ls->slots = MemoryContextAllocHuge(ls->cxt, sizeof(int32) * ls->nslots);
	memset(ls->slots, -1, sizeof(int32) * ls->nslots);
	for (i = 0; i < ls->n; i++)
	{
		uint32		s = label_hash(&ls->type, &ls->labels[i]) & (ls->nslots - 1);

		while (ls->slots[s] >= 0)
			s = (s + 1) & (ls->nslots - 1);
		ls->slots[s] = i;
	}
}

/* The index of a label in the set, or -1. */
int32
pkpc_labelset_find(PkpcLabelSet *ls, const PkpcLabel *lab)
{
	int32		i;

	if (ls->n <= PKPC_LINEAR_MAX)
	{
		for (i = 0; i < ls->n; i++)
			if (label_equal(&ls->type, ls->collation, &ls->labels[i], lab))
				return i;
		return -1;
	}
	if (ls->type.kind == PKPC_LABEL_OTHER)
	{
		LabelNode	probe;
		LabelNode  *found;

		probe.idx = -1;
		ls->probe = lab;
		found = (LabelNode *) rbt_find(ls->tree, &probe.rbt);
		return found ? found->idx : -1;
	}
	for (i = label_hash(&ls->type, lab) & (ls->nslots - 1); ls->slots[i] >= 0;
		 i = (i + 1) & (ls->nslots - 1))
		if (label_equal(&ls->type, ls->collation, &ls->labels[ls->slots[i]], lab))
			return ls->slots[i];
	return -1;
}

/* A copy of a label in the set's memory. */
static PkpcLabel
copy_label(const PkpcLabelSet *ls, const PkpcLabel *lab)
{
	PkpcLabel	copy = *lab;

	if (ls->type.kind == PKPC_LABEL_TEXT)
	{
		char	   *s = MemoryContextAlloc(ls->cxt, lab->len + 1);

		memcpy(s, lab->str, lab->len);
		s[lab->len] = '\0';
		copy.str = s;
	}
	else if (ls->type.kind == PKPC_LABEL_OTHER && !ls->type.typbyval)
	{
		MemoryContext old = MemoryContextSwitchTo(ls->cxt);

		copy.datum = datumCopy(lab->datum, false, ls->type.typlen);
		MemoryContextSwitchTo(old);
	}
	return copy;
}

/* Add a label that is not in the set yet (a copy); its index. */
int32
pkpc_labelset_add(PkpcLabelSet *ls, const PkpcLabel *lab)
{
	int32		i = ls->n;

	if (ls->n == ls->max)
	{
		int32		newmax = Max(2, ls->max * 2);

		if (ls->max >= PG_INT32_MAX / 4)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many distinct labels")));
		if (ls->labels == NULL)
			ls->labels = MemoryContextAlloc(ls->cxt, sizeof(PkpcLabel) * newmax);
		else
			ls->labels = repalloc_huge(ls->labels, sizeof(PkpcLabel) * newmax);
		ls->max = newmax;
		if (ls->slots != NULL)
			labelset_reindex(ls);	/* more slots for the larger set */
	}
	ls->labels[i] = copy_label(ls, lab);
	ls->n++;
	if (ls->n == PKPC_LINEAR_MAX + 1)
		labelset_reindex(ls);
	else if (ls->n > PKPC_LINEAR_MAX + 1)
	{
		if (ls->type.kind == PKPC_LABEL_OTHER)
		{
			LabelNode	node;
			bool		isnew;

			node.idx = i;
			rbt_insert(ls->tree, &node.rbt, &isnew);
		}
		else
		{
			uint32		s = label_hash(&ls->type, lab) & (ls->nslots - 1);

			while (ls->slots[s] >= 0)
				s = (s + 1) & (ls->nslots - 1);
			ls->slots[s] = i;
		}
	}
	return i;
}

/* dst = a deep copy of src in cxt */
void
pkpc_labelset_copy(PkpcLabelSet *dst, const PkpcLabelSet *src, MemoryContext cxt)
{
	int32		i;

	pkpc_labelset_init(dst, cxt);
	dst->type = src->type;
	dst->collation = src->collation;
	for (i = 0; i < src->n; i++)
		pkpc_labelset_add(dst, &src->labels[i]);
}

typedef struct SortArg
{
	PkpcLabelSet *ls;
	Oid			collation;
} SortArg;

static int
perm_cmp(const void *a, const void *b, void *arg)
{
	SortArg    *sa = (SortArg *) arg;
	const PkpcLabel *la = &sa->ls->labels[*(const int32 *) a];
	const PkpcLabel *lb = &sa->ls->labels[*(const int32 *) b];

	CHECK_FOR_INTERRUPTS();
	return pkpc_label_compare(&sa->ls->type, sa->collation, la, lb);
}

/*
 * perm[i] = the index of the i-th label in sort order (O(n log n)
 * comparisons, cancellable).
 */
void
pkpc_labelset_sort(PkpcLabelSet *ls, Oid collation, int32 *perm)
{
	SortArg		sa = {ls, collation};
	int32		i;

	for (i = 0; i < ls->n; i++)
		perm[i] = i;
	qsort_arg(perm, ls->n, sizeof(int32), perm_cmp, &sa);
}

/* Reorder the labels: the new i-th label is the old perm[i]-th. */
void
pkpc_labelset_permute(PkpcLabelSet *ls, const int32 *perm)
{
	PkpcLabel  *old = ls->labels;
	int32		i;

	ls->labels = MemoryContextAllocHuge(ls->cxt, sizeof(PkpcLabel) * Max(ls->max, 1));
	for (i = 0; i < ls->n; i++)
		ls->labels[i] = old[perm[i]];
	if (old != NULL)
		pfree(old);
	if (ls->n > PKPC_LINEAR_MAX)
		labelset_reindex(ls);
}
