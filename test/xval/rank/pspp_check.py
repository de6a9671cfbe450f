#!/usr/bin/python3
"""Third reference for mann_whitney_u: PSPP's NPAR TESTS /M-W (SPSS's layout).

Usage: /usr/bin/python3 pspp_check.py XVAL_OUT  (after test/xval/run.sh rank
with XVAL_OUT set).  For every mwu dataset with two groups that are not all
tied, runs PSPP and compares its "Mann-Whitney U" with our u_min, its Z with
-|z| (PSPP's Z comes from min(U1, U2), so it is never positive) and its
"Asymp. Sig. (2-tailed)" with our two-sided p_value (only for datasets run
two-sided).  PSPP prints 2 (U, Z) and 3 (p) decimals, so the tolerance is
half a unit in the last printed place.  Exits 1 on any mismatch.
"""
import csv
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

out = sys.argv[1]
data = defaultdict(list)
with open(f"{out}/data.csv", newline="") as f:
    for r in csv.DictReader(f):
        data[r["id"]].append(r)
with open(f"{out}/result.csv", newline="") as f:
    ours = {r["id"]: r for r in csv.DictReader(f)}

worst = defaultdict(float)
n = 0
bad = 0
tmp = tempfile.mkdtemp()
for id_, rows in sorted(data.items()):
    if not id_.startswith("mwu:"):
        continue
    rows = [r for r in rows if r["x"] != "" and r["grp"] != ""]
    labels = sorted({r["grp"].encode() for r in rows})
    if len(labels) != 2 or len({r["x"] for r in rows}) == 1:
        continue
    sps = os.path.join(tmp, "mw.sps")
    with open(sps, "w") as f:
        f.write("DATA LIST LIST /v g.\nBEGIN DATA\n")
        for r in rows:
            f.write(f"{r['x']} {1 + labels.index(r['grp'].encode())}\n")
        f.write("END DATA.\nNPAR TESTS /M-W = v BY g (1, 2).\n")
    res = subprocess.run(["pspp", "-O", "format=csv", sps, "-o", os.path.join(tmp, "mw.csv")],
                         capture_output=True, text=True, timeout=60)
    lines = open(os.path.join(tmp, "mw.csv")).read().splitlines()
    stat = lines[lines.index("Table: Test Statistics") + 2].split(",")
    u, z, p = float(stat[1]), float(stat[3]), float(stat[4])
    o = ours[id_]
    checks = [("u_min", u, float(o["u_min"]), 0.005), ("z", z, -abs(float(o["z"])), 0.005)]
    if rows[0]["alternative"] in ("", "two-sided"):
        checks.append(("p_value", p, float(o["p_value"]), 0.0005))
    n += 1
    for name, ref, mine, tol in checks:
        err = abs(ref - mine)
        worst[name] = max(worst[name], err)
        if err > tol + 1e-12:
            bad += 1
            print(f"FAIL {id_} {name}: pspp {ref} ours {mine}")
for k in sorted(worst):
    print(f"pspp {k}: {n} datasets, max abs diff {worst[k]:.2e}")
sys.exit(1 if bad else 0)
