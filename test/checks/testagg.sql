/*
 * test/checks/testagg.sql — the test aggregates of the installed extension,
 * found in the catalog, and generated calls of each of them.
 *
 * Shared by catalog.sh, parallel_all.sh and fdw.sh: nothing here names a
 * test.  A "test aggregate" is every aggregate that belongs to the extension
 * pkpcohort (pg_depend) and whose name does not end in _partial or _merge;
 * each overload is tested on its own.  For each one a call is generated from
 * its declared argument types:
 *
 *   float8       a data column (x1, x2, x3 in turn) or the constant 0.95
 *                (conf_level; also a valid mean, sd or time point)
 *   text         a label column, 'two-sided' (alternative) or 'mean' (center)
 *   varchar      a label column
 *   boolean      a label column
 *   smallint, integer, bigint   a label column, the constant 2 or a 0/1
 *                (id % 2: an event flag coded as an integer)
 *   float8[]     ARRAY[x2, x3] (covariates)
 *   any* (polymorphic)          the enum label column (pkpc_check.grade)
 *
 * The k-th label argument of a call uses the label columns l<k>_*.  Every
 * label argument may also take a subject column s_* or a condition column
 * c_* of a repeated-measures design (three rows per subject, one per
 * condition; polymorphic: a date subject and an enum condition), so that
 * tests taking (value, subject, condition) have a call that runs.  Every
 * combination is tried on the data (pkpc_check.pick_calls); among those that
 * run without error the one whose result has the most non-NULL scalar fields
 * wins (the first in the order above on a tie).  So a new test family is
 * covered without naming it, as long as its arguments are of these types; an
 * overload with any other argument type is reported, not skipped.
 *
 * Identifiers are quoted with format('%I'), literals with format('%L').
 */
SET client_min_messages = warning;
CREATE SCHEMA pkpc_check;
CREATE TYPE pkpc_check.grade AS ENUM ('low', 'high');
CREATE TYPE pkpc_check.visit AS ENUM ('pre', 'post', 'late');

-- Every aggregate of the extension.
CREATE VIEW pkpc_check.ext_aggregates AS
SELECT p.oid AS fn,
	   p.oid::regprocedure::text AS signature,
	   p.proname::text AS name,
	   n.nspname::text AS nsp,
	   ARRAY(SELECT unnest(p.proargtypes::oid[])) AS argtypes,  -- 1-based
	   p.prorettype AS rettype,
	   p.proparallel,
	   a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggtranstype, a.aggkind
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pkpcohort';

CREATE VIEW pkpc_check.test_aggregates AS
SELECT * FROM pkpc_check.ext_aggregates
WHERE name !~ '_(partial|merge)$';

-- Polymorphic (pseudo-)types: anyelement, anycompatible, "any", ...
CREATE FUNCTION pkpc_check.is_polymorphic(t oid) RETURNS boolean
LANGUAGE sql STABLE AS $$
	SELECT typtype = 'p' AND typname LIKE 'any%' FROM pg_type WHERE oid = t
$$;

/*
 * The data: n rows, deterministic (setseed), with NULLs in every data and
 * label column, ties (values rounded to 0.1), a moderate group and paired
 * effect (t about 3.5 for 1000 rows) and a weak correlation of x1 and x2
 * (a p-value of 1e-100 would carry the last bits of the sums magnified by
 * t^2 — conditioning, not a bug, but beyond a 1e-12 comparison), two sites
 * (site 2 about a third of the rows), and text labels that need quoting.
 * Pages are kept a fifth full so that a parallel scan spreads the rows over
 * its workers.
 */
