#!/usr/bin/env bash
# test/checks/catalog.sh — every test aggregate of the installed extension has
# what Citus 13 needs to split it (CI cannot run Citus): a real state type
# whose text form round-trips exactly, a combine function, no polymorphic
# argument or transition function in the concrete overloads (and concrete
# overloads for text, boolean, integer and bigint labels wherever there is a
# polymorphic one), PARALLEL SAFE support functions, and the X_partial /
# X_merge twins.  See catalog.sql.  The aggregates come from the catalog
# (pg_depend on the extension), so a new test family is covered without an
# edit.
#
# Uses the cluster of PGHOST/PGPORT/PGUSER (run_all.sh's); works in a scratch
# database of its own, dropped on exit.  Last line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/testagg.bash"

work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-catalog.XXXXXX")
cleanup() {
	check_db_drop
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! check_db_create "pkpc_chk_catalog_$$" ||
	! "${check_psql[@]}" -d "$CHECK_DB" -f "$checks_dir/catalog.sql" \
		-c "SELECT pkpc_check.make_data('data', 500)" \
		-c "SELECT pkpc_check.pick_calls('data')" >/dev/null; then
	check_fail "catalog set-up" "see the psql errors above"
	summary
	exit 1
fi

n=$("${check_psql[@]}" -d "$CHECK_DB" -c 'SELECT count(*) FROM pkpc_check.test_aggregates')
echo "catalog: $n test aggregate overloads"
if ((n == 0)); then
	check_fail "catalog" "no test aggregate found in the catalog"
fi
if "${check_psql[@]}" -d "$CHECK_DB" -c 'SELECT * FROM pkpc_check.catalog_lines()' >"$work/out" 2>&1; then
	count_lines "$work/out"
	if ((COUNTED != 6 * n)); then
		check_fail "catalog" "$COUNTED checks printed, $((6 * n)) expected"
	fi
else
	cat "$work/out"
	check_fail "catalog" "catalog_lines() failed"
fi
summary
