-- test/demo/views.sql — the study's variables, derived from the registry.
--
-- Schema `study`: the paper's printed tables (study.paper_tables, loaded by
-- test/demo/paper.sql) and these views, which turn registry rows into the
-- analysis variables of the PKP cement-pattern study:
--
--   study.patient_row   one row per procedure: group (cement pattern) and the
--                       Table 1 / Table 3 variables
--   study.level         the levels of each counted variable, in the order the
--                       paper lists them
--   study.categorical   (procedure, group, variable, level, position) for every
--                       counted variable
--   study.measurement   (procedure, group, variable, time point, value) for every
--                       measured variable; Table 1's have time point NULL
--   study.variable      how each measured variable is compared (score data or
--                       continuous), as the paper's methods say
--
-- Re-running this file recreates the views (and keeps study.paper_tables).

CREATE SCHEMA IF NOT EXISTS study;
DROP VIEW IF EXISTS study.measurement, study.categorical, study.patient_row CASCADE;
DROP TABLE IF EXISTS study.variable, study.level CASCADE;

-- The paper: "Comparisons of continuous parameters and score data between the
-- groups were carried out with the independent-sample t-test and Mann-Whitney U
-- test, respectively.  For non-normally distributed variables, a two sample
-- nonparametric test was employed."  kind 'score': always Mann-Whitney;
-- kind 'continuous': t-test if normal in both groups, else Mann-Whitney.
CREATE TABLE study.variable (
	variable text PRIMARY KEY,
	kind     text NOT NULL CHECK (kind IN ('continuous', 'score')),
	label    text NOT NULL
);
INSERT INTO study.variable VALUES
	('age_years',              'continuous', 'age (years)'),
	('procedure_duration_min', 'continuous', 'procedure duration (min)'),
	('cement_volume_ml',       'continuous', 'cement volume (ml)'),
	('follow_up_months',       'continuous', 'follow-up (months)'),
	('vas',                    'score',      'VAS (0-10)'),
	('odi',                    'score',      'ODI (%)'),
	('anterior_vbh_pct',       'continuous', 'anterior VBH (%)'),
	('middle_vbh_pct',         'continuous', 'middle VBH (%)'),
	('qol_sf36',               'score',      'QoL (SF-36)');

