/*-------------------------------------------------------------------------
 *
 * contingency.c
 *	  chi_square: tests of independence on an r x c contingency table,
 *	  built by an aggregate over two label columns or given as counts.
 *
 * For an r x c table with counts O_ij, margins R_i, C_j and total N (empty
 * rows and columns dropped first, as SPSS does), E_ij = R_i C_j / N and:
 *
 * - Pearson X^2 = sum (O - E)^2 / E on (r - 1)(c - 1) df (Pearson 1900);
 * - Yates' continuity-corrected X^2 for 2 x 2 tables (Yates 1934), with R's
 *	 chisq.test rule Y = min(0.5, min |O - E|), X^2 = sum (|O - E| - Y)^2 / E;
 * - the likelihood-ratio G^2 = 2 sum O ln(O / E) over cells with O > 0
 *	 (Wilks 1938);
 * - Fisher's exact two-sided p (fisher.c: R's rule, probabilities <= P_obs);
 * - the linear-by-linear association M^2 = (N - 1) r^2, r the Pearson
 *	 correlation of row and column scores weighted by the counts (Agresti,
 *	 Categorical Data Analysis, 2nd ed., sec. 3.4.1; SPSS's "Linear-by-Linear
 *	 Association"), on 1 df.  Scores are the labels themselves for integer
 *	 labels (SPSS uses the category codes), otherwise the ranks 1..k in the
 *	 label type's sort order; for a counts matrix, the row and column numbers;
 * - SPSS's footnote figures: the minimum expected count and the number of
 *	 cells with E < 5;
 * - phi (2 x 2, signed: (ad - bc) / sqrt(R1 R2 C1 C2), as SPSS prints it)
 *	 and Cramer's V = sqrt(X^2 / (N (min(r, c) - 1)));
 * - for 2 x 2 tables, the sample odds ratio ad / bc with Woolf's (1955)
 *	 log-based interval exp(ln OR +- z sqrt(1/a + 1/b + 1/c + 1/d)), as SPSS's
 *	 RISK statistics (undefined, with a note, when a cell is 0), and the
 *	 conditional maximum-likelihood odds ratio with its exact interval, as
 *	 R's fisher.test (fisher.c).
 *
 * Rows and columns are ordered by their labels in each type's sort order
 * (text by the collation of the call).
 *
 * src/contingency.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "contingency_state.h"
#include "distributions.h"
#include "fisher.h"
#include "result.h"

/* Largest dense table the final function builds (r x c cells). */
#define CT_MAX_CELLS	4000000

/* Confidence level of the odds-ratio intervals: 95 %, as SPSS and R print. */
#define CT_CONF_LEVEL	0.95

/*
 * The per-cell loops below run over up to CT_MAX_CELLS cells (tens of
 * milliseconds): poll for cancel every 65536 cells of a row, and once per
 * row.
 */
#define CT_POLL(j) \
	do { \
		if (((j) & 0xFFFF) == 0) \
			CHECK_FOR_INTERRUPTS(); \
	} while (0)

/* Empty rows or columns named one by one in a note; beyond, a count. */
#define CT_MAX_LISTED	20

/* chi_square_trans(state, row_label, col_label) */
static Datum
chisq_trans(FunctionCallInfo fcinfo, PkpcLabelArg rarg, PkpcLabelArg carg)
{
	CtState    *st = ct_state_for_update(fcinfo);
	PkpcLabelType rtype;
	PkpcLabelType ctype;
	PkpcLabel	row;
	PkpcLabel	col;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		ct_state_skip(st);
		return ct_state_return(st);
	}
	/* a label of a concrete type through the fallback is read as that type */
	pkpc_label_arg_type(fcinfo, 1, rarg, &rtype);
	pkpc_label_arg_type(fcinfo, 2, carg, &ctype);
	ct_state_set_types(st, &rtype, &ctype, PG_GET_COLLATION());
	row = pkpc_label_read(fcinfo, 1, rarg, &rtype);
	col = pkpc_label_read(fcinfo, 2, carg, &ctype);
	ct_state_add(st, &row, &col, 1);
	return ct_state_return(st);
}

/*
 * One C entry point per (row type, column type) pair of the concrete label
 * types (label_types.h), and one for the polymorphic fallback: Citus
 * distributes only aggregates whose transition function is not polymorphic.
 */
