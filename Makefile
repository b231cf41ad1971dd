# productcodes: PGXS build.
#
#   make                  build the module and generate the install script
#   make install          install into the server found by pg_config
#   make installcheck     run the pg_regress tests against a running server
#   make core-unit        C unit tests of the PostgreSQL-free core (test/core.mk)
#
# The install script is generated from the parts in src/sql/ and the
# shipped catalogue in data/*.csv (tools/gen_install_sql.py).

EXTENSION   = productcodes
# The version is written once, as default_version in productcodes.control;
# META.json's "1.1.0" must be the same (tools/check-meta.py checks it).
EXTVERSION  := $(shell sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" $(EXTENSION).control)
ifeq ($(EXTVERSION),)
$(error no default_version in $(EXTENSION).control)
endif
PG_CPPFLAGS = -DPC_EXTENSION_VERSION='"$(EXTVERSION)"'

MODULE_big  = productcodes
OBJS        = src/module.o src/pc_core.o src/pc_period.o src/productcode.o src/bsn.o \
              src/pc_rules.o src/pc_rules_format.o src/pc_rules_allocation.o \
              src/pc_rules_declaration.o src/pc_rules_catalogue.o \
              src/pc_rules_cumulative.o src/pc_rules_regional.o \
              src/shipped_guard.o src/catalogue_cache.o src/engine.o src/engine_facts.o \
              src/engine_locks.o src/engine_columns.o src/engine_read.o src/engine_direct.o src/engine_memo.o \
              src/engine_figures.o \
              src/staging.o src/outcome_guard.o

# Parts of src/sql/ that hold only objects new in 1.1: the upgrade script
# from 1.0 runs them after its own changes (src/upgrades/1.0--1.1.sql), so
# that a fresh and an upgraded 1.1 are the same (test/upgrade.sh).
NEW_IN_1_1  = src/sql/25_comparisons.sql src/sql/26_type_comments.sql src/sql/71_language.sql src/sql/72_reporting.sql src/sql/73_findings.sql src/sql/76_outcome_guard.sql src/sql/77_messages.sql src/sql/78_staging_statement.sql src/sql/85_message_separation.sql src/sql/87_settings_separation.sql src/sql/88_replica_invalidation.sql src/sql/95_comments.sql src/sql/96_roles.sql src/sql/97_drop_guard.sql

DATA_built  = productcodes--$(EXTVERSION).sql productcodes--1.0--1.1.sql
# earlier versions as released
DATA        = src/history/productcodes--1.0.sql
# the README, installed under the extension's name (doc/.../extension/productcodes.md)
DOCS        = productcodes.md

REGRESS      = setup productcode bsn analyst catalogue catalogue_constraints lookups validation cumulative fidelity review_fidelity staging staging_linear revalidate hostile_input security separation membership review_analyst review_membership review_comments reporting messages review_trust review_trust2 review_trust3 review_trust4 review_trust5 review_trust6 review_trust7 comments
REGRESS_OPTS = --inputdir=. --outputdir=.
ISOLATION      = review_trust4_old_snapshot review_trust4_prepared concurrent_checks catalogue_change isolation_levels lock_keys \
                 review_trust_lock_holders review_trust_races review_trust_prepared \
                 review_trust2_demoted review_trust3_rr_copy review_trust5_write_skew \
                 review_trust6_credit_skew review_trust7_policy_swap
ISOLATION_OPTS = --inputdir=. --outputdir=output_iso

EXTRA_CLEAN = productcodes.md results output_iso regression.diffs regression.out productcodes--*.sql.tmp test/build

PYTHON     ?= python3
PG_CONFIG  ?= pg_config
PGXS       := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track headers: rebuild the objects when one changes, and
# when productcodes.control does (PC_EXTENSION_VERSION is compiled in)
$(OBJS): $(wildcard src/*.h) $(EXTENSION).control

all: productcodes.md
productcodes.md: README.md
	cp $< $@

DATA_CSV  = $(wildcard data/*.csv)
SQL_PARTS = $(wildcard src/sql/*.sql)

productcodes--$(EXTVERSION).sql: $(SQL_PARTS) tools/gen_install_sql.py $(DATA_CSV)
	$(PYTHON) tools/gen_install_sql.py src/sql data $(EXTVERSION) > $@.tmp
	mv $@.tmp $@

# the upgrade: its own changes, the rules as data/rules.csv has them, the
# parts new in 1.1, productcodes.install() (for equality with a fresh
# install; it refuses to run again), then every object but the types'
# leaves the extension, as in a fresh install
productcodes--1.0--1.1.sql: src/upgrades/1.0--1.1.sql tools/gen_install_sql.py $(NEW_IN_1_1) $(SQL_PARTS) $(DATA_CSV)
	{ cat src/upgrades/1.0--1.1.sql; $(PYTHON) tools/gen_install_sql.py --rules-sync data/rules.csv; \
	  cat $(NEW_IN_1_1); \
	  $(PYTHON) tools/gen_install_sql.py --install-function src/sql data $(EXTVERSION); \
	  $(PYTHON) tools/gen_install_sql.py --detach src/sql; } > $@.tmp
	mv $@.tmp $@

include test/core.mk
