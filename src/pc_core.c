/*
 * pc_core.c
 *		Product code packing and BSN elfproef, without PostgreSQL.
 *
 * See pc_core.h for the encoding.  Every function here is pure: no
 * allocation, no global state, no locale.  Character classes are tested
 * by hand, not with <ctype.h>, so a server running under some exotic
 * LC_CTYPE still accepts exactly the same input.
 */
#include "pc_core.h"

/* Space, tab, newline, vertical tab, form feed, carriage return. */
static inline bool
is_ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static void
trim(const char **s, size_t *len)
{
	const char *p = *s;
	size_t		n = *len;

	while (n > 0 && is_ascii_space((unsigned char) p[0]))
	{
		p++;
		n--;
	}
	while (n > 0 && is_ascii_space((unsigned char) p[n - 1]))
		n--;
	*s = p;
	*len = n;
}

/* Digit value of one code character, 0 when it is not one. */
static inline int
code_char_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0' + 1;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 11;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 11;
	return 0;
}

/*
 * Digit value -> character; 0 is the padding digit.  The array holds the
 * string's terminating NUL as well (sized by the literal, not by the radix:
 * GCC 15 and clang 21 warn when a literal's NUL does not fit), and the
 * typedef below fails to compile if the table and the radix disagree.
 */
static const char code_chars[] =
"\0" "0123456789" "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
typedef char pc_code_chars_match_radix[sizeof(code_chars) == PC_CODE_RADIX + 1 ? 1 : -1];

pc_code_status
pc_code_parse(const char *s, size_t len, int32_t *packed, size_t *bad_offset)
{
	const char *start = s;
	int32_t		value = 0;
	size_t		i;

	trim(&s, &len);
	if (len == 0)
		return PC_CODE_EMPTY;

	/*
	 * Look for a bad character before complaining about the length, so that
	 * "43 Z03" is reported for its space, not for being six bytes long.
	 */
	for (i = 0; i < len; i++)
	{
		if (code_char_value((unsigned char) s[i]) == 0)
		{
			if (bad_offset)
				*bad_offset = (size_t) (s - start) + i;
			return PC_CODE_BAD_CHAR;
		}
	}
	if (len > PC_CODE_MAXLEN)
		return PC_CODE_TOO_LONG;

	for (i = 0; i < PC_CODE_MAXLEN; i++)
		value = value * PC_CODE_RADIX +
			(i < len ? code_char_value((unsigned char) s[i]) : 0);

	*packed = value;
	return PC_CODE_OK;
}

/*
 * Split a packed value into its five base-37 digits, most significant
 * first.  Returns the code length, or -1 when the value is out of range,
 * empty, or has a character after padding (a gap cannot come from parsing).
 */
static int
unpack(int32_t packed, int digits[PC_CODE_MAXLEN])
{
	int32_t		v = packed;
	int			len = 0;
	int			i;

	if (packed <= 0 || packed >= PC_CODE_LIMIT)
		return -1;
	for (i = PC_CODE_MAXLEN - 1; i >= 0; i--)
	{
		digits[i] = (int) (v % PC_CODE_RADIX);
		v /= PC_CODE_RADIX;
	}
	while (len < PC_CODE_MAXLEN && digits[len] != 0)
		len++;
	for (i = len; i < PC_CODE_MAXLEN; i++)
		if (digits[i] != 0)
			return -1;
	return len;					/* >= 1, since packed > 0 and no gaps */
}

bool
pc_code_is_valid_packed(int32_t packed)
{
	int			digits[PC_CODE_MAXLEN];

	return unpack(packed, digits) > 0;
}

int
pc_code_format(int32_t packed, char *out)
{
	int			digits[PC_CODE_MAXLEN];
	int			len = unpack(packed, digits);
	int			i;

	if (len < 0)
	{
		out[0] = '\0';
		return -1;
	}
	for (i = 0; i < len; i++)
		out[i] = code_chars[digits[i]];
	out[len] = '\0';
	return len;
}

