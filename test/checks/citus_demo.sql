/*
 * test/checks/citus_demo.sql — the study demo's registry (test/demo/
 * registry.sql) distributed with Citus, between creating its tables and
 * loading the cohort; citus.sh runs the demo's SQL files unchanged around it.
 *
 * The demo's schema links assessments and complications to a procedure, not
 * to a patient, so procedure_id is the key that the large tables share:
 * procedure, assessment and complication are distributed by procedure_id and
 * co-located (a procedure's rows on one shard: the views' joins and the
 * correlated EXISTS run on the workers).  patient and vital_status, one row
 * per patient, and the time points are reference tables (a copy on every
 * node), which any distributed table may join.  Citus enforces a unique key
 * only when it contains the distribution column: the key of complication
 * becomes (procedure_id, complication_id), still unique.  The foreign keys
 * into procedure are dropped while the tables are distributed and recreated
 * between the co-located tables.  study.* (the paper's figures and the
 * variable list) stay on the coordinator.
 */
SET client_min_messages = warning;
ALTER TABLE registry.assessment DROP CONSTRAINT assessment_procedure_id_fkey;
ALTER TABLE registry.complication DROP CONSTRAINT complication_procedure_id_fkey;
ALTER TABLE registry.complication DROP CONSTRAINT complication_pkey;
ALTER TABLE registry.complication ADD PRIMARY KEY (procedure_id, complication_id);
SELECT create_reference_table('registry.timepoint');
SELECT create_reference_table('registry.patient');
SELECT create_reference_table('registry.vital_status');
SELECT create_distributed_table('registry.procedure', 'procedure_id');
SELECT create_distributed_table('registry.assessment', 'procedure_id', colocate_with => 'registry.procedure');
SELECT create_distributed_table('registry.complication', 'procedure_id', colocate_with => 'registry.procedure');
ALTER TABLE registry.assessment ADD FOREIGN KEY (procedure_id) REFERENCES registry.procedure;
ALTER TABLE registry.complication ADD FOREIGN KEY (procedure_id) REFERENCES registry.procedure;
