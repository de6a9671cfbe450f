-- Study functions besides the test families: clinical measures, reporting
-- helpers and survival (km_survival, log_rank).  Behaviour only: the numbers
-- are checked against R in test/xval/survival/.
\pset null NULL

--
-- vbh_ratio
--
SELECT vbh_ratio(20, 25) AS two_arg, vbh_ratio(24, 18, 26) AS three_arg,
	   vbh_ratio(NULL, 25) AS null_in, vbh_ratio(24, NULL, 26) AS null_in3,
	   vbh_ratio(1e300, 1e300, 1e300) AS no_overflow;
SELECT vbh_ratio(0, 25);
SELECT vbh_ratio(20, -1);
SELECT vbh_ratio('NaN', 25);
SELECT vbh_ratio(24, 18, 'Infinity');
SELECT vbh_ratio(1e300, 1e-300);

--
-- sins_location
--
SELECT lvl, (sins_location(lvl)).*
FROM unnest(ARRAY['occiput', 'C0', 'C1', 'C2', 'c3', 'C6', 'C7', 'T1', 'T2', 'T3',
				  'Th7', 'T 10', 'T11', 'T12', 't12', ' L1 ', 'L2', 'L4', 'L5',
				  'S1', 'S2', 'S5', 'L5-S1', 'l5 - s1', 'T12/L1', 'T10-T11',
				  'C3-C6', 'L2–L4']) lvl;
SELECT sins_location(NULL);
SELECT sins_location('T13');
SELECT sins_location('sacrum');
SELECT sins_location('S1-L5');
SELECT sins_location('L5-');
SELECT sins_location('');

--
-- odi_percent
--
SELECT odi_percent(ARRAY[0, 1, 2, 3, 4, 5, 0, 1, 2, 3]) AS all_answered,
	   odi_percent(ARRAY[1, 2, NULL, 3]) AS some_unanswered,
	   odi_percent(ARRAY[5, 5, 5, 5, 5, 5, 5, 5, 5, 5]) AS maximum,
	   odi_percent(ARRAY[NULL, NULL]::int[]) AS none_answered,
	   odi_percent('{}') AS empty,
	   odi_percent(NULL) AS null_in;
