/*
 * unit_bsn.c
 *		Unit tests for the BSN of the PostgreSQL-free core (src/pc_core.c):
 *		parsing, the elfproef, formatting.  Product codes are tested in
 *		test/unit_core.c.
 *
 * The checks are those of test/check.h: one line (file:line and the
 * expression) for each failure, and always the last line "unit_bsn: N
 * passed, M failed"; the exit status is 1 when M is not zero.
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c test/unit_bsn.c
 */
#include "pc_core.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define RNG_SEED	UINT64_C(0x9E3779B97F4A7C15)
#include "rng.h"

/* ------------------------------------------------------------ helpers */

/* Reference elfproef on an integer 0..999999999. */
static pc_bsn_status
ref_bsn(int32_t value)
{
	int			d[9];
	int			sum = 0;
	int			i;

	if (value < 0 || value > 999999999)
		return PC_BSN_WRONG_LENGTH;
	if (value == 0)
		return PC_BSN_ALL_ZERO;
	for (i = 8; i >= 0; i--)
	{
		d[i] = value % 10;
		value /= 10;
	}
	for (i = 0; i < 8; i++)
		sum += (9 - i) * d[i];
	sum -= d[8];
	return (sum % 11 == 0) ? PC_BSN_OK : PC_BSN_CHECKSUM;
}

/* ------------------------------------------------------------------ BSN */

static void
expect_bsn(const char *file, int line, const char *s, size_t len,
		   pc_bsn_status want, int32_t want_value)
{
	int32_t		v = -777;
	pc_bsn_status st = pc_bsn_parse(s, len, &v);

	check_impl(st == want, file, line, "pc_bsn_parse status",
			   "input \"%.*s\" gave %d want %d", (int) len, s, (int) st,
			   (int) want);
	if (want == PC_BSN_OK)
		check_impl(v == want_value, file, line, "pc_bsn_parse value",
				   "got %ld want %ld", (long) v, (long) want_value);
	else
		check_impl(v == -777, file, line, "value untouched on error",
				   "got %ld", (long) v);
}

#define BSN(s, want, value) \
	expect_bsn(__FILE__, __LINE__, s, strlen(s), want, value)
#define BSN_MEM(s, len, want, value) \
	expect_bsn(__FILE__, __LINE__, s, len, want, value)

static void
test_bsn_parse(void)
{
	BSN("123456782", PC_BSN_OK, 123456782);
	BSN("111222333", PC_BSN_OK, 111222333);
	BSN("999999990", PC_BSN_OK, 999999990);
	BSN("010000008", PC_BSN_OK, 10000008);
	BSN("000000000", PC_BSN_ALL_ZERO, 0);
	BSN(" 000000000 ", PC_BSN_ALL_ZERO, 0);
	BSN("123456789", PC_BSN_CHECKSUM, 0);
	BSN("123456783", PC_BSN_CHECKSUM, 0);
	BSN("000000001", PC_BSN_CHECKSUM, 0);	/* sum is -1 */
	BSN("000000011", PC_BSN_CHECKSUM, 0);
	BSN("12345678", PC_BSN_WRONG_LENGTH, 0);
	BSN("1234567820", PC_BSN_WRONG_LENGTH, 0);
	BSN("0123456782", PC_BSN_WRONG_LENGTH, 0);
	BSN("9999999999999", PC_BSN_WRONG_LENGTH, 0);
	BSN("1", PC_BSN_WRONG_LENGTH, 0);
	BSN("12345678a", PC_BSN_NOT_DIGITS, 0);
	BSN("a12345678", PC_BSN_NOT_DIGITS, 0);
	BSN("123 456 782", PC_BSN_NOT_DIGITS, 0);
	BSN("123-45-6782", PC_BSN_NOT_DIGITS, 0);
	BSN("1234.5678", PC_BSN_NOT_DIGITS, 0);
	BSN("+123456782", PC_BSN_NOT_DIGITS, 0);
	BSN("-12345678", PC_BSN_NOT_DIGITS, 0);
	BSN("12345678\xd9", PC_BSN_NOT_DIGITS, 0);
	BSN("\xc2\xa0" "123456782", PC_BSN_NOT_DIGITS, 0);	/* NBSP kept */
	BSN("x", PC_BSN_NOT_DIGITS, 0);
	BSN_MEM("1234\0" "56782", 10, PC_BSN_NOT_DIGITS, 0);
	BSN_MEM("123456782\0", 10, PC_BSN_NOT_DIGITS, 0);
	BSN("", PC_BSN_EMPTY, 0);
	BSN("   ", PC_BSN_EMPTY, 0);
	BSN(" \t\n\r\v\f", PC_BSN_EMPTY, 0);

	/* surrounding white space of every kind */
	BSN(" 123456782", PC_BSN_OK, 123456782);
	BSN("123456782 ", PC_BSN_OK, 123456782);
	BSN("  123456782  ", PC_BSN_OK, 123456782);
	BSN("\t123456782\n", PC_BSN_OK, 123456782);
	BSN("\r\n\v\f123456782\f\v\r\n", PC_BSN_OK, 123456782);
	/* len is honoured */
	BSN_MEM("123456782999", 9, PC_BSN_OK, 123456782);

	/* check_value */
	CHECK(pc_bsn_check_value(123456782) == PC_BSN_OK);
	CHECK(pc_bsn_check_value(111222333) == PC_BSN_OK);
	CHECK(pc_bsn_check_value(10000008) == PC_BSN_OK);
	CHECK(pc_bsn_check_value(0) == PC_BSN_ALL_ZERO);
	CHECK(pc_bsn_check_value(123456789) == PC_BSN_CHECKSUM);
	CHECK(pc_bsn_check_value(1) == PC_BSN_CHECKSUM);
	CHECK(pc_bsn_check_value(-1) == PC_BSN_WRONG_LENGTH);
	CHECK(pc_bsn_check_value(INT32_MIN) == PC_BSN_WRONG_LENGTH);
	CHECK(pc_bsn_check_value(1000000000) == PC_BSN_WRONG_LENGTH);
	CHECK(pc_bsn_check_value(INT32_MAX) == PC_BSN_WRONG_LENGTH);
	CHECK(pc_bsn_check_value(999999990) == PC_BSN_OK);
	CHECK(pc_bsn_check_value(999999999) == PC_BSN_CHECKSUM);

	/* test-number range 999900006..999999990 */
	CHECK(!pc_bsn_is_test_number(999900005));
	CHECK(pc_bsn_is_test_number(999900006));
	CHECK(pc_bsn_is_test_number(999950000));
	CHECK(pc_bsn_is_test_number(999999990));
	CHECK(!pc_bsn_is_test_number(999999991));
	CHECK(!pc_bsn_is_test_number(999999999));
	CHECK(!pc_bsn_is_test_number(123456782));
	CHECK(!pc_bsn_is_test_number(0));
	CHECK(!pc_bsn_is_test_number(-1));
	CHECK(!pc_bsn_is_test_number(INT32_MAX));
	CHECK(!pc_bsn_is_test_number(INT32_MIN));
	/* both ends of the range are themselves valid BSNs */
	CHECK(pc_bsn_check_value(999900006) == PC_BSN_OK);
	CHECK(pc_bsn_check_value(999999990) == PC_BSN_OK);
}

