/*
 * unit_core.c
 *		Unit tests for the PostgreSQL-free core (src/pc_core.c): product
 *		codes and whole numbers in text.  The BSN is tested in
 *		test/unit_bsn.c.
 *
 * The checks are those of test/check.h: one line (file:line and the
 * expression) for each failure, and always the last line "unit_core: N
 * passed, M failed"; the exit status is 1 when M is not zero.
 *
 * Built with: gcc -Wall -Wextra -Werror -std=c99 -O1 -g -Isrc
 *             src/pc_core.c test/unit_core.c
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

static unsigned
rng_below(unsigned n)
{
	return (unsigned) (rng_next() % n);
}

static const char upper_chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char space_chars[] = " \t\n\r\v\f";

static int
sign(long v)
{
	return (v > 0) - (v < 0);
}

/* Parse a NUL-terminated string. */
static pc_code_status
parse_str(const char *s, int32_t *packed, size_t *bad_offset)
{
	return pc_code_parse(s, strlen(s), packed, bad_offset);
}

/* Packed value of a valid code, or -1 when it does not parse. */
static int32_t
packed_of(const char *s)
{
	int32_t		v = -1;

	if (parse_str(s, &v, NULL) != PC_CODE_OK)
		return -1;
	return v;
}

/*
 * Reference encoding written straight from the header: five base-37 digits,
 * '0'..'9' = 1..10, 'A'..'Z' = 11..36, 0 pads on the right.  s must be
 * 1..5 characters of [0-9A-Z].
 */
static int32_t
ref_pack(const char *s)
{
	int32_t		v = 0;
	size_t		n = strlen(s);
	size_t		i;

	for (i = 0; i < 5; i++)
	{
		int			d = 0;

		if (i < n)
			d = (s[i] <= '9') ? s[i] - '0' + 1 : s[i] - 'A' + 11;
		v = v * 37 + d;
	}
	return v;
}

/* Reference validity of a packed value: in range, non-empty, no gap. */
static int
ref_valid_packed(int32_t v)
{
	int			d[5];
	int			i;
	int			seen_pad = 0;

	if (v <= 0 || v >= 69343957)
		return 0;
	for (i = 4; i >= 0; i--)
	{
		d[i] = v % 37;
		v /= 37;
	}
	for (i = 0; i < 5; i++)
	{
		if (d[i] == 0)
			seen_pad = 1;
		else if (seen_pad)
			return 0;
	}
	return d[0] != 0;
}

/* ------------------------------------------------- product code: input */

static void
expect_ok(const char *file, int line, const char *s, size_t len,
		  const char *text)
{
	int32_t		packed = -12345;
	size_t		bad = 777;
	pc_code_status st = pc_code_parse(s, len, &packed, &bad);
	char		out[PC_CODE_MAXLEN + 1];
	int			n;

	check_impl(st == PC_CODE_OK, file, line, "parse == PC_CODE_OK",
			   "input \"%.*s\" gave status %d", (int) len, s, (int) st);
	if (st != PC_CODE_OK)
		return;
	check_plain(bad == 777, file, line, "bad_offset untouched on OK");
	check_impl(packed == ref_pack(text), file, line,
			   "packed == ref_pack(text)", "text %s packed %ld want %ld",
			   text, (long) packed, (long) ref_pack(text));
	n = pc_code_format(packed, out);
	check_impl(n == (int) strlen(text) && strcmp(out, text) == 0,
			   file, line, "format(parse(s)) == text",
			   "got \"%s\" (%d) want \"%s\"", out, n, text);
}

static void
expect_status(const char *file, int line, const char *s, size_t len,
			  pc_code_status want, size_t want_offset)
{
	int32_t		packed = -12345;
	size_t		bad = 777;
	pc_code_status st = pc_code_parse(s, len, &packed, &bad);

	check_impl(st == want, file, line, "parse status",
			   "input of %zu bytes gave %d want %d", len, (int) st,
			   (int) want);
	check_impl(packed == -12345, file, line,
			   "packed untouched on error", "got %ld", (long) packed);
	if (want == PC_CODE_BAD_CHAR)
		check_impl(bad == want_offset, file, line, "bad_offset",
				   "got %zu want %zu", bad, want_offset);
	else
		check_impl(bad == 777, file, line,
				   "bad_offset untouched unless BAD_CHAR", "got %zu", bad);
	/* NULL for bad_offset is allowed and gives the same status */
	packed = -12345;
	st = pc_code_parse(s, len, &packed, NULL);
	check_impl(st == want && packed == -12345, file, line,
			   "same status with bad_offset NULL", "got %d", (int) st);
}

