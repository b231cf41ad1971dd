/*
 * validate.c
 *		The trigger that checks a declaration row when it is inserted.
 *
 * check_declaration_row() is a BEFORE INSERT row trigger.  It reads the
 * row's message fields, looks up the declaration header, the allocation and
 * the catalogue, applies every rule in rule order and writes the outcome
 * onto the row itself: status, the rules that reject it (errors) and the
 * rules that only warn (warnings).  A rejected row is stored, never lost;
 * with productcodes.strict = on it raises an error instead.
 *
 * The header's own format (AGB, gemeentecode, DeclaratieNummer, month) is
 * enforced by the CHECK constraints of productcodes.declarations, so a
 * header that breaks it is refused before any row refers to it.
 *
 * The rule logic works on plain C values (struct row_input and friends);
 * the data access around it uses SPI plans prepared once per backend.
 * Rules, rule settings, categories and units are loaded once per statement
 * (the trigger's fn_extra lives as long as the statement), so all rows of
 * one INSERT or COPY are checked against one consistent set of rules.
 *
 * Trigger arguments map the engine's field names to other column names
 * ("bsn=burgerservicenummer"), so the same trigger can guard a table whose
 * columns carry the same meaning under other names.
 */
#include "pc_pg.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "pc_core.h"
#include "pc_period.h"

PG_FUNCTION_INFO_V1(check_declaration_row);

#define MAX_AMOUNT	99999999	/* LDT_Bedrag and LDT_Volume upper bound */
#define UNIT_MINUTE "01"
#define UNIT_HOUR	"04"
#define UNIT_EURO	"83"

/* ---------------------------------------------------------------------
 * Rules.  The order here is the order findings are reported in; every
 * name must have a row in productcodes.rules (checked when loading).
 * ---------------------------------------------------------------------
 */
typedef enum rule_id
{
	R_FMT_BSN,
	R_FMT_CATEGORIE,
	R_FMT_EENHEID,
	R_FMT_DEBETCREDIT,
	R_FMT_NUL_DEBET,
	R_FMT_PERIODE,
	R_FMT_BEDRAG,
	R_FMT_TARIEF,
	R_FMT_VORIGREF,
	R_FMT_REFERENTIE,
	R_TR338,
	R_TR304,
	R_TR384,
	R_TR339,
	R_TR340,
	R_TR341,
	R_TR307,
	R_TR308,
	R_TR387,
	R_TR388,
	R_TR319,
	R_TR135,
	R_TR314,
	R_TR333,
	R_TR381,
	R_TR378,
	R_TR418,
	R_TR346,
	N_RULES
} rule_id;

static const char *const rule_names[N_RULES] = {
	"FMT_BSN", "FMT_CATEGORIE", "FMT_EENHEID",
	"FMT_DEBETCREDIT", "FMT_NUL_DEBET", "FMT_PERIODE", "FMT_BEDRAG",
	"FMT_TARIEF", "FMT_VORIGREF", "FMT_REFERENTIE",
	"TR338", "TR304", "TR384", "TR339", "TR340", "TR341", "TR307", "TR308",
	"TR387", "TR388", "TR319", "TR135", "TR314", "TR333", "TR381", "TR378",
	"TR418", "TR346"
};

typedef enum setting
{
	S_ERROR,
	S_WARNING,
	S_DISABLED
} setting;

/* A municipality's own setting of one rule. */
typedef struct rule_override
{
	char		gemeentecode[5];
	setting		value;
} rule_override;

typedef struct rule_state
{
	char		return_code[5];
	setting		general;		/* the rule's severity, or the setting for all */
	int			noverrides;
	rule_override *overrides;
} rule_state;

/* ---------------------------------------------------------------------
 * Fields the engine reads and writes, and the columns they live in.
 * ---------------------------------------------------------------------
 */
typedef enum field_id
{
	F_DECLARATION_ID,
	F_REFERENTIE,
	F_VORIG_REFERENTIE,
	F_TOEWIJZING,
	F_BSN,
	F_CATEGORY,
	F_CODE,
	F_PERIOD_START,
	F_PERIOD_END,
	F_VOLUME,
	F_UNIT,
	F_TARIFF,
	F_AMOUNT,
	F_DC,
	/* outcome */
	F_STATUS,
	F_ERRORS,
	F_WARNINGS,
	F_CHECKED_AT,
	F_RULESET,
	N_FIELDS
} field_id;

