#!/usr/bin/env bash
# test/checks/fdw.sh — the registry sharded over two sites with PostgreSQL's
# own machinery: three throw-away clusters (a coordinator and two sites, each
# with the extension), a partitioned table whose partitions are postgres_fdw
# foreign tables on the sites (server option extensions 'pkpcohort'), and for
# every test aggregate of the installed extension (from the catalog):
#   (a) SELECT site, X(...) FROM registry GROUP BY site is pushed down whole
#       to each site (the aggregate in the Remote SQL) and equals the
#       single-server answer per site;
#   (b) X_merge over X_partial of each site equals X over all rows on one
#       server.
# See fdw.sql.  The clusters listen on unix sockets in a mktemp directory only,
# run as the postgres OS user when started by root, and are stopped and
# removed on exit, also on failure.  Last line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/testagg.bash"

base=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-fdw.XXXXXX")
port=$PKPC_PORT
db=pkpc_fdw
sites=(coord site1 site2)

# run_pg CMD...: as the owner of the clusters (postgres under root).
run_pg() {
	if ((EUID == 0)); then
		(cd "$base" && runuser -u postgres -- "$@")
	else
		(cd "$base" && "$@")
	fi
}

cleanup() {
	local s
	for s in "${sites[@]}"; do
		if [[ -f $base/$s/data/postmaster.pid ]]; then
			run_pg "$PKPC_PGBIN/pg_ctl" -D "$base/$s/data" -m fast -w stop >/dev/null 2>&1 ||
				warn "fdw: could not stop $s (log: $base/$s/server.log)"
		fi
	done
	if [[ ${PKPC_KEEP_CLUSTER:-} == 1 ]]; then
		log "fdw: kept $base"
	else
		rm -rf "$base"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_site NAME: initdb + start, socket in $base/NAME, no TCP.
start_site() {
	local s=$1 dir=$base/$1
	mkdir -p "$dir"
	((EUID == 0)) && chown postgres: "$dir"
	chmod 700 "$dir"
	run_pg "$PKPC_PGBIN/initdb" -D "$dir/data" -U postgres -A trust --locale=C -E UTF8 \
		--no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
	run_pg sh -c "cat >> '$dir/data/postgresql.conf'" <<-CONF
		# appended by test/checks/fdw.sh
		listen_addresses = ''
		unix_socket_directories = '$dir'
		port = $port
		fsync = off
		synchronous_commit = off
		full_page_writes = off
	CONF
	run_pg "$PKPC_PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
		{ cat "$dir/server.log" >&2; return 1; }
}

# on NAME psql-args...: psql on the cluster NAME, database $db.
on() {
	local s=$1
	shift
	"${check_psql[@]}" -h "$base/$s" -p "$port" -U postgres -d "$db" "$@"
}

setup() {
	local s
	((EUID == 0)) && chown postgres: "$base"
	chmod 711 "$base"
	for s in "${sites[@]}"; do
		start_site "$s" || return 1
		"${check_psql[@]}" -h "$base/$s" -p "$port" -U postgres -d postgres \
			-c "CREATE DATABASE $db" >/dev/null || return 1
		on "$s" -c 'CREATE EXTENSION pkpcohort' -f "$checks_dir/testagg.sql" >/dev/null || return 1
	done
	# The sites: an empty table of the registry's shape (make_data with 0 rows).
	for s in site1 site2; do
		on "$s" -c "SELECT pkpc_check.make_data('registry_site', 0)" >/dev/null || return 1
	done
	# The coordinator: the data, the foreign servers, the sharded registry.
	on coord -f "$checks_dir/fdw.sql" -c "SELECT pkpc_check.make_data('data', 1000)" >/dev/null || return 1
	on coord >/dev/null <<-SQL || return 1
		CREATE EXTENSION postgres_fdw;
		CREATE SERVER site1 FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host '$base/site1', port '$port', dbname '$db', extensions 'pkpcohort');
		CREATE SERVER site2 FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host '$base/site2', port '$port', dbname '$db', extensions 'pkpcohort');
		CREATE USER MAPPING FOR CURRENT_USER SERVER site1 OPTIONS (user 'postgres');
		CREATE USER MAPPING FOR CURRENT_USER SERVER site2 OPTIONS (user 'postgres');
		CREATE TABLE pkpc_check.registry (LIKE pkpc_check.data) PARTITION BY LIST (site);
		CREATE FOREIGN TABLE pkpc_check.registry_site1 PARTITION OF pkpc_check.registry
			FOR VALUES IN (1) SERVER site1 OPTIONS (schema_name 'pkpc_check', table_name 'registry_site');
		CREATE FOREIGN TABLE pkpc_check.registry_site2 PARTITION OF pkpc_check.registry
			FOR VALUES IN (2) SERVER site2 OPTIONS (schema_name 'pkpc_check', table_name 'registry_site');
		-- tuple routing sends each row to its site
		INSERT INTO pkpc_check.registry SELECT * FROM pkpc_check.data ORDER BY id;
		ANALYZE pkpc_check.registry;
		SELECT pkpc_check.pick_calls('data');
	SQL
}

if ! setup; then
	check_fail "fdw set-up" "see the errors above"
	summary
	exit 1
fi
counts=$(on site1 -c 'SELECT count(*) FROM pkpc_check.registry_site'),$(on site2 -c 'SELECT count(*) FROM pkpc_check.registry_site')
n=$(on coord -c 'SELECT count(*) FROM pkpc_check.calls')
echo "fdw: coordinator + 2 sites in $base, rows per site $counts, $n test aggregate overloads"
if ((n == 0)); then
	check_fail "fdw" "no test aggregate found in the catalog"
fi

if on coord -c 'SELECT * FROM pkpc_check.fdw_lines()' >"$base/out" 2>&1; then
	count_lines "$base/out"
	if ((COUNTED != 2 * n)); then
		check_fail "fdw" "$COUNTED checks printed, $((2 * n)) expected"
	fi
else
	cat "$base/out"
	check_fail "fdw" "fdw_lines() failed"
fi
# One plan in full, for the reader of the CI log.
echo "---- example: per-site GROUP BY, pushed down"
on coord -A 2>/dev/null <<-'SQL' | sed 's/^/    /' || true
	SET enable_partitionwise_aggregate = on;
	SELECT format('EXPLAIN (VERBOSE, COSTS OFF) SELECT site, %s FROM pkpc_check.registry GROUP BY site', call)
	FROM pkpc_check.calls WHERE NOT polymorphic AND call IS NOT NULL ORDER BY signature LIMIT 1 \gexec
SQL
summary
