/*
 * module.c
 *		The productcodes shared library's magic block and settings, and the
 *		text plumbing its two types share (see pc_pg.h).
 */
#include "pc_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

bool		pc_strict_mode = false;

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
	MarkGUCPrefixReserved("productcodes");
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
