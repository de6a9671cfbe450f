#!/usr/bin/env bash
# test/checks/citus.sh — pkpcohort on a real Citus 13 cluster.
#
#   1. Citus 13.2.2 built from its source release once per machine (cached
#      outside the clone, keyed by the tarball's sha256; test/citus.bash) and
#      installed into the PostgreSQL under test; a coordinator and two
#      workers on 127.0.0.1, shared_preload_libraries = 'citus'.
#   2. CREATE EXTENSION pkpcohort (the oldest version) on the coordinator
#      reaches both workers; ALTER EXTENSION pkpcohort UPDATE on the
#      coordinator updates them.
#   3. A distributed registry (citus_registry.sql: patient, procedure and
#      visit in long format distributed by patient_id, hospital a reference
#      table) and, for every test aggregate overload of the catalog, the six
#      query shapes of citus.sql, each compared with the same query on a
#      local copy of the tables; polymorphic overloads: Citus's refusal, and
#      the cast that avoids it.
#   4. The study demo (test/demo/demo.sql and the files it loads, unchanged)
#      on the registry distributed by citus_demo.sql, against the same files
#      on a single server: the printed tables must be identical.
#   5. Every node stopped.
#
# Environment: PKPC_CITUS_TARBALL, PKPC_CACHE, PKPC_CITUS_PORT (test/citus.bash),
# PKPC_CITUS_ROWS (visits, default 2400, 8 per patient), PKPC_KEEP_CLUSTER=1
# (keep the nodes' directory).
# Needs pkpcohort installed in $PKPC_PGBIN (test/run_all.sh does it) and the
# right to write into that PostgreSQL's lib and extension directories.
# Last line: "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/testagg.bash"
source "$PKPC_ROOT/test/citus.bash"

rows=${PKPC_CITUS_ROWS:-2400}
per=8
t0=$SECONDS

fail_early() {
	check_fail "$1" "$2"
	summary
	exit 1
}

# ------------------------------------------------------------ 1. Citus
citus_build || fail_early "citus build" "no Citus build (see above): the check cannot run without it"
t_build=$((SECONDS - t0))
check_pass "citus build: Citus from $(basename "$PKPC_CITUS_TARBALL"), $CITUS_BUILD_HOW (${t_build} s) in $CITUS_CACHE"
citus_install || fail_early "citus install" "could not copy Citus into $("$PKPC_PGBIN/pg_config" --pkglibdir)"
t1=$SECONDS
citus_start || fail_early "citus nodes" "the coordinator and workers did not start (see above)"
t_start=$((SECONDS - t1))
work=$CITUS_BASE/work
mkdir -p "$work"
coord_port=${CITUS_PORT_OF[coord]}
nodes=$(citus_psql coord -At -c "SELECT string_agg(format('%s:%s (%s)', nodename, nodeport, noderole), ', ' ORDER BY nodeid) FROM pg_dist_node")
check_pass "citus nodes: started in ${t_start} s: $nodes"

# ------------------------------------------------------------ 2. extension on every node
extdir=$("$PKPC_PGBIN/pg_config" --sharedir)/extension
oldest=$(cd "$extdir" && ls pkpcohort--*.sql | sed -n 's/^pkpcohort--\([^-]*\)\.sql$/\1/p' | sort -V | head -n 1)
default=$(citus_psql coord -At -c "SELECT default_version FROM pg_available_extensions WHERE name = 'pkpcohort'")
[[ -n $default && -n $oldest ]] || fail_early "pkpcohort available" "not installed in $extdir"

# ext_versions: the version of pkpcohort on each worker, "worker1=X worker2=Y"
ext_versions() {
	local w out=()
	for w in worker1 worker2; do
		out+=("$w=$(citus_psql "$w" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'pkpcohort'")")
	done
	echo "${out[*]}"
}
if citus_psql coord -c "CREATE EXTENSION pkpcohort VERSION '$oldest'" >/dev/null; then
	got=$(ext_versions)
	if [[ $got == "worker1=$oldest worker2=$oldest" ]]; then
		check_pass "citus CREATE EXTENSION pkpcohort VERSION '$oldest' on the coordinator reaches the workers: $got"
	else
		check_fail "citus CREATE EXTENSION on the coordinator" "workers: $got, expected $oldest"
	fi
else
	fail_early "citus CREATE EXTENSION" "failed on the coordinator"