SELECT odi_percent(ARRAY[1, 6]);
SELECT odi_percent(ARRAY[-1]);
SELECT odi_percent(ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
SELECT odi_percent('{{1,2},{3,4}}');

--
-- vas_category
--
SELECT s, vas_category(s)
FROM unnest('{0, 0.49, 0.5, 1, 3, 3.4999999999999999999, 3.5, 4, 6, 6.49, 6.5, 7, 10}'::numeric[]) s;
SELECT vas_category(NULL);
SELECT vas_category(-0.1);
SELECT vas_category(10.01);
SELECT vas_category('NaN');

--
-- format_p
--
SELECT p, format_p(p)
FROM unnest('{0, 1e-300, 0.000999, 0.001, 0.0049, 0.00951, 0.00999, 0.01, 0.0499, 0.05, 0.62, 0.994, 1}'::float8[]) p;
SELECT format_p(NULL);
SELECT format_p(-0.01);
SELECT format_p(1.5);
SELECT format_p('NaN');

--
-- mean_sd and count_pct
--
CREATE TABLE rep (grp int, v float8, flag bool);
INSERT INTO rep VALUES (1, 50, true), (1, 60, false), (1, 70, true), (1, NULL, NULL),
	(1, 61.5, true), (2, 42, NULL), (3, NULL, NULL), (4, -0.01, false), (4, 0.01, false),
	(5, -0.01, true), (5, -0.02, NULL);
SELECT grp, mean_sd(v), mean_sd(v, 0) AS d0, mean_sd(v, 3) AS d3,
	   count_pct(flag), count_pct(flag, 0) AS p0, count_pct(flag, 2) AS p2
FROM rep GROUP BY grp ORDER BY grp;
SELECT mean_sd(v), count_pct(flag) FROM rep WHERE false;
-- half up from the exact fraction: 1/8 = 12.5 %, 1/16 = 6.25 %
SELECT count_pct(x = 1, 0) FROM generate_series(1, 8) x;
SELECT count_pct(x = 1, 1) FROM generate_series(1, 16) x;
-- bad input
SELECT mean_sd(v) FROM (VALUES (1.0::float8), ('NaN')) t(v);
SELECT mean_sd(v, 11) FROM rep;
SELECT mean_sd(v, -1) FROM rep;
SELECT mean_sd(v, NULL) FROM rep;
SELECT mean_sd(v, d) FROM (VALUES (1.0::float8, 1), (2, 2)) t(v, d);
SELECT count_pct(flag, 11) FROM rep;
SELECT count_pct(flag, d) FROM (VALUES (true, 1), (false, 2)) t(flag, d);
SELECT mean_sd_final('mean_sd v2 params=1 alternative=two-sided conf_level=0.95 option=1 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x3p0 end');
SELECT mean_sd_final('mean_sd v2 params=1 alternative=two-sided conf_level=0.95 option=11 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x3p0,0x5p0 end');
SELECT mean_sd_final('mean_sd v2 params=1 alternative=two-sided conf_level=0.95 option=1 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x3p0,0x1p0 end');
SELECT mean_sd_final(NULL);
SELECT mean_sd_trans(NULL, 1);
SELECT mean_sd_final(mean_sd_trans(mean_sd_trans(NULL, 1.5, 2), 2.5, 2)) AS direct_call;
SELECT count_pct_final('{5,3,1}');
SELECT count_pct_final('{1,3,99}');

--
-- km_survival
--
CREATE TABLE surv (id int, t float8, ev bool, arm text);
INSERT INTO surv VALUES
	(1, 1, true, 'a'), (2, 3, false, 'a'), (3, 5, true, 'b'), (4, 5, false, 'a'),
	(5, 8, true, 'b'), (6, 10, false, 'b'), (7, 2, true, 'c'), (8, 4, true, 'c'),
	(9, NULL, true, 'a'), (10, 6, NULL, 'b'), (11, 7, true, NULL);
SELECT at, km_survival(t, ev, at)
FROM surv, unnest('{0, 1, 4.99, 5, 9.99, 10, 11}'::float8[]) at
GROUP BY at ORDER BY at;
SELECT arm, km_survival(t, ev, 4) FROM surv GROUP BY arm ORDER BY arm;
-- everybody died: S beyond the last time is 0
SELECT km_survival(t, true, 100) FROM surv;
SELECT km_survival(t, ev, 1) FROM surv WHERE false;
SELECT km_survival(t, ev, 1) FROM surv WHERE t IS NULL;
-- bad input
SELECT km_survival(t, ev, 1) FROM (VALUES (1.0::float8, true), ('NaN', false)) s(t, ev);
SELECT km_survival(t, ev, 1) FROM (VALUES (1.0::float8, true), ('Infinity', false)) s(t, ev);
SELECT km_survival(t, ev, 1) FROM (VALUES (1.0::float8, true), (-2, false)) s(t, ev);
SELECT km_survival(t, ev, -1) FROM surv;
SELECT km_survival(t, ev, 'NaN') FROM surv;
SELECT km_survival(t, ev, NULL) FROM surv;
SELECT km_survival(t, ev, t) FROM surv;
-- partial / merge equals the whole; text round trip is exact
WITH p AS (SELECT km_survival_partial(t, ev, 5) s FROM surv GROUP BY arm)
SELECT km_survival_merge(s) = (SELECT km_survival(t, ev, 5) FROM surv) AS merge_equal,
	   km_survival_merge(s::text::km_survival_state) = (SELECT km_survival(t, ev, 5) FROM surv) AS text_equal
FROM p;
SELECT km_survival_partial(t, ev, 5) FROM surv WHERE arm = 'c';
SELECT s::text = s::text::km_survival_state::text AS same
FROM (SELECT km_survival_partial(t, ev, 5) s FROM surv) q;
SELECT 'km_survival v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=5,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 values=1,1,NaN,0 end'::km_survival_state;

--
-- log_rank
--
SELECT (log_rank(t, ev, arm)).* FROM surv;
SELECT (log_rank(t, ev, arm)).* FROM surv WHERE arm <> 'c';
-- every label type resolves
SELECT (log_rank(t, ev, arm::varchar)).chi2 AS varchar_chi2,
	   (log_rank(t, ev, id % 2 = 0)).chi2 AS bool_chi2,
	   (log_rank(t, ev, (id % 2)::smallint)).chi2 AS int2_chi2,
	   (log_rank(t, ev, (id % 2)::integer)).chi2 AS int4_chi2,
	   (log_rank(t, ev, (id % 2)::bigint)).chi2 AS int8_chi2,
	   (log_rank(t, ev, date '2024-01-01' + id % 2)).chi2 AS date_chi2
FROM surv;
-- GROUP BY, one group, no events, all subjects dying together
SELECT id % 2 AS half, (log_rank(t, ev, arm)).* FROM surv GROUP BY id % 2 ORDER BY 1;
SELECT (log_rank(t, ev, arm)).* FROM surv WHERE arm = 'a';
SELECT (log_rank(t, false, arm)).* FROM surv;
SELECT (log_rank(2.0, true, arm)).* FROM surv;
SELECT log_rank(t, ev, arm) FROM surv WHERE false;
-- a group censored before the first event is left out of the test
SELECT (log_rank(t, ev, g)).*
FROM (VALUES (0.5, false, 'early'), (0.7, false, 'early'), (1, true, 'x'), (2, false, 'x'),
			 (3, true, 'x'), (1.5, true, 'y'), (4, true, 'y'), (5, false, 'y')) v(t, ev, g);
-- bad input
SELECT log_rank(t, ev, g) FROM (VALUES (1.0::float8, true, 'a'), ('NaN', true, 'b')) v(t, ev, g);
SELECT log_rank(t, ev, g) FROM (VALUES (1.0::float8, true, 'a'), (-1, true, 'b')) v(t, ev, g);
SELECT log_rank_merge(s) FROM (SELECT km_survival_partial(t, ev, 1)::text::log_rank_state s FROM surv) q;
-- partial / merge equals the whole; text round trip is exact
WITH p AS (SELECT log_rank_partial(t, ev, arm) s FROM surv GROUP BY id % 3)
SELECT (log_rank_merge(s)).chi2 = (SELECT (log_rank(t, ev, arm)).chi2 FROM surv) AS merge_equal,
	   (log_rank_merge(s::text::log_rank_state)).chi2 = (SELECT (log_rank(t, ev, arm)).chi2 FROM surv) AS text_equal
FROM p;
SELECT s::text = s::text::log_rank_state::text AS same
FROM (SELECT log_rank_partial(t, ev, arm) s FROM surv) q;

--
-- forced parallel plans: Partial Aggregate, same results as serial
--
CREATE TABLE surv_par AS
	SELECT x, (x % 3)::text AS arm, abs(sin(x)) * 100 * (1 + x % 3) AS t, (x % 4 <> 0) AS ev,
		   50 + 10 * cos(x) AS v
	FROM generate_series(1, 20000) x;
ANALYZE surv_par;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT km_survival(t, ev, 50) FROM surv_par;
EXPLAIN (COSTS OFF) SELECT log_rank(t, ev, arm) FROM surv_par;
EXPLAIN (COSTS OFF) SELECT mean_sd(v), count_pct(ev) FROM surv_par;
CREATE TABLE par_res AS
	SELECT 'parallel' AS plan, km_survival(t, ev, 50) AS km, (log_rank(t, ev, arm)).chi2 AS lr,
		   mean_sd(v, 6) AS msd, count_pct(ev, 3) AS cp
	FROM surv_par;
SET max_parallel_workers_per_gather = 0;
INSERT INTO par_res
	SELECT 'serial', km_survival(t, ev, 50), (log_rank(t, ev, arm)).chi2, mean_sd(v, 6),
		   count_pct(ev, 3)
	FROM surv_par;
SELECT p.km = s.km AS km_identical, p.lr = s.lr AS lr_identical,
	   p.msd = s.msd AS mean_sd_same, p.cp = s.cp AS count_pct_same, s.cp
FROM par_res p, par_res s WHERE p.plan = 'parallel' AND s.plan = 'serial';
RESET ALL;

-- reporting twins: per-site states merged equal the whole
SELECT (SELECT mean_sd_merge(s) FROM (SELECT mean_sd_partial(v, 2) s FROM generate_series(1, 40) v WHERE v <= 15
		UNION ALL SELECT mean_sd_partial(v, 2) FROM generate_series(1, 40) v WHERE v > 15) q)
	 = (SELECT mean_sd(v, 2) FROM generate_series(1, 40) v) AS mean_sd_same,
	   (SELECT count_pct_merge(s) FROM (SELECT count_pct_partial(v % 3 = 0) s FROM generate_series(1, 40) v WHERE v <= 15
		UNION ALL SELECT count_pct_partial(v % 3 = 0) FROM generate_series(1, 40) v WHERE v > 15) q)
	 = (SELECT count_pct(v % 3 = 0) FROM generate_series(1, 40) v) AS count_pct_same;
