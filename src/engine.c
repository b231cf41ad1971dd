/*
 * engine.c
 *		The trigger that checks a declaration row when it is inserted, and
 *		check_row() and revalidate(), which share its evaluation.
 *
 * check_declaration_row() is a BEFORE INSERT row trigger.  It reads the
 * row's message fields (engine_columns.c), gathers the facts the rules
 * need and applies the rules of the PostgreSQL-free core in rule order
 * (engine_facts.c, pc_rules.h), and writes the outcome onto the row
 * itself: status, the rules that reject it (errors) and the rules that
 * only warn (warnings), by each rule's setting for the municipality; where
 * the table has the columns, the rules it could not be decided on
 * (undecided) and each finding's figures (figures, engine_figures.c).  A
 * rejected row is stored, never lost; with productcodes.strict = on it
 * raises an error instead.
 *
 * The header's own format (AGB, gemeentecode, DeclaratieNummer, month) is
 * enforced by the CHECK constraints of productcodes.declarations, so a
 * header that breaks it is refused before any row refers to it.
 *
 * The catalogue, tariffs and rules come from the session's cached copy
 * (catalogue_cache.c), taken once per statement (the trigger's fn_extra
 * lives as long as the statement), so all rows of one INSERT or COPY are
 * checked against one catalogue.  The header, the allocation, the client
 * and the running totals are read once per statement and kept in the memo
 * (engine_memo.c), from index reads without SPI where those see what SQL
 * would (engine_direct.c) and otherwise SPI plans (engine_read.c).
 *
 * check_row() (what-if, nothing stored) and revalidate() (check stored
 * rows again) read afresh for each row.
 */
#include "engine.h"
#include "outcome_guard.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(check_declaration_row);
PG_FUNCTION_INFO_V1(check_declaration_row_what_if);
PG_FUNCTION_INFO_V1(revalidate_declaration_rows);

static Oid
productcode_type_oid(void)
{
	Oid			nsp = get_namespace_oid("productcodes", false);

	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
						   CStringGetDatum("productcode"), ObjectIdGetDatum(nsp));
}

/* The per-statement plans and catalogue copy go when the statement's memory does. */
static void
free_statement_plans(void *arg)
{
	statement_state *st = (statement_state *) arg;
	int			i;

	for (i = 0; i < N_TABLE_QUERIES; i++)
	{
		if (st->plan[i])
			SPI_freeplan(st->plan[i]);
		st->plan[i] = NULL;
	}
	if (st->cache)
		cc_release(st->cache);
	st->cache = NULL;
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

/* the rules that 1.1 added (a 1.0 schema does not have them) */
static bool
rule_is_new_in_1_1(const char *rule_id)
{
	static const char *const added[] = {"CS100", "TR318", "TR335", "TR134", "TR137", "CS339"};
	int			i;

	for (i = 0; i < (int) lengthof(added); i++)
		if (strcmp(added[i], rule_id) == 0)
			return true;
	return false;
}

/*
 * The rules with their settings, from the statement's catalogue copy, in
 * memory that lives as long as the statement.
 */
static void
load_rules(statement_state *st, MemoryContext mcxt)
{
	const cc_rule *rules;
	const cc_setting *settings;
	int			nrules = cc_rules(st->cache, &rules);
	int			nsettings = cc_settings(st->cache, &settings);
	int			r,
				i;

	for (r = 0; r < PC_N_RULES; r++)
	{
		rule_state *rs = &st->rules[r];

		for (i = 0; i < nrules; i++)
			if (strcmp(rules[i].rule_id, pc_rule_names[r]) == 0)
				break;
		if (i == nrules && rule_is_new_in_1_1(pc_rule_names[r]))
		{
			/*
			 * a database still on the 1.0 schema (before ALTER EXTENSION
			 * UPDATE) lacks the rules of 1.1: they are not applied there
			 */
			strlcpy(rs->return_code, "0001", sizeof(rs->return_code));
			rs->text_nl = rs->text_en = pc_rule_names[r];
			rs->general = S_DISABLED;
			rs->noverrides = 0;
			rs->overrides = NULL;
			continue;
		}
		if (i == nrules)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("rule %s is missing from table productcodes.rules", pc_rule_names[r]),
					 errhint("Reinstall the extension: ALTER EXTENSION productcodes UPDATE, or drop and create it.")));
		strlcpy(rs->return_code, rules[i].return_code, sizeof(rs->return_code));
		rs->text_nl = rules[i].text_nl;
		rs->text_en = rules[i].text_en;
		rs->general = parse_setting(rules[i].severity);
		rs->noverrides = 0;
		rs->overrides = MemoryContextAllocZero(mcxt, sizeof(rule_override) * Max(nsettings, 1));
		for (i = 0; i < nsettings; i++)
		{
			if (strcmp(settings[i].rule_id, pc_rule_names[r]) != 0)
				continue;
			if (settings[i].gemeentecode[0] == '\0')
				rs->general = parse_setting(settings[i].setting);
			else
			{
				rule_override *o = &rs->overrides[rs->noverrides++];

				strlcpy(o->gemeentecode, settings[i].gemeentecode, sizeof(o->gemeentecode));
				o->value = parse_setting(settings[i].setting);
			}
		}
	}
}

