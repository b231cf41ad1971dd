/*
 * check.h
 *		The check harness shared by the unit test programs
 *		(test/unit_*.c).
 *
 * No framework: CHECK() counts a passed or failed check and prints one line
 * (file:line and the expression) for each failure.  A program ends with
 * "return check_summary("name");", which prints the last line,
 * "name: N passed, M failed", and makes the exit status 1 when M is not
 * zero.  Loops over many values report at most a few failures each and then
 * one summary check, so a broken core cannot flood the output.
 *
 * Each test program is a single translation unit that includes this header
 * once, so the counters and functions are simply static here; static inline
 * keeps a program that does not use one of them free of unused-function
 * warnings.
 */
#ifndef TEST_CHECK_H
#define TEST_CHECK_H

#include <stdarg.h>
#include <stdio.h>

static unsigned long n_passed;
static unsigned long n_failed;

static inline void
check_plain(int ok, const char *file, int line, const char *expr)
{
	if (ok)
		n_passed++;
	else
	{
		n_failed++;
		printf("%s:%d: FAILED: %s\n", file, line, expr);
	}
}

/* Same, with a printf-style detail on the same line. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static inline void
check_impl(int ok, const char *file, int line, const char *expr,
		   const char *fmt,...)
{
	va_list		ap;

	if (ok)
	{
		n_passed++;
		return;
	}
	n_failed++;
	printf("%s:%d: FAILED: %s [", file, line, expr);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("]\n");
}

/* CHECK(expr): plain check.  CHECKF(expr, fmt, ...): with detail. */
#define CHECK(expr) \
	check_plain(!!(expr), __FILE__, __LINE__, #expr)
#define CHECKF(expr, ...) \
	check_impl(!!(expr), __FILE__, __LINE__, #expr, __VA_ARGS__)

/*
 * Inside a loop: count failures in bad, print (and count as failed) only the
 * first few.  Follow the loop with CHECKF(bad == 0, ...).
 */
#define LOOP_LIMIT 5
#define LOOP_CHECK(bad, expr, ...) \
	do { \
		if (!(expr) && (bad)++ < LOOP_LIMIT) \
			check_impl(0, __FILE__, __LINE__, #expr, __VA_ARGS__); \
	} while (0)

/*
 * The last line of a program's output, "name: N passed, M failed", the same
 * summary line as every other test of this repository (the fuzz runs in
 * core.mk, test/dump_restore.sh); returns the exit status for main.
 */
static inline int
check_summary(const char *name)
{
	printf("%s: %lu passed, %lu failed\n", name, n_passed, n_failed);
	return n_failed > 0 ? 1 : 0;
}

#endif							/* TEST_CHECK_H */
