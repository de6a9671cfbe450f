/*-------------------------------------------------------------------------
 *
 * cox_fit.c
 *	  Cox proportional-hazards regression (Efron's ties) by Newton-Raphson
 *	  with step halving, as R's survival::coxph fits it.
 *
 * Model (Cox 1972): hazard h(t | x) = h0(t) exp(b'x).  With the rows
 * sorted by time, the risk set R(t) = {i : time_i >= t} and, at a time t
 * with m deaths D(t), Efron's (1977) approximation of the partial log
 * likelihood is
 *
 *	l(b) = sum_t [ sum_{i in D} b'x_i
 *				   - sum_{k=0}^{m-1} log( S(t) - (k/m) S_D(t) ) ],
 *
 * S(t) = sum_{R(t)} exp(b'x_i), S_D the same over D(t).  Its gradient and
 * information (the covariance of x under the weights of each of the m
 * terms) are accumulated in one backward sweep over the sorted rows, so
 * that each risk set is the one before it plus the rows at the next
 * earlier time: O(n p^2) per evaluation.  With one death at a time this is
 * Breslow's likelihood.
 *
 * The iteration is R's (survival 3.5, coxph.control defaults): start at
 * b = 0; a Newton step b + I^-1 U; if the log likelihood got worse (or is
 * not finite), step back towards the last good b, ever more firmly (b_new
 * = (b_new + h b) / (h + 1) at the h-th consecutive halving); stop when
 * |1 - l_best / l_new| <= 1e-9, or after 20 iterations, in which case the
 * last good b is reported as not converged.  Covariates are centred and
 * scaled by their mean absolute deviation first, except those whose values
 * are all -1, 0 or 1 (R's nocenter); Newton's method is invariant under
 * such a change of units, so this changes only rounding and the range of
 * exp().  The information is factored as L D L' with R's rule for
 * redundant covariates (a pivot below (DBL_EPSILON)^(3/4) times the
 * largest diagonal element marks the covariate aliased: coefficient NA,
 * zero row and column in the variance).  The score test is U(0)' I(0)^-1
 * U(0) (for one binary covariate with Efron's ties it is close to, but not
 * exactly, the log-rank test).
 *
 * R's warning that a coefficient "may be infinite" (monotone likelihood,
 * e.g. every event in one group) is reproduced: after convergence, the
 * last Newton step of covariate k, |(V U)_k|, is above 1e-9 and above
 * sqrt(1e-9) |b_k|; without convergence, a linear predictor above 500 or
 * a non-finite step.
 *
 * Work is bounded before anything is done (PKPC_COX_MAX_WORK) and the
 * sweep checks for interrupts; memory is O(n p) for the centred copy the
 * caller passes plus O(p^2).
 *
 * src/cox_fit.c
 *
 *-------------------------------------------------------------------------
 */
#include "cox_fit.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Scratch of one fit. */
typedef struct CoxWork
{
	const PkpcCoxData *d;
	int			p;
	double	   *u;				/* gradient (p) */
	double	   *imat;			/* information, lower triangle (p x p) */
	double	   *a;				/* risk-set sums of exp(b'x) x */
	double	   *a2;				/* the same over the deaths at a time */
	double	   *cmat;			/* risk-set sums of exp(b'x) x x' */
	double	   *cmat2;
} CoxWork;

/*
 * l(b), U(b) and I(b) (lower triangle) in one backward sweep over the
 * rows sorted by time.
 */