static setting
effective_setting(const statement_state *st, pc_rule_id r, const char *gemeentecode)
{
	const rule_state *rs = &st->rules[r];
	int			i;

	for (i = 0; i < rs->noverrides; i++)
		if (gemeentecode && strcmp(rs->overrides[i].gemeentecode, gemeentecode) == 0)
			return rs->overrides[i].value;
	return rs->general;
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

/*
 * productcodes.strict: raise instead of storing a rejected row, with every
 * rule broken, its return code and its text (a sentence of its own, with
 * its full stop), in productcodes.language.
 */
static void
raise_strict(const statement_state *st, const pc_row *in, List *errors)
{
	bool		dutch = pc_language == PC_LANGUAGE_NL;
	StringInfoData detail;
	ListCell   *lc;

	initStringInfo(&detail);
	foreach(lc, errors)
	{
		const char *name = lfirst(lc);
		int			r;

		for (r = 0; r < PC_N_RULES; r++)
			if (strcmp(pc_rule_names[r], name) == 0)
				break;
		appendStringInfo(&detail, dutch ? "%s%s (retourcode %s): %s" : "%s%s (return code %s): %s",
						 detail.len > 0 ? " " : "", name, st->rules[r].return_code,
						 dutch ? st->rules[r].text_nl : st->rules[r].text_en);
	}
	if (dutch)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("prestatie \"%s\" is afgekeurd", in->referentie),
				 errdetail("Overtreden regels: %s", detail.data),
				 errhint("Met productcodes.strict = off wordt de prestatie als afgekeurd opgeslagen; de bevindingen staan in productcodes.row_findings.")));
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("declaration row \"%s\" is rejected", in->referentie),
			 errdetail("Rules broken: %s", detail.data),
			 errhint("With productcodes.strict = off the row is stored as rejected; its rules and texts are in productcodes.row_findings.")));
}

/*
 * The state for checking rows of rel in this statement (or query), kept in
 * fn_extra, in a memory context of its own; trigger is NULL for the
 * table's own column names.  It holds what was decided with the current
 * role's privileges and row-level security (the direct reads, the
 * catalogue copy) and what was read (the declaration headers), so the
 * trigger keeps it for one statement, for that role only, and check_row()
 * and revalidate() (per_call) make a fresh one for every call: PL/pgSQL
 * keeps a function's fn_extra for the whole transaction, in which the
 * role, its privileges, the policies and the data may all change.  Only
 * the trigger and revalidate(), which write outcomes, take the locks
 * (takes_locks): a what-if stores nothing, and any role may call it.
 */
