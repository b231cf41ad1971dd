/*
 * engine_read.c
 *		What the engine reads besides the row: the declaration header, the
 *		allocation, the client, the ledgers of counted debits, TR314's
 *		reference and a credit's debit.
 *
 * Each reader asks the memo first (engine_memo.c), then reads on an index
 * directly where that sees what SQL would (engine_direct.c), and else with
 * the SQL queries here, through SPI plans kept for the backend or the
 * statement; each is an index probe.
 */
#include "engine.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"

#include "pc_core.h"


/*
 * Each query starts from the guarded table's own index (allocation number,
 * reference or BSN, which find a handful of rows) and only then fetches
 * those rows' headers by primary key.  The order is forced: the rows sit
 * in an OFFSET 0 fence, and the header is a LATERAL subquery on them
 * (fenced too, so it is not pulled up and reordered).  Left to itself, a
 * planner without statistics may drive from the headers instead and read
 * every declaration of a provider or municipality for each row.
 *
 * ROWS_OF(cond) is that pair: r with the fields the queries use, under
 * their own names, and d with its header.
 */
#define ROWS_OF(cond) \
	"(SELECT r.{declaration_id} AS declaration_id, r.{referentie_nummer} AS referentie_nummer," \
	"        r.{toewijzing_nummer} AS toewijzing_nummer, r.{bsn} AS bsn," \
	"        r.{volume} AS volume, r.{unit} AS unit, r.{amount_cents} AS amount_cents," \
	"        r.{code} AS code, r.{category} AS category, r.{period_start} AS period_start," \
	"        r.{period_end} AS period_end, r.{tariff_cents} AS tariff_cents, r.xmin AS row_xmin" \
	"   FROM {R} r WHERE " cond " OFFSET 0) r" \
	" CROSS JOIN LATERAL (SELECT h.agb, h.domain, h.gemeentecode FROM productcodes.declarations h" \
	"                      WHERE h.declaration_id OPERATOR(pg_catalog.=) r.declaration_id OFFSET 0) d"

#define ACCEPTED_DEBITS \
	"r.{status} OPERATOR(pg_catalog.=) 'accepted' AND r.{dc} OPERATOR(pg_catalog.=) 'D'"

/* no accepted credit of the same provider and domain cancels the debit r */
#define NOT_CREDITED \
	" NOT EXISTS (SELECT 1 FROM (SELECT c.{declaration_id} AS declaration_id FROM {R} c" \
	"                             WHERE c.{vorig_referentie_nummer} OPERATOR(pg_catalog.=) r.referentie_nummer" \
	"                               AND c.{status} OPERATOR(pg_catalog.=) 'accepted'" \
	"                               AND c.{dc} OPERATOR(pg_catalog.=) 'C' OFFSET 0) c" \
	"             CROSS JOIN LATERAL (SELECT 1 FROM productcodes.declarations cd" \
	"                                  WHERE cd.declaration_id OPERATOR(pg_catalog.=) c.declaration_id" \
	"                                    AND cd.agb OPERATOR(pg_catalog.=) d.agb" \
	"                                    AND cd.domain OPERATOR(pg_catalog.=) d.domain OFFSET 0) cd)"

/*
 * what a ledger keeps of a counted debit (load_ledger), and who committed
 * it (eng_check_snapshot)
 */
#define LEDGER_COLUMNS \
	"r.referentie_nummer, r.period_start, r.period_end, r.volume," \
	" r.unit OPERATOR(pg_catalog.=) '01', r.amount_cents, r.code, r.category, d.agb, d.domain," \
	" r.row_xmin"

