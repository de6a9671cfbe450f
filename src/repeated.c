/*-------------------------------------------------------------------------
 *
 * repeated.c
 *	  friedman_test, rm_anova and cochran_q: the aggregates of the
 *	  repeated-measures tests over long-format input (value, subject,
 *	  condition).  The state is repeated_state.c; the statistics are
 *	  friedman_core.c, rm_anova_core.c and cochran_core.c.
 *
 * Each row gives the value of one subject under one condition (a visits
 * table as it is).  Subjects that lack a condition seen elsewhere are left
 * out and counted (n_incomplete), as R's friedman.test and SPSS's listwise
 * deletion do; a second row for the same subject and condition is an error
 * naming both.  Rows with a NULL value, subject or condition are skipped
 * and counted (n_skipped).  Conditions are ordered by their labels.
 *
 * Subject and condition each take the label types of the two-sample tests
 * (labels.c), independently: one C entry point per (subject type,
 * condition type) pair of text, boolean, smallint, integer and bigint,
 * so that Citus can distribute the call, and one polymorphic fallback for
 * any other sortable types.
 *
 * src/repeated.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "args.h"
#include "repeated_core.h"
#include "repeated_state.h"
#include "result.h"

/* ---- transition functions ---- */

/* <test>_trans(state, value, subject, condition) */
static Datum
rp_trans(FunctionCallInfo fcinfo, PkpcRepeatedTest test, PkpcLabelArg sarg,
		 PkpcLabelArg carg)
{
	RpState    *st = rp_state_for_update(fcinfo, test);
	PkpcLabelType stype;
	PkpcLabelType ctype;
	PkpcLabel	subject;
	PkpcLabel	condition;
	double		value;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		rp_state_skip(st);
		return rp_state_return(st);
	}
	if (test == PKPC_RP_COCHRAN_Q)
		value = PG_GETARG_BOOL(1) ? 1.0 : 0.0;
	else
	{
		value = PG_GETARG_FLOAT8(1);
		pkpc_check_finite(rp_test_name(test), value);
	}
	/* a label of a concrete type through the fallback is read as that type */
	pkpc_label_arg_type(fcinfo, 2, sarg, &stype);
	pkpc_label_arg_type(fcinfo, 3, carg, &ctype);
	rp_state_set_types(st, &stype, &ctype, PG_GET_COLLATION());
	subject = pkpc_label_read(fcinfo, 2, sarg, &stype);
	condition = pkpc_label_read(fcinfo, 3, carg, &ctype);
	rp_state_add(st, &subject, &condition, value);
	return rp_state_return(st);
}

/*
 * One C entry point per (test, subject type, condition type) of the
 * concrete label types (label_types.h), and one for the polymorphic
 * fallback.
 */