fi
if [[ $oldest != "$default" ]]; then
	if citus_psql coord -c "ALTER EXTENSION pkpcohort UPDATE" >/dev/null; then
		got=$(ext_versions)
		coord_v=$(citus_psql coord -At -c "SELECT extversion FROM pg_extension WHERE extname = 'pkpcohort'")
		if [[ $got == "worker1=$default worker2=$default" && $coord_v == "$default" ]]; then
			check_pass "citus ALTER EXTENSION pkpcohort UPDATE on the coordinator: $oldest -> $default on every node ($got)"
		else
			check_fail "citus ALTER EXTENSION UPDATE" "coordinator $coord_v, workers $got, expected $default"
		fi
	else
		check_fail "citus ALTER EXTENSION UPDATE" "failed on the coordinator"
	fi
else
	check_pass "citus ALTER EXTENSION UPDATE: one version ($default) installed, nothing to update"
fi

# ------------------------------------------------------------ 3. every aggregate overload
if ! citus_psql coord -f "$checks_dir/testagg.sql" \
	-c "SELECT pkpc_check.make_data('data', $rows)" -c "SELECT pkpc_check.pick_calls('data')" >/dev/null ||
	! citus_psql coord -v per="$per" -f "$checks_dir/citus_registry.sql" >/dev/null ||
	! citus_psql coord -f "$checks_dir/citus.sql" >/dev/null; then
	fail_early "citus set-up" "see the psql errors above"
fi
citus_psql coord -At -F ' ' >"$work/layout" <<-'SQL'
	SELECT (SELECT count(*) FROM pkpc_dist.visit), (SELECT count(*) FROM pkpc_dist.patient),
		   (SELECT count(*) FROM citus_shards WHERE table_name = 'pkpc_dist.visit'::regclass),
		   (SELECT string_agg(n::text, '+') FROM (SELECT count(*) n FROM citus_shards
			 WHERE table_name = 'pkpc_dist.visit'::regclass GROUP BY nodeport ORDER BY nodeport) s),
		   (SELECT count(*) FROM citus_shards WHERE table_name = 'pkpc_dist.hospital'::regclass),
		   (SELECT count(*) FROM pkpc_check.calls WHERE NOT polymorphic),
		   (SELECT count(*) FROM pkpc_check.calls WHERE polymorphic)
SQL
read -r nvisit npat nshard split nref ncon npoly <"$work/layout"
echo "citus: registry of $nvisit visits of $npat patients; visit in $nshard shards ($split per worker);" \
	"hospital on $nref nodes; $ncon concrete and $npoly polymorphic test aggregate overloads"
if ((ncon + npoly == 0)); then
	check_fail "citus" "no test aggregate found in the catalog"
fi
{
	citus_psql coord -At -c "SELECT format('SELECT * FROM pkpc_check.citus_lines(%s);', fn) FROM pkpc_check.calls ORDER BY signature"
} >"$work/script.sql"
t2=$SECONDS
# No ON_ERROR_STOP: one failing overload must not hide the others.
citus_psql coord -v ON_ERROR_STOP=0 -At -F '|' -f "$work/script.sql" >"$work/out" 2>&1
count_lines "$work/out"
t_aggs=$((SECONDS - t2))
if ((COUNTED != 6 * ncon + 7 * npoly)); then
	check_fail "citus" "$COUNTED checks printed, $((6 * ncon + 7 * npoly)) expected (psql errors above)"
fi

# Two plans in full, for the reader of the CI log (and of the README).
echo "---- example: GROUP BY a column other than the distribution column: split"
citus_psql coord -c "SET citus.coordinator_aggregation_strategy = 'disabled'" \
	-c "EXPLAIN (VERBOSE, COSTS OFF) SELECT visit_no, (mann_whitney_u(x1, l1_text)).p_value FROM pkpc_dist.visit GROUP BY visit_no" |
	sed 's/^/    /'
echo "---- example: GROUP BY the distribution column: pushed down whole"
citus_psql coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT patient_id, (paired_t(x1, x2)).p_value FROM pkpc_dist.visit GROUP BY patient_id" |
	sed 's/^/    /'
echo "---- example: a polymorphic overload (enum label), and the cast that avoids it"
citus_psql coord -v ON_ERROR_STOP=0 -c "SELECT (independent_t(x1, l1_enum)).p_value FROM pkpc_dist.visit" 2>&1 | sed 's/^/    /'
citus_psql coord -c "SELECT (independent_t(x1, l1_enum::text)).p_value FROM pkpc_dist.visit" 2>&1 | sed 's/^/    /'

