/*-------------------------------------------------------------------------
 *
 * moments.h
 *	  Means, variances and correlations derived from exact sums.
 *
 * src/moments.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_MOMENTS_H
#define PKPC_MOMENTS_H

#include "state.h"

/* One variable of a group: NaN where undefined (variance for n < 2). */
typedef struct PkpcMoments
{
	int64		n;
	double		mean;
	double		var;			/* sample variance, n - 1 denominator */
} PkpcMoments;

/* A paired group: x, y, d = x - y and the correlation of x and y. */
typedef struct PkpcPairedMoments
{
	PkpcMoments x;
	PkpcMoments y;
	PkpcMoments d;
	double		r;				/* Pearson's r; NaN if x or y is constant */
} PkpcPairedMoments;

extern void pkpc_moments(const PkpcGroup *g, PkpcMoments *m, const char *fname);
extern void pkpc_moments_split(const PkpcGroup *g, double *center,
							   double *offset, double *ss, const char *fname);
extern double pkpc_mean_difference(const PkpcGroup *a, const PkpcGroup *b);
extern void pkpc_paired_moments(const PkpcGroup *g, PkpcPairedMoments *m,
								const char *fname);

#endif							/* PKPC_MOMENTS_H */
