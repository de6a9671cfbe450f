/*
 * test/checks/fdw.sql — a registry sharded over two sites with postgres_fdw,
 * analysed with every test aggregate (loaded on the coordinator after
 * testagg.sql; fdw.sh sets up the clusters, the servers and the tables).
 *
 * pkpc_check.registry is partitioned by site; its partitions registry_site1
 * and registry_site2 are foreign tables on the servers site1 and site2 (with
 * the option extensions 'pkpcohort', so that the extension's functions and
 * types may be shipped).  pkpc_check.data holds the same rows on the
 * coordinator: the single-server answer.  For every generated call X(...):
 *
 *   per-site   SELECT site, X(...) FROM registry GROUP BY site, with
 *              partitionwise aggregation: each site computes its group whole
 *              (the aggregate appears in the Remote SQL of both foreign
 *              scans), and each site's result equals X over that site's rows
 *              computed on the coordinator;
 *   merge      X_merge over X_partial of each site (the partials in the Remote
 *              SQL: states travel in their text form) equals X over all rows
 *              on one server.
 * Calls that postgres_fdw cannot ship (pkpc_check.not_shippable: enum labels
 * of the polymorphic overloads; a text constant without a text column) are
 * computed on the coordinator from the fetched rows: their values are
 * checked, their push-down is reported as expected-absent.  Every
 * comparison asks for identical results, field by field.
 */

-- The Remote SQL of every Foreign Scan in the plan of q.
CREATE FUNCTION pkpc_check.remote_sql(q text) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
	plan jsonb;
BEGIN
	EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF, FORMAT JSON) ' || q INTO plan;
	RETURN ARRAY(SELECT v #>> '{}'
				 FROM jsonb_path_query(plan, 'strict $.** ? (@."Node Type" == "Foreign Scan")."Remote SQL"') v);
END
$$;

