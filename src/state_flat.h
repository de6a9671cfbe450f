/*-------------------------------------------------------------------------
 *
 * state_flat.h
 *	  The flat (binary, in-tuple) layout of pkpcohort states, shared by
 *	  state.c (flatten, expand) and state_io.c (text input builds it).
 *
 * Layout, all parts 8-byte aligned:
 *	FlatHeader
 *	then per group: FlatGroup, stats[nstats], values[nvalues * width],
 *	counts[nvalues] (map mode only), label bytes padded to MAXALIGN.
 *
 * src/state_flat.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_STATE_FLAT_H
#define PKPC_STATE_FLAT_H

#define PKPC_STATE_MAGIC	0x504B5031	/* "PKP1": flat layout version 1 */

typedef struct FlatHeader
{
	int32		vl_len_;
	int32		magic;
	int32		tag;
	int32		label_kind;
	Oid			label_type;
	int32		ngroups;
	int32		params_set;
	int32		alternative;
	int32		option;
	int32		pad;
	double		conf_level;
	double		param[2];
	int64		n_skipped;
	int64		n_extra;
} FlatHeader;

typedef struct FlatGroup
{
	int64		n;
	int64		nvalues;
	int64		label_ival;
	int32		label_len;
	int32		map_mode;
} FlatGroup;

#endif							/* PKPC_STATE_FLAT_H */
