#!/usr/bin/env bash
# test/checks/parallel_all.sh — every test aggregate of the installed extension
# under a forced parallel plan: the plan has a Partial Aggregate below a Gather
# and a Finalize Aggregate above it, and the result is identical to the
# serial one, field by field.  The aggregates and their calls come from the
# catalog (testagg.sql), so a new test family is covered without an edit.
#
# Uses the cluster of PGHOST/PGPORT/PGUSER (run_all.sh's); works in a scratch
# database of its own, dropped on exit.  Last line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/testagg.bash"

work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-parallel.XXXXXX")
cleanup() {
	check_db_drop
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1000 rows by default (PKPC_PARALLEL_ROWS).
rows=${PKPC_PARALLEL_ROWS:-1000}
if ! check_db_create "pkpc_chk_parallel_$$" ||
	! "${check_psql[@]}" -d "$CHECK_DB" -f "$checks_dir/parallel_all.sql" \
		-c "SELECT pkpc_check.make_data('data', $rows)" \
		-c "SELECT pkpc_check.pick_calls('data')" >/dev/null ||
	! "${check_psql[@]}" -d "$CHECK_DB" -c 'SELECT pkpc_check.parallel_script()' >"$work/script.sql"; then
	check_fail "parallel_all set-up" "see the psql errors above"
	summary
	exit 1
fi

ncalls=$("${check_psql[@]}" -d "$CHECK_DB" -c 'SELECT count(*) FROM pkpc_check.calls')
echo "parallel_all: $ncalls test aggregate overloads, $rows rows"
if ((ncalls == 0)); then
	check_fail "parallel_all" "no test aggregate found in the catalog"
fi

# No ON_ERROR_STOP: a failing call is reported by the script's \if guards and
# the next one still runs.
"$PKPC_PGBIN/psql" -X -q -At -F '|' -d "$CHECK_DB" -f "$work/script.sql" >"$work/out" 2>&1
count_lines "$work/out"
# Which worker scans which pages is timing; over all the runs at least one
# must have had both workers aggregate rows, or the combine function was
# never exercised by parallel query.
split=$(grep -cE '^info\|workers with rows [^|]*\|2$' "$work/out" || true)
if ((split > 0)); then
	check_pass "parallel_all: both workers aggregated rows in $split of $ncalls runs"
else
	check_fail "parallel_all" "no run had both workers aggregate rows: the combine functions were not exercised"
fi
if ((COUNTED != 2 * ncalls)); then
	check_fail "parallel_all" "$COUNTED checks printed, $((2 * ncalls)) expected (psql errors above)"
fi
summary
