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

# What the demo (test/demo.sh) needs, and nothing else: the server, its headers
# (which bring clang and LLVM for the JIT bitcode PGXS builds), GSL and a C compiler.
PKPC_DEMO_PACKAGES=(
	postgresql-15 postgresql-server-dev-15 libgsl-dev gcc libc6-dev make
)
# What the test suite adds: the references (R with its packages, SciPy and
# statsmodels, PSPP) and the checkers (libFuzzer's runtime, valgrind).
PKPC_TEST_PACKAGES=(
	r-base-core r-cran-coin r-cran-nortest r-cran-survival r-cran-exactranktests
	python3-scipy python3-statsmodels python3-mpmath python3-gmpy2 pspp
	clang-14 libclang-rt-14-dev valgrind
	# Citus 13 built from source by test/checks/citus.sh (test/citus.bash): the
	# server headers include GSSAPI's; columnar storage links lz4 and zstd.
	libkrb5-dev liblz4-dev libzstd-dev
)
# What test/pgbuild.sh needs to build PostgreSQL 17 and 18 from source
# (test/checks/pgversions.sh).
PKPC_PGSRC_PACKAGES=(gcc make bison flex pkg-config libicu-dev bzip2)
# Everything the build, the regression tests and the references need.
PKPC_DEB_PACKAGES=("${PKPC_DEMO_PACKAGES[@]}" "${PKPC_TEST_PACKAGES[@]}" "${PKPC_PGSRC_PACKAGES[@]}")

log() { printf '== %s\n' "$*" >&2; }
warn() { printf '!! %s\n' "$*" >&2; }

# ---------------------------------------------------------------- packages

