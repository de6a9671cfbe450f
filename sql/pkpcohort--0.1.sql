/* pkpcohort install script, assembled from sql/install/ by expand.awk */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION pkpcohort" to load this file. \quit

-- The label types with a concrete (Citus-distributable) overload, and the
-- polymorphic fallback for any other sortable type.  sqltype:C suffix.

-- The optional trailing arguments of the two-sample and paired tests:
-- none, alternative, alternative and conf_level (the C suffix is the tail
-- of an argument list).
/* ---- distributions: accurate upper tails and quantiles ---- */

CREATE FUNCTION @extschema@.dist_normal_upper(z float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_normal_upper'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_normal_upper(float8) IS
	'P(Z > z) for a standard normal Z';

CREATE FUNCTION @extschema@.dist_normal_quantile(p float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_normal_quantile'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_normal_quantile(float8) IS
	'lower p-quantile of the standard normal';

CREATE FUNCTION @extschema@.dist_t_upper(t float8, df float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_t_upper'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_t_upper(float8, float8) IS
	'P(T > t) for Student''s t with df degrees of freedom';

CREATE FUNCTION @extschema@.dist_t_quantile(p float8, df float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_t_quantile'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_t_quantile(float8, float8) IS
	'lower p-quantile of Student''s t with df degrees of freedom';

CREATE FUNCTION @extschema@.dist_chisq_upper(x float8, df float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_chisq_upper'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_chisq_upper(float8, float8) IS
	'P(X > x) for a chi-square with df degrees of freedom';

CREATE FUNCTION @extschema@.dist_f_upper(f float8, df1 float8, df2 float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'dist_f_upper'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dist_f_upper(float8, float8, float8) IS
	'P(F > f) for Snedecor''s F with df1 and df2 degrees of freedom';
/*
 * ---- state types ----
 *
 * Every test's aggregate state is a real SQL type (never internal), with a
 * text form that round-trips exactly, so that parallel query, postgres_fdw
 * and Citus can split the aggregates, and X_partial / X_merge can carry
 * states between servers.  NAME_state, its I/O and its combine function.
 */

CREATE TYPE @extschema@.paired_t_state;

CREATE FUNCTION @extschema@.paired_t_state_in(cstring) RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_state_in(cstring) IS
	'text input of paired_t_state (validated)';

CREATE FUNCTION @extschema@.paired_t_state_out(@extschema@.paired_t_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'paired_t_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_state_out(@extschema@.paired_t_state) IS
	'text output of paired_t_state (exact round trip)';

CREATE FUNCTION @extschema@.paired_t_state_recv(internal) RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_state_recv(internal) IS
	'binary input of paired_t_state (validated)';

CREATE FUNCTION @extschema@.paired_t_state_send(@extschema@.paired_t_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'paired_t_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_state_send(@extschema@.paired_t_state) IS
	'binary output of paired_t_state';

CREATE TYPE @extschema@.paired_t_state (
	INPUT = @extschema@.paired_t_state_in,
	OUTPUT = @extschema@.paired_t_state_out,
	RECEIVE = @extschema@.paired_t_state_recv,
	SEND = @extschema@.paired_t_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.paired_t_state IS
	'aggregate state of paired_t (for paired_t_partial and paired_t_merge)';

CREATE FUNCTION @extschema@.paired_t_combine(@extschema@.paired_t_state, @extschema@.paired_t_state)
	RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_combine(@extschema@.paired_t_state, @extschema@.paired_t_state) IS
	'merges two paired_t states (combine function of paired_t)';
CREATE TYPE @extschema@.independent_t_state;

CREATE FUNCTION @extschema@.independent_t_state_in(cstring) RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_state_in(cstring) IS
	'text input of independent_t_state (validated)';

CREATE FUNCTION @extschema@.independent_t_state_out(@extschema@.independent_t_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'independent_t_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_state_out(@extschema@.independent_t_state) IS
	'text output of independent_t_state (exact round trip)';

CREATE FUNCTION @extschema@.independent_t_state_recv(internal) RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_state_recv(internal) IS
	'binary input of independent_t_state (validated)';

CREATE FUNCTION @extschema@.independent_t_state_send(@extschema@.independent_t_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'independent_t_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_state_send(@extschema@.independent_t_state) IS
	'binary output of independent_t_state';

CREATE TYPE @extschema@.independent_t_state (
	INPUT = @extschema@.independent_t_state_in,
	OUTPUT = @extschema@.independent_t_state_out,
	RECEIVE = @extschema@.independent_t_state_recv,
	SEND = @extschema@.independent_t_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.independent_t_state IS
	'aggregate state of independent_t (for independent_t_partial and independent_t_merge)';

CREATE FUNCTION @extschema@.independent_t_combine(@extschema@.independent_t_state, @extschema@.independent_t_state)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_combine(@extschema@.independent_t_state, @extschema@.independent_t_state) IS
	'merges two independent_t states (combine function of independent_t)';
CREATE TYPE @extschema@.levene_test_state;

CREATE FUNCTION @extschema@.levene_test_state_in(cstring) RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_state_in(cstring) IS
	'text input of levene_test_state (validated)';

CREATE FUNCTION @extschema@.levene_test_state_out(@extschema@.levene_test_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'levene_test_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_state_out(@extschema@.levene_test_state) IS
	'text output of levene_test_state (exact round trip)';

CREATE FUNCTION @extschema@.levene_test_state_recv(internal) RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_state_recv(internal) IS
	'binary input of levene_test_state (validated)';

CREATE FUNCTION @extschema@.levene_test_state_send(@extschema@.levene_test_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'levene_test_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_state_send(@extschema@.levene_test_state) IS
	'binary output of levene_test_state';

CREATE TYPE @extschema@.levene_test_state (
	INPUT = @extschema@.levene_test_state_in,
	OUTPUT = @extschema@.levene_test_state_out,
	RECEIVE = @extschema@.levene_test_state_recv,
	SEND = @extschema@.levene_test_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.levene_test_state IS
	'aggregate state of levene_test (for levene_test_partial and levene_test_merge)';

CREATE FUNCTION @extschema@.levene_test_combine(@extschema@.levene_test_state, @extschema@.levene_test_state)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_combine(@extschema@.levene_test_state, @extschema@.levene_test_state) IS
	'merges two levene_test states (combine function of levene_test)';
CREATE TYPE @extschema@.ks_normality_state;

CREATE FUNCTION @extschema@.ks_normality_state_in(cstring) RETURNS @extschema@.ks_normality_state
	AS 'MODULE_PATHNAME', 'ks_normality_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_state_in(cstring) IS
	'text input of ks_normality_state (validated)';

CREATE FUNCTION @extschema@.ks_normality_state_out(@extschema@.ks_normality_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'ks_normality_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_state_out(@extschema@.ks_normality_state) IS
	'text output of ks_normality_state (exact round trip)';

CREATE FUNCTION @extschema@.ks_normality_state_recv(internal) RETURNS @extschema@.ks_normality_state
	AS 'MODULE_PATHNAME', 'ks_normality_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_state_recv(internal) IS
	'binary input of ks_normality_state (validated)';

CREATE FUNCTION @extschema@.ks_normality_state_send(@extschema@.ks_normality_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'ks_normality_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_state_send(@extschema@.ks_normality_state) IS
	'binary output of ks_normality_state';

CREATE TYPE @extschema@.ks_normality_state (
	INPUT = @extschema@.ks_normality_state_in,
	OUTPUT = @extschema@.ks_normality_state_out,
	RECEIVE = @extschema@.ks_normality_state_recv,
	SEND = @extschema@.ks_normality_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.ks_normality_state IS
	'aggregate state of ks_normality (for ks_normality_partial and ks_normality_merge)';

CREATE FUNCTION @extschema@.ks_normality_combine(@extschema@.ks_normality_state, @extschema@.ks_normality_state)
	RETURNS @extschema@.ks_normality_state
	AS 'MODULE_PATHNAME', 'ks_normality_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_combine(@extschema@.ks_normality_state, @extschema@.ks_normality_state) IS
	'merges two ks_normality states (combine function of ks_normality)';
CREATE TYPE @extschema@.shapiro_wilk_state;

CREATE FUNCTION @extschema@.shapiro_wilk_state_in(cstring) RETURNS @extschema@.shapiro_wilk_state
	AS 'MODULE_PATHNAME', 'shapiro_wilk_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_state_in(cstring) IS
	'text input of shapiro_wilk_state (validated)';

CREATE FUNCTION @extschema@.shapiro_wilk_state_out(@extschema@.shapiro_wilk_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'shapiro_wilk_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_state_out(@extschema@.shapiro_wilk_state) IS
	'text output of shapiro_wilk_state (exact round trip)';

CREATE FUNCTION @extschema@.shapiro_wilk_state_recv(internal) RETURNS @extschema@.shapiro_wilk_state
	AS 'MODULE_PATHNAME', 'shapiro_wilk_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_state_recv(internal) IS
	'binary input of shapiro_wilk_state (validated)';

CREATE FUNCTION @extschema@.shapiro_wilk_state_send(@extschema@.shapiro_wilk_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'shapiro_wilk_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_state_send(@extschema@.shapiro_wilk_state) IS
	'binary output of shapiro_wilk_state';

CREATE TYPE @extschema@.shapiro_wilk_state (
	INPUT = @extschema@.shapiro_wilk_state_in,
	OUTPUT = @extschema@.shapiro_wilk_state_out,
	RECEIVE = @extschema@.shapiro_wilk_state_recv,
	SEND = @extschema@.shapiro_wilk_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.shapiro_wilk_state IS
	'aggregate state of shapiro_wilk (for shapiro_wilk_partial and shapiro_wilk_merge)';

CREATE FUNCTION @extschema@.shapiro_wilk_combine(@extschema@.shapiro_wilk_state, @extschema@.shapiro_wilk_state)
	RETURNS @extschema@.shapiro_wilk_state
	AS 'MODULE_PATHNAME', 'shapiro_wilk_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_combine(@extschema@.shapiro_wilk_state, @extschema@.shapiro_wilk_state) IS
	'merges two shapiro_wilk states (combine function of shapiro_wilk)';
CREATE TYPE @extschema@.log_rank_state;

CREATE FUNCTION @extschema@.log_rank_state_in(cstring) RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_state_in(cstring) IS
	'text input of log_rank_state (validated)';

CREATE FUNCTION @extschema@.log_rank_state_out(@extschema@.log_rank_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'log_rank_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_state_out(@extschema@.log_rank_state) IS
	'text output of log_rank_state (exact round trip)';

CREATE FUNCTION @extschema@.log_rank_state_recv(internal) RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_state_recv(internal) IS
	'binary input of log_rank_state (validated)';

CREATE FUNCTION @extschema@.log_rank_state_send(@extschema@.log_rank_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'log_rank_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_state_send(@extschema@.log_rank_state) IS
	'binary output of log_rank_state';

CREATE TYPE @extschema@.log_rank_state (
	INPUT = @extschema@.log_rank_state_in,
	OUTPUT = @extschema@.log_rank_state_out,
	RECEIVE = @extschema@.log_rank_state_recv,
	SEND = @extschema@.log_rank_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.log_rank_state IS
	'aggregate state of log_rank (for log_rank_partial and log_rank_merge)';

CREATE FUNCTION @extschema@.log_rank_combine(@extschema@.log_rank_state, @extschema@.log_rank_state)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_combine(@extschema@.log_rank_state, @extschema@.log_rank_state) IS
	'merges two log_rank states (combine function of log_rank)';
CREATE TYPE @extschema@.km_survival_state;

CREATE FUNCTION @extschema@.km_survival_state_in(cstring) RETURNS @extschema@.km_survival_state
	AS 'MODULE_PATHNAME', 'km_survival_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_state_in(cstring) IS
	'text input of km_survival_state (validated)';

CREATE FUNCTION @extschema@.km_survival_state_out(@extschema@.km_survival_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'km_survival_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_state_out(@extschema@.km_survival_state) IS
	'text output of km_survival_state (exact round trip)';

CREATE FUNCTION @extschema@.km_survival_state_recv(internal) RETURNS @extschema@.km_survival_state
	AS 'MODULE_PATHNAME', 'km_survival_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_state_recv(internal) IS
	'binary input of km_survival_state (validated)';

CREATE FUNCTION @extschema@.km_survival_state_send(@extschema@.km_survival_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'km_survival_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_state_send(@extschema@.km_survival_state) IS
	'binary output of km_survival_state';

CREATE TYPE @extschema@.km_survival_state (
	INPUT = @extschema@.km_survival_state_in,
	OUTPUT = @extschema@.km_survival_state_out,
	RECEIVE = @extschema@.km_survival_state_recv,
	SEND = @extschema@.km_survival_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.km_survival_state IS
	'aggregate state of km_survival (for km_survival_partial and km_survival_merge)';

CREATE FUNCTION @extschema@.km_survival_combine(@extschema@.km_survival_state, @extschema@.km_survival_state)
	RETURNS @extschema@.km_survival_state
	AS 'MODULE_PATHNAME', 'km_survival_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_combine(@extschema@.km_survival_state, @extschema@.km_survival_state) IS
	'merges two km_survival states (combine function of km_survival)';
CREATE TYPE @extschema@.mann_whitney_u_state;

CREATE FUNCTION @extschema@.mann_whitney_u_state_in(cstring) RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_state_in(cstring) IS
	'text input of mann_whitney_u_state (validated)';

CREATE FUNCTION @extschema@.mann_whitney_u_state_out(@extschema@.mann_whitney_u_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'mann_whitney_u_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_state_out(@extschema@.mann_whitney_u_state) IS
	'text output of mann_whitney_u_state (exact round trip)';

CREATE FUNCTION @extschema@.mann_whitney_u_state_recv(internal) RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_state_recv(internal) IS
	'binary input of mann_whitney_u_state (validated)';

CREATE FUNCTION @extschema@.mann_whitney_u_state_send(@extschema@.mann_whitney_u_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'mann_whitney_u_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_state_send(@extschema@.mann_whitney_u_state) IS
	'binary output of mann_whitney_u_state';

CREATE TYPE @extschema@.mann_whitney_u_state (
	INPUT = @extschema@.mann_whitney_u_state_in,
	OUTPUT = @extschema@.mann_whitney_u_state_out,
	RECEIVE = @extschema@.mann_whitney_u_state_recv,
	SEND = @extschema@.mann_whitney_u_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.mann_whitney_u_state IS
	'aggregate state of mann_whitney_u (for mann_whitney_u_partial and mann_whitney_u_merge)';

CREATE FUNCTION @extschema@.mann_whitney_u_combine(@extschema@.mann_whitney_u_state, @extschema@.mann_whitney_u_state)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_combine(@extschema@.mann_whitney_u_state, @extschema@.mann_whitney_u_state) IS
	'merges two mann_whitney_u states (combine function of mann_whitney_u)';
CREATE TYPE @extschema@.wilcoxon_signed_rank_state;

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_state_in(cstring) RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_state_in(cstring) IS
	'text input of wilcoxon_signed_rank_state (validated)';

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_state_out(@extschema@.wilcoxon_signed_rank_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_state_out(@extschema@.wilcoxon_signed_rank_state) IS
	'text output of wilcoxon_signed_rank_state (exact round trip)';

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_state_recv(internal) RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_state_recv(internal) IS
	'binary input of wilcoxon_signed_rank_state (validated)';

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_state_send(@extschema@.wilcoxon_signed_rank_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_state_send(@extschema@.wilcoxon_signed_rank_state) IS
	'binary output of wilcoxon_signed_rank_state';

CREATE TYPE @extschema@.wilcoxon_signed_rank_state (
	INPUT = @extschema@.wilcoxon_signed_rank_state_in,
	OUTPUT = @extschema@.wilcoxon_signed_rank_state_out,
	RECEIVE = @extschema@.wilcoxon_signed_rank_state_recv,
	SEND = @extschema@.wilcoxon_signed_rank_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.wilcoxon_signed_rank_state IS
	'aggregate state of wilcoxon_signed_rank (for wilcoxon_signed_rank_partial and wilcoxon_signed_rank_merge)';

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_combine(@extschema@.wilcoxon_signed_rank_state, @extschema@.wilcoxon_signed_rank_state)
	RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_combine(@extschema@.wilcoxon_signed_rank_state, @extschema@.wilcoxon_signed_rank_state) IS
	'merges two wilcoxon_signed_rank states (combine function of wilcoxon_signed_rank)';
CREATE TYPE @extschema@.chi_square_state;

CREATE FUNCTION @extschema@.chi_square_state_in(cstring) RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_state_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_state_in(cstring) IS
	'text input of chi_square_state (validated)';

CREATE FUNCTION @extschema@.chi_square_state_out(@extschema@.chi_square_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'chi_square_state_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_state_out(@extschema@.chi_square_state) IS
	'text output of chi_square_state (exact round trip)';

CREATE FUNCTION @extschema@.chi_square_state_recv(internal) RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_state_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_state_recv(internal) IS
	'binary input of chi_square_state (validated)';

CREATE FUNCTION @extschema@.chi_square_state_send(@extschema@.chi_square_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'chi_square_state_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_state_send(@extschema@.chi_square_state) IS
	'binary output of chi_square_state';

CREATE TYPE @extschema@.chi_square_state (
	INPUT = @extschema@.chi_square_state_in,
	OUTPUT = @extschema@.chi_square_state_out,
	RECEIVE = @extschema@.chi_square_state_recv,
	SEND = @extschema@.chi_square_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.chi_square_state IS
	'aggregate state of chi_square (for chi_square_partial and chi_square_merge)';

CREATE FUNCTION @extschema@.chi_square_combine(@extschema@.chi_square_state, @extschema@.chi_square_state)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_combine'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_combine(@extschema@.chi_square_state, @extschema@.chi_square_state) IS
	'merges two chi_square states (combine function of chi_square)';
/*
 * ---- t-tests: paired_t, independent_t, t_test_from_summary ----
 *
 * Each test X is an aggregate X(...) -> X_result, with X_partial(...) ->
 * X_state and X_merge(X_state) -> X_result (see "Partial states").
 * Optional trailing arguments: alternative text ('two-sided', 'less',
 * 'greater'), conf_level float8 (default 0.95).
 */

CREATE TYPE @extschema@.paired_t_result AS (
	n bigint,
	n_skipped bigint,
	mean_x float8,
	mean_y float8,
	mean_diff float8,
	sd_diff float8,
	se float8,
	t float8,
	df float8,
	p_value float8,
	ci_lower float8,
	ci_upper float8,
	cohen_dz float8,
	r float8,
	r_p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.paired_t_result IS
	'result of paired_t: paired-sample t-test on d = x - y';

CREATE TYPE @extschema@.independent_t_result AS (
	group1 text,
	group2 text,
	n1 bigint,
	n2 bigint,
	n_skipped bigint,
	mean1 float8,
	mean2 float8,
	sd1 float8,
	sd2 float8,
	mean_diff float8,
	t float8,
	df float8,
	p_value float8,
	ci_lower float8,
	ci_upper float8,
	t_welch float8,
	df_welch float8,
	p_welch float8,
	ci_lower_welch float8,
	ci_upper_welch float8,
	cohen_d float8,
	hedges_g float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.independent_t_result IS
	'result of independent_t and t_test_from_summary: Student (pooled) and Welch t-tests';

/* paired_t */

CREATE FUNCTION @extschema@.paired_t_final(@extschema@.paired_t_state)
	RETURNS @extschema@.paired_t_result
	AS 'MODULE_PATHNAME', 'paired_t_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_final(@extschema@.paired_t_state) IS
	'final function of paired_t and paired_t_merge';

CREATE FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8)
	RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8) IS
	'transition function of paired_t';

CREATE AGGREGATE @extschema@.paired_t(float8, float8) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	FINALFUNC = @extschema@.paired_t_final,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t(float8, float8) IS
	'paired-sample t-test on d = x - y (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.paired_t_partial(float8, float8) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t_partial(float8, float8) IS
	'state of paired_t, to be combined by paired_t_merge';
CREATE FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8, text)
	RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8, text) IS
	'transition function of paired_t';

CREATE AGGREGATE @extschema@.paired_t(float8, float8, text) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	FINALFUNC = @extschema@.paired_t_final,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t(float8, float8, text) IS
	'paired-sample t-test on d = x - y (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.paired_t_partial(float8, float8, text) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t_partial(float8, float8, text) IS
	'state of paired_t, to be combined by paired_t_merge';
CREATE FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8, text, float8)
	RETURNS @extschema@.paired_t_state
	AS 'MODULE_PATHNAME', 'paired_t_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.paired_t_trans(@extschema@.paired_t_state, float8, float8, text, float8) IS
	'transition function of paired_t';

CREATE AGGREGATE @extschema@.paired_t(float8, float8, text, float8) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	FINALFUNC = @extschema@.paired_t_final,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t(float8, float8, text, float8) IS
	'paired-sample t-test on d = x - y (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.paired_t_partial(float8, float8, text, float8) (
	SFUNC = @extschema@.paired_t_trans,
	STYPE = @extschema@.paired_t_state,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t_partial(float8, float8, text, float8) IS
	'state of paired_t, to be combined by paired_t_merge';

CREATE AGGREGATE @extschema@.paired_t_merge(@extschema@.paired_t_state) (
	SFUNC = @extschema@.paired_t_combine,
	STYPE = @extschema@.paired_t_state,
	FINALFUNC = @extschema@.paired_t_final,
	COMBINEFUNC = @extschema@.paired_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.paired_t_merge(@extschema@.paired_t_state) IS
	'paired_t over states from paired_t_partial';

/* independent_t */

CREATE FUNCTION @extschema@.independent_t_final(@extschema@.independent_t_state)
	RETURNS @extschema@.independent_t_result
	AS 'MODULE_PATHNAME', 'independent_t_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_final(@extschema@.independent_t_state) IS
	'final function of independent_t and independent_t_merge';

CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, text, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, text, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, text, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, text, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, text, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, text, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, text, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, text, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, text, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, boolean) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, boolean) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, boolean) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, boolean) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, boolean, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, boolean, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, boolean, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, boolean, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, boolean, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, boolean, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, boolean, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, boolean, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, boolean, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, smallint) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, smallint) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, smallint) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, smallint) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, smallint, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, smallint, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, smallint, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, smallint, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, smallint, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, smallint, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, smallint, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, smallint, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, smallint, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, integer) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, integer) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, integer) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, integer) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, integer, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, integer, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, integer, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, integer, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, integer, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, integer, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, integer, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, integer, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, integer, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, bigint) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, bigint) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, bigint) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, bigint) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, bigint, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, bigint, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, bigint, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, bigint, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, bigint, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, bigint, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, bigint, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, bigint, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, bigint, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, anyelement) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, anyelement) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, anyelement) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, anyelement) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement, text)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement, text) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, anyelement, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, anyelement, text) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, anyelement, text) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, anyelement, text) IS
	'state of independent_t, to be combined by independent_t_merge';
CREATE FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement, text, float8)
	RETURNS @extschema@.independent_t_state
	AS 'MODULE_PATHNAME', 'independent_t_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.independent_t_trans(@extschema@.independent_t_state, float8, anyelement, text, float8) IS
	'transition function of independent_t';

CREATE AGGREGATE @extschema@.independent_t(float8, anyelement, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t(float8, anyelement, text, float8) IS
	'Student and Welch two-sample t-tests (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.independent_t_partial(float8, anyelement, text, float8) (
	SFUNC = @extschema@.independent_t_trans,
	STYPE = @extschema@.independent_t_state,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_partial(float8, anyelement, text, float8) IS
	'state of independent_t, to be combined by independent_t_merge';

CREATE AGGREGATE @extschema@.independent_t_merge(@extschema@.independent_t_state) (
	SFUNC = @extschema@.independent_t_combine,
	STYPE = @extschema@.independent_t_state,
	FINALFUNC = @extschema@.independent_t_final,
	COMBINEFUNC = @extschema@.independent_t_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.independent_t_merge(@extschema@.independent_t_state) IS
	'independent_t over states from independent_t_partial';

/* t_test_from_summary */

CREATE FUNCTION @extschema@.t_test_from_summary(mean1 float8, sd1 float8, n1 bigint,
	mean2 float8, sd2 float8, n2 bigint)
	RETURNS @extschema@.independent_t_result
	AS 'MODULE_PATHNAME', 't_test_from_summary'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.t_test_from_summary(float8, float8, bigint, float8, float8, bigint) IS
	'Student and Welch t-tests from published means, SDs and group sizes';
CREATE FUNCTION @extschema@.t_test_from_summary(mean1 float8, sd1 float8, n1 bigint,
	mean2 float8, sd2 float8, n2 bigint, text)
	RETURNS @extschema@.independent_t_result
	AS 'MODULE_PATHNAME', 't_test_from_summary'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.t_test_from_summary(float8, float8, bigint, float8, float8, bigint, text) IS
	'Student and Welch t-tests from published means, SDs and group sizes';
CREATE FUNCTION @extschema@.t_test_from_summary(mean1 float8, sd1 float8, n1 bigint,
	mean2 float8, sd2 float8, n2 bigint, text, float8)
	RETURNS @extschema@.independent_t_result
	AS 'MODULE_PATHNAME', 't_test_from_summary'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.t_test_from_summary(float8, float8, bigint, float8, float8, bigint, text, float8) IS
	'Student and Welch t-tests from published means, SDs and group sizes';
/*
 * ---- levene_test: equality of variances over k groups ----
 * center 'mean' (Levene, SPSS's default) or 'median' (Brown-Forsythe).
 */

CREATE TYPE @extschema@.levene_test_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	f float8,
	df1 float8,
	df2 float8,
	p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.levene_test_result IS
	'result of levene_test';

CREATE FUNCTION @extschema@.levene_test_final(@extschema@.levene_test_state)
	RETURNS @extschema@.levene_test_result
	AS 'MODULE_PATHNAME', 'levene_test_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_final(@extschema@.levene_test_state) IS
	'final function of levene_test and levene_test_merge';

CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, text, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, text, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, text, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, text, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, text, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, text, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, boolean)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, boolean) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, boolean) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, boolean) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, boolean) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, boolean) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, boolean, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, boolean, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, boolean, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, boolean, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, boolean, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, boolean, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, smallint)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, smallint) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, smallint) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, smallint) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, smallint) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, smallint) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, smallint, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, smallint, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, smallint, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, smallint, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, smallint, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, smallint, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, integer)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, integer) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, integer) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, integer) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, integer) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, integer) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, integer, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, integer, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, integer, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, integer, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, integer, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, integer, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, bigint)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, bigint) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, bigint) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, bigint) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, bigint) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, bigint) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, bigint, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, bigint, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, bigint, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, bigint, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, bigint, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, bigint, text) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, anyelement)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, anyelement) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, anyelement) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, anyelement) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, anyelement) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, anyelement) IS
	'state of levene_test, to be combined by levene_test_merge';
