#!/usr/bin/env bash
# test/checks/timeouts.sh — issue 11, bounded and cancellable work.
#
# As a NON-superuser role (owner of its own database, which installs the
# extension itself), runs every slow algorithm at and beyond its documented
# limit (README, Guarantees) with statement_timeout = 2s, each case in a
# session of its own, and checks for each case:
#   1. the query returns within TIMEOUTS_MAX_MS (3000 ms: the timeout plus
#      1 s) as measured by psql's \timing, with a result or a clean error:
#      the timeout's 57014, or the SQLSTATE the case expects (54000 for the
#      refused ones); a case marked "fast" must not need the timeout at all
#      (its bound is enforced before the work);
#   2. the case's own expectation on the output (a note, a NULL field);
#   3. afterwards the same session still answers and the postmaster start
#      time is unchanged (no backend crashed, no restart);
#   4. the backend's peak resident memory (VmHWM, read from /proc by this
#      script while the session lives) stays below the case's budget.
# Slow inputs stream from generate_series in the target list (a ProjectSet,
# one row at a time); the large states are built by doubling a small one with
# the combine functions, and one 10,000,000-value mann_whitney_u state is
# built once so that a final function (sort, ranks, Hodges-Lehmann) runs
# into the timeout.  Runs on a throw-away cluster of its own, about a minute.
# Prints one line per case and then "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

max_ms=${TIMEOUTS_MAX_MS:-3000}
big_n=${TIMEOUTS_BIG_N:-10000000}

unset PKPC_CLUSTER_UP
PKPC_PORT=${TIMEOUTS_PORT:-54336}
cluster_start || { check_fail "timeouts: cluster_start"; summary; exit 1; }
PSQL=("$PKPC_PGBIN/psql" -X -q)
role=pkpc_tmo_$$
db=pkpc_tmo_$$
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-timeouts.XXXXXX")
trap 'rm -rf "$work"; cluster_stop' EXIT

# ---------------------------------------------------------------- set-up
if ! "${PSQL[@]}" -v ON_ERROR_STOP=1 -d postgres \
	-c "CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
	-c "CREATE DATABASE $db OWNER $role" >"$work/setup.log" 2>&1; then
	check_fail "timeouts: set-up (role, database)" "$(cat "$work/setup.log")"
	summary
	exit 1
