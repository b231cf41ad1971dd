/*
 * engine_columns.c
 *		The fields the engine reads and writes, the columns of the guarded
 *		table that hold them, and reading a row's fields.
 *
 * Trigger arguments map the engine's field names to other column names
 * ("bsn=burgerservicenummer"), so the same trigger can guard a table whose
 * columns carry the same meaning under other names; the queries of the
 * guarded table (engine_read.c) are expanded with those names.
 */
#include "engine.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

const field_def eng_field_defs[N_FIELDS] = {
	{"declaration_id", K_INT, true},
	{"referentie_nummer", K_TEXT, true},
	{"vorig_referentie_nummer", K_TEXT, true},
	{"toewijzing_nummer", K_INT, true},
	{"bsn", K_TEXT, true},
	{"category", K_TEXT, true},
	{"code", K_CODE, true},
	{"period_start", K_DATE, true},
	{"period_end", K_DATE, true},
	{"volume", K_INT, true},
	{"unit", K_TEXT, true},
	{"tariff_cents", K_INT, true},
	{"amount_cents", K_INT, true},
	{"dc", K_TEXT, true},
	{"status", K_TEXT, true},
	{"errors", K_TEXT_ARRAY, true},
	{"warnings", K_TEXT_ARRAY, false},
	{"checked_at", K_TIMESTAMPTZ, false},
	{"ruleset", K_TEXT, false},
	{"undecided", K_TEXT_ARRAY, false},
	{"figures", K_JSONB, false},
};

/* ---------------------------------------------------------------- setup */

/* Replace {R} by the table and {field} by the field's column. */
static char *
expand_query(const statement_state *st, const char *template)
{
	StringInfoData out;
	const char *p = template;

	initStringInfo(&out);
	while (*p)
	{
		const char *close;
		int			f;

		if (*p != '{' || (close = strchr(p, '}')) == NULL)
		{
			appendStringInfoChar(&out, *p++);
			continue;
		}
		if (close - p == 2 && p[1] == 'R')
			appendStringInfoString(&out, st->table);
		else
		{
			for (f = 0; f < N_FIELDS; f++)
				if (strlen(eng_field_defs[f].name) == (size_t) (close - p - 1) &&
					strncmp(eng_field_defs[f].name, p + 1, close - p - 1) == 0)
					break;
			if (f == N_FIELDS)
				elog(ERROR, "unknown field in query template: %.*s", (int) (close - p + 1), p);
			appendStringInfoString(&out, st->column[f]);
		}
		p = close + 1;
	}
	return out.data;
}

/*
 * Which column holds each field: by default the column of the field's own
 * name; a trigger argument "field=column" names another.
 */
void
eng_map_columns(statement_state *st, Relation rel, Trigger *trigger)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	const char *column[N_FIELDS];
	Oid			code_type = st->code_type;
	int			i,
				f;

	for (f = 0; f < N_FIELDS; f++)
		column[f] = eng_field_defs[f].name;

	for (i = 0; trigger != NULL && i < trigger->tgnargs; i++)
	{
		const char *arg = trigger->tgargs[i];
		const char *eq = strchr(arg, '=');
		bool		known = false;

		if (eq == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument \"%s\" for trigger \"%s\"", arg, trigger->tgname),
					 errhint("Arguments have the form field=column, such as bsn=burgerservicenummer.")));
		for (f = 0; f < N_FIELDS; f++)
		{
			if (strlen(eng_field_defs[f].name) == (size_t) (eq - arg) &&
				strncmp(eng_field_defs[f].name, arg, eq - arg) == 0)
			{
				column[f] = eq + 1;
				known = true;
			}
		}
		if (!known)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown field \"%.*s\" in argument \"%s\" of trigger \"%s\"",
							(int) (eq - arg), arg, arg, trigger->tgname),
					 errhint("The fields are the column names of productcodes.declaration_rows.")));
	}

	for (f = 0; f < N_FIELDS; f++)
	{
		int			attnum = SPI_fnumber(tupdesc, column[f]);
		Oid			type;
		bool		ok;

		if (attnum <= 0)
		{
			if (eng_field_defs[f].required)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("table \"%s\" has no column \"%s\" for field \"%s\"",
								RelationGetRelationName(rel), column[f], eng_field_defs[f].name),
						 errhint("Map the field to a column with a trigger argument %s=column.",
								 eng_field_defs[f].name)));
			st->attnum[f] = 0;
			continue;
		}
		type = TupleDescAttr(tupdesc, attnum - 1)->atttypid;
		switch (eng_field_defs[f].kind)
		{
			case K_TEXT:
				ok = (type == TEXTOID || type == VARCHAROID || type == BPCHAROID);
				break;
			case K_INT:
				ok = (type == INT8OID || type == INT4OID || type == INT2OID);
				break;
			case K_DATE:
				ok = (type == DATEOID);
				break;
			case K_CODE:
				ok = (type == code_type);
				break;
			case K_TEXT_ARRAY:
				ok = (type == TEXTARRAYOID);
				break;
			case K_TIMESTAMPTZ:
				ok = (type == TIMESTAMPTZOID);
				break;
			case K_JSONB:
				ok = (type == JSONBOID);
				break;
			default:
				ok = false;
		}
		if (!ok)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of table \"%s\" has type %s, which does not fit field \"%s\"",
							column[f], RelationGetRelationName(rel),
							format_type_be(type), eng_field_defs[f].name),
					 errhint("Field \"%s\" needs a column of the type it has in productcodes.declaration_rows.",
							 eng_field_defs[f].name)));
		st->attnum[f] = attnum;
	}

	st->table = pstrdup(quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												   RelationGetRelationName(rel)));
	for (f = 0; f < N_FIELDS; f++)
		st->column[f] = pstrdup(quote_identifier(column[f]));
	for (i = 0; i < N_TABLE_QUERIES; i++)
		st->sql[i] = expand_query(st, eng_table_query_sql[i]);
}