CREATE FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, anyelement, text)
	RETURNS @extschema@.levene_test_state
	AS 'MODULE_PATHNAME', 'levene_test_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.levene_test_trans(@extschema@.levene_test_state, float8, anyelement, text) IS
	'transition function of levene_test';

CREATE AGGREGATE @extschema@.levene_test(float8, anyelement, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test(float8, anyelement, text) IS
	'Levene / Brown-Forsythe test of equal variances (value, group [, center])';

CREATE AGGREGATE @extschema@.levene_test_partial(float8, anyelement, text) (
	SFUNC = @extschema@.levene_test_trans,
	STYPE = @extschema@.levene_test_state,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_partial(float8, anyelement, text) IS
	'state of levene_test, to be combined by levene_test_merge';

CREATE AGGREGATE @extschema@.levene_test_merge(@extschema@.levene_test_state) (
	SFUNC = @extschema@.levene_test_combine,
	STYPE = @extschema@.levene_test_state,
	FINALFUNC = @extschema@.levene_test_final,
	COMBINEFUNC = @extschema@.levene_test_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.levene_test_merge(@extschema@.levene_test_state) IS
	'levene_test over states from levene_test_partial';
/*
 * ---- rank tests: mann_whitney_u, wilcoxon_signed_rank ----
 *
 * Each test X is an aggregate X(...) -> X_result, with X_partial(...) ->
 * X_state and X_merge(X_state) -> X_result (see "Partial states").
 * Optional trailing arguments: alternative text ('two-sided', 'less',
 * 'greater'), conf_level float8 (default 0.95) for the Hodges-Lehmann
 * interval.  Values are collected unordered and sorted once, at the end.
 */

CREATE TYPE @extschema@.mann_whitney_u_result AS (
	group1 text,
	group2 text,
	n1 bigint,
	n2 bigint,
	n_skipped bigint,
	mean_rank1 float8,
	mean_rank2 float8,
	rank_sum1 float8,
	rank_sum2 float8,
	u float8,
	u_min float8,
	z float8,
	p_value float8,
	p_value_cc float8,
	p_exact float8,
	effect_r float8,
	rank_biserial float8,
	hodges_lehmann float8,
	ci_lower float8,
	ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.mann_whitney_u_result IS
	'result of mann_whitney_u: Wilcoxon-Mann-Whitney rank-sum test';

CREATE TYPE @extschema@.wilcoxon_signed_rank_result AS (
	n bigint,
	n_zero bigint,
	n_skipped bigint,
	v float8,
	z float8,
	p_value float8,
	p_value_cc float8,
	p_exact float8,
	effect_r float8,
	hodges_lehmann float8,
	ci_lower float8,
	ci_upper float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.wilcoxon_signed_rank_result IS
	'result of wilcoxon_signed_rank: Wilcoxon signed-rank test on d = x - y';

/* mann_whitney_u */

CREATE FUNCTION @extschema@.mann_whitney_u_final(@extschema@.mann_whitney_u_state)
	RETURNS @extschema@.mann_whitney_u_result
	AS 'MODULE_PATHNAME', 'mann_whitney_u_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_final(@extschema@.mann_whitney_u_state) IS
	'final function of mann_whitney_u and mann_whitney_u_merge';

CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, text, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, text, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, text, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, text, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, text, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, text, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, text, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, text, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, text, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, boolean) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, boolean) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, boolean, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, boolean, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, boolean, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, boolean, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, boolean, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, boolean, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, smallint) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, smallint) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, smallint, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, smallint, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, smallint, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, smallint, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, smallint, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, smallint, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, integer) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, integer) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, integer, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, integer, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, integer, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, integer, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, integer, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, integer, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, bigint) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, bigint) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, bigint, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, bigint, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, bigint, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, bigint, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, bigint, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, bigint, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, anyelement) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, anyelement) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement, text)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement, text) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, anyelement, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, anyelement, text) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement, text) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement, text) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';
CREATE FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement, text, float8)
	RETURNS @extschema@.mann_whitney_u_state
	AS 'MODULE_PATHNAME', 'mann_whitney_u_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mann_whitney_u_trans(@extschema@.mann_whitney_u_state, float8, anyelement, text, float8) IS
	'transition function of mann_whitney_u';

