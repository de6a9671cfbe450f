-- compare_groups and compare_proportions: one Table 1 row per call.
-- Behaviour only: the numbers are checked against R in test/xval/table1/.
\set VERBOSITY default
\pset null NULL
SET extra_float_digits = 0;

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hnt text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN st || ': ' || msg || coalesce(nullif(E'\nDETAIL: ' || det, E'\nDETAIL: '), '')
		|| coalesce(nullif(E'\nHINT: ' || hnt, E'\nHINT: '), '');
END $$;

-- a registry of 59 patients in two cement patterns
CREATE TABLE t1_reg AS
	SELECT i AS id, CASE WHEN i % 5 < 3 THEN 'CF' ELSE 'SP' END AS pattern,
		   (45 + (i * 37 % 31) + (i % 3) * 2)::float8 AS age,
		   CASE WHEN i % 7 = 0 THEN 80 + i ELSE 20 + (i * 13 % 17) END::float8 AS odi,
		   (i * 11 % 3 = 0) AS female,
		   (ARRAY['lytic', 'blastic', 'mixed'])[1 + i * 7 % 3] AS lesion,
		   (ARRAY['T', 'L', 'C'])[1 + (i % 13 = 0)::int + (i % 29 = 0)::int] AS level
	FROM generate_series(1, 59) i;
INSERT INTO t1_reg VALUES (60, NULL, 61, 30, true, 'lytic', 'T'), (61, 'SP', NULL, NULL, NULL, NULL, NULL);

-- continuous: normal (Student or Welch) or not (Mann-Whitney)
SELECT (compare_groups(age, pattern)).* FROM t1_reg;
SELECT (compare_groups(odi, pattern)).* FROM t1_reg;
SELECT (compare_groups(CASE WHEN pattern = 'CF' THEN age ELSE 60 + (age - 60) * 4 END, pattern)).* FROM t1_reg;
-- every label type; GROUP BY
SELECT (compare_groups(age, pattern = 'SP')).test, (compare_groups(age, (id % 5 >= 3)::int)).p_value
	   = (compare_groups(age, pattern)).p_value AS same_p
FROM t1_reg WHERE pattern IS NOT NULL;
SELECT female, (compare_groups(age, pattern)).test FROM t1_reg WHERE female IS NOT NULL GROUP BY female ORDER BY 1;
-- thin data: fewer than 5 in a group, one group, constant values
SELECT (compare_groups(age, pattern)).* FROM t1_reg WHERE id <= 7;
SELECT (compare_groups(age, pattern)).* FROM t1_reg WHERE pattern = 'CF';
SELECT (compare_groups(5.0, pattern)).* FROM t1_reg;
SELECT compare_groups(age, pattern) FROM t1_reg WHERE false;

-- categorical: Pearson chi-square or Fisher exact
SELECT (compare_proportions(female, pattern)).* FROM t1_reg;
SELECT (compare_proportions(lesion, pattern)).* FROM t1_reg;
SELECT (compare_proportions(level, pattern)).* FROM t1_reg;
SELECT (compare_proportions(id % 4, pattern = 'SP')).levels FROM t1_reg;
-- one level; one group
SELECT (compare_proportions('all', pattern)).* FROM t1_reg;
SELECT (compare_proportions(lesion, 'one group')).* FROM t1_reg;
SELECT pg_temp.err($$SELECT compare_proportions(lesion, id % 3) FROM t1_reg$$);

-- a whole Table 1 from a registry in one query (LATERAL unpivot)
SELECT v.variable, r.summary1 AS "CF", r.summary2 AS "SP", r.test, r.p_text
FROM (VALUES ('age'), ('odi')) v(variable),
	 LATERAL (SELECT (compare_groups(CASE v.variable WHEN 'age' THEN age ELSE odi END, pattern)).*
			  FROM t1_reg) r
ORDER BY 1;
SELECT v.variable, r.levels, r.counts1, r.counts2, r.test, r.p_text
FROM (VALUES ('female'), ('lesion')) v(variable),
	 LATERAL (SELECT (compare_proportions(CASE v.variable WHEN 'female' THEN female::text ELSE lesion END,
										  pattern)).* FROM t1_reg) r
ORDER BY 1;

-- partial / merge, text round trip
SELECT (compare_groups_merge(s)).p_value = (SELECT (compare_groups(age, pattern)).p_value FROM t1_reg) AS merged_equals_whole
FROM (SELECT compare_groups_partial(age, pattern) s FROM t1_reg WHERE id <= 30
	  UNION ALL SELECT compare_groups_partial(age, pattern) FROM t1_reg WHERE id > 30) q;
SELECT (compare_proportions_merge(s::text::compare_proportions_state)).p_value
	   = (SELECT (compare_proportions(lesion, pattern)).p_value FROM t1_reg) AS round_trip
FROM (SELECT compare_proportions_partial(lesion, pattern) s FROM t1_reg) q;
SELECT compare_proportions_partial(female, pattern)::text FROM t1_reg;

-- a forced parallel plan gives the serial result
CREATE TABLE big_t1 AS SELECT i, CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS g,
	(i * 7919 % 1000) / 10.0 AS x, (i % 4)::text AS k FROM generate_series(1, 6000) i;
ANALYZE big_t1;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT compare_groups(x, g), compare_proportions(k, g) FROM big_t1;
CREATE TEMP TABLE par_t1 AS SELECT compare_groups(x, g)::text AS a, compare_proportions(k, g)::text AS b FROM big_t1;
RESET max_parallel_workers_per_gather;
SELECT p.a = s.a AS groups_identical, p.b = s.b AS proportions_identical
FROM par_t1 p, (SELECT compare_groups(x, g)::text AS a, compare_proportions(k, g)::text AS b FROM big_t1) s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

-- bad input
SELECT pg_temp.err($$SELECT compare_groups('NaN'::float8, pattern) FROM t1_reg$$);
SELECT pg_temp.err($$SELECT compare_groups(CASE WHEN id = 9 THEN '-Infinity' ELSE age END, pattern) FROM t1_reg$$);
SELECT pg_temp.err($$SELECT compare_groups(age, id % 3) FROM t1_reg$$);
SELECT pg_temp.err($$SELECT compare_proportions_merge(s) FROM (SELECT compare_proportions_partial(lesion, pattern) s FROM t1_reg
	UNION ALL SELECT compare_proportions_partial(lesion, female) FROM t1_reg) q$$);
SELECT pg_temp.err($$SELECT 'chi_square v2 skipped=0 rows=text cols=text nrows=1 ncols=1 ncells=1 row "a" col "b" cells 0,0,0 end'::compare_proportions_state$$);
SELECT pg_temp.err($$SELECT compare_groups_merge('compare_groups v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=3 group label="a" n=1 values=1 group label="b" n=1 values=1 group label="c" n=1 values=1 end'::compare_groups_state)$$);
