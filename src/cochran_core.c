/*-------------------------------------------------------------------------
 *
 * cochran_core.c
 *	  Cochran's Q test over a complete n x k design of 0/1 values, without
 *	  PostgreSQL glue (pkpc_core.h).
 *
 * Cochran (1950): with C_j the successes of condition j, R_i those of
 * subject i and N the total,
 *
 *	Q = (k - 1) (k sum_j C_j^2 - N^2) / (k N - sum_i R_i^2)
 *
 * on k - 1 df.  It is evaluated as
 *
 *	Q = (k - 1) sum_j (k C_j - N)^2 / (k sum_i R_i (k - R_i))
 *
 * from exact integer counts, so that it has no cancellation and does not
 * depend on the order of the subjects.  Subjects with all 0 or all 1 add
 * nothing (R_i (k - R_i) = 0); when every subject is such, Q is undefined.
 * (For 0/1 data Q equals Friedman's tie-corrected statistic.)  Work O(n k).
 *
 * src/cochran_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "distributions.h"
#include "repeated_core.h"

void
pkpc_cochran_q(const double *y, int64 n, int k, PkpcCochranResult *res)
{
	int64	   *col = palloc0(sizeof(int64) * Max(1, k));
	int64		total = 0;
	int64		spread = 0;		/* sum R_i (k - R_i) <= n k^2 / 4 */
	double		num = 0.0;
	int64		i;
	int			j;

	res->q = res->p_value = NAN;
	res->df = k - 1;
	res->no_variation = false;
	if (n < 1 || k < 2)
	{
		pfree(col);
		return;
	}
	for (i = 0; i < n; i++)
	{
		const double *row = y + i * k;
		int64		ri = 0;

		for (j = 0; j < k; j++)
			if (row[j] != 0.0)
			{
				col[j]++;
				ri++;
			}
		total += ri;
		spread += ri * (k - ri);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (j = 0; j < k; j++)
	{
		double		e = (double) ((int64) k * col[j] - total);

		num += e * e;
	}
	pfree(col);
	if (spread == 0)
	{
		res->no_variation = true;
		return;
	}
	res->q = (k - 1.0) * num / ((double) k * (double) spread);
	res->p_value = pkpc_chisq_upper(res->q, res->df);
}
