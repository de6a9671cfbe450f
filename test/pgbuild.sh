# shellcheck shell=bash
# test/pgbuild.sh — PostgreSQL servers of later major versions for the tests,
# built from Debian's source packages.  Source it after test/lib.sh.
#
# Debian 12 ships PostgreSQL 15 only; Debian's later suites carry the later
# major versions as source packages (postgresql-17 in trixie, postgresql-18
# in forky).  `pg_source_server MAJOR [CONFIGURE_OPTION...]` takes the source
# package with `apt-get source` from the machine's own Debian mirror (read
# from its apt sources), builds the server, its headers, PGXS and pg_regress
# with ./configure && make (not the whole Debian package: its documentation
# and test runs take far longer than the build), installs them into a cache
# directory outside the clone and prints the install prefix.  The directory
# is named by the version and a checksum of the source package's .dsc, the
# configure options and this recipe, so each server is built once per
# machine and rebuilt only when one of them changes.
#
# The deb-src entries live in a private apt configuration in the cache (its
# own sources list and package lists, given to apt-get with -o options): the
# machine's own apt never reads them, so no binary package can be installed
# or upgraded from those suites; only `apt-get source` uses them.
#
# Environment:
#   PKPC_PG_CACHE       cache directory (/var/cache/pkpcohort when it can be
#                       written, else ~/.cache/pkpcohort)
#   PKPC_PGSRC_SUITES   suites searched for the source packages ("trixie
#                       trixie-security forky"; a *-security suite is taken
#                       from the machine's security mirror, and left out when
#                       it has none)
#   PKPC_PGSRC_JOBS     make -j (2)
#
# Cost on a fresh 2-core machine: about 35 MB of source indices and 23 MB of
# source per version, and one server build per version (see README, "How it
# is tested").

# Bump when the build recipe below changes, so that cached servers are rebuilt.
PKPC_PGSRC_RECIPE=1
PKPC_PGSRC_SUITES=${PKPC_PGSRC_SUITES:-trixie trixie-security forky}
PKPC_PGSRC_JOBS=${PKPC_PGSRC_JOBS:-2}

# pgsrc_cache_dir: print (and create) the cache directory.
pgsrc_cache_dir() {
	local dir=${PKPC_PG_CACHE:-}
	if [[ -z $dir ]]; then
		if mkdir -p /var/cache/pkpcohort 2>/dev/null && [[ -w /var/cache/pkpcohort ]]; then
			dir=/var/cache/pkpcohort
		else
			dir=${XDG_CACHE_HOME:-$HOME/.cache}/pkpcohort
		fi
	fi
	mkdir -p "$dir" || return 1
	# The servers run as the `postgres` OS user under root: keep it readable.
	chmod 755 "$dir" 2>/dev/null || true
	echo "$dir"
}

