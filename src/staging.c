/*
 * staging.c
 *		The trigger that turns a staged text row into a declaration row.
 *
 * Providers' rows can be loaded into productcodes.staged_rows, where every
 * field is text, so COPY accepts any value.  stage_declaration_row() is a
 * BEFORE INSERT row trigger there: it reads every field without raising
 * (the parsers of the PostgreSQL-free core), and then either
 *	- inserts the row into productcodes.declaration_rows, where the engine
 *	  checks it, and records the new row's id, status and errors, or
 *	- keeps the staged row as rejected with finding FMT_VELD (return code
 *	  0001) and a description of every field it could not read.
 * Either way the staged row is stored, so one bad value never aborts a
 * load.  With productcodes.strict = on an unreadable row raises instead.
 */
#include "pc_pg.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "pc_core.h"
#include "pc_period.h"

PG_FUNCTION_INFO_V1(stage_declaration_row);

/* The staged fields, in the order of the INSERT's parameters. */
typedef enum staged_field
{
	SF_DECLARATION_ID,
	SF_REFERENTIE,
	SF_VORIG_REFERENTIE,
	SF_TOEWIJZING,
	SF_BSN,
	SF_CATEGORY,
	SF_CODE,
	SF_PERIOD_START,
	SF_PERIOD_END,
	SF_VOLUME,
	SF_UNIT,
	SF_TARIFF,
	SF_AMOUNT,
	SF_DC,
	N_STAGED_FIELDS
} staged_field;

typedef enum staged_kind
{
	SK_TEXT,					/* kept as text; the engine checks its content */
	SK_INT,
	SK_DATE,
	SK_CODE
} staged_kind;

static const struct
{
	const char *name;
	staged_kind kind;
	bool		required;
}			staged_fields[N_STAGED_FIELDS] = {
	{"declaration_id", SK_INT, true},
	{"referentie_nummer", SK_TEXT, true},
	{"vorig_referentie_nummer", SK_TEXT, false},
	{"toewijzing_nummer", SK_INT, true},
	{"bsn", SK_TEXT, true},
	{"category", SK_TEXT, true},
	{"code", SK_CODE, true},
	{"period_start", SK_DATE, true},
	{"period_end", SK_DATE, true},
	{"volume", SK_INT, true},
	{"unit", SK_TEXT, true},
	{"tariff_cents", SK_INT, false},
	{"amount_cents", SK_INT, true},
	{"dc", SK_TEXT, true},
};

/*
 * The longest value a staged field may have.  No field of a declaration row
 * is near it (a ReferentieNummer has at most 20 characters, a BSN 9), and
 * it keeps every value well within what the declaration rows' indexes can
 * hold (a B-tree entry is at most about 2.7 kB): a longer value would abort
 * the whole load there, so it is refused here and the row kept.
 */
#define STAGED_VALUE_MAX 256

/* Per statement: the INSERT into declaration_rows, freed with the statement. */
typedef struct staging_state
{
	SPIPlanPtr	insert_plan;
	SPIPlanPtr	header_plan;
} staging_state;

static void
free_staging_plans(void *arg)
{
	staging_state *ss = (staging_state *) arg;

	if (ss->insert_plan)
		SPI_freeplan(ss->insert_plan);
	if (ss->header_plan)
		SPI_freeplan(ss->header_plan);
	ss->insert_plan = NULL;
	ss->header_plan = NULL;
}

static SPIPlanPtr
keep_plan(const char *sql, int nargs, Oid *argtypes)
{
	SPIPlanPtr	plan = SPI_prepare(sql, nargs, argtypes);

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql, SPI_result_code_string(SPI_result));
	SPI_keepplan(plan);
	return plan;
}

static int
column_of(Relation rel, const char *name)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), name);

	if (attnum <= 0)
		elog(ERROR, "table \"%s\" has no column \"%s\"", RelationGetRelationName(rel), name);
	return attnum;
}

/*
 * Parse one field into a datum for the INSERT.  Returns false and describes
 * the problem when it cannot be read; a missing optional field is NULL.
 */
static bool
parse_field(staged_field f, const char *raw, Datum *value, bool *isnull, StringInfo problems)
{
	const char *name = staged_fields[f].name;
	size_t		len = raw ? strlen(raw) : 0;
	bool		blank = true;
	size_t		i;

	for (i = 0; i < len; i++)
		if (raw[i] != ' ' && (raw[i] < '\t' || raw[i] > '\r'))
			blank = false;
	*isnull = false;
	if (raw == NULL || blank)
	{
		*isnull = true;
		if (!staged_fields[f].required)
			return true;
		appendStringInfo(problems, "%s%s is missing", problems->len ? "; " : "", name);
		return false;
	}
	if (len > STAGED_VALUE_MAX)
	{
		/* not echoed: it is in the staged row */
		appendStringInfo(problems, "%s%s: a value of %zu bytes is too long (at most %d)",
						 problems->len ? "; " : "", name, len, STAGED_VALUE_MAX);
		return false;
	}

	switch (staged_fields[f].kind)
	{
		case SK_TEXT:
			*value = CStringGetTextDatum(raw);
			return true;
		case SK_INT:
			{
				int64		v;

				if (pc_parse_int64(raw, len, &v))
				{
					*value = Int64GetDatum(v);
					return true;
				}
				appendStringInfo(problems, "%s%s: \"%s\" is not a whole number",
								 problems->len ? "; " : "", name, raw);
				return false;
			}
		case SK_DATE:
			{
				int32_t		day;

				if (pc_parse_iso_date(raw, len, &day))
				{
					*value = DateADTGetDatum((DateADT) day);
					return true;
				}
				appendStringInfo(problems, "%s%s: \"%s\" is not a date (YYYY-MM-DD)",
								 problems->len ? "; " : "", name, raw);
				return false;
			}
		case SK_CODE:
			{
				int32_t		packed;

				if (pc_code_parse(raw, len, &packed, NULL) == PC_CODE_OK)
				{
					*value = Int32GetDatum(packed);
					return true;
				}
				appendStringInfo(problems, "%s%s: \"%s\" is not a product code (1 to 5 letters or digits)",
								 problems->len ? "; " : "", name, raw);
				return false;
			}
	}
	return false;
}

