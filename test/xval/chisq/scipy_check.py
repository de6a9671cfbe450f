#!/usr/bin/python3
"""test/xval/chisq/scipy_check.py — second reference for chi_square: SciPy.

    /usr/bin/python3 test/xval/chisq/scipy_check.py XVAL_OUT

XVAL_OUT is the work directory of `bash test/xval/run.sh chisq` (it holds
data.csv and our result.csv).  Each table is rebuilt from data.csv (labels in
byte / numeric order, empty rows and columns dropped as SPSS does; SciPy
raises on those) and every field SciPy computes is compared with ours:
chi2_contingency (correction False / True, lambda_ "log-likelihood"),
fisher_exact (2 x 2), contingency.association (Cramer's V) and
contingency.odds_ratio (sample with its log interval; conditional with the
exact interval).  Prints the worst relative error per field and
"N passed, N failed" (a field passes when every table agrees to 1e-9).
"""
import csv
import math
import sys
from collections import defaultdict

import numpy as np
from scipy.stats import chi2_contingency, fisher_exact
from scipy.stats.contingency import association, odds_ratio

TOL = 1e-9
# SciPy solves the conditional odds ratio and its limits with brentq at an
# absolute xtol of 2e-12: ~1e-9 relative for limits near 1e-3 (the R
# reference in gen.R, solved at 1e-13, agrees with ours to ~1e-12).
FIELD_TOL = {"or_mle": 1e-8, "or_mle_ci_lower": 1e-8, "or_mle_ci_upper": 1e-8}


def tables(out):
    obs = defaultdict(list)
    counts = {}
    for row in csv.DictReader(open(f"{out}/data.csv", encoding="utf-8")):
        i = row["id"]
        if i.startswith("counts:"):
            counts[i] = np.array(eval(row["counts"].replace("{", "[").replace("}", "]")), dtype=np.int64)
        else:
            r = row["rl"] if i.startswith(("labels:", "mixed:")) else row["ri"]
            c = row["cl"] if i.startswith("labels:") else row["ci"]
            if r != "" and c != "":
                obs[i].append((r, c))
    for i, pairs in obs.items():
        key_r = (lambda v: v.encode()) if i.startswith(("labels:", "mixed:")) else int
        key_c = (lambda v: v.encode()) if i.startswith("labels:") else int
        rl = sorted({p[0] for p in pairs}, key=key_r)
        cl = sorted({p[1] for p in pairs}, key=key_c)
        x = np.zeros((len(rl), len(cl)), dtype=np.int64)
        for r, c in pairs:
            x[rl.index(r), cl.index(c)] += 1
        yield i, x
    for i, x in counts.items():
        yield i, x


def main(out):
    ours = {r["id"]: r for r in csv.DictReader(open(f"{out}/result.csv", encoding="utf-8"))}
    worst = defaultdict(float)
    n = defaultdict(int)
    for i, x in tables(out):
        x = x[x.sum(axis=1) > 0][:, x.sum(axis=0) > 0]
        if min(x.shape) < 2:
            continue
        ref = {}
        chi2, p, dof, e = chi2_contingency(x, correction=False)
        ref.update(chi2=chi2, p_value=p, df=dof, min_expected=e.min(),
                   n_cells_below_5=int((e < 5).sum()))
        g2, plr, _, _ = chi2_contingency(x, correction=False, lambda_="log-likelihood")
        ref.update(g2=g2, p_lr=plr)
        ref["cramers_v"] = association(x, method="cramer")
        if x.shape == (2, 2):
            y, py, _, _ = chi2_contingency(x, correction=True)
            ref.update(chi2_yates=y, p_yates=py)
            ref["p_fisher"] = fisher_exact(x)[1]
            if (x > 0).all():
                s = odds_ratio(x, kind="sample")
                ci = s.confidence_interval(0.95)
                ref.update(odds_ratio=s.statistic, or_ci_lower=ci.low, or_ci_upper=ci.high)
            cnd = odds_ratio(x, kind="conditional")
            ci = cnd.confidence_interval(0.95)
            ref.update(or_mle=cnd.statistic, or_mle_ci_lower=ci.low, or_mle_ci_upper=ci.high)
        for f, v in ref.items():
            mine = ours[i][f]
            o = float(mine.replace("Infinity", "inf")) if mine != "" else math.nan
            v = float(v)
            if math.isinf(v) or math.isinf(o):
                err = 0.0 if v == o else math.inf
            elif v == o:
                err = 0.0
            else:
                err = abs(o - v) / max(abs(o), abs(v))
                if max(abs(o), abs(v)) <= 1e-12:    # both ~0 (independent table)
                    err = 0.0
            n[f] += 1
            if not err <= worst[f]:
                worst[f] = err
    passed = failed = 0
    for f in sorted(n):
        ok = worst[f] <= FIELD_TOL.get(f, TOL)
        passed += ok
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'}  scipy.{f:<18} n={n[f]:<4} max_rel={worst[f]:.2e}")
    print(f"{passed} passed, {failed} failed")
    return failed == 0


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1]) else 1)
