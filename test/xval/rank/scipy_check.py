#!/usr/bin/python3
"""Second reference for the rank family: SciPy's mannwhitneyu and wilcoxon.

Usage: /usr/bin/python3 scipy_check.py XVAL_OUT   (after test/xval/run.sh rank
with XVAL_OUT set).  Reads data.csv and result.csv, recomputes u, p_value
(no continuity correction), p_value_cc, p_exact (method='exact', no ties only)
and, for the signed-rank test, p_value / p_value_cc (zero_method='wilcox',
mode='approx') with SciPy, and prints the maximum relative difference per
field; exits 1 if any exceeds 1e-10.
"""
import csv
import math
import sys
from collections import defaultdict

from scipy import stats

out = sys.argv[1]
data = defaultdict(list)
with open(f"{out}/data.csv", newline="") as f:
    for r in csv.DictReader(f):
        data[r["id"]].append(r)
ours = {}
with open(f"{out}/result.csv", newline="") as f:
    for r in csv.DictReader(f):
        ours[r["id"]] = r

ALT = {"": "two-sided", "two-sided": "two-sided", "less": "less", "greater": "greater"}
worst = defaultdict(float)
count = defaultdict(int)


def cmp(field, mine, ref):
    if mine in ("", None) or ref is None or math.isnan(ref):
        return
    m = float(mine)
    err = 0.0 if m == ref else abs(m - ref) / max(abs(m), abs(ref))
    worst[field] = max(worst[field], err)
    count[field] += 1


for id_, rows in data.items():
    alt = ALT[rows[0]["alternative"]]
    o = ours[id_]
    if id_.startswith("mwu:"):
        rows = [r for r in rows if r["x"] != "" and r["grp"] != ""]
        labels = sorted({r["grp"].encode() for r in rows})
        if len(labels) != 2:
            continue
        x = [float(r["x"]) for r in rows if r["grp"].encode() == labels[0]]
        y = [float(r["x"]) for r in rows if r["grp"].encode() == labels[1]]
        if len(set(x + y)) == 1:
            continue
        a = stats.mannwhitneyu(x, y, alternative=alt, use_continuity=False, method="asymptotic")
        cmp("mwu.u", o["u"], a.statistic)
        cmp("mwu.p_value", o["p_value"], a.pvalue)
        c = stats.mannwhitneyu(x, y, alternative=alt, use_continuity=True, method="asymptotic")
        cmp("mwu.p_value_cc", o["p_value_cc"], c.pvalue)
        if len(set(x + y)) == len(x + y) and len(x) + len(y) <= 200:
            e = stats.mannwhitneyu(x, y, alternative=alt, method="exact")
            cmp("mwu.p_exact", o["p_exact"], e.pvalue)
    else:
        d = [float(r["x"]) - float(r["y"]) for r in rows if r["x"] != "" and r["y"] != ""]
        if not any(v != 0 for v in d):
            continue
        if sum(1 for v in d if v != 0) < 2:
            continue
        for corr, field in ((False, "wsr.p_value"), (True, "wsr.p_value_cc")):
            w = stats.wilcoxon(d, zero_method="wilcox", correction=corr, alternative=alt, mode="approx")
            cmp(field, o[field.split(".")[1]], w.pvalue)

bad = 0
for k in sorted(worst):
    flag = "ok  " if worst[k] <= 1e-10 else "FAIL"
    bad += flag == "FAIL"
    print(f"{flag}  scipy {k:16s} n={count[k]:4d}  max_rel={worst[k]:.2e}")
sys.exit(1 if bad else 0)
