-- test/demo/location.sql — the location of the treated level: the paper's
-- classes against the Spinal Instability Neoplastic Score's own.

\echo
\echo '== Location of the treated level: the paper''s classes against the SINS classes'
\echo '   (the paper puts L5-S1 with T3-T10; the SINS counts L5-S1 as junctional)'
SELECT r.location, r.sins_class, r.sins_points,
	   count(*) FILTER (WHERE r.grp = 'CF') AS cf, count(*) FILTER (WHERE r.grp = 'SP') AS sp
FROM study.patient_row r
LEFT JOIN study.level l ON l.variable = 'location' AND l.level = r.location
GROUP BY l.position, r.location, r.sins_class, r.sins_points
ORDER BY l.position, r.sins_points DESC;
SELECT 'SINS classes' AS classes, format_p((cs).p_value) AS p_chi_square,
	   format_p((cs).p_fisher) AS p_fisher
FROM (SELECT chi_square(sins_class, grp) AS cs FROM study.patient_row) q;