#define LAST_MONTH(received) \
	"SELECT h.declaration_month FROM productcodes.declarations h" \
	" WHERE h.agb OPERATOR(pg_catalog.=) $2 AND h.gemeentecode OPERATOR(pg_catalog.=) $4" \
	"   AND h.domain OPERATOR(pg_catalog.=) $3" \
	"   AND (h." received " OPERATOR(pg_catalog.<) $5 OR (h." received " OPERATOR(pg_catalog.=) $5" \
	"        AND h.declaration_id OPERATOR(pg_catalog.<) $1))" \
	"   AND EXISTS (SELECT 1 FROM {R} r WHERE r.{declaration_id} OPERATOR(pg_catalog.=) h.declaration_id" \
	"                 AND r.{status} OPERATOR(pg_catalog.=) 'accepted')" \
	" ORDER BY h.declaration_month DESC LIMIT 1"

const char *const eng_table_query_sql[N_TABLE_QUERIES] = {
	/*
	 * Q_REFERENCE (TR314): $1 reference, $2 agb, $3 domain.  Rows set aside
	 * as unchecked (by revalidate, the row itself among them) do not count.
	 * The row found, and who committed it.
	 */
	"SELECT r.referentie_nummer, r.row_xmin FROM " ROWS_OF("r.{referentie_nummer} OPERATOR(pg_catalog.=) $1"
							 " AND r.{status} OPERATOR(pg_catalog.<>) 'unchecked'")
	" WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3 LIMIT 1",

	/*
	 * Q_ALLOCATION_LEDGER (TR321, TR322, TR369, TR389): $1 gemeentecode, $2
	 * toewijzing, $3 and $4 the allocation's provider and domain: the
	 * allocation's counted debits, which the running totals add up
	 * (allocation_ledger_totals).  Rows of another provider or domain with
	 * the number are not the allocation's (TR338).
	 */
	"SELECT " LEDGER_COLUMNS
	"  FROM " ROWS_OF("r.{toewijzing_nummer} OPERATOR(pg_catalog.=) $2 AND " ACCEPTED_DEBITS)
	" WHERE d.gemeentecode OPERATOR(pg_catalog.=) $1 AND d.agb OPERATOR(pg_catalog.=) $3"
	"   AND d.domain OPERATOR(pg_catalog.=) $4 AND" NOT_CREDITED,

	/*
	 * Q_CREDIT_TARGET (TR323, TR390): $1 the debit's reference, $2 agb, $3
	 * domain, $4 gemeentecode: the debit's municipality (NULL: no accepted
	 * debit in a declaration to that municipality), allocation number, BSN,
	 * who committed an accepted credit that cancels it already (NULL: none),
	 * the fields TR323 compares (IV091): category, code, period, volume,
	 * unit, tariff, amount, and who committed the debit
	 */
	"SELECT t.gemeentecode, t.toewijzing_nummer, t.bsn,"
	"       (SELECT r.row_xmin FROM " ROWS_OF("r.{vorig_referentie_nummer} OPERATOR(pg_catalog.=) $1"
											" AND r.{status} OPERATOR(pg_catalog.=) 'accepted'"
											" AND r.{dc} OPERATOR(pg_catalog.=) 'C'")
	"                WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3 LIMIT 1),"
	"       t.category, t.code, t.period_start, t.period_end, t.volume, t.unit, t.tariff_cents,"
	"       t.amount_cents, t.row_xmin"
	"  FROM (SELECT 1) one LEFT JOIN LATERAL"
	"       (SELECT d.gemeentecode, r.toewijzing_nummer, r.bsn, r.category, r.code, r.period_start,"
	"               r.period_end, r.volume, r.unit, r.tariff_cents, r.amount_cents, r.row_xmin"
	"          FROM " ROWS_OF("r.{referentie_nummer} OPERATOR(pg_catalog.=) $1 AND " ACCEPTED_DEBITS)
	"         WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3"
	"           AND d.gemeentecode OPERATOR(pg_catalog.=) $4 LIMIT 1) t ON true",

	/*
	 * Q_CLIENT_LEDGER (regional rules): $1 BSN: the client's counted debits,
	 * with all providers and municipalities of this table
	 */
	"SELECT " LEDGER_COLUMNS
	"  FROM " ROWS_OF("r.{bsn} OPERATOR(pg_catalog.=) $1 AND " ACCEPTED_DEBITS)
	" WHERE" NOT_CREDITED,

	/*
	 * Q_LAST_MONTH (TR318): $1 declaration_id, $2 agb, $3 domain, $4
	 * gemeentecode, $5 received_on: the latest month the provider declared
	 * to this municipality in this domain in a declaration received before
	 * this one (S13: an earlier received_on, or the same and a smaller id)
	 * that has an accepted row (S12: one whose rows were all rejected is
	 * "niet verzonden", IV087); on declarations_provider_month_idx
	 */
	LAST_MONTH("received_on"),

	/* Q_LAST_MONTH_10: the same on a 1.0 schema (no received_on) */
	LAST_MONTH("submitted_on")
};


