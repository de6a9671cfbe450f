/*-------------------------------------------------------------------------
 *
 * labels.c
 *	  Group labels of the two-sample and k-sample tests.
 *
 * API.md's rule: group 1 is the lower label in the label type's sort order.
 * Citus can distribute an aggregate only if neither its arguments nor its
 * transition function are polymorphic (DESIGN.md, decision 1), so each
 * label type that registries use (text, boolean, smallint, integer, bigint)
 * has its own C entry point that tells us its PkpcLabelArg; those read the
 * label without any catalog lookup.  Other sortable types (enums, dates)
 * come through the polymorphic fallback: the label is kept in its text
 * form, and ordered by converting it back with the type's input function
 * and comparing with the type's default btree comparator.
 *
 * src/labels.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_collation.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"
#include "utils/varlena.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "labels.h"

/* Per-call-site cache for the polymorphic fallback (in fn_extra). */
typedef struct OtherLabelCache
{
	Oid			typid;
	FmgrInfo	outfunc;
} OtherLabelCache;

static OtherLabelCache *
other_label_cache(FunctionCallInfo fcinfo, int argno)
{
	OtherLabelCache *cache = (OtherLabelCache *) fcinfo->flinfo->fn_extra;
	Oid			typid = get_fn_expr_argtype(fcinfo->flinfo, argno);

	if (!OidIsValid(typid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("could not determine the data type of the group label")));
	if (cache == NULL || cache->typid != typid)
	{
		TypeCacheEntry *tce = lookup_type_cache(typid, TYPECACHE_CMP_PROC);
		Oid			outfn;
		bool		isvarlena;

		if (!OidIsValid(tce->cmp_proc))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_FUNCTION),
					 errmsg("could not identify an ordering for group labels of type %s",
							format_type_be(typid)),
					 errhint("Group labels need a type with a default btree operator class.")));
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(OtherLabelCache));
		cache->typid = typid;
		getTypeOutputInfo(typid, &outfn, &isvarlena);
		fmgr_info_cxt(outfn, &cache->outfunc, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* The label kind of an argument; *typid is set for the fallback kind. */
PkpcLabelKind
pkpc_label_kind(FunctionCallInfo fcinfo, int argno, PkpcLabelArg arg, Oid *typid)
{
	*typid = InvalidOid;
	switch (arg)
	{
		case PKPC_ARG_TEXT:
			return PKPC_LABEL_TEXT;
		case PKPC_ARG_BOOL:
			return PKPC_LABEL_BOOL;
		case PKPC_ARG_INT2:
		case PKPC_ARG_INT4:
		case PKPC_ARG_INT8:
			return PKPC_LABEL_INT;
		case PKPC_ARG_ANY:
			*typid = other_label_cache(fcinfo, argno)->typid;
			return PKPC_LABEL_OTHER;
	}
	elog(ERROR, "unrecognized label argument type %d", (int) arg);
	return PKPC_LABEL_NONE;		/* keep compiler quiet */
}

/*
 * Read a non-NULL label argument.  The result may point into the argument
 * or into memory of the current (per-row) context: callers copy what they
 * keep.
 */
PkpcLabel
pkpc_label_read(FunctionCallInfo fcinfo, int argno, PkpcLabelArg arg)
{
	PkpcLabel	lab = {0, NULL, 0};

	switch (arg)
	{
		case PKPC_ARG_TEXT:
			{
				text	   *t = PG_GETARG_TEXT_PP(argno);

				lab.str = VARDATA_ANY(t);
				lab.len = VARSIZE_ANY_EXHDR(t);
				break;
			}
		case PKPC_ARG_BOOL:
			lab.ival = PG_GETARG_BOOL(argno) ? 1 : 0;
			break;
		case PKPC_ARG_INT2:
			lab.ival = PG_GETARG_INT16(argno);
			break;
		case PKPC_ARG_INT4:
			lab.ival = PG_GETARG_INT32(argno);
			break;
		case PKPC_ARG_INT8:
			lab.ival = PG_GETARG_INT64(argno);
			break;
		case PKPC_ARG_ANY:
			{
				OtherLabelCache *cache = other_label_cache(fcinfo, argno);

				lab.str = OutputFunctionCall(&cache->outfunc, PG_GETARG_DATUM(argno));
				lab.len = strlen(lab.str);
				break;
			}
	}
	return lab;
}

bool
pkpc_label_equal(PkpcLabelKind kind, const PkpcLabel *a, const PkpcLabel *b)
{
	if (kind == PKPC_LABEL_INT || kind == PKPC_LABEL_BOOL)
		return a->ival == b->ival;
	return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
}

/* Order of two labels in their type's sort order (text: by collation). */
int
pkpc_label_compare(PkpcLabelKind kind, Oid typid, Oid collation,
				   const PkpcLabel *a, const PkpcLabel *b)
{
	switch (kind)
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
				Oid			infn;
				Oid			ioparam;
				TypeCacheEntry *tce;
				Datum		da;
				Datum		db;

				tce = lookup_type_cache(typid, TYPECACHE_CMP_PROC_FINFO);
				if (!OidIsValid(tce->cmp_proc))
					elog(ERROR, "no comparison function for type %u", typid);
				getTypeInputInfo(typid, &infn, &ioparam);
				da = OidInputFunctionCall(infn, pnstrdup(a->str, a->len), ioparam, -1);
				db = OidInputFunctionCall(infn, pnstrdup(b->str, b->len), ioparam, -1);
				return DatumGetInt32(FunctionCall2Coll(&tce->cmp_proc_finfo,
													   collation, da, db));
			}
		case PKPC_LABEL_NONE:
			break;
	}
	elog(ERROR, "unrecognized label kind %d", (int) kind);
	return 0;					/* keep compiler quiet */
}

/* The label as the text shown in results (group1, group2). */
char *
pkpc_label_cstring(PkpcLabelKind kind, const PkpcLabel *a)
{
	switch (kind)
	{
		case PKPC_LABEL_INT:
			return psprintf(INT64_FORMAT, a->ival);
		case PKPC_LABEL_BOOL:
			return pstrdup(a->ival ? "true" : "false");
		case PKPC_LABEL_TEXT:
		case PKPC_LABEL_OTHER:
			return pnstrdup(a->str, a->len);
		case PKPC_LABEL_NONE:
			break;
	}
	elog(ERROR, "unrecognized label kind %d", (int) kind);
	return NULL;				/* keep compiler quiet */
}

static const char *const kind_names[] = {"none", "integer", "boolean", "text", "other"};

const char *
pkpc_label_kind_name(PkpcLabelKind kind)
{
	return kind_names[kind];
}

/* Inverse of pkpc_label_kind_name; -1 if the name is unknown. */
PkpcLabelKind
pkpc_label_kind_from_name(const char *name)
{
	size_t		i;

	for (i = 0; i < lengthof(kind_names); i++)
		if (strcmp(name, kind_names[i]) == 0)
			return (PkpcLabelKind) i;
	return (PkpcLabelKind) -1;
}