/* ------------------------------------------------------------ reading */

char *
eng_get_text(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);
	char	   *s;

	if (*isnull)
		return NULL;
	s = TextDatumGetCString(d);
	/* char(n) pads with blanks that SQL does not count: neither do we */
	if (TupleDescAttr(desc, attnum - 1)->atttypid == BPCHAROID)
	{
		size_t		n = strlen(s);

		while (n > 0 && s[n - 1] == ' ')
			s[--n] = '\0';
	}
	return s;
}

int64
eng_get_int(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);

	if (*isnull)
		return 0;
	switch (TupleDescAttr(desc, attnum - 1)->atttypid)
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

/* A required input field is NULL: the row cannot be checked at all. */
static void
null_field(const char *relname, field_id f)
{
	ereport(ERROR,
			(errcode(ERRCODE_NOT_NULL_VIOLATION),
			 errmsg("field \"%s\" of a declaration row in \"%s\" is null",
					eng_field_defs[f].name, relname),
			 errhint("Load rows whose fields may be missing or malformed through the staging table productcodes.staged_rows.")));
}

void
eng_read_row(const int *attnum, const char *relname, TupleDesc desc, HeapTuple tuple,
		 pc_row *in, int64 *declaration_id)
{
	bool		isnull;

#define REQUIRED(f) do { if (isnull) null_field(relname, (f)); } while (0)
	*declaration_id = eng_get_int(tuple, desc, attnum[F_DECLARATION_ID], &isnull);
	REQUIRED(F_DECLARATION_ID);
	in->referentie = eng_get_text(tuple, desc, attnum[F_REFERENTIE], &isnull);
	REQUIRED(F_REFERENTIE);
	in->vorig_referentie = eng_get_text(tuple, desc, attnum[F_VORIG_REFERENTIE], &isnull);
	in->toewijzing = eng_get_int(tuple, desc, attnum[F_TOEWIJZING], &isnull);
	REQUIRED(F_TOEWIJZING);
	in->bsn = eng_get_text(tuple, desc, attnum[F_BSN], &isnull);
	REQUIRED(F_BSN);
	in->category = eng_get_text(tuple, desc, attnum[F_CATEGORY], &isnull);
	REQUIRED(F_CATEGORY);
	in->code = DatumGetInt32(heap_getattr(tuple, attnum[F_CODE], desc, &isnull));
	REQUIRED(F_CODE);
	in->period_start = DatumGetDateADT(heap_getattr(tuple, attnum[F_PERIOD_START], desc, &isnull));
	REQUIRED(F_PERIOD_START);
	in->period_end = DatumGetDateADT(heap_getattr(tuple, attnum[F_PERIOD_END], desc, &isnull));
	REQUIRED(F_PERIOD_END);
	in->volume = eng_get_int(tuple, desc, attnum[F_VOLUME], &isnull);
	REQUIRED(F_VOLUME);
	in->unit = eng_get_text(tuple, desc, attnum[F_UNIT], &isnull);
	REQUIRED(F_UNIT);
	in->tariff = eng_get_int(tuple, desc, attnum[F_TARIFF], &isnull);
	in->has_tariff = !isnull;
	in->amount = eng_get_int(tuple, desc, attnum[F_AMOUNT], &isnull);
	REQUIRED(F_AMOUNT);
	in->dc = eng_get_text(tuple, desc, attnum[F_DC], &isnull);
	REQUIRED(F_DC);
#undef REQUIRED
	if (DATE_NOT_FINITE(in->period_start) || DATE_NOT_FINITE(in->period_end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("the product period of declaration row \"%s\" is not a finite date range",
						in->referentie)));
}

