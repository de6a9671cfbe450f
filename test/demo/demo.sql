-- test/demo/demo.sql — what the first Quick start command (bash test/demo.sh) prints.
--
-- The study behind pkpcohort (bilateral kyphoplasty for spinal metastases,
-- confluent "CF" n = 35 vs separated "SP" n = 24 bone cement) as a registry
-- analysis: load a demo registry holding a synthetic cohort whose counts equal
-- the paper's Tables 1 and 3 and whose means ± SD equal its Table 2, compute
-- Tables 1-3 with pkpcohort next to the paper's printed figures, each row with
-- its effect and 95 % CI and whether the paper's printed p follows from the
-- paper's own figures, then the audit of those p-values in detail.
--
-- Files (each readable and adaptable on its own; run from the repository root,
-- as test/demo.sh does, because paper.sql reads test/demo/paper_tables.csv):
--   registry.sql    the registry schema (patients, procedures, assessments,
--                   complications, vital status)
--   cohort.sql      the demo cohort (committed data, generated once by
--                   `Rscript test/demo/gen_cohort.R > test/demo/cohort.sql`;
--                   the demo does not need R)
--   analysis.sql    the analysis over the registry tables, section by section
--                   (see its header)

\set QUIET on
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pkpcohort;
\pset null ''
\pset pager off

\ir registry.sql
\ir cohort.sql
\ir analysis.sql
