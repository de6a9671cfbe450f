/*-------------------------------------------------------------------------
 *
 * labels.h
 *	  Group labels of the two-sample and k-sample tests, and sets of them.
 *
 * src/labels.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_LABELS_H
#define PKPC_LABELS_H

#include "fmgr.h"
#include "lib/rbtree.h"
#include "lib/stringinfo.h"

#include "label_types.h"

/*
 * How the labels of one set are represented.  All labels of a set share one
 * kind; states of smallint, integer and bigint labels can be merged.  The
 * numbers are stored in flat states: append only.
 */
typedef enum PkpcLabelKind
{
	PKPC_LABEL_NONE = 0,		/* no label seen yet (or an unlabelled test) */
	PKPC_LABEL_INT,				/* smallint, integer, bigint */
	PKPC_LABEL_BOOL,
	PKPC_LABEL_TEXT,			/* text, varchar: bytes, ordered by collation */
	PKPC_LABEL_OTHER			/* any other type with a btree ordering */
} PkpcLabelKind;

/* The SQL type of a label argument, one per concrete C entry point. */
#define PKPC_ARG_OF(sql, c, pair, arg, oid, ...) arg,
typedef enum PkpcLabelArg
{
	PKPC_LABEL_TYPES(PKPC_ARG_OF, _)
	PKPC_ARG_ANY				/* polymorphic fallback */
} PkpcLabelArg;

/* The type of the labels of one set. */
typedef struct PkpcLabelType
{
	PkpcLabelKind kind;
	Oid			typid;			/* the argument's (base) type; OTHER: the type */
	int16		typlen;			/* OTHER only */
	bool		typbyval;		/* OTHER only */
	bool		collatable;		/* OTHER only */
} PkpcLabelType;

/* One label value.  str and datum may not be owned. */
typedef struct PkpcLabel
{
	int64		ival;			/* INT and BOOL */
	const char *str;			/* TEXT: bytes, not NUL-terminated */
	int32		len;			/* TEXT: number of bytes */
	Datum		datum;			/* OTHER: the value, detoasted */
} PkpcLabel;

/*
 * A set of distinct labels in the order they were added, with an index:
 * a hash table for INT, BOOL and TEXT, a red-black tree ordered by the
 * type's btree comparison for OTHER (values equal for the type's ordering,
 * such as 1.0 and 1.00, are one label, as GROUP BY makes them).  Small sets
 * are searched linearly.
 */
typedef struct PkpcLabelSet
{
	PkpcLabelType type;
	Oid			collation;		/* of comparisons between OTHER labels */
	MemoryContext cxt;			/* holds labels, index and copies */
	int32		n;
	int32		max;			/* allocated entries of labels */
	PkpcLabel  *labels;
	int32	   *slots;			/* hash index (-1 free), or NULL */
	int32		nslots;			/* power of 2, > 2 * n */
	RBTree	   *tree;			/* OTHER: ordered index, or NULL */
	const PkpcLabel *probe;		/* OTHER: the label being looked up */
} PkpcLabelSet;

/* Sets up to this size are searched linearly, without an index. */
#define PKPC_LINEAR_MAX	8

/* reading arguments */
extern void pkpc_label_arg_type(FunctionCallInfo fcinfo, int argno,
								PkpcLabelArg arg, PkpcLabelType *type);
extern PkpcLabel pkpc_label_read(FunctionCallInfo fcinfo, int argno,
								 PkpcLabelArg arg, const PkpcLabelType *type);

/* values */
extern int	pkpc_label_compare(const PkpcLabelType *type, Oid collation,
							   const PkpcLabel *a, const PkpcLabel *b);
extern char *pkpc_label_cstring(const PkpcLabelType *type, const PkpcLabel *a);
extern const char *pkpc_label_kind_name(PkpcLabelKind kind);
extern PkpcLabelKind pkpc_label_kind_from_name(const char *name, int len);
extern bool pkpc_label_type_portable(const PkpcLabelType *type);
extern void pkpc_label_type_from_oid(Oid typid, PkpcLabelType *type);
extern PkpcLabel pkpc_label_from_cstring(const PkpcLabelType *type, const char *s);
extern Size pkpc_label_image_size(const PkpcLabelType *type, const PkpcLabel *a);
extern void pkpc_label_write_image(const PkpcLabelType *type,
								   const PkpcLabel *a, char *dst);
extern bool pkpc_label_from_image(const PkpcLabelType *type, const char *p,
								  Size len, PkpcLabel *out);

/* sets */
extern void pkpc_labelset_init(PkpcLabelSet *ls, MemoryContext cxt);
extern void pkpc_labelset_set_type(PkpcLabelSet *ls, const PkpcLabelType *type,
								   const char *fname, const char *what);
extern int32 pkpc_labelset_find(PkpcLabelSet *ls, const PkpcLabel *lab);
extern int32 pkpc_labelset_add(PkpcLabelSet *ls, const PkpcLabel *lab);
extern void pkpc_labelset_copy(PkpcLabelSet *dst, const PkpcLabelSet *src,
							   MemoryContext cxt);
extern void pkpc_labelset_sort(PkpcLabelSet *ls, Oid collation, int32 *perm);
extern void pkpc_labelset_permute(PkpcLabelSet *ls, const int32 *perm);

/*
 * The concrete C entry points of a labelled transition function, one per
 * label type of label_types.h: PKPC_LABELLED_ENTRIES(foo_trans, impl)
 * defines foo_trans_text, foo_trans_bool, ..., foo_trans_any, each calling
 * impl(fcinfo, arg).
 */
#define PKPC_LABELLED_ENTRY(fn, impl, arg) \
	PG_FUNCTION_INFO_V1(fn); \
	Datum fn(PG_FUNCTION_ARGS) { return impl(fcinfo, arg); }

#define PKPC_LABELLED_ENTRY_OF(sql, c, pair, arg, oid, prefix, impl) \
	PKPC_LABELLED_ENTRY(prefix##_##c, impl, arg)

#define PKPC_LABELLED_ENTRIES(prefix, impl) \
	PKPC_LABEL_TYPES(PKPC_LABELLED_ENTRY_OF, prefix, impl) \
	PKPC_LABELLED_ENTRY(prefix##_any, impl, PKPC_ARG_ANY)

#endif							/* PKPC_LABELS_H */