static statement_state *
get_state(FunctionCallInfo fcinfo, Relation rel, Trigger *trigger, bool per_call,
		  bool takes_locks)
{
	statement_state *st = (statement_state *) fcinfo->flinfo->fn_extra;
	MemoryContextCallback *cb;
	MemoryContext oldcxt;
	MemoryContext cxt;

	if (st != NULL && !per_call && st->relid == RelationGetRelid(rel) && st->user == GetUserId())
		return st;
	fcinfo->flinfo->fn_extra = NULL;
	if (st != NULL)
		MemoryContextDelete(st->cxt);	/* its callback frees its plans and copy */
	cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "productcodes statement",
								ALLOCSET_DEFAULT_SIZES);
	st = MemoryContextAllocZero(cxt, sizeof(statement_state));
	st->cxt = cxt;
	st->relid = RelationGetRelid(rel);
	st->user = GetUserId();
	st->takes_locks = takes_locks;
	st->code_type = productcode_type_oid();
	eng_forget_backend_plans(st->code_type);
	oldcxt = MemoryContextSwitchTo(cxt);
	eng_map_columns(st, rel, trigger);
	eng_find_indexes(st, rel);
	MemoryContextSwitchTo(oldcxt);
	cb = MemoryContextAlloc(cxt, sizeof(MemoryContextCallback));
	cb->func = free_statement_plans;
	cb->arg = st;
	MemoryContextRegisterResetCallback(cxt, cb);
	fcinfo->flinfo->fn_extra = st;
	return st;
}

/*
 * Check one row: apply every rule and sort the broken ones by their setting
 * for the row's municipality into errors and warnings (lists of rule names).
 */
typedef struct outcome_extra
{
	Datum		undecided;		/* text[] */
	Datum		figures;		/* jsonb */
} outcome_extra;

static void
evaluate(FunctionCallInfo fcinfo, statement_state *st, const pc_row *in,
		 int64 declaration_id, List **errors, List **warnings, outcome_extra *extra)
{
	MemoryContext callerctx = CurrentMemoryContext;
	pc_findings f;
	pc_allocation a;
	bool		listed[PC_N_RULES];
	int			r;

	/*
	 * Each of the engine's queries is written for an index; but a plan made
	 * while a table is still empty or has no statistics (a large first load
	 * runs in one transaction, before any ANALYZE) would read the whole
	 * table for every row, and a load would slow down as it grows.  With
	 * sequential scans switched off every query stays an index probe
	 * whatever the statistics say.  A table without the indexes (a mapped
	 * one) then looks so costly that JIT would compile every probe (50-150
	 * ms for a few rows), so JIT is off too.  Both are set before the
	 * row's first query (eng_probe_begin) and undone after the row.  An error
	 * in an earlier row left them to the (sub)transaction's clean-up.
	 */
	eng_probe_forget();

	/* the row's own garbage goes with it (revalidate() checks many rows) */
	if (st->row_cxt == NULL)
		st->row_cxt = AllocSetContextCreate(st->cxt, "productcodes row",
											ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(st->row_cxt);
	MemoryContextSwitchTo(st->row_cxt);

	if (st->cache == NULL || !st->rules_loaded)
		eng_probe_begin();			/* the catalogue cache is read with SPI */
	if (st->cache == NULL)
	{
		/*
		 * A statement takes the catalogue as committed when it starts: read
		 * the invalidations other sessions sent meanwhile (a transaction that
		 * already holds its locks would not otherwise look), then keep that
		 * copy for all its rows.
		 */
		AcceptInvalidationMessages();
		st->cache = cc_acquire();
	}
	if (!st->rules_loaded)
	{
		load_rules(st, st->cxt);
		st->rules_loaded = true;
	}
	eng_read_header(st, declaration_id, st->cxt);
	eng_memo_prepare_row(st, st->cxt);
	pc_findings_init(&f);
	eng_apply_rules(st, in, &f, &a);
	eng_probe_end();
	MemoryContextSwitchTo(callerctx);

	*errors = NIL;
	*warnings = NIL;
	for (r = 0; r < PC_N_RULES; r++)
	{
		listed[r] = false;
		if (!f.failed[r])
			continue;
		switch (effective_setting(st, r, st->gemeentecode))
		{
			case S_ERROR:
				*errors = lappend(*errors, (void *) pc_rule_names[r]);
				listed[r] = true;
				break;
			case S_WARNING:
				*warnings = lappend(*warnings, (void *) pc_rule_names[r]);
				listed[r] = true;
				break;
			case S_DISABLED:
				break;
		}
	}
	if (extra != NULL)
	{
		extra->undecided = eng_undecided_array(&f);
		extra->figures = eng_figures_jsonb(st, in, &a, &f, listed);
	}
}

static const char *
status_of(List *errors)
{
	return errors == NIL ? "accepted" : "rejected";
}

Datum
check_declaration_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	statement_state *st;
	Relation	rel;
	HeapTuple	tuple;
	pc_row	in;
	int64		declaration_id;
	List	   *errors;
	List	   *warnings;
	int			cols[7];
	Datum		values[7];
	bool		nulls[7] = {false};
	int			ncols = 0;
	outcome_extra extra;

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
	st = get_state(fcinfo, rel, trigdata->tg_trigger, false, true);

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
			{
				/* the memo's ledgers would not know the row: forget them */
				eng_memo_forget(st);
				return PointerGetDatum(tuple);
			}
		}
	}

	eng_read_row(st->attnum, RelationGetRelationName(rel), RelationGetDescr(rel), tuple,
			 &in, &declaration_id);
	st->keep_memo = true;
	evaluate(fcinfo, st, &in, declaration_id, &errors, &warnings, &extra);

	if (errors != NIL && pc_strict_mode)
		raise_strict(st, &in, errors);
	eng_memo_record_outcome(st, &in, errors == NIL);

	cols[ncols] = st->attnum[F_STATUS];
	values[ncols++] = CStringGetTextDatum(status_of(errors));
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
	if (st->attnum[F_UNDECIDED])
	{
		cols[ncols] = st->attnum[F_UNDECIDED];
		values[ncols++] = extra.undecided;
	}
	if (st->attnum[F_FIGURES])
	{
		cols[ncols] = st->attnum[F_FIGURES];
		values[ncols++] = extra.figures;
	}

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel),
													 ncols, cols, values, nulls));
}