#define OK_STR(s, text) expect_ok(__FILE__, __LINE__, s, strlen(s), text)
#define OK_MEM(s, len, text) expect_ok(__FILE__, __LINE__, s, len, text)
#define ST_STR(s, want, off) \
	expect_status(__FILE__, __LINE__, s, strlen(s), want, off)
#define ST_MEM(s, len, want, off) \
	expect_status(__FILE__, __LINE__, s, len, want, off)

static void
test_code_input(void)
{
	/* plain codes, lengths 1 to 5 */
	OK_STR("4", "4");
	OK_STR("A", "A");
	OK_STR("43", "43");
	OK_STR("43Z", "43Z");
	OK_STR("43Z0", "43Z0");
	OK_STR("43Z03", "43Z03");
	OK_STR("00000", "00000");
	OK_STR("ZZZZZ", "ZZZZZ");

	/* lower case is folded */
	OK_STR("a", "A");
	OK_STR("z", "Z");
	OK_STR("43z03", "43Z03");
	OK_STR("abcde", "ABCDE");
	OK_STR("aBcDe", "ABCDE");
	OK_STR("wmo21", "WMO21");

	/* each kind of ASCII white space is trimmed on both sides */
	OK_STR(" 43Z03", "43Z03");
	OK_STR("43Z03 ", "43Z03");
	OK_STR("\t43Z03\t", "43Z03");
	OK_STR("\n43Z03\n", "43Z03");
	OK_STR("\r43Z03\r", "43Z03");
	OK_STR("\v43Z03\v", "43Z03");
	OK_STR("\f43Z03\f", "43Z03");
	OK_STR(" \t\n\r\v\f43z03\f\v\r\n\t ", "43Z03");
	OK_STR("  x  ", "X");
	OK_STR("\r\n4\r\n", "4");

	/* len is honoured: no NUL needed, bytes after len ignored */
	OK_MEM("43Z03!!!", 5, "43Z03");
	OK_MEM("4X", 1, "4");
	OK_MEM(" 4 -", 3, "4");

	/* empty and white space only */
	ST_STR("", PC_CODE_EMPTY, 0);
	ST_STR(" ", PC_CODE_EMPTY, 0);
	ST_STR("     ", PC_CODE_EMPTY, 0);
	ST_STR(" \t\n\r\v\f", PC_CODE_EMPTY, 0);
	ST_STR("           ", PC_CODE_EMPTY, 0);
	ST_MEM("ABC", 0, PC_CODE_EMPTY, 0);

	/* too long: six or more valid characters */
	ST_STR("ABCDEF", PC_CODE_TOO_LONG, 0);
	ST_STR("123456", PC_CODE_TOO_LONG, 0);
	ST_STR("abcdefg", PC_CODE_TOO_LONG, 0);
	ST_STR("  ABCDEF  ", PC_CODE_TOO_LONG, 0);
	ST_STR("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", PC_CODE_TOO_LONG, 0);
	/* five characters with white space around is fine */
	OK_STR("  ABCDE  ", "ABCDE");

	/* bad characters, with the offset of the first bad byte in s */
	ST_STR("43 Z03", PC_CODE_BAD_CHAR, 2);
	ST_STR("  43 Z03  ", PC_CODE_BAD_CHAR, 4);
	ST_STR("4\t3", PC_CODE_BAD_CHAR, 1);
	ST_STR("4\n3", PC_CODE_BAD_CHAR, 1);
	ST_STR("43-03", PC_CODE_BAD_CHAR, 2);
	ST_STR("-4303", PC_CODE_BAD_CHAR, 0);
	ST_STR("4303-", PC_CODE_BAD_CHAR, 4);
	ST_STR("43.03", PC_CODE_BAD_CHAR, 2);
	ST_STR(".", PC_CODE_BAD_CHAR, 0);
	ST_STR(" _ ", PC_CODE_BAD_CHAR, 1);
	ST_STR("A/B", PC_CODE_BAD_CHAR, 1);
	ST_STR("A@", PC_CODE_BAD_CHAR, 1);	/* '@' is just below 'A' */
	ST_STR("A[", PC_CODE_BAD_CHAR, 1);	/* '[' is just above 'Z' */
	ST_STR("A`", PC_CODE_BAD_CHAR, 1);	/* '`' is just below 'a' */
	ST_STR("A{", PC_CODE_BAD_CHAR, 1);	/* '{' is just above 'z' */
	ST_STR("A/", PC_CODE_BAD_CHAR, 1);	/* '/' is just below '0' */
	ST_STR("A:", PC_CODE_BAD_CHAR, 1);	/* ':' is just above '9' */
	ST_STR("A\x7f", PC_CODE_BAD_CHAR, 1);
	ST_STR("A\x01", PC_CODE_BAD_CHAR, 1);
	ST_STR("A\x1f", PC_CODE_BAD_CHAR, 1);	/* control, not white space */
	ST_STR("\x1c" "A", PC_CODE_BAD_CHAR, 0);	/* FS is not trimmed */

	/* embedded NUL bytes are bad characters, not terminators */
	ST_MEM("4\0" "3", 3, PC_CODE_BAD_CHAR, 1);
	ST_MEM("43\0", 3, PC_CODE_BAD_CHAR, 2);
	ST_MEM("\0" "43", 3, PC_CODE_BAD_CHAR, 0);
	ST_MEM(" \0 ", 3, PC_CODE_BAD_CHAR, 1);
	ST_MEM("\0", 1, PC_CODE_BAD_CHAR, 0);

	/* non-ASCII bytes: UTF-8 e-acute, UTF-8 and Latin-1 NBSP */
	ST_STR("\xc3\xa9", PC_CODE_BAD_CHAR, 0);
	ST_STR("CAF\xc3\xa9", PC_CODE_BAD_CHAR, 3);
	ST_STR(" CAF\xc3\xa9 ", PC_CODE_BAD_CHAR, 4);
	ST_STR("43\xc2\xa0", PC_CODE_BAD_CHAR, 2);	/* NBSP is not trimmed */
	ST_STR("\xc2\xa0" "43", PC_CODE_BAD_CHAR, 0);
	ST_STR("\xa0" "43", PC_CODE_BAD_CHAR, 0);
	ST_STR("43\xa0", PC_CODE_BAD_CHAR, 2);
	ST_STR("4\xff", PC_CODE_BAD_CHAR, 1);
	ST_STR("\x80", PC_CODE_BAD_CHAR, 0);

	/* a bad character wins over the length */
	ST_STR("ABCDEF-", PC_CODE_BAD_CHAR, 6);
	ST_STR("ABC DEF", PC_CODE_BAD_CHAR, 3);
	ST_STR("-BCDEFG", PC_CODE_BAD_CHAR, 0);
	ST_STR("  ABCDEFGHIJ.", PC_CODE_BAD_CHAR, 12);
	/* ... and the first bad byte is reported */
	ST_STR("A-B.C", PC_CODE_BAD_CHAR, 1);
}

