-- test/demo/analysis.sql — the study's analysis over the registry tables.
--
-- Runs with psql against any database that has pkpcohort and the registry
-- tables of registry.sql filled (the demo cohort, or a real registry), from
-- the repository root: `psql -f test/demo/analysis.sql` (paper.sql reads
-- test/demo/paper_tables.csv relative to the working directory).
--
-- First the relations the sections share (schema study; nothing printed):
--   paper.sql       the paper's Tables 1-3 as printed (study.paper_tables)
--   views.sql       the study's variables derived from the registry
--   normality.sql   CF vs SP per measured variable: normality checks, the tests,
--                   the test the paper's methods choose and its effect with CI
--                   (study.comparison)
--   paired.sql      every follow-up against pre-operative (study.paired)
--   audit.sql       the paper's printed p-values recomputed from its printed
--                   figures (study.audit, study.audit_flag)
-- Then the sections, each printing its tables.  A new analysis is a new file
-- that reads these relations (and may create its own view in schema study),
-- plus one line below; the regression test (sql/study.sql) picks it up.

\ir paper.sql
\ir views.sql
\ir normality.sql
\ir paired.sql
\ir audit.sql

\ir table1.sql
\ir table2.sql
\ir table2_paired.sql
\ir table3.sql
\ir survival.sql
\ir location.sql
\ir repeated.sql
\ir audit_report.sql
