/* pkpcohort upgrade script: 0.1 -> 0.2 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION pkpcohort UPDATE TO '0.2'" to load this file. \quit

-- ==== 0.2: k-sample tests (one_way_anova, kruskal_wallis), repeated measures
-- (friedman_test, rm_anova, cochran_q), mcnemar and p_adjust.  Expanded by
-- sql/install/expand.awk from 08-states.sql.in (these six state types),
-- 14-anova, 22-kruskal, 24-repeated, 32-mcnemar and 57-p_adjust.sql.in.

/*
 * ---- state types ----
 *
 * Every test's aggregate state is a real SQL type (never internal), with a
 * text form that round-trips exactly, so that parallel query, postgres_fdw
 * and Citus can split the aggregates, and X_partial / X_merge can carry
 * states between servers.  NAME_state, its I/O and its combine function.
 */

CREATE TYPE @extschema@.kruskal_wallis_state;

CREATE FUNCTION @extschema@.kruskal_wallis_state_in(cstring) RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_in(cstring) IS
	'text input of kruskal_wallis_state (validated)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_out(@extschema@.kruskal_wallis_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_out(@extschema@.kruskal_wallis_state) IS
	'text output of kruskal_wallis_state (exact round trip)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_recv(internal) RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_recv(internal) IS
	'binary input of kruskal_wallis_state (validated)';

