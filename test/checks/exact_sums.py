#!/usr/bin/env python3
"""exact_sums.py -- the moment tests against exact rational arithmetic.

Run by test/checks/exact_sums.sh with a database that has pkpcohort.  For
many generated datasets (normal data, 1e9 + noise, integers, values from
1e-300 to 1e150, a few huge and many tiny values, n = 2 to 2000), the fields
of independent_t and paired_t are compared with their values computed from
the data with Python's Fraction (exact rational numbers):

  - mean1, mean2, mean_diff, mean_x, mean_y and the paired mean_diff must be
    the exact value correctly rounded (float(Fraction) rounds correctly);
  - sd1, sd2, sd_diff must be sqrt of the correctly rounded variance (the
    variance is rounded once, the square root once);
  - r (Pearson's r of x and y) within 4 ulps of the exact value (six
    roundings);
  - the results must be identical with the rows in another order and when
    merged from partial states of two halves in either order.

A dataset whose exact variance exceeds the double range must give the
class-22 error instead.  Prints one line per field ("ok"/"FAIL") and
"N passed, N failed".
"""
import math
import os
import random
import subprocess
import sys
from fractions import Fraction as F

SEED = int(os.environ.get("EXACT_SEED", "20261202"))
NSETS = int(os.environ.get("EXACT_DATASETS", "240"))
PSQL = [os.environ.get("PKPC_PGBIN", "/usr/lib/postgresql/15/bin") + "/psql",
        "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"]


def gen(rng, kind, n):
    if kind == "normal":
        return [rng.gauss(60, 10) for _ in range(n)]
    if kind == "offset":
        return [1e9 + rng.random() for _ in range(n)]
    if kind == "integers":
        return [float(rng.randint(0, 10)) for _ in range(n)]
    if kind == "wide":
        return [rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 150) for _ in range(n)]
    if kind == "tiny":
        return [rng.uniform(-1, 1) * 1e-300 for _ in range(n)]
    if kind == "overflow":
        return [rng.choice([-1, 1]) * 1e200 * rng.random() for _ in range(n)]
    if kind == "huge_few":
        v = [rng.uniform(-1, 1) for _ in range(n)]
        v[0] = 1e150
        return v
    raise ValueError(kind)


KINDS = ["normal", "offset", "integers", "wide", "tiny", "huge_few",
         "normal", "offset", "integers", "wide", "tiny", "overflow"]


def exact(xs, ys, gs):
    """Expected fields (None: undefined; "overflow": a class-22 error)."""
    out = {}
    g = {0: [F(x) for x, k in zip(xs, gs) if k == 0],
         1: [F(x) for x, k in zip(xs, gs) if k == 1]}
    for k, name in ((0, "1"), (1, "2")):
        v = g[k]
        n = len(v)
        m = sum(v) / n
        out["mean" + name] = float(m)
        if n > 1:
            var = (sum(a * a for a in v) - n * m * m) / (n - 1)
            out["sd" + name] = "overflow" if var > F(sys.float_info.max) else math.sqrt(float(var))
        else:
            out["sd" + name] = None
    out["mean_diff"] = float(sum(g[0]) / len(g[0]) - sum(g[1]) / len(g[1]))
    X = [F(x) for x in xs]
    Y = [F(y) for y in ys]
    n = len(X)
    D = [a - b for a, b in zip(X, Y)]
    mx, my, md = sum(X) / n, sum(Y) / n, sum(D) / n
    out["mean_x"], out["mean_y"], out["p_mean_diff"] = float(mx), float(my), float(md)
    vd = sum((d - md) ** 2 for d in D) / (n - 1)
    vx = sum((a - mx) ** 2 for a in X) / (n - 1)
    vy = sum((b - my) ** 2 for b in Y) / (n - 1)
    over = max(vd, vx, vy) > F(sys.float_info.max)
    out["sd_diff"] = "overflow" if over else math.sqrt(float(vd))
    cxy = sum((a - mx) * (b - my) for a, b in zip(X, Y))
    dx = vx * (n - 1)
    dy = vy * (n - 1)
    if over:
        out["r"] = "overflow"
    elif dx > 0 and dy > 0:
        r2 = cxy * cxy / (dx * dy)
        out["r"] = math.copysign(math.sqrt(float(r2)), float(cxy)) if cxy != 0 else 0.0
    else:
        out["r"] = None
    return out


def ulps(a, b):
    if a == b:
        return 0
    return abs(a - b) / math.ulp(max(abs(a), abs(b)))


def run_sql(sql):
    return subprocess.run(PSQL, input=sql, capture_output=True, text=True)


QUERY = """
SELECT concat_ws(' ', (t).mean1, (t).mean2, (t).sd1, (t).sd2, (t).mean_diff,
       (p).mean_x, (p).mean_y, (p).mean_diff, (p).sd_diff, (p).r)
FROM (SELECT independent_t(x, g) t, paired_t(x, y) p FROM {tbl}) q;
"""
FIELDS = ["mean1", "mean2", "sd1", "sd2", "mean_diff",
          "mean_x", "mean_y", "p_mean_diff", "sd_diff", "r"]