# install_deps [--no-install-recommends] [PACKAGE...]: install the Debian
# packages (default: PKPC_DEB_PACKAGES) that are missing, and only those, so
# that a second run (or a developer machine) costs one dpkg-query per package.
# --no-install-recommends: also leave out what they merely recommend (the demo).
install_deps() {
	if [[ ${PKPC_SKIP_DEPS:-} == 1 ]]; then
		log "install_deps: skipped (PKPC_SKIP_DEPS=1)"
		return 0
	fi
	local apt_opts=()
	if [[ ${1:-} == --no-install-recommends ]]; then
		apt_opts+=(--no-install-recommends)
		shift
	fi
	local wanted=("$@")
	if ((${#wanted[@]} == 0)); then
		wanted=("${PKPC_DEB_PACKAGES[@]}")
	fi
	local p missing=()
	for p in "${wanted[@]}"; do
		# dpkg -s succeeds for removed-but-configured packages; check the status word.
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing+=("$p")
		fi
	done
	if ((${#missing[@]} == 0)); then
		log "install_deps: all ${#wanted[@]} packages present"
		return 0
	fi
	log "install_deps: installing ${missing[*]}"
	local sudo=()
	if ((EUID != 0)); then
		command -v sudo >/dev/null || { warn "need root (or sudo) to install: ${missing[*]}"; return 1; }
		sudo=(sudo)
	fi
	# noninteractive + no stdin: CI has no terminal, and tzdata & co must not prompt.
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_opts[@]}" \
		"${missing[@]}" </dev/null
}

# ---------------------------------------------------------------- build

# build_install: the PGXS build at the repository root.  PG_CONFIG is pinned to
# PostgreSQL 15 so that a machine with several server versions builds the right
# one.  Every compiler warning is an error here (PKPC_WERROR=1, the default;
# PKPC_WERROR=0 builds as a user's plain `make` does).
build_install() {
	if [[ ${PKPC_SKIP_BUILD:-} == 1 ]]; then
		log "build_install: skipped (PKPC_SKIP_BUILD=1)"
		return 0
	fi
	local pgc="$PKPC_PGBIN/pg_config" jobs
	jobs=$(nproc 2>/dev/null || echo 2)
	log "build_install: make -j$jobs PKPC_WERROR=${PKPC_WERROR-1} && make install (PG_CONFIG=$pgc)"
	(cd "$PKPC_ROOT" && make -j"$jobs" PG_CONFIG="$pgc" PKPC_WERROR="${PKPC_WERROR-1}" &&
		make install PG_CONFIG="$pgc")
}

# run_logged LOG WHAT COMMAND...: run COMMAND (a function of this file or a
# program) with its output appended to LOG, saying in one line what runs and
# where its output goes; when it fails, show the last 40 lines of LOG and
# return its status.  The demo builds this way, so that its output is the
# analysis and not the compiler's command lines.
run_logged() {
	local logfile=$1 what=$2 rc=0
	shift 2
	log "$what (output in $logfile)"
	"$@" >>"$logfile" 2>&1 || rc=$?
	if ((rc != 0)); then
		warn "$what failed (exit status $rc); the last lines of $logfile:"
		tail -n 40 "$logfile" >&2
	fi
	return "$rc"
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
PKPC_SKIPPED=0
PKPC_FAILURES=()

check_pass() { PKPC_PASSED=$((PKPC_PASSED + 1)); printf 'ok    %s\n' "$1"; }

# check_skip NAME: a check that could not run here for a reason outside the
# project (said in NAME); counted apart, never as passed.
check_skip() { PKPC_SKIPPED=$((PKPC_SKIPPED + 1)); printf 'skip  %s\n' "$1"; }

check_fail() {
	PKPC_FAILED=$((PKPC_FAILED + 1))
	PKPC_FAILURES+=("$1")
	printf 'FAIL  %s%s\n' "$1" "${2:+: $2}"
}

# add_counts NAME OUTPUT_FILE: add the last "N passed, N failed[, N skipped]" line of a
# sub-suite's output to the totals; a sub-suite that printed none (it crashed)
# counts as one failure, so that nothing can pass by saying nothing.
add_counts() {
	local name=$1 file=$2 line p f k=0
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$file" | tail -n 1 || true)
	if [[ -z $line ]]; then
		check_fail "$name" "printed no 'N passed, N failed' line"
		return
	fi
	p=${line%% passed*}
	f=${line#*passed, }
	f=${f%% failed*}
	[[ $line == *skipped ]] && k=${line##*failed, } && k=${k%% skipped}
	PKPC_PASSED=$((PKPC_PASSED + p))
	PKPC_FAILED=$((PKPC_FAILED + f))
	PKPC_SKIPPED=$((PKPC_SKIPPED + k))
	if ((f > 0)); then
		PKPC_FAILURES+=("$name ($f)")
	fi
	printf '%s  %s: %s\n' "$( ((f > 0)) && echo FAIL || echo 'ok  ')" "$name" "$line"
}

# regress_count OUTPUT EXIT_STATUS [NAME]: one check per regression test in
# the output of `make installcheck` (pg_regress), named NAME/test (NAME
# defaults to "regress").  PostgreSQL 15 prints `test foo ... ok  12 ms`
# (serial) or `     foo ... FAILED  3 ms` (inside a parallel group); 16 and
# later print TAP (`ok 1  - foo  12 ms`, `not ok 2  + foo`).  Both are
# recognised.  A run that printed no test, or that failed although every test
# passed, is one more failure.  Sets REGRESS_PASSED and REGRESS_FAILED.
regress_count() {
	local out=$1 rc=$2 what=${3:-regress} line name result
	REGRESS_PASSED=0
	REGRESS_FAILED=0
	while IFS= read -r line; do
		if [[ $line =~ ^(test[[:space:]]+|[[:space:]]+)([^[:space:]]+)[[:space:]]+\.\.\.[[:space:]]+(ok|FAILED|failed) ]]; then
			name=${BASH_REMATCH[2]} result=${BASH_REMATCH[3]}
		elif [[ $line =~ ^(not\ ok|ok)[[:space:]]+[0-9]+[[:space:]]+[-+][[:space:]]+([^[:space:]]+) ]]; then
			name=${BASH_REMATCH[2]} result=${BASH_REMATCH[1]}
		else
			continue
		fi
		if [[ $result == ok ]]; then
			check_pass "$what/$name"
			REGRESS_PASSED=$((REGRESS_PASSED + 1))
		else
			# "failed (ignored)" is counted too: an ignored failure is still a failure here.
			check_fail "$what/$name" "$result"
			REGRESS_FAILED=$((REGRESS_FAILED + 1))
		fi
	done <"$out"
	if ((REGRESS_PASSED + REGRESS_FAILED == 0)); then
		check_fail "$what" "no test results parsed from make installcheck (exit $rc)"
		REGRESS_FAILED=1
	elif ((rc != 0 && REGRESS_FAILED == 0)); then
		check_fail "$what" "make installcheck exited $rc although every test passed"
		REGRESS_FAILED=1
	fi
}

# pg_version_of PG_CONFIG: "PostgreSQL 15.18", for the per-version result lines.
pg_version_of() {
	"$1" --version | awk '{ print $1, $2 }'
}

# summary: the failure list, then the final line, alone: "N passed, N failed"
# (", N skipped" appended when a check could not run here).
# Returns non-zero when anything failed (use it as the script's last command).
summary() {
	echo
	if ((PKPC_FAILED > 0)); then
		echo "failed: ${PKPC_FAILURES[*]}"
	fi
	if ((PKPC_SKIPPED > 0)); then
		echo "$PKPC_PASSED passed, $PKPC_FAILED failed, $PKPC_SKIPPED skipped"
	else
		echo "$PKPC_PASSED passed, $PKPC_FAILED failed"
	fi
	((PKPC_FAILED == 0))
}