CREATE FUNCTION @extschema@.kruskal_wallis_state_send(@extschema@.kruskal_wallis_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'kruskal_wallis_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_state_send(@extschema@.kruskal_wallis_state) IS
	'binary output of kruskal_wallis_state';

CREATE TYPE @extschema@.kruskal_wallis_state (
	INPUT = @extschema@.kruskal_wallis_state_in,
	OUTPUT = @extschema@.kruskal_wallis_state_out,
	RECEIVE = @extschema@.kruskal_wallis_state_recv,
	SEND = @extschema@.kruskal_wallis_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.kruskal_wallis_state IS
	'aggregate state of kruskal_wallis (for kruskal_wallis_partial and kruskal_wallis_merge)';

CREATE FUNCTION @extschema@.kruskal_wallis_combine(@extschema@.kruskal_wallis_state, @extschema@.kruskal_wallis_state)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_combine(@extschema@.kruskal_wallis_state, @extschema@.kruskal_wallis_state) IS
	'merges two kruskal_wallis states (combine function of kruskal_wallis)';
CREATE TYPE @extschema@.one_way_anova_state;

CREATE FUNCTION @extschema@.one_way_anova_state_in(cstring) RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_in(cstring) IS
	'text input of one_way_anova_state (validated)';

CREATE FUNCTION @extschema@.one_way_anova_state_out(@extschema@.one_way_anova_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'one_way_anova_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_out(@extschema@.one_way_anova_state) IS
	'text output of one_way_anova_state (exact round trip)';

CREATE FUNCTION @extschema@.one_way_anova_state_recv(internal) RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_recv(internal) IS
	'binary input of one_way_anova_state (validated)';

CREATE FUNCTION @extschema@.one_way_anova_state_send(@extschema@.one_way_anova_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'one_way_anova_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_state_send(@extschema@.one_way_anova_state) IS
	'binary output of one_way_anova_state';

CREATE TYPE @extschema@.one_way_anova_state (
	INPUT = @extschema@.one_way_anova_state_in,
	OUTPUT = @extschema@.one_way_anova_state_out,
	RECEIVE = @extschema@.one_way_anova_state_recv,
	SEND = @extschema@.one_way_anova_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.one_way_anova_state IS
	'aggregate state of one_way_anova (for one_way_anova_partial and one_way_anova_merge)';

CREATE FUNCTION @extschema@.one_way_anova_combine(@extschema@.one_way_anova_state, @extschema@.one_way_anova_state)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_combine(@extschema@.one_way_anova_state, @extschema@.one_way_anova_state) IS
	'merges two one_way_anova states (combine function of one_way_anova)';
CREATE TYPE @extschema@.mcnemar_state;

CREATE FUNCTION @extschema@.mcnemar_state_in(cstring) RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_in(cstring) IS
	'text input of mcnemar_state (validated)';

CREATE FUNCTION @extschema@.mcnemar_state_out(@extschema@.mcnemar_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'mcnemar_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_out(@extschema@.mcnemar_state) IS
	'text output of mcnemar_state (exact round trip)';

CREATE FUNCTION @extschema@.mcnemar_state_recv(internal) RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_recv(internal) IS
	'binary input of mcnemar_state (validated)';

CREATE FUNCTION @extschema@.mcnemar_state_send(@extschema@.mcnemar_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'mcnemar_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_state_send(@extschema@.mcnemar_state) IS
	'binary output of mcnemar_state';

CREATE TYPE @extschema@.mcnemar_state (
	INPUT = @extschema@.mcnemar_state_in,
	OUTPUT = @extschema@.mcnemar_state_out,
	RECEIVE = @extschema@.mcnemar_state_recv,
	SEND = @extschema@.mcnemar_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.mcnemar_state IS
	'aggregate state of mcnemar (for mcnemar_partial and mcnemar_merge)';

CREATE FUNCTION @extschema@.mcnemar_combine(@extschema@.mcnemar_state, @extschema@.mcnemar_state)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_combine(@extschema@.mcnemar_state, @extschema@.mcnemar_state) IS
	'merges two mcnemar states (combine function of mcnemar)';
CREATE TYPE @extschema@.friedman_test_state;

CREATE FUNCTION @extschema@.friedman_test_state_in(cstring) RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_in(cstring) IS
	'text input of friedman_test_state (validated)';

CREATE FUNCTION @extschema@.friedman_test_state_out(@extschema@.friedman_test_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'friedman_test_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_out(@extschema@.friedman_test_state) IS
	'text output of friedman_test_state (exact round trip)';

CREATE FUNCTION @extschema@.friedman_test_state_recv(internal) RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_recv(internal) IS
	'binary input of friedman_test_state (validated)';

CREATE FUNCTION @extschema@.friedman_test_state_send(@extschema@.friedman_test_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'friedman_test_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_state_send(@extschema@.friedman_test_state) IS
	'binary output of friedman_test_state';

CREATE TYPE @extschema@.friedman_test_state (
	INPUT = @extschema@.friedman_test_state_in,
	OUTPUT = @extschema@.friedman_test_state_out,
	RECEIVE = @extschema@.friedman_test_state_recv,
	SEND = @extschema@.friedman_test_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.friedman_test_state IS
	'aggregate state of friedman_test (for friedman_test_partial and friedman_test_merge)';

CREATE FUNCTION @extschema@.friedman_test_combine(@extschema@.friedman_test_state, @extschema@.friedman_test_state)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_combine(@extschema@.friedman_test_state, @extschema@.friedman_test_state) IS
	'merges two friedman_test states (combine function of friedman_test)';
CREATE TYPE @extschema@.rm_anova_state;

CREATE FUNCTION @extschema@.rm_anova_state_in(cstring) RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_in(cstring) IS
	'text input of rm_anova_state (validated)';

CREATE FUNCTION @extschema@.rm_anova_state_out(@extschema@.rm_anova_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'rm_anova_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_out(@extschema@.rm_anova_state) IS
	'text output of rm_anova_state (exact round trip)';

CREATE FUNCTION @extschema@.rm_anova_state_recv(internal) RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_recv(internal) IS
	'binary input of rm_anova_state (validated)';

CREATE FUNCTION @extschema@.rm_anova_state_send(@extschema@.rm_anova_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rm_anova_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_state_send(@extschema@.rm_anova_state) IS
	'binary output of rm_anova_state';

CREATE TYPE @extschema@.rm_anova_state (
	INPUT = @extschema@.rm_anova_state_in,
	OUTPUT = @extschema@.rm_anova_state_out,
	RECEIVE = @extschema@.rm_anova_state_recv,
	SEND = @extschema@.rm_anova_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.rm_anova_state IS
	'aggregate state of rm_anova (for rm_anova_partial and rm_anova_merge)';

CREATE FUNCTION @extschema@.rm_anova_combine(@extschema@.rm_anova_state, @extschema@.rm_anova_state)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_combine(@extschema@.rm_anova_state, @extschema@.rm_anova_state) IS
	'merges two rm_anova states (combine function of rm_anova)';
CREATE TYPE @extschema@.cochran_q_state;

CREATE FUNCTION @extschema@.cochran_q_state_in(cstring) RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_in(cstring) IS
	'text input of cochran_q_state (validated)';

CREATE FUNCTION @extschema@.cochran_q_state_out(@extschema@.cochran_q_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'cochran_q_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_out(@extschema@.cochran_q_state) IS
	'text output of cochran_q_state (exact round trip)';

CREATE FUNCTION @extschema@.cochran_q_state_recv(internal) RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_recv(internal) IS
	'binary input of cochran_q_state (validated)';

CREATE FUNCTION @extschema@.cochran_q_state_send(@extschema@.cochran_q_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cochran_q_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_state_send(@extschema@.cochran_q_state) IS
	'binary output of cochran_q_state';

CREATE TYPE @extschema@.cochran_q_state (
	INPUT = @extschema@.cochran_q_state_in,
	OUTPUT = @extschema@.cochran_q_state_out,
	RECEIVE = @extschema@.cochran_q_state_recv,
	SEND = @extschema@.cochran_q_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.cochran_q_state IS
	'aggregate state of cochran_q (for cochran_q_partial and cochran_q_merge)';

CREATE FUNCTION @extschema@.cochran_q_combine(@extschema@.cochran_q_state, @extschema@.cochran_q_state)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_combine(@extschema@.cochran_q_state, @extschema@.cochran_q_state) IS
	'merges two cochran_q states (combine function of cochran_q)';

/*
 * ---- one_way_anova: classic and Welch one-way analysis of variance ----
 * over k groups (value, group); the state keeps per-group moments only.
 */

CREATE TYPE @extschema@.one_way_anova_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	f float8,
	df1 float8,
	df2 float8,
	p_value float8,
	f_welch float8,
	df2_welch float8,
	p_welch float8,
	eta_squared float8,
	omega_squared float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.one_way_anova_result IS
	'result of one_way_anova';
COMMENT ON COLUMN @extschema@.one_way_anova_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.n IS
	'observations used (rows with a value and a label)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.n_skipped IS
	'rows skipped because the value or the label was NULL';
COMMENT ON COLUMN @extschema@.one_way_anova_result.f IS
	'classic F = MS between / MS within (R anova(aov()), oneway.test(var.equal = TRUE))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df1 IS
	'numerator degrees of freedom, k - 1 (also of Welch''s F)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df2 IS
	'denominator degrees of freedom of the classic F, n - k';
COMMENT ON COLUMN @extschema@.one_way_anova_result.p_value IS
	'p of the classic F (upper tail of F(df1, df2))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.f_welch IS
	'Welch''s F for unequal variances (R oneway.test(var.equal = FALSE))';
COMMENT ON COLUMN @extschema@.one_way_anova_result.df2_welch IS
	'Welch''s denominator degrees of freedom (real)';
COMMENT ON COLUMN @extschema@.one_way_anova_result.p_welch IS
	'p of Welch''s F';
COMMENT ON COLUMN @extschema@.one_way_anova_result.eta_squared IS
	'SS between / SS total';
COMMENT ON COLUMN @extschema@.one_way_anova_result.omega_squared IS
	'(SS between - (k - 1) MS within) / (SS total + MS within), negative when F < 1';
COMMENT ON COLUMN @extschema@.one_way_anova_result.notes IS
	'why a statistic is NULL';

CREATE FUNCTION @extschema@.one_way_anova_final(@extschema@.one_way_anova_state)
	RETURNS @extschema@.one_way_anova_result
	AS 'MODULE_PATHNAME', 'one_way_anova_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_final(@extschema@.one_way_anova_state) IS
	'final function of one_way_anova and one_way_anova_merge';

CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, text)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, text) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp text) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, text) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp text) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, text) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, boolean)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, boolean) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp boolean) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, boolean) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp boolean) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, boolean) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, smallint)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, smallint) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp smallint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, smallint) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp smallint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, smallint) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, integer)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, integer) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp integer) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, integer) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp integer) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, integer) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, bigint)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, bigint) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp bigint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, bigint) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp bigint) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, bigint) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';
CREATE FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, anyelement)
	RETURNS @extschema@.one_way_anova_state
	AS 'MODULE_PATHNAME', 'one_way_anova_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.one_way_anova_trans(@extschema@.one_way_anova_state, float8, anyelement) IS
	'transition function of one_way_anova';

