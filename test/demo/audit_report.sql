-- test/demo/audit_report.sql — the audit of the paper's printed p-values in
-- detail (study.audit, audit.sql): every test recomputed from the printed
-- figures.  Tables 1-3 show the verdict in each row.

\echo
\echo '== Audit: do the printed p-values follow from the paper''s own printed figures?'
\echo '   t_test_from_summary on mean ± SD (n = 35 / 24): t = Student, Welch; chi_square(counts) on'
\echo '   the printed counts: Pearson, Yates (2 x 2), Fisher exact.  "follows": that test''s p rounds'
\echo '   to the printed p at two decimals; "DOES NOT FOLLOW": none does.  Table 2 used Mann-Whitney'
\echo '   on unpublished patient data: the t-test there is for orientation only.'
SELECT a.tbl, a.variable || CASE WHEN a.source = 'table' THEN '' ELSE ' (' || a.source || ')' END
		   AS variable,
	   a.timepoint, a.cf, a.sp, a.p_reported AS p_paper, a.test_reported AS test_paper,
	   a.recomputed,
	   CASE WHEN a.tbl = 2
			THEN a.verdict || coalesce(' (t from summary agrees: ' || a.follows_from || ')', '')
			ELSE a.verdict END
	   || coalesce('; ' || a.counts_check, '') AS verdict
FROM study.audit a
ORDER BY a.line, a.source = 'table' DESC;
