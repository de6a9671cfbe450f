-- Bounded work: at each algorithm's documented limit (README, Guarantees)
-- the result comes back at once with the field NULL and a note, or the
-- query fails with 54000, before any long computation or large allocation.
-- test/checks/timeouts.sh runs the slow cases against statement_timeout.
\pset null NULL
SET extra_float_digits = 0;

-- The notes of a result that start with a given text.
CREATE FUNCTION pg_temp.notes_like(notes text[], pat text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(array_agg(x), '{}') FROM unnest(notes) x WHERE x LIKE pat $$;

-- err(query): the SQLSTATE, message, detail and hint of the query's error.
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hnt text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN st || ': ' || msg || coalesce(nullif(E'\nDETAIL: ' || det, E'\nDETAIL: '), '')
		|| coalesce(nullif(E'\nHINT: ' || hnt, E'\nHINT: '), '');
END $$;

-- The slow cases (Fisher r x c and 2 x 2 at their work bounds, Hodges-Lehmann
-- and Shapiro-Wilk at theirs) take up to a second each and run in
-- test/checks/timeouts.sh; this file keeps to the cheap ones, so that it can
-- run under valgrind too.

-- Fisher r x c: a table total beyond 1,000,000 is refused at once.
SELECT n, n_rows, n_cols, p_fisher, pg_temp.notes_like(notes, 'Fisher%') AS fisher_note
FROM (SELECT (chi_square(ARRAY[
		ARRAY(SELECT (200 + i % 3)::bigint FROM generate_series(1, 3000) i),
		ARRAY(SELECT (200 + (i * 7) % 5)::bigint FROM generate_series(1, 3000) i)])).*) s;

-- Fisher 2 x 2, N about 4,000,000: the conditional odds ratio and its
-- interval are well within the solver's work bound.
SELECT n, round(p_fisher::numeric, 10) AS p_fisher, round(or_mle::numeric, 10) AS or_mle,
	   round(or_mle_ci_lower::numeric, 10) AS lo, round(or_mle_ci_upper::numeric, 10) AS hi, notes
FROM (SELECT (chi_square(ARRAY[[1000000, 999000], [998000, 1000000]])).*) s;

-- Dropped empty columns are listed up to 20, then counted.
SELECT n_cols, pg_temp.notes_like(notes, 'empty%') AS dropped
FROM (SELECT (chi_square(ARRAY[
		ARRAY(SELECT (i % 2)::bigint FROM generate_series(1, 100) i),
		ARRAY(SELECT (i % 2)::bigint * 3 FROM generate_series(1, 100) i)])).*) s;

-- A table beyond 4,000,000 cells is refused before it is built.
SELECT pg_temp.err($$SELECT (chi_square(i, i)).n FROM generate_series(1, 2001) i$$);

-- log_rank: k n + k^2 events / 2 + k^3 / 3 steps at most 1e9, checked before
-- the k x k covariance is allocated.
SELECT pg_temp.err($$SELECT (log_rank(i::float8, true, i % 1500)).k
					  FROM generate_series(1, 3000) i$$);
-- within the bound (k = 100)
SELECT k, n, n_events, df, chi2 IS NOT NULL AS chi2_set, notes
FROM (SELECT (log_rank(i::float8, i % 3 <> 0, i % 100)).* FROM generate_series(1, 1000) i) s;

-- Shapiro-Wilk: W for n <= 10,000,000 only.  A value -> count state is read
-- as it is, never expanded: 3 values doubled 22 times (n = 12,582,912).
WITH RECURSIVE d(i, s) AS (
	SELECT 0, shapiro_wilk_partial(v) FROM (VALUES (1.0), (2.0), (4.0)) t(v)
	UNION ALL SELECT i + 1, shapiro_wilk_combine(s, s) FROM d WHERE i < 22)
SELECT (shapiro_wilk_final(s)).* FROM d WHERE i = 22;
-- below the bound W is that of the expanded sample (n = 3 * 2^4)
WITH RECURSIVE d(i, s) AS (
	SELECT 0, shapiro_wilk_partial(v) FROM (VALUES (1.0), (2.0), (4.0)) t(v)
	UNION ALL SELECT i + 1, shapiro_wilk_combine(s, s) FROM d WHERE i < 4)
SELECT (SELECT (shapiro_wilk_final(s)).w FROM d WHERE i = 4) =
	   (SELECT (shapiro_wilk(v)).w FROM (VALUES (1.0), (2.0), (4.0)) t(v),
			generate_series(1, 16)) AS same_w;

-- Kolmogorov-Smirnov works on (value, count) entries: n = 3 * 2^60 costs
-- what n = 3 does, and equals the expanded sample where both exist.
WITH RECURSIVE d(i, s) AS (
	SELECT 0, ks_normality_partial(v) FROM (VALUES (1.0), (2.0), (4.0)) t(v)
	UNION ALL SELECT i + 1, ks_normality_combine(s, s) FROM d WHERE i < 60)
SELECT n, round(mean::numeric, 12) AS mean, round(d::numeric, 12) AS d, p_value, notes
FROM (SELECT (ks_normality_final(s)).* FROM d WHERE i = 60) s;
WITH RECURSIVE d(i, s) AS (
	SELECT 0, ks_normality_partial(v) FROM (VALUES (1.0), (2.0), (4.0)) t(v)
	UNION ALL SELECT i + 1, ks_normality_combine(s, s) FROM d WHERE i < 4)
SELECT a.n = b.n AND a.mean = b.mean AND a.sd = b.sd AND a.d = b.d
	   AND a.d_plus = b.d_plus AND a.d_minus = b.d_minus AND a.p_value = b.p_value AS same_ks
FROM (SELECT (ks_normality_final(s)).* FROM d WHERE i = 4) a,
	 (SELECT (ks_normality(v)).* FROM (VALUES (1.0), (2.0), (4.0)) t(v),
		  generate_series(1, 16)) b;

-- A ks_normality state typed in with sd = 0 is an invalid state (22P03).
SELECT pg_temp.err($$SELECT ks_normality_final(replace(ks_normality_partial(v, 0, 1)::text,
								  'param=0,1', 'param=0,0')::ks_normality_state)
					  FROM (VALUES (1.0)) t(v)$$);

-- Hodges-Lehmann: a value -> count group that would have to be expanded
-- (128 distinct values against 1000: too many distinct differences to
-- enumerate) beyond 2^25 observations is not expanded; everything else is
-- still computed.
WITH RECURSIVE d(i, s) AS (
	SELECT 0, mann_whitney_u_partial(v::float8, 'a') FROM generate_series(1, 128) v
	UNION ALL SELECT i + 1, mann_whitney_u_combine(s, s) FROM d WHERE i < 21)
SELECT n1, n2, round(z::numeric, 6) AS z, p_exact, hodges_lehmann, ci_lower, ci_upper,
	   pg_temp.notes_like(notes, 'Hodges%') AS hl_note
FROM (SELECT (mann_whitney_u_final(mann_whitney_u_combine(s,
		(SELECT mann_whitney_u_partial(v / 7.0, 'b') FROM generate_series(1, 1000) v)))).*
	  FROM d WHERE i = 21) s;
-- at 2^11 observations the same group is expanded and selected from
WITH RECURSIVE d(i, s) AS (
	SELECT 0, mann_whitney_u_partial(v::float8, 'a') FROM generate_series(1, 128) v
	UNION ALL SELECT i + 1, mann_whitney_u_combine(s, s) FROM d WHERE i < 4)
SELECT n1, n2, round(hodges_lehmann::numeric, 10) AS hl,
	   round(ci_lower::numeric, 10) AS lo, round(ci_upper::numeric, 10) AS hi
FROM (SELECT (mann_whitney_u_final(mann_whitney_u_combine(s,
		(SELECT mann_whitney_u_partial(v / 7.0, 'b') FROM generate_series(1, 1000) v)))).*
	  FROM d WHERE i = 4) s;

-- Exact rank p beyond its work bound (N = 400 without ties): a note.
SELECT n1, n2, p_exact, notes
FROM (SELECT (mann_whitney_u(i::float8, i % 2)).* FROM generate_series(1, 400) i) s;

-- Messages do not grow with the input; sizes are checked before the work.
SELECT pg_temp.err($$SELECT sins_location(repeat('x', 1000000))$$);
SELECT pg_temp.err($$SELECT odi_percent(array_fill(1, ARRAY[1000000]))$$);