CREATE AGGREGATE @extschema@.one_way_anova(value float8, grp anyelement) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova(float8, anyelement) IS
	'classic and Welch one-way ANOVA over k groups (value, group)';

CREATE AGGREGATE @extschema@.one_way_anova_partial(value float8, grp anyelement) (
	SFUNC = @extschema@.one_way_anova_trans,
	STYPE = @extschema@.one_way_anova_state,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_partial(float8, anyelement) IS
	'state of one_way_anova (group moments only), to be combined by one_way_anova_merge';

CREATE AGGREGATE @extschema@.one_way_anova_merge(@extschema@.one_way_anova_state) (
	SFUNC = @extschema@.one_way_anova_combine,
	STYPE = @extschema@.one_way_anova_state,
	FINALFUNC = @extschema@.one_way_anova_final,
	COMBINEFUNC = @extschema@.one_way_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.one_way_anova_merge(@extschema@.one_way_anova_state) IS
	'one_way_anova over states from one_way_anova_partial';

/*
 * ---- kruskal_wallis: the Kruskal-Wallis rank test over k groups ----
 */

CREATE TYPE @extschema@.kruskal_wallis_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	h float8,
	df float8,
	p_value float8,
	epsilon_squared float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.kruskal_wallis_result IS
	'result of kruskal_wallis';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.k IS
	'number of groups (distinct non-NULL labels)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.n IS
	'observations used (rows with a value and a label)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.n_skipped IS
	'rows skipped because the value or the label was NULL';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.h IS
	'Kruskal-Wallis H with mid-ranks, corrected for ties (R kruskal.test)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.p_value IS
	'p from the chi-square approximation (upper tail of chi-square(df))';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.epsilon_squared IS
	'effect size H / (n - 1)';
COMMENT ON COLUMN @extschema@.kruskal_wallis_result.notes IS
	'why a statistic is NULL, small groups';

CREATE FUNCTION @extschema@.kruskal_wallis_final(@extschema@.kruskal_wallis_state)
	RETURNS @extschema@.kruskal_wallis_result
	AS 'MODULE_PATHNAME', 'kruskal_wallis_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_final(@extschema@.kruskal_wallis_state) IS
	'final function of kruskal_wallis and kruskal_wallis_merge';

CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, text)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, text) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp text) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, text) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp text) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, text) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, boolean)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, boolean) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp boolean) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, boolean) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp boolean) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, boolean) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, smallint)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, smallint) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp smallint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, smallint) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp smallint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, smallint) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, integer)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, integer) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp integer) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, integer) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp integer) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, integer) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, bigint)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, bigint) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp bigint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, bigint) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp bigint) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, bigint) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';
CREATE FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, anyelement)
	RETURNS @extschema@.kruskal_wallis_state
	AS 'MODULE_PATHNAME', 'kruskal_wallis_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kruskal_wallis_trans(@extschema@.kruskal_wallis_state, float8, anyelement) IS
	'transition function of kruskal_wallis';

