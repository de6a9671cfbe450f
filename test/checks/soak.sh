#!/usr/bin/env bash
# test/checks/soak.sh — concurrent load.
#
# pgbench runs SOAK_CLIENTS (4) clients for SOAK_SECONDS (75) seconds; each
# transaction calls every aggregate and function of pkpcohort once on
# SOAK_ROWS (2000) rows.  The statements are generated from the catalog by
# security_calls.sql (its STMT lines), so later families join by themselves;
# the *_merge aggregates, which need a stored state, are exercised by
# security.sh and the regression tests instead.
#
# Passes when: pgbench ends with no failed transaction and no aborted client;
# a sentinel session stays connected the whole time (a crashed backend makes
# the postmaster end every session); the private memory (RssAnon, from
# /proc/PID/status) of every pgbench backend grows by at most
# SOAK_MAX_GROWTH_KB (8192) between the sample at one third of the run and
# the last one (per-query memory is freed at the end of each statement, so
# steady growth would be a leak into a long-lived context).
#
# Uses the cluster of test/run_all.sh, or starts its own (test/lib.sh); it
# must be on this machine (memory is read from /proc).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

clients=${SOAK_CLIENTS:-4}
seconds=${SOAK_SECONDS:-75}
rows=${SOAK_ROWS:-2000}
max_growth=${SOAK_MAX_GROWTH_KB:-8192}

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
PSQL=("$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
db=pkpc_soak_$$
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-soak.XXXXXX")
chmod 755 "$work"
pids=()
cleanup() {
	local p
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	rm -rf "$work"
	cluster_stop
}
trap cleanup EXIT

if ! "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db" >"$work/setup.log" 2>&1 ||
	! "${PSQL[@]}" -d "$db" -c "CREATE EXTENSION pkpcohort" >>"$work/setup.log" 2>&1; then
	check_fail "soak: setup" "$(cat "$work/setup.log")"
	summary
	exit 1
fi

# The workload: one statement per aggregate/function, from the catalog.
PGOPTIONS="-c pkpc.sample_rows=$rows" "${PSQL[@]}" -d "$db" -f test/checks/security_calls.sql 2>&1 |
	sed -n 's/^.*NOTICE:  STMT //p' | grep -v state_samples | sed 's/$/;/' >"$work/workload.sql"
nstmt=$(wc -l <"$work/workload.sql")
if ((nstmt == 0)); then
	check_fail "soak: workload" "no statement generated"
	summary
	exit 1
fi
echo "   workload: $nstmt statements on $rows rows per transaction, $clients clients, ${seconds}s"

# Sentinel: a session that must survive the whole run.
"${PSQL[@]}" -d "$db" -c "SELECT pg_sleep($seconds + 10)" >"$work/sentinel.log" 2>&1 &
sentinel=$!
pids+=("$sentinel")

"$PKPC_PGBIN/pgbench" -n -c "$clients" -j 2 -T "$seconds" -f "$work/workload.sql" "$db" \
	>"$work/pgbench.log" 2>&1 &
bench=$!
pids+=("$bench")

# Memory of the pgbench backends: RssAnon in kB, sampled every 5 s.
sample() {
	local pid kb
	for pid in $("${PSQL[@]}" -d postgres -Atc "SELECT pid FROM pg_stat_activity
		WHERE datname = '$db' AND application_name = 'pgbench'" 2>/dev/null); do
		kb=$(awk '/^RssAnon:/ {a = $2} /^VmHWM:/ {h = $2} END {if (a != "") print a, h}' "/proc/$pid/status" 2>/dev/null)
		[[ -n $kb ]] && echo "$pid $kb"
	done
}
t=0
: >"$work/mem.log"
while kill -0 "$bench" 2>/dev/null && ((t < seconds + 60)); do
	sleep 5
	t=$((t + 5))
	if ((t <= seconds)); then
		sample | sed "s/^/$t /" >>"$work/mem.log"
	fi
done
wait "$bench"
rc=$?

# pgbench outcome
tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.log")
failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.log")
if ((rc == 0)) && [[ -n $tx ]] && ((tx > 0)) && [[ ${failed:-0} == 0 ]] && ! grep -q 'aborted' "$work/pgbench.log"; then
	check_pass "soak: pgbench $clients clients ${seconds}s, $tx transactions ($((tx * nstmt)) aggregate calls), no error"
else
	grep -iE 'error|abort|fail' "$work/pgbench.log" | head -10
	check_fail "soak: pgbench" "exit $rc, ${tx:-0} transactions, ${failed:-?} failed"
fi

# no crash: the sentinel kept its connection
if kill -0 "$sentinel" 2>/dev/null; then
	kill "$sentinel" 2>/dev/null
	wait "$sentinel" 2>/dev/null
	check_pass "soak: server up, no backend crash (sentinel session still connected)"
elif wait "$sentinel"; then
	check_pass "soak: server up, no backend crash (sentinel session still connected)"
else
	check_fail "soak: no backend crash" "sentinel session lost: $(tail -2 "$work/sentinel.log" | tr '\n' ' ')"
fi

# memory: per backend, first sample at or after a third of the run vs last
third=$((seconds / 3))
report=$(awk -v third="$third" -v max="$max_growth" '
	$1 >= third { if (!($2 in first)) first[$2] = $3; last[$2] = $3; hwm[$2] = $4 }
	END {
		n = 0; worst = -1e18; bad = 0
		for (p in first) {
			n++; g = last[p] - first[p]
			if (g > worst) worst = g
			if (g > max) bad++
			printf "   backend %s: RssAnon %d kB -> %d kB (peak RSS %d kB)\n", p, first[p], last[p], hwm[p] > "/dev/stderr"
		}
		printf "%d %d %d\n", n, worst, bad
	}' "$work/mem.log" 2>"$work/mem.report")
cat "$work/mem.report"
read -r nb worst bad <<<"$report"
if ((nb == 0)); then
	check_fail "soak: backend memory sampled" "no pgbench backend found in pg_stat_activity"
elif ((bad == 0)); then
	check_pass "soak: backend memory stable ($nb backends, largest RssAnon growth ${worst} kB after ${third}s, limit ${max_growth} kB)"
else
	check_fail "soak: backend memory stable" "$bad of $nb backends grew more than ${max_growth} kB (largest ${worst} kB)"
fi
summary