/* ---------------------------------------------- product code: encoding */

static void
test_code_encoding(void)
{
	int32_t		p37_4 = 37 * 37 * 37 * 37;

	/* documented values */
	CHECK(PC_CODE_LIMIT == 37 * 37 * 37 * 37 * 37);
	CHECK(PC_CODE_MAXLEN == 5);
	CHECK(PC_CODE_RADIX == 37);
	CHECK(packed_of("0") == 1 * p37_4);
	CHECK(packed_of("9") == 10 * p37_4);
	CHECK(packed_of("A") == 11 * p37_4);
	CHECK(packed_of("Z") == 36 * p37_4);
	CHECK(packed_of("ZZZZZ") == PC_CODE_LIMIT - 1);
	CHECK(packed_of("ZZZZZ") == 69343956);
	CHECK(packed_of("00000") == 1 + 37 + 37 * 37 + 37 * 37 * 37 + p37_4);
	CHECK(packed_of("43Z03") == ref_pack("43Z03"));
	CHECK(packed_of("zzzzz") == packed_of("ZZZZZ"));
	CHECK(packed_of(" a ") == packed_of("A"));
}

static int
cmp_strptr(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* All codes of 1..3 characters, for the exhaustive order test. */
#define SHORT_CODES (36 + 36 * 36 + 36 * 36 * 36)
static char short_codes[SHORT_CODES][4];
static const char *short_ptrs[SHORT_CODES];

static void
test_code_order(void)
{
	/* list in strcmp order of the upper-case text */
	static const char *const sorted[] = {
		"0", "00", "000", "0000", "00000", "00001", "0001", "0009", "000A",
		"000Z", "001", "01", "09", "0Z",
		"1", "3", "4", "40", "43", "43A", "43Z", "43Z0", "43Z03", "43Z04",
		"43Z1", "43ZZZ", "44", "45A03", "49ZZZ",
		"5", "50", "501AL", "50H1A", "54001", "9", "9ZZZZ",
		"A", "A0", "AA", "AZZZZ", "B", "JZ21", "M", "WMO02", "WMO021",
		"WMO1", "Z", "Z0", "Z9", "ZA", "ZZ", "ZZZ", "ZZZZ", "ZZZZ0",
		"ZZZZZ"
	};
	size_t		n = sizeof(sorted) / sizeof(sorted[0]);
	size_t		i;
	int			bad;
	long		k;

	/* WMO021 is six characters: drop it from the packed comparison */
	for (i = 0; i + 1 < n; i++)
		CHECKF(strcmp(sorted[i], sorted[i + 1]) < 0,
			   "list not in strcmp order at %s, %s", sorted[i], sorted[i + 1]);
	{
		int32_t		prev = 0;
		int			prev_i = -1;

		for (i = 0; i < n; i++)
		{
			int32_t		v = packed_of(sorted[i]);

			if (strlen(sorted[i]) > PC_CODE_MAXLEN)
			{
				CHECK(v == -1);
				continue;
			}
			CHECKF(v > 0, "%s does not parse", sorted[i]);
			if (prev_i >= 0)
				CHECKF(v > prev, "packed(%s)=%ld not above packed(%s)=%ld",
					   sorted[i], (long) v, sorted[prev_i], (long) prev);
			prev = v;
			prev_i = (int) i;
		}
	}

	/* lower-case input sorts by its upper-case text */
	CHECK(packed_of("a") > packed_of("9"));
	CHECK(packed_of("a") < packed_of("Z9"));
	CHECK(packed_of("43z03") < packed_of("43z04"));
	CHECK(packed_of("z") > packed_of("A"));

	/* exhaustive: every code of length 1..3, sorted with strcmp */
	k = 0;
	for (i = 0; i < 36; i++)
	{
		size_t		j;

		short_codes[k][0] = upper_chars[i];
		short_codes[k][1] = '\0';
		k++;
		for (j = 0; j < 36; j++)
		{
			size_t		m;

			short_codes[k][0] = upper_chars[i];
			short_codes[k][1] = upper_chars[j];
			short_codes[k][2] = '\0';
			k++;
			for (m = 0; m < 36; m++)
			{
				short_codes[k][0] = upper_chars[i];
				short_codes[k][1] = upper_chars[j];
				short_codes[k][2] = upper_chars[m];
				short_codes[k][3] = '\0';
				k++;
			}
		}
	}
	CHECK(k == SHORT_CODES);
	for (k = 0; k < SHORT_CODES; k++)
		short_ptrs[k] = short_codes[k];
	qsort(short_ptrs, SHORT_CODES, sizeof(short_ptrs[0]), cmp_strptr);
	bad = 0;
	for (k = 0; k < SHORT_CODES; k++)
	{
		int32_t		v = packed_of(short_ptrs[k]);
		char		out[PC_CODE_MAXLEN + 1];

		LOOP_CHECK(bad, v == ref_pack(short_ptrs[k]), "code %s",
				   short_ptrs[k]);
		LOOP_CHECK(bad, pc_code_format(v, out) == (int) strlen(short_ptrs[k])
				   && strcmp(out, short_ptrs[k]) == 0, "code %s", short_ptrs[k]);
		if (k > 0)
			LOOP_CHECK(bad, v > packed_of(short_ptrs[k - 1]), "%s after %s",
					   short_ptrs[k], short_ptrs[k - 1]);
	}
	CHECKF(bad == 0, "%d failures over all codes of 1..3 chars", bad);

	/* random pairs of codes of 1..5 characters, mixed case and padding */
	bad = 0;
	for (k = 0; k < 1000000; k++)
	{
		char		up[2][PC_CODE_MAXLEN + 1];
		char		in[2][PC_CODE_MAXLEN + 8];
		int32_t		v[2];
		int			t;

		for (t = 0; t < 2; t++)
		{
			unsigned	len = 1 + rng_below(5);
			unsigned	lead = rng_below(3);
			unsigned	trail = rng_below(3);
			unsigned	c;
			size_t		pos = 0;

			for (c = 0; c < lead; c++)
				in[t][pos++] = space_chars[rng_below(6)];
			for (c = 0; c < len; c++)
			{
				/* bias towards few distinct chars to get common prefixes */
				char		ch = upper_chars[rng_below(4) == 0 ? rng_below(36)
											 : rng_below(3) * 17];

				up[t][c] = ch;
				if (ch >= 'A' && rng_below(2))
					ch = (char) (ch - 'A' + 'a');
				in[t][pos++] = ch;
			}
			up[t][len] = '\0';
			for (c = 0; c < trail; c++)
				in[t][pos++] = space_chars[rng_below(6)];
			v[t] = -1;
			LOOP_CHECK(bad, pc_code_parse(in[t], pos, &v[t], NULL)
					   == PC_CODE_OK, "code %s", up[t]);
		}
		LOOP_CHECK(bad, sign(strcmp(up[0], up[1])) ==
				   sign((long) v[0] - (long) v[1]),
				   "%s vs %s: %ld vs %ld", up[0], up[1], (long) v[0],
				   (long) v[1]);
		LOOP_CHECK(bad, v[0] == ref_pack(up[0]), "code %s", up[0]);
	}
	CHECKF(bad == 0, "%d failures over random pairs", bad);
}

static void
test_code_packed(void)
{
	char		out[PC_CODE_MAXLEN + 1];
	int32_t		p37[5] = {1, 37, 37 * 37, 37 * 37 * 37, 37 * 37 * 37 * 37};
	int			bad;
	long		k;

	/* out of range */
	CHECK(!pc_code_is_valid_packed(0));
	CHECK(!pc_code_is_valid_packed(-1));
	CHECK(!pc_code_is_valid_packed(-69343956));
	CHECK(!pc_code_is_valid_packed(INT32_MIN));
	CHECK(!pc_code_is_valid_packed(INT32_MAX));
	CHECK(!pc_code_is_valid_packed(PC_CODE_LIMIT));
	CHECK(!pc_code_is_valid_packed(PC_CODE_LIMIT + 1));
	CHECK(pc_code_is_valid_packed(PC_CODE_LIMIT - 1));
	CHECK(pc_code_is_valid_packed(p37[4]));		/* "0" */
	CHECK(!pc_code_is_valid_packed(p37[4] - 1));	/* pad then "ZZZZ" */

	/* a padding digit followed by a character */
	CHECK(!pc_code_is_valid_packed(1));			/* pad pad pad pad '0' */
	CHECK(!pc_code_is_valid_packed(36));			/* pad pad pad pad 'Z' */
	CHECK(!pc_code_is_valid_packed(p37[3]));		/* pad '0' pad pad pad */
	CHECK(!pc_code_is_valid_packed(p37[4] + p37[2]));	/* '0' pad '0' */
	CHECK(!pc_code_is_valid_packed(p37[4] + 1));	/* '0' pad pad pad '0' */
	CHECK(!pc_code_is_valid_packed(36 * p37[4] + 36 * p37[3] + 36));
	CHECK(!pc_code_is_valid_packed(11 * p37[4] + 11 * p37[3] + 11 * p37[1]));
	CHECK(pc_code_is_valid_packed(11 * p37[4] + 11 * p37[3] + 11 * p37[2]));

	/* format: invalid writes "" and returns -1 */
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(0, out) == -1 && out[0] == '\0');
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(1, out) == -1 && out[0] == '\0');
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(-5, out) == -1 && out[0] == '\0');
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(PC_CODE_LIMIT, out) == -1 && out[0] == '\0');
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(PC_CODE_LIMIT - 1, out) == 5 &&
		  strcmp(out, "ZZZZZ") == 0);
	memset(out, 'X', sizeof(out));
	CHECK(pc_code_format(p37[4], out) == 1 && strcmp(out, "0") == 0);

	/* length */
	CHECK(pc_code_length(packed_of("4")) == 1);
	CHECK(pc_code_length(packed_of("43")) == 2);
	CHECK(pc_code_length(packed_of("43Z")) == 3);
	CHECK(pc_code_length(packed_of("43Z0")) == 4);
	CHECK(pc_code_length(packed_of("43Z03")) == 5);
	CHECK(pc_code_length(packed_of("00000")) == 5);
	CHECK(pc_code_length(PC_CODE_LIMIT - 1) == 5);
	CHECK(pc_code_length(0) == -1);
	CHECK(pc_code_length(-1) == -1);
	CHECK(pc_code_length(1) == -1);
	CHECK(pc_code_length(PC_CODE_LIMIT) == -1);
	CHECK(pc_code_length(INT32_MIN) == -1);

	/* national pattern: two digits, a letter, two digits or letters */
	CHECK(pc_code_is_national_pattern(packed_of("45A03")));
	CHECK(pc_code_is_national_pattern(packed_of("50H1A")));
	CHECK(pc_code_is_national_pattern(packed_of("00AZZ")));
	CHECK(pc_code_is_national_pattern(packed_of("99Z00")));
	CHECK(pc_code_is_national_pattern(packed_of("43z03")));
	CHECK(!pc_code_is_national_pattern(packed_of("501AL")));
	CHECK(!pc_code_is_national_pattern(packed_of("4")));
	CHECK(!pc_code_is_national_pattern(packed_of("45A0")));	/* too short */
	CHECK(!pc_code_is_national_pattern(packed_of("45A")));
	CHECK(!pc_code_is_national_pattern(packed_of("A5A03")));
	CHECK(!pc_code_is_national_pattern(packed_of("4AA03")));
	CHECK(!pc_code_is_national_pattern(packed_of("45003")));
	CHECK(!pc_code_is_national_pattern(packed_of("ZZZZZ")));
	CHECK(!pc_code_is_national_pattern(0));
	CHECK(!pc_code_is_national_pattern(-1));
	CHECK(!pc_code_is_national_pattern(PC_CODE_LIMIT));
	/* an invalid (gapped) value shaped like 45A?3 */
	CHECK(!pc_code_is_national_pattern(5 * p37[4] + 6 * p37[3] +
									   11 * p37[2] + 4));

	/*
	 * A sweep over the whole packed range (stride prime to 37) and the
	 * edges: validity, format, length and round trip agree with the
	 * reference.
	 */
	bad = 0;
	for (k = -200; k < PC_CODE_LIMIT + 200; k += (k < 200 ||
											 k > PC_CODE_LIMIT - 200) ? 1 : 997)
	{
		int32_t		v = (int32_t) k;
		int			valid = ref_valid_packed(v);
		int			n;

		memset(out, 'X', sizeof(out));
		n = pc_code_format(v, out);
		LOOP_CHECK(bad, (int) pc_code_is_valid_packed(v) == valid,
				   "value %ld", k);
		LOOP_CHECK(bad, (n >= 0) == valid, "value %ld", k);
		LOOP_CHECK(bad, pc_code_length(v) == n, "value %ld", k);
		if (n < 0)
			LOOP_CHECK(bad, out[0] == '\0', "value %ld", k);
		else
		{
			int32_t		back = -1;

			LOOP_CHECK(bad, n >= 1 && n <= 5 && strlen(out) == (size_t) n,
					   "value %ld", k);
			LOOP_CHECK(bad, pc_code_parse(out, (size_t) n, &back, NULL) ==
					   PC_CODE_OK && back == v, "value %ld text %s", k, out);
			LOOP_CHECK(bad, pc_code_is_national_pattern(v) ==
					   (n == 5 && out[0] <= '9' && out[1] <= '9' &&
						out[2] >= 'A'), "value %ld text %s", k, out);
		}
	}
	CHECKF(bad == 0, "%d failures in packed sweep", bad);

	/* random int32 values: valid exactly when format succeeds */
	bad = 0;
	for (k = 0; k < 200000; k++)
	{
		int32_t		v = (int32_t) (uint32_t) rng_next();
		int			n;

		if (k & 1)
			v = (int32_t) ((uint32_t) v % PC_CODE_LIMIT);
		n = pc_code_format(v, out);
		LOOP_CHECK(bad, (int) pc_code_is_valid_packed(v) == ref_valid_packed(v)
				   && (n >= 0) == ref_valid_packed(v), "value %ld", (long) v);
	}
	CHECKF(bad == 0, "%d failures over random int32", bad);
}

