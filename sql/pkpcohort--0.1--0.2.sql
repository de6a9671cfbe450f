/* pkpcohort upgrade script: 0.1 -> 0.2 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION pkpcohort UPDATE TO '0.2'" to load this file. \quit

/*
 * mean_sd keeps exact sums in a state type of its own, mean_sd_state, so
 * that it prints the same for every plan: its float8[] functions and
 * aggregates are replaced.  (States stored by mean_sd_partial in 0.1 must
 * be recomputed.)
 */
DROP AGGREGATE @extschema@.mean_sd_merge(float8[]);
DROP AGGREGATE @extschema@.mean_sd_partial(float8);
DROP AGGREGATE @extschema@.mean_sd_partial(float8, integer);
DROP AGGREGATE @extschema@.mean_sd(float8);
DROP AGGREGATE @extschema@.mean_sd(float8, integer);
DROP FUNCTION @extschema@.mean_sd_final(float8[]);
DROP FUNCTION @extschema@.mean_sd_combine(float8[], float8[]);
DROP FUNCTION @extschema@.mean_sd_trans(float8[], float8);
DROP FUNCTION @extschema@.mean_sd_trans(float8[], float8, integer);

CREATE TYPE @extschema@.mean_sd_state;

CREATE FUNCTION @extschema@.mean_sd_state_in(cstring) RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_in(cstring) IS
	'text input of mean_sd_state (validated)';

CREATE FUNCTION @extschema@.mean_sd_state_out(@extschema@.mean_sd_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'mean_sd_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_out(@extschema@.mean_sd_state) IS
	'text output of mean_sd_state (exact round trip)';

CREATE FUNCTION @extschema@.mean_sd_state_recv(internal) RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_recv(internal) IS
	'binary input of mean_sd_state (validated)';

CREATE FUNCTION @extschema@.mean_sd_state_send(@extschema@.mean_sd_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'mean_sd_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_state_send(@extschema@.mean_sd_state) IS
	'binary output of mean_sd_state';

CREATE TYPE @extschema@.mean_sd_state (
	INPUT = @extschema@.mean_sd_state_in,
	OUTPUT = @extschema@.mean_sd_state_out,
	RECEIVE = @extschema@.mean_sd_state_recv,
	SEND = @extschema@.mean_sd_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.mean_sd_state IS
	'aggregate state of mean_sd (for mean_sd_partial and mean_sd_merge)';

CREATE FUNCTION @extschema@.mean_sd_combine(@extschema@.mean_sd_state, @extschema@.mean_sd_state)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_combine(@extschema@.mean_sd_state, @extschema@.mean_sd_state) IS
	'merges two mean_sd states (combine function of mean_sd)';

CREATE FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8, integer)
	RETURNS @extschema@.mean_sd_state
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(@extschema@.mean_sd_state, float8, integer) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_final(@extschema@.mean_sd_state) RETURNS text
	AS 'MODULE_PATHNAME', 'mean_sd_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_final(@extschema@.mean_sd_state) IS
	'final function of mean_sd and mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8) IS
	'"mean ± SD" (sample SD, n - 1) with 1 decimal, e.g. 60.6 ± 9.7; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE AGGREGATE @extschema@.mean_sd(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8, integer) IS
	'"mean ± SD" (sample SD, n - 1) with the given decimals (0-10), rounded as C printf / R sprintf; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE AGGREGATE @extschema@.mean_sd_partial(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd_partial(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = @extschema@.mean_sd_state,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8, integer) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.mean_sd_merge(@extschema@.mean_sd_state) (
	SFUNC = @extschema@.mean_sd_combine,
	STYPE = @extschema@.mean_sd_state,
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_merge(@extschema@.mean_sd_state) IS
	'mean_sd over states from mean_sd_partial';