CREATE FUNCTION pkpc_check.make_data(tbl text, n int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM setseed(0.4242);
	EXECUTE format($q$
		CREATE TABLE %I.%I WITH (fillfactor = 20) AS
		WITH r AS (
			SELECT i, i %% 2 AS g, (random() < 0.4)::int AS h,
				   sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z1,
				   sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z2,
				   sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS z3
			FROM generate_series(1, %s) i
		), c AS (
			SELECT i AS id, 1 + (i %% 3 = 0)::int AS site,
				   CASE WHEN i %% 97 = 0 THEN NULL
						ELSE round((5 + 10 * z1 + 2.2 * g)::numeric, 1)::float8 END AS x1,
				   CASE WHEN i %% 89 = 0 THEN NULL
						ELSE round((4.6 + 2 * z1 + 8 * z2 + 0.4 * g)::numeric, 1)::float8 END AS x2,
				   CASE WHEN i %% 83 = 0 THEN NULL
						ELSE round((10 + 2 * z3)::numeric, 2)::float8 END AS x3,
				   CASE WHEN i %% 101 = 0 THEN NULL ELSE g END AS g,
				   CASE WHEN i %% 103 = 0 THEN NULL ELSE h END AS h
			FROM r
		)
		SELECT id, site, x1, x2, x3,
			   (ARRAY['ctrl', 'treat "B"'])[g + 1] AS l1_text,
			   g = 1 AS l1_bool,
			   (2 * g - 1)::int2 AS l1_int2,
			   (ARRAY[10, -20])[g + 1]::int4 AS l1_int4,
			   (ARRAY[3000000000, -3000000000])[g + 1]::int8 AS l1_int8,
			   (ARRAY['low', 'high'])[g + 1]::pkpc_check.grade AS l1_enum,
			   (ARRAY['no', 'yes'])[h + 1] AS l2_text,
			   h = 1 AS l2_bool,
			   (h + 1)::int2 AS l2_int2,
			   (ARRAY[7, 3])[h + 1]::int4 AS l2_int4,
			   (ARRAY[-5, 40000000000])[h + 1]::int8 AS l2_int8,
			   (ARRAY['high', 'low'])[h + 1]::pkpc_check.grade AS l2_enum,
			   -- repeated measures: subject (id + 2) / 3, condition (id - 1) %% 3
			   ('s' || (id + 2) / 3) AS s_text,
			   CASE WHEN id <= 6 THEN id <= 3 END AS s_bool,
			   ((id + 2) / 3 %% 30000)::int2 AS s_int2,
			   ((id + 2) / 3)::int4 AS s_int4,
			   ((id + 2) / 3 + 5000000000)::int8 AS s_int8,
			   date '2020-01-01' + (id + 2) / 3 AS s_date,
			   (ARRAY['pre', 'post', 'late'])[(id - 1) %% 3 + 1] AS c_text,
			   CASE (id - 1) %% 3 WHEN 0 THEN false WHEN 1 THEN true END AS c_bool,
			   ((id - 1) %% 3)::int2 AS c_int2,
			   ((id - 1) %% 3 * 10)::int4 AS c_int4,
			   ((id - 1) %% 3 - 7000000000)::int8 AS c_int8,
			   (ARRAY['pre', 'post', 'late'])[(id - 1) %% 3 + 1]::pkpc_check.visit AS c_enum
		FROM c ORDER BY id
	$q$, 'pkpc_check', tbl, n);
	EXECUTE format('ANALYZE %I.%I', 'pkpc_check', tbl);
END
$$;

/*
 * The ways to fill an argument of type t, given nx data columns and nl label
 * arguments already used: (expression, columns used, labels used), in order
 * of preference.
 */
CREATE FUNCTION pkpc_check.arg_options(t oid, nx int, nl int,
	OUT expr text, OUT dx int, OUT dl int, OUT ord int)
RETURNS SETOF record LANGUAGE plpgsql STABLE AS $$
DECLARE
	tn text := format_type(t, NULL);
	lab text := format('l%s_', nl + 1);
BEGIN
	-- every label type: a subject or a condition of a repeated design too
	IF t IN ('text'::regtype, 'varchar'::regtype, 'boolean'::regtype, 'int2'::regtype,
			 'int4'::regtype, 'int8'::regtype) THEN
		RETURN QUERY SELECT format('%I::%s', 's_' || CASE WHEN t = 'varchar'::regtype THEN 'text'
							  ELSE (SELECT typname FROM pg_type WHERE oid = t) END, tn), 0, 1, 4;
		RETURN QUERY SELECT format('%I::%s', 'c_' || CASE WHEN t = 'varchar'::regtype THEN 'text'
							  ELSE (SELECT typname FROM pg_type WHERE oid = t) END, tn), 0, 1, 5;
	ELSIF pkpc_check.is_polymorphic(t) AND t IN ('anyelement'::regtype, 'anycompatible'::regtype) THEN
		RETURN QUERY SELECT 's_date', 0, 1, 4;
		RETURN QUERY SELECT 'c_enum', 0, 1, 5;
	END IF;
	IF t = 'float8'::regtype THEN
		IF nx < 3 THEN
			RETURN QUERY SELECT format('%I', 'x' || (nx + 1)), 1, 0, 1;
		END IF;
		RETURN QUERY SELECT '0.95::float8', 0, 0, 2;
	ELSIF t IN ('text'::regtype, 'varchar'::regtype) THEN
		IF nl < 2 THEN
			RETURN QUERY SELECT format('%I::%s', lab || 'text', tn), 0, 1, 1;
		END IF;
		RETURN QUERY SELECT format('%L::%s', 'two-sided', tn), 0, 0, 2;
		RETURN QUERY SELECT format('%L::%s', 'mean', tn), 0, 0, 3;
	ELSIF t = 'boolean'::regtype THEN
		IF nl < 2 THEN
			RETURN QUERY SELECT format('%I', lab || 'bool'), 0, 1, 1;
		END IF;
	ELSIF t IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN
		IF nl < 2 THEN
			RETURN QUERY SELECT format('%I', lab || (SELECT typname FROM pg_type WHERE oid = t)), 0, 1, 1;
		END IF;
		RETURN QUERY SELECT format('2::%s', tn), 0, 0, 2;
		RETURN QUERY SELECT format('(%I %% 2)::%s', 'id', tn), 0, 0, 3;
	ELSIF t = 'float8[]'::regtype THEN
		RETURN QUERY SELECT format('ARRAY[%I, %I]', 'x2', 'x3'), 0, 0, 1;
	ELSIF pkpc_check.is_polymorphic(t) AND t NOT IN ('anyarray'::regtype,
			'anycompatiblearray'::regtype, 'anyrange'::regtype,
			'anycompatiblerange'::regtype, 'anymultirange'::regtype,
			'anycompatiblemultirange'::regtype) THEN
		IF nl < 2 THEN
			RETURN QUERY SELECT format('%I', lab || 'enum'), 0, 1, 1;
		END IF;
	END IF;
	-- any other type: no option, so no candidate call
END
$$;

-- Every argument list for types[pos:], as arrays of expressions, best first.
CREATE FUNCTION pkpc_check.candidates(types oid[], pos int DEFAULT 1,
	nx int DEFAULT 0, nl int DEFAULT 0)
RETURNS SETOF text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
	o record;
	rest text[];
BEGIN
	IF pos > coalesce(cardinality(types), 0) THEN
		RETURN NEXT ARRAY[]::text[];
		RETURN;
	END IF;
	FOR o IN SELECT * FROM pkpc_check.arg_options(types[pos], nx, nl) ORDER BY ord LOOP
		FOR rest IN SELECT * FROM pkpc_check.candidates(types, pos + 1, nx + o.dx, nl + o.dl) LOOP
			RETURN NEXT ARRAY[o.expr] || rest;
		END LOOP;
	END LOOP;
END
$$;

-- Number of non-NULL scalar fields of a result (a scalar result counts 1).
CREATE FUNCTION pkpc_check.score(j jsonb) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN j IS NULL OR jsonb_typeof(j) = 'null' THEN 0
		WHEN jsonb_typeof(j) = 'object' THEN
			(SELECT count(*) FROM jsonb_each(j)
			 WHERE jsonb_typeof(value) NOT IN ('null', 'array', 'object'))::int
		ELSE 1 END
$$;

/*
 * The chosen call of every test aggregate overload on table tbl:
 * call = 'nsp.name(args)' (args as SQL text), or NULL with the reason in
 * problem.
 */
CREATE TABLE pkpc_check.calls (
	fn oid PRIMARY KEY,
	signature text NOT NULL,
	name text NOT NULL,
	nsp text NOT NULL,
	args text,
	call text,
	polymorphic boolean NOT NULL,
	partial_call text,
	merge_fn text,
	problem text
);

CREATE FUNCTION pkpc_check.pick_calls(tbl text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	a record;
	cand text[];
	c text;
	best text;
	best_score int;
	sc int;
	res jsonb;
	err text;
	st text;
	has_twin boolean;
BEGIN
	DELETE FROM pkpc_check.calls;
	FOR a IN SELECT * FROM pkpc_check.test_aggregates ORDER BY signature LOOP
		best := NULL;
		best_score := -1;
		err := NULL;
		FOR cand IN SELECT * FROM pkpc_check.candidates(a.argtypes) LOOP
			c := format('%I.%I(%s)', a.nsp, a.name, array_to_string(cand, ', '));
			BEGIN
				EXECUTE format('SELECT to_jsonb(%s) FROM %I.%I', c, 'pkpc_check', tbl) INTO res;
				sc := pkpc_check.score(res);
				IF sc > best_score THEN
					best := array_to_string(cand, ', ');
					best_score := sc;
				END IF;
			EXCEPTION WHEN OTHERS THEN
				err := SQLERRM;
			END;
		END LOOP;
		has_twin := EXISTS (SELECT 1 FROM pkpc_check.ext_aggregates p
							WHERE p.name = a.name || '_partial' AND p.nsp = a.nsp
							  AND p.argtypes = a.argtypes);
		INSERT INTO pkpc_check.calls
			VALUES (a.fn, a.signature, a.name, a.nsp, best,
					CASE WHEN best IS NOT NULL THEN format('%I.%I(%s)', a.nsp, a.name, best) END,
					EXISTS (SELECT 1 FROM unnest(a.argtypes) t WHERE pkpc_check.is_polymorphic(t)),
					CASE WHEN best IS NOT NULL AND has_twin
						 THEN format('%I.%I(%s)', a.nsp, a.name || '_partial', best) END,
					CASE WHEN has_twin THEN format('%I.%I', a.nsp, a.name || '_merge') END,
					CASE WHEN best IS NULL THEN
						coalesce('no generated call runs: ' || err,
								 'no way to generate an argument of type(s) ' ||
								 (SELECT string_agg(format_type(t, NULL), ', ') FROM unnest(a.argtypes) t))
					END);
	END LOOP;
END
$$;

/*
 * Field-by-field comparison of two results (to_jsonb of a composite or of a
 * scalar): every field must be identical, whatever the plan or the order in
 * which states were merged (moment tests keep exact sums).  rel is the
 * relative difference of two numbers, for the report.
 */
CREATE FUNCTION pkpc_check.compare(a jsonb, b jsonb,
	OUT field text, OUT va text, OUT vb text, OUT rel float8, OUT ok boolean)
RETURNS SETOF record LANGUAGE sql IMMUTABLE AS $$
	WITH fa AS (
		SELECT key, value FROM jsonb_each(a) WHERE jsonb_typeof(a) = 'object'
		UNION ALL SELECT '(value)', a WHERE jsonb_typeof(a) IS DISTINCT FROM 'object'
	), fb AS (
		SELECT key, value FROM jsonb_each(b) WHERE jsonb_typeof(b) = 'object'
		UNION ALL SELECT '(value)', b WHERE jsonb_typeof(b) IS DISTINCT FROM 'object'
	), j AS (
		SELECT coalesce(fa.key, fb.key) AS k, fa.value AS x, fb.value AS y
		FROM fa FULL JOIN fb ON fa.key = fb.key
	)
	SELECT k, x::text, y::text,
		   CASE WHEN jsonb_typeof(x) = 'number' AND jsonb_typeof(y) = 'number'
				 AND x::text::numeric <> y::text::numeric
				THEN (abs(x::text::numeric - y::text::numeric) /
					  greatest(abs(x::text::numeric), abs(y::text::numeric)))::float8
		   END,
		   x IS NOT DISTINCT FROM y
	FROM j ORDER BY k
$$;

/*
 * One line per comparison for the shell: 'ok' or 'FAIL', check name, detail
 * (the worst field, or the fields that differ).
 */
CREATE FUNCTION pkpc_check.compare_line(check_name text, a jsonb, b jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE
		WHEN a IS NULL OR b IS NULL THEN format('FAIL|%s|a result is NULL', check_name)
		WHEN bool_and(ok) THEN format('ok|%s|%s fields, identical', check_name, count(*))
		ELSE format('FAIL|%s|%s', check_name,
					string_agg(format('%s: %s vs %s (relative difference %s)',
									  field, va, vb, rel), '; ') FILTER (WHERE NOT ok))
		END
	FROM pkpc_check.compare(a, b)
$$;