CREATE VIEW study.patient_row AS
SELECT pr.procedure_id,
	   pr.cement_pattern AS grp,
	   extract(year FROM age(pr.procedure_date, pa.birth_date))::integer AS age_years,
	   pa.sex,
	   pr.lesion_type,
	   pr.level,
	   -- the paper's location classes: it puts L5-S1 with T3-T10 ("semi-fixed"),
	   -- where the SINS itself counts L5-S1 as junctional
	   CASE WHEN pr.level IN ('T11', 'T12', 'L1') THEN 'T11-L1 (junctional)'
			WHEN pr.level IN ('L2', 'L3', 'L4') THEN 'L2-L4 (mobile)'
			WHEN pr.level IN ('T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'L5', 'S1')
			THEN 'T3-T10 L5-S1 (semi-fixed)'
			-- junctional too by the paper's definition, but absent from its table
			WHEN pr.level IN ('T1', 'T2') THEN 'T1-T2 (junctional)'
			ELSE 'other (' || pr.level || ')' END AS location,
	   -- the Spinal Instability Neoplastic Score's own location class and points
	   (sins_location(pr.level)).class AS sins_class,
	   (sins_location(pr.level)).points AS sins_points,
	   CASE WHEN pr.posterior_involvement THEN 'yes' ELSE 'no' END AS posterior_involvement,
	   CASE WHEN pr.invasion_pct <= 75 THEN '<=75%' ELSE '>75%' END AS vertebral_invasion,
	   pr.duration_min,
	   pr.cement_volume_ml,
	   -- whole months from the procedure to death or last contact
	   (extract(year FROM age(vs.status_date, pr.procedure_date)) * 12
		+ extract(month FROM age(vs.status_date, pr.procedure_date)))::integer AS follow_up_months,
	   vs.status = 'dead' AS died,
	   vs.status = 'dead' AND vs.status_date <= pr.procedure_date + interval '3 months' AS dead_by_3m,
	   vs.status = 'dead' AND vs.status_date <= pr.procedure_date + interval '1 year' AS dead_by_1y,
	   EXISTS (SELECT 1 FROM registry.complication c
			   WHERE c.procedure_id = pr.procedure_id AND c.kind = 'cement leakage') AS leakage
FROM registry.procedure pr
JOIN registry.patient pa USING (patient_id)
LEFT JOIN registry.vital_status vs USING (patient_id);

-- The levels of each counted variable in the order the paper lists them.
-- The tests take `position` as the row label, so a table's rows come in this
-- order whatever the collation, and the odds ratio of a 2 x 2 table is the
-- odds of the first level in CF over its odds in SP (sex: male, posterior
-- involvement: yes).  Every level the views can produce is listed; a level
-- missing here would have position NULL, and the tests would skip its rows
-- and count them in n_skipped.
CREATE TABLE study.level (
	variable text NOT NULL,
	level    text NOT NULL,
	position integer NOT NULL,
	PRIMARY KEY (variable, level),
	UNIQUE (variable, position)
);
INSERT INTO study.level VALUES
	('sex', 'male', 1), ('sex', 'female', 2),
	('lesion_type', 'osteolytic', 1), ('lesion_type', 'osteoblastic-related', 2),
	('location', 'T3-T10 L5-S1 (semi-fixed)', 1), ('location', 'T11-L1 (junctional)', 2),
	('location', 'L2-L4 (mobile)', 3), ('location', 'T1-T2 (junctional)', 4),
	('posterior_involvement', 'yes', 1), ('posterior_involvement', 'no', 2),
	('vertebral_invasion', '<=75%', 1), ('vertebral_invasion', '>75%', 2);

CREATE VIEW study.categorical AS
SELECT r.procedure_id, r.grp, v.variable, v.level, l.position
FROM study.patient_row r
CROSS JOIN LATERAL (VALUES ('sex', r.sex),
						   ('lesion_type', r.lesion_type),
						   ('location', r.location),
						   ('posterior_involvement', r.posterior_involvement),
						   ('vertebral_invasion', r.vertebral_invasion)) AS v(variable, level)
LEFT JOIN study.level l ON l.variable = v.variable AND l.level = v.level;

CREATE VIEW study.measurement AS
SELECT procedure_id, grp, v.variable, NULL::text AS timepoint, v.value
FROM study.patient_row r,
	 LATERAL (VALUES ('age_years', r.age_years::float8),
					 ('procedure_duration_min', r.duration_min::float8),
					 ('cement_volume_ml', r.cement_volume_ml::float8),
					 ('follow_up_months', r.follow_up_months::float8)) AS v(variable, value)
UNION ALL
SELECT a.procedure_id, pr.cement_pattern, v.variable, a.timepoint, v.value
FROM registry.assessment a
JOIN registry.procedure pr USING (procedure_id),
	 LATERAL (VALUES
		('vas', a.vas::float8),
		-- ODI % = points / (5 x answered sections) x 100
		('odi', odi_percent(a.odi_sections)),
		-- VBH % = B / ((A + C) / 2) x 100 (the paper's Fig. 2)
		('anterior_vbh_pct', vbh_ratio(a.upper_anterior_mm::float8, a.index_anterior_mm::float8,
									   a.lower_anterior_mm::float8)),
		('middle_vbh_pct', vbh_ratio(a.upper_middle_mm::float8, a.index_middle_mm::float8,
									 a.lower_middle_mm::float8)),
		('qol_sf36', a.sf36_score::float8)) AS v(variable, value)
WHERE v.value IS NOT NULL;

-- An effect estimate with its 95 % confidence interval as the tables print it:
-- 'mean diff 1.3 (-3.9 to 6.5)', 'OR 1.00 (0.35 to 2.88)', 'Cramer V 0.22'.  Only formatting:
-- the numbers come from pkpcohort's tests.  NULL estimate: NULL; an estimate
-- without an interval (Cramer's V): the estimate alone.
CREATE OR REPLACE FUNCTION study.format_effect(kind text, estimate float8,
											   ci_lower float8, ci_upper float8)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN estimate IS NULL THEN NULL
			ELSE kind || ' '
				 || CASE WHEN kind IN ('OR', 'HR', 'Cramer V') THEN round(estimate::numeric, 2)
						 ELSE round(estimate::numeric, 1) END
				 || CASE WHEN ci_lower IS NULL OR ci_upper IS NULL THEN ''
						 WHEN kind IN ('OR', 'HR')
						 THEN format(' (%s to %s)', round(ci_lower::numeric, 2),
									 round(ci_upper::numeric, 2))
						 ELSE format(' (%s to %s)', round(ci_lower::numeric, 1),
									 round(ci_upper::numeric, 1)) END
	   END;