typedef enum field_kind
{
	K_TEXT,
	K_INT,
	K_DATE,
	K_CODE,
	K_TEXT_ARRAY,
	K_TIMESTAMPTZ
} field_kind;

typedef struct field_def
{
	const char *name;
	field_kind	kind;
	bool		required;		/* the table must have a column for it */
} field_def;

static const field_def field_defs[N_FIELDS] = {
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
};

/* Per-statement state, kept in the trigger's fn_extra. */
typedef struct statement_state
{
	Oid			relid;
	Oid			code_type;		/* OID of productcodes.productcode */
	bool		rules_loaded;
	int			attnum[N_FIELDS];	/* 0: the table has no such column */
	rule_state	rules[N_RULES];
	List	   *categories;		/* "code/domain" strings */
	List	   *units;			/* unit code strings */
	/* the last declaration header seen: rows of one message come together */
	int64		header_id;
	bool		header_valid;
	char	   *agb;
	char	   *gemeentecode;
	char	   *domain;
	char	   *declaratie_nummer;
	DateADT		declaration_month;
	DateADT		submitted_on;
	bool		header_duplicate;	/* TR333 */
	/* TR314's probe of the guarded table itself, built from its column names */
	char	   *reference_sql;
	SPIPlanPtr	reference_plan;
} statement_state;

/* One row's input, as plain values. */
typedef struct row_input
{
	char	   *referentie;
	char	   *vorig_referentie;	/* NULL when absent */
	int64		toewijzing;
	char	   *bsn;
	char	   *category;
	int32		code;
	DateADT		period_start;
	DateADT		period_end;
	int64		volume;
	char	   *unit;
	bool		has_tariff;
	int64		tariff;
	int64		amount;
	char	   *dc;
} row_input;

typedef struct allocation
{
	bool		found;
	char	   *bsn;
	char	   *category;
	bool		has_code;
	int32		code;
	char	   *unit;			/* NULL: budget allocation */
	DateADT		start_date;
	bool		has_end;
	DateADT		end_date;
	bool		deleted;
} allocation;

/* Prepared once per backend; the plan cache replans when tables change. */
static SPIPlanPtr plan_header;
static SPIPlanPtr plan_header_duplicate;
static SPIPlanPtr plan_allocation;
static SPIPlanPtr plan_product_category;
static SPIPlanPtr plan_municipality_valid;
static SPIPlanPtr plan_tariff;
static SPIPlanPtr plan_rules;
static SPIPlanPtr plan_lists;

static SPIPlanPtr
prepare(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s",
				 sql, SPI_result_code_string(SPI_result));
		SPI_keepplan(p);
		*plan = p;
	}
	return *plan;
}

static Oid
productcode_type_oid(void)
{
	Oid			nsp = get_namespace_oid("productcodes", false);

	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
						   CStringGetDatum("productcode"), ObjectIdGetDatum(nsp));
}

/* ---------------------------------------------------------------- setup */

/*
 * Which column holds each field: by default the column of the field's own
 * name; a trigger argument "field=column" names another.
 */
