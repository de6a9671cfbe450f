#!/usr/bin/env bash
# test/checks/security.sh — security.
#
#   1. the assembled install/upgrade scripts follow PostgreSQL's rules for
#      extension scripts (lint_install_script.py: no CREATE OR REPLACE,
#      @extschema@ everywhere, C functions only, no search_path changes);
#   2. the C sources neither read files nor run SQL (no SPI, no file API);
#   3. the control file says trusted = true, and a NON-superuser database
#      owner can CREATE EXTENSION pkpcohort and call every aggregate and
#      function, generated from the catalog (security_calls.sql);
#   4. catalog: every function SECURITY INVOKER, no proconfig, language C or
#      internal (aggregates), every object in the extension's schema,
#      EXECUTE/USAGE granted to that owner;
#   5. no code of another role runs as a side effect: a superuser runs every
#      labelled aggregate over a table whose labels are a trap (a domain whose
#      CHECK makes its owner superuser), serially and in parallel, and is
#      given states naming the trap's types (security_labels.sql); the trap
#      must never run.
#
# Uses the cluster of test/run_all.sh (PGHOST... exported) or, run alone,
# starts its own (test/lib.sh).  Creates a role and a database with unique
# names and drops them on exit.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/lib.sh

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || { check_fail "cluster_start"; summary; exit 1; }
fi
PSQL=("$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
role=pkpc_sec_owner_$$
db=pkpc_sec_$$
work=$(mktemp -d "${TMPDIR:-/tmp}/pkpc-security.XXXXXX")

mal=pkpc_sec_mallory_$$

cleanup() {
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	"${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1
	"${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $mal" >/dev/null 2>&1
	rm -rf "$work"
	cluster_stop
}
trap cleanup EXIT

# ---------------------------------------------------------------- 1. scripts
scripts=(sql/pkpcohort--*.sql)
if [[ ! -e ${scripts[0]} ]]; then
	check_fail "install script" "no sql/pkpcohort--*.sql (not built?)"
else
	python3 test/checks/lint_install_script.py "${scripts[@]}" >"$work/lint.out" 2>&1
	while IFS= read -r line; do
		case $line in
		ok*) check_pass "script: ${line#ok    }" ;;
		FAIL*) check_fail "script: ${line#FAIL  }" ;;
		*) echo "$line" ;;
		esac
	done <"$work/lint.out"
fi