#define RP_ENTRY(s, sarg, c, carg, name, test) \
	PG_FUNCTION_INFO_V1(name##_trans_##s##_##c); \
	Datum name##_trans_##s##_##c(PG_FUNCTION_ARGS) \
	{ return rp_trans(fcinfo, test, sarg, carg); }

#define RP_ENTRIES(name, test) \
	PKPC_LABEL_PAIRS(RP_ENTRY, name, test) \
	RP_ENTRY(any, PKPC_ARG_ANY, any, PKPC_ARG_ANY, name, test)

RP_ENTRIES(friedman_test, PKPC_RP_FRIEDMAN)
RP_ENTRIES(rm_anova, PKPC_RP_RM_ANOVA)
RP_ENTRIES(cochran_q, PKPC_RP_COCHRAN_Q)

/* ---- final functions ---- */

/*
 * The fields every repeated-measures result shares, and the notes on the
 * design; false (statistics stay NULL) when there is nothing to test.
 */
static bool
design_fields(PkpcResult *res, const RpState *st, const RpMatrix *m)
{
	pkpc_result_int64(res, "n_subjects", m->n);
	pkpc_result_int64(res, "n_incomplete", m->n_incomplete);
	pkpc_result_int64(res, "k", m->k);
	pkpc_result_int64(res, "n_skipped", st->n_skipped);
	if (st->ncells == 0)
	{
		pkpc_note(&res->notes, "no rows with a value, a subject and a condition");
		return false;
	}
	if (m->n_incomplete > 0)
		pkpc_note(&res->notes, INT64_FORMAT " subject(s) without a value for every condition left out",
				  m->n_incomplete);
	if (m->k < 2)
	{
		pkpc_note(&res->notes, "only one condition present: the test needs at least two");
		return false;
	}
	if (m->n == 0)
	{
		pkpc_note(&res->notes, "no subject has a value for every condition");
		return false;
	}
	return true;
}

PG_FUNCTION_INFO_V1(friedman_test_final);

Datum
friedman_test_final(PG_FUNCTION_ARGS)
{
	RpState    *st;
	RpMatrix	m;
	PkpcResult	res;
	PkpcFriedmanResult r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = rp_state_arg(fcinfo, 0, PKPC_RP_FRIEDMAN);
	rp_state_complete(st, PG_GET_COLLATION(), false, &m);
	pkpc_result_init(&res, fcinfo);
	if (design_fields(&res, st, &m))
	{
		pkpc_friedman(m.y, m.n, m.k, &r);
		pkpc_result_float8(&res, "df", r.df);
		if (r.all_tied)
			pkpc_note(&res.notes, "every subject's values are tied: chi2 undefined");
		pkpc_result_float8(&res, "chi2", r.chi2);
		pkpc_result_float8(&res, "p_value", r.p_value);
		pkpc_result_float8(&res, "kendall_w", r.kendall_w);
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

PG_FUNCTION_INFO_V1(cochran_q_final);

Datum
cochran_q_final(PG_FUNCTION_ARGS)
{
	RpState    *st;
	RpMatrix	m;
	PkpcResult	res;
	PkpcCochranResult r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = rp_state_arg(fcinfo, 0, PKPC_RP_COCHRAN_Q);
	rp_state_complete(st, PG_GET_COLLATION(), false, &m);
	pkpc_result_init(&res, fcinfo);
	if (design_fields(&res, st, &m))
	{
		pkpc_cochran_q(m.y, m.n, m.k, &r);
		pkpc_result_float8(&res, "df", r.df);
		if (r.no_variation)
			pkpc_note(&res.notes, "every subject has the same response under every condition: Q undefined");
		pkpc_result_float8(&res, "q", r.q);
		pkpc_result_float8(&res, "p_value", r.p_value);
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

static void
rm_anova_notes(PkpcResult *res, const PkpcRmAnovaResult *r, int64 n, int k)
{
	if (r->f_status == PKPC_RM_TOO_FEW)
		pkpc_note(&res->notes, "fewer than 2 complete subjects: F undefined");
	else if (r->f_status == PKPC_RM_NO_SPREAD)
		pkpc_note(&res->notes, "no residual variation (every subject shows the same condition effects): F undefined");
	if (r->f_status != PKPC_RM_OK)
		return;
	if (r->hf_status == PKPC_RM_TOO_FEW)
		pkpc_note(&res->notes, "Huynh-Feldt epsilon undefined with %s complete subjects",
				  n < 3 ? "fewer than 3" : "this few");
	if (k == 2)
		pkpc_note(&res->notes, "with 2 conditions sphericity holds trivially: epsilons are 1 and Mauchly's test has 0 df");
	else if (r->mauchly_status == PKPC_RM_TOO_FEW)
		pkpc_note(&res->notes, "Mauchly's test needs at least as many complete subjects as conditions");
	else if (r->mauchly_status == PKPC_RM_SINGULAR)
		pkpc_note(&res->notes, "the covariance matrix of the contrasts is singular: Mauchly's test undefined");
}

PG_FUNCTION_INFO_V1(rm_anova_final);

Datum
rm_anova_final(PG_FUNCTION_ARGS)
{
	RpState    *st;
	RpMatrix	m;
	PkpcResult	res;
	PkpcRmAnovaResult r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = rp_state_arg(fcinfo, 0, PKPC_RP_RM_ANOVA);
	/* subjects in a fixed order: the sums do not depend on the plan */
	rp_state_complete(st, PG_GET_COLLATION(), true, &m);
	pkpc_result_init(&res, fcinfo);
	if (design_fields(&res, st, &m))
	{
		pkpc_rm_anova(m.y, m.n, m.k, &r);
		if (r.overflow)
		{
			double		inf = INFINITY;

			pkpc_check_finite_stats("rm_anova", &inf, 1);
		}
		pkpc_result_float8(&res, "df1", r.df1);
		pkpc_result_float8(&res, "df2", r.df2);
		pkpc_result_float8(&res, "f", r.f);
		pkpc_result_float8(&res, "p_value", r.p_value);
		if (r.f_status == PKPC_RM_OK)
			pkpc_result_float8(&res, "partial_eta_squared",
							   r.ss_condition / (r.ss_condition + r.ss_error));
		pkpc_result_float8(&res, "epsilon_gg", r.epsilon_gg);
		pkpc_result_float8(&res, "p_gg", r.p_gg);
		pkpc_result_float8(&res, "epsilon_hf", r.epsilon_hf);
		pkpc_result_float8(&res, "p_hf", r.p_hf);
		pkpc_result_float8(&res, "mauchly_w", r.mauchly_w);
		pkpc_result_float8(&res, "mauchly_chi2", r.mauchly_chi2);
		pkpc_result_float8(&res, "mauchly_df", r.mauchly_df);
		pkpc_result_float8(&res, "p_mauchly", r.p_mauchly);
		rm_anova_notes(&res, &r, m.n, m.k);
	}
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