CREATE AGGREGATE @extschema@.kruskal_wallis(value float8, grp anyelement) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis(float8, anyelement) IS
	'Kruskal-Wallis rank test over k groups (value, group)';

CREATE AGGREGATE @extschema@.kruskal_wallis_partial(value float8, grp anyelement) (
	SFUNC = @extschema@.kruskal_wallis_trans,
	STYPE = @extschema@.kruskal_wallis_state,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_partial(float8, anyelement) IS
	'state of kruskal_wallis, to be combined by kruskal_wallis_merge';

CREATE AGGREGATE @extschema@.kruskal_wallis_merge(@extschema@.kruskal_wallis_state) (
	SFUNC = @extschema@.kruskal_wallis_combine,
	STYPE = @extschema@.kruskal_wallis_state,
	FINALFUNC = @extschema@.kruskal_wallis_final,
	COMBINEFUNC = @extschema@.kruskal_wallis_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.kruskal_wallis_merge(@extschema@.kruskal_wallis_state) IS
	'kruskal_wallis over states from kruskal_wallis_partial';

/*
 * ---- repeated measures: friedman_test, rm_anova, cochran_q ----
 * Long-format input, one row per subject and condition (value, subject,
 * condition).  Subject and condition take any label type, independently:
 * 25 concrete pairs (Citus) and a polymorphic fallback, as chi_square.
 */

CREATE TYPE @extschema@.friedman_test_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	chi2 float8,
	df float8,
	p_value float8,
	kendall_w float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.friedman_test_result IS
	'result of friedman_test';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_subjects IS
	'complete subjects used (a value for every condition)';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.friedman_test_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.friedman_test_result.n_skipped IS
	'rows skipped because the value, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.friedman_test_result.chi2 IS
	'Friedman chi-square, ranks within subjects, corrected for ties (R friedman.test)';
COMMENT ON COLUMN @extschema@.friedman_test_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.friedman_test_result.p_value IS
	'p from the chi-square approximation';
COMMENT ON COLUMN @extschema@.friedman_test_result.kendall_w IS
	'Kendall''s coefficient of concordance W = chi2 / (n_subjects (k - 1))';
COMMENT ON COLUMN @extschema@.friedman_test_result.notes IS
	'subjects left out, why a statistic is NULL';

CREATE TYPE @extschema@.rm_anova_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	f float8,
	df1 float8,
	df2 float8,
	p_value float8,
	partial_eta_squared float8,
	epsilon_gg float8,
	p_gg float8,
	epsilon_hf float8,
	p_hf float8,
	mauchly_w float8,
	mauchly_chi2 float8,
	mauchly_df float8,
	p_mauchly float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.rm_anova_result IS
	'result of rm_anova';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_subjects IS
	'complete subjects used (a value for every condition)';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.rm_anova_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.rm_anova_result.n_skipped IS
	'rows skipped because the value, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.rm_anova_result.f IS
	'F of the condition effect against subject x condition (R aov(value ~ condition + Error(subject/condition)))';
COMMENT ON COLUMN @extschema@.rm_anova_result.df1 IS
	'numerator degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.rm_anova_result.df2 IS
	'denominator degrees of freedom, (n_subjects - 1)(k - 1)';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_value IS
	'p of F assuming sphericity';
COMMENT ON COLUMN @extschema@.rm_anova_result.partial_eta_squared IS
	'SS condition / (SS condition + SS error), as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.epsilon_gg IS
	'Greenhouse-Geisser epsilon';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_gg IS
	'p of F with both df multiplied by epsilon_gg';
COMMENT ON COLUMN @extschema@.rm_anova_result.epsilon_hf IS
	'Huynh-Feldt epsilon, capped at 1 as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_hf IS
	'p of F with both df multiplied by epsilon_hf';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_w IS
	'Mauchly''s W for sphericity of the orthonormal contrasts';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_chi2 IS
	'chi-square approximation of -ln W, as SPSS prints it';
COMMENT ON COLUMN @extschema@.rm_anova_result.mauchly_df IS
	'degrees of freedom of mauchly_chi2, (k - 1) k / 2 - 1';
COMMENT ON COLUMN @extschema@.rm_anova_result.p_mauchly IS
	'p of Mauchly''s test (chi-square approximation, as SPSS)';
COMMENT ON COLUMN @extschema@.rm_anova_result.notes IS
	'subjects left out, why a statistic is NULL';

CREATE TYPE @extschema@.cochran_q_result AS (
	n_subjects bigint,
	n_incomplete bigint,
	k bigint,
	n_skipped bigint,
	q float8,
	df float8,
	p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.cochran_q_result IS
	'result of cochran_q';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_subjects IS
	'complete subjects used (a flag for every condition)';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_incomplete IS
	'subjects left out because a condition is missing';
COMMENT ON COLUMN @extschema@.cochran_q_result.k IS
	'number of conditions (distinct non-NULL condition labels)';
COMMENT ON COLUMN @extschema@.cochran_q_result.n_skipped IS
	'rows skipped because the flag, subject or condition was NULL';
COMMENT ON COLUMN @extschema@.cochran_q_result.q IS
	'Cochran''s Q';
COMMENT ON COLUMN @extschema@.cochran_q_result.df IS
	'degrees of freedom, k - 1';
COMMENT ON COLUMN @extschema@.cochran_q_result.p_value IS
	'p from the chi-square approximation';
COMMENT ON COLUMN @extschema@.cochran_q_result.notes IS
	'subjects left out, why a statistic is NULL';

-- The three tests: name and first argument.

CREATE FUNCTION @extschema@.friedman_test_final(@extschema@.friedman_test_state)
	RETURNS @extschema@.friedman_test_result
	AS 'MODULE_PATHNAME', 'friedman_test_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_final(@extschema@.friedman_test_state) IS
	'final function of friedman_test and friedman_test_merge';

CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject text, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, text, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, text, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, text, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject boolean, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, boolean, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, boolean, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, boolean, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject smallint, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, smallint, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, smallint, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, smallint, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject integer, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, integer, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, integer, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, integer, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition text)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, text) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, text) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, text) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition boolean)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, boolean) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, boolean) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, boolean) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition smallint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, smallint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, smallint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, smallint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition integer)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, integer) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, integer) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, integer) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';
CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject bigint, condition bigint)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, bigint, bigint) IS
	'transition function of friedman_test';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, bigint, bigint) IS
	'friedman_test over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, bigint, bigint) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';

