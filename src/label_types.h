/*-------------------------------------------------------------------------
 *
 * label_types.h
 *	  The label types with concrete overloads: the one list that the C entry
 *	  points and the install script both use.
 *
 * Citus distributes only aggregates whose argument types and transition
 * function are not polymorphic, so each label type that registries use
 * gets its own SQL overload and C entry point; any other sortable type
 * goes through the polymorphic fallback (anyelement, C suffix "any").
 *
 * PKPC_LABEL_TYPES(X, ...) calls X(sqltype, suffix, pair_suffix, arg, oid,
 * ...) once per type: the SQL type name, the suffix of single-label entry
 * points (foo_trans_<suffix>), the suffix of the two-label entry points
 * (chi_square_trans_<row>_<col>, named so since 0.1), the PkpcLabelArg and
 * the type's OID.  The Makefile turns the lines below into the install
 * script's `labels` and `pair_labels` lists: keep one X(...) per line.
 *
 * src/label_types.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_LABEL_TYPES_H
#define PKPC_LABEL_TYPES_H

#define PKPC_LABEL_TYPES(X, ...) \
	X(text, text, text, PKPC_ARG_TEXT, TEXTOID, __VA_ARGS__) \
	X(boolean, bool, boolean, PKPC_ARG_BOOL, BOOLOID, __VA_ARGS__) \
	X(smallint, int2, int2, PKPC_ARG_INT2, INT2OID, __VA_ARGS__) \
	X(integer, int4, int4, PKPC_ARG_INT4, INT4OID, __VA_ARGS__) \
	X(bigint, int8, int8, PKPC_ARG_INT8, INT8OID, __VA_ARGS__)

/*
 * PKPC_LABEL_PAIRS(X, ...) calls X(row_suffix, row_arg, col_suffix,
 * col_arg, ...) for each of the (row type, column type) pairs, with the pair
 * suffixes.  A macro cannot expand itself, so the inner loop is deferred
 * past the outer one (PKPC_DEFER) and expanded by one more scan
 * (PKPC_EXPAND).
 */
#define PKPC_EMPTY()
#define PKPC_DEFER(m) m PKPC_EMPTY()
#define PKPC_EXPAND(...) __VA_ARGS__
#define PKPC_LABEL_TYPES_AGAIN() PKPC_LABEL_TYPES
#define PKPC_PAIR_ROW(sql, c, pair, arg, oid, X, ...) \
	PKPC_DEFER(PKPC_LABEL_TYPES_AGAIN)()(PKPC_PAIR_COL, X, pair, arg, __VA_ARGS__)
#define PKPC_PAIR_COL(sql, c, pair, arg, oid, X, rpair, rarg, ...) \
	X(rpair, rarg, pair, arg, __VA_ARGS__)
#define PKPC_LABEL_PAIRS(X, ...) \
	PKPC_EXPAND(PKPC_LABEL_TYPES(PKPC_PAIR_ROW, X, __VA_ARGS__))

#endif							/* PKPC_LABEL_TYPES_H */
