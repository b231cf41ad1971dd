/*
 * productcode.c
 *		Server glue for the productcode type: text and binary I/O, casts and
 *		the analyst's functions.  Parsing and packing live in pc_core.c;
 *		comparison and hashing are the server's int4 functions (see the
 *		install script), since packed order equals text order.
 */
#include "pc_pg.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "pc_core.h"

#define PRODUCTCODE_HINT \
	"A product code is 1 to 5 letters (A-Z) or digits (0-9), such as 43Z03 or 04A01; white space around it is ignored."

PG_FUNCTION_INFO_V1(productcode_in);
PG_FUNCTION_INFO_V1(productcode_out);
PG_FUNCTION_INFO_V1(productcode_recv);
PG_FUNCTION_INFO_V1(productcode_send);
PG_FUNCTION_INFO_V1(productcode_from_text);
PG_FUNCTION_INFO_V1(productcode_to_text);
PG_FUNCTION_INFO_V1(productcode_text_is_valid);
PG_FUNCTION_INFO_V1(productcode_prefix);
PG_FUNCTION_INFO_V1(productcode_length);
PG_FUNCTION_INFO_V1(productcode_national_pattern);

static inline bool
is_code_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Parse str (NUL-terminated, valid in the server encoding) into *packed.
 * On bad input report through escontext (a hard error when it is NULL or
 * before PostgreSQL 16) and return false.
 */
static bool
parse_productcode(const char *str, int32 *packed, Node *escontext)
{
	size_t		len = strlen(str);
	size_t		bad = 0;
	pc_code_status status = pc_code_parse(str, len, packed, &bad);

	switch (status)
	{
		case PC_CODE_OK:
			return true;

		case PC_CODE_EMPTY:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid input syntax for type %s: \"%s\"",
							  "productcode", str),
					   errdetail("The value is empty."),
					   errhint(PRODUCTCODE_HINT));

		case PC_CODE_TOO_LONG:
			{
				/* every byte is an ASCII letter, digit or outer space */
				int			nchars = 0;
				size_t		i;

				for (i = 0; i < len; i++)
					if (!is_code_space(str[i]))
						nchars++;
				PC_ERETURN(escontext, false,
						   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						   errmsg("invalid input syntax for type %s: \"%s\"",
								  "productcode", str),
						   errdetail("The value has %d characters; a product code has at most %d.",
									 nchars, PC_CODE_MAXLEN),
						   errhint(PRODUCTCODE_HINT));
			}

		case PC_CODE_BAD_CHAR:
			{
				int			position = pg_mbstrlen_with_len(str, (int) bad) + 1;
				unsigned char c = (unsigned char) str[bad];

				if (c == ' ')
					PC_ERETURN(escontext, false,
							   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							   errmsg("invalid input syntax for type %s: \"%s\"",
									  "productcode", str),
							   errdetail("A product code cannot contain a space (position %d).",
										 position),
							   errhint(PRODUCTCODE_HINT));
				else if (c < 0x20 || c == 0x7f)
					PC_ERETURN(escontext, false,
							   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							   errmsg("invalid input syntax for type %s: \"%s\"",
									  "productcode", str),
							   errdetail("A product code cannot contain the control character 0x%02x (position %d).",
										 c, position),
							   errhint(PRODUCTCODE_HINT));
				else
					PC_ERETURN(escontext, false,
							   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							   errmsg("invalid input syntax for type %s: \"%s\"",
									  "productcode", str),
							   errdetail("Character \"%.*s\" at position %d is not a letter A-Z or a digit 0-9.",
										 pg_mblen(str + bad), str + bad, position),
							   errhint(PRODUCTCODE_HINT));
			}
	}
	pg_unreachable();
}

/* Text of a stored value; a value no parse produced means corruption. */
static int
format_productcode(int32 packed, char *out)
{
	int			len = pc_code_format(packed, out);

	if (len < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid internal value %d for type %s", packed, "productcode")));
	return len;
}

Datum
productcode_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		packed;

	if (!parse_productcode(str, &packed, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_INT32(packed);
}

Datum
productcode_out(PG_FUNCTION_ARGS)
{
	char	   *out = palloc(PC_CODE_MAXLEN + 1);

	format_productcode(PG_GETARG_INT32(0), out);
	PG_RETURN_CSTRING(out);
}

/*
 * The binary form is the code's text (ASCII), not the packed integer, so
 * the packing may change in a later version without breaking COPY BINARY
 * files or drivers.
 */
Datum
productcode_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pc_value_recv((StringInfo) PG_GETARG_POINTER(0),
								  parse_productcode));
}

Datum
productcode_send(PG_FUNCTION_ARGS)
{
	char		out[PC_CODE_MAXLEN + 1];
	int			len = format_productcode(PG_GETARG_INT32(0), out);

	PG_RETURN_BYTEA_P(pc_text_send(out, len));
}

Datum
productcode_from_text(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pc_value_from_text(PG_GETARG_TEXT_PP(0), parse_productcode));
}

Datum
productcode_to_text(PG_FUNCTION_ARGS)
{
	char		out[PC_CODE_MAXLEN + 1];
	int			len = format_productcode(PG_GETARG_INT32(0), out);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, len));
}

/* Validity test that never raises: for CHECK constraints and data cleaning. */
Datum
productcode_text_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32		packed;

	PG_RETURN_BOOL(pc_code_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
								 &packed, NULL) == PC_CODE_OK);
}

/*
 * The first n characters.  Deliberately not called "category": regional
 * codes need not start with their category (50H1A, 501AL), and only the
 * catalogue decides (rule TR381).
 */
Datum
productcode_prefix(PG_FUNCTION_ARGS)
{
	int32		packed = PG_GETARG_INT32(0);
	int32		n = PG_GETARG_INT32(1);
	char		out[PC_CODE_MAXLEN + 1];
	int			len;

	if (n < 1 || n > PC_CODE_MAXLEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prefix length %d is out of range", n),
				 errdetail("A product code has 1 to %d characters.", PC_CODE_MAXLEN)));
	len = format_productcode(packed, out);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, Min(len, n)));
}

Datum
productcode_length(PG_FUNCTION_ARGS)
{
	char		out[PC_CODE_MAXLEN + 1];

	PG_RETURN_INT32(format_productcode(PG_GETARG_INT32(0), out));
}

Datum
productcode_national_pattern(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pc_code_is_national_pattern(PG_GETARG_INT32(0)));
}