/*
 * Prepared once per backend; the plan cache replans them when tables change.
 * Parameter types are fixed when a plan is prepared, though, and a plan
 * with a productcode parameter must not outlive the type (DROP and CREATE
 * EXTENSION in one session): plans_code_type says which type they are for.
 */
static Oid	plans_code_type = InvalidOid;
static SPIPlanPtr plan_header;
static SPIPlanPtr plan_header_10;	/* a 1.0 schema: no received_on */
static SPIPlanPtr plan_header_duplicate;
static SPIPlanPtr plan_allocation;
/*
 * The client query of the SQL path.  1.1 keeps the BSN's = in pg_catalog
 * (the one its index uses); a database still on the 1.0 schema, before
 * ALTER EXTENSION UPDATE, has it in productcodes only.  One backend serves
 * one database, so the choice is made once, with the plan.
 */
static const char *
client_query(void)
{
	Oid			bsn = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum("bsn"),
									  ObjectIdGetDatum(get_namespace_oid("productcodes", false)));

	if (OidIsValid(OpernameGetOprid(list_make2(makeString("pg_catalog"), makeString("=")), bsn, bsn)))
		return "SELECT birth_date, lives_at_home FROM productcodes.clients"
			" WHERE bsn OPERATOR(pg_catalog.=) productcodes.bsn($1)";
	return "SELECT birth_date, lives_at_home FROM productcodes.clients"
		" WHERE bsn OPERATOR(productcodes.=) productcodes.bsn($1)";
}

static SPIPlanPtr plan_client;
static SPIPlanPtr plan_header_owner;

void
eng_forget_backend_plans(Oid code_type)
{
	SPIPlanPtr *plans[] = {&plan_header, &plan_header_10, &plan_header_duplicate, &plan_allocation,
	&plan_client, &plan_header_owner};
	int			i;

	if (plans_code_type == code_type)
		return;
	for (i = 0; i < (int) lengthof(plans); i++)
	{
		if (*plans[i])
			SPI_freeplan(*plans[i]);
		*plans[i] = NULL;
	}
	plans_code_type = code_type;
}

/*
 * The SQL side of a row: SPI, and the planner settings its queries need
 * (see evaluate).  Set up at the row's first query only: a row that the
 * memo and the indexes answer needs neither.
 */
static bool probe_ready = false;
static int	probe_nest;

/* A new row: nothing set up for it yet (see evaluate in engine.c). */
void
eng_probe_forget(void)
{
	probe_ready = false;
}