fi
super=$("${PSQL[@]}" -U "$role" -d "$db" -Atc "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
log "timeouts: building the states (role $role, superuser: $super)"
if [[ $super != f ]] || ! "${PSQL[@]}" -v ON_ERROR_STOP=1 -U "$role" -d "$db" >>"$work/setup.log" 2>&1 <<-SQL; then
	CREATE EXTENSION pkpcohort;
	SET max_parallel_workers_per_gather = 0;
	-- n = 1,000,000 scores 0..6: ten copies merged are Shapiro-Wilk's limit
	CREATE TABLE sw_base AS
		SELECT shapiro_wilk_partial((i % 7)::float8) s FROM (SELECT generate_series(1, 1000000) i) q;
	-- a list-mode state of $big_n distinct values in two groups
	CREATE TABLE mw_big AS
		SELECT mann_whitney_u_partial(((i * 2654435761) % 4294967296)::float8, (i % 2)::int) s
		FROM (SELECT generate_series(1::bigint, $big_n) i) q;
	-- 128 scores in one group, doubled d times by the combine function
	CREATE FUNCTION mw_doubled(d int) RETURNS mann_whitney_u_state LANGUAGE sql AS \$\$
		WITH RECURSIVE r(i, s) AS (
			SELECT 0, mann_whitney_u_partial(v::float8, 'a') FROM generate_series(1, 128) v
			UNION ALL SELECT i + 1, mann_whitney_u_combine(s, s) FROM r WHERE i < d)
		SELECT mann_whitney_u_combine(s,
			(SELECT mann_whitney_u_partial(v / 7.0, 'b') FROM generate_series(1, 1000) v))
		FROM r WHERE i = d \$\$;
	CREATE FUNCTION ks_doubled(d int) RETURNS ks_normality_state LANGUAGE sql AS \$\$
		WITH RECURSIVE r(i, s) AS (
			SELECT 0, ks_normality_partial(v) FROM (VALUES (1.0), (2.0), (4.0)) t(v)
			UNION ALL SELECT i + 1, ks_normality_combine(s, s) FROM r WHERE i < d)
		SELECT s FROM r WHERE i = d \$\$;
	CREATE FUNCTION counts(r int, c int, n int) RETURNS bigint[] LANGUAGE sql AS \$\$
		SELECT array_agg(row ORDER BY i) FROM (
			SELECT i, ARRAY(SELECT (1 + (i * 7 + j * 13) % n)::bigint FROM generate_series(1, c) j) row
			FROM generate_series(1, r) i) q \$\$;
SQL
	check_fail "timeouts: set-up as the non-superuser role" "$(tail -n 20 "$work/setup.log")"
	summary
	exit 1
fi

# ---------------------------------------------------------------- cases
# name | kind | memory budget (MB) | query | expected output (ERE, or "")
#   kind fast: must return without the timeout (its bound comes first);
#   kind slow: may run into the timeout (57014); either way within max_ms.
# An expected SQLSTATE is written "sqlstate=XXXXX" in the output pattern.
cases=(
	"fisher_2x30000|fast|400|SELECT (chi_square(counts(2, 30000, 5))).notes|Fisher's exact test not computed"
	"fisher_6x6_at_bound|fast|400|SELECT (chi_square(counts(6, 6, 5))).notes|Fisher's exact test not computed"
	"fisher_40x100000_labels|slow|600|SELECT (r).n_cols, (r).notes FROM (SELECT chi_square(i % 100000, i % 40) r FROM (SELECT generate_series(1, 1000000) i) s) q|Fisher's exact test not computed"
	"chi_square_labels_beyond|fast|600|SELECT (chi_square(i, i % 41)).n FROM (SELECT generate_series(1, 200000) i) s|sqlstate=54000"
	"fisher_2x2_N_2e40|fast|400|SELECT (chi_square(ARRAY[[274877906944, 274877906900], [274877906800, 274877906944]])).notes|conditional maximum-likelihood odds ratio"
	"rank_exact_ties_at_bound|slow|400|SELECT (mann_whitney_u((i / 2)::float8, i % 2)).p_exact FROM (SELECT generate_series(1, 300) i) s|[0-9]"
	"rank_exact_ties_beyond|fast|400|SELECT (mann_whitney_u((i / 2)::float8, i % 2)).notes FROM (SELECT generate_series(1, 2000) i) s|exact p not computed"
	"signrank_exact_ties_at_bound|slow|400|SELECT (wilcoxon_signed_rank((i / 2)::float8, 0)).p_exact FROM (SELECT generate_series(1, 1000) i) s|[0-9]"
	"hl_sort_final_${big_n}|slow|900|SELECT (mann_whitney_u_merge(s)).hodges_lehmann FROM mw_big|"
	"hl_expand_at_bound_2e25|slow|900|SELECT (mann_whitney_u_final(mw_doubled(18))).hodges_lehmann|"
	"hl_expand_beyond|fast|400|SELECT (mann_whitney_u_final(mw_doubled(21))).notes|Hodges-Lehmann estimate not computed"
	"shapiro_wilk_at_bound_1e7|slow|600|SELECT (shapiro_wilk_merge(s)).n FROM sw_base, generate_series(1, 10)|10000000"
	"shapiro_wilk_beyond|fast|400|SELECT (shapiro_wilk_merge(s)).notes FROM (SELECT s FROM sw_base, generate_series(1, 10) UNION ALL SELECT shapiro_wilk_partial(1.0)) q|W not computed"
	"ks_n_3e60|fast|400|SELECT (ks_normality_final(ks_doubled(60))).n|3458764513820540928"
	"ks_stream_3e8|slow|600|SELECT (ks_normality(random())).n FROM (SELECT generate_series(1, 300000000)) s|"
	"shapiro_wilk_stream_3e8|slow|600|SELECT (shapiro_wilk(random())).n FROM (SELECT generate_series(1, 300000000)) s|"
	"mann_whitney_stream_3e8|slow|600|SELECT (mann_whitney_u(random(), i % 2)).n1 FROM (SELECT generate_series(1, 300000000) i) s|"
	"wilcoxon_stream_3e8|slow|600|SELECT (wilcoxon_signed_rank(random(), random())).n FROM (SELECT generate_series(1, 300000000)) s|"
	"levene_stream_3e8|slow|600|SELECT (levene_test(random(), i % 3)).n FROM (SELECT generate_series(1, 300000000) i) s|"
	"log_rank_k1000_at_bound|slow|400|SELECT (log_rank(i::float8, i <= 1000, i % 1000)).df FROM (SELECT generate_series(1, 2000) i) s|"
	"log_rank_k4000|fast|400|SELECT (log_rank(i::float8, true, i % 4000)).k FROM (SELECT generate_series(1, 4000) i) s|sqlstate=54000"
	"log_rank_k12000|fast|400|SELECT (log_rank(i::float8, true, i % 12000)).k FROM (SELECT generate_series(1, 12000) i) s|sqlstate=54000"
)

# field KEY FILE: the value of KEY=... in FILE (first match).
field() { grep -o "$1=[^ ]*" "$2" | head -n 1 | cut -d= -f2-; }

# run_case NAME QUERY OUT: one session of the role, as application_name
# tmo_NAME; prints the query's output, its time, the SQLSTATE of an error
# and what the session says afterwards.
run_case() {
	local name=$1 query=$2 out=$3
	PGAPPNAME=tmo_$name "${PSQL[@]}" -U "$role" -d "$db" -v VERBOSITY=verbose >"$out" 2>&1 <<-SQL
		SET max_parallel_workers_per_gather = 0;
		SET statement_timeout = '2s';
		\\timing on
		$query;
		\\timing off
		SET statement_timeout = 0;
		SELECT 'alive=' || 1 || ' start=' || extract(epoch from pg_postmaster_start_time());
		SELECT pg_sleep(0.3);
	SQL
}

# peak_kb NAME PID_OF_PSQL: VmHWM (kB) of the case's backend, sampled until
# the session ends.
peak_kb() {
	local name=$1 ppid=$2 pid="" hwm=0 v
	while kill -0 "$ppid" 2>/dev/null; do
		if [[ -z $pid ]]; then
			pid=$("${PSQL[@]}" -d postgres -Atc \
				"SELECT pid FROM pg_stat_activity WHERE application_name = 'tmo_$name'" 2>/dev/null | head -n 1)
		fi
		if [[ -n $pid ]]; then
			v=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)
			[[ -n $v ]] && hwm=$v
		fi
		sleep 0.05
	done
	echo "$hwm"
}

