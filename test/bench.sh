#!/usr/bin/env bash
# test/bench.sh [ROWS] — speed of pkpcohort's aggregates against PostgreSQL's
# own aggregates on the same table, in the same run (not part of the pass/fail
# suite: the machines are shared and noisy, so it prints medians and ratios).
#
#   bash test/bench.sh            # 3,000,000 rows (default)
#   bash test/bench.sh 10000000   # 10 M rows
#   BENCH_ONLY='friedman|rm_anova' bash test/bench.sh   # only the tests whose name matches
#
# Each query runs BENCH_REPS times (default 5) serially and with 2 parallel
# workers; the median wall time of each is compared with the median of the
# PostgreSQL baseline named on its line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

ROWS=${1:-3000000}
REPS=${BENCH_REPS:-5}

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
	"one_way_anova|one_way_anova(pre, lesion)::text|stddev_samp|stddev_samp(pre)"
	"kruskal_wallis|kruskal_wallis(pre, lesion)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"kruskal_wallis 0-10|kruskal_wallis(vas, lesion)::text|stddev_samp|stddev_samp(vas)"
	"mcnemar|mcnemar(pre > 60, post > 30)::text|stddev_samp|stddev_samp(pre)"
	# repeated measures in long format: subject i / 5 at visit i % 5
	"friedman_test|friedman_test(pre, i / 5, i % 5)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"rm_anova|rm_anova(pre, i / 5, i % 5)::text|stddev_samp|stddev_samp(pre)"
	"rm_anova|rm_anova(pre, i / 5, i % 5)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
	"cochran_q|cochran_q(pre > 60, i / 5, i % 5)::text|percentile_cont sort|percentile_cont(0.5) WITHIN GROUP (ORDER BY pre)"
)
ONLY=${BENCH_ONLY:-.}

# What a user would write for the Mann-Whitney rank sum without pkpcohort:
# mid-ranks from two window functions, summed for group 1.
WINDOW_RANK_SUM="(SELECT sum(r) FILTER (WHERE pattern = 'CF') FROM (SELECT pattern, rank() OVER (ORDER BY pre) + (count(*) OVER (PARTITION BY pre) - 1) / 2.0 AS r FROM bench) w)"

printf '\n%-16s %8s %12s %10s %8s %10s %12s %8s\n' test workers "ours (ms)" baseline "(ms)" ratio "" ""
for c in "${CASES[@]}"; do
	IFS='|' read -r name q bname bq <<<"$c"
	[[ $name =~ $ONLY ]] || continue
	for w in 0 2; do
		ours=$(median_ms "$w" "$q")
		base=$(median_ms "$w" "$bq")
		ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
		printf '%-16s %8s %12s %-22s %10s %8s\n' "$name" "$w" "$ours" "$bname" "$base" "$ratio"
	done
done

# p_adjust as a window function over 1,000,000 p-values (one partition)
# against rank() OVER (ORDER BY p), the sort a hand-written Holm needs; both
# are scalar subqueries over the window's output, timed on one row.
if [[ p_adjust =~ $ONLY ]]; then
	psql_q -c "DROP TABLE IF EXISTS pv" \
		-c "CREATE TABLE pv AS SELECT i, ((i::bigint * 2654435761) % 1000003) / 1000003.0 AS p FROM generate_series(1, 1000000) i" \
		-c "VACUUM ANALYZE pv"
	base=$(median_ms 0 "(SELECT sum(r) FROM (SELECT rank() OVER (ORDER BY p) AS r FROM pv) w)" " LIMIT 1")
	for m in holm BH hommel; do
		ours=$(median_ms 0 "(SELECT sum(a) FROM (SELECT p_adjust(p, '$m') OVER () AS a FROM pv) w)" " LIMIT 1")
		ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
		printf '%-16s %8s %12s %-22s %10s %8s\n' "p_adjust $m" 0 "$ours" "rank() OVER (ORDER BY p)" "$base" "$ratio"
	done
fi
[[ chi_square =~ $ONLY || mann_whitney_u =~ $ONLY ]] || exit 0

# chi_square against the GROUP BY count a user would start from; and the
# window-function query: both are scalar subqueries, timed on one row
for w in 0 2; do
	ours=$(median_ms "$w" "chi_square(pattern, lesion)::text")
	base=$(median_ms "$w" "(SELECT count(*) FROM (SELECT count(*) FROM bench GROUP BY pattern, lesion) g)" " LIMIT 1")
	ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
	printf '%-16s %8s %12s %-22s %10s %8s\n' "chi_square" "$w" "$ours" "count(*) GROUP BY a, b" "$base" "$ratio"
done

for w in 0 2; do
	ours=$(median_ms "$w" "mann_whitney_u(pre, pattern)::text")
	base=$(median_ms "$w" "$WINDOW_RANK_SUM" " LIMIT 1")
	ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
	printf '%-16s %8s %12s %-22s %10s %8s\n' "mann_whitney_u" "$w" "$ours" "window rank query" "$base" "$ratio"
done

# PL/R's wilcox.test, what a user with PL/R would run instead (only where
# the postgresql-15-plr package is installed; the suite does not install it).
# The values travel as arrays; R's large-sample test without an interval.
if psql_q -At -c "SELECT 1 FROM pg_available_extensions WHERE name = 'plr'" | grep -q 1; then
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
