# test/core.mk
#	Tests of the PostgreSQL-free core (src/pc_core.c), without a server.
#
# Included by the main PGXS Makefile, or used on its own from the repository
# root:
#
#	make -f test/core.mk core-unit        unit tests (gcc, warnings as errors)
#	make -f test/core.mk core-valgrind    the same binary under valgrind
#	make -f test/core.mk core-asan        unit tests built with ASan + UBSan
#	make -f test/core.mk core-fuzz        libFuzzer run, CORE_FUZZ_SECONDS long
#	make -f test/core.mk core-clean       remove test/build
#
# Everything is built into test/build/.  The fuzzer works on a copy of the
# seed corpus (test/build/fuzz_work) and writes crash artifacts to
# test/build/; test/fuzz_corpus is only read.
#
# This fragment defines no PGXS variable and no all/install/clean target:
# every variable starts with CORE_ and every target with core-.  All targets
# are phony and rebuild their (two-file) binary each time, so there are no
# file targets outside the core- namespace.
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
CORE_CFLAGS ?= -Wall -Wextra -Werror -std=c99 -O1 -g
CORE_SANITIZE ?= -fsanitize=address,undefined -fno-sanitize-recover=all
CORE_FUZZ_CFLAGS ?= -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -Wall -Wextra -Werror -std=c99
CORE_FUZZ_SECONDS ?= 60

CORE_INCLUDES := -Isrc
CORE_SOURCES := src/pc_core.c
CORE_BUILD_DIR := test/build
CORE_UNIT_SRC := test/unit_core.c
CORE_UNIT_BIN := $(CORE_BUILD_DIR)/unit_core
CORE_ASAN_BIN := $(CORE_BUILD_DIR)/unit_core_asan
CORE_FUZZ_SRC := test/fuzz_core.c
CORE_FUZZ_BIN := $(CORE_BUILD_DIR)/fuzz_core
CORE_FUZZ_SEEDS := test/fuzz_corpus
CORE_FUZZ_WORK := $(CORE_BUILD_DIR)/fuzz_work

.PHONY: core-unit core-unit-build core-valgrind core-asan core-asan-build \
	core-fuzz core-fuzz-build core-clean

core-unit-build:
	@mkdir -p $(CORE_BUILD_DIR)
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INCLUDES) $(CORE_SOURCES) \
		$(CORE_UNIT_SRC) -o $(CORE_UNIT_BIN)

core-unit: core-unit-build
	$(CORE_UNIT_BIN)

core-valgrind: core-unit-build
	$(CORE_VALGRIND) -q --error-exitcode=1 --leak-check=full \
		--errors-for-leak-kinds=all $(CORE_UNIT_BIN)

core-asan-build:
	@mkdir -p $(CORE_BUILD_DIR)
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_SANITIZE) $(CORE_INCLUDES) \
		$(CORE_SOURCES) $(CORE_UNIT_SRC) -o $(CORE_ASAN_BIN)

core-asan: core-asan-build
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		$(CORE_ASAN_BIN)

core-fuzz-build:
	@mkdir -p $(CORE_BUILD_DIR)
	$(CORE_CLANG) $(CORE_FUZZ_CFLAGS) $(CORE_INCLUDES) $(CORE_SOURCES) \
		$(CORE_FUZZ_SRC) -o $(CORE_FUZZ_BIN)

# libFuzzer exits 0 when -max_total_time runs out without a finding and
# non-zero on a crash, a sanitizer report or a violated property (abort).
core-fuzz: core-fuzz-build
	@mkdir -p $(CORE_FUZZ_WORK)
	cp $(CORE_FUZZ_SEEDS)/* $(CORE_FUZZ_WORK)/
	if $(CORE_FUZZ_BIN) -max_total_time=$(CORE_FUZZ_SECONDS) \
		-artifact_prefix=$(CORE_BUILD_DIR)/ -print_final_stats=1 \
		$(CORE_FUZZ_WORK); \
	then echo "fuzz_core: 1 passed, 0 failed"; \
	else echo "fuzz_core: 0 passed, 1 failed"; exit 1; fi

core-clean:
	rm -rf $(CORE_BUILD_DIR)

ifeq ($(CORE_STANDALONE),1)
.DEFAULT_GOAL := core-unit
else
.DEFAULT_GOAL := $(CORE_SAVED_DEFAULT_GOAL)
endif
