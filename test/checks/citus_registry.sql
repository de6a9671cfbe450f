/*
 * test/checks/citus_registry.sql — the registry of the Citus check, twice:
 * distributed over the workers (schema pkpc_dist) and as plain tables on the
 * coordinator (schema pkpc_local), the single-server answer.  Loaded by
 * citus.sh on the coordinator after testagg.sql and make_data('data', n),
 * with the psql variable per = visits per patient.
 *
 *   hospital   6 hospitals in 3 regions                 reference table
 *   patient    one row per patient, at a hospital       distributed by patient_id
 *   procedure  one treated level per patient            distributed by patient_id
 *   visit      long format: one row per patient and     distributed by patient_id
 *              visit, the measured values and labels
 *              of pkpc_check.data (x1..x3, l1_*, l2_*),
 *              so that the generated calls of
 *              testagg.sql run on it unchanged
 *
 * patient, procedure and visit are co-located (same shard for a patient), so
 * a join on patient_id runs on the workers; hospital is on every node.
 */
SET client_min_messages = warning;
CREATE SCHEMA pkpc_local;
CREATE SCHEMA pkpc_dist;

CREATE TABLE pkpc_local.hospital (
	hospital_id integer PRIMARY KEY,
	name        text NOT NULL,
	region      text NOT NULL
);
INSERT INTO pkpc_local.hospital VALUES
	(1, 'St Anne', 'north'), (2, 'Lakeside', 'north'), (3, 'University', 'central'),
	(4, 'Riverside', 'central'), (5, 'Harbour', 'south'), (6, 'Hillcrest', 'south');

CREATE TABLE pkpc_local.visit AS
SELECT 1 + (id - 1) / :per AS patient_id, 1 + (id - 1) % :per AS visit_no, d.*
FROM pkpc_check.data d ORDER BY id;
ALTER TABLE pkpc_local.visit ADD PRIMARY KEY (patient_id, visit_no);

CREATE TABLE pkpc_local.patient AS
SELECT patient_id, 1 + (patient_id * 5) % 6 AS hospital_id,
	   (ARRAY['female', 'male'])[1 + patient_id % 2] AS sex
FROM (SELECT DISTINCT patient_id FROM pkpc_local.visit) p ORDER BY patient_id;
ALTER TABLE pkpc_local.patient ADD PRIMARY KEY (patient_id),
	ADD FOREIGN KEY (hospital_id) REFERENCES pkpc_local.hospital;

CREATE TABLE pkpc_local.procedure AS
SELECT patient_id, patient_id AS procedure_id,
	   CASE WHEN patient_id % 4 = 0 THEN 'unilateral' ELSE 'bilateral' END AS approach,
	   CASE WHEN patient_id % 3 = 0 THEN 'SP' ELSE 'CF' END AS cement_pattern
FROM pkpc_local.patient ORDER BY patient_id;
ALTER TABLE pkpc_local.procedure ADD PRIMARY KEY (patient_id, procedure_id),
	ADD FOREIGN KEY (patient_id) REFERENCES pkpc_local.patient;
ALTER TABLE pkpc_local.visit ADD FOREIGN KEY (patient_id) REFERENCES pkpc_local.patient;

-- The same tables, distributed.  Constraints that Citus enforces across
-- shards: primary keys that contain the distribution column, foreign keys
-- between co-located tables on it, and to the reference table.
CREATE TABLE pkpc_dist.hospital (LIKE pkpc_local.hospital INCLUDING ALL);
CREATE TABLE pkpc_dist.patient (LIKE pkpc_local.patient INCLUDING ALL);
CREATE TABLE pkpc_dist.procedure (LIKE pkpc_local.procedure INCLUDING ALL);
CREATE TABLE pkpc_dist.visit (LIKE pkpc_local.visit INCLUDING ALL);
SELECT create_reference_table('pkpc_dist.hospital');
SELECT create_distributed_table('pkpc_dist.patient', 'patient_id');
SELECT create_distributed_table('pkpc_dist.procedure', 'patient_id', colocate_with => 'pkpc_dist.patient');
SELECT create_distributed_table('pkpc_dist.visit', 'patient_id', colocate_with => 'pkpc_dist.patient');
ALTER TABLE pkpc_dist.patient ADD FOREIGN KEY (hospital_id) REFERENCES pkpc_dist.hospital;
ALTER TABLE pkpc_dist.procedure ADD FOREIGN KEY (patient_id) REFERENCES pkpc_dist.patient;
ALTER TABLE pkpc_dist.visit ADD FOREIGN KEY (patient_id) REFERENCES pkpc_dist.patient;
INSERT INTO pkpc_dist.hospital SELECT * FROM pkpc_local.hospital;
INSERT INTO pkpc_dist.patient SELECT * FROM pkpc_local.patient;
INSERT INTO pkpc_dist.procedure SELECT * FROM pkpc_local.procedure;
INSERT INTO pkpc_dist.visit SELECT * FROM pkpc_local.visit ORDER BY patient_id, visit_no;
ANALYZE pkpc_local.hospital, pkpc_local.patient, pkpc_local.procedure, pkpc_local.visit;