static Relation
open_declaration_rows(void)
{
	return table_openrv(makeRangeVar("productcodes", "declaration_rows", -1), AccessShareLock);
}

/*
 * check_row(...): what a declaration row would get, without storing it.
 * The same rules, settings and running totals as an insert now.
 */
Datum
check_declaration_row_what_if(PG_FUNCTION_ARGS)
{
	Relation	rel = open_declaration_rows();
	statement_state *st = get_state(fcinfo, rel, NULL, true, false);
	pc_row	in;
	List	   *errors;
	List	   *warnings;
	TupleDesc	result_desc;
	Datum		result[3];
	bool		result_null[3] = {false, false, false};
	int			i;

	for (i = 0; i < 13; i++)
		if (PG_ARGISNULL(i) && i != 10)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("argument %d of check_row is null", i + 1),
					 errhint("Only tariff_cents and vorig_referentie_nummer may be null.")));
	in.referentie = text_to_cstring(PG_GETARG_TEXT_PP(1));
	in.toewijzing = PG_GETARG_INT64(2);
	in.bsn = text_to_cstring(PG_GETARG_TEXT_PP(3));
	in.category = text_to_cstring(PG_GETARG_TEXT_PP(4));
	in.code = PG_GETARG_INT32(5);
	in.period_start = PG_GETARG_DATEADT(6);
	in.period_end = PG_GETARG_DATEADT(7);
	in.volume = PG_GETARG_INT64(8);
	in.unit = text_to_cstring(PG_GETARG_TEXT_PP(9));
	in.has_tariff = !PG_ARGISNULL(10);
	in.tariff = in.has_tariff ? PG_GETARG_INT64(10) : 0;
	in.amount = PG_GETARG_INT64(11);
	in.dc = text_to_cstring(PG_GETARG_TEXT_PP(12));
	in.vorig_referentie = PG_ARGISNULL(13) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(13));
	if (DATE_NOT_FINITE(in.period_start) || DATE_NOT_FINITE(in.period_end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("the product period must be a finite date range")));

	evaluate(fcinfo, st, &in, PG_GETARG_INT64(0), &errors, &warnings, NULL);
	table_close(rel, AccessShareLock);

	if (get_call_result_type(fcinfo, NULL, &result_desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "check_row must return a composite type");
	result[0] = CStringGetTextDatum(status_of(errors));
	result[1] = text_array(errors);
	result[2] = text_array(warnings);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(result_desc),
													  result, result_null)));
}

/*
 * revalidate(declaration_id): check stored rows again, after a catalogue,
 * tariff, allocation or setting was fixed, and record the new outcome.
 * The rows (of one declaration, or all when NULL) are set aside as
 * unchecked and then checked in the order they were stored, so each sees
 * the rows before it as an insert did; other rows count as they stand.
 */
