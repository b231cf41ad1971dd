/*
 * fuzz_core.c
 *		libFuzzer harness for the PostgreSQL-free core (src/pc_core.c).
 *
 * Built with: clang -g -O1 -fsanitize=fuzzer,address,undefined
 *             -fno-sanitize-recover=all -Isrc src/pc_core.c test/fuzz_core.c
 *
 * Every input is fed, as it is, to pc_code_parse and pc_bsn_parse, and its
 * first four bytes are read as an int32 for the packed-value and BSN-value
 * functions.  Each property is checked against facts computed here, from
 * the header's rules, not from the core's own helpers.  A violated property
 * calls abort() so libFuzzer saves the input as a crash artifact.
 */
#include "pc_core.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_HARNESS "fuzz_core"
#include "fuzz_require.h"

#define PACKED_SENTINEL		((int32_t) 0x5A5A5A5A)
#define OFFSET_SENTINEL		((size_t) 0xA5A5A5A5u)
#define BSN_SENTINEL		((int32_t) -0x3C3C3C3C)

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
		c == '\f';
}

static int
is_code_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
		(c >= 'a' && c <= 'z');
}

static unsigned char
to_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - 'a' + 'A') : c;
}

/* Bounds [*b, *e) of data after trimming ASCII white space. */
static void
trim_bounds(const uint8_t *data, size_t size, size_t *b, size_t *e)
{
	size_t		lo = 0;
	size_t		hi = size;

	while (lo < hi && is_space(data[lo]))
		lo++;
	while (hi > lo && is_space(data[hi - 1]))
		hi--;
	*b = lo;
	*e = hi;
}

static void
check_code_text(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	int32_t		packed = PACKED_SENTINEL;
	int32_t		packed2 = PACKED_SENTINEL;
	size_t		bad = OFFSET_SENTINEL;
	pc_code_status st = pc_code_parse(s, size, &packed, &bad);
	pc_code_status st2 = pc_code_parse(s, size, &packed2, NULL);
	size_t		b,
				e,
				i;
	size_t		first_bad = SIZE_MAX;

	trim_bounds(data, size, &b, &e);
	for (i = b; i < e; i++)
		if (!is_code_char(data[i]))
		{
			first_bad = i;
			break;
		}

	/* same answer with or without bad_offset */
	REQUIRE(st2 == st);
	REQUIRE(packed2 == packed);

	switch (st)
	{
		case PC_CODE_OK:
			{
				char		out[PC_CODE_MAXLEN + 1];
				char		expect[PC_CODE_MAXLEN + 1];
				size_t		n = e - b;
				int32_t		again = PACKED_SENTINEL;
				int			len;

				REQUIRE(bad == OFFSET_SENTINEL);
				REQUIRE(first_bad == SIZE_MAX);
				REQUIRE(n >= 1 && n <= PC_CODE_MAXLEN);
				for (i = 0; i < n; i++)
					expect[i] = (char) to_upper(data[b + i]);
				expect[n] = '\0';

				REQUIRE(packed > 0 && packed < PC_CODE_LIMIT);
				REQUIRE(pc_code_is_valid_packed(packed));
				REQUIRE(pc_code_length(packed) == (int) n);
				memset(out, 'X', sizeof(out));
				len = pc_code_format(packed, out);
				REQUIRE(len == (int) n);
				REQUIRE(out[n] == '\0');
				REQUIRE(memcmp(out, expect, n + 1) == 0);
				REQUIRE(pc_code_parse(out, (size_t) len, &again, NULL) ==
						PC_CODE_OK);
				REQUIRE(again == packed);
				REQUIRE(pc_code_is_national_pattern(packed) ==
						(n == 5 && expect[0] <= '9' && expect[1] <= '9' &&
						 expect[2] >= 'A'));
				break;
			}
		case PC_CODE_EMPTY:
			REQUIRE(packed == PACKED_SENTINEL);
			REQUIRE(bad == OFFSET_SENTINEL);
			REQUIRE(b == e);
			break;
		case PC_CODE_TOO_LONG:
			REQUIRE(packed == PACKED_SENTINEL);
			REQUIRE(bad == OFFSET_SENTINEL);
			REQUIRE(first_bad == SIZE_MAX);
			REQUIRE(e - b > PC_CODE_MAXLEN);
			break;
		case PC_CODE_BAD_CHAR:
			REQUIRE(packed == PACKED_SENTINEL);
			REQUIRE(first_bad != SIZE_MAX);
			REQUIRE(bad == first_bad);
			REQUIRE(bad < size && !is_code_char(data[bad]));
			break;
		default:
			REQUIRE(!"unknown pc_code_status");
	}
}

static void
check_code_packed(int32_t v)
{
	char		out[PC_CODE_MAXLEN + 2];
	bool		valid = pc_code_is_valid_packed(v);
	int			len;

	memset(out, 'X', sizeof(out));
	len = pc_code_format(v, out);
	REQUIRE(valid == (len >= 0));
	REQUIRE(out[PC_CODE_MAXLEN + 1] == 'X');	/* never writes past 6 */
	REQUIRE(pc_code_length(v) == len);
	if (!valid)
	{
		REQUIRE(len == -1);
		REQUIRE(out[0] == '\0');
		REQUIRE(!pc_code_is_national_pattern(v));
	}
	else
	{
		int32_t		back = PACKED_SENTINEL;
		int			i;

		REQUIRE(v > 0 && v < PC_CODE_LIMIT);
		REQUIRE(len >= 1 && len <= PC_CODE_MAXLEN);
		REQUIRE(out[len] == '\0');
		for (i = 0; i < len; i++)
			REQUIRE((out[i] >= '0' && out[i] <= '9') ||
					(out[i] >= 'A' && out[i] <= 'Z'));
		REQUIRE(pc_code_parse(out, (size_t) len, &back, NULL) == PC_CODE_OK);
		REQUIRE(back == v);
	}
}

