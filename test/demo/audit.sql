-- test/demo/audit.sql — do the paper's printed p-values follow from its own
-- printed figures?  No registry needed: only study.paper_tables and
-- study.paper_text (paper.sql).  Nothing is printed here: Tables 1-3 show the
-- verdict in each row (study.audit_flag) and audit_report.sql the details.
--
-- Continuous rows: t_test_from_summary on the printed mean ± SD with n = 35 / 24
-- (Student's pooled test "t", and Welch's).  Counted rows: chi_square(counts)
-- on the printed counts (Pearson, Yates-corrected, Fisher's exact).  A printed
-- p "follows" from a test when that test's p rounds to it at two decimals.
-- Table 2's p-values come from Mann-Whitney tests on patient-level data that
-- the paper does not publish, so they cannot be checked from its figures: the
-- t-test from its means ± SD is computed for orientation only, with n = 35 / 24
-- (the paper gives no n per time point).
--
--   study.paper_p      one row per printed p-value: the paper line it is
--                      printed on, and the figures it rests on
--   study.audit_test   one row per printed p-value and test recomputed
--   study.audit        one row per printed p-value: recomputed p-values, the
--                      tests it follows from, and the verdict
--   study.audit_flag   one row per paper line that prints a p-value: the
--                      verdicts of the table's p and of the Results text's

DROP VIEW IF EXISTS study.audit_flag, study.audit, study.audit_test, study.paper_p CASCADE;

CREATE VIEW study.paper_p AS
WITH paper AS (
	-- the lines that share one printed p-value: a variable's levels, and in
	-- Table 3 the death and survival lines of a time point
	SELECT pt.*, CASE WHEN pt.variable IN ('death', 'survival') THEN 'death/survival'
					  ELSE pt.variable END AS item
	FROM study.paper_tables pt
), printed AS (
	-- the paper prints the p-value once, on the first line of its item
	SELECT DISTINCT ON (tbl, item, timepoint) line, tbl, item, timepoint, p_reported, test_reported
	FROM paper
	WHERE p_reported IS NOT NULL
	ORDER BY tbl, item, timepoint, line
)
SELECT pr.line, pr.tbl, pr.item, pr.timepoint, pr.p_reported, pr.test_reported,
	   string_agg(pt.cf, '/' ORDER BY pt.line) AS cf, string_agg(pt.sp, '/' ORDER BY pt.line) AS sp,
	   -- items printed as mean ± SD (one line each)
	   max(split_part(pt.cf, ' ± ', 1)::float8) FILTER (WHERE pt.cf LIKE '% ± %') AS mean_cf,
	   max(split_part(pt.cf, ' ± ', 2)::float8) FILTER (WHERE pt.cf LIKE '% ± %') AS sd_cf,
	   max(split_part(pt.sp, ' ± ', 1)::float8) FILTER (WHERE pt.sp LIKE '% ± %') AS mean_sp,
	   max(split_part(pt.sp, ' ± ', 2)::float8) FILTER (WHERE pt.sp LIKE '% ± %') AS sd_sp,
	   -- counted items: the r x 2 table of counts, rows in the paper's order, and its column sums
	   array_agg(ARRAY[pt.cf::bigint, pt.sp::bigint] ORDER BY pt.line)
		   FILTER (WHERE pt.cf ~ '^[0-9]+$' AND pt.sp ~ '^[0-9]+$') AS counts,
	   sum(pt.cf::bigint) FILTER (WHERE pt.cf ~ '^[0-9]+$') AS sum_cf,
	   sum(pt.sp::bigint) FILTER (WHERE pt.sp ~ '^[0-9]+$') AS sum_sp
FROM printed pr
JOIN paper pt ON pt.tbl = pr.tbl AND pt.item = pr.item AND pt.timepoint IS NOT DISTINCT FROM pr.timepoint
GROUP BY pr.line, pr.tbl, pr.item, pr.timepoint, pr.p_reported, pr.test_reported;
COMMENT ON VIEW study.paper_p IS 'the paper''s printed p-values with the printed figures they rest on';

CREATE VIEW study.audit_test AS
WITH n AS (
	SELECT cf::bigint AS n_cf, sp::bigint AS n_sp FROM study.paper_tables WHERE variable = 'patients'
)
SELECT pp.line, t.test, t.ord, t.p
FROM study.paper_p pp
CROSS JOIN n
CROSS JOIN LATERAL t_test_from_summary(pp.mean_cf, pp.sd_cf, n.n_cf, pp.mean_sp, pp.sd_sp, n.n_sp) r
CROSS JOIN LATERAL (VALUES ('t', 1, r.p_value), ('Welch', 2, r.p_welch)) AS t(test, ord, p)
WHERE pp.mean_cf IS NOT NULL
UNION ALL
SELECT pp.line, t.test, t.ord, t.p
FROM study.paper_p pp
CROSS JOIN LATERAL chi_square(pp.counts) r
CROSS JOIN LATERAL (VALUES ('Pearson', 1, r.p_value), ('Yates', 2, r.p_yates),
						   ('Fisher', 3, r.p_fisher)) AS t(test, ord, p)
WHERE pp.counts IS NOT NULL AND t.p IS NOT NULL;
COMMENT ON VIEW study.audit_test IS 'the paper''s printed p-values: each test recomputed from the printed figures';

CREATE VIEW study.audit AS
WITH n AS (
	SELECT cf::bigint AS n_cf, sp::bigint AS n_sp FROM study.paper_tables WHERE variable = 'patients'
), printed AS (
	-- the table's p-value, and the Results text's for the same variable where it differs
	SELECT pp.line, 'table' AS source, pp.p_reported
	FROM study.paper_p pp
	UNION ALL
	SELECT pp.line, 'Results text', tx.p_reported
	FROM study.paper_text tx
	JOIN study.paper_p pp ON pp.item = tx.variable
), per_p AS (
	SELECT pr.line, pr.source, pr.p_reported,
		   string_agg(format('%s %s', a.test, round(a.p::numeric, 3)), ', ' ORDER BY a.ord) AS recomputed,
		   string_agg(a.test, ', ' ORDER BY a.ord)
			   FILTER (WHERE round(a.p::numeric, 2) = pr.p_reported) AS follows_from
	FROM printed pr
	JOIN study.audit_test a USING (line)
	GROUP BY pr.line, pr.source, pr.p_reported
)
SELECT pp.tbl, pp.item AS variable, pp.timepoint, p.source, pp.cf, pp.sp,
	   p.p_reported, pp.test_reported, p.recomputed, p.follows_from,
	   -- Table 1's counts of a variable must add up to the patients of each group
	   CASE WHEN p.source = 'table' AND pp.tbl = 1 AND (pp.sum_cf <> n.n_cf OR pp.sum_sp <> n.n_sp)
			THEN format('counts sum to %s / %s, not %s / %s', pp.sum_cf, pp.sum_sp, n.n_cf, n.n_sp)
	   END AS counts_check,
	   CASE WHEN pp.tbl = 2 THEN 'needs patient data'
			WHEN p.follows_from IS NOT NULL THEN 'follows (' || p.follows_from || ')'
			ELSE 'DOES NOT FOLLOW (' || p.recomputed || ')' END AS verdict,
	   p.line
FROM per_p p
JOIN study.paper_p pp USING (line)
CROSS JOIN n;
COMMENT ON VIEW study.audit IS 'the paper''s printed p-values recomputed from its printed figures';

CREATE VIEW study.audit_flag AS
SELECT line,
	   string_agg(CASE WHEN source = 'table' THEN verdict || coalesce('; ' || counts_check, '')
					   WHEN follows_from IS NOT NULL THEN format('%s''s %s follows', source, p_reported)
					   ELSE format('%s''s %s DOES NOT FOLLOW', source, p_reported) END,
				  '; ' ORDER BY source = 'table' DESC) AS flag
FROM study.audit
GROUP BY line;
COMMENT ON VIEW study.audit_flag IS 'per paper line with a printed p-value: does it follow from the paper''s own figures';
