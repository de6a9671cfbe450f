-- p_adjust: multiple-testing adjustment as a window function over a
-- partition and over an array; NULLs stay NULL and do not count.
\pset null NULL
SET extra_float_digits = 0;

-- Table 2 of a study: p-values of five outcomes at two visits
CREATE TABLE outcomes AS
	SELECT * FROM (VALUES
		('3m', 'VAS', 0.0004), ('3m', 'ODI', 0.012), ('3m', 'height', 0.21),
		('3m', 'kyphosis', 0.049), ('3m', 'SF-36', NULL::float8),
		('1y', 'VAS', 0.003), ('1y', 'ODI', 0.03), ('1y', 'height', 0.5),
		('1y', 'kyphosis', 0.003), ('1y', 'SF-36', 0.04)) t(visit, outcome, p);

SELECT visit, outcome, p,
	   round(p_adjust(p, 'holm') OVER w::numeric, 10) AS holm,
	   round(p_adjust(p, 'hochberg') OVER w::numeric, 10) AS hochberg,
	   round(p_adjust(p, 'hommel') OVER w::numeric, 10) AS hommel,
	   round(p_adjust(p, 'bonferroni') OVER w::numeric, 10) AS bonferroni,
	   round(p_adjust(p, 'BH') OVER w::numeric, 10) AS bh,
	   round(p_adjust(p, 'BY') OVER w::numeric, 10) AS by_,
	   p_adjust(p, 'none') OVER w AS none
FROM outcomes WINDOW w AS (PARTITION BY visit)
ORDER BY visit, outcome;
-- the window's ORDER BY and frame do not matter; 'fdr' is 'BH'; any case
SELECT outcome, p_adjust(p, 'fdr') OVER (PARTITION BY visit ORDER BY p ROWS BETWEEN CURRENT ROW AND CURRENT ROW)
	   = p_adjust(p, 'BH') OVER (PARTITION BY visit) AS same,
	   p_adjust(p, 'Holm') OVER (PARTITION BY visit) = p_adjust(p, 'holm') OVER (PARTITION BY visit) AS same_case
FROM outcomes WHERE visit = '1y' ORDER BY outcome;

-- the array form keeps the shape and the NULLs
SELECT p_adjust(ARRAY[0.01, NULL, 0.04, 0.03, 0.005], 'holm');
SELECT p_adjust(ARRAY[[0.01, 0.02], [0.03, NULL]], 'BH');
SELECT p_adjust(ARRAY[]::float8[], 'holm'), p_adjust(ARRAY[NULL]::float8[], 'hommel'),
	   p_adjust(ARRAY[0.3], 'bonferroni'), p_adjust(ARRAY[0.01, 0.04], 'hommel');
SELECT p_adjust(NULL::float8[], 'holm'), p_adjust(ARRAY[0.5], NULL);
-- ties share their adjusted value; 0 and 1 are valid
SELECT p_adjust(ARRAY[0.02, 0.02, 0.02, 0, 1, 0.5, 0.5], m) FROM unnest(ARRAY['holm', 'hochberg', 'hommel', 'BH', 'BY']) m;

-- a partition of NULLs only; many partitions
SELECT p_adjust(NULL::float8, 'holm') OVER () FROM generate_series(1, 2);
SELECT g, count(*), round(max(a)::numeric, 10) AS max_adj, round(min(a)::numeric, 12) AS min_adj
FROM (SELECT x % 3 AS g, p_adjust(x / 10000.0, 'hommel') OVER (PARTITION BY x % 3) AS a
	  FROM generate_series(1, 9000) x) q GROUP BY g ORDER BY g;

-- invalid input
SELECT p_adjust(p, 'sidak') OVER () FROM outcomes;
SELECT p_adjust(ARRAY[0.1], 'bonf');
SELECT p_adjust(p * 10, 'holm') OVER () FROM outcomes;
SELECT p_adjust(ARRAY[-0.1], 'holm');
SELECT p_adjust(ARRAY['NaN'::float8], 'holm');
SELECT p_adjust(p, NULL) OVER () FROM outcomes;
SELECT p_adjust(p, CASE WHEN outcome = 'VAS' THEN 'holm' ELSE 'BH' END) OVER (PARTITION BY visit) FROM outcomes;
SELECT p_adjust(p, 'holm') FROM outcomes;