/* Round trip for random valid codes: format(parse(s)) is the upper text. */
static void
test_code_roundtrip(void)
{
	int			bad = 0;
	long		k;

	for (k = 0; k < 200000; k++)
	{
		unsigned	len = 1 + rng_below(5);
		char		in[PC_CODE_MAXLEN + 1];
		char		up[PC_CODE_MAXLEN + 1];
		char		out[PC_CODE_MAXLEN + 1];
		int32_t		v = -1;
		int32_t		v2 = -1;
		unsigned	c;

		for (c = 0; c < len; c++)
		{
			char		ch = upper_chars[rng_below(36)];

			up[c] = ch;
			in[c] = (ch >= 'A' && rng_below(2)) ? (char) (ch - 'A' + 'a') : ch;
		}
		up[len] = in[len] = '\0';
		LOOP_CHECK(bad, pc_code_parse(in, len, &v, NULL) == PC_CODE_OK,
				   "code %s", in);
		LOOP_CHECK(bad, pc_code_format(v, out) == (int) len &&
				   strcmp(out, up) == 0, "code %s", in);
		LOOP_CHECK(bad, pc_code_parse(out, len, &v2, NULL) == PC_CODE_OK &&
				   v2 == v, "code %s", in);
		LOOP_CHECK(bad, pc_code_is_valid_packed(v) &&
				   pc_code_length(v) == (int) len, "code %s", in);
	}
	CHECKF(bad == 0, "%d failures over random round trips", bad);
}

