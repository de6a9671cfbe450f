/*-------------------------------------------------------------------------
 *
 * labels.h
 *	  Group labels of the two-sample and k-sample tests.
 *
 * src/labels.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_LABELS_H
#define PKPC_LABELS_H

#include "fmgr.h"

/*
 * How the labels of one state are represented.  All labels of a state share
 * one kind; states of int2, int4 and int8 labels can be merged.
 */
typedef enum PkpcLabelKind
{
	PKPC_LABEL_NONE = 0,		/* no label seen yet */
	PKPC_LABEL_INT,				/* smallint, integer, bigint */
	PKPC_LABEL_BOOL,
	PKPC_LABEL_TEXT,			/* text, varchar (collation order) */
	PKPC_LABEL_OTHER			/* any other sortable type, by text form */
} PkpcLabelKind;

/* The SQL type of a label argument, one per concrete C entry point. */
typedef enum PkpcLabelArg
{
	PKPC_ARG_TEXT,
	PKPC_ARG_BOOL,
	PKPC_ARG_INT2,
	PKPC_ARG_INT4,
	PKPC_ARG_INT8,
	PKPC_ARG_ANY				/* polymorphic fallback */
} PkpcLabelArg;

/* One label value.  str is not NUL-terminated and may not be owned. */
typedef struct PkpcLabel
{
	int64		ival;			/* INT and BOOL */
	const char *str;			/* TEXT and OTHER */
	int32		len;
} PkpcLabel;

extern PkpcLabelKind pkpc_label_kind(FunctionCallInfo fcinfo, int argno,
									 PkpcLabelArg arg, Oid *typid);
extern PkpcLabel pkpc_label_read(FunctionCallInfo fcinfo, int argno,
								 PkpcLabelArg arg);
extern bool pkpc_label_equal(PkpcLabelKind kind, const PkpcLabel *a,
							 const PkpcLabel *b);
extern int	pkpc_label_compare(PkpcLabelKind kind, Oid typid, Oid collation,
							   const PkpcLabel *a, const PkpcLabel *b);
extern char *pkpc_label_cstring(PkpcLabelKind kind, const PkpcLabel *a);
extern const char *pkpc_label_kind_name(PkpcLabelKind kind);
extern PkpcLabelKind pkpc_label_kind_from_name(const char *name);

/*
 * The concrete C entry points of a labelled transition function, one per
 * label type (Citus needs non-polymorphic transition functions, see
 * labels.c): PKPC_LABELLED_ENTRIES(foo_trans, impl) defines foo_trans_text,
 * foo_trans_bool, ..., foo_trans_any, each calling impl(fcinfo, arg).
 */
#define PKPC_LABELLED_ENTRY(fn, impl, arg) \
	PG_FUNCTION_INFO_V1(fn); \
	Datum fn(PG_FUNCTION_ARGS) { return impl(fcinfo, arg); }

#define PKPC_LABELLED_ENTRIES(prefix, impl) \
	PKPC_LABELLED_ENTRY(prefix##_text, impl, PKPC_ARG_TEXT) \
	PKPC_LABELLED_ENTRY(prefix##_bool, impl, PKPC_ARG_BOOL) \
	PKPC_LABELLED_ENTRY(prefix##_int2, impl, PKPC_ARG_INT2) \
	PKPC_LABELLED_ENTRY(prefix##_int4, impl, PKPC_ARG_INT4) \
	PKPC_LABELLED_ENTRY(prefix##_int8, impl, PKPC_ARG_INT8) \
	PKPC_LABELLED_ENTRY(prefix##_any, impl, PKPC_ARG_ANY)

#endif							/* PKPC_LABELS_H */