#define CT_ENTRY(r, rarg, c, carg, ...) \
	PG_FUNCTION_INFO_V1(chi_square_trans_##r##_##c); \
	Datum chi_square_trans_##r##_##c(PG_FUNCTION_ARGS) \
	{ return chisq_trans(fcinfo, rarg, carg); }

PKPC_LABEL_PAIRS(CT_ENTRY, _)
CT_ENTRY(any, PKPC_ARG_ANY, any, PKPC_ARG_ANY, _)

/* ---- result fields ---- */

static void
result_text_array(PkpcResult *res, const char *field, char **items, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(1, n));
	int			i;

	for (i = 0; i < res->tupdesc->natts; i++)
		if (strcmp(NameStr(TupleDescAttr(res->tupdesc, i)->attname), field) == 0)
			break;
	/* cannot happen: chi_square_result has both text[] fields */
	if (i == res->tupdesc->natts ||
		TupleDescAttr(res->tupdesc, i)->atttypid != TEXTARRAYOID)
		elog(ERROR, "result type has no text[] field \"%s\"", field);
	for (int k = 0; k < n; k++)
		d[k] = CStringGetTextDatum(items[k]);
	res->values[i] = PointerGetDatum(construct_array(d, n, TEXTOID, -1, false,
													 TYPALIGN_INT));
	res->nulls[i] = false;
}

/* ---- statistics of a table without empty rows or columns ---- */

typedef struct CtTable
{
	int			r;
	int			c;
	const int64 *o;				/* r x c, row-major */
	const double *rscore;		/* linear-by-linear scores */
	const double *cscore;
	int64		n;
	int64	   *rsum;
	int64	   *csum;
} CtTable;

#define O(t, i, j)	((t)->o[(i) * (t)->c + (j)])

static double
expected(const CtTable *t, int i, int j)
{
	/* R: E <- outer(sr, sc) / n */
	return (double) t->rsum[i] * (double) t->csum[j] / (double) t->n;
}

/* Pearson, Yates, G^2 and the expected-count figures. */
static double
pearson_fields(PkpcResult *res, const CtTable *t, double df)
{
	double		chi2 = 0.0;
	double		g2 = 0.0;
	double		min_e = INFINITY;
	double		min_dev = INFINITY;
	int64		below5 = 0;
	int			i,
				j;

	for (i = 0; i < t->r; i++)
		for (j = 0; j < t->c; j++)
		{
			double		e = expected(t, i, j);
			double		o = (double) O(t, i, j);

			chi2 += (o - e) * (o - e) / e;
			if (o > 0)
				g2 += o * log(o / e);
			min_e = Min(min_e, e);
			min_dev = Min(min_dev, fabs(o - e));
			if (e < 5.0)
				below5++;
			CT_POLL(j);
		}
	g2 *= 2.0;
	pkpc_result_float8(res, "chi2", chi2);
	pkpc_result_float8(res, "p_value", pkpc_chisq_upper(chi2, df));
	pkpc_result_float8(res, "g2", g2);
	pkpc_result_float8(res, "p_lr", pkpc_chisq_upper(g2, df));
	pkpc_result_float8(res, "min_expected", min_e);
	pkpc_result_int64(res, "n_cells_below_5", below5);
	if (below5 > 0)
		pkpc_note(&res->notes,
				  INT64_FORMAT " of %d cells (%.1f%%) have an expected count below 5; the minimum expected count is %.2f",
				  below5, t->r * t->c, 100.0 * below5 / (t->r * t->c), min_e);

	if (t->r == 2 && t->c == 2)
	{
		double		y = Min(0.5, min_dev);
		double		chi2y = 0.0;

		for (i = 0; i < 2; i++)
			for (j = 0; j < 2; j++)
			{
				double		e = expected(t, i, j);
				double		d = fabs((double) O(t, i, j) - e) - y;

				chi2y += d * d / e;
			}
		pkpc_result_float8(res, "chi2_yates", chi2y);
		pkpc_result_float8(res, "p_yates", pkpc_chisq_upper(chi2y, 1.0));
	}
	return chi2;
}