static double
cox_eval(CoxWork *w, const double *beta)
{
	const PkpcCoxData *d = w->d;
	int			p = w->p;
	double	   *u = w->u;
	double	   *imat = w->imat;
	double	   *a = w->a;
	double	   *a2 = w->a2;
	double	   *cmat = w->cmat;
	double	   *cmat2 = w->cmat2;
	double		loglik = 0.0;
	double		denom = 0.0;
	int64_t		person = d->n - 1;
	int			i,
				j,
				k;

	memset(u, 0, sizeof(double) * p);
	memset(imat, 0, sizeof(double) * p * p);
	memset(a, 0, sizeof(double) * p);
	memset(cmat, 0, sizeof(double) * p * p);

	while (person >= 0)
	{
		double		dtime = d->time[person];
		int64_t		ndead = 0;
		double		denom2 = 0.0;

		memset(a2, 0, sizeof(double) * p);
		memset(cmat2, 0, sizeof(double) * p * p);
		for (; person >= 0 && d->time[person] == dtime; person--)
		{
			const double *xi = d->x + person * p;
			double		zb = 0.0;
			double		risk;
			double	   *av = a;
			double	   *cm = cmat;

			for (i = 0; i < p; i++)
				zb += beta[i] * xi[i];
			risk = exp(zb);
			if (d->event[person] != 0.0)
			{
				ndead++;
				denom2 += risk;
				loglik += zb;
				for (i = 0; i < p; i++)
					u[i] += xi[i];
				av = a2;
				cm = cmat2;
			}
			else
				denom += risk;
			for (i = 0; i < p; i++)
			{
				double		rx = risk * xi[i];

				av[i] += rx;
				for (j = 0; j <= i; j++)
					cm[i * p + j] += rx * xi[j];
			}
			if ((person & 0x3FFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		if (ndead == 0)
			continue;

		/*
		 * Efron: the m terms have the deaths' share 1, (m-1)/m, ..., 1/m in
		 * the denominator; they are added here from the smallest share up,
		 * each term with weight 1.
		 */
		for (k = 0; k < ndead; k++)
		{
			double		frac = 1.0 / (double) ndead;

			denom += denom2 * frac;
			loglik -= log(denom);
			for (i = 0; i < p; i++)
			{
				double		mi;

				a[i] += a2[i] * frac;
				mi = a[i] / denom;
				u[i] -= mi;
				for (j = 0; j <= i; j++)
				{
					cmat[i * p + j] += cmat2[i * p + j] * frac;
					imat[i * p + j] += (cmat[i * p + j] - mi * a[j]) / denom;
				}
			}
		}
	}
	return loglik;
}

/*
 * L D L' factorisation in place of a symmetric matrix given in its lower
 * triangle: D on the diagonal, L below it (unit diagonal implied).  A
 * pivot that is not finite or below toler times the largest diagonal
 * element marks a redundant row: its D and its column of L are 0.
 * Returns the rank.
 */
static int
ldl_factor(double *m, int p, double toler)
{
	double		eps = 0.0;
	int			rank = 0;
	int			i,
				j,
				k;

	for (i = 0; i < p; i++)
		if (m[i * p + i] > eps)
			eps = m[i * p + i];
	if (eps == 0.0)
	{
		for (i = 0; i < p * p; i++)
			m[i] = 0.0;
		return 0;
	}
	eps *= toler;
	for (i = 0; i < p; i++)
	{
		double		pivot = m[i * p + i];

		if (!isfinite(pivot) || pivot < eps)
		{
			m[i * p + i] = 0.0;
			for (j = i + 1; j < p; j++)
				m[j * p + i] = 0.0;
			continue;
		}
		rank++;
		for (j = i + 1; j < p; j++)
		{
			double		t = m[j * p + i] / pivot;

			m[j * p + i] = t;
			m[j * p + j] -= t * t * pivot;
			for (k = j + 1; k < p; k++)
				m[k * p + j] -= t * m[k * p + i];
		}
	}
	return rank;
}

/* Solve (L D L') y = b in place; components of redundant rows are 0. */
static void
ldl_solve(const double *m, int p, double *b)
{
	int			i,
				j;

	for (i = 0; i < p; i++)
		for (j = 0; j < i; j++)
			b[i] -= m[i * p + j] * b[j];
	for (i = p - 1; i >= 0; i--)
	{
		if (m[i * p + i] == 0.0)
		{
			b[i] = 0.0;
			continue;
		}
		b[i] /= m[i * p + i];
		for (j = i + 1; j < p; j++)
			b[i] -= m[j * p + i] * b[j];
	}
}

/* The inverse (full, symmetric) of a factored matrix, 0 for redundant rows. */
static void
ldl_inverse(const double *m, int p, double *inv)
{
	double	   *col = inv;
	int			i,
				j;

	for (j = 0; j < p; j++)
	{
		double		e[PKPC_COX_MAX_COVARIATES];

		memset(e, 0, sizeof(double) * p);
		e[j] = 1.0;
		ldl_solve(m, p, e);
		for (i = 0; i < p; i++)
			col[i * p + j] = m[j * p + j] == 0.0 ? 0.0 : e[i];
	}
	/* symmetrise: average the two rounding versions */
	for (i = 0; i < p; i++)
		for (j = 0; j < i; j++)
		{
			double		v = (inv[i * p + j] + inv[j * p + i]) / 2.0;

			inv[i * p + j] = inv[j * p + i] = v;
		}
}

static bool
all_finite(const double *v, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (!isfinite(v[i]))
			return false;
	return true;
}

/*
 * Centre and scale the covariates as R's coxfit6 does; scale[j] = 1 for a
 * column of -1/0/1 values, which R leaves alone.
 */
static void
centre_and_scale(const PkpcCoxData *d, double *scale, double *means)
{
	int64_t		n = d->n;
	int			p = d->p;
	int64_t		i;
	int			j;

	for (j = 0; j < p; j++)
	{
		bool		ternary = true;
		double		sum = 0.0;
		double		mad = 0.0;

		for (i = 0; i < n && ternary; i++)
		{
			double		v = d->x[i * p + j];

			ternary = (v == 0.0 || v == 1.0 || v == -1.0);
		}
		scale[j] = 1.0;
		means[j] = 0.0;
		if (ternary)
			continue;
		for (i = 0; i < n; i++)
			sum += d->x[i * p + j];
		means[j] = sum / (double) n;
		for (i = 0; i < n; i++)
		{
			d->x[i * p + j] -= means[j];
			mad += fabs(d->x[i * p + j]);
		}
		if (mad > 0.0)
			scale[j] = (double) n / mad;
		for (i = 0; i < n; i++)
			d->x[i * p + j] *= scale[j];
	}
}

int
pkpc_cox_fit(const PkpcCoxData *d, PkpcCoxFit *fit)
{
	const double toler = pow(DBL_EPSILON, 0.75);
	int			p = d->p;
	CoxWork		w;
	double	   *scale;
	double	   *means;
	double	   *beta;
	double	   *newbeta;
	double	   *step;
	double		loglik_best;
	double		newlk;
	double		lp_max = 0.0;
	int			halving = 0;
	int			iter;
	int			i,
				j;
	int64_t		r;

	memset(fit, 0, sizeof(*fit));
	fit->p = p;
	for (r = 0; r < d->n; r++)
		fit->n_events += d->event[r] != 0.0;
	if ((double) d->n * ((double) p * p + 3.0 * p) / 2.0 * (PKPC_COX_MAX_ITER + 2) +
		2.0 * p * p * p * (PKPC_COX_MAX_ITER + 2) > PKPC_COX_MAX_WORK)
		return PKPC_COX_TOO_LARGE;
	if (fit->n_events == 0)
		return PKPC_COX_NO_EVENTS;

	w.d = d;
	w.p = p;
	w.u = palloc(sizeof(double) * p);
	w.imat = palloc(sizeof(double) * p * p);
	w.a = palloc(sizeof(double) * p);
	w.a2 = palloc(sizeof(double) * p);
	w.cmat = palloc(sizeof(double) * p * p);
	w.cmat2 = palloc(sizeof(double) * p * p);
	scale = palloc(sizeof(double) * p);
	means = palloc(sizeof(double) * p);
	beta = palloc0(sizeof(double) * p);
	newbeta = palloc(sizeof(double) * p);
	step = palloc(sizeof(double) * p);
	fit->coef = palloc(sizeof(double) * p);
	fit->var = palloc0(sizeof(double) * p * p);
	fit->may_be_infinite = palloc0(sizeof(bool) * p);

	centre_and_scale(d, scale, means);

	/* b = 0: the null log likelihood and the score test */
	fit->loglik0 = cox_eval(&w, beta);
	memcpy(step, w.u, sizeof(double) * p);
	fit->rank = ldl_factor(w.imat, p, toler);
	ldl_solve(w.imat, p, step);
	fit->score_test = 0.0;
	for (i = 0; i < p; i++)
		fit->score_test += w.u[i] * step[i];
	loglik_best = fit->loglik0;
	for (i = 0; i < p; i++)
		newbeta[i] = step[i];

	fit->converged = false;
	for (iter = 1; iter <= PKPC_COX_MAX_ITER; iter++)
	{
		bool		finite;

		CHECK_FOR_INTERRUPTS();
		newlk = cox_eval(&w, newbeta);
		fit->rank = ldl_factor(w.imat, p, toler);
		finite = isfinite(newlk) && all_finite(w.u, p) && all_finite(w.imat, p * p);
		fit->iterations = iter;
		if (finite && fabs(1.0 - loglik_best / newlk) <= PKPC_COX_EPS)
		{
			fit->converged = true;
			fit->loglik = newlk;
			memcpy(beta, newbeta, sizeof(double) * p);
			break;
		}
		if (!finite || newlk < loglik_best)
		{
			halving++;
			for (i = 0; i < p; i++)
				newbeta[i] = (newbeta[i] + halving * beta[i]) / (halving + 1.0);
		}
		else
		{
			halving = 0;
			loglik_best = newlk;
			memcpy(step, w.u, sizeof(double) * p);
			ldl_solve(w.imat, p, step);
			for (i = 0; i < p; i++)
			{
				beta[i] = newbeta[i];
				newbeta[i] += step[i];
			}
		}
	}
	if (!fit->converged)
	{
		/* the last good b, its likelihood and information */
		fit->loglik = cox_eval(&w, beta);
		fit->rank = ldl_factor(w.imat, p, toler);
	}

	/* back to the original units */
	ldl_inverse(w.imat, p, fit->var);
	memcpy(step, w.u, sizeof(double) * p);
	for (i = 0; i < p; i++)
	{
		double		s = 0.0;

		for (j = 0; j < p; j++)
			s += fit->var[i * p + j] * w.u[j];
		step[i] = fabs(s * scale[i]);	/* |V U| in original units */
		fit->coef[i] = fit->var[i * p + i] == 0.0 ? NAN : beta[i] * scale[i];
	}
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			fit->var[i * p + j] *= scale[i] * scale[j];

	/* R's warnings that a coefficient may be infinite */
	if (fit->converged)
	{
		for (i = 0; i < p; i++)
			if (fit->var[i * p + i] != 0.0 &&
				(!isfinite(w.u[i]) ||
				 (step[i] > PKPC_COX_EPS && step[i] > sqrt(PKPC_COX_EPS) * fabs(fit->coef[i]))))
				fit->may_be_infinite[i] = fit->any_infinite = true;
	}
	else
	{
		for (r = 0; r < d->n; r++)
		{
			double		lp = 0.0;

			for (j = 0; j < p; j++)
				lp += beta[j] * d->x[r * p + j];
			lp_max = fmax(lp_max, lp);
		}
		fit->any_infinite = lp_max > 500.0 || !all_finite(step, p);
	}
	return PKPC_COX_OK;
}

double
pkpc_cox_wald(const PkpcCoxFit *fit)
{
	int			p = fit->p;
	int			m = 0;
	int		   *use = palloc(sizeof(int) * Max(p, 1));
	double	   *v;
	double	   *b;
	double		w = 0.0;
	int			i,
				j;

	for (i = 0; i < p; i++)
		if (!isnan(fit->coef[i]))
			use[m++] = i;
	if (m == 0)
		return NAN;
	v = palloc(sizeof(double) * m * m);
	b = palloc(sizeof(double) * m);
	for (i = 0; i < m; i++)
	{
		b[i] = fit->coef[use[i]];
		for (j = 0; j < m; j++)
			v[i * m + j] = fit->var[use[i] * p + use[j]];
	}
	if (ldl_factor(v, m, 1e-12) < m)
		return NAN;
	{
		double	   *y = palloc(sizeof(double) * m);

		memcpy(y, b, sizeof(double) * m);
		ldl_solve(v, m, y);
		for (i = 0; i < m; i++)
			w += b[i] * y[i];
	}
	return w;
}
