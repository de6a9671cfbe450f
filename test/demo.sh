#!/usr/bin/env bash
# test/demo.sh [SQL_FILE] — build, start a throw-away cluster and print the
# analysis in SQL_FILE (default test/demo/demo.sql) with psql.
# The body is deliberately one `psql -f`: the study demo replaces the SQL file,
# not this script.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

# Resolve the SQL file before anything else so that a typo fails fast.
sql=$(realpath "${1:-test/demo/demo.sql}")

install_deps
build_install
cluster_start

"$PKPC_PGBIN/psql" -X -v ON_ERROR_STOP=1 -f "$sql"
