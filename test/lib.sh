# test/lib.sh — helpers shared by the test scripts of pkpcohort.
#
# Source it (`source test/lib.sh`); it defines functions only, plus a few
# variables that the caller may override from the environment:
#
#   PKPC_PGBIN      PostgreSQL 15 server binaries     (/usr/lib/postgresql/15/bin)
#   PKPC_PORT       port of the throw-away cluster    (54329; unix socket only)
#   PKPC_DB         database the tests use            (pkpc_test)
#   PKPC_SKIP_DEPS  =1: do not look at / install Debian packages
#   PKPC_SKIP_BUILD =1: do not run make / make install (already installed)
#   PKPC_KEEP_CLUSTER =1: leave the cluster directory behind for inspection
#
# Nothing here changes the shell options of the caller except what the
# functions document (cluster_start installs an EXIT trap).

# Where the repository is, whatever the caller's cwd: this file lives in test/.
PKPC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PKPC_PGBIN=${PKPC_PGBIN:-/usr/lib/postgresql/15/bin}
PKPC_PORT=${PKPC_PORT:-54329}
PKPC_DB=${PKPC_DB:-pkpc_test}
# Debian's python (has scipy/statsmodels); the PATH may hold a pyenv one.
PKPC_PYTHON=${PKPC_PYTHON:-/usr/bin/python3}
export PKPC_ROOT PKPC_PGBIN PKPC_PORT PKPC_DB PKPC_PYTHON

# Everything the build, the regression tests and the references need.
PKPC_DEB_PACKAGES=(
	postgresql-15 postgresql-server-dev-15 libgsl-dev
	r-base-core r-cran-coin r-cran-nortest r-cran-survival r-cran-exactranktests
	python3-scipy python3-statsmodels python3-mpmath python3-gmpy2 pspp
	clang-14 libclang-rt-14-dev valgrind
)

log() { printf '== %s\n' "$*" >&2; }
warn() { printf '!! %s\n' "$*" >&2; }

# ---------------------------------------------------------------- packages