int
pc_code_length(int32_t packed)
{
	int			digits[PC_CODE_MAXLEN];

	return unpack(packed, digits);
}

bool
pc_code_is_national_pattern(int32_t packed)
{
	int			digits[PC_CODE_MAXLEN];

	if (unpack(packed, digits) != PC_CODE_MAXLEN)
		return false;
	/* values 1..10 are digits, 11..36 letters */
	return digits[0] <= 10 && digits[1] <= 10 && digits[2] >= 11;
}

/* ------------------------------------------------------------------ BSN */

static pc_bsn_status
bsn_check_digits(const int d[PC_BSN_DIGITS])
{
	int			sum = 0;
	int			i;
	bool		all_zero = true;

	for (i = 0; i < PC_BSN_DIGITS - 1; i++)
	{
		sum += (PC_BSN_DIGITS - i) * d[i];
		if (d[i] != 0)
			all_zero = false;
	}
	sum -= d[PC_BSN_DIGITS - 1];
	if (all_zero && d[PC_BSN_DIGITS - 1] == 0)
		return PC_BSN_ALL_ZERO;
	/* sum lies in -9..396, so test both signs of a multiple of 11 */
	return (sum % 11 == 0) ? PC_BSN_OK : PC_BSN_CHECKSUM;
}

pc_bsn_status
pc_bsn_parse(const char *s, size_t len, int32_t *value)
{
	int			d[PC_BSN_DIGITS];
	int32_t		v = 0;
	size_t		i;
	pc_bsn_status status;

	trim(&s, &len);
	if (len == 0)
		return PC_BSN_EMPTY;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return PC_BSN_NOT_DIGITS;
	if (len != PC_BSN_DIGITS)
		return PC_BSN_WRONG_LENGTH;
	for (i = 0; i < PC_BSN_DIGITS; i++)
	{
		d[i] = s[i] - '0';
		v = v * 10 + d[i];
	}
	status = bsn_check_digits(d);
	if (status == PC_BSN_OK)
		*value = v;
	return status;
}

pc_bsn_status
pc_bsn_check_value(int32_t value)
{
	int			d[PC_BSN_DIGITS];
	int32_t		v = value;
	int			i;

	if (value < 0 || value > 999999999)
		return PC_BSN_WRONG_LENGTH;
	for (i = PC_BSN_DIGITS - 1; i >= 0; i--)
	{
		d[i] = (int) (v % 10);
		v /= 10;
	}
	return bsn_check_digits(d);
}

void
pc_bsn_format(int32_t value, char *out)
{
	int32_t		v = value;
	int			i;

	for (i = PC_BSN_DIGITS - 1; i >= 0; i--)
	{
		out[i] = (char) ('0' + (v % 10));
		v /= 10;
	}
	out[PC_BSN_DIGITS] = '\0';
}

bool
pc_bsn_is_test_number(int32_t value)
{
	return value >= 999900006 && value <= 999999990;
}

/* ------------------------------------------------------------- numbers */

bool
pc_parse_int64(const char *s, size_t len, int64_t *value)
{
	bool		negative = false;
	uint64_t	magnitude = 0;
	size_t		i = 0;

	trim(&s, &len);
	if (len > 0 && (s[0] == '-' || s[0] == '+'))
	{
		negative = (s[0] == '-');
		i = 1;
	}
	if (i == len)
		return false;
	for (; i < len; i++)
	{
		unsigned	digit;

		if (s[i] < '0' || s[i] > '9')
			return false;
		digit = (unsigned) (s[i] - '0');
		/* stay within 2^63 (the magnitude of INT64_MIN) */
		if (magnitude > (UINT64_C(9223372036854775808) - digit) / 10)
			return false;
		magnitude = magnitude * 10 + digit;
	}
	if (!negative && magnitude > (uint64_t) INT64_MAX)
		return false;
	*value = negative ? (int64_t) (0 - magnitude) : (int64_t) magnitude;
	return true;
}