static void
map_columns(statement_state *st, Relation rel, Trigger *trigger)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	const char *column[N_FIELDS];
	Oid			code_type = st->code_type;
	int			i,
				f;

	for (f = 0; f < N_FIELDS; f++)
		column[f] = field_defs[f].name;

	for (i = 0; i < trigger->tgnargs; i++)
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
			if (strlen(field_defs[f].name) == (size_t) (eq - arg) &&
				strncmp(field_defs[f].name, arg, eq - arg) == 0)
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
			if (field_defs[f].required)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("table \"%s\" has no column \"%s\" for field \"%s\"",
								RelationGetRelationName(rel), column[f], field_defs[f].name),
						 errhint("Map the field to a column with a trigger argument %s=column.",
								 field_defs[f].name)));
			st->attnum[f] = 0;
			continue;
		}
		type = TupleDescAttr(tupdesc, attnum - 1)->atttypid;
		switch (field_defs[f].kind)
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
			default:
				ok = false;
		}
		if (!ok)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of table \"%s\" has type %s, which does not fit field \"%s\"",
							column[f], RelationGetRelationName(rel),
							format_type_be(type), field_defs[f].name),
					 errhint("Field \"%s\" needs a column of the type it has in productcodes.declaration_rows.",
							 field_defs[f].name)));
		st->attnum[f] = attnum;
	}

	/* TR314 looks for the reference in this table, under its column names */
	st->reference_sql = psprintf("SELECT 1 FROM %s r JOIN productcodes.declarations d"
				 "    ON d.declaration_id OPERATOR(pg_catalog.=) r.%s"
				 " WHERE r.%s OPERATOR(pg_catalog.=) $1"
				 "   AND d.agb OPERATOR(pg_catalog.=) $2"
				 "   AND d.domain OPERATOR(pg_catalog.=) $3 LIMIT 1",
				 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
											RelationGetRelationName(rel)),
				 quote_identifier(column[F_DECLARATION_ID]),
				 quote_identifier(column[F_REFERENTIE]));
}

/* The per-statement plan goes when the statement's memory does. */
static void
free_statement_plan(void *arg)
{
	statement_state *st = (statement_state *) arg;

	if (st->reference_plan)
		SPI_freeplan(st->reference_plan);
	st->reference_plan = NULL;
}

static setting
parse_setting(const char *s)
{
	if (strcmp(s, "warning") == 0)
		return S_WARNING;
	if (strcmp(s, "disabled") == 0)
		return S_DISABLED;
	return S_ERROR;
}

/*
 * Load the rules with their settings, and the category and unit lists,
 * into memory that lives as long as the statement.
 */
static void
load_rules(statement_state *st, MemoryContext mcxt)
{
	bool		seen[N_RULES] = {false};
	uint64		i;
	int			r;

	if (SPI_execute_plan(prepare(&plan_rules,
								 "SELECT r.rule_id, r.return_code, r.severity, s.gemeentecode, s.setting"
								 "  FROM productcodes.rules r"
								 "  LEFT JOIN productcodes.rule_settings s ON s.rule_id OPERATOR(pg_catalog.=) r.rule_id"
								 " ORDER BY r.rule_id, s.gemeentecode NULLS FIRST",
								 0, NULL),
						 NULL, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.rules");

	for (r = 0; r < N_RULES; r++)
	{
		st->rules[r].noverrides = 0;
		st->rules[r].overrides = MemoryContextAllocZero(mcxt, sizeof(rule_override) * SPI_processed);
	}
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *name = SPI_getvalue(tup, desc, 1);
		char	   *gemeente = SPI_getvalue(tup, desc, 4);
		char	   *value = SPI_getvalue(tup, desc, 5);

		for (r = 0; r < N_RULES; r++)
			if (strcmp(rule_names[r], name) == 0)
				break;
		if (r == N_RULES)
			continue;			/* a rule this version does not apply */
		if (!seen[r])
		{
			seen[r] = true;
			strlcpy(st->rules[r].return_code, SPI_getvalue(tup, desc, 2), 5);
			st->rules[r].general = parse_setting(SPI_getvalue(tup, desc, 3));
		}
		if (value == NULL)
			continue;
		if (gemeente == NULL)
			st->rules[r].general = parse_setting(value);
		else
		{
			rule_override *o = &st->rules[r].overrides[st->rules[r].noverrides++];

			strlcpy(o->gemeentecode, gemeente, sizeof(o->gemeentecode));
			o->value = parse_setting(value);
		}
	}
	for (r = 0; r < N_RULES; r++)
		if (!seen[r])
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("rule %s is missing from table productcodes.rules", rule_names[r]),
					 errhint("Reinstall the extension: ALTER EXTENSION productcodes UPDATE, or drop and create it.")));

	if (SPI_execute_plan(prepare(&plan_lists,
								 "SELECT 'c', code OPERATOR(pg_catalog.||) '/' OPERATOR(pg_catalog.||) domain FROM productcodes.categories"
								 " UNION ALL SELECT 'u', code FROM productcodes.units",
								 0, NULL),
						 NULL, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.categories and units");
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *kind = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		char	   *value = MemoryContextStrdup(mcxt,
												SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2));
		MemoryContext old = MemoryContextSwitchTo(mcxt);

		if (kind[0] == 'c')
			st->categories = lappend(st->categories, value);
		else
			st->units = lappend(st->units, value);
		MemoryContextSwitchTo(old);
	}
}