# install_deps: install the Debian packages that are missing, and only those,
# so that a second run (or a developer machine) costs one dpkg-query per package.
install_deps() {
	if [[ ${PKPC_SKIP_DEPS:-} == 1 ]]; then
		log "install_deps: skipped (PKPC_SKIP_DEPS=1)"
		return 0
	fi
	local p missing=()
	for p in "${PKPC_DEB_PACKAGES[@]}"; do
		# dpkg -s succeeds for removed-but-configured packages; check the status word.
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing+=("$p")
		fi
	done
	if ((${#missing[@]} == 0)); then
		log "install_deps: all ${#PKPC_DEB_PACKAGES[@]} packages present"
		return 0
	fi
	log "install_deps: installing ${missing[*]}"
	local sudo=()
	if ((EUID != 0)); then
		command -v sudo >/dev/null || { warn "need root (or sudo) to install: ${missing[*]}"; return 1; }
		sudo=(sudo)
	fi
	# noninteractive + no stdin: CI has no terminal, and tzdata & co must not prompt.
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" </dev/null
}

# ---------------------------------------------------------------- build

# build_install: the PGXS build at the repository root.  PG_CONFIG is pinned to
# PostgreSQL 15 so that a machine with several server versions builds the right one.
build_install() {
	if [[ ${PKPC_SKIP_BUILD:-} == 1 ]]; then
		log "build_install: skipped (PKPC_SKIP_BUILD=1)"
		return 0
	fi
	local pgc="$PKPC_PGBIN/pg_config" jobs
	jobs=$(nproc 2>/dev/null || echo 2)
	log "build_install: make -j$jobs && make install (PG_CONFIG=$pgc)"
	(cd "$PKPC_ROOT" && make -j"$jobs" PG_CONFIG="$pgc" && make install PG_CONFIG="$pgc")
}

# ---------------------------------------------------------------- cluster

PKPC_CLUSTER_DIR=

# as_pg CMD...: run CMD as the cluster owner.  initdb and postgres refuse to run
# as root, so under root (CI) the cluster belongs to the `postgres` OS user.
as_pg() {
	if ((EUID == 0)); then
		(cd "$PKPC_CLUSTER_DIR" && runuser -u postgres -- "$@")
	else
		(cd "$PKPC_CLUSTER_DIR" && "$@")
	fi
}

# cluster_start: a throw-away cluster in a fresh mktemp directory, reachable only
# through a unix socket in that same directory (no TCP, no clash with any other
# server on the machine, whatever the port), trust authentication, fsync off.
# Exports PGHOST/PGPORT/PGUSER/PGDATABASE for psql and pg_regress, and installs
# an EXIT trap that stops it (also when the caller fails under set -e).
cluster_start() {
	[[ -x $PKPC_PGBIN/initdb ]] || { warn "no $PKPC_PGBIN/initdb (postgresql-15 missing?)"; return 1; }
	PKPC_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-cluster.XXXXXX")
	# Install the trap before anything can fail, so a half-started cluster is cleaned too.
	trap 'cluster_stop' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	if ((EUID == 0)); then
		chown postgres: "$PKPC_CLUSTER_DIR"
	fi
	chmod 700 "$PKPC_CLUSTER_DIR"
	log "cluster_start: $PKPC_CLUSTER_DIR port $PKPC_PORT"
	# -U postgres: the same superuser name whoever runs this; C locale: the sort
	# order of text labels (group1 < group2) must not depend on the machine.
	as_pg "$PKPC_PGBIN/initdb" -D "$PKPC_CLUSTER_DIR/data" -U postgres -A trust \
		--locale=C -E UTF8 --no-sync >"$PKPC_CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$PKPC_CLUSTER_DIR/initdb.log" >&2; return 1; }
	as_pg sh -c "cat >> '$PKPC_CLUSTER_DIR/data/postgresql.conf'" <<-CONF
		# appended by test/lib.sh
		listen_addresses = ''
		unix_socket_directories = '$PKPC_CLUSTER_DIR'
		port = $PKPC_PORT
		fsync = off
		synchronous_commit = off
		full_page_writes = off
	CONF
	if ! as_pg "$PKPC_PGBIN/pg_ctl" -D "$PKPC_CLUSTER_DIR/data" -l "$PKPC_CLUSTER_DIR/server.log" \
		-w -t 60 start >/dev/null; then
		cat "$PKPC_CLUSTER_DIR/server.log" >&2 || true
		return 1
	fi
	export PGHOST=$PKPC_CLUSTER_DIR PGPORT=$PKPC_PORT PGUSER=postgres PGDATABASE=$PKPC_DB
	# Tells test/xval/run.sh (and others) that a cluster is already up.
	export PKPC_CLUSTER_UP=1
	"$PKPC_PGBIN/psql" -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PKPC_DB" >/dev/null
}

# cluster_stop: idempotent, safe from a trap, never fails the caller.
cluster_stop() {
	local dir=$PKPC_CLUSTER_DIR
	[[ -n $dir && -d $dir ]] || return 0
	if [[ -f $dir/data/postmaster.pid ]]; then
		as_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 ||
			warn "cluster_stop: pg_ctl stop failed (log: $dir/server.log)"
	fi
	if [[ ${PKPC_KEEP_CLUSTER:-} == 1 ]]; then
		log "cluster_stop: stopped; kept $dir"
	else
		rm -rf "$dir"
	fi
	PKPC_CLUSTER_DIR=
	unset PKPC_CLUSTER_UP
	return 0
}

# ---------------------------------------------------------------- counting

PKPC_PASSED=0
PKPC_FAILED=0
PKPC_FAILURES=()

check_pass() { PKPC_PASSED=$((PKPC_PASSED + 1)); printf 'ok    %s\n' "$1"; }

check_fail() {
	PKPC_FAILED=$((PKPC_FAILED + 1))
	PKPC_FAILURES+=("$1")
	printf 'FAIL  %s%s\n' "$1" "${2:+: $2}"
}

# add_counts NAME OUTPUT_FILE: add the last "N passed, N failed" line of a
# sub-suite's output to the totals; a sub-suite that printed none (it crashed)
# counts as one failure, so that nothing can pass by saying nothing.
add_counts() {
	local name=$1 file=$2 line p f
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$file" | tail -n 1 || true)
	if [[ -z $line ]]; then
		check_fail "$name" "printed no 'N passed, N failed' line"
		return
	fi
	p=${line%% passed*}
	f=${line#*passed, }
	f=${f%% failed}
	PKPC_PASSED=$((PKPC_PASSED + p))
	PKPC_FAILED=$((PKPC_FAILED + f))
	if ((f > 0)); then
		PKPC_FAILURES+=("$name ($f)")
	fi
	printf '%s  %s: %s\n' "$( ((f > 0)) && echo FAIL || echo 'ok  ')" "$name" "$line"
}

# summary: the failure list, then the final line, alone: "N passed, N failed".
# Returns non-zero when anything failed (use it as the script's last command).
summary() {
	echo
	if ((PKPC_FAILED > 0)); then
		echo "failed: ${PKPC_FAILURES[*]}"
	fi
	echo "$PKPC_PASSED passed, $PKPC_FAILED failed"
	((PKPC_FAILED == 0))
}
