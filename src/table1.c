/*-------------------------------------------------------------------------
 *
 * table1.c
 *	  compare_groups and compare_proportions: one row of a study's Table 1
 *	  per call, the test chosen the way the study's methods section says.
 *
 * compare_groups(value, grp), a continuous variable in two groups:
 *	- summaries "mean ± SD" and "median (Q1–Q3)" per group (one decimal;
 *	  quartiles as R's quantile() default);
 *	- normal: both groups pass Lilliefors' K-S test (p >= 0.05); unknown
 *	  (NULL) when a group has fewer than 5 values or no spread;
 *	- test: if normal, Levene's test (mean-centred, as SPSS) chooses
 *	  'Welch t' (p < 0.05) or 'Student t'; otherwise, including when
 *	  normality cannot be judged, 'Mann-Whitney U' with its asymptotic
 *	  tie-corrected p without continuity correction (SPSS's "Asymp. Sig.").
 *	The state keeps each group's values (state.h, value width 1), sorted
 *	once at the end (compare_core.c does the arithmetic).
 *
 * compare_proportions(level, grp), a categorical variable in two groups:
 *	counts and column percentages per level, and 'Pearson chi-square'
 *	(without Yates' correction) unless an expected count is below 5, then
 *	'Fisher exact' (R's two-sided rule, fisher.c).  The state is a
 *	contingency table of counts (contingency_state.c; its type
 *	compare_proportions_state shares chi_square_state's layout and text
 *	form, so no patient row is kept).
 *
 * p_text is format_p(p_value).
 *
 * src/table1.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "args.h"
#include "compare_core.h"
#include "contingency_state.h"
#include "distributions.h"
#include "fisher.h"
#include "result.h"
#include "result_array.h"
#include "state.h"

extern Datum format_p(PG_FUNCTION_ARGS);

/* Lilliefors and Levene p below this reject normality / equal variances */
#define TABLE1_ALPHA	0.05

/* Expected counts below this choose Fisher's exact test */
#define TABLE1_MIN_EXPECTED 5.0

/* ---- formatting ---- */

/* x with one decimal; a value that rounds to zero prints unsigned. */
static void
append_1dp(StringInfo buf, double x)
{
	char	   *s = psprintf("%.1f", x);

	if (strcmp(s, "-0.0") == 0)
		s++;
	appendStringInfoString(buf, s);
}

/* A UTF-8 string in the database encoding. */
static char *
to_server(StringInfo buf)
{
	return pg_any_to_server(buf->data, buf->len, PG_UTF8);
}

/* "60.6 ± 9.7" ("60.6 ± NA" for one value) */
static char *
format_mean_sd(const PkpcGroupSummary *s)
{
	StringInfoData buf;

	initStringInfo(&buf);
	append_1dp(&buf, s->mean);
	appendStringInfoString(&buf, " \xc2\xb1 ");	/* U+00B1 plus-minus sign */
	if (isnan(s->sd))
		appendStringInfoString(&buf, "NA");
	else
		append_1dp(&buf, s->sd);
	return to_server(&buf);
}

/* "61.0 (54.0–67.5)"; an ASCII hyphen where the database is not UTF-8 */
static char *
format_median_iqr(const PkpcGroupSummary *s)
{
	StringInfoData buf;

	initStringInfo(&buf);
	append_1dp(&buf, s->median);
	appendStringInfoString(&buf, " (");
	append_1dp(&buf, s->q1);
	appendStringInfoString(&buf, GetDatabaseEncoding() == PG_UTF8 ? "\xe2\x80\x93" : "-");
	append_1dp(&buf, s->q3);
	appendStringInfoChar(&buf, ')');
	return to_server(&buf);
}

static void
p_fields(PkpcResult *res, double p)
{
	pkpc_result_float8(res, "p_value", p);
	if (!isnan(p))
		pkpc_result_text(res, "p_text",
						 TextDatumGetCString(DirectFunctionCall1(format_p, Float8GetDatum(p))));
}

