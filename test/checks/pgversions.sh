#!/usr/bin/env bash
# test/checks/pgversions.sh — the regression suite on the later PostgreSQL
# major versions (the rest of the suite runs on Debian 12's PostgreSQL 15).
#
# For each major version of PKPC_PG_VERSIONS ("17 18"):
#   - the server, built from Debian's source package by test/pgbuild.sh (once
#     per machine, cached outside the clone); the versions of
#     PKPC_PG_CASSERT ("18") with --enable-cassert, so that pkpcohort also
#     runs with assertions on (USE_ASSERT_CHECKING comes with that server's
#     pg_config.h, and the server checks its memory contexts);
#   - a copy of that install (the cache stays as built, and two runs at once
#     do not install into each other's), pkpcohort built in a copy of the
#     working tree with PKPC_WERROR=1 (every warning an error) and installed
#     there;
#   - a throw-away cluster (test/lib.sh) and `make installcheck`: one check per
#     regression test, against the same expected/ files as on 15.
# It prints one line per version, "PostgreSQL 18.6: 11 passed, 0 failed"
# (the regression tests; a server or extension that did not build is one
# failure), then its own "N passed, N failed" line.
#
# Time on a 2-core machine: see README, "How it is tested".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source test/lib.sh
source test/pgbuild.sh

versions=${PKPC_PG_VERSIONS:-17 18}
cassert=" ${PKPC_PG_CASSERT:-18} "
unset PKPC_CLUSTER_UP

if ! install_deps "${PKPC_PGSRC_PACKAGES[@]}"; then
	check_fail "pgversions: install the build dependencies"
	summary
	exit 1
fi

# the source indices, once for all versions (pg_source_server runs in $(...))
if ! cache=$(pgsrc_cache_dir) || ! pgsrc_update "$cache"; then
	warn "pgversions: the private apt configuration could not be set up"
fi

work=
cleanup() {
	cluster_stop
	[[ -n $work ]] && rm -rf "$work"
	work=
}

# test_version MAJOR: build, install, run; print the version's line.
test_version() {
	local major=$1 opts=() prefix pg ver rc=0 t0=$SECONDS out
	[[ $cassert == *" $major "* ]] && opts=(--enable-cassert)
	prefix=$(pg_source_server "$major" "${opts[@]}") || rc=$?
	if ((rc == 2)); then
		# the mirror lists the source package but answers 404 for its files
		check_skip "PostgreSQL $major: the mirror does not serve the files of postgresql-$major"
		echo "PostgreSQL $major: skipped (source package not available from the mirror)"
		return
	elif ((rc != 0)); then
		check_fail "PostgreSQL $major: server from the source package postgresql-$major"
		echo "PostgreSQL $major: 0 passed, 1 failed"
		return
	fi
	work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-pgver.XXXXXX")
	# the server runs as the `postgres` OS user under root
	chmod 755 "$work"
	pg=$work/pg
	cp -a "$prefix" "$pg"
	ver=$(pg_version_of "$pg/bin/pg_config")
	log "$ver${opts[*]:+ (${opts[*]})}: server ready after $((SECONDS - t0)) s"

	# pkpcohort from a copy of the working tree: the build for 15 stays as it is
	mkdir "$work/src"
	tar -C "$PKPC_ROOT" --exclude=./.git --exclude='*.o' --exclude='*.so' --exclude='*.bc' \
		--exclude=./results --exclude=./log -cf - . | tar -C "$work/src" -xf -
	chmod -R a+rX "$work/src"
	out=$work/build.log
	if (cd "$work/src" && make clean PG_CONFIG="$pg/bin/pg_config" &&
		make -j2 PG_CONFIG="$pg/bin/pg_config" PKPC_WERROR=1 &&
		make install PG_CONFIG="$pg/bin/pg_config") >"$out" 2>&1; then
		check_pass "$ver: pkpcohort builds without a warning and installs"
	else
		grep -E ': (warning|error):' "$out" | head -n 40
		tail -n 5 "$out"
		check_fail "$ver: pkpcohort builds without a warning and installs"
		echo "$ver: 0 passed, 1 failed"
		cleanup
		return
	fi

	PKPC_PGBIN=$pg/bin
	if ! cluster_start; then
		check_fail "$ver: cluster_start"
		echo "$ver: 0 passed, 1 failed"
		cleanup
		return
	fi
	trap cleanup EXIT
	out=$work/installcheck.out
	(cd "$work/src" && make installcheck PG_CONFIG="$pg/bin/pg_config") >"$out" 2>&1 || rc=$?
	cat "$out"
	regress_count "$out" "$rc" "$ver: regress"
	if [[ -s $work/src/regression.diffs ]] && ((rc != 0 || REGRESS_FAILED > 0)); then
		echo "---- regression.diffs ($ver)"
		cat "$work/src/regression.diffs"
		echo "---- end of regression.diffs"
	fi
	log "$ver: done after $((SECONDS - t0)) s"
	echo "$ver: $REGRESS_PASSED passed, $REGRESS_FAILED failed"
	cleanup
}

for major in $versions; do
	test_version "$major"
done
summary
