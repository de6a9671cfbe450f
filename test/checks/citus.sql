/*
 * test/checks/citus.sql — every test aggregate overload of the installed
 * extension on a real Citus cluster (loaded on the coordinator after
 * testagg.sql and citus_registry.sql; driven by citus.sh).
 *
 * For each generated call X(...) (pkpc_check.calls) six queries run on the
 * distributed registry (schema pkpc_dist) and, unchanged, on its local copy
 * (pkpc_local), with citus.coordinator_aggregation_strategy = 'disabled', so
 * that a distributed query either splits the aggregate or fails:
 *
 *   (a) whole      X over all visits
 *   (b) by visit   GROUP BY visit_no (not the distribution column)
 *   (c) by patient GROUP BY patient_id (the distribution column)
 *   (d) where      X(...) FILTER (WHERE ...) over the visits of the patients
 *                  of a subquery on procedure (WHERE patient_id IN ...)
 *   (e) reference  visits joined to patient (co-located) and to the hospital
 *                  reference table, GROUP BY the hospital's region
 *   (f) merge      X_partial per hospital, then X_merge of those states
 *
 * A line passes when the plan is what Citus promises, from EXPLAIN (VERBOSE)
 * of the distributed query:
 *   (a), (b), (d), (e)  split: worker_partial_agg of this very overload (its
 *                       oid) on the workers, coord_combine_agg on the
 *                       coordinator; (d) keeps the FILTER on the workers;
 *                       (e) joins the hospital shard on the workers;
 *   (c)                 pushed down whole: the aggregate in the workers'
 *                       query, no worker_partial_agg, no coord_combine_agg;
 *   (f)                 X_partial split, X_merge over the intermediate result;
 * and when its result is identical to the local one for every group
 * (pkpc_check.citus_compare).
 *
 * Polymorphic overloads (an enum label): Citus splits them too, and the
 * workers refuse the call (worker_partial_agg_sfunc could not confirm type
 * correctness).  Their lines assert that failure for (a), (b), (d), (e), (f),
 * the success of (c) (nothing is split), and for (a) with the enum label
 * cast to text (the documented way round: the text overload splits).
 */

/*
 * Distributed and local answers, each a jsonb object {group key: result},
 * compared group by group with pkpc_check.compare (testagg.sql): every
 * field must be identical (moment tests keep exact sums, so the order in
 * which Citus combines states shows in no digit).
 */
