/*
 * staging.c
 *		The triggers that turn staged text rows into declaration rows.
 *
 * Providers' rows can be loaded into productcodes.staged_rows, where every
 * field is text, so COPY accepts any value.  stage_declaration_row() is a
 * BEFORE INSERT row trigger there: it reads every field without raising
 * (the parsers of the PostgreSQL-free core), and then either
 *	- keeps the staged row as rejected with finding FMT_VELD (return code
 *	  0001) and a description of every field it could not read, or
 *	- leaves a row that reads as unchecked, for the statement's end.
 * stage_declaration_rows() is the AFTER INSERT statement trigger: it
 * inserts all rows of the statement that read into
 * productcodes.declaration_rows in one statement (in chunks of
 * STAGE_CHUNK), so the engine reads each allocation and client once per
 * chunk and not once per row, and records each new row's id, status and
 * errors on its staged row.  Either way the staged row is stored, so one
 * bad value never aborts a load.  With productcodes.strict = on an
 * unreadable row raises instead.
 *
 * The declaration rows are inserted with the rights of whoever loads, and
 * checked with them.  The outcome is written on the staged rows with the
 * rights of the table's owner, as PostgreSQL's foreign-key checks run,
 * so a loading role needs no UPDATE on staged_rows (which would let it
 * change outcomes): that UPDATE is fixed, and sets only row_id, status
 * and errors of the statement's own rows, by staged_id.
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
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "pc_core.h"
#include "pc_period.h"
#include "outcome_guard.h"

PG_FUNCTION_INFO_V1(stage_declaration_row);
PG_FUNCTION_INFO_V1(stage_declaration_rows);

/* rows inserted into declaration_rows per statement of the end trigger */
#define STAGE_CHUNK 50000

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

/* Per statement: the header look-up, freed with the statement. */
typedef struct staging_state
{
	SPIPlanPtr	header_plan;
} staging_state;

static void
free_staging_plans(void *arg)
{
	staging_state *ss = (staging_state *) arg;

	if (ss->header_plan)
		SPI_freeplan(ss->header_plan);
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
	bool		readable[N_STAGED_FIELDS];
	StringInfoData problems;
	int			f;
	int			cols[5];
	Datum		out[5];
	bool		outnull[5] = {false, false, false, false, false};

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

	SPI_finish();

	cols[0] = column_of(rel, "status");
	cols[1] = column_of(rel, "errors");
	cols[2] = column_of(rel, "problems");
	cols[3] = column_of(rel, "row_id");
	cols[4] = column_of(rel, "loaded_by");
	out[4] = DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(GetUserId(), false)));

	if (problems.len > 0)
	{
		Datum		rule = CStringGetTextDatum("FMT_VELD");

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
		/* checked at the statement's end (stage_declaration_rows) */
		out[0] = CStringGetTextDatum("unchecked");
		out[1] = PointerGetDatum(construct_empty_array(TEXTOID));
		outnull[2] = true;
		outnull[3] = true;
	}

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, desc, 5, cols, out, outnull));
}

/*
 * stage_declaration_rows(): AFTER INSERT FOR EACH STATEMENT on staged_rows,
 * with the statement's rows as the transition table.  Every row that read
 * (left unchecked by stage_declaration_row) goes into declaration_rows, in
 * the order staged, in one INSERT per chunk; each staged row then gets its
 * declaration row's id, status and errors.
 */
