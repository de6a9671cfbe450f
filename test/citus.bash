# test/citus.bash — Citus for the tests: build it once per machine from its
# source release, install it into the PostgreSQL under test, and run a
# coordinator and two workers on loopback.  Sourced (after test/lib.sh) by
# test/checks/citus.sh and test/bench.sh; defines functions only, plus these
# variables, which the caller may override from the environment:
#
#   PKPC_CITUS_TARBALL  the Citus source release (citus-13.2.2.tar.gz in the
#                       vendor directory beside the repository's clone, where
#                       CI puts it)
#   PKPC_CACHE          where builds are cached, outside the clone
#                       (/var/cache/pkpcohort as root, else ~/.cache/pkpcohort)
#   PKPC_CITUS_PORT     first TCP port tried for the nodes (55401); the nodes
#                       take the next free ones on 127.0.0.1
#   PKPC_CITUS_DB       database created on every node (pkpc_citus)
#
# The build: configure (without libcurl, so that Citus never calls home),
# make, make install with DESTDIR into a scratch directory, and the shared
# libraries and extension files copied into
#   $PKPC_CACHE/citus-<sha256 of the tarball>/pg<PostgreSQL version>/{lib,extension}
# which holds no absolute path, so the same cache serves any copy of the
# same PostgreSQL.  A lock serialises concurrent builds; a half-built cache is
# never used (it is renamed into place when complete).

PKPC_CITUS_TARBALL=${PKPC_CITUS_TARBALL:-$PKPC_ROOT/../shared/vendor/citus-13.2.2.tar.gz}
if ((EUID == 0)); then
	PKPC_CACHE=${PKPC_CACHE:-/var/cache/pkpcohort}
else
	PKPC_CACHE=${PKPC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pkpcohort}
fi
PKPC_CITUS_PORT=${PKPC_CITUS_PORT:-55401}
PKPC_CITUS_DB=${PKPC_CITUS_DB:-pkpc_citus}

# Set by citus_build: the cache directory and how it was obtained.
CITUS_CACHE=
CITUS_BUILD_SECONDS=
CITUS_BUILD_HOW=

# ---------------------------------------------------------------- build

# citus_build: make sure the cache holds Citus built for this PostgreSQL.
# Fails (non-zero, with the reason on stderr) when the tarball is missing or
# the build fails; never falls back to anything else.
citus_build() {
	local tarball=$PKPC_CITUS_TARBALL pgc="$PKPC_PGBIN/pg_config" sha ver dir work t0 rc=0
	if [[ ! -f $tarball ]]; then
		warn "citus_build: no Citus source at $tarball (set PKPC_CITUS_TARBALL)"
		return 1
	fi
	sha=$(sha256sum "$tarball" | cut -d' ' -f1) || return 1
	ver=$("$pgc" --version | sed -n 's/^PostgreSQL \([0-9.]*\).*/\1/p')
	[[ -n $ver ]] || { warn "citus_build: cannot read the version of $pgc"; return 1; }
	dir=$PKPC_CACHE/citus-$sha/pg$ver
	CITUS_CACHE=$dir
	if [[ -f $dir/lib/citus.so && -f $dir/extension/citus.control ]]; then
		CITUS_BUILD_HOW=cached CITUS_BUILD_SECONDS=0
		log "citus_build: cached in $dir"
		return 0
	fi
	mkdir -p "$PKPC_CACHE" || return 1
	t0=$SECONDS
	# One build at a time per machine; a second caller waits, then finds it cached.
	exec {lockfd}>"$PKPC_CACHE/citus-$sha.lock" || return 1
	flock "$lockfd"
	if [[ ! -f $dir/lib/citus.so ]]; then
		work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-citus-build.XXXXXX")
		log "citus_build: building $(basename "$tarball") (sha256 $sha) for PostgreSQL $ver in $work"
		_citus_build_in "$work" "$tarball" "$pgc" "$dir" >"$work.log" 2>&1 || rc=$?
		if ((rc != 0)); then
			tail -n 40 "$work.log" >&2
			warn "citus_build: failed (exit $rc); full log: $work.log"
		else
			rm -f "$work.log"
		fi
		rm -rf "$work"
	fi
	flock -u "$lockfd"
	exec {lockfd}>&-
	((rc == 0)) || return "$rc"
	CITUS_BUILD_HOW=built CITUS_BUILD_SECONDS=$((SECONDS - t0))
	log "citus_build: built in ${CITUS_BUILD_SECONDS} s into $dir"
}