CREATE FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, subject anyelement, condition anycompatible)
	RETURNS @extschema@.friedman_test_state
	AS 'MODULE_PATHNAME', 'friedman_test_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.friedman_test_trans(@extschema@.friedman_test_state, value float8, anyelement, anycompatible) IS
	'transition function of friedman_test for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.friedman_test(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test(value float8, anyelement, anycompatible) IS
	'friedman_test over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.friedman_test_partial(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.friedman_test_trans,
	STYPE = @extschema@.friedman_test_state,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_partial(value float8, anyelement, anycompatible) IS
	'state of friedman_test (one value per subject and condition), to be combined by friedman_test_merge';

CREATE AGGREGATE @extschema@.friedman_test_merge(@extschema@.friedman_test_state) (
	SFUNC = @extschema@.friedman_test_combine,
	STYPE = @extschema@.friedman_test_state,
	FINALFUNC = @extschema@.friedman_test_final,
	COMBINEFUNC = @extschema@.friedman_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.friedman_test_merge(@extschema@.friedman_test_state) IS
	'friedman_test over states from friedman_test_partial (e.g. one per hospital)';
CREATE FUNCTION @extschema@.rm_anova_final(@extschema@.rm_anova_state)
	RETURNS @extschema@.rm_anova_result
	AS 'MODULE_PATHNAME', 'rm_anova_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_final(@extschema@.rm_anova_state) IS
	'final function of rm_anova and rm_anova_merge';

CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject text, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, text, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, text, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject text, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, text, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject boolean, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, boolean, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, boolean, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject boolean, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, boolean, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject smallint, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, smallint, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, smallint, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject smallint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, smallint, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject integer, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, integer, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, integer, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject integer, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, integer, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition text)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, text) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, text) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition text) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, text) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition boolean)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, boolean) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, boolean) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition boolean) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, boolean) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition smallint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, smallint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, smallint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition smallint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, smallint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition integer)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, integer) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, integer) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition integer) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, integer) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';
CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject bigint, condition bigint)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, bigint, bigint) IS
	'transition function of rm_anova';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, bigint, bigint) IS
	'rm_anova over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject bigint, condition bigint) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, bigint, bigint) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';