/* ---- compare_groups ---- */

/* compare_groups_trans(state, value, grp) */
static Datum
compare_groups_add(FunctionCallInfo fcinfo, PkpcLabelArg arg)
{
	PkpcState  *st = pkpc_state_for_update(fcinfo, PKPC_TAG_COMPARE_GROUPS);
	double		x;

	pkpc_state_set_params(st, PKPC_TWO_SIDED, 0, 0.95, NULL);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		pkpc_state_skip(st);
		return pkpc_state_return(st);
	}
	x = PG_GETARG_FLOAT8(1);
	pkpc_check_finite("compare_groups", x);
	pkpc_group_add_value(st, pkpc_state_group(st, fcinfo, 2, arg), x);
	return pkpc_state_return(st);
}

PKPC_LABELLED_ENTRIES(compare_groups_trans, compare_groups_add)

/* The n values of a group in ascending order, ties written out. */
static double *
sorted_values(PkpcState *st, PkpcGroup *g)
{
	double	   *x;
	int64		i,
				k = 0;

	pkpc_group_sort(st, g);
	x = palloc_extended(sizeof(double) * Max(g->n, 1), MCXT_ALLOC_HUGE);
	for (i = 0; i < g->nvalues; i++)
	{
		for (int64 c = pkpc_group_count(g, i); c > 0; c--)
			x[k++] = g->values[i];
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	Assert(k == g->n);
	return x;
}

/* The summaries of group i (0 or 1) into summary<i+1>, median_iqr<i+1>. */
static void
summary_fields(PkpcResult *res, const PkpcGroupSummary *s, int i)
{
	pkpc_result_text(res, i == 0 ? "summary1" : "summary2", format_mean_sd(s));
	pkpc_result_text(res, i == 0 ? "median_iqr1" : "median_iqr2", format_median_iqr(s));
	pkpc_result_float8(res, i == 0 ? "p_normality1" : "p_normality2", s->p_normal);
}

/* Set the boolean field normal (true, false or NULL). */
static void
result_bool(PkpcResult *res, const char *field, int value)
{
	int			i;

	for (i = 0; i < res->tupdesc->natts; i++)
		if (strcmp(NameStr(TupleDescAttr(res->tupdesc, i)->attname), field) == 0)
			break;
	if (i == res->tupdesc->natts)
		elog(ERROR, "result type has no field \"%s\"", field);
	res->nulls[i] = value < 0;
	res->values[i] = BoolGetDatum(value > 0);
}

PG_FUNCTION_INFO_V1(compare_groups_final);

Datum
compare_groups_final(PG_FUNCTION_ARGS)
{
	PkpcState  *st;
	PkpcResult	res;
	PkpcGroupSummary s[2];
	double	   *x[2];
	int			normal;
	double		p;
	double		stat;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = pkpc_state_for_final(fcinfo, PKPC_TAG_COMPARE_GROUPS);
	pkpc_result_init(&res, fcinfo);
	if (!pkpc_result_two_groups(&res, st, PG_GET_COLLATION()))
	{
		if (st->labels.n == 1)
		{
			x[0] = sorted_values(st, &st->groups[0]);
			pkpc_group_summary(x[0], st->groups[0].n, &s[0]);
			summary_fields(&res, &s[0], 0);
		}
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	for (i = 0; i < 2; i++)
	{
		x[i] = sorted_values(st, &st->groups[i]);
		pkpc_group_summary(x[i], st->groups[i].n, &s[i]);
		summary_fields(&res, &s[i], i);
	}

	/* normality: false if either group fails, unknown if either cannot be judged */
	if (s[0].p_normal < TABLE1_ALPHA || s[1].p_normal < TABLE1_ALPHA)
		normal = 0;
	else if (isnan(s[0].p_normal) || isnan(s[1].p_normal))
	{
		normal = -1;
		pkpc_note(&res.notes, "normality not judged (a group has fewer than 5 values or no spread): Mann-Whitney U used");
	}
	else
		normal = 1;
	result_bool(&res, "normal", normal);

	if (normal == 1)
	{
		double		p_levene = pkpc_levene2_p(x[0], s[0].n, &s[0], x[1], s[1].n, &s[1]);
		bool		welch = p_levene < TABLE1_ALPHA;

		pkpc_result_float8(&res, "p_levene", p_levene);
		if (isnan(p_levene))
			pkpc_note(&res.notes, "Levene's test undefined (no spread of the deviations): Student t used");
		pkpc_result_text(&res, "test", welch ? "Welch t" : "Student t");
		p = pkpc_t2_p(&s[0], &s[1], welch, &stat);
		if (isnan(p))
			pkpc_note(&res.notes, "the data are essentially constant: t undefined");
	}
	else
	{
		pkpc_result_text(&res, "test", "Mann-Whitney U");
		p = pkpc_mann_whitney_p(x[0], s[0].n, x[1], s[1].n, &stat);
		if (isnan(p))
			pkpc_note(&res.notes, "all values are tied: the Mann-Whitney test is undefined");
	}
	pkpc_result_float8(&res, "statistic", stat);
	p_fields(&res, p);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/* ---- compare_proportions ---- */

/*
 * The state type compare_proportions_state has chi_square_state's layout:
 * its I/O and combine functions are chi_square's, under this type's names.
 */
extern Datum chi_square_state_in(PG_FUNCTION_ARGS);
extern Datum chi_square_state_out(PG_FUNCTION_ARGS);
extern Datum chi_square_state_recv(PG_FUNCTION_ARGS);
extern Datum chi_square_state_send(PG_FUNCTION_ARGS);
extern Datum chi_square_combine(PG_FUNCTION_ARGS);

#define CP_ALIAS(fn, target) \
	PG_FUNCTION_INFO_V1(fn); \
	Datum fn(PG_FUNCTION_ARGS) { return target(fcinfo); }

CP_ALIAS(compare_proportions_state_in, chi_square_state_in)
CP_ALIAS(compare_proportions_state_out, chi_square_state_out)
CP_ALIAS(compare_proportions_state_recv, chi_square_state_recv)
CP_ALIAS(compare_proportions_state_send, chi_square_state_send)
CP_ALIAS(compare_proportions_combine, chi_square_combine)

/* pos[label index] = its rank in sort order; names in sort order. */
static char **
order_labels(PkpcLabelSet *ls, Oid collation, int32 *pos)
{
	int32	   *perm = palloc(sizeof(int32) * Max(1, ls->n));
	char	  **names = palloc(sizeof(char *) * Max(1, ls->n));
	int32		k;

	pkpc_labelset_sort(ls, collation, perm);
	for (k = 0; k < ls->n; k++)
	{
		pos[perm[k]] = k;
		names[k] = pkpc_label_cstring(&ls->type, &ls->labels[perm[k]]);
	}
	return names;
}

static void
too_many_groups(char **names, int n)
{
	StringInfoData seen;
	int			i;

	initStringInfo(&seen);
	for (i = 0; i < n; i++)
		appendStringInfo(&seen, "%s\"%s\"", i > 0 ? ", " : "", names[i]);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("compare_proportions expects at most 2 distinct group labels, found %d", n),
			 errdetail("Labels seen: %s.", seen.data),
			 errhint("Restrict the rows to two groups, for example with FILTER (WHERE ...).")));
}

/* Pearson's X^2 or Fisher's exact p of the r x 2 table; sets test. */
static double
proportions_test(PkpcResult *res, const int64 *o, int r, int64 n1, int64 n2)
{
	double		n = (double) (n1 + n2);
	double		chi2 = 0.0;
	double		min_e = INFINITY;
	int			i,
				j;

	for (i = 0; i < r; i++)
	{
		double		row = (double) (o[2 * i] + o[2 * i + 1]);

		for (j = 0; j < 2; j++)
		{
			double		e = row * (double) (j == 0 ? n1 : n2) / n;
			double		d = (double) o[2 * i + j] - e;

			chi2 += d * d / e;
			min_e = Min(min_e, e);
		}
	}
	pkpc_result_float8(res, "chi2", chi2);
	pkpc_result_float8(res, "df", r - 1);
	pkpc_result_float8(res, "min_expected", min_e);
	if (min_e >= TABLE1_MIN_EXPECTED)
	{
		pkpc_result_text(res, "test", "Pearson chi-square");
		return pkpc_chisq_upper(chi2, r - 1);
	}
	else
	{
		double		p;
		int			rc;

		pkpc_result_text(res, "test", "Fisher exact");
		pkpc_note(&res->notes, "an expected count is below 5 (minimum %.2f): Fisher's exact test used", min_e);
		rc = pkpc_fisher_rxc((const int64_t *) o, r, 2, NULL, &p, NULL);
		if (rc == PKPC_FISHER_TOO_LARGE)
			pkpc_note(&res->notes, "Fisher's exact p not computed: the table is beyond the work bound");
		return rc == PKPC_FISHER_OK ? p : NAN;
	}
}

PG_FUNCTION_INFO_V1(compare_proportions_final);

Datum
compare_proportions_final(PG_FUNCTION_ARGS)
{
	CtState    *st;
	PkpcResult	res;
	int32	   *rpos;
	int32	   *cpos;
	char	  **levels;
	char	  **groups;
	int64	   *o;
	int64	   *counts[2];
	double	   *pct[2];
	int64		n[2] = {0, 0};
	int			r;
	int			i,
				j;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = ct_state_arg(fcinfo, 0);
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	r = st->rows.n;
	rpos = palloc(sizeof(int32) * Max(1, r));
	cpos = palloc(sizeof(int32) * Max(1, st->cols.n));
	levels = order_labels(&st->rows, PG_GET_COLLATION(), rpos);
	groups = order_labels(&st->cols, PG_GET_COLLATION(), cpos);
	if (st->cols.n > 2)
		too_many_groups(groups, st->cols.n);

	/* the r x 2 table in sort order, groups as columns */
	o = palloc0(sizeof(int64) * 2 * Max(1, r));
	for (int64 k = 0; k < st->ncells; k++)
	{
		const CtCell *c = &st->cells[k];

		o[2 * rpos[c->row] + cpos[c->col]] += c->count;
		n[cpos[c->col]] += c->count;
	}
	for (j = 0; j < 2; j++)
	{
		counts[j] = palloc(sizeof(int64) * Max(1, r));
		pct[j] = palloc(sizeof(double) * Max(1, r));
		for (i = 0; i < r; i++)
		{
			counts[j][i] = o[2 * i + j];
			pct[j][i] = n[j] > 0 ? 100.0 * (double) o[2 * i + j] / (double) n[j] : NAN;
		}
	}
	for (j = 0; j < st->cols.n; j++)
		pkpc_result_text(&res, j == 0 ? "group1" : "group2", groups[j]);
	pkpc_result_int64(&res, "n1", n[0]);
	pkpc_result_int64(&res, "n2", n[1]);
	pkpc_result_text_array(&res, "levels", levels, r);
	pkpc_result_int64_array(&res, "counts1", counts[0], r);
	pkpc_result_int64_array(&res, "counts2", counts[1], r);
	pkpc_result_float8_array(&res, "pct1", pct[0], r);
	pkpc_result_float8_array(&res, "pct2", pct[1], r);
	if (st->cols.n < 2)
		pkpc_note(&res.notes, st->cols.n == 0 ? "no rows with both a level and a group label"
				  : "only one group label present: the test needs two");
	else if (r < 2)
		pkpc_note(&res.notes, "only one level present: the test is undefined");
	else
		p_fields(&res, proportions_test(&res, o, r, n[0], n[1]));
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