static setting
effective_setting(const statement_state *st, rule_id r, const char *gemeentecode)
{
	const rule_state *rs = &st->rules[r];
	int			i;

	for (i = 0; i < rs->noverrides; i++)
		if (gemeentecode && strcmp(rs->overrides[i].gemeentecode, gemeentecode) == 0)
			return rs->overrides[i].value;
	return rs->general;
}

static bool
list_has_string(List *list, const char *s)
{
	ListCell   *lc;

	foreach(lc, list)
		if (strcmp((const char *) lfirst(lc), s) == 0)
			return true;
	return false;
}

/* ------------------------------------------------------------ reading */

static char *
get_text(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
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

static int64
get_int(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
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
null_field(Relation rel, field_id f)
{
	ereport(ERROR,
			(errcode(ERRCODE_NOT_NULL_VIOLATION),
			 errmsg("field \"%s\" of a declaration row in \"%s\" is null",
					field_defs[f].name, RelationGetRelationName(rel)),
			 errhint("Load rows whose fields may be missing or malformed through the staging table.")));
}

static void
read_row(const statement_state *st, Relation rel, HeapTuple tuple, row_input *in, int64 *declaration_id)
{
	TupleDesc	desc = RelationGetDescr(rel);
	bool		isnull;

#define REQUIRED(f) do { if (isnull) null_field(rel, (f)); } while (0)
	*declaration_id = get_int(tuple, desc, st->attnum[F_DECLARATION_ID], &isnull);
	REQUIRED(F_DECLARATION_ID);
	in->referentie = get_text(tuple, desc, st->attnum[F_REFERENTIE], &isnull);
	REQUIRED(F_REFERENTIE);
	in->vorig_referentie = get_text(tuple, desc, st->attnum[F_VORIG_REFERENTIE], &isnull);
	in->toewijzing = get_int(tuple, desc, st->attnum[F_TOEWIJZING], &isnull);
	REQUIRED(F_TOEWIJZING);
	in->bsn = get_text(tuple, desc, st->attnum[F_BSN], &isnull);
	REQUIRED(F_BSN);
	in->category = get_text(tuple, desc, st->attnum[F_CATEGORY], &isnull);
	REQUIRED(F_CATEGORY);
	in->code = DatumGetInt32(heap_getattr(tuple, st->attnum[F_CODE], desc, &isnull));
	REQUIRED(F_CODE);
	in->period_start = DatumGetDateADT(heap_getattr(tuple, st->attnum[F_PERIOD_START], desc, &isnull));
	REQUIRED(F_PERIOD_START);
	in->period_end = DatumGetDateADT(heap_getattr(tuple, st->attnum[F_PERIOD_END], desc, &isnull));
	REQUIRED(F_PERIOD_END);
	in->volume = get_int(tuple, desc, st->attnum[F_VOLUME], &isnull);
	REQUIRED(F_VOLUME);
	in->unit = get_text(tuple, desc, st->attnum[F_UNIT], &isnull);
	REQUIRED(F_UNIT);
	in->tariff = get_int(tuple, desc, st->attnum[F_TARIFF], &isnull);
	in->has_tariff = !isnull;
	in->amount = get_int(tuple, desc, st->attnum[F_AMOUNT], &isnull);
	REQUIRED(F_AMOUNT);
	in->dc = get_text(tuple, desc, st->attnum[F_DC], &isnull);
	REQUIRED(F_DC);
#undef REQUIRED
	if (DATE_NOT_FINITE(in->period_start) || DATE_NOT_FINITE(in->period_end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("the product period of declaration row \"%s\" is not a finite date range",
						in->referentie)));
}

/* The declaration header of the row, cached while rows of one declaration follow. */
static void
read_header(statement_state *st, int64 declaration_id, MemoryContext mcxt)
{
	Oid			argtypes[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};
	Datum		args[4];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;

	if (st->header_valid && st->header_id == declaration_id)
		return;

	args[0] = Int64GetDatum(declaration_id);
	if (SPI_execute_plan(prepare(&plan_header,
								 "SELECT agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on"
								 "  FROM productcodes.declarations WHERE declaration_id OPERATOR(pg_catalog.=) $1",
								 1, argtypes),
						 args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declarations");
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("declaration %lld does not exist", (long long) declaration_id),
				 errhint("Insert the declaration header into productcodes.declarations first.")));
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	st->agb = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 1));
	st->gemeentecode = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 2));
	st->domain = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 3));
	st->declaratie_nummer = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 4));
	st->declaration_month = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
	st->submitted_on = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));

	/* TR333: an earlier declaration of this provider and domain has this number */
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	args[3] = CStringGetTextDatum(st->declaratie_nummer);
	{
		Oid			dup_types[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};

		if (SPI_execute_plan(prepare(&plan_header_duplicate,
									 "SELECT 1 FROM productcodes.declarations"
									 " WHERE agb OPERATOR(pg_catalog.=) $2 AND domain OPERATOR(pg_catalog.=) $3"
									 "   AND declaratie_nummer OPERATOR(pg_catalog.=) $4"
									 "   AND declaration_id OPERATOR(pg_catalog.<) $1 LIMIT 1",
									 4, dup_types),
							 args, NULL, false, 1) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
	}
	st->header_duplicate = (SPI_processed > 0);
	st->header_id = declaration_id;
	st->header_valid = true;
}

