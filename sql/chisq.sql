--
-- chi_square: contingency tables from two label columns or a counts matrix.
-- Numbers are checked against R and SciPy in test/xval/chisq; this file pins
-- behaviour.
--
\pset null NULL
SET extra_float_digits = 0;

-- The study's Table 1 / Table 3 p-values from their printed counts
-- (rows CF, SP; columns the variable's levels).  Sex and lesion type are
-- Fisher's exact test, the others Pearson's chi-square.  Location (printed
-- 0.06) does not follow from its printed counts: Pearson gives 0.09, Fisher
-- 0.11: the printed value cannot be recomputed from the paper's own counts;
-- it is shown, not hidden.
SELECT v, round(p::numeric, 2) AS p, printed
  FROM (VALUES
	('sex (Fisher)', (chi_square(ARRAY[[19, 16], [13, 11]])).p_fisher, 1.00),
	('lesion type (Fisher)', (chi_square(ARRAY[[23, 12], [18, 6]])).p_fisher, 0.57),
	('location', (chi_square(ARRAY[[17, 11, 7], [5, 11, 8]])).p_value, 0.06),
	('posterior involvement', (chi_square(ARRAY[[26, 9], [16, 8]])).p_value, 0.53),
	('vertebral invasion', (chi_square(ARRAY[[11, 24], [5, 20]])).p_value, 0.32),
	('cement leakage', (chi_square(ARRAY[[3, 2, 2, 1], [1, 0, 1, 1]])).p_value, 0.72),
	('death at 3 months', (chi_square(ARRAY[[1, 34], [2, 22]])).p_value, 0.35),
	('death at 1 year', (chi_square(ARRAY[[5, 30], [6, 18]])).p_value, 0.30)
  ) AS t(v, p, printed);

-- every field of a 2 x 2 table
SELECT n, n_skipped, n_rows, n_cols, df, round(chi2::numeric, 6) AS chi2,
	round(p_value::numeric, 6) AS p, round(chi2_yates::numeric, 6) AS yates,
	round(p_yates::numeric, 6) AS p_yates, round(g2::numeric, 6) AS g2,
	round(p_lr::numeric, 6) AS p_lr, round(p_fisher::numeric, 6) AS p_fisher,
	round(min_expected::numeric, 6) AS min_e, n_cells_below_5,
	round(phi::numeric, 6) AS phi, round(cramers_v::numeric, 6) AS v,
	round(odds_ratio::numeric, 6) AS "or", round(or_ci_lower::numeric, 6) AS or_lo,
	round(or_ci_upper::numeric, 6) AS or_hi, round(lbl::numeric, 6) AS lbl,
	round(p_lbl::numeric, 6) AS p_lbl, round(or_mle::numeric, 6) AS or_mle,
	round(or_mle_ci_lower::numeric, 6) AS mle_lo, round(or_mle_ci_upper::numeric, 6) AS mle_hi,
	row_labels, col_labels, notes
  FROM chi_square(ARRAY[[12, 5], [3, 9]]);

-- a zero cell: no sample odds ratio (as SPSS), the conditional MLE is 0 / Inf
SELECT odds_ratio, or_ci_lower, or_mle, or_mle_ci_lower, round(or_mle_ci_upper::numeric, 4) AS mle_hi, notes
  FROM chi_square(ARRAY[[0, 5], [7, 9]]);

-- empty rows and columns of a matrix are dropped from the table and df
SELECT n_rows, n_cols, df, round(p_value::numeric, 6) AS p, notes
  FROM chi_square(ARRAY[[5, 0, 7], [0, 0, 0], [4, 0, 9], [6, 0, 1]]);

-- bad matrices
SELECT chi_square(ARRAY[1, 2, 3]::bigint[]);
SELECT chi_square(ARRAY[[1, -2], [3, 4]]);
SELECT chi_square(ARRAY[[1, NULL], [3, 4]]::bigint[]);
SELECT n, notes FROM chi_square(ARRAY[[0, 0], [0, 0]]);
SELECT n, n_rows, n_cols, df, chi2, notes FROM chi_square(ARRAY[[3, 4, 5]]);

-- the aggregate over label columns
CREATE TABLE ct (site int, sex text, fx boolean, grade smallint, lvl int, big bigint);
INSERT INTO ct
SELECT i % 3, (ARRAY['male', 'female'])[1 + i % 2], i % 5 < 2, (i % 4)::smallint,
	10 * (i % 3), (i % 7)::bigint * 1000000000000
  FROM generate_series(1, 300) i;
INSERT INTO ct VALUES (0, NULL, true, 1, 0, 0), (1, 'male', NULL, 2, 10, 0), (2, NULL, NULL, 3, 20, 0);

-- NULL labels are counted in n_skipped; labels follow each type's sort order
SELECT n, n_skipped, n_rows, n_cols, df, round(p_value::numeric, 6) AS p,
	round(p_fisher::numeric, 6) AS p_fisher, row_labels, col_labels
  FROM (SELECT (chi_square(sex, fx)).* FROM ct) q;

-- every pair of concrete label types resolves (text, boolean, smallint, integer, bigint, varchar)
SELECT (chi_square(sex, fx)).n AS text_bool, (chi_square(fx, sex)).n AS bool_text,
	(chi_square(grade, lvl)).n AS int2_int4, (chi_square(lvl, big)).n AS int4_int8,
	(chi_square(big, grade)).n AS int8_int2, (chi_square(sex::varchar, grade)).n AS varchar_int2,
	(chi_square(fx, fx)).n AS bool_bool, (chi_square(lvl, sex)).n AS int4_text
  FROM ct;

-- integer labels are their own linear-by-linear scores; text labels use ranks
SELECT round(lbl::numeric, 6) AS lbl, round(p_lbl::numeric, 6) AS p_lbl, row_labels, col_labels
  FROM (SELECT (chi_square(grade, lvl)).* FROM ct) q;

-- any other sortable types, different for rows and columns (enum x date)
CREATE TYPE ct_grade AS ENUM ('low', 'mid', 'high');
SELECT n, df, round(p_value::numeric, 6) AS p, row_labels, col_labels
  FROM (SELECT (chi_square((ARRAY['high', 'low', 'mid']::ct_grade[])[1 + grade % 3],
						   date '2024-01-01' + site)).* FROM ct) q;
-- a concrete type next to an enum
SELECT row_labels, col_labels
  FROM (SELECT (chi_square(sex, (ARRAY['high', 'low', 'mid']::ct_grade[])[1 + grade % 3])).* FROM ct) q;
-- a type without ordering
SELECT chi_square(point(1, 2), 1::numeric);

-- one label only: counts filled, statistics NULL, a note
SELECT n, n_rows, n_cols, df, chi2, p_fisher, notes
  FROM (SELECT (chi_square(sex, fx)).* FROM ct WHERE sex = 'male') q;
-- no rows: NULL; rows with NULL labels only: n = 0 and a note
SELECT chi_square(sex, fx) IS NULL AS is_null FROM ct WHERE false;
SELECT n, n_skipped, notes FROM (SELECT (chi_square(sex, fx)).* FROM ct WHERE sex IS NULL) q;

-- GROUP BY and FILTER
SELECT site, n, round(p_value::numeric, 6) AS p
  FROM (SELECT site, (chi_square(sex, grade) FILTER (WHERE lvl >= 0)).* FROM ct GROUP BY site) q
 ORDER BY site;

-- partial / merge: one state per site, combined, equals the whole
SELECT (SELECT chi_square(sex, grade)::text FROM ct) =
	(SELECT chi_square_merge(s)::text FROM (SELECT chi_square_partial(sex, grade) s FROM ct GROUP BY site) q)
	AS merge_equals_whole;
-- a site's state carries counts only; its text form round-trips exactly
SELECT chi_square_partial(sex, fx) FROM ct WHERE site = 0;
SELECT chi_square_partial(sex, fx)::text::chi_square_state::text = chi_square_partial(sex, fx)::text AS round_trip
  FROM ct;
SELECT (chi_square_merge(s)).n
  FROM (VALUES ('chi_square v2 skipped=1 rows=text cols=boolean nrows=2 ncols=2 ncells=3 row "a" row "b" col false col true cells 0,0,5 0,1,3 1,1,2 end'::chi_square_state),
			   ('chi_square v2 skipped=0 rows=text cols=boolean nrows=1 ncols=1 ncells=1 row "b" col false cells 0,0,4 end'::chi_square_state)) v(s);
-- states of different label types do not merge
SELECT chi_square_merge(s)
  FROM (SELECT chi_square_partial(sex, fx) s FROM ct UNION ALL SELECT chi_square_partial(sex, grade) FROM ct) q;

-- malformed states are rejected
SELECT 'chi_square v2 skipped=0 rows=text cols=boolean nrows=1 ncols=1 ncells=1 row "a" col true cells 0,1,5 end'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=text cols=boolean nrows=1 ncols=1 ncells=1 row "a" col true cells 0,0,0 end'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=text cols=boolean nrows=2 ncols=1 ncells=1 row "a" row "a" col true cells 0,0,1 end'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=text cols=boolean nrows=2 ncols=1 ncells=1 row "a" row "b" col true cells 0,0,1 end'::chi_square_state;
SELECT 'chi_square v2 skipped=-1 rows=none cols=none nrows=0 ncols=0 ncells=0 cells end'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=integer cols=integer nrows=1 ncols=1 ncells=1 row 1 col 2 cells 0,0,9223372036854775807 end junk'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=integer cols=integer nrows=1 ncols=1 ncells=2 row 1 col 2 cells 0,0,1 0,0,1 end'::chi_square_state;
SELECT 'chi_square v2 skipped=0 rows=text end'::chi_square_state;
SELECT 'chi_square v2 skipped=3 rows=none cols=none nrows=0 ncols=0 ncells=0 cells end'::chi_square_state;

-- a forced parallel plan: Partial Aggregate, and the same result
CREATE TABLE ct_big AS
SELECT (ARRAY['a', 'b', 'c'])[1 + (i * 7) % 3] AS r, (i * 13) % 4 + (i % 11 = 0)::int AS c
  FROM generate_series(1, 60000) i;
ANALYZE ct_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT chi_square(r, c) FROM ct_big;
CREATE TEMP TABLE par AS SELECT chi_square(r, c)::text AS res FROM ct_big;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT res = (SELECT chi_square(r, c)::text FROM ct_big) AS parallel_equals_serial FROM par;
RESET max_parallel_workers_per_gather;

DROP TABLE ct, ct_big;
DROP TYPE ct_grade;
