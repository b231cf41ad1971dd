/*
 * fuzz_require.h
 *		The property check shared by the libFuzzer harnesses
 *		(test/fuzz_core.c, test/fuzz_period.c).
 *
 * REQUIRE(cond) prints "harness: file:line: property violated: cond" to
 * stderr and calls abort() when cond is false, so that libFuzzer saves the
 * input as a crash artifact.  The including file defines FUZZ_HARNESS, its
 * name as a string literal, first.
 */
#ifndef TEST_FUZZ_REQUIRE_H
#define TEST_FUZZ_REQUIRE_H

#include <stdio.h>
#include <stdlib.h>

#ifndef FUZZ_HARNESS
#error "define FUZZ_HARNESS before including fuzz_require.h"
#endif

#define REQUIRE(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, FUZZ_HARNESS ": %s:%d: property violated: %s\n", \
					__FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

#endif							/* TEST_FUZZ_REQUIRE_H */