/* phi (2 x 2), Cramer's V, sample odds ratio with Woolf's interval. */
static void
association_fields(PkpcResult *res, const CtTable *t, double chi2)
{
	int			k = Min(t->r, t->c);

	pkpc_result_float8(res, "cramers_v", sqrt(chi2 / ((double) t->n * (k - 1))));
	if (t->r == 2 && t->c == 2)
	{
		double		a = (double) t->o[0],
					b = (double) t->o[1],
					c = (double) t->o[2],
					d = (double) t->o[3];

		pkpc_result_float8(res, "phi", (a * d - b * c) /
						   sqrt((double) t->rsum[0] * (double) t->rsum[1] *
								(double) t->csum[0] * (double) t->csum[1]));
		if (a > 0 && b > 0 && c > 0 && d > 0)
		{
			double		lor = log(a) + log(d) - log(b) - log(c);
			double		se = sqrt(1 / a + 1 / b + 1 / c + 1 / d);
			double		z = pkpc_norm_quantile(1.0 - (1.0 - CT_CONF_LEVEL) / 2.0);

			pkpc_result_float8(res, "odds_ratio", exp(lor));
			pkpc_result_float8(res, "or_ci_lower", exp(lor - z * se));
			pkpc_result_float8(res, "or_ci_upper", exp(lor + z * se));
		}
		else
			pkpc_note(&res->notes, "a cell count is 0: the sample odds ratio and its Woolf interval are undefined (SPSS prints none); or_mle is the conditional estimate");
	}
}

/* Fisher's exact p, and the conditional MLE odds ratio for 2 x 2. */
static void
fisher_fields(PkpcResult *res, const CtTable *t)
{
	if (t->r == 2 && t->c == 2)
	{
		PkpcFisher2x2 f;
		int			rc = pkpc_fisher_2x2((const int64_t *) t->o, CT_CONF_LEVEL,
										 PKPC_FISHER_TWO_SIDED, &f);

		if (rc != PKPC_FISHER_OK && rc != PKPC_FISHER_TOO_LARGE)
		{
			pkpc_note(&res->notes, "Fisher's exact test not computed: the table total exceeds its limit");
			return;
		}
		pkpc_result_float8(res, "p_fisher", f.p_two_sided);
		if (rc == PKPC_FISHER_TOO_LARGE)
		{
			pkpc_note(&res->notes, "conditional maximum-likelihood odds ratio and its exact interval not computed: N = " INT64_FORMAT " exceeds the work limit of the solver",
					  t->n);
			return;
		}
		pkpc_result_float8(res, "or_mle", f.odds_ratio);
		pkpc_result_float8(res, "or_mle_ci_lower", f.ci_lower);
		pkpc_result_float8(res, "or_mle_ci_upper", f.ci_upper);
	}
	else
	{
		double		p;
		int			rc = pkpc_fisher_rxc((const int64_t *) t->o, t->r, t->c,
										 NULL, &p, NULL);

		if (rc == PKPC_FISHER_OK)
			pkpc_result_float8(res, "p_fisher", p);
		else
			pkpc_note(&res->notes, "Fisher's exact test not computed: the %d x %d table with N = " INT64_FORMAT " exceeds the work limit of the exact algorithm",
					  t->r, t->c, t->n);
	}
}

/* Linear-by-linear association (N - 1) r^2 on the scores. */
static void
linear_by_linear(PkpcResult *res, const CtTable *t)
{
	double		mx = 0.0,
				my = 0.0,
				sxx = 0.0,
				syy = 0.0,
				sxy = 0.0,
				r2;
	double		n = (double) t->n;
	int			i,
				j;

	for (i = 0; i < t->r; i++)
		mx += (double) t->rsum[i] * t->rscore[i];
	for (j = 0; j < t->c; j++)
		my += (double) t->csum[j] * t->cscore[j];
	mx /= n;
	my /= n;
	for (i = 0; i < t->r; i++)
		sxx += (double) t->rsum[i] * (t->rscore[i] - mx) * (t->rscore[i] - mx);
	for (j = 0; j < t->c; j++)
		syy += (double) t->csum[j] * (t->cscore[j] - my) * (t->cscore[j] - my);
	for (i = 0; i < t->r; i++)
		for (j = 0; j < t->c; j++)
		{
			sxy += (double) O(t, i, j) * (t->rscore[i] - mx) * (t->cscore[j] - my);
			CT_POLL(j);
		}
	if (!(sxx > 0.0 && syy > 0.0))
		return;
	r2 = Min(1.0, sxy * sxy / (sxx * syy));
	pkpc_result_float8(res, "lbl", (n - 1.0) * r2);
	pkpc_result_float8(res, "p_lbl", pkpc_chisq_upper((n - 1.0) * r2, 1.0));
}

