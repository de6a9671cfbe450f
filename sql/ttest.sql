-- t-test family: behaviour (NULLs, groups, labels, notes, parameters).
-- Numbers are checked against R by test/xval/ttest; here they pin behaviour.
\pset null NULL
SET extra_float_digits = 0;

CREATE TABLE tt (id int, grp text, flag boolean, code int, pre float8, post float8);
INSERT INTO tt VALUES
	(1, 'CF', true, 1, 6.1, 2.0), (2, 'CF', true, 1, 7.3, 3.1), (3, 'CF', true, 1, 5.2, 2.2),
	(4, 'CF', true, 1, 6.8, 2.9), (5, 'CF', true, 1, 8.0, 3.3), (6, 'SP', false, 2, 6.6, 3.9),
	(7, 'SP', false, 2, 5.9, 4.1), (8, 'SP', false, 2, 7.7, 3.6), (9, 'SP', false, 2, NULL, 3.0),
	(10, NULL, NULL, NULL, 6.0, 2.5);

-- paired: NULL pairs are skipped and counted
SELECT n, n_skipped, round(mean_diff::numeric, 10) AS mean_diff, round(t::numeric, 8) AS t, df,
	   round(p_value::numeric, 10) AS p, round(ci_lower::numeric, 8) AS lo,
	   round(ci_upper::numeric, 8) AS hi, round(r::numeric, 8) AS r, notes
FROM (SELECT (paired_t(pre, post)).* FROM tt) s;

-- one-sided alternatives give an infinite end, as R
SELECT ci_lower, round(ci_upper::numeric, 8) AS hi FROM (SELECT (paired_t(pre, post, 'less')).* FROM tt) s;
SELECT round(ci_lower::numeric, 8) AS lo, ci_upper FROM (SELECT (paired_t(pre, post, 'greater', 0.9)).* FROM tt) s;

-- independent: group 1 is the lower label; both tests; every label type resolves
SELECT group1, group2, n1, n2, n_skipped, round(t::numeric, 8) AS t, df,
	   round(p_value::numeric, 10) AS p, round(t_welch::numeric, 8) AS tw,
	   round(df_welch::numeric, 8) AS dfw, round(cohen_d::numeric, 8) AS d,
	   round(hedges_g::numeric, 8) AS g, notes
FROM (SELECT (independent_t(pre, grp)).* FROM tt) s;
SELECT (independent_t(pre, flag)).group1, (independent_t(pre, code)).group1,
	   (independent_t(pre, code::smallint)).group1, (independent_t(pre, code::bigint)).group2,
	   (independent_t(pre, grp::varchar)).group2, (independent_t(pre, grp::char(2))).group2
FROM tt;

-- group order follows the type, not the text: 10 sorts after 9
SELECT group1, group2 FROM (SELECT (independent_t(x, CASE WHEN x < 5 THEN 9 ELSE 10 END)).*
	FROM generate_series(1, 8) x) s;

-- polymorphic fallback: an enum orders by its declaration
CREATE TYPE pattern AS ENUM ('separated', 'confluent');
SELECT group1, group2, n1, n2 FROM (SELECT (independent_t(pre, CASE WHEN grp = 'CF'
	THEN 'confluent' ELSE 'separated' END::pattern)).* FROM tt WHERE grp IS NOT NULL) s;

-- GROUP BY and FILTER
SELECT code IS NULL AS nocode, (independent_t(post, grp)).n1 FROM tt GROUP BY 1 ORDER BY 1;
SELECT (independent_t(pre, grp) FILTER (WHERE id <= 7)).n2 FROM tt;

-- too little data: counts filled, statistics NULL, a note
SELECT n1, n2, t, t_welch, notes FROM (SELECT (independent_t(pre, grp)).* FROM tt WHERE grp = 'CF') s;
SELECT n1, n2, round(t::numeric, 8) AS t, t_welch, notes
	FROM (SELECT (independent_t(pre, grp)).* FROM tt WHERE id IN (1, 2, 6)) s;
SELECT n, t, notes FROM (SELECT (paired_t(pre, post)).* FROM tt WHERE id = 1) s;
SELECT n, t, sd_diff, notes FROM (SELECT (paired_t(x, x + 1)).* FROM generate_series(1, 5) x) s;
SELECT t, t_welch, notes FROM (SELECT (independent_t(1.0::float8, x % 2 = 0)).* FROM generate_series(1, 6) x) s;
-- no rows at all: NULL
SELECT paired_t(pre, post) IS NULL AS is_null FROM tt WHERE false;
-- only NULL rows: a row with n = 0
SELECT n, n_skipped, notes FROM (SELECT (paired_t(pre, NULL)).* FROM tt) s;

-- a third label is an error naming the labels
SELECT independent_t(pre, id::text) FROM tt;

-- t_test_from_summary: the study's Table 1 age (60.6 +- 9.7, n 35 vs 59.3 +- 10.0, n 24)
SELECT n1, n2, round(t::numeric, 6) AS t, round(p_value::numeric, 4) AS p,
	   round(p_welch::numeric, 4) AS p_welch
FROM t_test_from_summary(60.6, 9.7, 35, 59.3, 10.0, 24);
SELECT round(p_value::numeric, 6) FROM t_test_from_summary(60.6, 9.7, 35, 59.3, 10.0, 24, 'greater');