CREATE AGGREGATE @extschema@.mann_whitney_u(float8, anyelement, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u(float8, anyelement, text, float8) IS
	'Wilcoxon-Mann-Whitney rank-sum test (value, group [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement, text, float8) (
	SFUNC = @extschema@.mann_whitney_u_trans,
	STYPE = @extschema@.mann_whitney_u_state,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_partial(float8, anyelement, text, float8) IS
	'state of mann_whitney_u, to be combined by mann_whitney_u_merge';

CREATE AGGREGATE @extschema@.mann_whitney_u_merge(@extschema@.mann_whitney_u_state) (
	SFUNC = @extschema@.mann_whitney_u_combine,
	STYPE = @extschema@.mann_whitney_u_state,
	FINALFUNC = @extschema@.mann_whitney_u_final,
	COMBINEFUNC = @extschema@.mann_whitney_u_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mann_whitney_u_merge(@extschema@.mann_whitney_u_state) IS
	'mann_whitney_u over states from mann_whitney_u_partial';

/* wilcoxon_signed_rank */

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_final(@extschema@.wilcoxon_signed_rank_state)
	RETURNS @extschema@.wilcoxon_signed_rank_result
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_final(@extschema@.wilcoxon_signed_rank_state) IS
	'final function of wilcoxon_signed_rank and wilcoxon_signed_rank_merge';

CREATE FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8)
	RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8) IS
	'transition function of wilcoxon_signed_rank';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	FINALFUNC = @extschema@.wilcoxon_signed_rank_final,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8) IS
	'Wilcoxon signed-rank test on d = x - y, zeros dropped (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8) IS
	'state of wilcoxon_signed_rank, to be combined by wilcoxon_signed_rank_merge';
