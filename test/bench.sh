#!/usr/bin/env bash
# test/bench.sh [--citus] [ROWS] — speed of pkpcohort's aggregates against
# PostgreSQL's own aggregates on the same table, in the same run (not part of
# the pass/fail suite: the machines are shared and noisy, so it prints medians
# and ratios).
#
#   bash test/bench.sh            # 3,000,000 rows (default)
#   bash test/bench.sh 10000000   # 10 M rows
#   BENCH_ONLY=groups bash test/bench.sh   # only the GROUP BY section
#                                          # (BENCH_GROUPS="100000": those group counts only)
#   bash test/bench.sh --citus    # the same aggregates on Citus (a coordinator
#                                 # and 2 workers) and on one node, with the
#                                 # bytes each state sends between nodes
#                                 # (builds Citus as test/checks/citus.sh does)
#
# Each query runs BENCH_REPS times (default 5) serially and with 2 parallel
# workers; the median wall time of each is compared with the median of the
# PostgreSQL baseline named on its line.  BENCH_ONLY=REGEX runs only the
# lines whose test name matches (e.g. BENCH_ONLY='km_curve|cox_ph').
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source test/lib.sh

CITUS=0
if [[ ${1:-} == --citus ]]; then
	CITUS=1
	shift
fi
ROWS=${1:-3000000}
REPS=${BENCH_REPS:-5}
ONLY=${BENCH_ONLY:-}

# wanted NAME: is this line of the report selected by BENCH_ONLY?
wanted() { [[ -z $ONLY || $1 =~ $ONLY ]]; }

# The registry-shaped table, as SQL (TABLE is the name to create).
bench_table_sql() {
	cat <<SQL
CREATE TABLE $1 AS
	SELECT i,
		   CASE WHEN i % 5 < 3 THEN 'CF' ELSE 'SP' END AS pattern,
		   60 + 10 * sin(i * 0.7) + (i % 97) / 10.0 AS pre,
		   30 + 8 * cos(i * 1.3) + (i % 89) / 10.0 AS post,
		   ((i::bigint * 7919) % 11)::float8 AS vas,
		   CASE i % 3 WHEN 0 THEN 'lytic' WHEN 1 THEN 'blastic' ELSE 'mixed' END AS lesion
	FROM generate_series(1, $ROWS) i;
SQL
}

