/*-------------------------------------------------------------------------
 *
 * mcnemar_core.c
 *	  McNemar's test of paired proportions from its discordant counts,
 *	  without PostgreSQL glue (pkpc_core.h).
 *
 * McNemar (1947).  Of the pairs that changed, b went from true to false
 * and c from false to true; under the null hypothesis b ~ Bin(b + c, 1/2):
 *
 *	chi2 = (b - c)^2 / (b + c)							1 df
 *	chi2_cc = (|b - c| - 1)^2 / (b + c), and 0 for b = c	(Edwards 1948;
 *		R's mcnemar.test, which skips the correction when b = c)
 *	p_exact = min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2)
 *		(R's binom.test(b, b + c): for p = 1/2 its rule "probabilities
 *		<= that of the observed count" is exactly this)
 *
 * The conditional odds ratio of a change is b / c (Breslow & Day 1980,
 * sec. 7.2), and its exact interval follows from the Clopper-Pearson
 * limits (p_L, p_U) for the proportion b / (b + c): (p_L / (1 - p_L),
 * p_U / (1 - p_U)), solved for in the log odds by binomial.c.
 *
 * src/mcnemar_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <math.h>

#include "binomial.h"
#include "distributions.h"
#include "mcnemar_core.h"

void
pkpc_mcnemar(int64 b, int64 c, double conf_level, PkpcMcnemarResult *res)
{
	double		db = (double) b;
	double		dc = (double) c;
	double		n = db + dc;
	double		diff = fabs(db - dc);
	double		alpha = (1.0 - conf_level) / 2.0;

	res->chi2 = res->p_value = res->chi2_cc = res->p_value_cc = NAN;
	res->p_exact = res->odds_ratio = res->or_ci_lower = res->or_ci_upper = NAN;
	if (n == 0.0)
		return;

	res->chi2 = diff * diff / n;
	res->p_value = pkpc_chisq_upper(res->chi2, 1.0);
	res->chi2_cc = (b == c) ? 0.0 : (diff - 1.0) * (diff - 1.0) / n;
	res->p_value_cc = pkpc_chisq_upper(res->chi2_cc, 1.0);
	if (b == c)
		res->p_exact = 1.0;
	else
		res->p_exact = Min(1.0, 2.0 * pkpc_binom_lower(Min(db, dc), n, 0.5, 0.5));

	res->odds_ratio = db / dc;	/* +Infinity for c = 0 */
	res->or_ci_lower = exp(pkpc_binom_logodds_lower(db, n, alpha));
	res->or_ci_upper = exp(pkpc_binom_logodds_upper(db, n, alpha));
}