Datum
stage_declaration_rows(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	Oid			code_type;
	Oid			elemtypes[N_STAGED_FIELDS];
	Oid			argtypes[N_STAGED_FIELDS];
	int16		typlen[N_STAGED_FIELDS];
	bool		typbyval[N_STAGED_FIELDS];
	char		typalign[N_STAGED_FIELDS];
	Oid			update_types[4] = {INT8ARRAYOID, INT8ARRAYOID, TEXTARRAYOID, TEXTARRAYOID};
	StringInfoData sql;
	Portal		cursor;
	SPIPlanPtr	insert_plan = NULL;
	MemoryContext chunk_cxt;
	int			f;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "stage_declaration_rows()")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) || !TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || trigdata->tg_newtable == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired AFTER INSERT FOR EACH STATEMENT with a NEW TABLE",
						"stage_declaration_rows()")));
	rel = trigdata->tg_relation;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "could not register the staged rows of the statement");

	code_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum("productcode"),
								ObjectIdGetDatum(get_namespace_oid("productcodes", false)));
	for (f = 0; f < N_STAGED_FIELDS; f++)
	{
		elemtypes[f] = staged_fields[f].kind == SK_INT ? INT8OID :
			staged_fields[f].kind == SK_DATE ? DATEOID :
			staged_fields[f].kind == SK_CODE ? code_type : TEXTOID;
		argtypes[f] = get_array_type(elemtypes[f]);
		get_typlenbyvalalign(elemtypes[f], &typlen[f], &typbyval[f], &typalign[f]);
	}

	/* the rows that read, in the order they were staged */
	initStringInfo(&sql);
	appendStringInfoString(&sql, "SELECT staged_id");
	for (f = 0; f < N_STAGED_FIELDS; f++)
		appendStringInfo(&sql, ", %s", quote_identifier(staged_fields[f].name));
	appendStringInfo(&sql, " FROM %s WHERE status OPERATOR(pg_catalog.=) 'unchecked'",
					 quote_identifier(trigdata->tg_trigger->tgnewtable));
	cursor = SPI_cursor_open_with_args(NULL, sql.data, 0, NULL, NULL, NULL, true, 0);

	chunk_cxt = AllocSetContextCreate(CurrentMemoryContext, "productcodes staging chunk",
									  ALLOCSET_DEFAULT_SIZES);
	for (;;)
	{
		SPITupleTable *staged;
		uint64		n;
		uint64		i;
		Datum		args[N_STAGED_FIELDS];
		Datum		update_args[4];
		Datum	   *staged_ids;
		Datum	   *row_ids;
		Datum	   *statuses;
		Datum	   *errors;
		int			dims[1];
		int			lbs[1] = {1};
		MemoryContext old;
		MemoryContext guard_cxt;
		Oid			save_userid;
		int			save_sec_context;

		SPI_cursor_fetch(cursor, true, STAGE_CHUNK);
		n = SPI_processed;
		if (n == 0)
			break;
		staged = SPI_tuptable;
		dims[0] = (int) n;

		old = MemoryContextSwitchTo(chunk_cxt);
		staged_ids = palloc(sizeof(Datum) * n);
		for (f = 0; f < N_STAGED_FIELDS; f++)
		{
			Datum	   *values = palloc(sizeof(Datum) * n);
			bool	   *nulls = palloc(sizeof(bool) * n);

			for (i = 0; i < n; i++)
			{
				StringInfoData problems;
				char	   *raw = SPI_getvalue(staged->vals[i], staged->tupdesc, f + 2);

				initStringInfo(&problems);
				if (!parse_field(f, raw, &values[i], &nulls[i], &problems))
					elog(ERROR, "staged row no longer reads: %s", problems.data);
			}
			args[f] = PointerGetDatum(construct_md_array(values, nulls, 1, dims, lbs, elemtypes[f],
														 typlen[f], typbyval[f], typalign[f]));
		}
		for (i = 0; i < n; i++)
		{
			bool		isnull;

			staged_ids[i] = SPI_getbinval(staged->vals[i], staged->tupdesc, 1, &isnull);
		}
		update_args[0] = PointerGetDatum(construct_array(staged_ids, (int) n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		MemoryContextSwitchTo(old);
		SPI_freetuptable(staged);

		/* one statement: the engine's memo holds for all of them */
		if (insert_plan == NULL)
		{
			initStringInfo(&sql);
			appendStringInfoString(&sql, "INSERT INTO productcodes.declaration_rows (");
			for (f = 0; f < N_STAGED_FIELDS; f++)
				appendStringInfo(&sql, "%s%s", f ? ", " : "", quote_identifier(staged_fields[f].name));
			appendStringInfoString(&sql, ") SELECT ");
			for (f = 0; f < N_STAGED_FIELDS; f++)
				appendStringInfo(&sql, "%su.f%d", f ? ", " : "", f + 1);
			appendStringInfoString(&sql, " FROM ROWS FROM (");
			for (f = 0; f < N_STAGED_FIELDS; f++)
				appendStringInfo(&sql, "%spg_catalog.unnest($%d)", f ? ", " : "", f + 1);
			appendStringInfoString(&sql, ") WITH ORDINALITY AS u(");
			for (f = 0; f < N_STAGED_FIELDS; f++)
				appendStringInfo(&sql, "f%d, ", f + 1);
			appendStringInfoString(&sql, "ord) ORDER BY u.ord RETURNING row_id, status, errors");
			insert_plan = SPI_prepare(sql.data, N_STAGED_FIELDS, argtypes);
			if (insert_plan == NULL)
				elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql.data, SPI_result_code_string(SPI_result));
		}
		if (SPI_execute_plan(insert_plan, args, NULL, false, 0) != SPI_OK_INSERT_RETURNING ||
			SPI_processed != n)
			elog(ERROR, "could not insert the staged rows into productcodes.declaration_rows");

		/* RETURNING gives the rows in the order inserted, which is ord */
		old = MemoryContextSwitchTo(chunk_cxt);
		row_ids = palloc(sizeof(Datum) * n);
		statuses = palloc(sizeof(Datum) * n);
		errors = palloc(sizeof(Datum) * n);
		for (i = 0; i < n; i++)
		{
			bool		isnull;

			row_ids[i] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
			statuses[i] = CStringGetTextDatum(SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2));
			errors[i] = CStringGetTextDatum(SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3));
		}
		update_args[1] = PointerGetDatum(construct_array(row_ids, (int) n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		update_args[2] = PointerGetDatum(construct_array(statuses, (int) n, TEXTOID, -1, false, TYPALIGN_INT));
		update_args[3] = PointerGetDatum(construct_array(errors, (int) n, TEXTOID, -1, false, TYPALIGN_INT));
		MemoryContextSwitchTo(old);
		SPI_freetuptable(SPI_tuptable);

		/*
		 * The outcome onto the staged rows, as the table's owner (like a
		 * foreign-key check) and past the outcome guard: a fixed statement
		 * on this statement's rows only.
		 */
		GetUserIdAndSecContext(&save_userid, &save_sec_context);
		SetUserIdAndSecContext(rel->rd_rel->relowner,
							   save_sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
		guard_cxt = AllocSetContextCreate(CurrentMemoryContext, "productcodes staging outcome",
										  ALLOCSET_SMALL_SIZES);
		old = MemoryContextSwitchTo(guard_cxt);
		pc_outcome_guard_allow();
		MemoryContextSwitchTo(old);
		if (SPI_execute_with_args("UPDATE productcodes.staged_rows AS s"
								  "   SET row_id = u.row_id, status = u.status,"
								  "       errors = u.errors::pg_catalog.text[]"
								  "  FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2),"
								  "                  pg_catalog.unnest($3), pg_catalog.unnest($4))"
								  "       AS u(staged_id, row_id, status, errors)"
								  " WHERE s.staged_id OPERATOR(pg_catalog.=) u.staged_id",
								  4, update_types, update_args, NULL, false, 0) != SPI_OK_UPDATE ||
			SPI_processed != n)
			elog(ERROR, "could not record the outcome of the staged rows");
		MemoryContextDelete(guard_cxt);
		SetUserIdAndSecContext(save_userid, save_sec_context);
		MemoryContextReset(chunk_cxt);
	}
	SPI_cursor_close(cursor);
	SPI_finish();
	return PointerGetDatum(NULL);
}