static void
check_bsn_text(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	int32_t		value = BSN_SENTINEL;
	pc_bsn_status st = pc_bsn_parse(s, size, &value);
	size_t		b,
				e,
				i;
	int			all_digits = 1;
	int32_t		digits_value = 0;

	trim_bounds(data, size, &b, &e);
	for (i = b; i < e; i++)
		if (data[i] < '0' || data[i] > '9')
			all_digits = 0;
	if (all_digits && e - b == PC_BSN_DIGITS)
		for (i = b; i < e; i++)
			digits_value = digits_value * 10 + (data[i] - '0');

	if (st != PC_BSN_OK)
		REQUIRE(value == BSN_SENTINEL);

	switch (st)
	{
		case PC_BSN_OK:
			{
				char		out[PC_BSN_DIGITS + 2];
				int32_t		again = BSN_SENTINEL;

				REQUIRE(all_digits && e - b == PC_BSN_DIGITS);
				REQUIRE(value == digits_value);
				REQUIRE(value > 0 && value <= 999999999);
				REQUIRE(pc_bsn_check_value(value) == PC_BSN_OK);
				memset(out, 'X', sizeof(out));
				pc_bsn_format(value, out);
				REQUIRE(out[PC_BSN_DIGITS] == '\0');
				REQUIRE(out[PC_BSN_DIGITS + 1] == 'X');
				REQUIRE(memcmp(out, data + b, PC_BSN_DIGITS) == 0);
				REQUIRE(pc_bsn_parse(out, PC_BSN_DIGITS, &again) == PC_BSN_OK);
				REQUIRE(again == value);
				break;
			}
		case PC_BSN_EMPTY:
			REQUIRE(b == e);
			break;
		case PC_BSN_NOT_DIGITS:
			REQUIRE(b < e && !all_digits);
			break;
		case PC_BSN_WRONG_LENGTH:
			REQUIRE(b < e && all_digits && e - b != PC_BSN_DIGITS);
			break;
		case PC_BSN_ALL_ZERO:
			REQUIRE(all_digits && e - b == PC_BSN_DIGITS);
			REQUIRE(digits_value == 0);
			REQUIRE(pc_bsn_check_value(0) == PC_BSN_ALL_ZERO);
			break;
		case PC_BSN_CHECKSUM:
			REQUIRE(all_digits && e - b == PC_BSN_DIGITS);
			REQUIRE(pc_bsn_check_value(digits_value) == PC_BSN_CHECKSUM);
			break;
		default:
			REQUIRE(!"unknown pc_bsn_status");
	}
}

static void
check_bsn_value(int32_t v)
{
	pc_bsn_status st = pc_bsn_check_value(v);

	if (v < 0 || v > 999999999)
	{
		REQUIRE(st == PC_BSN_WRONG_LENGTH);
		REQUIRE(!pc_bsn_is_test_number(v));
		return;
	}
	else
	{
		char		out[PC_BSN_DIGITS + 2];
		int32_t		back = BSN_SENTINEL;
		pc_bsn_status st2;
		int			i;

		REQUIRE(st == PC_BSN_OK || st == PC_BSN_ALL_ZERO ||
				st == PC_BSN_CHECKSUM);
		REQUIRE((st == PC_BSN_ALL_ZERO) == (v == 0));
		memset(out, 'X', sizeof(out));
		pc_bsn_format(v, out);
		REQUIRE(out[PC_BSN_DIGITS] == '\0');
		REQUIRE(out[PC_BSN_DIGITS + 1] == 'X');
		for (i = 0; i < PC_BSN_DIGITS; i++)
			REQUIRE(out[i] >= '0' && out[i] <= '9');
		REQUIRE(strtol(out, NULL, 10) == (long) v);
		st2 = pc_bsn_parse(out, PC_BSN_DIGITS, &back);
		REQUIRE(st2 == st);
		REQUIRE(st == PC_BSN_OK ? back == v : back == BSN_SENTINEL);
		REQUIRE(pc_bsn_is_test_number(v) ==
				(v >= 999900006 && v <= 999999990));
	}
}

/*
 * Whole numbers: an accepted text prints back to the same value, and the
 * text was an optional sign and digits between optional white space.
 */
static void
check_int64_text(const uint8_t *data, size_t size)
{
	int64_t		value = INT64_C(0x5A5A5A5A5A5A5A5A);
	int64_t		again = 0;
	char		buf[32];
	int			n;
	size_t		i;
	bool		ok = pc_parse_int64((const char *) data, size, &value);

	if (!ok)
	{
		REQUIRE(value == INT64_C(0x5A5A5A5A5A5A5A5A));
		return;
	}
	for (i = 0; i < size; i++)
		REQUIRE((data[i] >= '0' && data[i] <= '9') || data[i] == '-' || data[i] == '+' ||
				data[i] == ' ' || (data[i] >= '\t' && data[i] <= '\r'));
	n = snprintf(buf, sizeof(buf), "%lld", (long long) value);
	REQUIRE(n > 0 && pc_parse_int64(buf, (size_t) n, &again) && again == value);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_code_text(data, size);
	check_bsn_text(data, size);
	check_int64_text(data, size);

	if (size >= 4)
	{
		int32_t		v;

		memcpy(&v, data, sizeof(v));
		check_code_packed(v);
		check_bsn_value(v);
		/* also hit the valid range often: fold into [0, PC_CODE_LIMIT) */
		check_code_packed((int32_t) ((uint32_t) v % (uint32_t) PC_CODE_LIMIT));
		/* and into the BSN range */
		check_bsn_value((int32_t) ((uint32_t) v % 1000000000u));
	}
	return 0;
}
