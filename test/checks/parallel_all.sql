/*
 * test/checks/parallel_all.sql — forced parallel plans for every test
 * aggregate (loaded after testagg.sql; driven by parallel_all.sh).
 *
 * For each generated call (pkpc_check.calls):
 *   plan   EXPLAIN (ANALYZE, VERBOSE) under forced parallel settings shows a
 *          Gather with workers launched, a Partial Aggregate below it and a
 *          Finalize Aggregate above it;
 *   equal  the result under those settings is identical to the serial
 *          result, field by field (moment tests keep exact sums, so no
 *          summation order shows in any digit).
 * The result values are fetched by psql at top level (\gset): a query run
 * from inside a PL/pgSQL function is not guaranteed a parallel plan.
 */

/*
 * The filter of every query: true for every row, but a worker that meets a
 * row with id % 50 = 1 sleeps 2 ms, so that the other worker gets pages too
 * and the combine function really runs (a scan of a few hundred pages
 * otherwise often ends before the second worker has started).
 */
CREATE FUNCTION pkpc_check.pace(id int) RETURNS boolean
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
	SELECT id % 50 <> 1 OR pg_sleep(0.002) IS NOT NULL
$$;

-- The settings that make the planner choose a parallel plan for any table.
CREATE FUNCTION pkpc_check.force_parallel(on_ boolean) RETURNS void
LANGUAGE sql AS $$
	SELECT set_config('max_parallel_workers_per_gather', CASE WHEN on_ THEN '2' ELSE '0' END, false),
		   set_config('parallel_setup_cost', '0', false),
		   set_config('parallel_tuple_cost', '0', false),
		   set_config('min_parallel_table_scan_size', '0', false),
		   set_config('parallel_leader_participation', 'off', false);
$$;

/*
 * The plan check of one call: 'ok|...' or 'FAIL|...', and an 'info' line
 * with the number of workers that scanned rows (timing decides it; one
 * worker may take every page on a busy machine, so it is not a failure).
 */
CREATE FUNCTION pkpc_check.plan_lines(f oid) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	c pkpc_check.calls;
	plan jsonb;
	launched int;
	scanning int;
	missing text[] := '{}';
BEGIN
	SELECT * INTO c FROM pkpc_check.calls WHERE fn = f;
	IF c.call IS NULL THEN
		RETURN NEXT format('FAIL|parallel plan %s|%s', c.signature, c.problem);
		RETURN;
	END IF;
	PERFORM pkpc_check.force_parallel(true);
	BEGIN
		EXECUTE format('EXPLAIN (ANALYZE, VERBOSE, COSTS OFF, FORMAT JSON) SELECT %s FROM pkpc_check.data WHERE pkpc_check.pace(id)',
					   c.call) INTO plan;
	EXCEPTION WHEN OTHERS THEN
		RETURN NEXT format('FAIL|parallel plan %s|%s', c.signature, SQLERRM);
		RETURN;
	END;
	IF NOT jsonb_path_exists(plan, '$.** ? (@."Node Type" == "Aggregate" && @."Partial Mode" == "Finalize")') THEN
		missing := missing || 'Finalize Aggregate'::text;
	END IF;
	IF NOT jsonb_path_exists(plan, '$.** ? (@."Node Type" == "Aggregate" && @."Partial Mode" == "Partial")') THEN
		missing := missing || 'Partial Aggregate'::text;
	END IF;
	SELECT max(v::int) INTO launched
	FROM jsonb_path_query(plan, 'strict $.** ? (@."Node Type" == "Gather")."Workers Launched"') v;
	IF coalesce(launched, 0) = 0 THEN
		missing := missing || 'Gather with workers launched'::text;
	END IF;
	SELECT count(*) INTO scanning
	FROM jsonb_path_query(plan, 'strict $.** ? (@."Node Type" == "Seq Scan").Workers[*] ? (@."Actual Rows" > 0)');
	IF cardinality(missing) = 0 THEN
		RETURN NEXT format('ok|parallel plan %s|Gather (%s workers) > Finalize/Partial Aggregate',
						   c.signature, launched);
	ELSE
		RETURN NEXT format('FAIL|parallel plan %s|no %s in the plan of SELECT %s',
						   c.signature, array_to_string(missing, ', '), c.call);
	END IF;
	RETURN NEXT format('info|workers with rows %s|%s', c.signature, scanning);
END
$$;

/*
 * The psql script of the whole check: for every call, the plan lines, the
 * parallel and the serial result (\gset), and the comparison line.
 */
CREATE FUNCTION pkpc_check.parallel_script() RETURNS text
LANGUAGE sql STABLE AS $$
	SELECT coalesce(string_agg(format($s$
SELECT * FROM pkpc_check.plan_lines(%1$s);
\unset par_r
\unset ser_r
SELECT pkpc_check.force_parallel(true) \gset dummy_
SELECT to_jsonb(%2$s) AS r FROM pkpc_check.data WHERE pkpc_check.pace(id) \gset par_
SELECT pkpc_check.force_parallel(false) \gset dummy_
SELECT to_jsonb(%2$s) AS r FROM pkpc_check.data WHERE pkpc_check.pace(id) \gset ser_
\if :{?par_r}
\if :{?ser_r}
SELECT pkpc_check.compare_line('parallel = serial ' || signature, :'par_r', :'ser_r')
FROM pkpc_check.calls WHERE fn = %1$s;
\else
SELECT format('FAIL|parallel = serial %%s|no serial result', signature) FROM pkpc_check.calls WHERE fn = %1$s;
\endif
\else
SELECT format('FAIL|parallel = serial %%s|no parallel result', signature) FROM pkpc_check.calls WHERE fn = %1$s;
\endif
$s$, fn, coalesce(call, 'NULL::int')), '' ORDER BY signature), '')
	FROM pkpc_check.calls
$$;