CREATE FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8, text)
	RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8, text) IS
	'transition function of wilcoxon_signed_rank';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8, text) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	FINALFUNC = @extschema@.wilcoxon_signed_rank_final,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8, text) IS
	'Wilcoxon signed-rank test on d = x - y, zeros dropped (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8, text) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8, text) IS
	'state of wilcoxon_signed_rank, to be combined by wilcoxon_signed_rank_merge';
CREATE FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8, text, float8)
	RETURNS @extschema@.wilcoxon_signed_rank_state
	AS 'MODULE_PATHNAME', 'wilcoxon_signed_rank_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wilcoxon_signed_rank_trans(@extschema@.wilcoxon_signed_rank_state, float8, float8, text, float8) IS
	'transition function of wilcoxon_signed_rank';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8, text, float8) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	FINALFUNC = @extschema@.wilcoxon_signed_rank_final,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank(float8, float8, text, float8) IS
	'Wilcoxon signed-rank test on d = x - y, zeros dropped (x, y [, alternative [, conf_level]])';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8, text, float8) (
	SFUNC = @extschema@.wilcoxon_signed_rank_trans,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank_partial(float8, float8, text, float8) IS
	'state of wilcoxon_signed_rank, to be combined by wilcoxon_signed_rank_merge';

CREATE AGGREGATE @extschema@.wilcoxon_signed_rank_merge(@extschema@.wilcoxon_signed_rank_state) (
	SFUNC = @extschema@.wilcoxon_signed_rank_combine,
	STYPE = @extschema@.wilcoxon_signed_rank_state,
	FINALFUNC = @extschema@.wilcoxon_signed_rank_final,
	COMBINEFUNC = @extschema@.wilcoxon_signed_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wilcoxon_signed_rank_merge(@extschema@.wilcoxon_signed_rank_state) IS
	'wilcoxon_signed_rank over states from wilcoxon_signed_rank_partial';
/*
 * ---- chi_square: tests of independence on an r x c contingency table ----
 *
 * chi_square(row_label, col_label) is an aggregate over two label columns of
 * possibly different types; chi_square(counts bigint[][]) takes a published
 * table.  chi_square_partial / chi_square_merge carry the table as a
 * chi_square_state (counts per label pair only, no patient rows), so that
 * sites can combine their tables (see "Partial states").
 *
 * Each (row type, column type) pair of the concrete label types (text,
 * boolean, smallint, integer, bigint) has its own non-polymorphic transition
 * function, so that Citus can distribute the call.
 * Any other sortable types go through chi_square(anyelement, anycompatible):
 * anyelement and anycompatible are separate polymorphic families, so the row
 * and column types may differ (e.g. an enum and a date).  That overload is
 * not distributable by Citus.
 */

CREATE TYPE @extschema@.chi_square_result AS (
	n bigint,
	n_skipped bigint,
	n_rows bigint,
	n_cols bigint,
	df float8,
	chi2 float8,
	p_value float8,
	chi2_yates float8,
	p_yates float8,
	g2 float8,
	p_lr float8,
	p_fisher float8,
	min_expected float8,
	n_cells_below_5 bigint,
	phi float8,
	cramers_v float8,
	odds_ratio float8,
	or_ci_lower float8,
	or_ci_upper float8,
	lbl float8,
	p_lbl float8,
	or_mle float8,
	or_mle_ci_lower float8,
	or_mle_ci_upper float8,
	row_labels text[],
	col_labels text[],
	notes text[]
);
COMMENT ON TYPE @extschema@.chi_square_result IS
	'result of chi_square: Pearson, Yates, likelihood-ratio, Fisher exact and linear-by-linear tests, phi, Cramer''s V, odds ratios';

CREATE FUNCTION @extschema@.chi_square_final(@extschema@.chi_square_state)
	RETURNS @extschema@.chi_square_result
	AS 'MODULE_PATHNAME', 'chi_square_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_final(@extschema@.chi_square_state) IS
	'final function of chi_square and chi_square_merge';

CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, text)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, text) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label text, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(text, text) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label text, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(text, text) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, boolean)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, boolean) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label text, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(text, boolean) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label text, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(text, boolean) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, smallint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, smallint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label text, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(text, smallint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label text, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(text, smallint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, integer)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, integer) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label text, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(text, integer) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label text, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(text, integer) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, bigint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_text_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, text, bigint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label text, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(text, bigint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label text, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(text, bigint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, text)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, text) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label boolean, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(boolean, text) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label boolean, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(boolean, text) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, boolean)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, boolean) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label boolean, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(boolean, boolean) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label boolean, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(boolean, boolean) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, smallint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, smallint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label boolean, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(boolean, smallint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label boolean, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(boolean, smallint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, integer)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, integer) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label boolean, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(boolean, integer) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label boolean, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(boolean, integer) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, bigint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_boolean_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, boolean, bigint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label boolean, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(boolean, bigint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label boolean, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(boolean, bigint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, text)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, text) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label smallint, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(smallint, text) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label smallint, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(smallint, text) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, boolean)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, boolean) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label smallint, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(smallint, boolean) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label smallint, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(smallint, boolean) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, smallint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, smallint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label smallint, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(smallint, smallint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label smallint, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(smallint, smallint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, integer)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, integer) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label smallint, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(smallint, integer) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label smallint, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(smallint, integer) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, bigint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int2_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, smallint, bigint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label smallint, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(smallint, bigint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label smallint, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(smallint, bigint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, text)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, text) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label integer, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(integer, text) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label integer, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(integer, text) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, boolean)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, boolean) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label integer, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(integer, boolean) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label integer, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(integer, boolean) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, smallint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, smallint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label integer, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(integer, smallint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label integer, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(integer, smallint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, integer)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, integer) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label integer, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(integer, integer) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label integer, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(integer, integer) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, bigint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int4_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, integer, bigint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label integer, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(integer, bigint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label integer, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(integer, bigint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, text)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, text) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label bigint, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(bigint, text) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label bigint, col_label text) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(bigint, text) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, boolean)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_boolean'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, boolean) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label bigint, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(bigint, boolean) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label bigint, col_label boolean) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(bigint, boolean) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, smallint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, smallint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label bigint, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(bigint, smallint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label bigint, col_label smallint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(bigint, smallint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, integer)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, integer) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label bigint, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(bigint, integer) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label bigint, col_label integer) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(bigint, integer) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';
CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, bigint)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_int8_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, bigint, bigint) IS
	'transition function of chi_square';

