-- security_calls.sql: run by test/checks/security.sh as the NON-superuser
-- owner of a fresh database, right after it created the extension.
--
-- Calls every aggregate and function of pkpcohort, generated from the
-- catalog (so later families are covered without editing this file), and
-- prints one line per call:
--   CALL ok   <signature> => <result>          it ran and returned a value
--   CALL rej  <signature> <sqlstate> <message> it ran and rejected every
--                                              sample argument list cleanly
--   CALL bad  <signature> <sqlstate> <message> privilege or internal error
--   STMT <statement>                         the statement of the ok line above
-- then the state types' text and binary output (ROUNDTRIP lines).
--
-- Arguments are chosen by type and position: the first float8 of an
-- aggregate is the varying data column, later float8 arguments are 0.95
-- (a valid conf_level, mean, sd...); label types (bool, integers,
-- anyelement) vary between two groups, and are also tried as a label that
-- differs on every row (a subject of a repeated-measures design: one row
-- per subject and condition); each text argument is tried as a label,
-- 'two-sided', 'median' and such a label in turn (at most 81 combinations); a
-- state-type argument is a state produced by the extension's own *_partial
-- aggregates in the first pass.  Support functions (transition, final,
-- combine, type I/O) are reached through their aggregates and types.
-- The data are generate_series(1, N) i, N = setting pkpc.sample_rows (40).
-- Functions and types are visited in the order of their signatures, so
-- that the output does not depend on the order in which an install or an
-- upgrade created them (test/checks/upgrade.sh compares the two).
\set ON_ERROR_STOP 1
SET client_min_messages = notice;

CREATE TEMP TABLE state_samples (typ regtype PRIMARY KEY, val text NOT NULL);

CREATE FUNCTION pg_temp.pkpc_ext_types() RETURNS SETOF oid LANGUAGE sql STABLE AS $$
	SELECT t.oid FROM pg_type t
	JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pkpcohort'
	WHERE t.typtype = 'b'
$$;

DO $do$
DECLARE
	f record;
	pass int;
	k int;
	c int;
	ncomb int;
	j int;
	nfloat int;
	nlabel int;
	args text[];
	stmt text;
	fromc text;
	res text;
	ok boolean;
	st text;
	msg text;
	last_st text;
	last_msg text;
	state_typ oid;
	label_exprs text[] := ARRAY['(i % 2)', '((i / 3) % 2)'];
	cand text[];
	ncand int[];
	nargs int;
