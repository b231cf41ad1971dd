# test/core.mk
#	Tests of the PostgreSQL-free core (src/pc_core.c, src/pc_period.c and
#	the rules, src/pc_rules*.c), without a server.
#
# Included by the main PGXS Makefile, or used on its own from the repository
# root:
#
#	make -f test/core.mk core-unit        unit tests (gcc, warnings as errors)
#	make -f test/core.mk core-valgrind    the same binaries under valgrind
#	make -f test/core.mk core-asan        unit tests built with ASan + UBSan
#	make -f test/core.mk core-fuzz        libFuzzer runs, CORE_FUZZ_SECONDS
#	                                      long in all
#	make -f test/core.mk core-clean       remove test/build
#
# There are eight unit test programs (test/unit_core.c for product codes,
# test/unit_bsn.c for BSNs, test/unit_period.c and test/unit_period_walk.c
# for dates and periods, test/unit_rules.c for the rules of one row,
# test/unit_rules_totals.c for the running totals, test/unit_rules_spec.c
# for the rules the audit's spec changed, with the standard's worked
# examples, test/unit_rules_round2.c for its second round) and two fuzz
# harnesses
# (test/fuzz_core.c, test/fuzz_period.c); each is linked with the whole
# core.  Every program prints its own "name: N passed, M failed" line; all
# of them run even when an earlier one fails, and the target fails if any
# did.  core-fuzz gives each harness half of CORE_FUZZ_SECONDS.
#
# What the programs share is in headers next to them, included by file name
# (no -I needed): test/check.h (CHECK harness and summary line of the unit
# tests), test/rules_example.h (the example of the rule tests),
# test/rng.h (their random generator), test/ref_calendar.h
# (reference calendar of unit_period and fuzz_period) and
# test/fuzz_require.h (REQUIRE of the fuzz harnesses).  The targets below
# rebuild everything each time, so the headers need no dependency rules.
#
# Everything is built into test/build/.  The fuzzers work on copies of
# their corpora (test/build/fuzz_work for fuzz_core, seeded from
# test/fuzz_corpus; test/build/fuzz_period_work for fuzz_period, which
# starts empty since any bytes make a valid input) and write crash
# artifacts to test/build/, prefixed with the harness name
# (test/build/fuzz_period-crash-...); test/fuzz_corpus is only read.
#
# This fragment defines no PGXS variable and no all/install/clean target:
# every variable starts with CORE_ and every target with core-.  All targets
# are phony and rebuild their binaries each time, so there are no file
# targets outside the core- namespace.
#
# Needs: gcc, valgrind, clang 14 with its libFuzzer runtime (Debian 12
# packages gcc, valgrind, clang, libclang-rt-14-dev).

# Keep the including Makefile's default goal (PGXS's "all") unchanged; on
# its own ("make -f test/core.mk") the default goal is core-unit.
CORE_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)
CORE_STANDALONE := $(filter 1,$(words $(MAKEFILE_LIST)))

CORE_CC ?= gcc
CORE_CLANG ?= clang
CORE_VALGRIND ?= valgrind
# -Wmissing-prototypes and -Wdeclaration-after-statement are among the
# flags PGXS compiles the core with inside the server; checking them here
# catches a violation without a PostgreSQL build.
CORE_WARNINGS ?= -Wall -Wextra -Werror -Wmissing-prototypes \
	-Wdeclaration-after-statement
CORE_CFLAGS ?= $(CORE_WARNINGS) -std=c99 -O1 -g
CORE_SANITIZE ?= -fsanitize=address,undefined -fno-sanitize-recover=all
CORE_FUZZ_CFLAGS ?= -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all $(CORE_WARNINGS) -std=c99
CORE_FUZZ_SECONDS ?= 60
# Half of CORE_FUZZ_SECONDS per harness, rounded up: never 0, which
# libFuzzer would take as "no time limit".  ?= makes a recursive variable,
# so the shell only runs when core-fuzz expands it.
CORE_FUZZ_EACH_SECONDS ?= $(shell expr \( $(CORE_FUZZ_SECONDS) + 1 \) / 2)

CORE_INCLUDES := -Isrc
CORE_SOURCES := src/pc_core.c src/pc_period.c src/pc_rules.c \
	src/pc_rules_format.c src/pc_rules_allocation.c \
	src/pc_rules_declaration.c src/pc_rules_catalogue.c \
	src/pc_rules_cumulative.c src/pc_rules_regional.c
