#!/usr/bin/env bash
# test/checks/r_spss.sh — README.md's table "Which field is R's or SPSS's
# number", checked: for each R function called with its default arguments
# and each PSPP (SPSS's layout) table, the pkpcohort field README.md names
# holds that number.  r_spss.R writes small fixed datasets (and the same data
# as PSPP syntax), the database computes every field (r_spss.sql), PSPP runs
# the syntax, and r_spss.R compares.  One check per table row.
#
# Uses the cluster of test/run_all.sh, or starts its own (test/lib.sh).
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source test/checks/testagg.bash

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-rspss.XXXXXX")
chmod 755 "$work"
cleanup() {
	check_db_drop
	rm -rf "$work"
	cluster_stop
}
trap cleanup EXIT

for tool in Rscript pspp; do
	command -v "$tool" >/dev/null || { check_fail "$tool installed" "not on PATH"; summary; exit 1; }
done
if ! Rscript test/checks/r_spss.R data "$work" >"$work/r-data.log" 2>&1; then
	check_fail "r_spss.R data" "$(tail -5 "$work/r-data.log" | tr '\n' ' ')"
	summary
	exit 1
fi

# The datasets as tables rs_<name>, typed by column name.
load_sql() {
	local f name cols
	for f in "$work"/*.csv; do
		name=$(basename "$f" .csv)
		cols=$(head -1 "$f" | tr -d '"' | tr ',' '\n' | while read -r c; do
			case $c in
			g) echo "$c text" ;;
			a | b | r | c) echo "$c integer" ;;
			event) echo "$c boolean" ;;
			*) echo "$c float8" ;;
			esac
		done | paste -sd, -)
		echo "CREATE TABLE rs_$name ($cols);"
		echo "\\copy rs_$name FROM '$f' WITH (FORMAT csv, HEADER)"
	done
}
if ! check_db_create "pkpc_chk_rspss_$$" ||
	! load_sql | "${check_psql[@]}" -d "$CHECK_DB" >"$work/load.log" 2>&1 ||
	! "$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 --csv -d "$CHECK_DB" \
		-f test/checks/r_spss.sql -o "$work/ours.csv" 2>"$work/query.log"; then
	check_fail "load and query" "$(cat "$work/load.log" "$work/query.log" | head -5 | tr '\n' ' ')"
	summary
	exit 1
fi

if ! pspp -O format=csv "$work/pspp.sps" -o "$work/pspp.csv" >"$work/pspp.log" 2>&1; then
	check_fail "pspp" "$(tail -5 "$work/pspp.log" | tr '\n' ' ')"
	summary
	exit 1
fi

Rscript test/checks/r_spss.R compare "$work" >"$work/compare" 2>"$work/compare.err"
grep -E '^(ok|FAIL)\|' "$work/compare" >"$work/lines"
count_lines "$work/lines"
grep -vE '^(ok|FAIL)\|' "$work/compare" "$work/compare.err" | grep -v '^\s*$' | head -20
if ((COUNTED < 30)); then
	check_fail "r_spss.R compare" "only $COUNTED checks printed: $(tail -3 "$work/compare.err" | tr '\n' ' ')"
fi
summary
