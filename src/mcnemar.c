/*-------------------------------------------------------------------------
 *
 * mcnemar.c
 *	  mcnemar: McNemar's test of paired proportions (the aggregate; the
 *	  statistics are computed by mcnemar_core.c).
 *
 * State (state.c, tag PKPC_TAG_MCNEMAR): one unlabelled group whose values
 * are the cells of the 2 x 2 table, 2 * before + after (0 to 3), kept as a
 * value -> count map: four exact int64 counts, whatever the number of rows,
 * merged by adding counts, so the result does not depend on the plan and a
 * state carries no patient row.  The final function rejects a state holding
 * any other value (a forged one).
 *
 * src/mcnemar.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "args.h"
#include "mcnemar_core.h"
#include "result.h"
#include "state.h"

/* Cells of the table: 2 * before + after. */
#define CELL_FT		1.0			/* before false, after true: c */
#define CELL_TF		2.0			/* before true, after false: b */

PG_FUNCTION_INFO_V1(mcnemar_trans);

/* mcnemar_trans(state, before, after [, conf_level]) */
Datum
mcnemar_trans(PG_FUNCTION_ARGS)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_MCNEMAR);
	double		conf = 0.95;
	PkpcGroup  *g;

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("confidence level of mcnemar must not be null")));
		conf = pkpc_check_conf_level("mcnemar", PG_GETARG_FLOAT8(3));
	}
	if (!st->params_set || st->conf_level != conf)
		pkpc_state_set_params(st, PKPC_TWO_SIDED, 0, conf, NULL);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	g = st->labels.n ? &st->groups[0] : pkpc_state_single_group(st);
	pkpc_group_add_value(st, g, 2.0 * PG_GETARG_BOOL(1) + PG_GETARG_BOOL(2));
	return pkpc_state_return(st);
}

/* The discordant counts b and c of a state; a forged state is an error. */
static void
discordant_counts(const PkpcState *st, int64 *b, int64 *c)
{
	const PkpcGroup *g;
	int64		i;

	*b = *c = 0;
	if (st->labels.n == 0)
		return;
	g = &st->groups[0];
	for (i = 0; i < g->nvalues; i++)
	{
		double		v = g->values[i];

		if (v != 0.0 && v != 1.0 && v != 2.0 && v != 3.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid mcnemar state"),
					 errdetail("The value %g is not a cell of the 2 x 2 table (0 to 3).", v)));
		if (v == CELL_TF)
			*b += pkpc_group_count(g, i);
		else if (v == CELL_FT)
			*c += pkpc_group_count(g, i);
	}
}

PG_FUNCTION_INFO_V1(mcnemar_final);

Datum
mcnemar_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcMcnemarResult r;
	int64		b;
	int64		c;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_arg(fcinfo, 0, PKPC_TAG_MCNEMAR);
	discordant_counts(st, &b, &c);
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n", pkpc_state_n(st));
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	pkpc_result_int64(&res, "b", b);
	pkpc_result_int64(&res, "c", c);
	pkpc_mcnemar(b, c, st->conf_level, &r);
	if (b + c == 0)
		pkpc_note(&res.notes, pkpc_state_n(st) == 0 ? "no complete pairs"
				  : "no discordant pairs: the test is undefined");
	else if (b + c < 25)
		pkpc_note(&res.notes, "fewer than 25 discordant pairs: prefer p_exact to the chi-square p-values");
	pkpc_result_float8(&res, "chi2", r.chi2);
	pkpc_result_float8(&res, "p_value", r.p_value);
	pkpc_result_float8(&res, "chi2_cc", r.chi2_cc);
	pkpc_result_float8(&res, "p_value_cc", r.p_value_cc);
	pkpc_result_float8(&res, "p_exact", r.p_exact);
	pkpc_result_float8(&res, "odds_ratio", r.odds_ratio);
	pkpc_result_float8(&res, "or_ci_lower", r.or_ci_lower);
	pkpc_result_float8(&res, "or_ci_upper", r.or_ci_upper);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