# ------------------------------------------------------------ 4. the study demo
t3=$SECONDS
demo=$PKPC_ROOT/test/demo
# The demo's own driver with the distribution step after the registry's
# tables are created; every other line of demo.sql and every file it loads
# as they are.
if awk -v demo="$demo" -v dist="$checks_dir/citus_demo.sql" '
	/^\\ir[ \t]+registry\.sql[ \t]*$/ { print "\\i " demo "/registry.sql"; print "\\o /dev/null"
		print "\\i " dist; print "\\o"; found = 1; next }
	/^\\ir[ \t]+/ { print "\\i " demo "/" $2; next }
	{ print }
	END { exit !found }' "$demo/demo.sql" >"$work/demo_citus.sql"; then
	"$PKPC_PGBIN/psql" -X -q -h 127.0.0.1 -p "$coord_port" -U postgres -d postgres \
		-c "CREATE DATABASE pkpc_demo_single" >/dev/null
	# From the repository root: paper.sql reads test/demo/paper_tables.csv.
	(cd "$PKPC_ROOT" && "$PKPC_PGBIN/psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$coord_port" -U postgres \
		-d pkpc_demo_single -f test/demo/demo.sql) >"$work/demo_single.out" 2>"$work/demo_single.err"
	rc_single=$?
	(cd "$PKPC_ROOT" && citus_psql coord -f "$work/demo_citus.sql") >"$work/demo_citus.out" 2>"$work/demo_citus.err"
	rc_citus=$?
	t_demo=$((SECONDS - t3))
	if ((rc_single != 0 || rc_citus != 0)); then
		cat "$work/demo_single.err" "$work/demo_citus.err"
		check_fail "citus demo" "psql exit status: single server $rc_single, Citus $rc_citus"
	else
		ndist=$(citus_psql coord -At -c "SELECT count(*) FILTER (WHERE partmethod = 'h') || ' distributed, ' || count(*) FILTER (WHERE partmethod = 'n') || ' reference' FROM pg_dist_partition WHERE logicalrelid::regclass::text LIKE 'registry.%'")
		# the aggregates in the workers' query of the demo's two aggregating views:
		# worker_partial_agg('<aggregate>(<types>)'::regprocedure, ...)
		for view in study.comparison study.paired; do
			demo_split=$(citus_psql coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM $view" |
				grep -o "worker_partial_agg('[^'(]*(" | sed "s/^worker_partial_agg('//; s/($//" | sort | uniq -c |
				awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')
			if [[ -n $demo_split ]]; then
				check_pass "citus demo: $view splits its aggregates over the workers: $demo_split (registry tables: $ndist)"
			else
				check_fail "citus demo" "$view is not split over the workers (registry tables: $ndist)"
			fi
		done
		# One check per printed section ("== ..." headers), and the whole output.
		awk -v dir="$work" '/^== / { n++ } { print > (dir "/single." n + 0) }' "$work/demo_single.out"
		awk -v dir="$work" '/^== / { n++ } { print > (dir "/citus." n + 0) }' "$work/demo_citus.out"
		for f in "$work"/single.*; do
			i=${f##*.}
			# (what precedes the first section: blank lines only, as the demo is now)
			if [[ $i == 0 ]] && ! grep -q '[^[:space:]]' "$f" && cmp -s "$f" "$work/citus.0"; then
				continue
			fi
			title=$(grep -m 1 '^== ' "$f" || echo "(before the first section)")
			if cmp -s "$f" "$work/citus.$i"; then
				check_pass "citus demo: ${title#== } — identical to the single server ($(wc -l <"$f") lines)"
			else
				check_fail "citus demo: ${title#== }" "differs from the single server"
				diff "$f" "$work/citus.$i" | head -n 20
			fi
		done
		if cmp -s "$work/demo_single.out" "$work/demo_citus.out"; then
			check_pass "citus demo: whole output identical ($(wc -l <"$work/demo_single.out") lines, $(grep -c '^== ' "$work/demo_single.out") sections)"
		else
			check_fail "citus demo" "the outputs differ (see above)"
		fi
		if [[ -s $work/demo_citus.err ]]; then
			echo "citus demo: messages of the distributed run:"
			sed 's/^/    /' "$work/demo_citus.err"
		fi
	fi
else
	check_fail "citus demo" "test/demo/demo.sql no longer loads registry.sql with \\ir: nowhere to distribute the tables"
	t_demo=$((SECONDS - t3))
fi

# ------------------------------------------------------------ 5. stop
ports=("${CITUS_PORT_OF[@]}")
base=$CITUS_BASE
PKPC_KEEP_CLUSTER=${PKPC_KEEP_CLUSTER:-} citus_stop
still=()
for p in "${ports[@]}"; do
	_citus_port_free "$p" || still+=("$p")
done
if ((${#still[@]} == 0)); then
	check_pass "citus nodes stopped (ports ${ports[*]} free)"
else
	check_fail "citus nodes stopped" "still listening: ${still[*]} (in $base)"
fi
echo "citus: durations: build ${t_build} s ($CITUS_BUILD_HOW), nodes ${t_start} s, aggregates ${t_aggs} s, demo ${t_demo} s, total $((SECONDS - t0)) s"
summary
