-- test/demo/repeated.sql — what the paper should have added: the course of
-- pain and disability over the five visits as one test per group, and its
-- many between-group p-values adjusted for multiple testing.
--
-- study.repeated: per outcome (VAS, ODI) and cement pattern, the Friedman test
-- and the repeated-measures ANOVA (with the Greenhouse-Geisser correction and
-- Mauchly's test of sphericity) over the patients assessed at every visit;
-- patients missing a visit are left out and counted (left_out).
-- study.table2_adjusted: Table 2's between-group p-values, Holm-adjusted within
-- each outcome and over the whole table, and Benjamini-Hochberg over the table.

DROP VIEW IF EXISTS study.repeated, study.table2_adjusted CASCADE;
CREATE VIEW study.repeated AS
SELECT variable, grp, (f).n_subjects AS n, (f).n_incomplete AS left_out,
	   (f).chi2 AS friedman_chi2, (f).p_value AS friedman_p, (f).kendall_w,
	   (r).f AS rm_f, (r).epsilon_gg, (r).p_gg AS rm_p_gg, (r).p_mauchly
FROM (SELECT variable, grp,
			 friedman_test(value, procedure_id, timepoint) AS f,
			 rm_anova(value, procedure_id, timepoint) AS r
	  FROM study.measurement
	  WHERE variable IN ('vas', 'odi') AND timepoint IS NOT NULL
	  GROUP BY variable, grp) t;
COMMENT ON VIEW study.repeated IS 'VAS and ODI across the five visits per cement pattern: Friedman test and repeated-measures ANOVA';

CREATE VIEW study.table2_adjusted AS
SELECT line, variable, timepoint, p,
	   p_adjust(p, 'holm') OVER (PARTITION BY variable) AS p_holm_outcome,
	   p_adjust(p, 'holm') OVER () AS p_holm_table,
	   p_adjust(p, 'BH') OVER () AS p_bh_table
FROM study.table2;
COMMENT ON VIEW study.table2_adjusted IS 'Table 2''s between-group p-values adjusted for multiple testing (Holm, Benjamini-Hochberg)';

\echo
\echo '== Over the visits  VAS and ODI from pre-operative to 1 year, per cement pattern'
\echo '   Friedman test (ranks within patients) and repeated-measures ANOVA (p with the'
\echo '   Greenhouse-Geisser correction; Mauchly p < 0.05: sphericity does not hold) over the'
\echo '   patients assessed at all five visits; left_out: patients missing a visit.'
SELECT variable, grp, n, left_out, round(friedman_chi2::numeric, 1) AS friedman_chi2,
	   format_p(friedman_p) AS friedman_p, round(kendall_w::numeric, 2) AS kendall_w,
	   round(rm_f::numeric, 1) AS rm_f, round(epsilon_gg::numeric, 2) AS epsilon_gg,
	   format_p(rm_p_gg) AS rm_p_gg, format_p(p_mauchly) AS mauchly_p
FROM study.repeated
ORDER BY variable DESC, grp;

\echo
\echo '== Table 2 adjusted  the between-group p-values of Table 2 after multiple testing'
\echo '   Holm within each outcome, Holm over the table, Benjamini-Hochberg over the table.'
SELECT variable, timepoint, format_p(p) AS p, format_p(p_holm_outcome) AS p_holm_outcome,
	   format_p(p_holm_table) AS p_holm_table, format_p(p_bh_table) AS p_bh_table
FROM study.table2_adjusted
ORDER BY line;