void
eng_probe_begin(void)
{
	if (probe_ready)
		return;
	probe_nest = NewGUCNestLevel();
	(void) set_config_option("enable_seqscan", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	probe_ready = true;
}

void
eng_probe_end(void)
{
	if (!probe_ready)
		return;
	SPI_finish();
	AtEOXact_GUC(true, probe_nest);
	probe_ready = false;
}

static SPIPlanPtr
prepare(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	eng_probe_begin();
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

/*
 * Run one of the engine's queries, with the planner settings evaluate()
 * set for the row.
 */
static int
run_probe(SPIPlanPtr plan, Datum *args, const char *nulls)
{
	return SPI_execute_plan(plan, args, nulls, false, 1);
}

/*
 * A query under a lock (engine_locks.c): with what is committed now, also
 * in REPEATABLE READ and SERIALIZABLE, whose rows' committers the caller
 * checks with eng_check_snapshot.
 */
static int
run_locked(SPIPlanPtr plan, Datum *args, long tcount)
{
	Snapshot	latest = eng_read_snapshot();

	if (latest == InvalidSnapshot)
		return SPI_execute_plan(plan, args, NULL, false, tcount);
	return SPI_execute_snapshot(plan, args, NULL, latest, InvalidSnapshot, false, false, tcount);
}

/* column col of SPI row i: the transaction that committed a row (xmin) */
static TransactionId
spi_xmin(uint64 i, int col)
{
	bool		isnull;
	Datum		v = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, col, &isnull);

	return isnull ? InvalidTransactionId : DatumGetTransactionId(v);
}

/* The declaration header of the row, cached while rows of one declaration follow. */
void
eng_read_header(statement_state *st, int64 declaration_id, MemoryContext mcxt)
{
	Oid			argtypes[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};
	Datum		args[5];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	SPIPlanPtr	header_plan;

	if (st->header_valid && st->header_id == declaration_id)
		return;

	args[0] = Int64GetDatum(declaration_id);
	/*
	 * A database still on the 1.0 schema (before ALTER EXTENSION UPDATE) has
	 * no received_on: the DeclaratieDagtekening stands in for it (TR135
	 * passes)
	 */
	if (get_attnum(get_relname_relid("declarations", get_namespace_oid("productcodes", false)),
				   "received_on") == InvalidAttrNumber)
		header_plan = prepare(&plan_header_10,
							  "SELECT agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on,"
							  "       submitted_on"
							  "  FROM productcodes.declarations WHERE declaration_id OPERATOR(pg_catalog.=) $1",
							  1, argtypes);
	else
		header_plan = prepare(&plan_header,
							  "SELECT agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on,"
							  "       received_on"
							  "  FROM productcodes.declarations WHERE declaration_id OPERATOR(pg_catalog.=) $1",
							  1, argtypes);
	if (run_probe(header_plan, args, NULL) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declarations");
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("declaration %lld does not exist", (long long) declaration_id),
				 errhint("Insert the declaration header into productcodes.declarations first.")));
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	/* a load reads thousands of headers: free the last one's strings */
	if (st->header_valid)
	{
		pfree(st->agb);
		pfree(st->gemeentecode);
		pfree(st->domain);
		pfree(st->declaratie_nummer);
		st->header_valid = false;
	}
	st->agb = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 1));
	st->gemeentecode = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 2));
	st->domain = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 3));
	st->declaratie_nummer = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 4));
	st->declaration_month = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
	st->submitted_on = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));
	st->received_on = DatumGetDateADT(SPI_getbinval(tup, desc, 7, &isnull));

	/* TR333: an earlier declaration of this provider and domain has this number */
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	args[3] = CStringGetTextDatum(st->declaratie_nummer);
	{
		Oid			dup_types[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};

		if (run_probe(prepare(&plan_header_duplicate,
									 "SELECT 1 FROM productcodes.declarations"
									 " WHERE agb OPERATOR(pg_catalog.=) $2 AND domain OPERATOR(pg_catalog.=) $3"
									 "   AND declaratie_nummer OPERATOR(pg_catalog.=) $4"
									 "   AND declaration_id OPERATOR(pg_catalog.<) $1 LIMIT 1",
									 4, dup_types), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
	}
	st->header_duplicate = (SPI_processed > 0);

	/* TR318: the latest month declared before (Q_LAST_MONTH) */
	{
		Oid			month_types[5] = {INT8OID, TEXTOID, TEXTOID, TEXTOID, DATEOID};
		table_query q = header_plan == plan_header_10 ? Q_LAST_MONTH_10 : Q_LAST_MONTH;

		args[3] = CStringGetTextDatum(st->gemeentecode);
		args[4] = DateADTGetDatum(st->received_on);
		if (run_probe(prepare(&st->plan[q], st->sql[q], 5, month_types), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
		st->has_last_month = SPI_processed > 0;
		st->last_month = st->has_last_month ?
			DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) : 0;
	}
	st->header_id = declaration_id;
	st->header_valid = true;
}

/*
 * The allocation with the row's number in the header's municipality, read
 * once per statement (the memo).  Whether it is the row's (the provider's,
 * the domain's) the caller decides (TR338); st->row_slot is set only then.
 */
void
eng_read_allocation(statement_state *st, const pc_row *in, pc_allocation *a)
{
	Oid			argtypes[2] = {TEXTOID, INT8OID};
	Datum		args[2];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	bool		known;
	allocation_key key;
	allocation_slot *slot;

	eng_allocation_key_of(&key, st->gemeentecode, in->toewijzing);
	slot = hash_search(st->allocations, &key, HASH_ENTER, &known);
	if (!known)
	{
		memset(&slot->a, 0, sizeof(slot->a));
		memset(&slot->debits, 0, sizeof(slot->debits));

		if (!st->allocations_key.ready)
			eng_direct_index_setup(&st->allocations_key, "allocations",
							   "allocations_number_per_municipality");
		if (OidIsValid(st->allocations_key.relid))
		{
			eng_read_allocation_direct(st, in, &slot->a);
			goto done;
		}
		args[0] = CStringGetTextDatum(st->gemeentecode);
		args[1] = Int64GetDatum(in->toewijzing);
		if (run_probe(prepare(&plan_allocation,
							  "SELECT bsn::pg_catalog.text, category, code, unit, start_date, end_date, deleted,"
							  "       volume, frequency, budget_cents, agb, domain"
							  "  FROM productcodes.allocations"
							  " WHERE gemeentecode OPERATOR(pg_catalog.=) $1"
							  "   AND toewijzing_nummer OPERATOR(pg_catalog.=) $2",
							  2, argtypes), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.allocations");
		if (SPI_processed > 0)
		{
			pc_allocation *m = &slot->a;

			tup = SPI_tuptable->vals[0];
			desc = SPI_tuptable->tupdesc;
			m->found = true;
			m->bsn = eng_memo_strdup(st, SPI_getvalue(tup, desc, 1));
			m->category = eng_memo_strdup(st, SPI_getvalue(tup, desc, 2));
			m->code = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
			m->has_code = !isnull;
			m->unit = eng_memo_strdup(st, SPI_getvalue(tup, desc, 4));
			m->start_date = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
			m->end_date = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));
			m->has_end = !isnull;
			m->deleted = DatumGetBool(SPI_getbinval(tup, desc, 7, &isnull));
			m->volume = DatumGetInt64(SPI_getbinval(tup, desc, 8, &isnull));
			m->has_volume = !isnull;
			m->frequency = eng_memo_strdup(st, SPI_getvalue(tup, desc, 9));
			m->budget = DatumGetInt64(SPI_getbinval(tup, desc, 10, &isnull));
			m->has_budget = !isnull;
			m->agb = eng_memo_strdup(st, SPI_getvalue(tup, desc, 11));
			m->domain = eng_memo_strdup(st, SPI_getvalue(tup, desc, 12));
		}
	}
done:
	*a = slot->a;
	st->row_slot = NULL;
	if (a->found)
		st->row_slot = slot;
}

/*
 * Read a ledger (query q, LEDGER_COLUMNS), once per
 * statement, after the advisory lock that keeps others' rows out is taken.
 */
static void
load_ledger(statement_state *st, ledger *l, table_query q, int nargs, Oid *argtypes, Datum *args,
			const char *what)
{
	uint64		i;

	if (run_locked(prepare(&st->plan[q], st->sql[q], nargs, argtypes), args, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", st->table);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		pc_ledger_entry e;
		bool		isnull;
		Datum		v;

		e.referentie = eng_memo_strdup(st, SPI_getvalue(tup, desc, 1));
		v = SPI_getbinval(tup, desc, 2, &isnull);
		e.has_start = !isnull;
		e.period_start = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 3, &isnull);
		e.has_end = !isnull;
		e.period_end = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 4, &isnull);
		e.volume = isnull ? 0 : DatumGetInt64(v);
		v = SPI_getbinval(tup, desc, 5, &isnull);
		e.unit_kind = isnull ? PC_LEDGER_NO_UNIT : DatumGetBool(v) ? PC_LEDGER_MINUTES : PC_LEDGER_UNITS;
		v = SPI_getbinval(tup, desc, 6, &isnull);
		e.amount = isnull ? 0 : DatumGetInt64(v);
		v = SPI_getbinval(tup, desc, 7, &isnull);
		e.has_code = !isnull;
		e.code = isnull ? 0 : DatumGetInt32(v);
		e.category = eng_memo_intern(st, SPI_getvalue(tup, desc, 8));
		e.agb = eng_memo_intern(st, SPI_getvalue(tup, desc, 9));
		e.domain = eng_memo_intern(st, SPI_getvalue(tup, desc, 10));
		eng_check_snapshot(st, spi_xmin(i, 11), what, e.referentie);
		eng_ledger_append(st, l, eng_copy_entry(st, &e));
	}
	l->loaded = true;
}

/* The client, read once per statement (the memo). */
client_slot *
eng_client_of(statement_state *st, const char *bsn)
{
	Oid			argtype = TEXTOID;
	Datum		arg;
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	bool		known;
	client_slot *slot;

	if (strlen(bsn) >= CLIENT_KEY_SIZE)
		elog(ERROR, "BSN \"%s\" passed its format check", bsn);	/* cannot happen */
	slot = hash_search(st->clients, bsn, HASH_ENTER, &known);
	if (!known)
	{
		slot->found = slot->has_birth_date = slot->lives_at_home = false;
		slot->birth_date = 0;
		memset(&slot->debits, 0, sizeof(slot->debits));
		if (!st->clients_key.ready)
			eng_direct_index_setup(&st->clients_key, "clients", "clients_pkey");
		if (OidIsValid(st->clients_key.relid))
		{
			int32		value;
			TupleDesc	tdesc;

			/* the BSN passed its format check (FMT_BSN) before it gets here */
			if (pc_bsn_parse(bsn, strlen(bsn), &value) != PC_BSN_OK)
				elog(ERROR, "BSN \"%s\" passed its format check", bsn);
			arg = Int32GetDatum(value);
			tup = eng_direct_fetch(&st->clients_key, &arg, &tdesc);
			if (tup != NULL)
			{
				Datum		v = eng_direct_column(tup, tdesc, "birth_date", &isnull);

				slot->found = true;
				slot->has_birth_date = !isnull;
				slot->birth_date = isnull ? 0 : DatumGetDateADT(v);
				slot->lives_at_home = DatumGetBool(eng_direct_column(tup, tdesc, "lives_at_home", &isnull));
			}
			return slot;
		}
		arg = CStringGetTextDatum(bsn);
		if (run_probe(prepare(&plan_client, client_query(), 1, &argtype), &arg, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.clients");
		if (SPI_processed == 1)
		{
			tup = SPI_tuptable->vals[0];
			desc = SPI_tuptable->tupdesc;
			slot->found = true;
			slot->birth_date = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull));
			slot->has_birth_date = !isnull;
			slot->lives_at_home = DatumGetBool(SPI_getbinval(tup, desc, 2, &isnull));
		}
	}
	return slot;
}

/* The provider and domain of a declaration, read once per statement. */
header_slot *
eng_header_of(statement_state *st, int64 declaration_id)
{
	bool		known;
	header_slot *slot = hash_search(st->headers, &declaration_id, HASH_ENTER, &known);

	if (!known)
	{
		Oid			argtype = INT8OID;
		Datum		arg = Int64GetDatum(declaration_id);
		char	   *s;

		slot->agb[0] = slot->domain[0] = slot->gemeentecode[0] = '\0';
		if (!st->declarations_key.ready)
			eng_direct_index_setup(&st->declarations_key, "declarations", "declarations_pkey");
		if (OidIsValid(st->declarations_key.relid))
		{
			TupleDesc	desc;
			HeapTuple	tup = eng_direct_fetch(&st->declarations_key, &arg, &desc);
			char	   *v;

			if (tup != NULL)
			{
				v = eng_direct_text(st, tup, desc, "agb");
				strlcpy(slot->agb, v ? v : "", sizeof(slot->agb));
				v = eng_direct_text(st, tup, desc, "domain");
				strlcpy(slot->domain, v ? v : "", sizeof(slot->domain));
				v = eng_direct_text(st, tup, desc, "gemeentecode");
				strlcpy(slot->gemeentecode, v ? v : "", sizeof(slot->gemeentecode));
			}
			return slot;
		}
		if (run_probe(prepare(&plan_header_owner,
							  "SELECT agb, domain, gemeentecode FROM productcodes.declarations"
							  " WHERE declaration_id OPERATOR(pg_catalog.=) $1",
							  1, &argtype), &arg, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
		if (SPI_processed == 1)
		{
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			strlcpy(slot->agb, s ? s : "", sizeof(slot->agb));
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
			strlcpy(slot->domain, s ? s : "", sizeof(slot->domain));
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
			strlcpy(slot->gemeentecode, s ? s : "", sizeof(slot->gemeentecode));
		}
	}
	return slot;
}

/*
 * TR314: is there a row with this reference, of this provider and domain,
 * not set aside as unchecked?  Called with the reference's lock held.
 */
bool
eng_reference_used(statement_state *st, const char *referentie)
{
	Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
	Datum		args[3];

	if (OidIsValid(st->reference_index))
		return eng_reference_used_direct(st, referentie);
	args[0] = CStringGetTextDatum(referentie);
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	if (run_locked(prepare(&st->plan[Q_REFERENCE], st->sql[Q_REFERENCE], 3, argtypes), args, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", st->table);
	if (SPI_processed > 0)
		eng_check_snapshot(st, spi_xmin(0, 2), "The earlier row with this ReferentieNummer (TR314)",
						   referentie);
	return SPI_processed > 0;
}

/*
 * TR323 and TR390: the debit a credit points to (its allocation and
 * client, which the memo needs should the credit be accepted) and whether
 * an accepted credit cancels it already.  Called with the pc_allocation * locked, for a credit with a VorigReferentieNummer.
 */
void
eng_read_credit_target(statement_state *st, const pc_row *in, pc_credit_target *c)
{
	Oid			argtypes[4] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	Datum		args[4];
	bool		isnull;
	HeapTuple	tup;
	TupleDesc	desc;
	Datum		v;
	pc_row	   *d = &c->debit;

	args[0] = CStringGetTextDatum(in->vorig_referentie);
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	args[3] = CStringGetTextDatum(st->gemeentecode);
	if (run_locked(prepare(&st->plan[Q_CREDIT_TARGET], st->sql[Q_CREDIT_TARGET], 4, argtypes), args, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", st->table);
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	c->known = true;
	memset(d, 0, sizeof(*d));
	{
		char	   *gemeentecode = SPI_getvalue(tup, desc, 1);
		int64		toewijzing = DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));

		c->debit_found = gemeentecode != NULL;
		d->toewijzing = isnull ? 0 : toewijzing;
		if (gemeentecode != NULL && !isnull)
		{
			/* the ledger the debit is in, should this credit be accepted */
			st->credit_target_found = true;
			eng_allocation_key_of(&st->credit_target, gemeentecode, toewijzing);
		}
	}
	{
		char	   *bsn = SPI_getvalue(tup, desc, 3);

		strlcpy(st->credit_target_bsn, bsn && strlen(bsn) < CLIENT_KEY_SIZE ? bsn : "",
				CLIENT_KEY_SIZE);
		d->bsn = bsn;
	}
	SPI_getbinval(tup, desc, 4, &isnull);
	c->credited = !isnull;
	if (c->credited)
		eng_check_snapshot(st, spi_xmin(0, 4), "An accepted credit of the debit this row credits (TR390)",
						   NULL);
	if (!c->debit_found)
		return;
	eng_check_snapshot(st, spi_xmin(0, 13), "The debit this row credits (TR323)", in->vorig_referentie);
	/* the fields TR323 compares (SPI_getvalue copies live to the row's end) */
	d->category = SPI_getvalue(tup, desc, 5);
	v = SPI_getbinval(tup, desc, 6, &isnull);
	d->code = isnull ? -1 : DatumGetInt32(v);
	v = SPI_getbinval(tup, desc, 7, &isnull);
	d->period_start = isnull ? PG_INT32_MIN : DatumGetDateADT(v);
	v = SPI_getbinval(tup, desc, 8, &isnull);
	d->period_end = isnull ? PG_INT32_MIN : DatumGetDateADT(v);
	v = SPI_getbinval(tup, desc, 9, &isnull);
	d->volume = isnull ? -1 : DatumGetInt64(v);
	d->unit = SPI_getvalue(tup, desc, 10);
	v = SPI_getbinval(tup, desc, 11, &isnull);
	d->has_tariff = !isnull;
	d->tariff = isnull ? 0 : DatumGetInt64(v);
	v = SPI_getbinval(tup, desc, 12, &isnull);
	d->amount = isnull ? -1 : DatumGetInt64(v);
}

/*
 * The allocation's counted debits (TR321, TR322, TR369, TR389), once per
 * statement, with the allocation locked: on the table's indexes where it
 * has them, else with Q_ALLOCATION_LEDGER.
 */
void
eng_allocation_ledger(statement_state *st, allocation_slot *slot)
{
	if (!slot->debits.loaded && OidIsValid(st->allocation_index) &&
		OidIsValid(st->credit_index))
		eng_load_ledger_direct(st, &slot->debits, st->allocation_index, st->attnum[F_TOEWIJZING],
							   F_INT8EQ, InvalidOid, Int64GetDatum(slot->key.toewijzing),
							   slot->key.gemeentecode, slot->a.agb, slot->a.domain,
							   "A debit in the running total of the allocation");
	if (!slot->debits.loaded)
	{
		Oid			argtypes[4] = {TEXTOID, INT8OID, TEXTOID, TEXTOID};
		Datum		args[4];

		args[0] = CStringGetTextDatum(slot->key.gemeentecode);
		args[1] = Int64GetDatum(slot->key.toewijzing);
		args[2] = CStringGetTextDatum(slot->a.agb);
		args[3] = CStringGetTextDatum(slot->a.domain);
		load_ledger(st, &slot->debits, Q_ALLOCATION_LEDGER, 4, argtypes, args,
					"A debit in the running total of the allocation");
	}
}

/*
 * The client's counted debits (regional rules), once per statement, with
 * the client locked: on the table's indexes, else with Q_CLIENT_LEDGER.
 */
void
eng_client_ledger(statement_state *st, client_slot *slot, const char *bsn)
{
	if (!slot->debits.loaded && OidIsValid(st->client_index) && OidIsValid(st->credit_index))
		eng_load_ledger_direct(st, &slot->debits, st->client_index, st->attnum[F_BSN], F_TEXTEQ,
							   st->client_collation, PointerGetDatum(cstring_to_text(bsn)),
							   NULL, NULL, NULL, "A debit in the client's running total");
	if (!slot->debits.loaded)
	{
		Oid			argtype = TEXTOID;
		Datum		arg = CStringGetTextDatum(bsn);

		load_ledger(st, &slot->debits, Q_CLIENT_LEDGER, 1, &argtype, &arg,
					"A debit in the client's running total");
	}
}