CREATE AGGREGATE @extschema@.chi_square(row_label bigint, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(bigint, bigint) IS
	'chi-square and Fisher tests of independence of two labels (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(row_label bigint, col_label bigint) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(bigint, bigint) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';

CREATE FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, anyelement, anycompatible)
	RETURNS @extschema@.chi_square_state
	AS 'MODULE_PATHNAME', 'chi_square_trans_any_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square_trans(@extschema@.chi_square_state, anyelement, anycompatible) IS
	'transition function of chi_square for labels of any sortable types (not distributable by Citus)';

CREATE AGGREGATE @extschema@.chi_square(anyelement, anycompatible) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square(anyelement, anycompatible) IS
	'chi-square and Fisher tests of independence of two labels of any sortable types (row_label, col_label)';

CREATE AGGREGATE @extschema@.chi_square_partial(anyelement, anycompatible) (
	SFUNC = @extschema@.chi_square_trans,
	STYPE = @extschema@.chi_square_state,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_partial(anyelement, anycompatible) IS
	'contingency table of chi_square as a state, to be combined by chi_square_merge';

CREATE AGGREGATE @extschema@.chi_square_merge(@extschema@.chi_square_state) (
	SFUNC = @extschema@.chi_square_combine,
	STYPE = @extschema@.chi_square_state,
	FINALFUNC = @extschema@.chi_square_final,
	COMBINEFUNC = @extschema@.chi_square_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.chi_square_merge(@extschema@.chi_square_state) IS
	'chi_square over tables from chi_square_partial (e.g. one per hospital)';

CREATE FUNCTION @extschema@.chi_square(counts bigint[])
	RETURNS @extschema@.chi_square_result
	AS 'MODULE_PATHNAME', 'chi_square_counts'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chi_square(bigint[]) IS
	'chi-square and Fisher tests of independence on a two-dimensional array of counts (rows x columns)';
/*
 * ---- normality: ks_normality, shapiro_wilk ----
 *
 * ks_normality(value): Kolmogorov-Smirnov against a normal with mean and sd
 * estimated from the sample (Lilliefors p, and the uncorrected Kolmogorov p
 * SPSS 21 printed).  ks_normality(value, mean, sd): against a fully
 * specified normal (exact p as R's ks.test where R uses it).
 * shapiro_wilk(value): Royston's AS R94, p for 3 <= n <= 5000.
 */

CREATE TYPE @extschema@.ks_normality_result AS (
	n bigint,
	n_skipped bigint,
	mean float8,
	sd float8,
	d float8,
	d_plus float8,
	d_minus float8,
	z float8,
	p_value float8,
	p_kolmogorov float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.ks_normality_result IS
	'result of ks_normality: one-sample Kolmogorov-Smirnov test of normality';

CREATE TYPE @extschema@.shapiro_wilk_result AS (
	n bigint,
	n_skipped bigint,
	w float8,
	p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.shapiro_wilk_result IS
	'result of shapiro_wilk: Shapiro-Wilk test of normality';

/* ks_normality */

CREATE FUNCTION @extschema@.ks_normality_final(@extschema@.ks_normality_state)
	RETURNS @extschema@.ks_normality_result
	AS 'MODULE_PATHNAME', 'ks_normality_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_final(@extschema@.ks_normality_state) IS
	'final function of ks_normality and ks_normality_merge';

CREATE FUNCTION @extschema@.ks_normality_trans(@extschema@.ks_normality_state, float8)
	RETURNS @extschema@.ks_normality_state
	AS 'MODULE_PATHNAME', 'ks_normality_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_trans(@extschema@.ks_normality_state, float8) IS
	'transition function of ks_normality';

CREATE AGGREGATE @extschema@.ks_normality(float8) (
	SFUNC = @extschema@.ks_normality_trans,
	STYPE = @extschema@.ks_normality_state,
	FINALFUNC = @extschema@.ks_normality_final,
	COMBINEFUNC = @extschema@.ks_normality_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ks_normality(float8) IS
	'Kolmogorov-Smirnov test of normality (value: Lilliefors, parameters estimated; value, mean, sd: fully specified normal)';

CREATE AGGREGATE @extschema@.ks_normality_partial(float8) (
	SFUNC = @extschema@.ks_normality_trans,
	STYPE = @extschema@.ks_normality_state,
	COMBINEFUNC = @extschema@.ks_normality_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ks_normality_partial(float8) IS
	'state of ks_normality, to be combined by ks_normality_merge';
CREATE FUNCTION @extschema@.ks_normality_trans(@extschema@.ks_normality_state, float8, float8, float8)
	RETURNS @extschema@.ks_normality_state
	AS 'MODULE_PATHNAME', 'ks_normality_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ks_normality_trans(@extschema@.ks_normality_state, float8, float8, float8) IS
	'transition function of ks_normality';

CREATE AGGREGATE @extschema@.ks_normality(float8, float8, float8) (
	SFUNC = @extschema@.ks_normality_trans,
	STYPE = @extschema@.ks_normality_state,
	FINALFUNC = @extschema@.ks_normality_final,
	COMBINEFUNC = @extschema@.ks_normality_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ks_normality(float8, float8, float8) IS
	'Kolmogorov-Smirnov test of normality (value: Lilliefors, parameters estimated; value, mean, sd: fully specified normal)';

CREATE AGGREGATE @extschema@.ks_normality_partial(float8, float8, float8) (
	SFUNC = @extschema@.ks_normality_trans,
	STYPE = @extschema@.ks_normality_state,
	COMBINEFUNC = @extschema@.ks_normality_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ks_normality_partial(float8, float8, float8) IS
	'state of ks_normality, to be combined by ks_normality_merge';

CREATE AGGREGATE @extschema@.ks_normality_merge(@extschema@.ks_normality_state) (
	SFUNC = @extschema@.ks_normality_combine,
	STYPE = @extschema@.ks_normality_state,
	FINALFUNC = @extschema@.ks_normality_final,
	COMBINEFUNC = @extschema@.ks_normality_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ks_normality_merge(@extschema@.ks_normality_state) IS
	'ks_normality over states from ks_normality_partial';

/* shapiro_wilk */

CREATE FUNCTION @extschema@.shapiro_wilk_final(@extschema@.shapiro_wilk_state)
	RETURNS @extschema@.shapiro_wilk_result
	AS 'MODULE_PATHNAME', 'shapiro_wilk_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_final(@extschema@.shapiro_wilk_state) IS
	'final function of shapiro_wilk and shapiro_wilk_merge';

CREATE FUNCTION @extschema@.shapiro_wilk_trans(@extschema@.shapiro_wilk_state, float8)
	RETURNS @extschema@.shapiro_wilk_state
	AS 'MODULE_PATHNAME', 'shapiro_wilk_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shapiro_wilk_trans(@extschema@.shapiro_wilk_state, float8) IS
	'transition function of shapiro_wilk';

CREATE AGGREGATE @extschema@.shapiro_wilk(float8) (
	SFUNC = @extschema@.shapiro_wilk_trans,
	STYPE = @extschema@.shapiro_wilk_state,
	FINALFUNC = @extschema@.shapiro_wilk_final,
	COMBINEFUNC = @extschema@.shapiro_wilk_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shapiro_wilk(float8) IS
	'Shapiro-Wilk test of normality (Royston AS R94; p for 3 <= n <= 5000)';

CREATE AGGREGATE @extschema@.shapiro_wilk_partial(float8) (
	SFUNC = @extschema@.shapiro_wilk_trans,
	STYPE = @extschema@.shapiro_wilk_state,
	COMBINEFUNC = @extschema@.shapiro_wilk_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shapiro_wilk_partial(float8) IS
	'state of shapiro_wilk, to be combined by shapiro_wilk_merge';

CREATE AGGREGATE @extschema@.shapiro_wilk_merge(@extschema@.shapiro_wilk_state) (
	SFUNC = @extschema@.shapiro_wilk_combine,
	STYPE = @extschema@.shapiro_wilk_state,
	FINALFUNC = @extschema@.shapiro_wilk_final,
	COMBINEFUNC = @extschema@.shapiro_wilk_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shapiro_wilk_merge(@extschema@.shapiro_wilk_state) IS
	'shapiro_wilk over states from shapiro_wilk_partial';
/*
 * ---- clinical measures: vbh_ratio, sins_location, odi_percent, vas_category ----
 */

CREATE FUNCTION @extschema@.vbh_ratio(fractured float8, normal float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'vbh_ratio2'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vbh_ratio(float8, float8) IS
	'vertebral body height ratio in per cent: fractured / normal x 100; heights must be finite and > 0 (22023)';

CREATE FUNCTION @extschema@.vbh_ratio(upper float8, index float8, lower float8) RETURNS float8
	AS 'MODULE_PATHNAME', 'vbh_ratio3'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vbh_ratio(float8, float8, float8) IS
	'vertebral body height ratio in per cent: B / ((A + C) / 2) x 100, A and C the anterior heights of the vertebrae above and below, B the treated level (the study''s Fig. 2); heights must be finite and > 0 (22023)';

CREATE TYPE @extschema@.sins_location_result AS (
	class text,
	points integer
);
COMMENT ON TYPE @extschema@.sins_location_result IS
	'result of sins_location: SINS location class and points';

CREATE FUNCTION @extschema@.sins_location(level text) RETURNS @extschema@.sins_location_result
	AS 'MODULE_PATHNAME', 'sins_location'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sins_location(text) IS
	'location component of the Spinal Instability Neoplastic Score (Fisher et al., Spine 2010): junctional (occiput-C2, C7-T2, T11-L1, L5-S1) 3, mobile (C3-C6, L2-L4) 2, semi-rigid (T3-T10) 1, rigid (S2-S5) 0. L5-S1 is junctional as in the SINS (the study''s own location classes put it with T3-T10). Accepted spellings, case-insensitive, surrounding spaces ignored: occiput, occ, C0, C1-C7, T1-T12 (also Th1-Th12), L1-L5, S1-S5, with an optional space between letter and number (''T 12''); a range of two levels joined by -, / or an en dash (''L5-S1'', ''T11 - L1'', ''C7/T1''), upper level first, scores as its highest-scoring level. Anything else (sacrum, coccyx, T13, L6) is an error (22023)';

CREATE FUNCTION @extschema@.odi_percent(sections integer[]) RETURNS float8
	AS 'MODULE_PATHNAME', 'odi_percent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.odi_percent(integer[]) IS
	'Oswestry Disability Index in per cent: sum of the answered section scores / (5 x answered sections) x 100. Up to 10 sections scored 0-5 in a one-dimensional array, NULL = unanswered (missing trailing sections count as unanswered). NULL when no section is answered; a score outside 0-5, more than 10 sections or a multi-dimensional array is an error (22023)';

CREATE FUNCTION @extschema@.vas_category(score numeric) RETURNS text
	AS 'MODULE_PATHNAME', 'vas_category'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vas_category(numeric) IS
	'pain category of a 0-10 VAS score: none (0), mild (1-3), moderate (4-6), severe (7-10), classified on the score rounded half up to an integer: [0, 0.5) none, [0.5, 3.5) mild, [3.5, 6.5) moderate, [6.5, 10] severe (so 3.5 is moderate). Outside 0-10 or NaN: error (22023)';
/*
 * ---- reporting helpers: mean_sd, count_pct, format_p ----
 *
 * mean_sd and count_pct keep fixed-size arrays as states (as PostgreSQL's
 * float8_accum): real SQL types with an exact text form, so the aggregates
 * run in parallel plans.  digits: 0 to 10, default 1, the same in every row.
 */

CREATE FUNCTION @extschema@.mean_sd_trans(float8[], float8) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(float8[], float8) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_trans(float8[], float8, integer) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'mean_sd_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_trans(float8[], float8, integer) IS
	'transition function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_combine(float8[], float8[]) RETURNS float8[]
	AS 'MODULE_PATHNAME', 'mean_sd_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_combine(float8[], float8[]) IS
	'combine function of mean_sd';

CREATE FUNCTION @extschema@.mean_sd_final(float8[]) RETURNS text
	AS 'MODULE_PATHNAME', 'mean_sd_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mean_sd_final(float8[]) IS
	'final function of mean_sd';

CREATE AGGREGATE @extschema@.mean_sd(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = float8[],
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	INITCOND = '{0,0,0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8) IS
	'"mean ± SD" (sample SD, n - 1) with 1 decimal, e.g. 60.6 ± 9.7; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE AGGREGATE @extschema@.mean_sd(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = float8[],
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	INITCOND = '{0,0,0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd(float8, integer) IS
	'"mean ± SD" (sample SD, n - 1) with the given decimals (0-10), rounded as C printf / R sprintf; NULL values skipped; "mean ± NA" for one value; NULL for none';

CREATE FUNCTION @extschema@.count_pct_trans(bigint[], boolean) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'count_pct_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_pct_trans(bigint[], boolean) IS
	'transition function of count_pct';

CREATE FUNCTION @extschema@.count_pct_trans(bigint[], boolean, integer) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'count_pct_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_pct_trans(bigint[], boolean, integer) IS
	'transition function of count_pct';

CREATE FUNCTION @extschema@.count_pct_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'count_pct_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_pct_combine(bigint[], bigint[]) IS
	'combine function of count_pct';

CREATE FUNCTION @extschema@.count_pct_final(bigint[]) RETURNS text
	AS 'MODULE_PATHNAME', 'count_pct_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_pct_final(bigint[]) IS
	'final function of count_pct';

CREATE AGGREGATE @extschema@.count_pct(boolean) (
	SFUNC = @extschema@.count_pct_trans,
	STYPE = bigint[],
	FINALFUNC = @extschema@.count_pct_final,
	COMBINEFUNC = @extschema@.count_pct_combine,
	INITCOND = '{0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_pct(boolean) IS
	'"count (per cent%)" of true flags among non-NULL flags, 1 decimal, e.g. 19 (54.3%); per cent rounded half up from the exact fraction; NULL flags skipped; NULL when no flag is non-NULL';

CREATE AGGREGATE @extschema@.count_pct(boolean, integer) (
	SFUNC = @extschema@.count_pct_trans,
	STYPE = bigint[],
	FINALFUNC = @extschema@.count_pct_final,
	COMBINEFUNC = @extschema@.count_pct_combine,
	INITCOND = '{0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_pct(boolean, integer) IS
	'"count (per cent%)" of true flags among non-NULL flags with the given decimals (0-10); per cent rounded half up from the exact fraction; NULL flags skipped; NULL when no flag is non-NULL';

/*
 * X_partial / X_merge twins of the two reporting aggregates, so that a
 * multi-centre Table 1 can be built from per-site states (see
 * "Partial states"); the state is the array above.
 */
CREATE AGGREGATE @extschema@.mean_sd_partial(float8) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = float8[],
	COMBINEFUNC = @extschema@.mean_sd_combine,
	INITCOND = '{0,0,0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.count_pct_partial(boolean) (
	SFUNC = @extschema@.count_pct_trans,
	STYPE = bigint[],
	COMBINEFUNC = @extschema@.count_pct_combine,
	INITCOND = '{0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_pct_partial(boolean) IS
	'state of count_pct, to be combined by count_pct_merge';
CREATE AGGREGATE @extschema@.mean_sd_partial(float8, integer) (
	SFUNC = @extschema@.mean_sd_trans,
	STYPE = float8[],
	COMBINEFUNC = @extschema@.mean_sd_combine,
	INITCOND = '{0,0,0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_partial(float8, integer) IS
	'state of mean_sd, to be combined by mean_sd_merge';

CREATE AGGREGATE @extschema@.count_pct_partial(boolean, integer) (
	SFUNC = @extschema@.count_pct_trans,
	STYPE = bigint[],
	COMBINEFUNC = @extschema@.count_pct_combine,
	INITCOND = '{0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_pct_partial(boolean, integer) IS
	'state of count_pct, to be combined by count_pct_merge';

CREATE AGGREGATE @extschema@.mean_sd_merge(float8[]) (
	SFUNC = @extschema@.mean_sd_combine,
	STYPE = float8[],
	FINALFUNC = @extschema@.mean_sd_final,
	COMBINEFUNC = @extschema@.mean_sd_combine,
	INITCOND = '{0,0,0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.mean_sd_merge(float8[]) IS
	'mean_sd over states from mean_sd_partial';

CREATE AGGREGATE @extschema@.count_pct_merge(bigint[]) (
	SFUNC = @extschema@.count_pct_combine,
	STYPE = bigint[],
	FINALFUNC = @extschema@.count_pct_final,
	COMBINEFUNC = @extschema@.count_pct_combine,
	INITCOND = '{0,0,-1}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_pct_merge(bigint[]) IS
	'count_pct over states from count_pct_partial';

CREATE FUNCTION @extschema@.format_p(p float8) RETURNS text
	AS 'MODULE_PATHNAME', 'format_p'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_p(float8) IS
	'p-value as journals print it: ''<0.001'' below 0.001, 3 decimals below 0.01 (''0.004''; ''0.01'' where that would read 0.010), else 2 decimals (''0.62'', ''1.00''); rounding as C printf; outside [0, 1] or NaN: error (22023)';
/*
 * ---- survival: km_survival (Kaplan-Meier S(at)), log_rank ----
 *
 * Times are durations (finite, >= 0); event true = event (death), false =
 * censored.  Rows with a NULL time, event or group are skipped and counted.
 * Ties: censorings at an event time count as at risk at that time, as R's
 * survfit and survdiff.
 */

/* km_survival */

CREATE FUNCTION @extschema@.km_survival_trans(@extschema@.km_survival_state, float8, boolean, float8)
	RETURNS @extschema@.km_survival_state
	AS 'MODULE_PATHNAME', 'km_survival_trans'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_trans(@extschema@.km_survival_state, float8, boolean, float8) IS
	'transition function of km_survival';

CREATE FUNCTION @extschema@.km_survival_final(@extschema@.km_survival_state)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'km_survival_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_survival_final(@extschema@.km_survival_state) IS
	'final function of km_survival and km_survival_merge';

CREATE AGGREGATE @extschema@.km_survival(float8, boolean, float8) (
	SFUNC = @extschema@.km_survival_trans,
	STYPE = @extschema@.km_survival_state,
	FINALFUNC = @extschema@.km_survival_final,
	COMBINEFUNC = @extschema@.km_survival_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_survival(float8, boolean, float8) IS
	'Kaplan-Meier product-limit estimate S(at) (time, event, at); at must be the same in every row; NULL beyond the largest observed time unless S has reached 0';

CREATE AGGREGATE @extschema@.km_survival_partial(float8, boolean, float8) (
	SFUNC = @extschema@.km_survival_trans,
	STYPE = @extschema@.km_survival_state,
	COMBINEFUNC = @extschema@.km_survival_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_survival_partial(float8, boolean, float8) IS
	'state of km_survival, to be combined by km_survival_merge';

CREATE AGGREGATE @extschema@.km_survival_merge(@extschema@.km_survival_state) (
	SFUNC = @extschema@.km_survival_combine,
	STYPE = @extschema@.km_survival_state,
	FINALFUNC = @extschema@.km_survival_final,
	COMBINEFUNC = @extschema@.km_survival_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.km_survival_merge(@extschema@.km_survival_state) IS
	'km_survival over states from km_survival_partial';

/* log_rank */

CREATE TYPE @extschema@.log_rank_result AS (
	k bigint,
	n bigint,
	n_skipped bigint,
	n_events bigint,
	chi2 float8,
	df float8,
	p_value float8,
	notes text[]
);
COMMENT ON TYPE @extschema@.log_rank_result IS
	'result of log_rank: k-sample log-rank test (R survdiff, rho = 0)';

CREATE FUNCTION @extschema@.log_rank_final(@extschema@.log_rank_state)
	RETURNS @extschema@.log_rank_result
	AS 'MODULE_PATHNAME', 'log_rank_final'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_final(@extschema@.log_rank_state) IS
	'final function of log_rank and log_rank_merge';

CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, text)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_text'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, text) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, text) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, text) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, text) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, text) IS
	'state of log_rank, to be combined by log_rank_merge';
CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, boolean)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_bool'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, boolean) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, boolean) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, boolean) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, boolean) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, boolean) IS
	'state of log_rank, to be combined by log_rank_merge';
CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, smallint)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_int2'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, smallint) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, smallint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, smallint) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, smallint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, smallint) IS
	'state of log_rank, to be combined by log_rank_merge';
CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, integer)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, integer) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, integer) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, integer) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, integer) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, integer) IS
	'state of log_rank, to be combined by log_rank_merge';
CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, bigint)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_int8'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, bigint) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, bigint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, bigint) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, bigint) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, bigint) IS
	'state of log_rank, to be combined by log_rank_merge';
CREATE FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, anyelement)
	RETURNS @extschema@.log_rank_state
	AS 'MODULE_PATHNAME', 'log_rank_trans_any'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_rank_trans(@extschema@.log_rank_state, float8, boolean, anyelement) IS
	'transition function of log_rank';

CREATE AGGREGATE @extschema@.log_rank(float8, boolean, anyelement) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank(float8, boolean, anyelement) IS
	'log-rank test of equal survival over k groups (time, event, group), as R survdiff (rho = 0)';

CREATE AGGREGATE @extschema@.log_rank_partial(float8, boolean, anyelement) (
	SFUNC = @extschema@.log_rank_trans,
	STYPE = @extschema@.log_rank_state,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_partial(float8, boolean, anyelement) IS
	'state of log_rank, to be combined by log_rank_merge';

CREATE AGGREGATE @extschema@.log_rank_merge(@extschema@.log_rank_state) (
	SFUNC = @extschema@.log_rank_combine,
	STYPE = @extschema@.log_rank_state,
	FINALFUNC = @extschema@.log_rank_final,
	COMBINEFUNC = @extschema@.log_rank_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.log_rank_merge(@extschema@.log_rank_state) IS
	'log_rank over states from log_rank_partial';
