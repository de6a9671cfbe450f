#!/usr/bin/python3
# test/xval/dist/ref_mp.py -- high-precision references for the t and F
# distributions, computed with mpmath (Debian package python3-mpmath).
#
#   ref_mp.py IN.csv OUT.csv
#
# IN.csv has the columns id, fn, x, df1, df2, guess (numbers written with 17
# significant digits, i.e. the exact doubles the database receives).  OUT.csv
# gets id and value: the exact function value rounded to 17 significant
# digits.  R's own pt, qt and pf are not good enough as references
# everywhere (far tails, qt near 1/2 and for small df: see the family's
# tolerance file), so every t and F point is also compared with these.
#
#   t_upper      P(T > x), T ~ t(df1)
#   t_quantile   the lower x-quantile of t(df1) (+-Inf beyond the double range)
#   f_upper      P(F > x), F ~ F(df1, df2)
#
# Every value is computed at 40 significant digits plus the digits that
# 1 - x of the incomplete beta function needs (log10 df), so its own error
# is far below the 1e-15 that the family asserts against it (verify_mp.py
# checks these values by quadrature).  `guess` (R's qt, when finite) only
# starts the quantile's root search; the root is found to 1e-25.
import csv
import math
import sys

import mpmath as mp

DBL_MAX = mp.mpf(sys.float_info.max)


def set_precision(*dfs):
    big = max([1.0] + [float(d) for d in dfs])
    mp.mp.dps = 40 + int(math.ceil(math.log10(big)))


_lc_cache = {}


def t_log_density(s, nu):
    if nu not in _lc_cache:
        _lc_cache.clear()
        _lc_cache[nu] = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
    return _lc_cache[nu] - (nu + 1) / 2 * mp.log1p(s * s / nu)


def negligible(a, b, x, y):
    """True when I_x(a, b) < 1e-330 surely: x is below the mean, where the
    continued fraction of I_x(a, b) (DLMF 8.17.22) is below 1e13 for the
    arguments here, and the factor in front of it, x^a y^b / (a B(a, b)),
    is below exp(-800).  (mpmath's betainc fails on such values.)"""
    if x >= (a + 1) / (a + b + 2):
        return False
    return a * mp.log(x) + b * mp.log(y) - mp.log(a) - mp.log(mp.beta(a, b)) < -800


def t_upper(s, nu):
    """P(T > s) for s >= 0: the tail form beyond the mean of the beta
    variable, the central form (1/2 - P(0 < T < s) >= 0.04) before it."""
    if s == 0:
        return mp.mpf(1) / 2
    a, h = nu / 2, mp.mpf(1) / 2
    x, y = nu / (nu + s * s), s * s / (nu + s * s)
    if x < (a + 1) / (a + h + 2):
        if negligible(a, h, x, y):
            return mp.mpf(0)
        return mp.betainc(a, h, 0, x, regularized=True) / 2
    return (1 - mp.betainc(h, a, 0, y, regularized=True)) / 2


def t_central(s, nu):
    """P(0 < T < s), s >= 0."""
    if s == 0:
        return mp.mpf(0)
    a, h = nu / 2, mp.mpf(1) / 2
    x, y = nu / (nu + s * s), s * s / (nu + s * s)
    if x < (a + 1) / (a + h + 2):
        return h - t_upper(s, nu)
    return mp.betainc(h, a, 0, y, regularized=True) / 2


def t_tail_root(q, nu, guess):
    """s > 0 with P(T > s) = q (q < 1/4): safeguarded Newton on log Q in w = log s."""
    def g(w):
        s = mp.exp(w)
        Q = t_upper(s, nu)
        if Q == 0:
            return mp.mpf("-inf"), None
        return mp.log(Q) - mp.log(q), -s * mp.exp(t_log_density(s, nu)) / Q

    if guess is not None and guess > 0:
        w = mp.log(guess)
    else:
        # far-tail asymptote Q ~ f(s) s / nu, f(s) ~ c nu^((nu+1)/2) s^-(nu+1)
        lc = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
        w = (lc + (nu + 1) / 2 * mp.log(nu) - mp.log(nu) - mp.log(q)) / nu
        w = max(w, mp.mpf(0))
    lo, hi = None, None          # g(lo) > 0 > g(hi)
    for _ in range(400):
        gv, dg = g(w)
        if gv > 0:
            lo = w
        else:
            hi = w
        if dg is not None and gv != 0:
            step = -gv / dg
            wn = w + step
        else:
            wn = w - 1
        if lo is not None and hi is not None and not (lo < wn < hi):
            wn = (lo + hi) / 2
        elif lo is None and wn >= w:
            wn = w - 1
        elif hi is None and wn <= w:
            wn = w + 1
        if abs(wn - w) < mp.mpf(10) ** -25 * max(1, abs(w)):
            return mp.exp(wn)
        w = wn
    raise RuntimeError("t quantile root search did not converge (q=%s nu=%s)" % (q, nu))


