/*-------------------------------------------------------------------------
 *
 * rm_anova_core.c
 *	  One-way repeated-measures analysis of variance over a complete
 *	  n x k design, with the Greenhouse-Geisser and Huynh-Feldt corrections
 *	  and Mauchly's test of sphericity, without PostgreSQL glue
 *	  (pkpc_core.h).
 *
 * With y_ij the value of subject i under condition j, the doubly centred
 * residuals Z_ij = y_ij - ybar_i. - ybar_.j + ybar give
 *
 *	SS_condition = n sum_j (ybar_.j - ybar)^2,	SS_error = sum Z_ij^2
 *	F = (SS_condition / (k - 1)) / (SS_error / ((n - 1)(k - 1)))
 *
 * on (k - 1, (n - 1)(k - 1)) df: the condition stratum of R's
 * aov(value ~ condition + Error(subject / condition)).  G = Z'Z is
 * (n - 1) times the doubly centred covariance matrix of the conditions, and
 * the corrections follow from their definitions on it:
 *
 *	Greenhouse & Geisser (1959), Box (1954):
 *		eps_GG = tr(G)^2 / ((k - 1) sum_jl G_jl^2)
 *	Huynh & Feldt (1976):
 *		eps_HF = (n (k - 1) eps_GG - 2) / ((k - 1) (n - 1 - (k - 1) eps_GG)),
 *		capped at 1 as SPSS prints it; undefined when n < 3 or when
 *		(k - 1) eps_GG reaches n - 1 (to 1e-9 relative: the non-zero
 *		eigenvalues of G are then all equal, as always for n = 2)
 *
 * (R's anova.mlm(test = "Spherical") gives the same), each used to scale
 * both df of F.  Mauchly (1940): with M = C'GC for orthonormal (Helmert)
 * contrasts C, p = k - 1,
 *
 *	W = det(M) / (tr(M) / p)^p,
 *	chi2 = -(n - 1 - (2 p^2 + p + 2) / (6 p)) ln W	on p (p + 1) / 2 - 1 df,
 *
 * the chi-square approximation SPSS prints (R's mauchly.test adds a second
 * order term to the p-value).  det(M) comes from a Cholesky factorisation;
 * M is singular when n - 1 < k - 1, and then (or when a pivot falls below
 * 1e-12 of the largest diagonal element) Mauchly's test is undefined.
 *
 * The residuals are formed as (y_ij - ybar_i.) minus the column mean of
 * those differences, so that values near 1e9 with a spread near 1 keep
 * their digits; every sum runs over the subjects in the order given (the
 * aggregate passes them in a fixed order).  Work O(n k^2 + k^3), memory
 * O(n k + k^2).
 *
 * src/rm_anova_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "pkpc_core.h"

#include <float.h>
#include <math.h>

#include "distributions.h"
#include "repeated_core.h"

/* Mean of n values, refined by a second pass. */
static double
mean_of(const double *v, int64 n, int64 stride)
{
	double		s = 0.0;
	double		m;
	double		c = 0.0;
	int64		i;

	for (i = 0; i < n; i++)
		s += v[i * stride];
	m = s / (double) n;
	for (i = 0; i < n; i++)
		c += v[i * stride] - m;
	return m + c / (double) n;
}

/*
 * M = C'GC for the orthonormal Helmert contrasts
 * c_m = (1, ..., 1, -m, 0, ..., 0) / sqrt(m (m + 1)), m = 1 .. k - 1.
 */
static void
contrast_matrix(const double *g, int k, double *mm)
{
	int			p = k - 1;
	double	   *gc = palloc(sizeof(double) * k * p);	/* G C, k x p */
	int			a;
	int			b;
	int			m;

	for (a = 0; a < k; a++)
	{
		double		prefix = 0.0;	/* sum_{j < m} G_aj */

		for (m = 1; m <= p; m++)
		{
			prefix += g[a * k + (m - 1)];
			gc[a * p + (m - 1)] = (prefix - m * g[a * k + m]) / sqrt((double) m * (m + 1));
		}
	}
	for (m = 1; m <= p; m++)
		for (b = 1; b <= p; b++)
		{
			double		prefix = 0.0;

			for (a = 0; a < m; a++)
				prefix += gc[a * p + (b - 1)];
			mm[(m - 1) * p + (b - 1)] = (prefix - m * gc[m * p + (b - 1)]) /
				sqrt((double) m * (m + 1));
		}
	pfree(gc);
}

/*
 * ln det of the symmetric positive definite p x p matrix a (destroyed) by
 * Cholesky; false if a pivot is not above 1e-12 of the largest diagonal.
 */
static bool
log_det_spd(double *a, int p, double *logdet)
{
	double		maxdiag = 0.0;
	double		ld = 0.0;
	int			i;
	int			j;
	int			l;

	for (i = 0; i < p; i++)
		maxdiag = Max(maxdiag, a[i * p + i]);
	if (!(maxdiag > 0.0))
		return false;
	for (j = 0; j < p; j++)
	{
		double		d = a[j * p + j];

		for (l = 0; l < j; l++)
			d -= a[j * p + l] * a[j * p + l];
		if (!(d > 1e-12 * maxdiag))
			return false;
		ld += log(d);
		d = sqrt(d);
		a[j * p + j] = d;
		for (i = j + 1; i < p; i++)
		{
			double		s = a[i * p + j];

			for (l = 0; l < j; l++)
				s -= a[i * p + l] * a[j * p + l];
			a[i * p + j] = s / d;
		}
		CHECK_FOR_INTERRUPTS();
	}
	*logdet = ld;
	return true;
}

