# test/checks/testagg.bash — shell helpers of catalog.sh, parallel_all.sh and
# fdw.sh (sourced; not a check itself, hence not *.sh).
#
# Defines check_db_create / check_db_drop (a scratch database in the cluster of
# PGHOST/PGPORT, with the extension and testagg.sql loaded) and count_lines,
# which turns the "status|check|detail" lines printed by the SQL side into
# test/lib.sh's check_pass / check_fail.

checks_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$checks_dir/../lib.sh"

# psql that fails on the first error, prints bare rows separated by '|'.
# Shortest exact float8 output whatever the user's settings.
export PGOPTIONS="${PGOPTIONS:-} -c extra_float_digits=1 -c statement_timeout=120s"
check_psql=("$PKPC_PGBIN/psql" -X -q -At -F '|' -v ON_ERROR_STOP=1)

CHECK_DB=

# check_db_create NAME [psql connection options...]: CREATE DATABASE NAME,
# CREATE EXTENSION pkpcohort in it, load testagg.sql.
check_db_create() {
	local name=$1
	shift
	"${check_psql[@]}" "$@" -d postgres -c "CREATE DATABASE \"$name\"" >/dev/null || return 1
	CHECK_DB=$name
	"${check_psql[@]}" "$@" -d "$name" -c 'CREATE EXTENSION pkpcohort' -f "$checks_dir/testagg.sql" >/dev/null
}

# check_db_drop [psql connection options...]: idempotent, never fails.
check_db_drop() {
	[[ -n $CHECK_DB ]] || return 0
	"${check_psql[@]}" "$@" -d postgres -c "DROP DATABASE IF EXISTS \"$CHECK_DB\"" >/dev/null 2>&1 || true
	CHECK_DB=
	return 0
}

# count_lines FILE: "ok|check|detail", "FAIL|check|detail", "info|what|detail";
# other lines are printed as they are.  Sets COUNTED to the number of ok+FAIL.
COUNTED=0
count_lines() {
	local status name detail
	COUNTED=0
	while IFS='|' read -r status name detail; do
		case $status in
		ok)
			check_pass "$name${detail:+  [$detail]}"
			COUNTED=$((COUNTED + 1))
			;;
		FAIL)
			check_fail "$name" "$detail"
			COUNTED=$((COUNTED + 1))
			;;
		info) printf 'info  %s%s\n' "$name" "${detail:+: $detail}" ;;
		'') ;;
		*) printf '%s\n' "$status${name:+|$name}${detail:+|$detail}" ;;
		esac
	done <"$1"
}
