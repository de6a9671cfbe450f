#!/usr/bin/env bash
# test/xval/run.sh FAMILY — cross-validate one family of tests against R.
#
# FAMILY is a directory name under test/xval/ (or a path to one) holding
#   gen.R      Rscript gen.R SEED OUTDIR  ->  OUTDIR/data.csv, OUTDIR/reference.csv
#   columns    "name sqltype" per line: the types of data.csv's columns
#   query.sql  reads table xval_data, prints one row per dataset id (psql --csv)
#   tolerance  optional per-field tolerances and skips (see README.md)
#   seed       optional: the default seed of the family (else 20240601)
# Steps: gen.R -> load data.csv into xval_data (\copy) -> query.sql ->
# result.csv -> compare.R.  The last line of the output is "N passed, N failed".
#
# Uses the cluster in PGHOST/PGPORT/... when test/lib.sh's cluster_start ran
# (PKPC_CLUSTER_UP=1, as in run_all.sh); otherwise starts a throw-away one
# (the extension must be installed: make install).
# Environment: XVAL_SEED (seed), XVAL_OUT (work directory, kept; default a new
# mktemp directory), XVAL_QUERY (use this SQL file instead of query.sql),
# XVAL_NO_EXTENSION=1 (do not CREATE EXTENSION: for testing the harness).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."
source test/lib.sh

die_step() {
	# A broken step is one failed check, reported in the standard form so that
	# run_all.sh counts it instead of losing it.
	echo "FAIL  xval ${fam:-?}: $1" >&2
	echo "0 passed, 1 failed"
	exit 1
}

(($# == 1)) || { echo "usage: $0 FAMILY" >&2; exit 2; }
fam=$1
if [[ -d $fam ]]; then famdir=$(cd "$fam" && pwd); else famdir=$here/$fam; fi
fam=$(basename "$famdir")
[[ -f $famdir/gen.R && -f $famdir/query.sql && -f $famdir/columns ]] ||
	die_step "$famdir needs gen.R, query.sql and columns"

query=$(realpath "${XVAL_QUERY:-$famdir/query.sql}")
seed=${XVAL_SEED:-$(grep -Eo '^[0-9]+' "$famdir/seed" 2>/dev/null || echo 20240601)}
out=${XVAL_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/pkpc-xval-$fam.XXXXXX")}
mkdir -p "$out"
out=$(realpath "$out")
# UTF-8 everywhere whatever the CI locale is: labels may be non-ASCII.
export LC_ALL=C.UTF-8
export XVAL_DIR=$here
# Shortest exact float8 output, whatever the user's settings (PG >= 12).
export PGOPTIONS="${PGOPTIONS:-} -c extra_float_digits=1"

if [[ -z ${PKPC_CLUSTER_UP:-} ]]; then
	cluster_start || die_step "could not start a cluster"
fi
psql=("$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1)

echo "xval $fam: seed $seed, work directory $out"

# 1. data and reference, from R at run time
Rscript --vanilla "$famdir/gen.R" "$seed" "$out" || die_step "gen.R failed"
[[ -s $out/data.csv && -s $out/reference.csv ]] || die_step "gen.R wrote no data.csv / reference.csv"

# 2. load: column order from data.csv's header, types from the columns file
header=$(head -n 1 "$out/data.csv" | tr -d '"\r')
coldefs=()
IFS=, read -r -a cols <<<"$header"
for c in "${cols[@]}"; do
	[[ $c =~ ^[a-z_][a-z0-9_]*$ ]] || die_step "bad column name '$c' in data.csv"
	type=$(awk -v c="$c" '!/^[[:space:]]*#/ && $1 == c { $1 = ""; sub(/^ +/, ""); print; exit }' "$famdir/columns")
	[[ -n $type ]] || die_step "column '$c' has no type in $famdir/columns"
	coldefs+=("$c $type")
done
ddl=$(IFS=,; echo "${coldefs[*]}")
{
	[[ ${XVAL_NO_EXTENSION:-} == 1 ]] || echo "CREATE EXTENSION IF NOT EXISTS pkpcohort;"
	echo "SET client_min_messages = warning;"
	echo "DROP TABLE IF EXISTS xval_data;"
	echo "CREATE TABLE xval_data ($ddl);"
	echo "\\copy xval_data FROM '$out/data.csv' WITH (FORMAT csv, HEADER true)"
	echo "ANALYZE xval_data;"
} >"$out/load.sql"
"${psql[@]}" -f "$out/load.sql" || die_step "loading data.csv failed"

# 3. our results
"${psql[@]}" --csv -f "$query" -o "$out/result.csv" || die_step "query.sql failed"

# 4. compare (its last line is the count)
Rscript --vanilla "$here/compare.R" "$out/reference.csv" "$out/result.csv" "$famdir/tolerance" "$fam"