CREATE FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, subject anyelement, condition anycompatible)
	RETURNS @extschema@.rm_anova_state
	AS 'MODULE_PATHNAME', 'rm_anova_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rm_anova_trans(@extschema@.rm_anova_state, value float8, anyelement, anycompatible) IS
	'transition function of rm_anova for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.rm_anova(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova(value float8, anyelement, anycompatible) IS
	'rm_anova over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.rm_anova_partial(value float8, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.rm_anova_trans,
	STYPE = @extschema@.rm_anova_state,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_partial(value float8, anyelement, anycompatible) IS
	'state of rm_anova (one value per subject and condition), to be combined by rm_anova_merge';

CREATE AGGREGATE @extschema@.rm_anova_merge(@extschema@.rm_anova_state) (
	SFUNC = @extschema@.rm_anova_combine,
	STYPE = @extschema@.rm_anova_state,
	FINALFUNC = @extschema@.rm_anova_final,
	COMBINEFUNC = @extschema@.rm_anova_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rm_anova_merge(@extschema@.rm_anova_state) IS
	'rm_anova over states from rm_anova_partial (e.g. one per hospital)';
CREATE FUNCTION @extschema@.cochran_q_final(@extschema@.cochran_q_state)
	RETURNS @extschema@.cochran_q_result
	AS 'MODULE_PATHNAME', 'cochran_q_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_final(@extschema@.cochran_q_state) IS
	'final function of cochran_q and cochran_q_merge';

CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject text, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, text, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject text, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, text, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject text, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, text, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject boolean, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, boolean, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject boolean, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, boolean, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject boolean, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, boolean, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject smallint, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, smallint, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject smallint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, smallint, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject smallint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, smallint, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject integer, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, integer, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject integer, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, integer, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject integer, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, integer, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition text)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, text) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, text) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition text) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, text) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition boolean)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, boolean) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, boolean) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition boolean) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, boolean) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition smallint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, smallint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, smallint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition smallint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, smallint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition integer)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, integer) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, integer) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition integer) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, integer) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';
CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject bigint, condition bigint)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, bigint, bigint) IS
	'transition function of cochran_q';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject bigint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, bigint, bigint) IS
	'cochran_q over a repeated-measures design in long format, one row per subject and condition';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject bigint, condition bigint) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, bigint, bigint) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';

