#!/usr/bin/python3
# test/xval/dist/verify_mp.py -- check the references of ref_mp.py by an
# independent method.  Not part of the suite (it takes minutes); run it when
# ref_mp.py or mpmath changes:
#
#   verify_mp.py IN.csv OUT.csv [N]
#
# IN.csv and OUT.csv are ref_mp.py's input and output (gen.R leaves them in
# the work directory as mp_in.csv<k> and mp_out.csv<k>).  For N points (all
# by default) the t and F upper tails are recomputed by tanh-sinh quadrature
# of the density at 50 digits, beyond the point for a tail (in log z, split
# at multiples of the density's local scale) or from 0 for the central part;
# a t quantile s is checked by the tail at s, which must give back p up to
# the rounding of s to a double.  Prints the largest relative differences
# and exits 1 if any exceeds the rounding of the reference to a double
# (2^-52; quantiles: that times 1 + |d log Q / d log s|).
import csv
import random
import sys

import mpmath as mp

mp.mp.dps = 50
# a reference is the exact value rounded to 17 digits, then read as a double:
# within 2^-53 + 5e-17 of it, relatively
ULP = mp.mpf(2) ** -52


def t_log_density(s, nu):
    return (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
            - (nu + 1) / 2 * mp.log1p(s * s / nu))


def integrate_tail(logdens, start, scale, decay):
    """int_start^inf exp(logdens(z)) dz, in the variable v = log(z / start)
    (the integrand e^v exp(logdens(start e^v)) scaled by its value at
    v = 0), split at geometrically growing v from scale/start on until far
    beyond 1/decay, where decay is the rate at which the integrand decays
    in v for large v (heavy tails: df for t, df2/2 for F)."""
    l0 = logdens(start)
    v0 = scale / start
    pts = [mp.mpf(0)]
    v = v0 / 16
    while v < 2000 / decay + 1:
        pts.append(v)
        v *= 2
    pts.append(mp.inf)
    val = mp.quad(lambda v: mp.exp(v + logdens(start * mp.exp(v)) - l0), pts, maxdegree=10)
    return start * mp.exp(l0) * val


def t_upper(s, nu):
    s = abs(s)
    if s < 1:
        c = mp.quad(lambda z: mp.exp(t_log_density(z, nu)), [0, s], maxdegree=10)
        return mp.mpf(1) / 2 - c
    scale = (nu + s * s) / ((nu + 1) * s)          # f / |f'| at s
    return integrate_tail(lambda z: t_log_density(z, nu), s, scale, nu)


def f_upper(f, d1, d2):
    lc = (mp.loggamma((d1 + d2) / 2) - mp.loggamma(d1 / 2) - mp.loggamma(d2 / 2)
          + d1 / 2 * mp.log(d1 / d2))

    def logdens(z):
        return lc + (d1 / 2 - 1) * mp.log(z) - (d1 + d2) / 2 * mp.log1p(d1 * z / d2)

    slope = (d1 / 2 - 1) / f - (d1 + d2) / 2 * d1 / (d2 + d1 * f)
    if slope >= 0:
        return None                 # left of the mode: not a tail, not checked
    return integrate_tail(logdens, f, -1 / slope, d2 / 2)


def main():
    src, ref = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else None
    rows = list(csv.DictReader(open(src)))
    refs = {r["id"]: r["value"] for r in csv.DictReader(open(ref))}
    random.seed(1)
    if n is not None and n < len(rows):
        rows = random.sample(rows, n)
    worst = {}
    bad = 0
    for r in rows:
        v = refs[r["id"]]
        if v in ("NA", "Inf", "-Inf"):
            continue
        v = mp.mpf(float(v))
        x, d1 = mp.mpf(float(r["x"])), mp.mpf(float(r["df1"]))
        fn = r["fn"]
        if fn == "t_upper":
            if v < mp.mpf("1e-300"):
                continue
            q = t_upper(x, d1)
            if x < 0:
                q = 1 - q
            err, allowed = abs(q - v) / v, ULP
        elif fn == "f_upper":
            if v < mp.mpf("1e-300"):
                continue
            q = f_upper(x, d1, mp.mpf(float(r["df2"])))
            if q is None:
                continue
            err, allowed = abs(q - v) / v, ULP
        elif fn == "t_quantile":
            if v == 0:
                continue
            p = min(x, 1 - x)
            q = t_upper(abs(v), d1)
            if p > mp.mpf(1) / 4:
                q, p = mp.mpf(1) / 2 - q, mp.mpf(1) / 2 - p     # the central part
            # |d log Q / d log s| times the rounding of s to a double (2^-53)
            cond = abs(v) * mp.exp(t_log_density(abs(v), d1)) / q
            err, allowed = abs(q - p) / p, (cond + 1) * ULP
        else:
            continue
        if err > allowed:
            bad += 1
            print("MISMATCH", r["id"], fn, r["x"], r["df1"], r.get("df2"), mp.nstr(v, 17), mp.nstr(q, 17),
                  mp.nstr(err, 3))
        w = worst.get(fn)
        if w is None or err / allowed > w[0]:
            worst[fn] = (err / allowed, err, r["id"])
    for fn, (ratio, err, i) in sorted(worst.items()):
        print("%-11s worst relative difference %s (%s of what is allowed) at %s"
              % (fn, mp.nstr(err, 3), mp.nstr(ratio, 3), i))
    print("%d points checked, %d mismatches" % (len(rows), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
