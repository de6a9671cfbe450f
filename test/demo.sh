#!/usr/bin/env bash
# test/demo.sh [SQL_FILE] — the study demo (the first Quick start command).
#
# Installs what the demo needs and nothing more (PKPC_DEMO_PACKAGES in
# test/lib.sh: PostgreSQL 15, its server headers, GSL, a C compiler; no R,
# SciPy, PSPP or valgrind, which only the test suite uses), builds and installs
# the extension, starts a throw-away cluster, loads the bundled demo registry
# (committed data: nothing is generated at run time) and prints the analysis
# in SQL_FILE (default test/demo/demo.sql) with psql.
#
# The package installation and the build write to a log file (PKPC_DEMO_LOG,
# default demo.log at the repository root); standard output carries only what
# psql prints.  When a step fails, the last lines of the log are shown.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

# Resolve the SQL file before anything else so that a typo fails fast.
sql=$(realpath "${1:-test/demo/demo.sql}")
demo_log=${PKPC_DEMO_LOG:-$PKPC_ROOT/demo.log}
: >"$demo_log"

run_logged "$demo_log" "Debian packages the demo needs (installed if missing): ${PKPC_DEMO_PACKAGES[*]}" \
	install_deps --no-install-recommends "${PKPC_DEMO_PACKAGES[@]}"
run_logged "$demo_log" "building and installing pkpcohort" build_install
cluster_start

"$PKPC_PGBIN/psql" -X -v ON_ERROR_STOP=1 -f "$sql"