Datum
stage_declaration_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	HeapTuple	tuple;
	staging_state *ss;
	Datum		values[N_STAGED_FIELDS];
	bool		isnull[N_STAGED_FIELDS];
	char		nulls[N_STAGED_FIELDS];
	bool		readable[N_STAGED_FIELDS];
	StringInfoData problems;
	int			f;
	int			cols[4];
	Datum		out[4];
	bool		outnull[4] = {false, false, false, false};

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "stage_declaration_row()")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired BEFORE INSERT FOR EACH ROW", "stage_declaration_row()")));

	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);
	tuple = trigdata->tg_trigtuple;

	/* as for declaration rows: a superuser's row with an outcome is a restore */
	if (superuser())
	{
		bool		null;
		Datum		status = heap_getattr(tuple, column_of(rel, "status"), desc, &null);

		if (!null && strcmp(TextDatumGetCString(status), "unchecked") != 0)
			return PointerGetDatum(tuple);
	}

	initStringInfo(&problems);
	for (f = 0; f < N_STAGED_FIELDS; f++)
	{
		bool		null;
		Datum		d = heap_getattr(tuple, column_of(rel, staged_fields[f].name), desc, &null);

		readable[f] = parse_field(f, null ? NULL : TextDatumGetCString(d), &values[f], &isnull[f], &problems);
		nulls[f] = isnull[f] ? 'n' : ' ';
	}

	ss = (staging_state *) fcinfo->flinfo->fn_extra;
	if (ss == NULL)
	{
		MemoryContextCallback *cb;

		ss = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(staging_state));
		cb = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(MemoryContextCallback));
		cb->func = free_staging_plans;
		cb->arg = ss;
		MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt, cb);
		fcinfo->flinfo->fn_extra = ss;
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * The header must exist: without it the row cannot even be stored.  Only
	 * a declaration_id that was read has a value to look up.
	 */
	if (readable[SF_DECLARATION_ID] && !isnull[SF_DECLARATION_ID])
	{
		Oid			argtype = INT8OID;

		if (ss->header_plan == NULL)
			ss->header_plan = keep_plan("SELECT 1 FROM productcodes.declarations"
										" WHERE declaration_id OPERATOR(pg_catalog.=) $1",
										1, &argtype);
		if (SPI_execute_plan(ss->header_plan, &values[SF_DECLARATION_ID], NULL, true, 1) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
		if (SPI_processed == 0)
			appendStringInfo(&problems, "%sdeclaration_id: " INT64_FORMAT " names no declaration",
							 problems.len ? "; " : "", DatumGetInt64(values[SF_DECLARATION_ID]));
	}

	cols[0] = column_of(rel, "status");
	cols[1] = column_of(rel, "errors");
	cols[2] = column_of(rel, "problems");
	cols[3] = column_of(rel, "row_id");

	if (problems.len > 0)
	{
		Datum		rule = CStringGetTextDatum("FMT_VELD");

		SPI_finish();
		if (pc_strict_mode)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("staged declaration row cannot be read"),
					 errdetail("%s.", problems.data),
					 errhint("With productcodes.strict = off the row is stored as rejected with finding FMT_VELD.")));
		out[0] = CStringGetTextDatum("rejected");
		out[1] = PointerGetDatum(construct_array(&rule, 1, TEXTOID, -1, false, TYPALIGN_INT));
		out[2] = CStringGetTextDatum(problems.data);
		outnull[3] = true;
	}
	else
	{
		Oid			argtypes[N_STAGED_FIELDS];
		bool		null;

		if (ss->insert_plan == NULL)
		{
			Oid			code_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
													CStringGetDatum("productcode"),
													ObjectIdGetDatum(get_namespace_oid("productcodes", false)));

			for (f = 0; f < N_STAGED_FIELDS; f++)
				argtypes[f] = staged_fields[f].kind == SK_INT ? INT8OID :
					staged_fields[f].kind == SK_DATE ? DATEOID :
					staged_fields[f].kind == SK_CODE ? code_type : TEXTOID;
			ss->insert_plan = keep_plan("INSERT INTO productcodes.declaration_rows"
										" (declaration_id, referentie_nummer, vorig_referentie_nummer,"
										"  toewijzing_nummer, bsn, category, code, period_start, period_end,"
										"  volume, unit, tariff_cents, amount_cents, dc)"
										" VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
										" RETURNING row_id, status, errors",
										N_STAGED_FIELDS, argtypes);
		}
		if (SPI_execute_plan(ss->insert_plan, values, nulls, false, 1) != SPI_OK_INSERT_RETURNING ||
			SPI_processed != 1)
			elog(ERROR, "could not insert into productcodes.declaration_rows");
		out[3] = SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &null),
								   true, sizeof(int64));
		out[0] = SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &null),
								   false, -1);
		out[1] = SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &null),
								   false, -1);
		outnull[2] = true;
		SPI_finish();
	}

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, desc, 4, cols, out, outnull));
}
