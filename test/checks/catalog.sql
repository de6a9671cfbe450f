/*
 * test/checks/catalog.sql — what Citus 13 needs to split an aggregate,
 * asserted from the catalog for every test aggregate overload (loaded after
 * testagg.sql; catalog.sh prints the lines of pkpc_check.catalog_lines()).
 *
 * Citus distributes a custom aggregate (worker partial, coordinator combine)
 * only when its state is a real type that it can ship through the type's
 * text output/input, it has a combine function, and neither its declared
 * argument types nor its transition function are polymorphic (it checks
 * the declared argument types against the actual ones and calls the
 * transition function without an expression tree).  Per overload:
 *   state         transition type is not a pseudo-type (internal, any*)
 *   combine       a combine function
 *   parallel      aggregate, transition, combine and final function PARALLEL SAFE
 *   concrete      a concrete overload has a concrete transition function; a
 *                 polymorphic one has a concrete sibling for every mix of
 *                 text, boolean, integer, bigint in its polymorphic places,
 *                 and a call with a text, varchar, boolean, smallint,
 *                 integer or bigint column resolves to a concrete overload
 *   twins         X_partial(same arguments) -> state, X_merge(state) -> result
 *   round trip    the state of X_partial on the check data reads back from
 *                 its text form to the same text, and X_merge of the read
 *                 state equals X (identical)
 */

CREATE FUNCTION pkpc_check.typename(t oid) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT format_type(t, NULL) $$;

