#!/usr/bin/env bash
# test/checks/demo.sh — the study demo, the first Quick start command
# (`bash test/demo.sh`), is lean, quiet and right:
#   lean    the Debian packages it installs (PKPC_DEMO_PACKAGES) do not bring
#           in R, PSPP, SciPy/statsmodels or valgrind, even through their
#           dependencies (apt-cache depends --recurse); nothing on its path
#           calls them (the scripts and SQL it runs, and a run with stubs of
#           those programs first on PATH that record any call); the cohort it
#           loads is committed data, byte for byte what its generator writes;
#   quiet   a run prints only psql's output (the first line is Table 1's
#           title, no compiler line), the build's output goes to the log, and
#           a failing build shows the log's tail and fails;
#   right   R recomputes from the demo's registry rows what its tables print
#           beside the p-values — effects and their 95 % CIs, the paired
#           changes, the odds ratios — and the audit verdict of every printed
#           p-value (test/checks/demo_reference.R).
# The demo runs on its own throw-away cluster; the R comparison loads the demo
# into a scratch database of the cluster of PGHOST/PGPORT (run_all.sh's, or
# one started here).  Last line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/testagg.bash"
cd "$PKPC_ROOT" || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-demo.XXXXXX")
chmod 755 "$work"
cleanup() {
	check_db_drop
	cluster_stop
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------ lean
# Packages only the test suite needs (the references and the checkers).
suite_only='^(r-base-core|r-base|r-recommended|r-cran-.*|pspp|python3-scipy|python3-statsmodels|python3-numpy|valgrind)$'

bad=$(printf '%s\n' "${PKPC_DEMO_PACKAGES[@]}" | grep -E "$suite_only" || true)
if [[ -z $bad ]]; then
	check_pass "demo packages: ${PKPC_DEMO_PACKAGES[*]}"
else
	check_fail "demo packages" "the demo installs $bad"
fi

if apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
	--no-replaces --no-enhances "${PKPC_DEMO_PACKAGES[@]}" >"$work/closure" 2>"$work/closure.err"; then
	grep -v '^ ' "$work/closure" | sed 's/^<\(.*\)>$/\1/' | sort -u >"$work/closure.names"
	bad=$(grep -E "$suite_only" "$work/closure.names" | tr '\n' ' ')
	if [[ -z $bad ]]; then
		check_pass "demo packages' dependency closure ($(wc -l <"$work/closure.names") names) has no R, PSPP, SciPy or valgrind"
	else
		check_fail "demo packages' dependency closure" "it holds $bad"
	fi
else
	check_fail "demo packages' dependency closure" \
		"apt-cache depends failed (no package lists? apt-get update): $(head -n 3 "$work/closure.err")"
fi

# The scripts and SQL the demo runs: no reference program, no psql shell
# escape or COPY ... PROGRAM that could start one.
demo_files=(test/demo.sh test/demo/*.sql)
hits=$(grep -nE '\b(Rscript|pspp|python3?|valgrind)\b' "${demo_files[@]}" |
	grep -vE '^[^:]+:[0-9]+:[[:space:]]*(--|#)' || true)
escapes=$(grep -nE '\\!|\bPROGRAM\b|\\(g|o)[[:space:]]*\|' test/demo/*.sql || true)
if [[ -z $hits && -z $escapes ]]; then
	check_pass "no reference program or shell escape in ${#demo_files[@]} demo files"
else
	check_fail "demo files call other programs" "$hits $escapes"
fi

# The cohort is committed data: the file the demo loads is in git, and is what
# its generator writes (R is the suite's, not the demo's).
if [[ -d .git || -f .git ]] && ! git ls-files --error-unmatch test/demo/cohort.sql >/dev/null 2>&1; then
	check_fail "demo cohort" "test/demo/cohort.sql is not committed"
elif ! Rscript test/demo/gen_cohort.R >"$work/cohort.sql" 2>"$work/gen.err"; then
	check_fail "demo cohort" "gen_cohort.R failed: $(tail -n 3 "$work/gen.err")"
elif cmp -s "$work/cohort.sql" test/demo/cohort.sql; then
	check_pass "demo cohort: committed, and equal to gen_cohort.R's output"
else
	check_fail "demo cohort" "test/demo/cohort.sql differs from what gen_cohort.R writes"
fi

# ------------------------------------------------------------ a run of the demo
# Stubs of the suite's programs, first on PATH: a call is recorded and fails.
mkdir -p "$work/stubs"
for prog in R Rscript python3 python pspp valgrind; do
	printf '#!/bin/sh\necho "%s $*" >> "%s/stub_calls"\nexit 97\n' "$prog" "$work" >"$work/stubs/$prog"
	chmod 755 "$work/stubs/$prog"
done
PATH="$work/stubs:$PATH" PKPC_DEMO_LOG="$work/demo.log" bash test/demo.sh \
	>"$work/demo.out" 2>"$work/demo.err"
rc=$?
if ((rc == 0)); then
	check_pass "demo: bash test/demo.sh exits 0"
else
	check_fail "demo: bash test/demo.sh" "exit status $rc; stderr: $(tail -n 5 "$work/demo.err")"
fi
if [[ -s $work/stub_calls ]]; then
	check_fail "demo calls the suite's programs" "$(head -n 3 "$work/stub_calls")"
else
	check_pass "demo: no call of R, Rscript, python3, pspp or valgrind"
fi
first=$(grep -m 1 -v '^[[:space:]]*$' "$work/demo.out" || true)
compiler=$(grep -nE '(^|[ /])(gcc|cc|clang(-[0-9]+)?|llvm-lto|install)[[:space:]]+-|(^|[[:space:]])-(fPIC|Wall|Werror|I/)|^make(\[[0-9]+\])?:' \
	"$work/demo.out" | head -n 3 || true)
if [[ $first == "== Table 1 "* && -z $compiler ]]; then
	check_pass "demo: standard output starts with Table 1's title and has no compiler line"
else
	check_fail "demo: standard output" "first line: '$first'; compiler lines: $compiler"
fi
missing=()
for title in '== Table 1 ' '== Table 2 ' '== Table 2, paired' '== Table 3 ' '== Audit'; do
	grep -qF -- "$title" "$work/demo.out" || missing+=("$title")
done
if ((${#missing[@]} == 0)) && grep -qE 'pkpcohort\.so|make install|Nothing to be done' "$work/demo.log"; then
	check_pass "demo: every table printed; the build's output is in the log ($(wc -l <"$work/demo.log") lines)"
else
	check_fail "demo: tables and log" "missing titles: ${missing[*]:-none}; log: $(head -c 200 "$work/demo.log")"
fi

# A build that fails: the log's tail on stderr, nothing on stdout, non-zero exit.
mkdir -p "$work/nopg"
PKPC_PGBIN="$work/nopg" PKPC_SKIP_DEPS=1 PKPC_DEMO_LOG="$work/fail.log" bash test/demo.sh \
	>"$work/fail.out" 2>"$work/fail.err"
rc=$?
if ((rc != 0)) && [[ ! -s $work/fail.out ]] && grep -q 'failed' "$work/fail.err" &&
	grep -qF "$work/nopg/pg_config" "$work/fail.err"; then
	check_pass "demo: a failing build exits $rc and shows the log's tail"
else
	check_fail "demo: failing build" "exit $rc; stdout $(wc -c <"$work/fail.out") bytes; stderr: $(tail -n 3 "$work/fail.err")"
fi

# ------------------------------------------------------------ figures against R
if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	if ! cluster_start; then
		check_fail "cluster_start"
		summary
		exit 1
	fi
	trap cleanup EXIT  # cluster_start installed its own
fi
db=pkpc_chk_demo_$$
export_csv() {
	"$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" \
		-c "COPY ($2) TO STDOUT WITH (FORMAT csv, HEADER)" >"$work/$1"
}
if ! "${check_psql[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null; then
	check_fail "demo reference" "cannot create database $db"
	summary
	exit 1
fi
CHECK_DB=$db
if "$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION pkpcohort' \
	-c 'SET client_min_messages = warning' -f test/demo/registry.sql -f test/demo/cohort.sql \
	-f test/demo/analysis.sql >"$work/analysis.out" 2>&1 &&
	export_csv measurement.csv 'SELECT procedure_id, grp, variable, timepoint, value FROM study.measurement' &&
	export_csv comparison.csv 'SELECT * FROM study.comparison' &&
	export_csv paired.csv 'SELECT * FROM study.paired' &&
	export_csv categorical.csv 'SELECT procedure_id, grp, variable, level FROM study.categorical' &&
	export_csv patient_row.csv 'SELECT procedure_id, grp, dead_by_3m, dead_by_1y FROM study.patient_row' &&
	export_csv leak.csv "SELECT pr.cement_pattern AS grp, c.leakage_site AS site
		FROM registry.complication c JOIN registry.procedure pr USING (procedure_id)
		WHERE c.kind = 'cement leakage'" &&
	export_csv effects.csv "SELECT 1 AS tbl, variable, NULL AS timepoint, effect_kind, effect,
			effect_ci_lower, effect_ci_upper
		FROM study.table1 t WHERE test = 'chi-square'
		  AND line = (SELECT min(line) FROM study.table1 u WHERE u.variable = t.variable)
		UNION ALL
		SELECT 3, variable, timepoint, effect_kind, effect, effect_ci_lower, effect_ci_upper
		FROM study.table3 WHERE variable IN ('cement_leakage', 'death')
		  AND line IN (SELECT min(line) FROM study.table3 GROUP BY variable, timepoint)" &&
	export_csv flags.csv 'SELECT line, p_paper_check FROM study.table1
		UNION ALL SELECT line, p_paper_check FROM study.table2
		UNION ALL SELECT line, p_paper_check FROM study.table3' &&
	export_csv audit.csv 'SELECT tbl, variable, timepoint, source, p_reported, follows_from, verdict
		FROM study.audit' &&
	export_csv repeated.csv 'SELECT * FROM study.repeated' &&
	export_csv adjusted.csv 'SELECT * FROM study.table2_adjusted' &&
	export_csv survival.csv 'SELECT grp, follow_up_months, died FROM study.patient_row' &&
	export_csv survival_at.csv 'SELECT grp, months, (step).* FROM study.survival_at' &&
	export_csv survival_median.csv 'SELECT * FROM study.survival_median' &&
	export_csv hazard_ratio.csv 'SELECT * FROM study.hazard_ratio'; then
	Rscript test/checks/demo_reference.R "$work" test/demo/paper_tables.csv >"$work/reference.out" 2>&1
	rc=$?
	count_lines "$work/reference.out"
	if ((rc != 0)); then
		check_fail "demo reference" "demo_reference.R exited $rc (output above)"
	elif ((COUNTED < 100)); then
		check_fail "demo reference" "only $COUNTED comparisons made"
	fi
else
	cat "$work/analysis.out"
	check_fail "demo reference" "loading the demo or exporting its views failed (output above)"
fi
summary
