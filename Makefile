# pkpcohort: PGXS build.  `make && make install`, then CREATE EXTENSION pkpcohort.

EXTENSION = pkpcohort
MODULE_big = pkpcohort
EXTVERSION = 0.2

OBJS = \
	src/pkpcohort.o \
	src/distributions.o \
	src/args.o \
	src/labels.o \
	src/notes.o \
	src/result.o \
	src/arena.o \
	src/exact.o \
	src/state.o \
	src/state_io.o \
	src/state_codec.o \
	src/state_text.o \
	src/sort.o \
	src/moments.o \
	src/ttest.o \
	src/levene.o \
	src/normality_dist.o \
	src/shapiro_wilk.o \
	src/normality.o \
	src/rank_exact.o \
	src/hodges_lehmann.o \
	src/ranks.o \
	src/mann_whitney.o \
	src/wilcoxon.o \
	src/fisher.o \
	src/contingency_state.o \
	src/contingency.o \
	src/clinical.o \
	src/reporting.o \
	src/survival.o \
	src/result_array.o \
	src/km_core.o \
	src/km.o \
	src/cox_fit.o \
	src/cox_state.o \
	src/cox.o \
	src/correlation_core.o \
	src/correlation.o \
	src/compare_core.o \
	src/table1.o \
	src/kruskal_core.o \
	src/kruskal_wallis.o \
	src/anova_core.o \
	src/one_way_anova.o \
	src/binomial.o \
	src/mcnemar_core.o \
	src/mcnemar.o \
	src/p_adjust_core.o \
	src/p_adjust.o \
	src/repeated_state.o \
	src/friedman_core.o \
	src/rm_anova_core.o \
	src/cochran_core.o \
	src/repeated.o

# The install script is assembled from one fragment per concern in
# sql/install/ (see sql/install/expand.awk for the @each loops that write
# the per-label-type overloads); the lists of state types and label types
# come from src/state_types.h and src/label_types.h, which the C code
# includes too.
INSTALL_PARTS = $(sort $(wildcard sql/install/*.sql.in))
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
# Released install scripts are frozen as they shipped; each release adds an
# upgrade script from the one before.
DATA = sql/$(EXTENSION)--0.1.sql sql/$(EXTENSION)--0.1--0.2.sql

REGRESS = ttest levene rank chisq normality study_functions study state_io parallel collation errors bad_input survival_curves cox association table1 hardening \
	ksample repeated mcnemar p_adjust
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

GSL_CFLAGS := $(shell gsl-config --cflags)
GSL_LIBS := $(shell gsl-config --libs)
# The server headers are included as a system directory (-isystem), so that
# -Wextra judges our code only: some of their macros mix signed and unsigned
# operands (utils/array.h's ARR_DATA_OFFSET), which -Wsign-compare would
# report in every file that uses them.
PG_CPPFLAGS = -Isrc $(GSL_CFLAGS) -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
# The test suite builds with PKPC_WERROR=1 (test/lib.sh): a warning fails CI,
# but not the build of a user whose compiler warns about something new.
ifeq ($(PKPC_WERROR),1)
PG_CFLAGS += -Werror
endif
SHLIB_LINK = $(GSL_LIBS)

EXTRA_CLEAN = $(DATA_built)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_PARTS) sql/install/expand.awk src/state_types.h src/label_types.h
	{ awk -F'[(,)]' '/^PKPC_(OWN_)?STATE_TYPE\(/ { l = l " " $$2 ":x" } END { print "-- @define states" l }' src/state_types.h; \
	  awk -F'[(, )]+' '/^\tX\(.*PKPC_ARG_/ { l = l " " $$2 ":" $$3; p = p " " $$2 ":" $$4 } \
		END { print "-- @define labels" l " anyelement:any"; print "-- @define pair_labels" p }' src/label_types.h; \
	  cat $(INSTALL_PARTS); } | awk -f sql/install/expand.awk > $@