CREATE FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, subject anyelement, condition anycompatible)
	RETURNS @extschema@.cochran_q_state
	AS 'MODULE_PATHNAME', 'cochran_q_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cochran_q_trans(@extschema@.cochran_q_state, flag boolean, anyelement, anycompatible) IS
	'transition function of cochran_q for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.cochran_q(flag boolean, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q(flag boolean, anyelement, anycompatible) IS
	'cochran_q over a repeated-measures design in long format, labels of any sortable types';

CREATE AGGREGATE @extschema@.cochran_q_partial(flag boolean, subject anyelement, condition anycompatible) (
	SFUNC = @extschema@.cochran_q_trans,
	STYPE = @extschema@.cochran_q_state,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_partial(flag boolean, anyelement, anycompatible) IS
	'state of cochran_q (one value per subject and condition), to be combined by cochran_q_merge';

CREATE AGGREGATE @extschema@.cochran_q_merge(@extschema@.cochran_q_state) (
	SFUNC = @extschema@.cochran_q_combine,
	STYPE = @extschema@.cochran_q_state,
	FINALFUNC = @extschema@.cochran_q_final,
	COMBINEFUNC = @extschema@.cochran_q_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cochran_q_merge(@extschema@.cochran_q_state) IS
	'cochran_q over states from cochran_q_partial (e.g. one per hospital)';

/*
 * ---- mcnemar: McNemar's test of paired proportions ----
 * (before, after [, conf_level]); the state holds the four counts.
 */

CREATE TYPE @extschema@.mcnemar_result AS (
	n bigint,
	n_skipped bigint,
	b bigint,
	c bigint,
	chi2 float8,
	p_value float8,
	chi2_cc float8,
	p_value_cc float8,
	p_exact float8,
	odds_ratio float8,
	or_ci_lower float8,
	or_ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.mcnemar_result IS
	'result of mcnemar';
COMMENT ON COLUMN @extschema@.mcnemar_result.n IS
	'pairs used (before and after both not NULL)';
COMMENT ON COLUMN @extschema@.mcnemar_result.n_skipped IS
	'rows skipped because before or after was NULL';
COMMENT ON COLUMN @extschema@.mcnemar_result.b IS
	'discordant pairs with before true, after false';
COMMENT ON COLUMN @extschema@.mcnemar_result.c IS
	'discordant pairs with before false, after true';
COMMENT ON COLUMN @extschema@.mcnemar_result.chi2 IS
	'(b - c)^2 / (b + c), without continuity correction';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_value IS
	'p of chi2 (chi-square, 1 df)';
COMMENT ON COLUMN @extschema@.mcnemar_result.chi2_cc IS
	'(|b - c| - 1)^2 / (b + c), 0 when b = c (R mcnemar.test default)';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_value_cc IS
	'p of chi2_cc';
COMMENT ON COLUMN @extschema@.mcnemar_result.p_exact IS
	'exact two-sided binomial p of b among b + c at 1/2 (R binom.test)';
COMMENT ON COLUMN @extschema@.mcnemar_result.odds_ratio IS
	'conditional odds ratio b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.or_ci_lower IS
	'lower limit of the exact (Clopper-Pearson) interval of b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.or_ci_upper IS
	'upper limit of the exact (Clopper-Pearson) interval of b / c';
COMMENT ON COLUMN @extschema@.mcnemar_result.notes IS
	'why a statistic is NULL, small numbers of discordant pairs';

CREATE FUNCTION @extschema@.mcnemar_final(@extschema@.mcnemar_state)
	RETURNS @extschema@.mcnemar_result
	AS 'MODULE_PATHNAME', 'mcnemar_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_final(@extschema@.mcnemar_state) IS
	'final function of mcnemar and mcnemar_merge';

CREATE FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, before boolean, after boolean)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, boolean, boolean) IS
	'transition function of mcnemar';

CREATE AGGREGATE @extschema@.mcnemar(before boolean, after boolean) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar(boolean, boolean) IS
	'McNemar''s test of paired proportions (before, after [, conf_level])';

CREATE AGGREGATE @extschema@.mcnemar_partial(before boolean, after boolean) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_partial(boolean, boolean) IS
	'state of mcnemar (four counts), to be combined by mcnemar_merge';
CREATE FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, before boolean, after boolean, conf_level float8)
	RETURNS @extschema@.mcnemar_state
	AS 'MODULE_PATHNAME', 'mcnemar_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mcnemar_trans(@extschema@.mcnemar_state, boolean, boolean, conf_level float8) IS
	'transition function of mcnemar';