# ---------------------------------------------------------------- 2. sources
# Functions that would read or write files, run programs, or run SQL.
forbidden='\b(SPI_[a-z_]+|fopen|freopen|open|openat|AllocateFile|AllocateDir|OpenTransientFile|PathNameOpenFile|BasicOpenFile|popen|system|exec[lv]p?e?|dlopen|pg_read_file|lo_import|lo_export)[[:space:]]*\('
hits=$(grep -nE "$forbidden" src/*.c src/*.h 2>/dev/null | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(\*|/\*|//)' || true)
if [[ -z $hits ]]; then
	check_pass "sources: no file access, program execution or SPI in src/"
else
	check_fail "sources: no file access, program execution or SPI in src/" "$(head -3 <<<"$hits" | tr '\n' ' ')"
fi

# ---------------------------------------------------------------- 3. trusted
trusted=$("${PSQL[@]}" -d postgres -Atc "SELECT trusted FROM pg_available_extension_versions
	WHERE name = 'pkpcohort' AND version = (SELECT default_version FROM pg_available_extensions
	WHERE name = 'pkpcohort')" 2>&1)
if [[ $trusted == t ]]; then
	check_pass "control: default version is trusted"
else
	check_fail "control: default version is trusted" "got '$trusted'"
fi

if ! "${PSQL[@]}" -d postgres -c "CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
	-c "CREATE DATABASE $db OWNER $role" >"$work/setup.out" 2>&1; then
	check_fail "setup" "$(cat "$work/setup.out")"
	summary
	exit 1
fi
super=$("${PSQL[@]}" -U "$role" -d "$db" -Atc "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
if [[ $super == f ]] && "${PSQL[@]}" -U "$role" -d "$db" -c "CREATE EXTENSION pkpcohort" >"$work/create.out" 2>&1; then
	check_pass "non-superuser database owner: CREATE EXTENSION pkpcohort"
else
	check_fail "non-superuser database owner: CREATE EXTENSION pkpcohort" "rolsuper=$super $(cat "$work/create.out")"
	summary
	exit 1
fi

# Every aggregate and function, called by that owner.
"${PSQL[@]}" -U "$role" -d "$db" -f test/checks/security_calls.sql >"$work/calls.out" 2>&1
rc=$?
n_ok=0 n_rej=0 n_bad=0
while IFS= read -r line; do
	line=${line#*NOTICE:  }
	case $line in
	"CALL ok "*) n_ok=$((n_ok + 1)) ;;
	"CALL rej "*) n_rej=$((n_rej + 1)); echo "   note: ${line#CALL rej  } (callable; every sample argument list rejected)" ;;
	"CALL bad "*) n_bad=$((n_bad + 1)); check_fail "call as non-superuser: ${line#CALL bad  }" ;;
	"ROUNDTRIP ok "*) check_pass "state type ${line#ROUNDTRIP ok   }: text round trip and send as non-superuser" ;;
	"ROUNDTRIP bad "*) check_fail "state type: ${line#ROUNDTRIP bad  }" ;;
	esac
done <"$work/calls.out"
if ((rc != 0)); then
	check_fail "security_calls.sql" "psql exited $rc (server crash?): $(tail -5 "$work/calls.out" | tr '\n' ' ')"
elif ((n_ok + n_rej == 0)); then
	check_fail "calls as non-superuser" "no function called"
elif ((n_bad == 0)); then
	check_pass "calls as non-superuser: $((n_ok + n_rej)) aggregates/functions callable ($n_ok with results, $n_rej rejected the sample arguments cleanly)"
fi

# ---------------------------------------------------------------- 4. catalog
catalog_check() {
	local name=$1 sql=$2 out
	out=$("${PSQL[@]}" -U "$role" -d "$db" -Atc "$sql" 2>&1)
	if [[ -z $out ]]; then
		check_pass "catalog: $name"
	else
		check_fail "catalog: $name" "$(head -5 <<<"$out" | tr '\n' ' ')"
	fi
}
ext_procs="SELECT p.* FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass
	AND d.objid = p.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid
	AND e.extname = 'pkpcohort'"
ext_types="SELECT t.* FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass
	AND d.objid = t.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid
	AND e.extname = 'pkpcohort'"
catalog_check "every function SECURITY INVOKER (prosecdef false)" \
	"SELECT oid::regprocedure FROM ($ext_procs) p WHERE prosecdef"
catalog_check "no function sets configuration (proconfig)" \
	"SELECT oid::regprocedure FROM ($ext_procs) p WHERE proconfig IS NOT NULL"
catalog_check "every function in C (aggregates: internal)" \
	"SELECT oid::regprocedure || ' ' || (SELECT lanname FROM pg_language l WHERE l.oid = prolang)
	 FROM ($ext_procs) p WHERE prolang NOT IN (SELECT oid FROM pg_language WHERE lanname IN ('c', 'internal'))
	    OR (prokind = 'a') <> (prolang = (SELECT oid FROM pg_language WHERE lanname = 'internal'))"
catalog_check "every function and type in the extension's schema" \
	"SELECT oid::regprocedure::text FROM ($ext_procs) p WHERE pronamespace <> (SELECT extnamespace FROM pg_extension WHERE extname = 'pkpcohort')
	 UNION ALL SELECT oid::regtype::text FROM ($ext_types) t WHERE typnamespace <> (SELECT extnamespace FROM pg_extension WHERE extname = 'pkpcohort')"
catalog_check "the non-superuser owns the extension" \
	"SELECT extowner::regrole FROM pg_extension WHERE extname = 'pkpcohort' AND extowner <> '$role'::regrole"
catalog_check "EXECUTE on every function and USAGE on every type for that owner" \
	"SELECT oid::regprocedure::text FROM ($ext_procs) p WHERE NOT has_function_privilege('$role', oid, 'EXECUTE')
	 UNION ALL SELECT oid::regtype::text FROM ($ext_types) t WHERE NOT has_type_privilege('$role', oid, 'USAGE')"
catalog_check "EXECUTE granted to PUBLIC on every function" \
	"SELECT oid::regprocedure FROM ($ext_procs) p WHERE proacl IS NOT NULL
	 AND NOT EXISTS (SELECT 1 FROM aclexplode(proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')"
nfun=$("${PSQL[@]}" -U "$role" -d "$db" -Atc "SELECT count(*) FROM ($ext_procs) p")
echo "   ($nfun functions and aggregates in the catalog)"

# ---------------------------------------------------------------- 5. labels
if "${PSQL[@]}" -d "$db" -c "CREATE ROLE $mal LOGIN; GRANT CREATE ON DATABASE $db TO $mal" >"$work/mal.out" 2>&1 &&
	"${PSQL[@]}" -U "$mal" -d "$db" -v part1=1 -v mal="$mal" -f test/checks/security_labels.sql >>"$work/mal.out" 2>&1; then
	"$PKPC_PGBIN/psql" -X -q -d "$db" -v part1=0 -v mal="$mal" -f test/checks/security_labels.sql >"$work/super.out" 2>&1
	ran=$("${PSQL[@]}" -d "$db" -Atc "SELECT count(*) FROM mal.calls")
	super=$("${PSQL[@]}" -d "$db" -Atc "SELECT rolsuper FROM pg_roles WHERE rolname = '$mal'")
	nres=$(grep -c '^ *[0-9]' "$work/super.out")
	if [[ $ran == 0 && $super == f ]] && ((nres >= 3)); then
		check_pass "a superuser's aggregates over another role's domain and composite labels run none of its code ($nres results; its states have no text form)"
	else
		check_fail "a superuser's aggregates run another role's code" "trap ran $ran times, rolsuper=$super: $(tr '\n' ' ' <"$work/super.out" | cut -c1-400)"
	fi
	if grep -q 'has no text or binary form' "$work/super.out" &&
		(($(grep -c 'ERROR' "$work/super.out") == 3)); then
		check_pass "states naming another role's label types are rejected"
	else
		check_fail "states naming another role's label types are rejected" "$(grep ERROR "$work/super.out" | tr '\n' ' ')"
	fi
else
	check_fail "security: set up the label trap" "$(cat "$work/mal.out")"
fi

summary
