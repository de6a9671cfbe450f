#!/usr/bin/env bash
# test/checks/large.sh — the large rank tests.
#
# mann_whitney_u and wilcoxon_signed_rank over LARGE_N (50,000,000) rows,
# serially (no parallel workers), on a throw-away cluster of its own (the
# second part restarts the postmaster under a memory limit, which must not
# touch the suite's cluster).  The rows are never stored: generate_series in
# the target list is a ProjectSet node, which streams one row at a time (in
# FROM it would be a Function Scan that first writes every row into a
# tuplestore), so the run measures the aggregate alone.  Values are distinct
# (a multiplicative hash of i), so the rank state holds every value instead
# of its value -> count map: the worst case for memory.
#
# Checks:
#   1. each test completes with a result: the counts equal LARGE_N and
#      p_value is not NULL;
#   2. the backend's peak resident memory (VmHWM of /proc/self/status, read
#      through pg_read_file in the same session) grows by at most
#      LARGE_MAX_BYTES_PER_ROW (64) bytes per row over the session's own
#      value before the query;
#   3. each query takes at most LARGE_MAX_SECONDS (240 s), so that the check
#      stays within CI's budget;
#   4. restarted with `ulimit -v LARGE_LIMIT_KB` (768 MiB, below what 8 bytes
#      per row of values plus the server's own mappings need) on the postmaster,
#      the same queries fail with SQLSTATE 53200 "out of memory", and
#      afterwards the same session and a new one still answer, and the
#      server log shows no backend killed by a signal.
# Prints one line per check and then "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

N=${LARGE_N:-50000000}
max_bpr=${LARGE_MAX_BYTES_PER_ROW:-64}
max_s=${LARGE_MAX_SECONDS:-240}
limit_kb=${LARGE_LIMIT_KB:-786432}

# Always a cluster of our own (on its own socket directory and port).
unset PKPC_CLUSTER_UP
PKPC_PORT=${LARGE_PORT:-54338}
cluster_start || { check_fail "large: cluster_start"; summary; exit 1; }
PSQL=("$PKPC_PGBIN/psql" -X -q)
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-large.XXXXXX")
trap 'rm -rf "$work"; cluster_stop' EXIT

if ! "${PSQL[@]}" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pkpcohort" >"$work/setup.log" 2>&1; then
	check_fail "large: setup" "$(cat "$work/setup.log")"
	summary
	exit 1
fi

# name | aggregate call over i | expression giving the number of rows used
tests=(
	"mann_whitney_u|mann_whitney_u(((i * 2654435761) % 4294967296)::float8, (i % 2)::int)|(r).n1 + (r).n2"
	"wilcoxon_signed_rank|wilcoxon_signed_rank(((i * 2654435761) % 4294967296)::float8, ((i * 40503) % 65536)::float8 * 65536)|(r).n + (r).n_zero"
)

# run_one NAME CALL COUNT_EXPR OUT: one session: VmHWM before, the query
# (timed by the server's clock), VmHWM after; prints key=value lines to OUT.
run_one() {
	local call=$2 count=$3 out=$4
	"${PSQL[@]}" -At -v VERBOSITY=verbose >"$out" 2>&1 <<-SQL
		SET max_parallel_workers_per_gather = 0;
		SELECT 'hwm0=' || substring(pg_read_file('/proc/self/status') from 'VmHWM:\s*(\d+) kB');
		SELECT 't0=' || extract(epoch from clock_timestamp());
		SELECT 'rows=' || ($count) || ' p_null=' || ((r).p_value IS NULL)
		FROM (SELECT ($call) r FROM (SELECT generate_series(1::bigint, $N) i) s) q;
		SELECT 't1=' || extract(epoch from clock_timestamp());
		SELECT 'hwm1=' || substring(pg_read_file('/proc/self/status') from 'VmHWM:\s*(\d+) kB');
		SELECT 'alive=' || 1;
	SQL
}

# field KEY FILE: the value of KEY=... in FILE (first match).
field() { grep -o "$1=[^ ]*" "$2" | head -n 1 | cut -d= -f2; }

echo "   N = $N rows, serial plan, distinct values"
for t in "${tests[@]}"; do
	IFS='|' read -r name call count <<<"$t"
	out=$work/$name.out
	run_one "$name" "$call" "$count" "$out"
	rows=$(field rows "$out") pnull=$(field p_null "$out")
	t0=$(field t0 "$out") t1=$(field t1 "$out")
	h0=$(field hwm0 "$out") h1=$(field hwm1 "$out")
	if [[ $rows == "$N" && $pnull == false ]]; then
		check_pass "large/$name: result over $rows rows"
	else
		check_fail "large/$name: result" "$(cat "$out")"
		continue
	fi
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	bpr=$(awk -v a="$h0" -v b="$h1" -v n="$N" 'BEGIN { printf "%.1f", (b - a) * 1024 / n }')
	echo "   $name: ${secs} s, VmHWM ${h0} -> ${h1} kB, ${bpr} bytes/row"
	if awk -v x="$bpr" -v m="$max_bpr" 'BEGIN { exit !(x <= m) }'; then
		check_pass "large/$name: peak memory ${bpr} bytes/row <= $max_bpr"
	else
		check_fail "large/$name: peak memory" "${bpr} bytes/row > $max_bpr"
	fi
	if awk -v x="$secs" -v m="$max_s" 'BEGIN { exit !(x <= m) }'; then
		check_pass "large/$name: ${secs} s <= $max_s s"
	else
		check_fail "large/$name: time" "${secs} s > $max_s s"
	fi
done

# ---------------------------------------------------------------- memory limit
log "large: restarting the postmaster under ulimit -v $limit_kb"
as_pg "$PKPC_PGBIN/pg_ctl" -D "$PKPC_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1
if ! (ulimit -v "$limit_kb" && as_pg "$PKPC_PGBIN/pg_ctl" -D "$PKPC_CLUSTER_DIR/data" \
	-l "$PKPC_CLUSTER_DIR/server.log" -w -t 60 start) >"$work/restart.log" 2>&1; then
	check_fail "large: restart under ulimit -v" "$(cat "$work/restart.log")"
	summary
	exit 1
fi
for t in "${tests[@]}"; do
	IFS='|' read -r name call count <<<"$t"
	out=$work/$name-oom.out
	run_one "$name" "$call" "$count" "$out"
	if grep -q 'ERROR:  53200: out of memory' "$out"; then
		check_pass "large/$name: clean out-of-memory error under ulimit -v $limit_kb"
	else
		check_fail "large/$name: out-of-memory error" "$(cat "$out")"
	fi
	# The script goes on after the error (no ON_ERROR_STOP): the same session answers.
	if [[ $(field alive "$out") == 1 ]] &&
		[[ $("${PSQL[@]}" -At -c "SELECT 1 + 1" 2>&1) == 2 ]]; then
		check_pass "large/$name: server alive after the error (same and new session)"
	else
		check_fail "large/$name: server alive" "$(tail -n 5 "$out")"
	fi
done
if grep -E 'terminated by signal|PANIC|server process .* was terminated' "$PKPC_CLUSTER_DIR/server.log"; then
	check_fail "large: server log" "a backend was killed (log lines above)"
else
	check_pass "large: no backend killed (server log)"
fi
summary
