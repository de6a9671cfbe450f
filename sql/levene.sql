-- levene_test: k groups, mean and median centre, too little data.
\pset null NULL
SET extra_float_digits = 0;

CREATE TABLE lv AS
	SELECT x, (x % 3)::int AS g, ((x * 7919) % 101)::float8 / 10 AS v
	FROM generate_series(1, 60) x;

SELECT k, n, n_skipped, round(f::numeric, 10) AS f, df1, df2, round(p_value::numeric, 10) AS p, notes
FROM (SELECT (levene_test(v, g)).* FROM lv) s;
SELECT k, round(f::numeric, 10) AS f, round(p_value::numeric, 10) AS p
FROM (SELECT (levene_test(v, g::text, 'median')).* FROM lv) s;
-- one group, constant groups
SELECT k, f, notes FROM (SELECT (levene_test(v, 1)).* FROM lv) s;
SELECT k, f, notes FROM (SELECT (levene_test(g::float8, g)).* FROM lv) s;
-- bad centre
SELECT levene_test(v, g, 'mode') FROM lv;
-- partial / merge equals whole
SELECT round((levene_test_merge(s)).f::numeric, 10) = (SELECT round((levene_test(v, g)).f::numeric, 10) FROM lv) AS same
FROM (SELECT levene_test_partial(v, g) s FROM lv WHERE x <= 20
	  UNION ALL SELECT levene_test_partial(v, g) FROM lv WHERE x > 20) q;
