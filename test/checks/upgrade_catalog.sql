-- upgrade_catalog.sql: the member objects of pkpcohort with everything that
-- defines them (comments included, also those of the result types' fields),
-- one sorted line each, for test/checks/upgrade.sh to compare
-- an upgraded database with a fresh install.  No OIDs: names only, so that
-- two databases can be compared.
WITH members AS (
	SELECT d.classid, d.objid, d.objsubid
	FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	  AND e.extname = 'pkpcohort'
)
SELECT line FROM (
	SELECT concat_ws('|', 'obj', pg_describe_object(m.classid, m.objid, m.objsubid),
					 'comment=' || coalesce(obj_description(m.objid, m.classid::regclass::text), ''))
		AS line
	FROM members m
	UNION ALL
	SELECT concat_ws('|', 'fn', p.oid::regprocedure, p.prokind, p.prorettype::regtype,
					 p.provolatile, p.proparallel, p.proisstrict, p.prosecdef,
					 array_to_string(p.proargnames, ','), pg_get_expr(p.proargdefaults, 0),
					 p.prosrc, p.probin, p.proconfig, p.proacl)
	FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
	UNION ALL
	SELECT concat_ws('|', 'agg', a.aggfnoid::regprocedure, a.aggkind, a.aggnumdirectargs,
					 a.aggtransfn::regprocedure, a.aggfinalfn::regproc, a.aggcombinefn::regproc,
					 a.aggserialfn::regproc, a.aggdeserialfn::regproc, a.aggtranstype::regtype,
					 a.aggfinalmodify, a.aggfinalextra, a.agginitval, a.aggtransspace)
	FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
	UNION ALL
	SELECT concat_ws('|', 'type', t.oid::regtype, t.typtype, t.typlen, t.typalign, t.typstorage,
					 t.typinput::regproc, t.typoutput::regproc, t.typreceive::regproc,
					 t.typsend::regproc,
					 (SELECT string_agg(at.attname || ' ' || format_type(at.atttypid, at.atttypmod),
										', ' ORDER BY at.attnum)
					  FROM pg_attribute at WHERE at.attrelid = t.typrelid AND at.attnum > 0
					  AND NOT at.attisdropped))
	FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	UNION ALL
	-- the fields of composite (result) types with their comments, which
	-- belong to the type's relation and so are not member objects themselves
	-- (numbered by position among the live fields: an upgrade that drops
	-- and re-adds a field leaves a dropped attnum behind)
	SELECT concat_ws('|', 'col', t.oid::regtype,
					 row_number() OVER (PARTITION BY t.oid ORDER BY a.attnum), a.attname,
					 format_type(a.atttypid, a.atttypmod),
					 'comment=' || coalesce(col_description(t.typrelid, a.attnum), ''))
	FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
	WHERE t.typtype = 'c'
) q
ORDER BY line;
