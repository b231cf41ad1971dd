/*
 * module.c
 *		The productcodes shared library's magic block and settings, and the
 *		text plumbing its two types share (see pc_pg.h).
 */
#include "pc_pg.h"

#include <limits.h>

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

bool		pc_strict_mode = false;
int			pc_language = PC_LANGUAGE_NL;
int			pc_memo_limit_kb = 256 * 1024;

/* Dutch first: the users, the seeds and the rule texts are Dutch. */
static const struct config_enum_entry language_options[] = {
	{"nl", PC_LANGUAGE_NL, false},
	{"en", PC_LANGUAGE_EN, false},
	{NULL, 0, false}
};

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomBoolVariable("productcodes.strict",
							 "Raise an error for a rejected declaration row instead of storing it as rejected.",
							 "Off (the default) stores every row with its outcome; on suits callers that want an exception.",
							 &pc_strict_mode,
							 false,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	DefineCustomEnumVariable("productcodes.language",
							 "Language of rule texts in reports, views and error messages: nl or en.",
							 "Dutch (nl) is the default; en suits readers who do not read Dutch.",
							 &pc_language,
							 PC_LANGUAGE_NL,
							 language_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	DefineCustomIntVariable("productcodes.memo_limit",
							"Memory a statement may use to remember allocations, clients and their counted rows while it checks declaration rows.",
							"Past it the statement forgets them and reads them again as needed: less memory, slower large loads.",
							&pc_memo_limit_kb,
							256 * 1024,
							1024,
							INT_MAX,
							PGC_USERSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("productcodes");
}

/*
 * message_language() returns productcodes.language.  Views call it rather
 * than current_setting(), because it loads the module, which defines the
 * setting: a session that has not loaded the module yet would otherwise
 * not know the setting, or see only what was set before it was loaded.
 */
PG_FUNCTION_INFO_V1(pc_message_language);
Datum
pc_message_language(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(pc_language == PC_LANGUAGE_EN ? "en" : "nl"));
}

/* Explicit cast from text: bad input is always a hard error. */
int32
pc_value_from_text(text *t, pc_text_parser parse)
{
	char	   *str = text_to_cstring(t);
	int32		value = 0;

	(void) parse(str, &value, NULL);
	pfree(str);
	return value;
}

/*
 * Binary input: the wire form is the value's text, so a driver needs to
 * know nothing about the packing, and input rules are the same as for text.
 */
int32
pc_value_recv(StringInfo buf, pc_text_parser parse)
{
	int			nbytes;
	char	   *str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	int32		value = 0;

	(void) parse(str, &value, NULL);
	pfree(str);
	return value;
}

bytea *
pc_text_send(const char *str, int len)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendtext(&buf, str, len);
	return pq_endtypsend(&buf);
}
