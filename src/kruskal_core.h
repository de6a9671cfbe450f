/*-------------------------------------------------------------------------
 *
 * kruskal_core.h
 *	  The Kruskal-Wallis test over k sorted samples, without PostgreSQL
 *	  glue.
 *
 * src/kruskal_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_KRUSKAL_CORE_H
#define PKPC_KRUSKAL_CORE_H

#include "pkpc_core.h"

/*
 * One sample, sorted ascending: nentries values, each counts[i] times
 * (counts NULL: once each).  n is the number of observations.
 */
typedef struct PkpcSortedSample
{
	const double *values;
	const int64 *counts;
	int64		nentries;
	int64		n;
} PkpcSortedSample;

/* What kruskal_wallis reports; NaN marks an undefined statistic. */
typedef struct PkpcKruskalResult
{
	int64		n;				/* pooled observations */
	double		h;				/* tie-corrected H */
	double		df;
	double		p_value;
	double		epsilon_squared;	/* H / (n - 1) */
	double		tie_sum;		/* sum over tie groups of t^3 - t */
} PkpcKruskalResult;

extern void pkpc_kruskal_rank_sums(const PkpcSortedSample *samples, int k,
								   double *rank_sums, double *tie_sum);
extern void pkpc_kruskal_wallis(const PkpcSortedSample *samples, int k,
								PkpcKruskalResult *res);

#endif							/* PKPC_KRUSKAL_CORE_H */
