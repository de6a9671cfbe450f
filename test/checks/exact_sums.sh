#!/usr/bin/env bash
# test/checks/exact_sums.sh — the moment tests (independent_t, paired_t)
# against exact rational arithmetic, and their independence of row order
# and merge order (exact_sums.py says what is compared).  Uses the cluster
# of test/run_all.sh or starts its own; works in a scratch database.
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
db=pkpc_exact_$$
trap '"$PKPC_PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; cluster_stop' EXIT
if ! "$PKPC_PGBIN/psql" -X -q -d postgres -c "CREATE DATABASE $db" ||
	! "$PKPC_PGBIN/psql" -X -q -d "$db" -c "CREATE EXTENSION pkpcohort"; then
	check_fail "exact sums: set up a database"
	summary
	exit 1
fi
PGDATABASE=$db "$PKPC_PYTHON" test/checks/exact_sums.py