-- Does every one of the (two) remote queries call the function?
CREATE FUNCTION pkpc_check.pushed(remote text[], nsp text, fname text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
	SELECT cardinality(remote) = 2
		   AND bool_and(position(format('%s.%s(', quote_ident(nsp), quote_ident(fname)) IN r) > 0)
	FROM unnest(remote) r
$$;

/*
 * Why postgres_fdw will not ship a call, or NULL when it should.  Besides the
 * enum labels of the polymorphic overloads: postgres_fdw ships an aggregate
 * with collatable inputs only when their collation comes from a foreign
 * column (deparse.c, foreign_expr_walker, T_Aggref), so a text constant such
 * as the alternative keeps a call local unless a text column is also an
 * argument; and it ships only results of built-in types and of the listed
 * extensions' types, which for km_curve's km_step[] depends on the server
 * version (the array type of an extension's composite type is a member of
 * the extension on PostgreSQL 18, not on 15).
 */
CREATE FUNCTION pkpc_check.not_shippable(c pkpc_check.calls) RETURNS text
LANGUAGE sql STABLE AS $$
	SELECT CASE
		WHEN c.polymorphic THEN 'enum label: its type belongs to no extension'
		WHEN (SELECT t.typcategory = 'A' AND NOT EXISTS (
					SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
					AND d.objid = t.oid AND d.deptype = 'e')
			  FROM pg_proc p JOIN pg_type t ON t.oid = p.prorettype WHERE p.oid = c.fn)
			THEN 'its result is an array of an extension''s composite type, which this server version does not count as a member of the extension'
		WHEN c.args ~ '''[^'']*''::(text|character varying)' AND c.args !~ 'l[0-9]+_text'
			THEN 'a text constant and no text column: postgres_fdw ships collatable inputs only with a foreign column''s collation'
	END
$$;

CREATE FUNCTION pkpc_check.fdw_lines() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	c pkpc_check.calls;
	q text;
	remote text[];
	pushed boolean;
	line text;
	lines text[];
	site_ok boolean;
	s int;
	got jsonb;
	want jsonb;
	what text;
	local_why text;
BEGIN
	PERFORM set_config('enable_partitionwise_aggregate', 'on', false);
	FOR c IN SELECT * FROM pkpc_check.calls ORDER BY signature LOOP
		IF c.call IS NULL THEN
			RETURN NEXT format('FAIL|fdw per-site %s|%s', c.signature, coalesce(c.problem, 'no call'));
			RETURN NEXT format('FAIL|fdw merge %s|%s', c.signature, coalesce(c.problem, 'no call'));
			CONTINUE;
		END IF;
		local_why := pkpc_check.not_shippable(c);
		what := CASE WHEN local_why IS NOT NULL
					 THEN format('computed on the coordinator, as expected (%s)', local_why)
					 ELSE 'pushed down to both sites' END;

		-- (a) per-site GROUP BY, pushed down whole
		BEGIN
			q := format('SELECT site, to_jsonb(%s) AS r FROM pkpc_check.registry GROUP BY site', c.call);
			remote := pkpc_check.remote_sql(q);
			pushed := pkpc_check.pushed(remote, c.nsp, c.name);
			lines := '{}';
			site_ok := true;
			FOR s IN 1..2 LOOP
				EXECUTE format('SELECT r FROM (%s) g WHERE site = %s', q, s) INTO got;
				EXECUTE format('SELECT to_jsonb(%s) FROM pkpc_check.data WHERE site = %s', c.call, s) INTO want;
				line := pkpc_check.compare_line('site ' || s, got, want);
				site_ok := site_ok AND line LIKE 'ok|%';
				lines := lines || substr(line, position('|' IN line) + 1);
			END LOOP;
			IF NOT site_ok THEN
				RETURN NEXT format('FAIL|fdw per-site %s|%s', c.signature, array_to_string(lines, '; '));
			ELSIF local_why IS NULL AND NOT pushed THEN
				RETURN NEXT format('FAIL|fdw per-site %s|not pushed down; Remote SQL: %s',
								   c.signature, coalesce(array_to_string(remote, ' / '), 'none'));
			ELSE
				RETURN NEXT format('ok|fdw per-site %s|%s; %s', c.signature, what, array_to_string(lines, '; '));
			END IF;
		EXCEPTION WHEN OTHERS THEN
			RETURN NEXT format('FAIL|fdw per-site %s|%s', c.signature, SQLERRM);
		END;

		-- (b) X_merge over X_partial of each site = X on one server
		IF c.partial_call IS NULL THEN
			RETURN NEXT format('FAIL|fdw merge %s|no %s_partial / %s_merge', c.signature, c.name, c.name);
			CONTINUE;
		END IF;
		BEGIN
			q := format('SELECT to_jsonb(%s(s)) FROM (SELECT %s AS s FROM pkpc_check.registry_site1'
						' UNION ALL SELECT %s FROM pkpc_check.registry_site2) q',
						c.merge_fn, c.partial_call, c.partial_call);
			remote := pkpc_check.remote_sql(q);
			pushed := pkpc_check.pushed(remote, c.nsp, c.name || '_partial');
			EXECUTE q INTO got;
			EXECUTE format('SELECT to_jsonb(%s) FROM pkpc_check.data', c.call) INTO want;
			line := pkpc_check.compare_line('fdw merge ' || c.signature, got, want);
			IF line LIKE 'ok|%' AND local_why IS NULL AND NOT pushed THEN
				RETURN NEXT format('FAIL|fdw merge %s|partials not pushed down; Remote SQL: %s',
								   c.signature, coalesce(array_to_string(remote, ' / '), 'none'));
			ELSIF line LIKE 'ok|%' THEN
				RETURN NEXT line || format('; partials %s', what);
			ELSE
				RETURN NEXT line;
			END IF;
		EXCEPTION WHEN OTHERS THEN
			RETURN NEXT format('FAIL|fdw merge %s|%s', c.signature, SQLERRM);
		END;
	END LOOP;
END
$$;