static void
read_allocation(const statement_state *st, const row_input *in, allocation *a, MemoryContext mcxt)
{
	Oid			argtypes[2] = {TEXTOID, INT8OID};
	Datum		args[2];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	char	   *s;

	memset(a, 0, sizeof(*a));
	args[0] = CStringGetTextDatum(st->gemeentecode);
	args[1] = Int64GetDatum(in->toewijzing);
	if (SPI_execute_plan(prepare(&plan_allocation,
								 "SELECT bsn::text, category, code, unit, start_date, end_date, deleted"
								 "  FROM productcodes.allocations"
								 " WHERE gemeentecode OPERATOR(pg_catalog.=) $1"
								 "   AND toewijzing_nummer OPERATOR(pg_catalog.=) $2",
								 2, argtypes),
						 args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.allocations");
	if (SPI_processed == 0)
		return;
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	a->found = true;
	a->bsn = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 1));
	a->category = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 2));
	a->code = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
	a->has_code = !isnull;
	s = SPI_getvalue(tup, desc, 4);
	a->unit = s ? MemoryContextStrdup(mcxt, s) : NULL;
	a->start_date = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
	a->end_date = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));
	a->has_end = !isnull;
	a->deleted = DatumGetBool(SPI_getbinval(tup, desc, 7, &isnull));
}

/* --------------------------------------------------------------- rules */

static bool
in_amount_range(int64 v)
{
	return v >= 0 && v <= MAX_AMOUNT;
}

/*
 * Apply every rule; set failed[r] for each rule the row breaks.  Rules that
 * need data the row does not lead to (no allocation, no catalogue in use,
 * no contract tariff) are not applied: they cannot be decided.
 */