# _citus_build_in WORK TARBALL PG_CONFIG DEST: the build itself (output to the
# log), in a subshell so that its cd stays inside.  Every step is checked
# explicitly: set -e would be ignored here, since the caller tests the status.
_citus_build_in() (
	local work=$1 tarball=$2 pgc=$3 dest=$4 src stage
	tar -xzf "$tarball" -C "$work" || exit 1
	src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
	cd "$src" || exit 1
	./configure PG_CONFIG="$pgc" --without-libcurl || exit 1
	# with_llvm=no: no JIT bitcode, which the tests do not use and which
	# doubles the build time.
	make -j2 with_llvm=no || exit 1
	make install with_llvm=no DESTDIR="$work/root" || exit 1
	stage=$dest.new.$$
	rm -rf "$stage"
	mkdir -p "$stage/lib" "$stage/extension" || exit 1
	cp -a "$work/root$("$pgc" --pkglibdir)/." "$stage/lib/" || exit 1
	cp -a "$work/root$("$pgc" --sharedir)/extension/." "$stage/extension/" || exit 1
	[[ -f $stage/lib/citus.so && -f $stage/extension/citus.control ]] || exit 1
	cp "$src/LICENSE" "$src/NOTICE" "$stage/" 2>/dev/null
	rm -rf "$dest"
	mv "$stage" "$dest"
)