def main():
    rng = random.Random(SEED)
    stats = {f: [0, 0, 0.0] for f in FIELDS}   # checked, failed, worst ulps
    plan_checks = [0, 0]
    overflow_checks = [0, 0]
    for i in range(NSETS):
        kind = KINDS[i % len(KINDS)]
        n = rng.choice([2, 3, 5, 17, 100, 2000]) if kind != "tiny" else rng.choice([3, 50])
        xs = gen(rng, kind, n)
        ys = gen(rng, kind, n)
        gs = [j % 2 for j in range(n)]
        gs[0], gs[-1] = 0, 1
        exp = exact(xs, ys, gs)
        rows = "\n".join("%r,%r,%d,%d" % (x, y, k, j) for j, (x, y, k) in enumerate(zip(xs, ys, gs)))
        half = n // 2
        sql = ("CREATE TEMP TABLE d (x float8, y float8, g int, j int);\n"
               "COPY d FROM STDIN WITH (FORMAT csv);\n" + rows + "\n\\.\n"
               + QUERY.format(tbl="d") +
               # the rows in another order, and two halves merged both ways
               "SELECT (SELECT independent_t(x, g)::text || paired_t(x, y)::text FROM (SELECT * FROM d ORDER BY j DESC) r)"
               " = (SELECT independent_t(x, g)::text || paired_t(x, y)::text FROM d);\n"
               "SELECT (SELECT independent_t_merge(s)::text FROM (SELECT independent_t_partial(x, g) s FROM d WHERE j < %d"
               " UNION ALL SELECT independent_t_partial(x, g) FROM d WHERE j >= %d) q)"
               " = (SELECT independent_t_merge(s)::text FROM (SELECT independent_t_partial(x, g) s FROM d WHERE j >= %d"
               " UNION ALL SELECT independent_t_partial(x, g) FROM d WHERE j < %d) q)"
               " AND (SELECT paired_t_merge(s)::text FROM (SELECT paired_t_partial(x, y) s FROM d WHERE j < %d"
               " UNION ALL SELECT paired_t_partial(x, y) FROM d WHERE j >= %d) q)"
               " = (SELECT paired_t(x, y)::text FROM d);\n") % ((half,) * 6)
        res = run_sql(sql)
        overflow = any(v == "overflow" for v in exp.values())
        if overflow:
            overflow_checks[0] += 1
            if res.returncode == 0 or "22003" not in res.stderr and "too large in magnitude" not in res.stderr:
                overflow_checks[1] += 1
                print("FAIL  dataset %d (%s): expected a class-22 overflow error, got %r %r"
                      % (i, kind, res.stdout[:200], res.stderr[:200]))
            continue
        if res.returncode != 0:
            for f in FIELDS:
                stats[f][1] += 1
            print("FAIL  dataset %d (%s, n=%d): %s" % (i, kind, n, res.stderr.strip()[:300]))
            continue
        lines = res.stdout.strip().split("\n")
        got = lines[0].split(" ")
        plan_checks[0] += 1
        if lines[1:] != ["t", "t"]:
            plan_checks[1] += 1
            print("FAIL  dataset %d (%s): results depend on row order or merge order: %s" % (i, kind, lines[1:]))
        # concat_ws skips NULLs: the fields expected NULL are not in the line
        it = iter(got)
        vals = {f: (None if exp[f] is None else float(next(it))) for f in FIELDS}
        for f in FIELDS:
            e, g = exp[f], vals[f]
            s = stats[f]
            s[0] += 1
            if e is None and g is None:
                continue
            u = ulps(g, e)
            s[2] = max(s[2], u)
            limit = 4 if f == "r" else 0
            if u > limit:
                s[1] += 1
                print("FAIL  dataset %d (%s, n=%d) %s: got %r, exact %r (%g ulps)" % (i, kind, n, f, g, e, u))
    passed = failed = 0
    for f in FIELDS:
        checked, bad, worst = stats[f]
        rule = "within 4 ulps" if f == "r" else "correctly rounded"
        ok = bad == 0 and checked > 0
        print("%s  %-12s %s on %d datasets (worst %g ulps)" % ("ok  " if ok else "FAIL", f, rule, checked, worst))
        passed += ok
        failed += not ok
    ok = plan_checks[1] == 0 and plan_checks[0] > 0
    print("%s  identical with the rows reversed and with partial states merged in either order (%d datasets)"
          % ("ok  " if ok else "FAIL", plan_checks[0]))
    passed += ok
    failed += not ok
    ok = overflow_checks[1] == 0 and overflow_checks[0] > 0
    print("%s  a variance beyond the double range is a class-22 error (%d datasets)"
          % ("ok  " if ok else "FAIL", overflow_checks[0]))
    passed += ok
    failed += not ok
    print("\n%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