static void
apply_rules(statement_state *st, const row_input *in, bool *failed, MemoryContext mcxt)
{
	int32		bsn_value;
	char		category_key[64];
	bool		is_credit = (strcmp(in->dc, "C") == 0);
	bool		period_ok = pc_period_in_one_month(in->period_start, in->period_end);
	DateADT		today = GetSQLCurrentDate();
	allocation	a;
	Datum		args[5];
	Oid			argtypes[5];
	bool		contract_found = false;
	int64		contract_tariff = 0;
	bool		contract_hourly = false;

	/* format */
	failed[R_FMT_BSN] = pc_bsn_parse(in->bsn, strlen(in->bsn), &bsn_value) != PC_BSN_OK;
	snprintf(category_key, sizeof(category_key), "%s/%s", in->category, st->domain);
	failed[R_FMT_CATEGORIE] = !list_has_string(st->categories, category_key);
	failed[R_FMT_EENHEID] = !list_has_string(st->units, in->unit);
	failed[R_FMT_DEBETCREDIT] = !(strcmp(in->dc, "D") == 0 || is_credit);
	failed[R_FMT_NUL_DEBET] = in->amount == 0 && strcmp(in->dc, "D") != 0;
	failed[R_FMT_PERIODE] = !period_ok;
	failed[R_FMT_BEDRAG] = !in_amount_range(in->volume) || !in_amount_range(in->amount) ||
		(in->has_tariff && !in_amount_range(in->tariff));
	failed[R_FMT_TARIEF] = (strcmp(in->unit, UNIT_EURO) == 0) == in->has_tariff;
	failed[R_FMT_VORIGREF] = is_credit ?
		(in->vorig_referentie == NULL || in->vorig_referentie[0] == '\0') :
		in->vorig_referentie != NULL;
	failed[R_FMT_REFERENTIE] = in->referentie[0] == '\0' || strlen(in->referentie) > 20;

	/* declaration */
	failed[R_TR319] = in->period_end > pc_month_last_day(st->declaration_month);
	failed[R_TR135] = in->period_start > today || in->period_end > today ||
		st->declaration_month > today;
	failed[R_TR333] = st->header_duplicate;
	argtypes[0] = TEXTOID;
	argtypes[1] = TEXTOID;
	argtypes[2] = TEXTOID;
	args[0] = CStringGetTextDatum(in->referentie);
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	if (SPI_execute_plan(prepare(&st->reference_plan, st->reference_sql, 3, argtypes),
						 args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declaration_rows");
	failed[R_TR314] = SPI_processed > 0;

	/* allocation */
	read_allocation(st, in, &a, mcxt);
	failed[R_TR338] = !a.found;
	if (a.found)
	{
		DateADT		month_first = pc_month_first_day(in->period_start);
		DateADT		month_last = pc_month_last_day(in->period_start);

		failed[R_TR304] = strcmp(a.bsn, in->bsn) != 0;
		failed[R_TR384] = a.deleted;
		failed[R_TR339] = strcmp(a.category, in->category) != 0;
		failed[R_TR340] = a.has_code && a.code != in->code;
		failed[R_TR341] = a.unit != NULL && strcmp(a.unit, in->unit) != 0 &&
			!(strcmp(a.unit, UNIT_HOUR) == 0 && strcmp(in->unit, UNIT_MINUTE) == 0);
		failed[R_TR307] = in->period_start < a.start_date;
		failed[R_TR308] = a.has_end && in->period_end > a.end_date;
		failed[R_TR387] = period_ok && in->period_start != month_first &&
			!(a.start_date > month_first && a.start_date <= month_last);
		failed[R_TR388] = period_ok && in->period_end != month_last &&
			!(a.has_end && a.end_date >= month_first && a.end_date < month_last);

		/* TR378: the gemeentecode is in the CBS list on the allocation's start */
		argtypes[0] = TEXTOID;
		argtypes[1] = DATEOID;
		args[0] = CStringGetTextDatum(st->gemeentecode);
		args[1] = DateADTGetDatum(a.start_date);
		if (SPI_execute_plan(prepare(&plan_municipality_valid,
									 "SELECT 1 FROM productcodes.municipalities"
									 " WHERE gemeentecode OPERATOR(pg_catalog.=) $1"
									 "   AND validity OPERATOR(pg_catalog.@>) $2",
									 2, argtypes),
							 args, NULL, false, 1) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.municipalities");
		failed[R_TR378] = SPI_processed == 0;
	}

	/* TR381: the catalogue in use puts this code in this category */
	argtypes[0] = st->code_type;
	argtypes[1] = TEXTOID;
	argtypes[2] = DATEOID;
	argtypes[3] = TEXTOID;
	args[0] = Int32GetDatum(in->code);
	args[1] = CStringGetTextDatum(st->gemeentecode);
	args[2] = DateADTGetDatum(in->period_start);
	args[3] = CStringGetTextDatum(st->domain);
	if (SPI_execute_plan(prepare(&plan_product_category,
								 "SELECT (SELECT p.category FROM productcodes.product_for($1, $2, $3, $4) p LIMIT 1),"
								 "       EXISTS (SELECT 1 FROM productcodes.catalogue_for($2, $4, $3))",
								 4, argtypes),
						 args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read the catalogue");
	{
		bool		isnull;
		bool		has_catalogue = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
															   SPI_tuptable->tupdesc, 2, &isnull));
		char	   *category = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		failed[R_TR381] = has_catalogue &&
			(category == NULL || strcmp(category, in->category) != 0);
	}

	/*
	 * TR418: the contract tariff for this municipality, provider (or any
	 * provider), code and unit on the period's start.  Minutes may be billed
	 * on an hourly tariff.
	 */
	argtypes[0] = TEXTOID;
	argtypes[1] = TEXTOID;
	argtypes[2] = st->code_type;
	argtypes[3] = TEXTOID;
	argtypes[4] = DATEOID;
	args[0] = CStringGetTextDatum(st->gemeentecode);
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = Int32GetDatum(in->code);
	args[3] = CStringGetTextDatum(in->unit);
	args[4] = DateADTGetDatum(in->period_start);
	if (SPI_execute_plan(prepare(&plan_tariff,
								 "SELECT t.tariff_cents, t.unit FROM productcodes.tariffs t"
								 " WHERE t.gemeentecode OPERATOR(pg_catalog.=) $1"
								 "   AND (t.agb OPERATOR(pg_catalog.=) $2 OR t.agb IS NULL)"
								 "   AND t.code OPERATOR(productcodes.=) $3"
								 "   AND (t.unit OPERATOR(pg_catalog.=) $4"
								 "        OR ($4 OPERATOR(pg_catalog.=) '" UNIT_MINUTE "'"
								 "            AND t.unit OPERATOR(pg_catalog.=) '" UNIT_HOUR "'))"
								 "   AND t.validity OPERATOR(pg_catalog.@>) $5"
								 " ORDER BY t.agb IS NULL, t.unit OPERATOR(pg_catalog.=) $4 DESC LIMIT 1",
								 5, argtypes),
						 args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.tariffs");
	if (SPI_processed > 0)
	{
		bool		isnull;

		contract_found = true;
		contract_tariff = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0],
													  SPI_tuptable->tupdesc, 1, &isnull));
		contract_hourly = strcmp(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2),
								 UNIT_HOUR) == 0 && strcmp(in->unit, UNIT_MINUTE) == 0;
	}
	failed[R_TR418] = contract_found && in->has_tariff && in->tariff != contract_tariff;

	/*
	 * TR346: amount = volume x tariff; for unit 83 amount = volume; minutes
	 * on an hourly tariff are tariff x minutes / 60, rounded to whole cents.
	 * Without a contract saying which, a minutes row passes either reading.
	 */
	if (strcmp(in->unit, UNIT_EURO) == 0)
		failed[R_TR346] = in->amount != in->volume;
	else if (in->has_tariff && in_amount_range(in->tariff) && in_amount_range(in->volume))
	{
		bool		per_unit = in->amount == in->volume * in->tariff;
		bool		per_hour = strcmp(in->unit, UNIT_MINUTE) == 0 &&
			in->amount == pc_minutes_amount_cents(in->tariff, in->volume);

		if (contract_found)
			failed[R_TR346] = contract_hourly ? !per_hour : !per_unit;
		else
			failed[R_TR346] = !(per_unit || per_hour);
	}
}

/* ------------------------------------------------------------- outcome */

static Datum
text_array(List *items)
{
	int			n = list_length(items);
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));
	ListCell   *lc;
	int			i = 0;

	foreach(lc, items)
		elems[i++] = CStringGetTextDatum((const char *) lfirst(lc));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