-- The aggregate (pg_proc oid) that a call with these argument types resolves
-- to, found through the dependencies of a view that makes the call; NULL
-- with the error when it does not resolve.
CREATE FUNCTION pkpc_check.resolve(nsp text, name text, types text[],
	OUT fn oid, OUT err text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('CREATE TEMP VIEW pkpc_resolve AS SELECT %I.%I(%s)', nsp, name,
				   (SELECT string_agg(format('NULL::%s', t), ', ' ORDER BY i)
					FROM unnest(types) WITH ORDINALITY u(t, i)));
	SELECT d.refobjid INTO fn
	FROM pg_rewrite r
	JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
		AND d.refclassid = 'pg_proc'::regclass
	JOIN pkpc_check.ext_aggregates a ON a.fn = d.refobjid
	WHERE r.ev_class = 'pg_temp.pkpc_resolve'::regclass;
	DROP VIEW pg_temp.pkpc_resolve;
EXCEPTION WHEN OTHERS THEN
	err := SQLERRM;
END
$$;

-- Every mix of the given types in the polymorphic places of argtypes.
CREATE FUNCTION pkpc_check.substitutions(argtypes oid[], choices text[])
RETURNS SETOF text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
	rest text[];
	c text;
BEGIN
	IF coalesce(cardinality(argtypes), 0) = 0 THEN
		RETURN NEXT ARRAY[]::text[];
		RETURN;
	END IF;
	FOR rest IN SELECT * FROM pkpc_check.substitutions(argtypes[2:], choices) LOOP
		IF pkpc_check.is_polymorphic(argtypes[1]) THEN
			FOREACH c IN ARRAY choices LOOP
				RETURN NEXT c || rest;
			END LOOP;
		ELSE
			RETURN NEXT pkpc_check.typename(argtypes[1]) || rest;
		END IF;
	END LOOP;
END
$$;

CREATE FUNCTION pkpc_check.catalog_lines() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	a record;
	c pkpc_check.calls;
	bad text[];
	sub text[];
	r record;
	st text;
	st2 text;
	whole jsonb;
	merged jsonb;
	partial_ok boolean;
	merge_ok boolean;
	tag text;
BEGIN
	FOR a IN SELECT t.*, pkpc_check.typename(t.aggtranstype) AS stype,
					EXISTS (SELECT 1 FROM unnest(t.argtypes) x WHERE pkpc_check.is_polymorphic(x)) AS poly
			 FROM pkpc_check.test_aggregates t ORDER BY signature LOOP
		tag := a.signature;

		-- state: a real type
		IF (SELECT typtype FROM pg_type WHERE oid = a.aggtranstype) = 'p' THEN
			RETURN NEXT format('FAIL|state %s|state type %s is a pseudo-type', tag, a.stype);
		ELSE
			RETURN NEXT format('ok|state %s|%s', tag, a.stype);
		END IF;

		-- combine function
		IF a.aggcombinefn = 0 THEN
			RETURN NEXT format('FAIL|combine %s|no combine function', tag);
		ELSE
			RETURN NEXT format('ok|combine %s|%s', tag, a.aggcombinefn::regproc);
		END IF;

		-- parallel safety of the aggregate and its support functions
		SELECT array_agg(format('%s is %s', f::regprocedure,
								CASE p.proparallel WHEN 'r' THEN 'PARALLEL RESTRICTED' ELSE 'PARALLEL UNSAFE' END))
		INTO bad
		FROM unnest(ARRAY[a.fn, a.aggtransfn, a.aggcombinefn, a.aggfinalfn]) f
		JOIN pg_proc p ON p.oid = f
		WHERE f <> 0 AND p.proparallel <> 's';
		IF bad IS NULL THEN
			RETURN NEXT format('ok|parallel safe %s|', tag);
		ELSE
			RETURN NEXT format('FAIL|parallel safe %s|%s', tag, array_to_string(bad, '; '));
		END IF;

		-- concrete overloads
		IF NOT a.poly THEN
			IF EXISTS (SELECT 1 FROM pg_proc p, unnest(p.proargtypes::oid[] || p.prorettype) x
					   WHERE p.oid = a.aggtransfn AND pkpc_check.is_polymorphic(x)) THEN
				RETURN NEXT format('FAIL|concrete %s|transition function %s is polymorphic',
								   tag, a.aggtransfn::regprocedure);
			ELSE
				RETURN NEXT format('ok|concrete %s|transition function %s', tag, a.aggtransfn::regprocedure);
			END IF;
		ELSE
			bad := '{}';
			-- a concrete sibling for each mix of the label types registries use
			FOR sub IN SELECT * FROM pkpc_check.substitutions(a.argtypes, '{text,boolean,integer,bigint}') LOOP
				IF NOT EXISTS (SELECT 1 FROM pkpc_check.test_aggregates s
							   WHERE s.name = a.name AND s.nsp = a.nsp
								 AND (SELECT array_agg(pkpc_check.typename(x)) FROM unnest(s.argtypes) x) = sub) THEN
					bad := bad || format('no overload %s(%s)', a.name, array_to_string(sub, ','));
				END IF;
			END LOOP;
			-- ordinary calls with these column types resolve to a concrete overload
			FOR sub IN SELECT * FROM pkpc_check.substitutions(a.argtypes,
					'{text,"character varying",boolean,smallint,integer,bigint}') LOOP
				SELECT * INTO r FROM pkpc_check.resolve(a.nsp, a.name, sub);
				IF r.fn IS NULL THEN
					bad := bad || format('%s(%s) does not resolve: %s', a.name, array_to_string(sub, ','), r.err);
				ELSIF EXISTS (SELECT 1 FROM pkpc_check.test_aggregates s, unnest(s.argtypes) x
							  WHERE s.fn = r.fn AND pkpc_check.is_polymorphic(x)) THEN
					bad := bad || format('%s(%s) resolves to %s', a.name, array_to_string(sub, ','),
										 r.fn::regprocedure);
				END IF;
			END LOOP;
			IF cardinality(bad) = 0 THEN
				RETURN NEXT format('ok|concrete %s|polymorphic fallback; text, varchar, boolean, smallint, integer, bigint calls resolve to concrete overloads', tag);
			ELSE
				RETURN NEXT format('FAIL|concrete %s|%s', tag, array_to_string(bad, '; '));
			END IF;
		END IF;

		-- twins
		partial_ok := EXISTS (SELECT 1 FROM pkpc_check.ext_aggregates p
							  WHERE p.name = a.name || '_partial' AND p.nsp = a.nsp
								AND p.argtypes = a.argtypes AND p.rettype = a.aggtranstype
								AND p.aggtranstype = a.aggtranstype AND p.aggcombinefn <> 0);
		merge_ok := EXISTS (SELECT 1 FROM pkpc_check.ext_aggregates m
							WHERE m.name = a.name || '_merge' AND m.nsp = a.nsp
							  AND m.argtypes = ARRAY[a.aggtranstype] AND m.rettype = a.rettype
							  AND m.aggcombinefn <> 0);
		IF partial_ok AND merge_ok THEN
			RETURN NEXT format('ok|twins %s|%s_partial -> %s, %s_merge(%s) -> %s', tag,
							   a.name, a.stype, a.name, a.stype, pkpc_check.typename(a.rettype));
		ELSE
			RETURN NEXT format('FAIL|twins %s|%s', tag, concat_ws('; ',
				CASE WHEN NOT partial_ok THEN format('no %s_partial(same arguments) returning %s with a combine function', a.name, a.stype) END,
				CASE WHEN NOT merge_ok THEN format('no %s_merge(%s) returning %s with a combine function', a.name, a.stype, pkpc_check.typename(a.rettype)) END));
		END IF;

		-- state text round trip
		SELECT * INTO c FROM pkpc_check.calls WHERE fn = a.fn;
		IF c.partial_call IS NULL OR c.merge_fn IS NULL OR NOT merge_ok THEN
			RETURN NEXT format('FAIL|round trip %s|%s', tag,
							   coalesce(c.problem, 'no X_partial / X_merge to take the state from'));
			CONTINUE;
		END IF;
		BEGIN
			EXECUTE format('SELECT %s::text, to_jsonb(%s) FROM pkpc_check.data', c.partial_call, c.call)
				INTO st, whole;
			EXECUTE format('SELECT (%L::%s)::text', st, a.stype) INTO st2;
			EXECUTE format('SELECT to_jsonb(%s(%L::%s))', c.merge_fn, st, a.stype) INTO merged;
			IF st2 IS DISTINCT FROM st THEN
				RETURN NEXT format('FAIL|round trip %s|text form changes when read back: %s vs %s',
								   tag, left(st, 200), left(st2, 200));
			ELSE
				RETURN NEXT pkpc_check.compare_line('round trip ' || tag, merged, whole)
					|| format(', state text %s bytes', length(st));
			END IF;
		EXCEPTION WHEN OTHERS THEN
			RETURN NEXT format('FAIL|round trip %s|%s', tag, SQLERRM);
		END;
	END LOOP;
END
$$;
