#!/usr/bin/env bash
# test/bench.sh [ROWS] — speed of pkpcohort's aggregates against PostgreSQL's
# own aggregates on the same table, in the same run (not part of the pass/fail
# suite: the machines are shared and noisy, so it prints medians and ratios).
#
#   bash test/bench.sh            # 3,000,000 rows (default)
#   bash test/bench.sh 10000000   # 10 M rows
#
# Each query runs BENCH_REPS times (default 5) serially and with 2 parallel
# workers; the median wall time of each is compared with the median of the
# PostgreSQL baseline named on its line.  BENCH_ONLY=REGEX runs only the
# lines whose test name matches (e.g. BENCH_ONLY='km_curve|cox_ph').
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

ROWS=${1:-3000000}
REPS=${BENCH_REPS:-5}
ONLY=${BENCH_ONLY:-}

# wanted NAME: is this line of the report selected by BENCH_ONLY?
wanted() { [[ -z $ONLY || $1 =~ $ONLY ]]; }

install_deps
build_install
cluster_start

psql_q() { "$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

log "building a registry-shaped table of $ROWS rows"
psql_q <<SQL
CREATE EXTENSION IF NOT EXISTS pkpcohort;
DROP TABLE IF EXISTS bench;
CREATE TABLE bench AS
	SELECT i,
		   CASE WHEN i % 5 < 3 THEN 'CF' ELSE 'SP' END AS pattern,
		   60 + 10 * sin(i * 0.7) + (i % 97) / 10.0 AS pre,
		   30 + 8 * cos(i * 1.3) + (i % 89) / 10.0 AS post,
		   ((i::bigint * 7919) % 11)::float8 AS vas,
		   CASE i % 3 WHEN 0 THEN 'lytic' WHEN 1 THEN 'blastic' ELSE 'mixed' END AS lesion
	FROM generate_series(1, $ROWS) i;
VACUUM ANALYZE bench;
SQL

# median wall time (ms) of one query over REPS runs, with the given workers
median_ms() {
	local workers=$1 query=$2
	for _ in $(seq "$REPS"); do
		psql_q -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
SET max_parallel_workers_per_gather = $workers;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
\\timing on
SELECT ($query) IS NULL FROM bench${3:-};
SQL
	done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# name | pkpcohort query | baseline name | baseline query
CASES=(
	"paired_t|paired_t(pre, post)::text|corr(x, y)|corr(pre, post)"
	"independent_t|independent_t(pre, pattern)::text|stddev_samp|stddev_samp(pre)"
	"levene_test|levene_test(pre, pattern)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"mann_whitney_u|mann_whitney_u(pre, pattern)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"mann_whitney_u 0-10|mann_whitney_u(vas, pattern)::text|stddev_samp|stddev_samp(vas)"
	"wilcoxon_signed_rank|wilcoxon_signed_rank(pre, post)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre - post)"
	"ks_normality|ks_normality(pre)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"shapiro_wilk|shapiro_wilk(pre)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"km_median|km_median(pre, i % 3 <> 0)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"log_rank|log_rank(pre, i % 3 <> 0, pattern)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"pearson_cor|pearson_cor(pre, post)::text|corr(x, y)|corr(pre, post)"
	"spearman_cor|spearman_cor(pre, post)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"kendall_tau|kendall_tau(pre, post)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"compare_groups|compare_groups(pre, pattern)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
)

# What a user would write for the Mann-Whitney rank sum without pkpcohort:
# mid-ranks from two window functions, summed for group 1.
WINDOW_RANK_SUM="(SELECT sum(r) FILTER (WHERE pattern = 'CF') FROM (SELECT pattern, rank() OVER (ORDER BY pre) + (count(*) OVER (PARTITION BY pre) - 1) / 2.0 AS r FROM bench) w)"

printf '\n%-16s %8s %12s %10s %8s %10s %12s %8s\n' test workers "ours (ms)" baseline "(ms)" ratio "" ""
for c in "${CASES[@]}"; do
	IFS='|' read -r name q bname bq <<<"$c"
	wanted "$name" || continue
	for w in 0 2; do
		ours=$(median_ms "$w" "$q")
		base=$(median_ms "$w" "$bq")
		ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
		printf '%-16s %8s %12s %-22s %10s %8s\n' "$name" "$w" "$ours" "$bname" "$base" "$ratio"
	done
done

# chi_square against the GROUP BY count a user would start from; and the
# window-function query: both are scalar subqueries, timed on one row
for name in chi_square compare_proportions; do
	wanted "$name" || continue
	for w in 0 2; do
		ours=$(median_ms "$w" "$name(lesion, pattern)::text")
		base=$(median_ms "$w" "(SELECT count(*) FROM (SELECT count(*) FROM bench GROUP BY pattern, lesion) g)" " LIMIT 1")
		ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
		printf '%-16s %8s %12s %-22s %10s %8s\n' "$name" "$w" "$ours" "count(*) GROUP BY a, b" "$base" "$ratio"
	done
done

wanted mann_whitney_u && for w in 0 2; do
	ours=$(median_ms "$w" "mann_whitney_u(pre, pattern)::text")
	base=$(median_ms "$w" "$WINDOW_RANK_SUM" " LIMIT 1")
	ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
	printf '%-16s %8s %12s %-22s %10s %8s\n' "mann_whitney_u" "$w" "$ours" "window rank query" "$base" "$ratio"
done

# PL/R's wilcox.test, what a user with PL/R would run instead (only where
# the postgresql-15-plr package is installed; the suite does not install it).
# The values travel as arrays; R's large-sample test without an interval.
if ! wanted mann_whitney_u; then
	:
elif psql_q -At -c "SELECT 1 FROM pg_available_extensions WHERE name = 'plr'" | grep -q 1; then
	psql_q -c "CREATE EXTENSION IF NOT EXISTS plr"
	ours=$(median_ms 0 "mann_whitney_u(pre, pattern)::text")
	base=$(psql_q -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
CREATE FUNCTION pg_temp.wilcox_plr(x float8[], g text[]) RETURNS float8 AS
'wilcox.test(x[g == "CF"], x[g == "SP"], exact = FALSE)\$p.value' LANGUAGE plr;
\\timing on
SELECT pg_temp.wilcox_plr(array_agg(pre), array_agg(pattern)) FROM bench;
SQL
)
	ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
	printf '%-16s %8s %12s %-22s %10s %8s\n' "mann_whitney_u" 0 "$ours" "PL/R wilcox.test (1 run)" "$base" "$ratio"
else
	log "PL/R not installed (postgresql-15-plr): skipping the wilcox.test comparison"
fi

# The survival-curve and Cox targets, on tables of their own sizes whatever
# ROWS is: km_curve over 1,000,000 rows against a percentile_cont sort of the
# same times (1,000,000 distinct times: a curve of about that many steps);
# cox_ph with 5 covariates over 100,000 rows against corr(x, y) on them.
if wanted km_curve || wanted cox_ph; then
	log "survival tables: 1,000,000 rows (km_curve), 100,000 rows (cox_ph)"
	psql_q <<'SQL'
DROP TABLE IF EXISTS bench_km, bench_cox;
CREATE TABLE bench_km AS
	SELECT 60 + 10 * sin(i * 0.7) + (i % 97) / 10.0 AS t, i % 3 <> 0 AS d
	FROM generate_series(1, 1000000) i;
CREATE TABLE bench_cox AS
	SELECT (1 + ((i::bigint * 7919) % 100000) / 100.0)::float8 AS t, i % 3 <> 0 AS d,
		   60 + 10 * sin(i * 0.7) + (i % 97) / 10.0 AS x1,
		   30 + 8 * cos(i * 1.3) + (i % 89) / 10.0 AS x2,
		   ((i::bigint * 7919) % 11)::float8 AS x3, (i % 7)::float8 AS x4, (i % 2)::float8 AS x5
	FROM generate_series(1, 100000) i;
VACUUM ANALYZE bench_km;
VACUUM ANALYZE bench_cox;
SQL
	for w in 0 2; do
		if wanted km_curve; then
			ours=$(median_ms "$w" "km_curve(t, d)" "_km")
			base=$(median_ms "$w" "percentile_cont(0.5) WITHIN GROUP (ORDER BY t)" "_km")
			ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
			printf '%-16s %8s %12s %-22s %10s %8s\n' "km_curve 1M" "$w" "$ours" "percentile_cont sort" "$base" "$ratio"
		fi
		if wanted cox_ph; then
			ours=$(median_ms "$w" "cox_ph(t, d, ARRAY[x1, x2, x3, x4, x5])" "_cox")
			base=$(median_ms "$w" "corr(x1, x2)" "_cox")
			ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
			printf '%-16s %8s %12s %-22s %10s %8s\n' "cox_ph 5 x 100k" "$w" "$ours" "corr(x, y)" "$base" "$ratio"
		fi
	done
fi

wanted memory || exit 0

# Memory of the rank state: its flat size per value (the in-memory value
# arrays grow by 1/16, so they hold at most 1/16 more), and the growth of the
# backend's peak resident memory over the whole query (state + final sort and
# Hodges-Lehmann selection) per value, read from /proc/self/status.
log "rank state memory"
psql_q -At <<'SQL'
SELECT format('mann_whitney_u state: %s bytes per value (flat form)',
			  round(pg_column_size(mann_whitney_u_partial(pre, pattern))::numeric / count(*), 2))
FROM bench;
SQL
psql_q -At <<'SQL'
CREATE TEMP TABLE hwm AS
	SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::bigint AS kb;
SET max_parallel_workers_per_gather = 0;
SELECT (mann_whitney_u(pre, pattern)) IS NULL FROM bench \g /dev/null
SELECT format('mann_whitney_u query: backend peak memory grew %s bytes per value',
			  round((substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\s*(\d+)')::bigint - kb)
					* 1024.0 / (SELECT count(*) FROM bench), 2))
FROM hwm;
SQL