BEGIN
	FOR pass IN 1 .. 2 LOOP
		FOR f IN
			SELECT p.oid, p.prokind, p.oid::regprocedure::text AS sig,
				   p.proname, ARRAY(SELECT unnest(p.proargtypes::oid[])) AS argtypes, p.prorettype
			FROM pg_proc p
			JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
			JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pkpcohort'
			WHERE p.prokind IN ('a', 'f')
			  AND NOT EXISTS (SELECT 1 FROM pg_aggregate a
							  WHERE p.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
											  a.aggserialfn, a.aggdeserialfn))
			  AND NOT EXISTS (SELECT 1 FROM pg_type t
							  WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
			ORDER BY p.oid::regprocedure::text
		LOOP
			state_typ := NULL;
			SELECT a INTO state_typ FROM unnest(f.argtypes) a
				WHERE a IN (SELECT pg_temp.pkpc_ext_types()) LIMIT 1;
			CONTINUE WHEN (pass = 1) = (state_typ IS NOT NULL);

			-- candidate expressions per argument (at most 4 each), tried as
			-- a mixed-radix counter over at most 81 combinations
			nargs := coalesce(array_length(f.argtypes, 1), 0);
			cand := array_fill(NULL::text, ARRAY[greatest(nargs, 1), 4]);
			ncand := array_fill(1, ARRAY[greatest(nargs, 1)]);
			nfloat := 0;
			nlabel := 0;
			FOR j IN 1 .. nargs LOOP
				IF f.argtypes[j] IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype,
									 'bool'::regtype, 'anyelement'::regtype, 'anycompatible'::regtype,
									 'text'::regtype)
				   AND f.prokind = 'a' THEN
					nlabel := nlabel + 1;
				END IF;
				IF f.argtypes[j] = 'float8'::regtype THEN
					nfloat := nfloat + 1;
					IF f.prokind = 'a' AND nfloat = 1 THEN
						cand[j][1] := '(i * 0.37 + (i % 7) * 1.1)::float8';
					ELSIF f.prokind = 'a' THEN
						cand[j][1] := '0.95::float8';
						cand[j][2] := '(i * 0.37 + (i % 5) * 1.3)::float8';
						ncand[j] := 2;
					ELSE
						cand[j][1] := '0.3::float8';
						cand[j][2] := '2.5::float8';
						ncand[j] := 2;
					END IF;
				ELSIF f.argtypes[j] IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN
					IF f.prokind = 'a' THEN
						cand[j][1] := format('%s::%s', label_exprs[least(nlabel, 2)], f.argtypes[j]::regtype);
						cand[j][2] := format('1::%s', f.argtypes[j]::regtype);
						cand[j][3] := format('i::%s', f.argtypes[j]::regtype);
						ncand[j] := 3;
					ELSE
						cand[j][1] := format('10::%s', f.argtypes[j]::regtype);
					END IF;
				ELSIF f.argtypes[j] = 'bool'::regtype THEN
					cand[j][1] := format('(%s = 0)', label_exprs[least(nlabel, 2)]);
					IF f.prokind = 'a' THEN
						cand[j][2] := 'true';
						cand[j][3] := '(CASE WHEN i = 1 THEN true END)';
						ncand[j] := 3;
					END IF;
				ELSIF f.argtypes[j] IN ('anyelement'::regtype, 'anycompatible'::regtype) THEN
					cand[j][1] := format('%s::numeric', label_exprs[least(nlabel, 2)]);
					cand[j][2] := 'i::numeric';
					ncand[j] := 2;
				ELSIF f.argtypes[j] = 'text'::regtype THEN
					IF f.prokind = 'a' THEN
						cand[j][1] := format('(''g'' || %s)', label_exprs[least(nlabel, 2)]);
						cand[j][2] := '''two-sided''::text';
						cand[j][3] := '''median''::text';
						cand[j][4] := '(''s'' || i)';
						ncand[j] := 4;
					ELSE
						cand[j][1] := '''two-sided''::text';
						cand[j][2] := '''median''::text';
						ncand[j] := 2;
					END IF;
				ELSIF f.argtypes[j] = state_typ THEN
					cand[j][1] := 's';
				ELSE
					cand[j][1] := format('NULL::%s', f.argtypes[j]::regtype);
				END IF;
			END LOOP;
			ncomb := 1;
			FOR j IN 1 .. nargs LOOP
				ncomb := least(ncomb * ncand[j], 81);
			END LOOP;
			ok := false;
			last_st := NULL;
			FOR c IN 0 .. ncomb - 1 LOOP
				args := '{}';
				k := c;
				FOR j IN 1 .. nargs LOOP
					args := args || cand[j][1 + k % ncand[j]];
					k := k / ncand[j];
				END LOOP;

				IF state_typ IS NOT NULL THEN
					fromc := format('(SELECT val::%1$s AS s FROM state_samples WHERE typ = %2$s '
									'UNION ALL SELECT val::%1$s FROM state_samples WHERE typ = %2$s) q',
									state_typ::regtype, quote_literal(state_typ::regtype::text) || '::regtype');
				ELSE
					fromc := format('generate_series(1, %s) i', coalesce(nullif(current_setting('pkpc.sample_rows', true), ''), '40'));
				END IF;
				IF f.prokind = 'a' THEN
					stmt := format('SELECT %s(%s)::text FROM %s', f.oid::regproc, array_to_string(args, ', '), fromc);
				ELSE
					stmt := format('SELECT %s(%s)::text', f.oid::regproc, array_to_string(args, ', '));
				END IF;
				BEGIN
					EXECUTE stmt INTO res;
					ok := true;
				EXCEPTION WHEN OTHERS THEN
					GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
					-- privilege and internal errors are reported at once
					IF st LIKE '42%' OR st LIKE 'XX%' OR st LIKE '58%' THEN
						last_st := st;
						last_msg := msg;
						EXIT;
					END IF;
					last_st := st;
					last_msg := msg;
				END;
				EXIT WHEN ok;
			END LOOP;

			IF ok THEN
				RAISE NOTICE 'CALL ok   % => %', f.sig, res;
				RAISE NOTICE 'STMT %', stmt;
				IF f.prorettype IN (SELECT pg_temp.pkpc_ext_types()) AND res IS NOT NULL THEN
					INSERT INTO state_samples VALUES (f.prorettype, res) ON CONFLICT DO NOTHING;
				END IF;
			ELSIF last_st LIKE '42%' OR last_st LIKE 'XX%' OR last_st LIKE '58%' OR last_st IS NULL THEN
				RAISE NOTICE 'CALL bad  % % % [%]', f.sig, last_st, last_msg, stmt;
			ELSE
				RAISE NOTICE 'CALL rej  % % % [%]', f.sig, last_st, last_msg, stmt;
			END IF;
		END LOOP;
	END LOOP;

	-- every state type: text round trip (in/out) and binary output (send)
	FOR f IN SELECT t.oid::regtype AS typ, t.typsend::regproc AS send, s.val
			 FROM pg_type t LEFT JOIN state_samples s ON s.typ = t.oid
			 WHERE t.oid IN (SELECT pg_temp.pkpc_ext_types()) ORDER BY t.oid::regtype::text
	LOOP
		IF f.val IS NULL THEN
			RAISE NOTICE 'ROUNDTRIP bad  % no value produced by any aggregate', f.typ;
			CONTINUE;
		END IF;
		BEGIN
			EXECUTE format('SELECT (%L::%s)::text', f.val, f.typ) INTO res;
			EXECUTE format('SELECT %s(%L::%s)', f.send, f.val, f.typ) INTO msg;
			IF res = f.val THEN
				RAISE NOTICE 'ROUNDTRIP ok   %', f.typ;
			ELSE
				RAISE NOTICE 'ROUNDTRIP bad  % text form changed', f.typ;
			END IF;
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
			RAISE NOTICE 'ROUNDTRIP bad  % % %', f.typ, st, msg;
		END;
	END LOOP;
END
$do$;
