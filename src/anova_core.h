/*-------------------------------------------------------------------------
 *
 * anova_core.h
 *	  One-way analysis of variance (classic and Welch) from group
 *	  summaries, without PostgreSQL glue.
 *
 * src/anova_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_ANOVA_CORE_H
#define PKPC_ANOVA_CORE_H

#include "pkpc_core.h"

/*
 * One group: size, mean = center + offset, sum of squared deviations from
 * its mean.  Giving the mean in two parts (a value near it, such as the
 * group's first value, and the exact-as-possible rest) lets the
 * between-group sums keep their digits when the means agree to many
 * digits (1e9 + noise of size 1).
 */
typedef struct PkpcGroupSummary
{
	double		n;
	double		center;
	double		offset;
	double		ss;
} PkpcGroupSummary;

/* Why a statistic is undefined (NaN in PkpcOnewayResult). */
typedef enum PkpcOnewayStatus
{
	PKPC_ONEWAY_OK = 0,
	PKPC_ONEWAY_TOO_FEW,		/* N - k < 1 (classic), a group n < 2 (Welch) */
	PKPC_ONEWAY_NO_SPREAD		/* no variation within groups (or within one
								 * group, Welch) */
} PkpcOnewayStatus;

typedef struct PkpcOnewayResult
{
	double		n;
	double		df1;
	double		df2;
	double		ss_between;
	double		ss_within;
	double		f;
	double		p_value;
	double		eta_squared;
	double		omega_squared;
	PkpcOnewayStatus classic;
	double		f_welch;
	double		df2_welch;
	double		p_welch;
	PkpcOnewayStatus welch;
} PkpcOnewayResult;

extern void pkpc_oneway(const PkpcGroupSummary *g, int k, PkpcOnewayResult *res);

#endif							/* PKPC_ANOVA_CORE_H */
