-- test/demo/paper.sql — the paper's printed Tables 1-3 as a table.
--
-- test/demo/paper_tables.csv is a copy of the study's paper_tables.csv: one row
-- per variable, level and time point, the CF and SP figures as printed, and the
-- p-value the paper reports with the test it names.  `line` keeps the paper's
-- row order.  \copy reads the file relative to psql's working directory: run
-- psql from the repository root (test/demo.sh and pg_regress both do).

CREATE SCHEMA IF NOT EXISTS study;
DROP TABLE IF EXISTS study.paper_tables, study.paper_text CASCADE;

CREATE TABLE study.paper_tables (
	line          serial PRIMARY KEY,
	tbl           integer NOT NULL,
	variable      text NOT NULL,
	level         text,
	timepoint     text,
	cf            text NOT NULL,
	sp            text NOT NULL,
	p_reported    numeric,
	test_reported text
);
\copy study.paper_tables (tbl, variable, level, timepoint, cf, sp, p_reported, test_reported) FROM 'test/demo/paper_tables.csv' WITH (FORMAT csv, HEADER true)

-- Figures the paper's Results text prints differently from its tables.
CREATE TABLE study.paper_text (
	variable   text NOT NULL,
	p_reported numeric NOT NULL,
	quote      text NOT NULL
);
INSERT INTO study.paper_text VALUES
	('follow_up_months', 0.97,
	 'The average follow-up period was 33.1 ± 15.3 months ... and 26.3 ± 15.0 months ... (p = 0.97, Table 1)');
