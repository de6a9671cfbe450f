#!/usr/bin/env bash
# test/run_all.sh — the whole test suite of pkpcohort (what CI runs).
#
#   install missing Debian packages, build and install the extension, start a
#   throw-away cluster, then count checks from
#     1. pg_regress (`make installcheck`): one check per regression test;
#     2. every cross-validation family test/xval/*/ : one check per
#        (dataset group, result field), see test/xval/README.md;
#     3. every executable test/checks/*.sh: its own "N passed, N failed" line.
#   The last line is "N passed, N failed"; the exit status is non-zero if
#   anything failed.  Environment knobs: see test/lib.sh (PKPC_SKIP_DEPS,
#   PKPC_SKIP_BUILD, PKPC_PORT, ...) and test/xval/README.md (XVAL_SEED, ...).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

scratch=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-run.XXXXXX")

# A failure before the cluster is up ends the run, but still with the summary
# line, so that whoever parses the output sees a count and not just a crash.
if ! install_deps; then
	check_fail "install_deps"
	summary
	exit 1
fi
if ! build_install; then
	check_fail "build" "make / make install failed (output above)"
	summary
	exit 1
fi
if ! cluster_start; then
	check_fail "cluster_start"
	summary
	exit 1
fi

# ------------------------------------------------------------ pg_regress
# One check per regression test (test/lib.sh, regress_count), and the line
# "PostgreSQL 15.x: N passed, N failed" that test/checks/pgversions.sh prints
# for the later major versions.
run_regress() {
	local out=$scratch/installcheck.out rc=0
	log "pg_regress: make installcheck"
	(make installcheck PG_CONFIG="$PKPC_PGBIN/pg_config") >"$out" 2>&1 || rc=$?
	cat "$out"
	regress_count "$out" "$rc"
	if [[ -s regression.diffs ]] && ((rc != 0 || REGRESS_FAILED > 0)); then
		echo "---- regression.diffs"
		cat regression.diffs
		echo "---- end of regression.diffs"
	fi
	echo "$(pg_version_of "$PKPC_PGBIN/pg_config"): $REGRESS_PASSED passed, $REGRESS_FAILED failed"
}
run_regress

# ------------------------------------------------------------ cross-validation
for dir in test/xval/*/; do
	fam=$(basename "$dir")
	[[ -f $dir/gen.R && -f $dir/query.sql ]] || continue
	log "xval: $fam"
	out=$scratch/xval-$fam.out
	# run.sh's own status is not what counts: its "N passed, N failed" line is.
	XVAL_OUT=$scratch/xval-$fam bash test/xval/run.sh "$fam" 2>&1 | tee "$out" || true
	add_counts "xval/$fam" "$out"
done

# ------------------------------------------------------------ other checks
for script in test/checks/*.sh; do
	[[ -f $script && -x $script ]] || continue
	name=checks/$(basename "$script" .sh)
	log "$name"
	out=$scratch/$(basename "$script").out
	"$script" 2>&1 | tee "$out" || true
	add_counts "$name" "$out"
done

# Keep the work files (data.csv, reference.csv, result.csv, outputs) of a failed run.
if ((PKPC_FAILED > 0)); then
	log "work files kept in $scratch"
else
	rm -rf "$scratch"
fi
summary