# pgsrc_mirrors: print "suite uri signed-by" for every enabled binary (deb)
# entry of the machine's apt sources, one-line (*.list) and deb822 (*.sources)
# formats alike; signed-by is "-" when the entry names no keyring file.
pgsrc_mirrors() {
	local f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[[ -f $f ]] || continue
		awk '
			{ sub(/#.*/, "") }
			$1 == "deb" {
				key = "-"; i = 2
				if ($2 ~ /^\[/) {
					# options: [ a=b c=d ] or [a=b]
					for (; i <= NF; i++) {
						opt = $i; gsub(/[][]/, "", opt)
						if (opt ~ /^signed-by=/) key = substr(opt, 11)
						if ($i ~ /\]$/) { i++; break }
					}
				}
				print $(i + 1), $i, key
			}' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[[ -f $f ]] || continue
		awk '
			function flush(   n, s, u, i, j) {
				if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled != "no") {
					n = split(suites, s, /[ \t]+/)
					split(uris, u, /[ \t]+/)
					for (i = 1; i <= n; i++)
						for (j = 1; u[j] != ""; j++)
							if (s[i] != "") print s[i], u[j], (key ~ /^\// ? key : "-")
				}
				types = uris = suites = key = enabled = ""; field = ""
			}
			/^#/ { next }
			/^[ \t]*$/ { flush(); next }
			/^[ \t]/ { next }   # continuation line (an inline key)
			{
				field = tolower(substr($0, 1, index($0, ":") - 1))
				value = substr($0, index($0, ":") + 1)
				gsub(/^[ \t]+|[ \t]+$/, "", value)
				if (field == "types") types = value
				else if (field == "uris") uris = value
				else if (field == "suites") suites = value
				else if (field == "signed-by") key = value
				else if (field == "enabled") enabled = tolower(value)
			}
			END { flush() }' "$f"
	done
}

# pgsrc_sources_list: the private deb-src entries, on the machine's own
# Debian mirror (the URI it uses for its release) and security mirror.
pgsrc_sources_list() {
	local codename main="" mainkey="" sec="" seckey="" suite uri key s
	codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
	[[ -n $codename ]] || { warn "pgbuild: no VERSION_CODENAME in /etc/os-release"; return 1; }
	while read -r suite uri key; do
		if [[ -z $main && $suite == "$codename" ]]; then
			main=$uri mainkey=$key
		elif [[ -z $sec && $suite == "$codename-security" ]]; then
			sec=$uri seckey=$key
		fi
	done < <(pgsrc_mirrors)
	[[ -n $main ]] || { warn "pgbuild: no 'deb' entry for $codename in the apt sources"; return 1; }
	for s in $PKPC_PGSRC_SUITES; do
		if [[ $s == *-security ]]; then
			[[ -n $sec ]] || continue
			uri=$sec key=$seckey
		else
			uri=$main key=$mainkey
		fi
		printf 'deb-src %s%s %s main\n' "$([[ $key == - ]] || printf '[signed-by=%s] ' "$key")" "$uri" "$s"
	done
}

# pgsrc_apt COMMAND ARGS...: apt-get / apt-cache on the private configuration.
PKPC_PGSRC_APT=()
pgsrc_apt() {
	local cmd=$1
	shift
	"$cmd" "${PKPC_PGSRC_APT[@]}" "$@" </dev/null
}

# pgsrc_update CACHE: write the private sources list and update its indices.
pgsrc_update() {
	local apt=$1/apt list
	mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/none" || return 1
	list=$(pgsrc_sources_list) || return 1
	printf '%s\n' "# written by test/pgbuild.sh: source packages only" "$list" >"$apt/sources.list"
	PKPC_PGSRC_APT=(-q
		-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=$apt/none"
		-o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache")
	# root downloads into these directories itself (the _apt user cannot write them)
	((EUID == 0)) && PKPC_PGSRC_APT+=(-o APT::Sandbox::User=root)
	log "pgbuild: apt-get update ($(grep -c '^deb-src' "$apt/sources.list") deb-src entries)"
	# A suite the mirror lacks is not fatal here: `apt-get source` then says
	# which package it cannot find.
	if ! pgsrc_apt apt-get update >"$apt/update.log" 2>&1; then
		grep -E '^(E|W):' "$apt/update.log" >&2
		warn "pgbuild: apt-get update reported errors (above)"
	fi
}

# pg_source_server MAJOR [CONFIGURE_OPTION...]: print the install prefix of
# PostgreSQL MAJOR built with these options, building it first if needed.
# Returns 2 when the mirror lists the source package but does not serve its
# files (nothing to build), 1 for any other failure.
pg_source_server() {
	local major=$1
	shift
	local cache pkg=postgresql-$major uris dsc dscsum ver key prefix lock work rc=0
	cache=$(pgsrc_cache_dir) || return 1
	if ((${#PKPC_PGSRC_APT[@]} == 0)); then
		pgsrc_update "$cache" || return 1
	fi
	uris=$(pgsrc_apt apt-get source --print-uris "$pkg" 2>&1) ||
		{ printf '%s\n' "$uris" >&2; return 1; }
	dsc=$(printf '%s\n' "$uris" | awk '$2 ~ /\.dsc$/ { print $2; s = $4 } END { print s }')
	dscsum=${dsc##*$'\n'} dsc=${dsc%%$'\n'*}
	[[ $dsc == *.dsc && $dscsum == SHA256:* ]] ||
		{ warn "pgbuild: no .dsc with a SHA256 for $pkg"; printf '%s\n' "$uris" >&2; return 1; }
	# postgresql-17_17.12-0+deb13u1.dsc -> 17.12
	ver=${dsc#*_}
	ver=${ver%.dsc}
	ver=${ver#*:}
	ver=${ver%-*}
	key=$(printf '%s\n' "$dscsum" "$*" "$PKPC_PGSRC_RECIPE" | sha256sum | cut -c1-12)
	prefix=$cache/pg-$ver-$key
	# one build at a time per prefix; a second run waits and then reuses it
	exec {lock}>"$prefix.lock"
	flock "$lock"
	if [[ -f $prefix/.pkpc-complete ]]; then
		log "pgbuild: PostgreSQL $ver: cached in $prefix"
	else
		rm -rf "$prefix"
		work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-pgsrc.XXXXXX")
		log "pgbuild: PostgreSQL $ver ($dsc): building into $prefix (log: $work/build.log)"
		pgsrc_build "$pkg" "$dsc" "$prefix" "$work" "$@" >"$work/build.log" 2>&1 || rc=$?
		if ((rc == 0)); then
			touch "$prefix/.pkpc-complete"
			rm -rf "$work"
			pgsrc_prune "$cache" "$major" "$ver"
		elif ((rc == 2)); then
			tail -n 5 "$work/build.log" >&2
			warn "pgbuild: PostgreSQL $ver: the mirror does not serve the files of $pkg"
			rm -rf "$prefix" "$work"
		else
			tail -n 40 "$work/build.log" >&2
			warn "pgbuild: PostgreSQL $ver: build failed (log: $work/build.log)"
			rm -rf "$prefix"
			find "$work" -mindepth 1 -maxdepth 1 ! -name build.log -exec rm -rf {} +
		fi
	fi
	flock -u "$lock"
	exec {lock}>&-
	((rc == 0)) && echo "$prefix"
	return $rc
}

# pgsrc_prune CACHE MAJOR VERSION: remove the builds of MAJOR's earlier
# releases (a new point release of the source package replaces them).
pgsrc_prune() {
	local d
	for d in "$1/pg-$2".*-*; do
		[[ -d $d && $(basename "$d") != "pg-$3-"* ]] || continue
		log "pgbuild: removing the superseded build $d"
		rm -rf "$d" "$d.lock"
	done
}

# pgsrc_build PACKAGE DSC PREFIX WORKDIR [CONFIGURE_OPTION...]: download the
# source package, unpack the upstream tarball (without Debian's patches: the
# tests run against PostgreSQL as released), build and install what the tests
# need.  Output goes to the caller's log.
pgsrc_build() (
	pkg=$1 dsc=$2 prefix=$3 work=$4
	shift 4
	cd "$work" || exit
	pgsrc_apt apt-get source --download-only "$pkg" ||
		{ echo "pgbuild: apt-get source $pkg: download failed"; exit 2; }
	[[ -f $dsc ]] || { echo "pgbuild: no $dsc"; exit 1; }
	tar -xf "${pkg}"_*.orig.tar.* || exit
	rm -f "${pkg}"_*.orig.tar.* "${pkg}"_*.debian.tar.*
	src=$(find . -mindepth 1 -maxdepth 1 -type d -name 'postgresql-*' | head -n 1)
	cd "$src" || exit
	umask 022
	# readline and zlib serve psql's line editing and pg_dump: not the tests.
	./configure --prefix="$prefix" --without-readline --without-zlib "$@" || exit
	# src/ holds the server, the client programs, PGXS and pg_regress
	# (src/test/regress); config/ the install-sh that PGXS uses.
	make -j"$PKPC_PGSRC_JOBS" -C src all || exit
	make -C src install || exit
	make -C config install || exit
	"$prefix/bin/pg_config" --version
)
