#!/usr/bin/env bash
# test/checks/documentation.sh — the extension explains itself, from the
# catalog of a fresh install (documentation.sql):
#   - every field of every composite (result) type has COMMENT ON COLUMN, so
#     that `\d+ mann_whitney_u_result` says what u_min or p_exact is;
#   - every function, aggregate and type has COMMENT ON;
#   - README.md documents every field of every result type: under the
#     heading that names the type (`..._result`), a table row whose first
#     cell names the field in backquotes;
#   - README.md names every function users call (support functions of the
#     aggregates and state types aside).
# A new result type, field or function is covered without an edit here.
#
# Uses the cluster of test/run_all.sh, or starts its own (test/lib.sh).
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source test/checks/testagg.bash

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-doc.XXXXXX")
cleanup() {
	check_db_drop
	rm -rf "$work"
	cluster_stop
}
trap cleanup EXIT

if ! check_db_create "pkpc_chk_doc_$$" ||
	! "${check_psql[@]}" -d "$CHECK_DB" -f test/checks/documentation.sql >"$work/out" 2>"$work/err"; then
	check_fail "documentation set-up" "$(head -5 "$work/err" | tr '\n' ' ')"
	summary
	exit 1
fi

# 1. comments in the catalog
grep -E '^(ok|FAIL)\|' "$work/out" >"$work/catalog"
count_lines "$work/catalog"
((COUNTED >= 3)) || check_fail "documentation.sql" "only $COUNTED catalog checks printed"

# 2. README.md: the fields of each result type, in the table under its heading.
# readme_fields TYPE: the backquoted names in the first cell of the table rows
# between the heading that names `TYPE` and the next heading.
readme_fields() {
	awk -v t="\`$1\`" '
		/^#/ { inside = index($0, t) > 0; next }
		inside && /^\|/ {
			n = split($0, cell, "|")
			s = cell[2]
			while (match(s, /`[^`]+`/)) {
				print substr(s, RSTART + 1, RLENGTH - 2)
				s = substr(s, RSTART + RLENGTH)
			}
		}' README.md | sort -u
}
mapfile -t types < <(awk -F'|' '$1 == "field" { print $2 }' "$work/out" | sort -u)
for t in "${types[@]}"; do
	readme_fields "$t" >"$work/readme.$t"
	missing=$(awk -F'|' -v t="$t" '$1 == "field" && $2 == t { print $3 }' "$work/out" |
		grep -vxF -f "$work/readme.$t" | tr '\n' ' ')
	nf=$(awk -F'|' -v t="$t" '$1 == "field" && $2 == t' "$work/out" | wc -l)
	if [[ ! -s $work/readme.$t ]]; then
		check_fail "README.md documents the fields of $t" "no heading naming \`$t\` followed by a field table"
	elif [[ -n $missing ]]; then
		check_fail "README.md documents the fields of $t" "not in its table: $missing"
	else
		check_pass "README.md documents the fields of $t  [$nf fields]"
	fi
done

# 3. README.md: every function users call is named, as `name(` or `name`.
missing=()
nfun=0
while IFS='|' read -r kind name _; do
	[[ $kind == function ]] || continue
	nfun=$((nfun + 1))
	grep -qE "\`$name(\(|\`)" README.md || missing+=("$name")
done <"$work/out"
if ((nfun == 0)); then
	check_fail "README.md names every function" "no function found in the catalog"
elif ((${#missing[@]} > 0)); then
	check_fail "README.md names every function" "not named: ${missing[*]}"
else
	check_pass "README.md names every function  [$nfun names]"
fi

summary