# bench_citus: the same aggregates on Citus 13 (a coordinator and two workers
# on this machine, the table distributed by i over 32 shards) and on one node
# (the same rows in a plain table on the coordinator, serially and with 2
# parallel workers), medians of REPS runs; and what each aggregate sends
# between nodes: Citus ships every shard's state to the coordinator as its
# text form, so the bytes sent are length(X_partial(...)::text) per shard,
# shown next to the text of the rows the aggregate reads (what pulling the
# rows to the coordinator would ship instead).
bench_citus() {
	source test/citus.bash
	citus_build
	citus_install
	citus_start
	log "building the table of $ROWS rows on the coordinator and distributing a copy"
	citus_psql coord >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION pkpcohort;
$(bench_table_sql bench_one)
CREATE TABLE bench (LIKE bench_one);
SELECT create_distributed_table('bench', 'i');
INSERT INTO bench SELECT * FROM bench_one;
VACUUM ANALYZE bench_one;
VACUUM ANALYZE bench;
SQL
	local shards
	shards=$(citus_psql coord -At -c "SELECT sum(n) || ' shards, ' || string_agg(n::text, ' + ' ORDER BY port) || ' per worker' FROM (SELECT nodeport AS port, count(*) AS n FROM citus_shards WHERE table_name = 'bench'::regclass GROUP BY nodeport) s")

	# c_median_ms TABLE WORKERS QUERY: median wall time on the coordinator
	c_median_ms() {
		for _ in $(seq "$REPS"); do
			citus_psql coord -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
SET max_parallel_workers_per_gather = $2;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET citus.coordinator_aggregation_strategy = 'disabled';
\\timing on
SELECT ($3)::text IS NULL FROM $1;
SQL
		done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
	}
	# shard_sum EXPR: "median over the shards|total" of SELECT EXPR on each shard of bench
	shard_sum() {
		citus_psql coord -At -F '|' -c "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY result::bigint), sum(result::bigint)
			FROM run_command_on_shards('bench', \$cmd\$SELECT $1 FROM %s\$cmd\$)"
	}

	# name | call | its X_partial ('' for PostgreSQL's own aggregates)
	local cases=(
		"paired_t|paired_t(pre, post)|paired_t_partial(pre, post)"
		"independent_t|independent_t(pre, pattern)|independent_t_partial(pre, pattern)"
		"levene_test|levene_test(pre, pattern)|levene_test_partial(pre, pattern)"
		"mann_whitney_u|mann_whitney_u(pre, pattern)|mann_whitney_u_partial(pre, pattern)"
		"mann_whitney_u 0-10|mann_whitney_u(vas, pattern)|mann_whitney_u_partial(vas, pattern)"
		"wilcoxon_signed_rank|wilcoxon_signed_rank(pre, post)|wilcoxon_signed_rank_partial(pre, post)"
		"ks_normality|ks_normality(pre)|ks_normality_partial(pre)"
		"shapiro_wilk|shapiro_wilk(pre)|shapiro_wilk_partial(pre)"
		"chi_square|chi_square(pattern, lesion)|chi_square_partial(pattern, lesion)"
		"mean_sd|mean_sd(pre)|mean_sd_partial(pre)"
		"(PG) stddev_samp|stddev_samp(pre)|"
		"(PG) corr|corr(pre, post)|"
	)
	printf '\nCitus 13: coordinator + 2 workers on this machine, %s rows, %s; medians of %s runs\n' "$ROWS" "$shards" "$REPS"
	printf '%-20s %10s %10s %10s %8s %8s %14s %14s %14s\n' test "1 node" "1 node 2w" Citus "/1 node" "/2w" \
		"state/shard" "states total" "rows as text"
	local c name call partial one two dist st rows_txt args
	for c in "${cases[@]}"; do
		IFS='|' read -r name call partial <<<"$c"
		one=$(c_median_ms bench_one 0 "$call")
		two=$(c_median_ms bench_one 2 "$call")
		dist=$(c_median_ms bench 0 "$call")
		args=${call#*(}
		args=${args%)}
		rows_txt=$(shard_sum "sum(length(ROW($args)::text))" | cut -d'|' -f2)
		if [[ -n $partial ]]; then
			st=$(shard_sum "length(($partial)::text)")
		else
			st='-|-'
		fi
		printf '%-20s %10s %10s %10s %8s %8s %14s %14s %14s\n' "$name" "$one" "$two" "$dist" \
			"$(awk -v a="$dist" -v b="$one" 'BEGIN { printf "%.2f", a / b }')" \
			"$(awk -v a="$dist" -v b="$two" 'BEGIN { printf "%.2f", a / b }')" \
			"${st%%|*}" "${st##*|}" "$rows_txt"
	done
	echo "(ms: wall time of SELECT (X)::text; /1 node, /2w: Citus time over one node serial / with 2 parallel"
	echo " workers; state/shard: median bytes of length(X_partial(...)::text) over the shards, what each"
	echo " shard sends to the coordinator; rows as text: the bytes of the rows the aggregate reads, as text)"
}

install_deps
build_install
if ((CITUS)); then
	bench_citus
	exit 0
fi
cluster_start