static void
mauchly(const double *g, int64 n, int k, double trace, PkpcRmAnovaResult *res)
{
	int			p = k - 1;
	double	   *mm;
	double		logdet;
	double		logw;

	res->mauchly_df = (double) p * (p + 1) / 2.0 - 1.0;
	if (p == 1)
	{
		/* one contrast: sphericity holds trivially, no test (0 df) */
		res->mauchly_w = 1.0;
		res->mauchly_chi2 = 0.0;
		return;
	}
	if (n - 1 < p)
	{
		res->mauchly_status = PKPC_RM_TOO_FEW;
		return;
	}
	mm = palloc(sizeof(double) * p * p);
	contrast_matrix(g, k, mm);
	if (!log_det_spd(mm, p, &logdet))
	{
		res->mauchly_status = PKPC_RM_SINGULAR;
		pfree(mm);
		return;
	}
	pfree(mm);
	/* tr(M) = tr(G): C is orthonormal and orthogonal to the ones vector */
	logw = logdet - p * log(trace / p);
	res->mauchly_w = exp(logw);
	res->mauchly_chi2 = -((n - 1.0) - (2.0 * p * p + p + 2.0) / (6.0 * p)) * logw;
	res->p_mauchly = pkpc_chisq_upper(res->mauchly_chi2, res->mauchly_df);
}

void
pkpc_rm_anova(const double *y, int64 n, int k, PkpcRmAnovaResult *res)
{
	double	   *z;
	double	   *cmean;
	double	   *g;
	double		scale = 0.0;
	double		trace = 0.0;
	double		sumsq = 0.0;
	double		gg;
	int64		i;
	int			j;
	int			l;

	res->f = res->p_value = res->ss_condition = res->ss_error = NAN;
	res->epsilon_gg = res->p_gg = res->epsilon_hf = res->p_hf = NAN;
	res->mauchly_w = res->mauchly_chi2 = res->mauchly_df = res->p_mauchly = NAN;
	res->f_status = res->hf_status = res->mauchly_status = PKPC_RM_OK;
	res->overflow = false;
	res->df1 = k - 1;
	res->df2 = (double) (n - 1) * (k - 1);
	if (k < 2 || n < 2)
	{
		res->f_status = res->hf_status = res->mauchly_status = PKPC_RM_TOO_FEW;
		if (k < 2 || n < 1)
			res->df2 = NAN;
		return;
	}

	/* e_ij = y_ij - ybar_i., then Z = e minus its column means */
	z = palloc_huge(sizeof(double) * n * k);
	for (i = 0; i < n; i++)
	{
		const double *row = y + i * k;
		double		m = mean_of(row, k, 1);

		for (j = 0; j < k; j++)
		{
			z[i * k + j] = row[j] - m;
			scale = Max(scale, fabs(row[j]));
		}
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	cmean = palloc(sizeof(double) * k);
	res->ss_condition = 0.0;
	for (j = 0; j < k; j++)
	{
		cmean[j] = mean_of(z + j, n, k);
		res->ss_condition += cmean[j] * cmean[j];
	}
	res->ss_condition *= (double) n;

	/* G = Z'Z (upper triangle, mirrored) */
	g = palloc0(sizeof(double) * k * k);
	for (i = 0; i < n; i++)
	{
		double	   *row = z + i * k;

		for (j = 0; j < k; j++)
			row[j] -= cmean[j];
		for (j = 0; j < k; j++)
			for (l = j; l < k; l++)
				g[j * k + l] += row[j] * row[l];
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	for (j = 0; j < k; j++)
	{
		for (l = 0; l < j; l++)
			g[j * k + l] = g[l * k + j];
		trace += g[j * k + j];
	}
	for (j = 0; j < k * k; j++)
		sumsq += g[j] * g[j];
	pfree(z);
	pfree(cmean);
	res->ss_error = trace;
	if (!isfinite(trace) || !isfinite(sumsq) || !isfinite(res->ss_condition))
	{
		res->overflow = true;
		pfree(g);
		return;
	}

	/* R's "essentially constant" rule, on the residual standard deviation */
	if (!(trace > 0.0) ||
		sqrt(trace / ((double) n * k)) < 10.0 * DBL_EPSILON * scale)
	{
		res->f_status = res->hf_status = res->mauchly_status = PKPC_RM_NO_SPREAD;
		pfree(g);
		return;
	}
	res->f = (res->ss_condition / res->df1) / (res->ss_error / res->df2);
	res->p_value = pkpc_f_upper(res->f, res->df1, res->df2);

	gg = (k == 2) ? 1.0 : trace * trace / ((k - 1.0) * sumsq);
	res->epsilon_gg = gg;
	res->p_gg = pkpc_f_upper(res->f, gg * res->df1, gg * res->df2);
	if (k == 2)
		res->epsilon_hf = 1.0;
	else if (n >= 3 && (double) (n - 1) - (k - 1.0) * gg > 1e-9 * (n - 1))
		res->epsilon_hf = Min(1.0, ((double) n * (k - 1) * gg - 2.0) /
							  ((k - 1.0) * ((double) (n - 1) - (k - 1.0) * gg)));
	else
		res->hf_status = PKPC_RM_TOO_FEW;
	if (!isnan(res->epsilon_hf))
		res->p_hf = pkpc_f_upper(res->f, res->epsilon_hf * res->df1,
								 res->epsilon_hf * res->df2);
	mauchly(g, n, k, trace, res);
	pfree(g);
}
