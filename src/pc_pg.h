/*
 * pc_pg.h
 *		Shared declarations of the server glue (not of the pure core).
 */
#ifndef PC_PG_H
#define PC_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/nodes.h"

/*
 * Compatibility with PostgreSQL 15 to 18, in this one place.
 *
 * From 16 on postgres.h no longer includes varatt.h (VARDATA_ANY,
 * VARSIZE_ANY_EXHDR, SET_VARSIZE), and utils/array.h (construct_array)
 * is no longer reached through the headers the glue includes; both are
 * included here for every server file.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif
#include "utils/array.h"

/*
 * Input functions report bad input as "soft" errors on PostgreSQL 16 and
 * later, so that pg_input_is_valid() and friends work; before 16 there is
 * no soft-error context and the error is thrown as usual.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define PC_ERETURN(escontext, dummy, ...) ereturn(escontext, dummy, __VA_ARGS__)
#else
#define PC_ERETURN(escontext, dummy, ...) \
	do { \
		(void) (escontext); \
		ereport(ERROR, __VA_ARGS__); \
		return dummy; \
	} while (0)
#endif

/* default_version of productcodes.control: the Makefile passes it */
#ifndef PC_EXTENSION_VERSION
#error "PC_EXTENSION_VERSION is not defined: build with the Makefile"
#endif

/* productcodes.strict: raise an error for a rejected row instead of storing it */
extern bool pc_strict_mode;

/* productcodes.language: which rule texts views and messages show */
typedef enum pc_language_choice
{
	PC_LANGUAGE_NL,
	PC_LANGUAGE_EN
} pc_language_choice;
extern int	pc_language;

/* productcodes.memo_limit, in kB: see MEMO_LIMIT in engine_memo.c */
extern int	pc_memo_limit_kb;

/*
 * Both types of this extension are an int32 whose binary wire form is its
 * text, so they share the text <-> value plumbing.  A parser turns a
 * NUL-terminated string into the value or reports bad input through
 * escontext (NULL: a hard error).
 */
typedef bool (*pc_text_parser) (const char *str, int32 *value, Node *escontext);

extern int32 pc_value_from_text(text *t, pc_text_parser parse);
extern int32 pc_value_recv(StringInfo buf, pc_text_parser parse);
extern bytea *pc_text_send(const char *str, int len);

#endif							/* PC_PG_H */