/*
 * Every statistic of a table whose rows and columns are all non-empty
 * (the caller has dropped empty ones and set n_skipped and labels).
 */
static void
table_statistics(PkpcResult *res, const int64 *o, int r, int c,
				 const double *rscore, const double *cscore)
{
	CtTable		t;
	double		chi2;
	double		df;
	int			i,
				j;

	t.r = r;
	t.c = c;
	t.o = o;
	t.rscore = rscore;
	t.cscore = cscore;
	t.n = 0;
	t.rsum = palloc0(sizeof(int64) * Max(1, r));
	t.csum = palloc0(sizeof(int64) * Max(1, c));
	for (i = 0; i < r; i++)
		for (j = 0; j < c; j++)
		{
			if (pg_add_s64_overflow(t.n, o[i * c + j], &t.n))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("chi_square table total is out of range for type bigint")));
			t.rsum[i] += o[i * c + j];
			t.csum[j] += o[i * c + j];
			CT_POLL(j);
		}
	pkpc_result_int64(res, "n", t.n);
	pkpc_result_int64(res, "n_rows", r);
	pkpc_result_int64(res, "n_cols", c);
	if (t.n == 0)
	{
		pkpc_note(&res->notes, "no counts: the table is empty");
		return;
	}
	if (r < 2 || c < 2)
	{
		pkpc_note(&res->notes, "only one %s category present: a test of independence needs at least two",
				  r < 2 ? "row" : "column");
		return;
	}
	df = (double) (r - 1) * (c - 1);
	pkpc_result_float8(res, "df", df);
	chi2 = pearson_fields(res, &t, df);
	association_fields(res, &t, chi2);
	fisher_fields(res, &t);
	linear_by_linear(res, &t);
}

/* ---- chi_square(row, col) final function ---- */

/*
 * Order a label set: *pos[k] is the k-th label's position in sort order;
 * returns the labels as text in that order; scores are the integer labels
 * themselves, otherwise ranks 1..n.
 */
static char **
order_labels(PkpcLabelSet *ls, Oid collation, int32 **pos, double **score)
{
	int32	   *perm = palloc(sizeof(int32) * Max(1, ls->n));
	char	  **text = palloc(sizeof(char *) * Max(1, ls->n));
	int32		k;

	pkpc_labelset_sort(ls, collation, perm);
	*pos = palloc(sizeof(int32) * Max(1, ls->n));
	*score = palloc(sizeof(double) * Max(1, ls->n));
	for (k = 0; k < ls->n; k++)
	{
		const PkpcLabel *lab = &ls->labels[perm[k]];

		(*pos)[perm[k]] = k;
		(*score)[k] = ls->type.kind == PKPC_LABEL_INT ? (double) lab->ival : k + 1.0;
		text[k] = pkpc_label_cstring(&ls->type, lab);
	}
	return text;
}

PG_FUNCTION_INFO_V1(chi_square_final);

Datum
chi_square_final(PG_FUNCTION_ARGS)
{
	CtState    *st;
	PkpcResult	res;
	int32	   *rpos,
			   *cpos;
	double	   *rscore,
			   *cscore;
	char	  **rtext,
			  **ctext;
	int64	   *o;
	int			r,
				c;
	int64		k;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = ct_state_arg(fcinfo, 0);
	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n_skipped", st->n_skipped);
	r = st->rows.n;
	c = st->cols.n;
	if (r == 0)
	{
		pkpc_result_int64(&res, "n", 0);
		pkpc_result_int64(&res, "n_rows", 0);
		pkpc_result_int64(&res, "n_cols", 0);
		pkpc_note(&res.notes, "no rows with both a row and a column label");
		PG_RETURN_DATUM(pkpc_result_datum(&res));
	}
	if ((int64) r * c > CT_MAX_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chi_square table of %d x %d cells is too large", r, c),
				 errdetail("At most %d cells are supported.", CT_MAX_CELLS),
				 errhint("A contingency table needs categorical labels; group values into classes first.")));
	rtext = order_labels(&st->rows, PG_GET_COLLATION(), &rpos, &rscore);
	ctext = order_labels(&st->cols, PG_GET_COLLATION(), &cpos, &cscore);
	o = palloc0(sizeof(int64) * r * c);
	for (k = 0; k < st->ncells; k++)
	{
		o[(int64) rpos[st->cells[k].row] * c + cpos[st->cells[k].col]] = st->cells[k].count;
		CT_POLL(k);
	}
	result_text_array(&res, "row_labels", rtext, r);
	result_text_array(&res, "col_labels", ctext, c);
	table_statistics(&res, o, r, c, rscore, cscore);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}