psql_q() { "$PKPC_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }


# GROUP BY with many small groups (10 rows each: per-patient or per-day
# reports), under HashAggregate and under GroupAggregate, at a small and a
# large work_mem: each test's HashAggregate time against its own
# GroupAggregate plan and against stddev_samp's HashAggregate on the same
# rows, the three run in turn BENCH_REPS times and each ratio the median of
# the repetitions' ratios (one state per group: the cost of a state's size,
# of the aggregate's memory accounting and of the final function per group).
group_bench() {
	log "GROUP BY: 1,000 / 20,000 / 100,000 groups of 10 rows"
	psql_q <<SQL
CREATE EXTENSION IF NOT EXISTS pkpcohort;
DROP TABLE IF EXISTS bench_groups;
CREATE TABLE bench_groups AS
	SELECT i, i % 100000 AS k, (i % 2 = 0) AS g, 60 + 10 * sin(i * 0.7) AS x,
		   30 + 8 * cos(i * 1.3) AS y, (i % 3) AS lesion
	FROM generate_series(1, 1000000) i;
VACUUM ANALYZE bench_groups;
SQL
	local tests=(
		"paired_t|paired_t(x, y)"
		"independent_t|independent_t(x, g)"
		"levene_test|levene_test(x, g)"
		"mann_whitney_u|mann_whitney_u(x, g)"
		"wilcoxon_signed_rank|wilcoxon_signed_rank(x, y)"
		"ks_normality|ks_normality(x)"
		"shapiro_wilk|shapiro_wilk(x)"
		"chi_square|chi_square(lesion, g)"
		"mean_sd|mean_sd(x)"
		"one_way_anova|one_way_anova(x, lesion)"
		"kruskal_wallis|kruskal_wallis(x, lesion)"
		"mcnemar|mcnemar(x > 60, y > 30)"
		"friedman_test|friedman_test(x, i / 200000, (i / 100000) % 2)"
		"rm_anova|rm_anova(x, i / 200000, (i / 100000) % 2)"
		"cochran_q|cochran_q(x > 60, i / 200000, (i / 100000) % 2)"
		"log_rank|log_rank(x, y > 30, g)"
		"km_curve|km_curve(x, y > 30)"
		"km_median|km_median(x, y > 30)"
		"cox_ph|cox_ph(x, y > 30, g)"
		"pearson_cor|pearson_cor(x, y)"
		"spearman_cor|spearman_cor(x, y)"
		"kendall_tau|kendall_tau(x, y)"
		"compare_groups|compare_groups(x, g)"
		"compare_proportions|compare_proportions(lesion, g)"
	)
	local k wm t name q h g sd mem sql ratios
	ratios=$(mktemp)
	printf '\n%-22s %8s %6s %10s %10s %10s %8s\n' test groups work_mem "hash ms" "/ own GA" "/ sd HA" "B/group"
	for k in ${BENCH_GROUPS:-1000 20000 100000}; do
		for wm in 4MB 256MB; do
			for t in "${tests[@]}"; do
				IFS='|' read -r name q <<<"$t"
				sql="SELECT count(r) FROM (SELECT k, @X@ AS r FROM bench_groups WHERE k < $k GROUP BY k) s"
				# the three plans in turn, REPS times: the machine's load
				# drifts, so each ratio is taken within one repetition
				for _ in $(seq "$REPS"); do
					h=$(group_ms hash "$wm" "${sql/@X@/$q}")
					g=$(group_ms group "$wm" "${sql/@X@/$q}")
					sd=$(group_ms hash "$wm" "${sql/@X@/stddev_samp(x)}")
					echo "$h $g $sd"
				done >"$ratios"
				mem=-
				[[ $wm == 256MB ]] && mem=$(group_bytes "$k" "$q")
				printf '%-22s %8s %6s %10s %10s %10s %8s\n' "$name" "$k" "$wm" \
					"$(median_of 1 <"$ratios")" \
					"$(awk '{ print $1 / $2 }' "$ratios" | median_of 1 %.2f)" \
					"$(awk '{ print $1 / $3 }' "$ratios" | median_of 1 %.2f)" "$mem"
			done
		done
	done
	rm -f "$ratios"
}

# median_of COLUMN [FORMAT]: the median of a column of numbers on stdin
median_of() {
	awk -v c="$1" '{ print $c }' | sort -g |
		awk -v f="${2:-%.1f}" '{ a[NR] = $1 } END { printf f "\n", a[int((NR + 1) / 2)] }'
}

# bytes per group of the hash table of the HashAggregate plan (EXPLAIN
# ANALYZE's "Memory Usage": the groups' keys, states and PostgreSQL's own
# per-group overhead), at work_mem 256MB so that nothing spills
group_bytes() {
	local k=$1 q=$2
	psql_q -At <<SQL | sed -n 's/.*Memory Usage: \([0-9]*\)kB.*/\1/p' | head -1 |
SET max_parallel_workers_per_gather = 0; SET work_mem = '256MB';
SET enable_hashagg = on; SET enable_sort = off;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT k, $q FROM bench_groups WHERE k < $k GROUP BY k;
SQL
		awk -v k="$k" '{ printf "%.0f", $1 * 1024 / k }'
}

# wall time (ms) of one run of a GROUP BY query with the plan (hash or
# group) and work_mem given, serially
group_ms() {
	local plan=$1 wm=$2 query=$3 hash=on sort=off
	[[ $plan == group ]] && hash=off sort=on
	psql_q -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
SET max_parallel_workers_per_gather = 0; SET work_mem = '$wm';
SET enable_hashagg = $hash; SET enable_sort = $sort;
\\timing on
$query;
SQL
}

if [[ $ONLY == groups ]]; then
	group_bench
	exit 0
fi

log "building a registry-shaped table of $ROWS rows"
psql_q <<SQL
CREATE EXTENSION IF NOT EXISTS pkpcohort;
DROP TABLE IF EXISTS bench;
$(bench_table_sql bench)
VACUUM ANALYZE bench;
SQL

# wall time (ms) of one run of a query, with the given workers
one_ms() {
	local workers=$1 query=$2
	psql_q -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
SET max_parallel_workers_per_gather = $workers;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
\\timing on
SELECT ($query) IS NULL FROM bench${3:-};
SQL
}

# median wall time (ms) of one query over REPS runs, with the given workers
median_ms() {
	for _ in $(seq "$REPS"); do
		one_ms "$@"
	done | median_of 1
}

# compare NAME WORKERS BASELINE_NAME QUERY BASELINE_QUERY [SUFFIX [BASELINE_SUFFIX]]:
# one line of the report: the query and its baseline run in turn REPS
# times (the machine's load drifts, so each ratio is taken within one
# repetition); the medians of both times and of the ratios.  SUFFIX follows
# "FROM bench" (another table, or " LIMIT 1" for a scalar subquery).
compare() {
	local name=$1 w=$2 bname=$3 q=$4 bq=$5 ours base times
	times=$(for _ in $(seq "$REPS"); do
		ours=$(one_ms "$w" "$q" "${6:-}")
		base=$(one_ms "$w" "$bq" "${7:-${6:-}}")
		echo "$ours $base"
	done)
	printf '%-16s %8s %12s %-22s %10s %8s\n' "$name" "$w" "$(median_of 1 <<<"$times")" "$bname" \
		"$(median_of 2 <<<"$times")" "$(awk '{ print $1 / $2 }' <<<"$times" | median_of 1 %.2f)"
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

# What a user would write for the Mann-Whitney rank sum without pkpcohort:
# mid-ranks from two window functions, summed for group 1.
WINDOW_RANK_SUM="(SELECT sum(r) FILTER (WHERE pattern = 'CF') FROM (SELECT pattern, rank() OVER (ORDER BY pre) + (count(*) OVER (PARTITION BY pre) - 1) / 2.0 AS r FROM bench) w)"

printf '\n%-16s %8s %12s %10s %8s %10s %12s %8s\n' test workers "ours (ms)" baseline "(ms)" ratio "" ""
for c in "${CASES[@]}"; do
	IFS='|' read -r name q bname bq <<<"$c"
	wanted "$name" || continue
	for w in 0 2; do
		compare "$name" "$w" "$bname" "$q" "$bq"
	done
done

# p_adjust as a window function over 1,000,000 p-values (one partition)
# against rank() OVER (ORDER BY p), the sort a hand-written Holm needs; both
# are scalar subqueries over the window's output, timed on one row.
if wanted p_adjust; then
	psql_q -c "DROP TABLE IF EXISTS pv" \
		-c "CREATE TABLE pv AS SELECT i, ((i::bigint * 2654435761) % 1000003) / 1000003.0 AS p FROM generate_series(1, 1000000) i" \
		-c "VACUUM ANALYZE pv"
	for m in holm BH hommel; do
		compare "p_adjust $m" 0 "rank() OVER (ORDER BY p)" \
			"(SELECT sum(a) FROM (SELECT p_adjust(p, '$m') OVER () AS a FROM pv) w)" \
			"(SELECT sum(r) FROM (SELECT rank() OVER (ORDER BY p) AS r FROM pv) w)" " LIMIT 1"
	done
fi
# chi_square against the GROUP BY count a user would start from; and the
# window-function query: both are scalar subqueries, timed on one row
for name in chi_square compare_proportions; do
	wanted "$name" || continue
	for w in 0 2; do
		compare "$name" "$w" "count(*) GROUP BY a, b" "$name(lesion, pattern)::text" \
			"(SELECT count(*) FROM (SELECT count(*) FROM bench GROUP BY pattern, lesion) g)" "" " LIMIT 1"
	done
done

wanted mann_whitney_u && for w in 0 2; do
	compare mann_whitney_u "$w" "window rank query" "mann_whitney_u(pre, pattern)::text" \
		"$WINDOW_RANK_SUM" "" " LIMIT 1"
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
		wanted km_curve && compare "km_curve 1M" "$w" "percentile_cont sort" "km_curve(t, d)" \
			"percentile_cont(0.5) WITHIN GROUP (ORDER BY t)" _km
		wanted cox_ph && compare "cox_ph 5 x 100k" "$w" "corr(x, y)" \
			"cox_ph(t, d, ARRAY[x1, x2, x3, x4, x5])" "corr(x1, x2)" _cox
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

if [[ -z $ONLY ]]; then
	group_bench
fi