static void
test_parse_int64(void)
{
	int64_t		v;

	CHECK(pc_parse_int64("0", 1, &v) && v == 0);
	CHECK(pc_parse_int64(" 250000 ", 8, &v) && v == 250000);
	CHECK(pc_parse_int64("-17", 3, &v) && v == -17);
	CHECK(pc_parse_int64("+5", 2, &v) && v == 5);
	CHECK(pc_parse_int64("9223372036854775807", 19, &v) && v == INT64_MAX);
	CHECK(pc_parse_int64("-9223372036854775808", 20, &v) && v == INT64_MIN);
	v = 42;
	CHECK(!pc_parse_int64("9223372036854775808", 19, &v) && v == 42);	/* overflow */
	CHECK(!pc_parse_int64("-9223372036854775809", 20, &v) && v == 42);
	CHECK(!pc_parse_int64("99999999999999999999999", 23, &v) && v == 42);
	CHECK(!pc_parse_int64("", 0, &v));
	CHECK(!pc_parse_int64("   ", 3, &v));
	CHECK(!pc_parse_int64("-", 1, &v));
	CHECK(!pc_parse_int64("12.50", 5, &v));
	CHECK(!pc_parse_int64("1e3", 3, &v));
	CHECK(!pc_parse_int64("12 3", 4, &v));
	CHECK(!pc_parse_int64("0x10", 4, &v));
	CHECK(!pc_parse_int64("1\0002", 3, &v));	/* an embedded NUL is not a digit */
	CHECK(v == 42);
}

int
main(void)
{
	test_parse_int64();
	test_code_input();
	test_code_encoding();
	test_code_order();
	test_code_packed();
	test_code_roundtrip();

	return check_summary("unit_core");
}
