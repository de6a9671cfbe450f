-- mcnemar: paired proportions, the exact binomial p and the conditional
-- odds ratio, too little data, bad input, partial/merge.
\pset null NULL
SET extra_float_digits = 0;

-- complications before and after: b = 9 (yes -> no), c = 3 (no -> yes)
CREATE TABLE mc AS
	SELECT i, i <= 14 AS before, (i <= 5 OR i BETWEEN 15 AND 17) AS after
	FROM generate_series(1, 40) i;

SELECT n, n_skipped, b, c, round(chi2::numeric, 10) AS chi2, round(p_value::numeric, 10) AS p,
	   round(chi2_cc::numeric, 10) AS chi2_cc, round(p_value_cc::numeric, 10) AS p_cc,
	   round(p_exact::numeric, 10) AS p_exact, odds_ratio, round(or_ci_lower::numeric, 10) AS lo,
	   round(or_ci_upper::numeric, 10) AS hi, notes
FROM (SELECT (mcnemar(before, after)).* FROM mc) s;
SELECT round(or_ci_lower::numeric, 10) AS lo, round(or_ci_upper::numeric, 10) AS hi
FROM (SELECT (mcnemar(before, after, 0.9)).* FROM mc) s;

-- b = c: no continuity correction (as R), exact p 1; c = 0: odds ratio infinite
SELECT b, c, chi2, chi2_cc, p_value_cc, p_exact FROM (SELECT (mcnemar(i % 2 = 0, i % 2 = 1)).* FROM mc) s;
SELECT b, c, odds_ratio, round(or_ci_lower::numeric, 10) AS lo, or_ci_upper, round(p_exact::numeric, 12) AS p_exact
FROM (SELECT (mcnemar(true, i > 30)).* FROM mc) s;
SELECT b, c, odds_ratio, or_ci_lower, round(or_ci_upper::numeric, 10) AS hi
FROM (SELECT (mcnemar(false, i > 30)).* FROM mc) s;
-- far tail: p_exact = 2^-999 without underflow on the way
SELECT p_exact = power(2::float8, -999) AS exact FROM (SELECT (mcnemar(false, true)).* FROM generate_series(1, 1000)) s;

-- NULLs skipped and counted; no discordant pair; no rows
SELECT n, n_skipped, b, c FROM (SELECT (mcnemar(NULLIF(before, i > 35), CASE WHEN i = 1 THEN NULL ELSE after END)).* FROM mc) s;
SELECT n, chi2, p_exact, odds_ratio, notes FROM (SELECT (mcnemar(before, before)).* FROM mc) s;
SELECT mcnemar(before, after) IS NULL AS no_rows FROM mc WHERE false;
SELECT n, notes FROM (SELECT (mcnemar(NULL::boolean, after)).* FROM mc) s;

-- invalid parameters
SELECT mcnemar(before, after, 1.0) FROM mc;
SELECT mcnemar(before, after, NULL) FROM mc;
SELECT mcnemar(before, after, CASE WHEN i = 1 THEN 0.9 ELSE 0.95 END) FROM mc;

-- partial / merge; the state holds the four counts; forged states refused
SELECT (mcnemar_merge(s)).p_exact = (SELECT (mcnemar(before, after)).p_exact FROM mc) AS same
FROM (SELECT mcnemar_partial(before, after) s FROM mc WHERE i <= 10
	  UNION ALL SELECT mcnemar_partial(before, after) FROM mc WHERE i > 10) q;
SELECT mcnemar_partial(before, after)::text FROM mc;
SELECT s::text::mcnemar_state::text = s::text AS round_trip FROM (SELECT mcnemar_partial(before, after, 0.9) s FROM mc) q;
SELECT mcnemar_merge(s) FROM (SELECT mcnemar_partial(before, after) s FROM mc
	UNION ALL SELECT mcnemar_partial(before, after, 0.9) FROM mc) q;
SELECT (mcnemar_merge('mcnemar v2 params=1 alternative=two-sided conf_level=0.95 option=0 param=0,0 skipped=0 extra=0 labels=none groups=1 group label=- n=3 values=7 counts=3 end'::mcnemar_state)).b;