Datum
revalidate_declaration_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Relation	rel = open_declaration_rows();
	statement_state *st = get_state(fcinfo, rel, NULL, true, true);
	Oid			argtypes[7] = {INT8OID, TEXTOID, TEXTARRAYOID, TEXTARRAYOID, TEXTOID,
	TEXTARRAYOID, JSONBOID};
	Datum		args[7];
	char		nulls[7] = {' ', ' ', ' ', ' ', ' ', ' ', ' '};
	SPITupleTable *rows;
	uint64		nrows;
	int			attnum[N_FIELDS];
	int			status_col;
	uint64		i;
	int			f;
	const char *select_sql =
		"SELECT * FROM productcodes.declaration_rows"
		" WHERE $1 IS NULL OR declaration_id OPERATOR(pg_catalog.=) $1 ORDER BY row_id";
	const char *reset_sql =
		"UPDATE productcodes.declaration_rows SET status = 'unchecked'"
		" WHERE $1 IS NULL OR declaration_id OPERATOR(pg_catalog.=) $1";
	const char *update_sql =
		"UPDATE productcodes.declaration_rows"
		"   SET status = $2, errors = $3, warnings = $4, ruleset = $5,"
		"       undecided = $6, figures = $7, checked_at = pg_catalog.now()"
		" WHERE row_id OPERATOR(pg_catalog.=) $1";
	/* a 1.0 schema has neither undecided nor figures */
	const char *update_sql_10 =
		"UPDATE productcodes.declaration_rows"
		"   SET status = $2, errors = $3, warnings = $4, ruleset = $5,"
		"       checked_at = pg_catalog.now()"
		" WHERE row_id OPERATOR(pg_catalog.=) $1";
	bool		has_extra;

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	pc_outcome_guard_allow();	/* the outcome guard lets this call write outcomes, until SPI_finish */
	args[0] = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
	nulls[0] = PG_ARGISNULL(0) ? 'n' : ' ';
	if (SPI_execute_with_args(select_sql, 1, argtypes, args, nulls, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declaration_rows");
	rows = SPI_tuptable;
	nrows = SPI_processed;
	for (f = 0; f < N_FIELDS; f++)
		attnum[f] = SPI_fnumber(rows->tupdesc, eng_field_defs[f].name);
	status_col = attnum[F_STATUS];
	has_extra = attnum[F_UNDECIDED] > 0 && attnum[F_FIGURES] > 0;
	if (SPI_execute_with_args(reset_sql, 1, argtypes, args, nulls, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "could not update productcodes.declaration_rows");

	for (i = 0; i < nrows; i++)
	{
		HeapTuple	tuple = rows->vals[i];
		pc_row	in;
		int64		declaration_id;
		List	   *errors;
		List	   *warnings;
		bool		isnull;
		Datum		out[6];
		bool		outnull[6] = {false, false, false, false, false, false};
		outcome_extra extra;

		eng_read_row(attnum, "declaration_rows", rows->tupdesc, tuple, &in, &declaration_id);
		evaluate(fcinfo, st, &in, declaration_id, &errors, &warnings, &extra);

		args[0] = SPI_getbinval(tuple, rows->tupdesc, SPI_fnumber(rows->tupdesc, "row_id"), &isnull);
		args[1] = CStringGetTextDatum(status_of(errors));
		args[2] = text_array(errors);
		args[3] = text_array(warnings);
		args[4] = CStringGetTextDatum("productcodes " PC_EXTENSION_VERSION);
		args[5] = extra.undecided;
		args[6] = extra.figures;
		nulls[0] = ' ';
		if (SPI_execute_with_args(has_extra ? update_sql : update_sql_10, has_extra ? 7 : 5,
								  argtypes, args, nulls, false, 0) != SPI_OK_UPDATE)
			elog(ERROR, "could not update productcodes.declaration_rows");

		out[0] = args[0];
		out[1] = CStringGetTextDatum(in.referentie);
		out[2] = SPI_getbinval(tuple, rows->tupdesc, status_col, &isnull);
		out[3] = args[1];
		out[4] = args[2];
		out[5] = args[3];
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, out, outnull);
	}
	SPI_finish();
	table_close(rel, AccessShareLock);
	return (Datum) 0;
}
