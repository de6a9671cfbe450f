/*-------------------------------------------------------------------------
 *
 * sort.h
 *	  Sorting the values of a state, once, in the final function.
 *
 * src/sort.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PKPC_SORT_H
#define PKPC_SORT_H

extern void pkpc_sort_doubles(double *v, int64 n);
extern void pkpc_sort_pairs(double *pairs, int64 n);

#endif							/* PKPC_SORT_H */
