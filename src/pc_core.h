/*
 * pc_core.h
 *		The PostgreSQL-free core of productcodes: product code packing and
 *		the BSN elfproef.
 *
 * Nothing in this header or in pc_core.c may include a PostgreSQL header:
 * the core is compiled on its own for the unit tests (test/unit_core.c,
 * test/unit_bsn.c) and the fuzz harness (test/fuzz_core.c).  The server glue (productcode.c,
 * bsn.c) only translates status codes into ereport() calls.
 */
#ifndef PC_CORE_H
#define PC_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------
 * Product codes
 *
 * A code is 1 to 5 characters from [0-9A-Z] (lower case is folded on
 * input).  It is packed into a non-negative int32 as a base-37 number of
 * exactly five digits: '0'..'9' are 1..10, 'A'..'Z' are 11..36 and 0 pads
 * a shorter code on the right.  Because padding sorts below every
 * character and the digit values follow ASCII order, integer order equals
 * the C-collation order of the text ('4' < '43' < '43Z03' < 'A'), so the
 * server can use the built-in int4 comparison and hash functions.
 * The largest packed value is 37^5 - 1 = 69343956.
 * ---------------------------------------------------------------------
 */
#define PC_CODE_MAXLEN		5
#define PC_CODE_RADIX		37
#define PC_CODE_LIMIT		69343957	/* 37^5: packed values are below this */

typedef enum pc_code_status
{
	PC_CODE_OK = 0,
	PC_CODE_EMPTY,				/* nothing but white space */
	PC_CODE_TOO_LONG,			/* more than PC_CODE_MAXLEN characters */
	PC_CODE_BAD_CHAR			/* a character outside [0-9A-Za-z], incl.
								 * inner white space and non-ASCII bytes */
} pc_code_status;

/*
 * Parse the len bytes at s (no terminating NUL needed; an embedded NUL is a
 * bad character).  Leading and trailing ASCII white space is skipped.  On
 * PC_CODE_OK *packed holds the code.  On PC_CODE_BAD_CHAR, *bad_offset (if
 * not NULL) is the byte offset of the first offending byte in s.
 */
extern pc_code_status pc_code_parse(const char *s, size_t len,
									int32_t *packed, size_t *bad_offset);

/* True when packed is a value pc_code_parse can produce. */
extern bool pc_code_is_valid_packed(int32_t packed);

/*
 * Write the upper-case text of a packed code and a terminating NUL into
 * out, which must hold PC_CODE_MAXLEN + 1 bytes.  Returns the length, or
 * -1 (writing an empty string) when packed is not a valid code.
 */
extern int	pc_code_format(int32_t packed, char *out);

/* Number of characters of a valid packed code (1..5), -1 if invalid. */
extern int	pc_code_length(int32_t packed);

/*
 * True when a valid code follows the pattern of the national lists (JZ21,
 * WMO021): two digits, a letter, then two digits or letters (45A03).
 */
extern bool pc_code_is_national_pattern(int32_t packed);

/* ---------------------------------------------------------------------
 * BSN (burgerservicenummer)
 *
 * Exactly nine digits after trimming surrounding ASCII white space, passing
 * the elfproef 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 = 0 (mod 11); 000000000
 * passes the sum but is not a BSN.  A BSN is kept as an int32 (at most
 * 999999999) and formatted back with its leading zeros.
 * ---------------------------------------------------------------------
 */
#define PC_BSN_DIGITS		9

typedef enum pc_bsn_status
{
	PC_BSN_OK = 0,
	PC_BSN_EMPTY,				/* nothing but white space */
	PC_BSN_NOT_DIGITS,			/* a character other than 0-9 */
	PC_BSN_WRONG_LENGTH,		/* digits only, but not nine of them */
	PC_BSN_ALL_ZERO,			/* 000000000 */
	PC_BSN_CHECKSUM				/* fails the elfproef */
} pc_bsn_status;

extern pc_bsn_status pc_bsn_parse(const char *s, size_t len, int32_t *value);

/* Validate a number already held as an integer (binary input). */
extern pc_bsn_status pc_bsn_check_value(int32_t value);

/* Write the nine digits and a NUL into out (10 bytes). */
extern void pc_bsn_format(int32_t value, char *out);

/* True for the range 999900006..999999990 reserved for test environments. */
extern bool pc_bsn_is_test_number(int32_t value);

/* ---------------------------------------------------------------------
 * Whole numbers in text (staged rows)
 * ---------------------------------------------------------------------
 */

/*
 * Parse an optionally signed decimal integer, surrounding ASCII white space
 * ignored, into *value.  False (value untouched) for anything else: empty,
 * other characters, or outside the int64 range.
 */
extern bool pc_parse_int64(const char *s, size_t len, int64_t *value);

#endif							/* PC_CORE_H */
