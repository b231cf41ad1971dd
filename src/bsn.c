/*
 * bsn.c
 *		Server glue for the bsn type (burgerservicenummer).  The elfproef
 *		lives in pc_core.c; comparison and hashing are the int4 functions,
 *		since numeric order equals the order of the 9-digit text.
 */
#include "pc_pg.h"

#include "utils/builtins.h"

#include "pc_core.h"

#define BSN_HINT \
	"A BSN is 9 digits, leading zeros included, that pass the elfproef, such as 123456782."

PG_FUNCTION_INFO_V1(bsn_in);
PG_FUNCTION_INFO_V1(bsn_out);
PG_FUNCTION_INFO_V1(bsn_recv);
PG_FUNCTION_INFO_V1(bsn_send);
PG_FUNCTION_INFO_V1(bsn_from_text);
PG_FUNCTION_INFO_V1(bsn_to_text);
PG_FUNCTION_INFO_V1(bsn_text_is_valid);
PG_FUNCTION_INFO_V1(bsn_is_test);

/*
 * Parse str (NUL-terminated) into *value, reporting bad input through
 * escontext (a hard error when NULL or before PostgreSQL 16).
 */
static bool
parse_bsn(const char *str, int32 *value, Node *escontext)
{
	switch (pc_bsn_parse(str, strlen(str), value))
	{
		case PC_BSN_OK:
			return true;
		case PC_BSN_EMPTY:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid input syntax for type %s: \"%s\"", "bsn", str),
					   errdetail("The value is empty."),
					   errhint(BSN_HINT));
		case PC_BSN_NOT_DIGITS:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid input syntax for type %s: \"%s\"", "bsn", str),
					   errdetail("A BSN consists of digits only, without spaces, dots or dashes."),
					   errhint(BSN_HINT));
		case PC_BSN_WRONG_LENGTH:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid input syntax for type %s: \"%s\"", "bsn", str),
					   errdetail("A BSN has exactly %d digits.", PC_BSN_DIGITS),
					   errhint(BSN_HINT));
		case PC_BSN_ALL_ZERO:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid BSN: \"%s\"", str),
					   errdetail("000000000 passes the elfproef but is never issued as a BSN."),
					   errhint(BSN_HINT));
		case PC_BSN_CHECKSUM:
			PC_ERETURN(escontext, false,
					   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					   errmsg("invalid BSN: \"%s\"", str),
					   errdetail("The digits fail the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - d9 is not a multiple of 11."),
					   errhint("Check the number for a typing error. " BSN_HINT));
	}
	pg_unreachable();
}

static void
format_bsn(int32 value, char *out)
{
	if (pc_bsn_check_value(value) != PC_BSN_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid internal value %d for type %s", value, "bsn")));
	pc_bsn_format(value, out);
}

Datum
bsn_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		value;

	if (!parse_bsn(str, &value, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_INT32(value);
}

Datum
bsn_out(PG_FUNCTION_ARGS)
{
	char	   *out = palloc(PC_BSN_DIGITS + 1);

	format_bsn(PG_GETARG_INT32(0), out);
	PG_RETURN_CSTRING(out);
}

/* The binary form is the 9-digit text, as for productcode. */
Datum
bsn_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pc_value_recv((StringInfo) PG_GETARG_POINTER(0), parse_bsn));
}

Datum
bsn_send(PG_FUNCTION_ARGS)
{
	char		out[PC_BSN_DIGITS + 1];

	format_bsn(PG_GETARG_INT32(0), out);
	PG_RETURN_BYTEA_P(pc_text_send(out, PC_BSN_DIGITS));
}

Datum
bsn_from_text(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pc_value_from_text(PG_GETARG_TEXT_PP(0), parse_bsn));
}

Datum
bsn_to_text(PG_FUNCTION_ARGS)
{
	char		out[PC_BSN_DIGITS + 1];

	format_bsn(PG_GETARG_INT32(0), out);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, PC_BSN_DIGITS));
}

Datum
bsn_text_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32		value;

	PG_RETURN_BOOL(pc_bsn_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
								&value) == PC_BSN_OK);
}

Datum
bsn_is_test(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pc_bsn_is_test_number(PG_GETARG_INT32(0)));
}