# citus_install: copy the cached build into the PostgreSQL under test
# (its pkglibdir and extension directory), only the files that differ.
citus_install() {
	local pgc="$PKPC_PGBIN/pg_config" libdir extdir f stale=0
	[[ -n $CITUS_CACHE && -f $CITUS_CACHE/lib/citus.so ]] || { warn "citus_install: run citus_build first"; return 1; }
	libdir=$("$pgc" --pkglibdir) extdir=$("$pgc" --sharedir)/extension
	while IFS= read -r f; do
		case $f in
		lib/*) cmp -s "$CITUS_CACHE/$f" "$libdir/${f#lib/}" || stale=1 ;;
		extension/*) cmp -s "$CITUS_CACHE/$f" "$extdir/${f#extension/}" || stale=1 ;;
		esac
	done < <(cd "$CITUS_CACHE" && find lib extension -type f)
	if ((stale == 0)); then
		log "citus_install: already installed in $libdir"
		return 0
	fi
	log "citus_install: into $libdir and $extdir"
	cp -a "$CITUS_CACHE/lib/." "$libdir/" && cp -a "$CITUS_CACHE/extension/." "$extdir/"
}

# ---------------------------------------------------------------- nodes

CITUS_BASE=
CITUS_NODES=(coord worker1 worker2)
declare -A CITUS_PORT_OF=()

# _citus_as_pg CMD...: as the owner of the clusters (postgres under root).
_citus_as_pg() {
	if ((EUID == 0)); then
		(cd "$CITUS_BASE" && runuser -u postgres -- "$@")
	else
		(cd "$CITUS_BASE" && "$@")
	fi
}

# _citus_port_free PORT: nothing listens on 127.0.0.1:PORT.
_citus_port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# citus_start: three throw-away clusters in a mktemp directory, each
# listening on 127.0.0.1 only (trust authentication for 127.0.0.1 and the
# private unix socket, nothing else), shared_preload_libraries = 'citus';
# the database $PKPC_CITUS_DB with the citus extension on each; the
# coordinator registered and both workers added.  Installs an EXIT trap
# that stops them (also when the caller fails).
citus_start() {
	local n dir port=$PKPC_CITUS_PORT
	CITUS_BASE=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-citus.XXXXXX")
	trap 'citus_stop' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	((EUID == 0)) && chown postgres: "$CITUS_BASE"
	chmod 711 "$CITUS_BASE"
	for n in "${CITUS_NODES[@]}"; do
		while ! _citus_port_free "$port"; do
			port=$((port + 1))
			((port < PKPC_CITUS_PORT + 100)) || { warn "citus_start: no free port from $PKPC_CITUS_PORT"; return 1; }
		done
		CITUS_PORT_OF[$n]=$port
		port=$((port + 1))
		_citus_start_node "$n" || return 1
	done
	log "citus_start: coordinator :${CITUS_PORT_OF[coord]}, workers :${CITUS_PORT_OF[worker1]} :${CITUS_PORT_OF[worker2]} in $CITUS_BASE"
	for n in "${CITUS_NODES[@]}"; do
		"$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${CITUS_PORT_OF[$n]}" -U postgres -d postgres \
			-c "CREATE DATABASE $PKPC_CITUS_DB" >/dev/null || return 1
		citus_psql "$n" -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION citus' >/dev/null || return 1
	done
	citus_psql coord >/dev/null <<-SQL || return 1
		SELECT citus_set_coordinator_host('127.0.0.1', ${CITUS_PORT_OF[coord]});
		SELECT citus_add_node('127.0.0.1', ${CITUS_PORT_OF[worker1]});
		SELECT citus_add_node('127.0.0.1', ${CITUS_PORT_OF[worker2]});
	SQL
}

_citus_start_node() {
	local n=$1 dir=$CITUS_BASE/$1
	mkdir -p "$dir"
	((EUID == 0)) && chown postgres: "$dir"
	chmod 700 "$dir"
	_citus_as_pg "$PKPC_PGBIN/initdb" -D "$dir/data" -U postgres -A trust --locale=C -E UTF8 \
		--no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
	_citus_as_pg sh -c "cat >> '$dir/data/postgresql.conf'" <<-CONF
		# appended by test/citus.bash
		listen_addresses = '127.0.0.1'
		port = ${CITUS_PORT_OF[$n]}
		unix_socket_directories = '$dir'
		shared_preload_libraries = 'citus'
		max_prepared_transactions = 100
		fsync = off
		synchronous_commit = off
		full_page_writes = off
	CONF
	_citus_as_pg sh -c "cat > '$dir/data/pg_hba.conf'" <<-HBA
		# written by test/citus.bash: the private socket and 127.0.0.1 only
		local all all trust
		host  all all 127.0.0.1/32 trust
	HBA
	_citus_as_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
		{ cat "$dir/server.log" >&2; return 1; }
}

# citus_psql NODE psql-args...: psql on NODE's $PKPC_CITUS_DB over TCP,
# stopping at the first error.
citus_psql() {
	local n=$1
	shift
	"$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${CITUS_PORT_OF[$n]}" -U postgres \
		-d "$PKPC_CITUS_DB" "$@"
}

# citus_stop: idempotent, safe from a trap, never fails the caller.
citus_stop() {
	local n dir=$CITUS_BASE
	[[ -n $dir && -d $dir ]] || return 0
	for n in "${CITUS_NODES[@]}"; do
		if [[ -f $dir/$n/data/postmaster.pid ]]; then
			_citus_as_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/$n/data" -m fast -w stop >/dev/null 2>&1 ||
				warn "citus_stop: could not stop $n (log: $dir/$n/server.log)"
		fi
	done
	if [[ ${PKPC_KEEP_CLUSTER:-} == 1 ]]; then
		log "citus_stop: stopped; kept $dir"
	else
		rm -rf "$dir"
	fi
	CITUS_BASE=
	return 0
}
