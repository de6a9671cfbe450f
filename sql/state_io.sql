-- State types: exact text round trip, partial/merge equal to the whole,
-- and malformed input rejected with an error.
\pset null NULL

CREATE TABLE st AS
	SELECT x, CASE WHEN x % 2 = 0 THEN 'a "quoted" \ label' ELSE 'b' END AS g,
		   sin(x) * 1e9 + x / 3.0 AS v, cos(x) / 7 AS w
	FROM generate_series(1, 200) x;

-- text form
SELECT independent_t_partial(v, g)::text FROM st WHERE x <= 4;
SELECT levene_test_partial(w, x % 2 = 0)::text FROM st WHERE x <= 5;

-- round trip is exact: text -> state -> text, and the result is identical
WITH p AS (SELECT independent_t_partial(v, g) s FROM st),
	 a AS (SELECT independent_t_merge(s)::text r FROM p),
	 b AS (SELECT independent_t_merge(s::text::independent_t_state)::text r FROM p)
SELECT (SELECT s::text = s::text::independent_t_state::text FROM p) AS text_same,
	   a.r = b.r AS result_same
FROM a, b;
SELECT (SELECT paired_t_partial(v, w)::text FROM st) =
	   (SELECT paired_t_partial(v, w)::text::paired_t_state::text FROM st) AS paired_same;
SELECT (SELECT levene_test_partial(v, g)::text FROM st) =
	   (SELECT levene_test_partial(v, g)::text::levene_test_state::text FROM st) AS levene_same;

-- negative integer labels and boolean labels read back
SELECT s::text = s::text::independent_t_state::text AS int_same
FROM (SELECT independent_t_partial(v, (x % 2) - 2) s FROM st) q;
SELECT s::text = s::text::independent_t_state::text AS bool_same
FROM (SELECT independent_t_partial(v, x % 2 = 0) s FROM st) q;

-- binary send/receive round trip
SELECT paired_t_state_recv_check.ok FROM (
	SELECT paired_t_state_send(paired_t_partial(v, w)) =
		   paired_t_state_send(paired_t_partial(v, w)::text::paired_t_state) AS ok FROM st
) paired_t_state_recv_check;

-- partial on two sites + merge = the whole, bit for bit (exact sums), in
-- either merge order
SELECT m1 = w AS merge_same, m2 = w AS reversed_same
FROM (SELECT independent_t_merge(s)::text m1 FROM (
		SELECT independent_t_partial(v, g) s FROM st WHERE x <= 77
		UNION ALL SELECT independent_t_partial(v, g) FROM st WHERE x > 77) q) a,
	 (SELECT independent_t_merge(s)::text m2 FROM (
		SELECT independent_t_partial(v, g) s FROM st WHERE x > 77
		UNION ALL SELECT independent_t_partial(v, g) FROM st WHERE x <= 77) q) b,
	 (SELECT independent_t(v, g)::text w FROM st) c;
SELECT m = w AS paired_merge_same
FROM (SELECT paired_t_merge(s)::text m FROM (
		SELECT paired_t_partial(v, w) s FROM st WHERE x % 3 = 0
		UNION ALL SELECT paired_t_partial(v, w) FROM st WHERE x % 3 <> 0
		UNION ALL SELECT NULL::paired_t_state) q) a,
	 (SELECT paired_t(v, w)::text w FROM st) b;

-- merging states of different label types, or of another test, is an error
SELECT independent_t_merge(s) FROM (
	SELECT independent_t_partial(v, g) s FROM st
	UNION ALL SELECT independent_t_partial(v, x % 2) FROM st) q;

-- malformed text input: errors, never a crash
SELECT 'nonsense'::paired_t_state;
-- a state written by version 0.1: rejected, saying how to recompute it
SELECT 'paired_t v1 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0'::paired_t_state;
SELECT 'independent_t v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::paired_t_state;
SELECT 'paired_t v2 params=1 alternative=sideways conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::paired_t_state;
SELECT 'paired_t v2 params=1 alternative=less conf_level=1.5 option=0 param=0,0 skipped=0 extra=0 labels=none groups=0 end'::paired_t_state;
SELECT 'paired_t v2 params=1 alternative=less conf_level=0.9 option=0 param=0,0 skipped=-1 extra=0 labels=none groups=0 end'::paired_t_state;
-- exact sums: the right number of them, canonical, belonging to a sample
SELECT 'paired_t v2 params=1 alternative=less conf_level=0.9 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x3p0,0x5p0 end'::paired_t_state;
SELECT 'paired_t v2 params=1 alternative=less conf_level=0.9 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=2 sums=0x3p0,0x5p0,0x3p0,0x5p0,NaN end'::paired_t_state;
SELECT 'independent_t v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=1 group label=1 n=2 sums=0x7p0,0x5p0 end'::independent_t_state;
SELECT 'independent_t v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=1 group label=1 n=2 sums=0x3p0,0x5p0 end'::independent_t_state;
SELECT 'independent_t v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=1 group label=1 n=2 sums=0x3p0,0x5p9999 end'::independent_t_state;
-- truncated: every proper prefix of a valid state is rejected
CREATE FUNCTION pg_temp.accepts(s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM s::levene_test_state;
	RETURN true;
EXCEPTION WHEN others THEN
	RETURN false;
END $$;
SELECT count(*) AS prefixes, count(*) FILTER (WHERE pg_temp.accepts(left(s, k))) AS accepted,
	   bool_and(pg_temp.accepts(s)) AS whole_accepted
FROM (SELECT levene_test_partial(w, g)::text s FROM st WHERE x <= 6) q,
	 generate_series(1, length(s) - 1) k;
SELECT 'levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=1 group label=3 n=5 values=1,2 counts=1,1 end'::levene_test_state;
SELECT 'levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=2 group label=3 n=1 values=1 group label=3 n=1 values=2 end'::levene_test_state;
SELECT 'levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=text groups=1 group label="unterminated n=1 values=1 end'::levene_test_state;
SELECT 'levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=1 group label=3 n=1 values=1 end trailing'::levene_test_state;
-- a valid one is accepted and usable
SELECT (levene_test_merge(s)).k FROM (SELECT 'levene_test v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=integer groups=2 group label=3 n=2 values=1,2 group label=4 n=2 values=5,9 end'::levene_test_state s) q;

-- the text form is exact whatever extra_float_digits says
SET extra_float_digits = 0;
WITH p AS (SELECT paired_t_partial(v, w) s FROM st)
SELECT (SELECT (paired_t_merge(s::text::paired_t_state)).t FROM p) =
	   (SELECT (paired_t_merge(s)).t FROM p) AS exact_with_extra_float_digits_0;
RESET extra_float_digits;