CORE_BUILD_DIR := test/build
CORE_UNIT_NAMES := unit_core unit_bsn unit_period unit_period_walk \
	unit_rules unit_rules_totals unit_rules_spec unit_rules_round2
CORE_UNIT_BINS := $(addprefix $(CORE_BUILD_DIR)/,$(CORE_UNIT_NAMES))
CORE_ASAN_BINS := $(addsuffix _asan,$(CORE_UNIT_BINS))
CORE_FUZZ_SEEDS := test/fuzz_corpus
CORE_FUZZ_WORK := $(CORE_BUILD_DIR)/fuzz_work
CORE_FUZZ_PERIOD_WORK := $(CORE_BUILD_DIR)/fuzz_period_work

.PHONY: core-unit core-unit-build core-valgrind core-asan core-asan-build \
	core-fuzz core-fuzz-build core-clean

core-unit-build:
	@mkdir -p $(CORE_BUILD_DIR)
	for name in $(CORE_UNIT_NAMES); do \
		$(CORE_CC) $(CORE_CFLAGS) $(CORE_INCLUDES) $(CORE_SOURCES) \
			test/$$name.c -o $(CORE_BUILD_DIR)/$$name || exit 1; \
	done

# Each loop runs every program even after a failure, so each prints its
# summary line, and fails at the end if any of them failed.
core-unit: core-unit-build
	rc=0; for bin in $(CORE_UNIT_BINS); do $$bin || rc=1; done; exit $$rc

core-valgrind: core-unit-build
	rc=0; for bin in $(CORE_UNIT_BINS); do \
		$(CORE_VALGRIND) -q --error-exitcode=1 --leak-check=full \
			--errors-for-leak-kinds=all $$bin || rc=1; \
	done; exit $$rc

core-asan-build:
	@mkdir -p $(CORE_BUILD_DIR)
	for name in $(CORE_UNIT_NAMES); do \
		$(CORE_CC) $(CORE_CFLAGS) $(CORE_SANITIZE) $(CORE_INCLUDES) \
			$(CORE_SOURCES) test/$$name.c \
			-o $(CORE_BUILD_DIR)/$${name}_asan || exit 1; \
	done

core-asan: core-asan-build
	rc=0; for bin in $(CORE_ASAN_BINS); do \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
			$$bin || rc=1; \
	done; exit $$rc

core-fuzz-build:
	@mkdir -p $(CORE_BUILD_DIR)
	$(CORE_CLANG) $(CORE_FUZZ_CFLAGS) $(CORE_INCLUDES) $(CORE_SOURCES) \
		test/fuzz_core.c -o $(CORE_BUILD_DIR)/fuzz_core
	$(CORE_CLANG) $(CORE_FUZZ_CFLAGS) $(CORE_INCLUDES) $(CORE_SOURCES) \
		test/fuzz_period.c -o $(CORE_BUILD_DIR)/fuzz_period

# $(call CORE_FUZZ_RUN,harness,corpus directory): one shell command that runs
# a harness for CORE_FUZZ_EACH_SECONDS, prints its summary line and sets
# rc=1 on failure.  libFuzzer exits 0 when -max_total_time runs out without
# a finding and non-zero on a crash, a sanitizer report or a violated
# property (abort).
CORE_FUZZ_RUN = if $(CORE_BUILD_DIR)/$(1) \
	-max_total_time=$(CORE_FUZZ_EACH_SECONDS) \
	-artifact_prefix=$(CORE_BUILD_DIR)/$(1)- -print_final_stats=1 $(2); \
	then echo "$(1): 1 passed, 0 failed"; \
	else echo "$(1): 0 passed, 1 failed"; rc=1; fi

core-fuzz: core-fuzz-build
	@mkdir -p $(CORE_FUZZ_WORK) $(CORE_FUZZ_PERIOD_WORK)
	cp $(CORE_FUZZ_SEEDS)/* $(CORE_FUZZ_WORK)/
	rc=0; \
	$(call CORE_FUZZ_RUN,fuzz_core,$(CORE_FUZZ_WORK)); \
	$(call CORE_FUZZ_RUN,fuzz_period,$(CORE_FUZZ_PERIOD_WORK)); \
	exit $$rc

core-clean:
	rm -rf $(CORE_BUILD_DIR)

ifeq ($(CORE_STANDALONE),1)
.DEFAULT_GOAL := core-unit
else
.DEFAULT_GOAL := $(CORE_SAVED_DEFAULT_GOAL)
endif