CREATE AGGREGATE @extschema@.mcnemar(before boolean, after boolean, conf_level float8) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar(boolean, boolean, conf_level float8) IS
	'McNemar''s test of paired proportions (before, after [, conf_level])';

CREATE AGGREGATE @extschema@.mcnemar_partial(before boolean, after boolean, conf_level float8) (
	SFUNC = @extschema@.mcnemar_trans,
	STYPE = @extschema@.mcnemar_state,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_partial(boolean, boolean, conf_level float8) IS
	'state of mcnemar (four counts), to be combined by mcnemar_merge';

CREATE AGGREGATE @extschema@.mcnemar_merge(@extschema@.mcnemar_state) (
	SFUNC = @extschema@.mcnemar_combine,
	STYPE = @extschema@.mcnemar_state,
	FINALFUNC = @extschema@.mcnemar_final,
	COMBINEFUNC = @extschema@.mcnemar_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mcnemar_merge(@extschema@.mcnemar_state) IS
	'mcnemar over states from mcnemar_partial';

/*
 * ---- p_adjust: p-values adjusted for multiple testing (R's p.adjust) ----
 */

CREATE FUNCTION @extschema@.p_adjust(p float8, method text) RETURNS float8
	AS 'MODULE_PATHNAME', 'p_adjust_window'
	LANGUAGE C IMMUTABLE PARALLEL SAFE WINDOW;
COMMENT ON FUNCTION @extschema@.p_adjust(float8, text) IS
	'window function: the row''s p adjusted among the non-NULL p of its partition, method as R p.adjust (holm, hochberg, hommel, bonferroni, BH or fdr, BY, none)';

CREATE FUNCTION @extschema@.p_adjust(p float8[], method text) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'p_adjust_array'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.p_adjust(float8[], text) IS
	'the elements of an array adjusted among its non-NULL elements, method as R p.adjust; NULL elements stay NULL';
