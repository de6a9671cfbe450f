#!/usr/bin/env bash
# test/checks/upgrade.sh — upgrades.
#
# From the pkpcohort--*.sql scripts installed in the server's extension
# directory:
#   - the default version installs (CREATE EXTENSION) in a fresh database;
#   - the oldest version installs, and ALTER EXTENSION ... UPDATE TO each
#     later version in turn reaches default_version;
#   - every upgrade script A--B is run at least once: install A, UPDATE TO
#     B, then UPDATE to the default version;
#   - each upgraded database is identical to the fresh install: the member
#     objects with their definitions (functions, aggregates, types and
#     their fields, comments; upgrade_catalog.sql), `\dx+ pkpcohort`, and
#     the results of every aggregate and function called with the sample
#     data of security_calls.sql.
# With a single version there is nothing to upgrade: the check says so.
#
# Uses the cluster of test/run_all.sh, or starts its own (test/lib.sh).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
PSQL=("$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-upgrade.XXXXXX")
dbs=()
cleanup() {
	local d
	for d in "${dbs[@]}"; do
		"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
	done
	rm -rf "$work"
	cluster_stop
}
trap cleanup EXIT

extdir=$("$PKPC_PGBIN/pg_config" --sharedir)/extension
default=$("${PSQL[@]}" -d postgres -Atc "SELECT default_version FROM pg_available_extensions WHERE name = 'pkpcohort'")
if [[ -z $default ]]; then
	check_fail "pkpcohort available" "not installed in $extdir"
	summary
	exit 1
fi

# Versions with an install script, oldest first; upgrade scripts as A--B.
mapfile -t versions < <(cd "$extdir" && ls pkpcohort--*.sql | sed -n 's/^pkpcohort--\([^-]*\)\.sql$/\1/p' | sort -V)
mapfile -t upgrades < <(cd "$extdir" && ls pkpcohort--*--*.sql 2>/dev/null | sed -n 's/^pkpcohort--\(.*\)\.sql$/\1/p' | sort -V)
echo "   install scripts: ${versions[*]:-none}; upgrade scripts: ${upgrades[*]:-none}; default_version $default"

# fresh_db NAME [VERSION]: a new database with the extension at VERSION.
fresh_db() {
	local db=$1 ver=${2:-}
	dbs+=("$db")
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null &&
		"${PSQL[@]}" -d "$db" -c "CREATE EXTENSION pkpcohort${ver:+ VERSION '$ver'}"
}

# snapshot DB FILE: everything that must not depend on the upgrade path.
snapshot() {
	local db=$1 file=$2
	{
		"${PSQL[@]}" -d "$db" -At -f test/checks/upgrade_catalog.sql
		echo "---- \\dx+"
		"${PSQL[@]}" -d "$db" -c '\dx+ pkpcohort'
		echo "---- results"
		"${PSQL[@]}" -d "$db" -f test/checks/security_calls.sql 2>&1 | sed 's/^.*NOTICE:  //'
	} >"$file" 2>&1
}

fresh=pkpc_upg_fresh_$$
if fresh_db "$fresh" >"$work/fresh.log" 2>&1 &&
	[[ $("${PSQL[@]}" -d "$fresh" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'pkpcohort'") == "$default" ]]; then
	check_pass "default version $default installs in a fresh database"
else
	check_fail "default version $default installs in a fresh database" "$(tail -3 "$work/fresh.log")"
	summary
	exit 1
fi
snapshot "$fresh" "$work/fresh.snap"
nobj=$(grep -c '^obj|' "$work/fresh.snap")
nerr=$(grep -c 'ERROR' "$work/fresh.snap")
ncall=$(grep -c '^CALL ok' "$work/fresh.snap")
if ((nobj > 0 && ncall > 0 && nerr == 0)); then
	check_pass "snapshot of the fresh install: $nobj member objects, $ncall results"
else
	check_fail "snapshot of the fresh install" "$nobj objects, $ncall results, $nerr errors: $(grep -m3 ERROR "$work/fresh.snap" | tr '\n' ' ')"
fi

# compare NAME DB: the upgraded database against the fresh one.
compare() {
	local name=$1 db=$2
	snapshot "$db" "$work/$db.snap"
	if diff -u "$work/fresh.snap" "$work/$db.snap" >"$work/$db.diff"; then
		check_pass "$name: identical to a fresh install (objects, \\dx+, results)"
	else
		check_fail "$name: identical to a fresh install" "$(head -20 "$work/$db.diff" | tr '\n' ' ')"
	fi
}

if ((${#upgrades[@]} == 0)); then
	check_pass "no upgrade script exists yet (only version ${versions[*]}): nothing to update through"
	summary
	exit
fi

# 1. oldest version, then UPDATE TO each later version in turn.
oldest=${versions[0]}
chain=pkpc_upg_chain_$$
if fresh_db "$chain" "$oldest" >"$work/chain.log" 2>&1; then
	ok=1
	path=$oldest
	while IFS= read -r v; do
		cur=$("${PSQL[@]}" -d "$chain" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'pkpcohort'")
		[[ $cur == "$default" ]] && break
		# the next version reachable from the current one, in version order
		next=$("${PSQL[@]}" -d "$chain" -Atc "SELECT target FROM pg_extension_update_paths('pkpcohort')
			WHERE source = '$cur' AND path IS NOT NULL AND path = source || '--' || target" | sort -V | head -1)
		[[ -n $next ]] || { ok=0; echo "no one-step update from $cur" >>"$work/chain.log"; break; }
		"${PSQL[@]}" -d "$chain" -c "ALTER EXTENSION pkpcohort UPDATE TO '$next'" >>"$work/chain.log" 2>&1 || { ok=0; break; }
		path="$path -> $next"
	done < <(printf '%s\n' "${upgrades[@]}")
	cur=$("${PSQL[@]}" -d "$chain" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'pkpcohort'")
	if ((ok)) && [[ $cur == "$default" ]]; then
		check_pass "update chain $path"
		compare "update chain from $oldest" "$chain"
	else
		check_fail "update chain $path" "stopped at $cur: $(tail -3 "$work/chain.log" | tr '\n' ' ')"
	fi
else
	check_fail "oldest version $oldest installs" "$(tail -3 "$work/chain.log")"
fi

# 2. every upgrade script on its own: install A, UPDATE TO B, UPDATE.
i=0
for u in "${upgrades[@]}"; do
	a=${u%%--*} b=${u#*--}
	i=$((i + 1))
	db=pkpc_upg_${i}_$$
	if { fresh_db "$db" "$a" && "${PSQL[@]}" -d "$db" -c "ALTER EXTENSION pkpcohort UPDATE TO '$b'" &&
		"${PSQL[@]}" -d "$db" -c "ALTER EXTENSION pkpcohort UPDATE"; } >"$work/$db.log" 2>&1; then
		check_pass "upgrade script pkpcohort--$u.sql runs ($a -> $b -> $default)"
		compare "$a -> $b -> $default" "$db"
	else
		check_fail "upgrade script pkpcohort--$u.sql runs" "$(tail -3 "$work/$db.log" | tr '\n' ' ')"
	fi
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
done

summary