def t_central_root(c, nu, guess):
    """s > 0 with P(0 < T < s) = c (0 < c <= 1/4): safeguarded Newton in s."""
    s = mp.mpf(guess) if guess is not None and guess > 0 else mp.mpf(c) * 2.5
    lo, hi = mp.mpf(0), None
    for _ in range(400):
        gv = t_central(s, nu) - c
        if gv < 0:
            lo = s
        else:
            hi = s
        sn = s - gv / mp.exp(t_log_density(s, nu))
        if not (lo < sn and (hi is None or sn < hi)):
            sn = (lo + hi) / 2 if hi is not None else 2 * s
        if abs(sn - s) < mp.mpf(10) ** -25 * s:
            return sn
        s = sn
    raise RuntimeError("t quantile root search did not converge (c=%s nu=%s)" % (c, nu))


def t_quantile(p, nu, guess):
    if p == mp.mpf(1) / 2:
        return mp.mpf(0)
    q = min(p, 1 - p)
    g = abs(guess) if guess is not None and mp.isfinite(guess) else None
    # heavy tails (df < 1): the quantile may lie beyond the double range
    if q < mp.mpf(1) / 4:
        s = mp.inf if t_upper(DBL_MAX, nu) > q else t_tail_root(q, nu, g)
    else:
        c = mp.mpf(1) / 2 - q
        s = mp.inf if t_central(DBL_MAX, nu) < c else t_central_root(c, nu, g)
    if s > DBL_MAX:
        s = mp.inf
    return -s if p < mp.mpf(1) / 2 else s


def f_upper(f, d1, d2):
    if f <= 0:
        return mp.mpf(1)
    # I_x(df2/2, df1/2) itself below the mean of the beta variable (mpmath's
    # betainc(a, b, y, 1) is a difference of two integrals and loses every
    # digit when the tail is small), 1 - I_y(df1/2, df2/2) above it (I_x is
    # then > 0.1, and mpmath's series for I_x near x = 1 may not converge)
    a, b = d2 / 2, d1 / 2
    x, y = d2 / (d2 + d1 * f), d1 * f / (d2 + d1 * f)
    if x < (a + 1) / (a + b + 2):
        if negligible(a, b, x, y):
            return mp.mpf(0)
        return mp.betainc(a, b, 0, x, regularized=True)
    return 1 - mp.betainc(b, a, 0, y, regularized=True)


def num(s):
    # through float: the nearest double to the 17-digit text, i.e. exactly
    # the double that PostgreSQL and R read (the decimal itself differs from
    # it by up to 5e-18, which t^2 ~ 1e3 in a far tail would amplify)
    return None if s in ("", "NA") else mp.mpf(float(s))


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, newline="") as fi, open(dst, "w", newline="") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(["id", "value"])
        for r in csv.DictReader(fi):
            fn = r["fn"]
            set_precision(r["df1"] or 1, r["df2"] or 1)
            x, d1, d2, guess = num(r["x"]), num(r["df1"]), num(r["df2"]), num(r["guess"])
            if fn == "t_upper":
                v = t_upper(x, d1) if x >= 0 else 1 - t_upper(-x, d1)
            elif fn == "t_quantile":
                v = t_quantile(x, d1, guess)
            elif fn == "f_upper":
                v = f_upper(x, d1, d2)
            else:
                raise SystemExit("ref_mp.py: unknown function " + fn)
            if mp.isinf(v):
                out = "Inf" if v > 0 else "-Inf"
            else:
                out = mp.nstr(v, 17, min_fixed=1, max_fixed=0)
            w.writerow([r["id"], out])


if __name__ == "__main__":
    main()