/* format, then parse; must agree with check_value and the reference */
static int
bsn_roundtrip(int32_t value, int *n_ok)
{
	char		buf[PC_BSN_DIGITS + 2];
	int32_t		back = -777;
	pc_bsn_status st_parse;
	pc_bsn_status st_value;
	int			i;

	memset(buf, 'X', sizeof(buf));
	pc_bsn_format(value, buf);
	if (buf[PC_BSN_DIGITS] != '\0' || buf[PC_BSN_DIGITS + 1] != 'X')
		return 0;
	for (i = 0; i < PC_BSN_DIGITS; i++)
		if (buf[i] < '0' || buf[i] > '9')
			return 0;
	if (strtol(buf, NULL, 10) != (long) value)
		return 0;
	st_parse = pc_bsn_parse(buf, PC_BSN_DIGITS, &back);
	st_value = pc_bsn_check_value(value);
	if (st_parse != st_value || st_value != ref_bsn(value))
		return 0;
	if (st_parse == PC_BSN_OK)
	{
		(*n_ok)++;
		if (back != value)
			return 0;
	}
	else if (back != -777)
		return 0;
	return 1;
}

static void
test_bsn_values(void)
{
	char		buf[PC_BSN_DIGITS + 1];
	int			bad = 0;
	int			n_ok = 0;
	int32_t		v;
	long		k;

	/* leading zeros are kept */
	pc_bsn_format(10000008, buf);
	CHECK(strcmp(buf, "010000008") == 0);
	pc_bsn_format(0, buf);
	CHECK(strcmp(buf, "000000000") == 0);
	pc_bsn_format(123456782, buf);
	CHECK(strcmp(buf, "123456782") == 0);
	pc_bsn_format(999999990, buf);
	CHECK(strcmp(buf, "999999990") == 0);
	pc_bsn_format(6, buf);
	CHECK(strcmp(buf, "000000006") == 0);

	/* every number 0..2,000,000 */
	for (v = 0; v <= 2000000; v++)
		LOOP_CHECK(bad, bsn_roundtrip(v, &n_ok), "value %ld", (long) v);
	CHECKF(bad == 0, "%d failures over 0..2000000", bad);
	/* about one in eleven passes the elfproef */
	CHECKF(n_ok > 2000000 / 11 - 1000 && n_ok < 2000000 / 11 + 1000,
		   "%d valid BSNs in 0..2000000", n_ok);

	/* a large random sample of the whole range, and the top end */
	bad = 0;
	n_ok = 0;
	for (k = 0; k < 1000000; k++)
	{
		v = (int32_t) (rng_next() % UINT64_C(1000000000));
		LOOP_CHECK(bad, bsn_roundtrip(v, &n_ok), "value %ld", (long) v);
	}
	for (v = 999999999; v >= 999000000; v--)
		LOOP_CHECK(bad, bsn_roundtrip(v, &n_ok), "value %ld", (long) v);
	CHECKF(bad == 0, "%d failures over the random sample", bad);
	CHECKF(n_ok > 1000000 / 11, "%d valid BSNs in sample", n_ok);

	/* out-of-range values are WRONG_LENGTH */
	bad = 0;
	for (k = 0; k < 100000; k++)
	{
		v = (int32_t) (uint32_t) rng_next();
		LOOP_CHECK(bad, pc_bsn_check_value(v) == ref_bsn(v), "value %ld",
				   (long) v);
	}
	CHECKF(bad == 0, "%d failures over random int32", bad);
}

/* Whole numbers as staged rows carry them. */
int
main(void)
{
	test_bsn_parse();
	test_bsn_values();

	return check_summary("unit_bsn");
}