/* ---- chi_square(counts bigint[][]) ---- */

static void
bad_counts(const char *msg, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 detail ? errdetail("%s", detail) : 0,
			 errhint("Pass the table as a two-dimensional array of non-negative counts, e.g. ARRAY[[19, 13], [16, 11]].")));
}

/* Note which rows (or columns) of a counts matrix were empty. */
static void
note_dropped(PkpcResult *res, const bool *keep, int n, const char *what)
{
	StringInfoData buf;
	int			i;
	int			ndrop = 0;

	initStringInfo(&buf);
	for (i = 0; i < n; i++)
		if (!keep[i] && ndrop++ < CT_MAX_LISTED)
			appendStringInfo(&buf, "%s%d", ndrop > 1 ? ", " : "", i + 1);
	if (ndrop > CT_MAX_LISTED)
		appendStringInfo(&buf, " and %d more", ndrop - CT_MAX_LISTED);
	if (ndrop > 0)
		pkpc_note(&res->notes, "empty %s%s %s dropped from the table and its degrees of freedom",
				  what, ndrop > 1 ? "s" : "", buf.data);
}

PG_FUNCTION_INFO_V1(chi_square_counts);

/*
 * chi_square(counts bigint[][]): the same tests on a published table.
 * Empty rows and columns are dropped (with a note); the linear-by-linear
 * scores are the original row and column numbers.
 */
Datum
chi_square_counts(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	PkpcResult	res;
	Datum	   *elems;
	bool	   *isnull;
	int			nelems;
	int			nr,
				nc,
				r = 0,
				c = 0,
				i,
				j;
	bool	   *rkeep,
			   *ckeep;
	double	   *rscore,
			   *cscore;
	int64	   *o;

	if (ARR_NDIM(arr) != 2)
		bad_counts("chi_square counts must be a two-dimensional array",
				   psprintf("The array has %d dimension%s.", ARR_NDIM(arr),
							ARR_NDIM(arr) == 1 ? "" : "s"));
	nr = ARR_DIMS(arr)[0];
	nc = ARR_DIMS(arr)[1];
	if ((int64) nr * nc > CT_MAX_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chi_square table of %d x %d cells is too large", nr, nc)));
	deconstruct_array(arr, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &isnull, &nelems);
	rkeep = palloc0(sizeof(bool) * nr);
	ckeep = palloc0(sizeof(bool) * nc);
	for (i = 0; i < nr; i++)
		for (j = 0; j < nc; j++)
		{
			int64		v;

			if (isnull[i * nc + j])
				bad_counts("chi_square counts must not contain NULL", NULL);
			v = DatumGetInt64(elems[i * nc + j]);
			if (v < 0)
				bad_counts(psprintf("chi_square count " INT64_FORMAT " is negative", v), NULL);
			if (v > 0)
				rkeep[i] = ckeep[j] = true;
			CT_POLL(j);
		}

	pkpc_result_init(&res, fcinfo);
	pkpc_result_int64(&res, "n_skipped", 0);
	rscore = palloc(sizeof(double) * nr);
	cscore = palloc(sizeof(double) * nc);
	for (i = 0; i < nr; i++)
		if (rkeep[i])
			rscore[r++] = i + 1;
	for (j = 0; j < nc; j++)
		if (ckeep[j])
			cscore[c++] = j + 1;
	note_dropped(&res, rkeep, nr, "row");
	note_dropped(&res, ckeep, nc, "column");
	o = palloc0(sizeof(int64) * Max(1, r * c));
	{
		int			ri = 0;

		for (i = 0; i < nr; i++)
		{
			int			ci = 0;

			if (!rkeep[i])
				continue;
			for (j = 0; j < nc; j++)
			{
				if (ckeep[j])
					o[ri * c + ci++] = DatumGetInt64(elems[i * nc + j]);
				CT_POLL(j);
			}
			ri++;
		}
	}
	table_statistics(&res, o, r, c, rscore, cscore);
	PG_RETURN_DATUM(pkpc_result_datum(&res));
}