raise_strict(const statement_state *st, const row_input *in, List *errors)
{
	StringInfoData detail;
	ListCell   *lc;

	initStringInfo(&detail);
	foreach(lc, errors)
	{
		const char *name = lfirst(lc);
		int			r;

		for (r = 0; r < N_RULES; r++)
			if (strcmp(rule_names[r], name) == 0)
				break;
		appendStringInfo(&detail, "%s%s (return code %s)",
						 detail.len > 0 ? ", " : "", name, st->rules[r].return_code);
	}
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("declaration row \"%s\" is rejected", in->referentie),
			 errdetail("Rules broken: %s.", detail.data),
			 errhint("With productcodes.strict = off the row is stored as rejected; its rules and texts are in productcodes.row_findings.")));
}

Datum
check_declaration_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	MemoryContext callerctx = CurrentMemoryContext;
	MemoryContext oldcxt;
	statement_state *st;
	Relation	rel;
	HeapTuple	tuple;
	row_input	in;
	int64		declaration_id;
	bool		failed[N_RULES] = {false};
	List	   *errors = NIL;
	List	   *warnings = NIL;
	int			r;
	int			cols[5];
	Datum		values[5];
	bool		nulls[5] = {false};
	int			ncols = 0;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "check_declaration_row()")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired BEFORE INSERT FOR EACH ROW", "check_declaration_row()")));

	rel = trigdata->tg_relation;
	tuple = trigdata->tg_trigtuple;

	st = (statement_state *) fcinfo->flinfo->fn_extra;
	if (st == NULL || st->relid != RelationGetRelid(rel))
	{
		MemoryContextCallback *cb;

		st = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(statement_state));
		st->relid = RelationGetRelid(rel);
		st->code_type = productcode_type_oid();
		oldcxt = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		map_columns(st, rel, trigdata->tg_trigger);
		MemoryContextSwitchTo(oldcxt);
		cb = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(MemoryContextCallback));
		cb->func = free_statement_plan;
		cb->arg = st;
		MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt, cb);
		fcinfo->flinfo->fn_extra = st;
	}

	/*
	 * A superuser's row that already carries an outcome keeps it: that is
	 * how pg_restore brings checked rows back, and re-checking them on
	 * another day could change what was decided.  Everyone else's rows are
	 * always checked, so an outcome cannot be forged.
	 */
	if (superuser())
	{
		bool		isnull;
		Datum		status = heap_getattr(tuple, st->attnum[F_STATUS],
										  RelationGetDescr(rel), &isnull);

		if (!isnull)
		{
			char	   *s = TextDatumGetCString(status);

			if (strcmp(s, "accepted") == 0 || strcmp(s, "rejected") == 0)
				return PointerGetDatum(tuple);
		}
	}

	/* read the row first: what SPI allocates is gone after SPI_finish */
	read_row(st, rel, tuple, &in, &declaration_id);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!st->rules_loaded)
	{
		load_rules(st, fcinfo->flinfo->fn_mcxt);
		st->rules_loaded = true;
	}
	read_header(st, declaration_id, fcinfo->flinfo->fn_mcxt);
	apply_rules(st, &in, failed, callerctx);

	SPI_finish();

	for (r = 0; r < N_RULES; r++)
	{
		if (!failed[r])
			continue;
		switch (effective_setting(st, r, st->gemeentecode))
		{
			case S_ERROR:
				errors = lappend(errors, (void *) rule_names[r]);
				break;
			case S_WARNING:
				warnings = lappend(warnings, (void *) rule_names[r]);
				break;
			case S_DISABLED:
				break;
		}
	}

	if (errors != NIL && pc_strict_mode)
		raise_strict(st, &in, errors);

	cols[ncols] = st->attnum[F_STATUS];
	values[ncols++] = CStringGetTextDatum(errors == NIL ? "accepted" : "rejected");
	cols[ncols] = st->attnum[F_ERRORS];
	values[ncols++] = text_array(errors);
	if (st->attnum[F_WARNINGS])
	{
		cols[ncols] = st->attnum[F_WARNINGS];
		values[ncols++] = text_array(warnings);
	}
	if (st->attnum[F_CHECKED_AT])
	{
		cols[ncols] = st->attnum[F_CHECKED_AT];
		values[ncols++] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	}
	if (st->attnum[F_RULESET])
	{
		cols[ncols] = st->attnum[F_RULESET];
		values[ncols++] = CStringGetTextDatum("productcodes " PC_EXTENSION_VERSION);
	}

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel),
													 ncols, cols, values, nulls));
}
