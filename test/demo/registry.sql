-- test/demo/registry.sql — a spine-augmentation registry a hospital could keep.
--
-- One row per patient, per procedure (one treated level; the study's patients
-- had exactly one), per assessment (a procedure at a time point), per
-- complication, and the patient's vital status.  What is measured is stored
-- raw (VAS 0-10, the ten ODI section scores, the vertebral heights in mm, the
-- SF-36 score); what is derived (ODI %, VBH %, location class, follow-up) is
-- computed by the study views (test/demo/views.sql), so a correction to a raw
-- value is never out of step with the analysis.
--
-- Re-running this file drops and recreates the schema `registry`.

DROP SCHEMA IF EXISTS registry CASCADE;
CREATE SCHEMA registry;
COMMENT ON SCHEMA registry IS 'spine-augmentation registry (demo: synthetic cohort of the PKP cement-pattern study)';

CREATE TABLE registry.patient (
	patient_id      integer PRIMARY KEY,
	hospital_number text NOT NULL UNIQUE,
	sex             text NOT NULL CHECK (sex IN ('male', 'female')),
	birth_date      date NOT NULL,
	primary_tumour  text                -- site of the primary cancer, free text
);
COMMENT ON TABLE registry.patient IS 'one row per patient';

-- Levels a vertebral augmentation can treat: T1-T12, L1-L5, S1.
CREATE TABLE registry.procedure (
	procedure_id          integer PRIMARY KEY,
	patient_id            integer NOT NULL REFERENCES registry.patient,
	procedure_date        date NOT NULL,
	level                 text NOT NULL
		CHECK (level ~ '^(T([1-9]|1[0-2])|L[1-5]|S1)$'),
	approach              text NOT NULL CHECK (approach IN ('unilateral', 'bilateral')),
	cement_pattern        text NOT NULL CHECK (cement_pattern IN ('CF', 'SP')),
	cement_volume_ml      numeric(4,1) NOT NULL CHECK (cement_volume_ml > 0),
	duration_min          integer NOT NULL CHECK (duration_min > 0),
	lesion_type           text NOT NULL
		CHECK (lesion_type IN ('osteolytic', 'osteoblastic-related')),
	posterior_involvement boolean NOT NULL,  -- posterior body wall and/or pedicle
	invasion_pct          integer NOT NULL CHECK (invasion_pct BETWEEN 0 AND 100)
);
COMMENT ON TABLE registry.procedure IS 'one row per treated vertebral level';
COMMENT ON COLUMN registry.procedure.cement_pattern IS
	'bone-cement distribution on the post-operative frontal radiograph: CF confluent, SP separated';
COMMENT ON COLUMN registry.procedure.invasion_pct IS
	'percentage of the vertebral body volume invaded by tumour (pre-operative CT/MRI)';

CREATE TABLE registry.timepoint (
	timepoint  text PRIMARY KEY,
	label      text NOT NULL,
	sort_order integer NOT NULL UNIQUE
);
INSERT INTO registry.timepoint VALUES
	('pre', 'pre-operative', 0), ('3d', '3 days', 1), ('1m', '1 month', 2),
	('3m', '3 months', 3), ('1y', '1 year', 4);
COMMENT ON TABLE registry.timepoint IS 'the scheduled assessment time points';

-- Heights (mm, lateral radiograph): anterior and middle heights of the treated
-- (index) vertebra and of the vertebrae above (upper) and below (lower), the
-- measurements behind VBH % = B / ((A + C) / 2) x 100 (the study's Fig. 2).
CREATE TABLE registry.assessment (
	procedure_id      integer NOT NULL REFERENCES registry.procedure,
	timepoint         text NOT NULL REFERENCES registry.timepoint,
	assessed_on       date NOT NULL,
	vas               integer CHECK (vas BETWEEN 0 AND 10),
	odi_sections      integer[] CHECK (cardinality(odi_sections) = 10
	                                   AND 0 <= ALL (odi_sections) AND 5 >= ALL (odi_sections)),
	upper_anterior_mm numeric(4,1) CHECK (upper_anterior_mm > 0),
	index_anterior_mm numeric(4,1) CHECK (index_anterior_mm > 0),
	lower_anterior_mm numeric(4,1) CHECK (lower_anterior_mm > 0),
	upper_middle_mm   numeric(4,1) CHECK (upper_middle_mm > 0),
	index_middle_mm   numeric(4,1) CHECK (index_middle_mm > 0),
	lower_middle_mm   numeric(4,1) CHECK (lower_middle_mm > 0),
	sf36_score        integer,
	PRIMARY KEY (procedure_id, timepoint)
);
COMMENT ON TABLE registry.assessment IS 'one row per procedure and time point at which the patient was assessed';
COMMENT ON COLUMN registry.assessment.odi_sections IS
	'Oswestry Disability Index, the ten section scores 0-5 in questionnaire order; NULL element = unanswered';

CREATE TABLE registry.complication (
	complication_id serial PRIMARY KEY,
	procedure_id    integer NOT NULL REFERENCES registry.procedure,
	kind            text NOT NULL,       -- 'cement leakage', 'infection', ...
	leakage_site    text CHECK (leakage_site IN ('intervertebral disc', 'basivertebral foramen',
	                                             'puncture trajectory (pedicle)', 'venous plexus',
	                                             'paraspinal tissue')),
	sir_grade       char(1) NOT NULL CHECK (sir_grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
	noted_on        date NOT NULL,
	CHECK ((kind = 'cement leakage') = (leakage_site IS NOT NULL))
);
COMMENT ON COLUMN registry.complication.sir_grade IS
	'Society of Interventional Radiology outcome grade: A-B minor, C-F major';

CREATE TABLE registry.vital_status (
	patient_id  integer PRIMARY KEY REFERENCES registry.patient,
	status      text NOT NULL CHECK (status IN ('alive', 'dead')),
	status_date date NOT NULL           -- date of death, or last date known alive
);
COMMENT ON TABLE registry.vital_status IS 'latest known vital status per patient';
