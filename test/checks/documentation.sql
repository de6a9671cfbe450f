-- documentation.sql: the catalog half of test/checks/documentation.sh.
-- Prints "ok|check|detail" or "FAIL|check|detail" lines, and "doc|..." lines
-- that documentation.sh checks against README.md.  Every object comes from
-- the catalog (pg_depend on the extension), so a new function, result type
-- or field is covered without an edit.
WITH members AS (
	SELECT d.classid, d.objid
	FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	  AND e.extname = 'pkpcohort'
),
composite AS (
	SELECT t.oid AS typid, t.typname, t.typrelid
	FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	WHERE t.typtype = 'c'
),
fields AS (
	SELECT c.typname, a.attnum, a.attname,
		   coalesce(col_description(c.typrelid, a.attnum), '') AS descr
	FROM composite c
	JOIN pg_attribute a ON a.attrelid = c.typrelid AND a.attnum > 0 AND NOT a.attisdropped
),
objects AS (
	SELECT pg_describe_object(m.classid, m.objid, 0) AS what,
		   coalesce(obj_description(m.objid, m.classid::regclass::text), '') AS descr
	FROM members m
	WHERE m.classid IN ('pg_proc'::regclass, 'pg_type'::regclass)
	  -- array types and the relations behind composite types carry no comment
	  AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE m.classid = 'pg_type'::regclass
					  AND t.oid = m.objid AND t.typcategory = 'A')
),
-- what users call: not the support functions of the aggregates and types
user_functions AS (
	SELECT DISTINCT p.proname
	FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
	WHERE p.proname !~ '_(trans|final|combine|state_in|state_out|state_recv|state_send)$'
)
SELECT line FROM (
	-- one check per composite type: every field has a comment
	SELECT 1 AS k, typname AS sortkey,
		   CASE WHEN bool_and(descr <> '') THEN 'ok' ELSE 'FAIL' END
		   || '|COMMENT ON COLUMN for every field of ' || typname || '|'
		   || CASE WHEN bool_and(descr <> '') THEN count(*) || ' fields'
			  ELSE 'no comment on ' || string_agg(attname, ', ' ORDER BY attnum)
				   FILTER (WHERE descr = '') END AS line
	FROM fields GROUP BY typname
	UNION ALL
	SELECT 2, '', CASE WHEN count(*) > 0 THEN 'ok' ELSE 'FAIL' END
		   || '|the extension has composite result types|' || count(*) || ' types'
	FROM composite
	UNION ALL
	-- every function, aggregate and type of the extension has a comment
	SELECT 3, '', CASE WHEN bool_and(descr <> '') THEN 'ok' ELSE 'FAIL' END
		   || '|COMMENT ON every function, aggregate and type|'
		   || CASE WHEN bool_and(descr <> '') THEN count(*) || ' objects'
			  ELSE 'no comment on ' || string_agg(what, ', ' ORDER BY what)
				   FILTER (WHERE descr = '') END
	FROM objects
	UNION ALL
	-- for documentation.sh: what README.md must name
	SELECT 4, typname || lpad(attnum::text, 4, '0'), 'field|' || typname || '|' || attname
	FROM fields
	UNION ALL
	SELECT 5, proname, 'function|' || proname || '|'
	FROM user_functions
) q
ORDER BY k, sortkey;