start_epoch=$("${PSQL[@]}" -d postgres -Atc "SELECT extract(epoch from pg_postmaster_start_time())")
for c in "${cases[@]}"; do
	IFS='|' read -r name kind budget query expect <<<"$c"
	out=$work/$name.out
	run_case "$name" "$query" "$out" &
	ppid=$!
	hwm=$(peak_kb "$name" "$ppid")
	wait "$ppid"
	ms=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$out" | head -n 1)
	state=$(sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p' "$out" | head -n 1)
	alive=$(field alive "$out")
	start=$(field start "$out")
	mb=$((hwm / 1024))
	problems=()
	[[ -n $ms ]] || problems+=("no timing")
	if [[ -n $ms ]] && ! awk -v t="$ms" -v m="$max_ms" 'BEGIN { exit !(t <= m) }'; then
		problems+=("took ${ms} ms > ${max_ms} ms")
	fi
	if [[ -n $state && $state != 57014 && $expect != "sqlstate=$state" ]]; then
		problems+=("error $state: $(grep -m1 '^ERROR' "$out")")
	fi
	if [[ $kind == fast && $state == 57014 ]]; then
		problems+=("ran into the timeout: the bound did not come first")
	fi
	if [[ $expect == sqlstate=* ]]; then
		[[ $state == "${expect#sqlstate=}" ]] || problems+=("expected SQLSTATE ${expect#sqlstate=}, got ${state:-none}")
	elif [[ -n $expect && $state != 57014 ]] && ! grep -qE -- "$expect" "$out"; then
		problems+=("output does not match /$expect/")
	fi
	[[ $alive == 1 ]] || problems+=("session did not answer afterwards")
	[[ $start == "$start_epoch" ]] || problems+=("postmaster restarted")
	((mb <= budget)) || problems+=("peak memory ${mb} MB > ${budget} MB")
	outcome=${state:-result}
	[[ $outcome == 57014 ]] && outcome="57014 (timeout)"
	if ((${#problems[@]} == 0)); then
		check_pass "timeouts/$name: ${ms} ms, $outcome, peak ${mb} MB"
	else
		check_fail "timeouts/$name" "$(IFS='; '; echo "${problems[*]}")"
		sed 's/^/      /' "$out" | head -n 12
	fi
done

if grep -E 'terminated by signal|PANIC|server process .* was terminated' "$PKPC_CLUSTER_DIR/server.log"; then
	check_fail "timeouts: server log" "a backend was killed (log lines above)"
else
	check_pass "timeouts: no backend killed (server log)"
fi
summary
