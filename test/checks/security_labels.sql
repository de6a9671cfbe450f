-- security_labels.sql: run by test/checks/security.sh.  Part 1 (as the
-- untrusted role :mal) builds the trap; part 2 (as a superuser) runs every
-- labelled aggregate over the trap's table; security.sh then checks that
-- the trap never ran and the role is still not a superuser.
--
-- The trap: a domain whose CHECK calls a function that makes its owner a
-- superuser when a superuser runs it, and records every call.  Labels are
-- the domain, a composite of it, and an array of it.  pkpcohort must compare
-- such labels with their types' btree comparisons on values (which never
-- evaluate a domain's CHECK), and must never turn a label back into a value
-- with an input function; a state's text that names such a type must be
-- rejected before any of it is read.
\set ON_ERROR_STOP 1
\if :part1
CREATE SCHEMA mal;
CREATE TABLE mal.calls (who text);
GRANT USAGE ON SCHEMA mal TO PUBLIC;
GRANT INSERT, SELECT ON mal.calls TO PUBLIC;
CREATE FUNCTION mal.trap(v int) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
	INSERT INTO mal.calls VALUES (current_user);
	IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
		EXECUTE format('ALTER ROLE %I SUPERUSER',
					   (SELECT proowner::regrole::text FROM pg_proc WHERE oid = 'mal.trap'::regproc));
	END IF;
	RETURN true;
END $f$;
CREATE DOMAIN mal.dint AS int CHECK (mal.trap(VALUE));
CREATE TYPE mal.lbl AS (a mal.dint, b text);
CREATE TABLE mal.data AS
	SELECT i::float8 AS v, (i * 0.37)::float8 AS w, (i % 2)::mal.dint AS d,
		   ROW((i % 2)::mal.dint, 'x')::mal.lbl AS l, ARRAY[(i % 2)::mal.dint] AS a
	FROM generate_series(1, 30) i;
GRANT SELECT ON mal.data TO PUBLIC;
TRUNCATE mal.calls;
\else
\set ON_ERROR_STOP 0
SET max_parallel_workers_per_gather = 0;
SELECT (independent_t(v, l)).n1, (levene_test(v, l)).k, (mann_whitney_u(v, l)).u,
	   (log_rank(v, v > 10, l)).k, (chi_square(l, d)).n, (chi_square(a, l)).n,
	   (independent_t(v, d)).n1, (mann_whitney_u(v, a)).u
FROM mal.data;
SELECT count(*) FROM (SELECT d, levene_test(v, l) FROM mal.data GROUP BY d) q;
SELECT levene_test_merge(s) FROM (SELECT levene_test_partial(v, l) s FROM mal.data) q;
-- a parallel plan ships states between processes in their flat form
SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT (mann_whitney_u(v, l)).u, (chi_square(l, a)).n FROM mal.data;
RESET max_parallel_workers_per_gather;
-- no text or binary form for labels of such a type
SELECT levene_test_partial(v, l)::text FROM mal.data;
SELECT levene_test_merge('levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=other labeltype="mal.lbl" groups=1 group label="(1,x)" n=1 values=1 end');
SELECT chi_square_merge('chi_square v2 skipped=0 rows=other cols=integer rowtype="mal.dint" nrows=1 ncols=1 ncells=1 row "1" col 1 cells 0,0,1 end');
\endif
