#!/usr/bin/env bash
# test/checks/entry_points.sh — the C entry points and the SQL scripts agree.
#
# The lists that C and SQL share (state types: src/state_types.h; label
# types: src/label_types.h) are written once and the install script's
# copies are generated from them.  This check verifies the result from both
# ends, on the built library and the scripts that ship:
#   - every C function the install script, the upgrade scripts or the
#     frozen install scripts of earlier releases name ('MODULE_PATHNAME',
#     'symbol') is exported by pkpcohort.so (an old release's objects keep
#     working with the new library until ALTER EXTENSION ... UPDATE);
#   - every function the library exports for SQL (PG_FUNCTION_INFO_V1) is
#     named by some script: no entry point without an SQL object;
#   - the install script has one overload of each labelled transition
#     function per label type of src/label_types.h, plus the fallback.
# Needs the built library (run after make).  Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source test/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-entry.XXXXXX")
trap 'rm -rf "$work"' EXIT

default=$(sed -n "s/^[[:space:]]*default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" pkpcohort.control)
install_script=sql/pkpcohort--$default.sql
if [[ ! -f pkpcohort.so || ! -f $install_script ]]; then
	check_fail "library and install script built" "pkpcohort.so or $install_script missing: run make first"
	summary
	exit 1
fi

nm -D --defined-only pkpcohort.so | sed -n 's/.* pg_finfo_\([A-Za-z0-9_]*\)$/\1/p' | sort -u >"$work/c"
symbols_of() { grep -ho "'MODULE_PATHNAME', '[A-Za-z0-9_]*'" "$@" | sed "s/.*, '\(.*\)'/\1/" | sort -u; }
symbols_of sql/pkpcohort--*.sql >"$work/sql"

missing=$(comm -13 "$work/c" "$work/sql")
if [[ -z $missing ]]; then
	check_pass "every C function the scripts name is exported ($(wc -l <"$work/sql") symbols)"
else
	check_fail "every C function the scripts name is exported" "missing: $(echo $missing)"
fi

orphans=$(comm -23 "$work/c" "$work/sql")
if [[ -z $orphans ]]; then
	check_pass "every exported C function is named by a script ($(wc -l <"$work/c") entry points)"
else
	check_fail "every exported C function is named by a script" "unused: $(echo $orphans)"
fi

# The label types as the C header lists them, and the overloads of two
# labelled transition functions (one label, two labels) in the install script.
suffixes=$(sed -n 's/^\tX([a-z]*, \([a-z0-9]*\), [a-z0-9]*, PKPC_ARG_.*/\1/p' src/label_types.h | sort | tr '\n' ' ')
pairs=$(sed -n 's/^\tX([a-z]*, [a-z0-9]*, \([a-z0-9]*\), PKPC_ARG_.*/\1/p' src/label_types.h)
n=$(echo $pairs | wc -w)
single=$(symbols_of "$install_script" | sed -n 's/^mann_whitney_u_trans_//p' | grep -v '^any$' | sort | tr '\n' ' ')
if [[ -n $suffixes && $single == "$suffixes" ]]; then
	check_pass "mann_whitney_u_trans has one entry point per label type of src/label_types.h ($suffixes)"
else
	check_fail "mann_whitney_u_trans has one entry point per label type" "header: $suffixes; script: $single"
fi
got=$(symbols_of "$install_script" | grep -c '^friedman_test_trans_')
if ((got == n * n + 1)); then
	check_pass "friedman_test_trans has one entry point per pair of label types, and the fallback ($got)"
else
	check_fail "friedman_test_trans has one entry point per pair of label types" "$got entry points for $n label types"
fi

summary