CREATE FUNCTION pkpc_check.citus_compare(got jsonb, want jsonb,
	OUT ok boolean, OUT detail text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
	bad text[];
BEGIN
	IF got IS NULL OR want IS NULL THEN
		ok := false;
		detail := format('no result (distributed %s, local %s)',
						 CASE WHEN got IS NULL THEN 'none' ELSE 'some' END,
						 CASE WHEN want IS NULL THEN 'none' ELSE 'some' END);
		RETURN;
	END IF;
	IF got = want THEN
		ok := true;
		detail := format('identical to local (%s group%s)', (SELECT count(*) FROM jsonb_object_keys(want)),
						 CASE WHEN (SELECT count(*) FROM jsonb_object_keys(want)) = 1 THEN '' ELSE 's' END);
		RETURN;
	END IF;
	SELECT array_agg(format('group %s: %s', coalesce(nullif(k, ''), '-'), m) ORDER BY k)
	INTO bad
	FROM (SELECT k FROM jsonb_object_keys(got) k UNION SELECT k FROM jsonb_object_keys(want) k) keys,
		 LATERAL (SELECT 'missing on one side' AS m WHERE NOT (got ? k AND want ? k)
				  UNION ALL
				  SELECT string_agg(format('%s: %s vs %s', c.field, c.va, c.vb), '; ')
				  FROM pkpc_check.compare(got -> k, want -> k) c
				  WHERE got ? k AND want ? k AND NOT c.ok
				  HAVING count(*) > 0) x;
	ok := false;
	detail := left(coalesce(array_to_string(bad, '; '), 'the results differ'), 600);
END
$$;

-- The query of kind a..f for a call, over the tables of schema s.
CREATE FUNCTION pkpc_check.citus_query(kind text, s text, call text,
	partial_call text, merge_fn text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE kind
		WHEN 'a' THEN format('SELECT NULL::text AS k, to_jsonb(%s) AS r FROM %I.visit', call, s)
		WHEN 'b' THEN format('SELECT visit_no::text AS k, to_jsonb(%s) AS r FROM %I.visit GROUP BY visit_no',
							 call, s)
		WHEN 'c' THEN format('SELECT patient_id::text AS k, to_jsonb(%s) AS r FROM %I.visit GROUP BY patient_id',
							 call, s)
		WHEN 'd' THEN format('SELECT NULL::text AS k, to_jsonb(%s FILTER (WHERE visit_no <> 3)) AS r FROM %I.visit'
							 ' WHERE patient_id IN (SELECT patient_id FROM %I.procedure WHERE approach = %L)',
							 call, s, s, 'bilateral')
		WHEN 'e' THEN format('SELECT h.region AS k, to_jsonb(%s) AS r FROM %I.visit v'
							 ' JOIN %I.patient p USING (patient_id) JOIN %I.hospital h USING (hospital_id)'
							 ' GROUP BY h.region', call, s, s, s)
		WHEN 'f' THEN format('SELECT NULL::text AS k, to_jsonb(%s(st)) AS r FROM (SELECT p.hospital_id, %s AS st'
							 ' FROM %I.visit v JOIN %I.patient p USING (patient_id) GROUP BY p.hospital_id) q',
							 merge_fn, partial_call, s, s)
	END
$$;

CREATE FUNCTION pkpc_check.citus_kind_name(kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE kind WHEN 'a' THEN '(a) whole' WHEN 'b' THEN '(b) GROUP BY visit_no'
		WHEN 'c' THEN '(c) GROUP BY patient_id' WHEN 'd' THEN '(d) WHERE + FILTER'
		WHEN 'e' THEN '(e) reference join' WHEN 'f' THEN '(f) partial/merge per hospital' END
$$;

-- The answer of a query: {group key: result}.
CREATE FUNCTION pkpc_check.citus_answer(q text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
	res jsonb;
BEGIN
	EXECUTE format('SELECT jsonb_object_agg(coalesce(k, %L), r) FROM (%s) s', '', q) INTO res;
	RETURN res;
END
$$;

-- EXPLAIN (VERBOSE) of a query, as the text of its JSON form.
CREATE FUNCTION pkpc_check.citus_plan(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	plan jsonb;
BEGIN
	EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF, FORMAT JSON) ' || q INTO plan;
	RETURN plan::text;
END
$$;

/*
 * What is wrong with the plan of kind for aggregate fn (X_partial's oid
 * pfn for kind f), or NULL; the call's name qualified for (c).
 */
CREATE FUNCTION pkpc_check.citus_plan_problem(kind text, plan text, fn oid, pfn oid,
	nsp text, name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN kind IN ('a', 'b', 'd', 'e') AND position(format('worker_partial_agg(''%s''::oid', fn) IN plan) = 0
			THEN 'not split: no worker_partial_agg of this overload in the plan'
		WHEN kind IN ('a', 'b', 'd', 'e') AND position(format('coord_combine_agg(''%s''::oid', fn) IN plan) = 0
			THEN 'no coord_combine_agg of this overload on the coordinator'
		WHEN kind = 'd' AND plan !~ 'worker_partial_agg\([^"]*\) FILTER \(WHERE'
			THEN 'the FILTER does not run on the workers'
		WHEN kind = 'e' AND plan !~ 'pkpc_dist\.hospital_[0-9]+ h'
			THEN 'the workers do not join the hospital reference table'
		WHEN kind = 'c' AND (position('worker_partial_agg' IN plan) > 0 OR position('coord_combine_agg' IN plan) > 0)
			THEN 'split, though grouped by the distribution column'
		WHEN kind = 'c' AND position(format('%I.%I(', nsp, name) IN plan) = 0
			THEN 'the aggregate is not in the workers'' query'
		WHEN kind = 'f' AND (pfn IS NULL OR position(format('worker_partial_agg(''%s''::oid', pfn) IN plan) = 0)
			THEN 'X_partial not split'
		WHEN kind = 'f' AND position('read_intermediate_result' IN plan) = 0
			THEN 'X_merge does not read the collected states'
	END
$$;

/*
 * One line per kind for the generated call of aggregate f:
 * 'ok|check|detail' or 'FAIL|check|detail'.
 */
CREATE FUNCTION pkpc_check.citus_lines(f oid) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	c pkpc_check.calls;
	pfn oid;
	kind text;
	tag text;
	qd text;
	ql text;
	plan text;
	problem text;
	got jsonb;
	want jsonb;
	cmp record;
	cast_call text;
	kinds text[] := '{a,b,c,d,e,f}';
BEGIN
	PERFORM set_config('citus.coordinator_aggregation_strategy', 'disabled', false);
	PERFORM set_config('max_parallel_workers_per_gather', '0', false);
	SELECT * INTO c FROM pkpc_check.calls WHERE fn = f;
	SELECT p.fn INTO pfn FROM pkpc_check.ext_aggregates p, pkpc_check.ext_aggregates a
	WHERE a.fn = f AND p.name = a.name || '_partial' AND p.nsp = a.nsp AND p.argtypes = a.argtypes;
	FOREACH kind IN ARRAY kinds LOOP
		tag := format('citus %s %s', pkpc_check.citus_kind_name(kind), c.signature);
		IF c.call IS NULL OR (kind = 'f' AND c.partial_call IS NULL) THEN
			RETURN NEXT format('FAIL|%s|%s', tag, coalesce(c.problem, 'no X_partial / X_merge'));
			CONTINUE;
		END IF;
		qd := pkpc_check.citus_query(kind, 'pkpc_dist', c.call, c.partial_call, c.merge_fn);
		ql := pkpc_check.citus_query(kind, 'pkpc_local', c.call, c.partial_call, c.merge_fn);

		IF c.polymorphic AND kind <> 'c' THEN
			-- documented: Citus splits the call and the workers refuse it
			BEGIN
				got := pkpc_check.citus_answer(qd);
				RETURN NEXT format('FAIL|%s|expected Citus to refuse the polymorphic overload, but it ran', tag);
			EXCEPTION WHEN OTHERS THEN
				IF SQLERRM ~ 'could not confirm type correctness' THEN
					RETURN NEXT format('ok|%s|fails as documented: %s', tag, SQLERRM);
				ELSE
					RETURN NEXT format('FAIL|%s|failed otherwise than documented: %s', tag, SQLERRM);
				END IF;
			END;
			CONTINUE;
		END IF;

		BEGIN
			plan := pkpc_check.citus_plan(qd);
			problem := pkpc_check.citus_plan_problem(kind, plan, f, pfn, c.nsp, c.name);
			got := pkpc_check.citus_answer(qd);
			want := pkpc_check.citus_answer(ql);
		EXCEPTION WHEN OTHERS THEN
			RETURN NEXT format('FAIL|%s|%s', tag, SQLERRM);
			CONTINUE;
		END;
		cmp := pkpc_check.citus_compare(got, want);
		IF problem IS NOT NULL OR NOT cmp.ok THEN
			RETURN NEXT format('FAIL|%s|%s', tag, concat_ws('; ', problem, CASE WHEN NOT cmp.ok THEN cmp.detail END));
		ELSE
			RETURN NEXT format('ok|%s|%s; %s', tag,
							   CASE kind WHEN 'c' THEN 'pushed down whole' WHEN 'f' THEN 'X_partial split, X_merge on the coordinator'
									ELSE 'split' END, cmp.detail);
		END IF;
	END LOOP;

	-- polymorphic: labels cast to text reach the concrete overload
	IF c.polymorphic AND c.call IS NOT NULL THEN
		tag := format('citus (a) whole, enum label cast to text %s', c.signature);
		cast_call := regexp_replace(c.call, '\m(l[0-9]+_enum|s_date|c_enum)\M', '\1::text', 'g');
		BEGIN
			qd := pkpc_check.citus_query('a', 'pkpc_dist', cast_call, NULL, NULL);
			ql := pkpc_check.citus_query('a', 'pkpc_local', cast_call, NULL, NULL);
			plan := pkpc_check.citus_plan(qd);
			got := pkpc_check.citus_answer(qd);
			want := pkpc_check.citus_answer(ql);
		EXCEPTION WHEN OTHERS THEN
			RETURN NEXT format('FAIL|%s|%s: %s', tag, cast_call, SQLERRM);
			RETURN;
		END;
		cmp := pkpc_check.citus_compare(got, want);
		IF position('worker_partial_agg(' IN plan) = 0 OR position('coord_combine_agg(' IN plan) = 0 THEN
			RETURN NEXT format('FAIL|%s|%s not split', tag, cast_call);
		ELSIF NOT cmp.ok THEN
			RETURN NEXT format('FAIL|%s|%s: %s', tag, cast_call, cmp.detail);
		ELSE
			RETURN NEXT format('ok|%s|%s split; %s', tag, cast_call, cmp.detail);
		END IF;
	END IF;
END
$$;
