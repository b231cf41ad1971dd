/*
 * engine_direct.c
 *		Reading on indexes without SPI: the extension's allocations,
 *		clients and declarations by their unique keys, and the guarded
 *		table's rows by reference, previous reference, allocation number or
 *		BSN (TR314, the ledgers).
 *
 * An SQL query costs an executor start-up and shutdown, more than the
 * index probe itself; where a direct read sees exactly what the query
 * would (no row-level security, the right to read, an index that finds
 * what "=" finds), the engine reads directly and otherwise asks with SPI
 * (engine_read.c).
 */
#include "engine.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_opfamily.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"

#include "pc_core.h"

/*
 * May the engine read this table's indexes itself?  Reading them directly
 * bypasses what an SQL query would apply: row-level security
 * (municipalities apart) and the privilege to read the table.  Where
 * either matters, the SQL queries stay.
 */
bool
eng_direct_reads_allowed(Oid relid)
{
	return check_enable_rls(relid, InvalidOid, true) != RLS_ENABLED &&
		pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) == ACLCHECK_OK;
}

void
eng_direct_index_setup(direct_index *d, const char *table, const char *index)
{
	Oid			nsp = get_namespace_oid("productcodes", false);
	Relation	idx;
	int			i;

	d->ready = true;
	d->relid = get_relname_relid(table, nsp);
	d->indexid = get_relname_relid(index, nsp);
	if (!OidIsValid(d->relid) || !OidIsValid(d->indexid) || !eng_direct_reads_allowed(d->relid))
	{
		d->relid = InvalidOid;
		return;
	}
	idx = index_open(d->indexid, AccessShareLock);
	d->nkeys = Min(idx->rd_index->indnkeyatts, 2);
	for (i = 0; i < d->nkeys; i++)
	{
		Oid			type = idx->rd_opcintype[i];
		Oid			op = get_opfamily_member(idx->rd_opfamily[i], type, type, BTEqualStrategyNumber);

		d->heap_att[i] = idx->rd_index->indkey.values[i];
		d->eq[i] = get_opcode(op);
		d->collation[i] = idx->rd_indcollation[i];
		if (!OidIsValid(op) || d->heap_att[i] == 0)
			d->relid = InvalidOid;	/* not what we expect: the SQL query */
	}
	index_close(idx, AccessShareLock);
}

/*
 * The row of a direct_index with these key values, copied into the
 * current memory context (NULL when there is none), with the table's
 * descriptor.  SnapshotSelf: what others committed and this transaction's
 * own rows, as the SQL query's fresh snapshot would see.
 */
HeapTuple
eng_direct_fetch(const direct_index *d, const Datum *values, TupleDesc *desc)
{
	Relation	rel = table_open(d->relid, AccessShareLock);
	ScanKeyData keys[2];
	SysScanDesc scan;
	HeapTuple	tup;
	int			i;

	for (i = 0; i < d->nkeys; i++)
		ScanKeyEntryInitialize(&keys[i], 0, d->heap_att[i], BTEqualStrategyNumber, InvalidOid,
							   d->collation[i], d->eq[i], values[i]);
	scan = systable_beginscan(rel, d->indexid, true, SnapshotSelf, d->nkeys, keys);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		tup = heap_copytuple(tup);
	systable_endscan(scan);
	*desc = CreateTupleDescCopy(RelationGetDescr(rel));
	table_close(rel, AccessShareLock);
	return tup;
}

/* a column of a row from eng_direct_fetch, by name */
Datum
eng_direct_column(HeapTuple tup, TupleDesc desc, const char *name, bool *isnull)
{
	int			i;

	for (i = 0; i < desc->natts; i++)
		if (!TupleDescAttr(desc, i)->attisdropped &&
			strcmp(NameStr(TupleDescAttr(desc, i)->attname), name) == 0)
			return heap_getattr(tup, i + 1, desc, isnull);
	elog(ERROR, "productcodes: column %s not found", name);
	return (Datum) 0;			/* keep the compiler quiet */
}

char *
eng_direct_text(const statement_state *st, HeapTuple tup, TupleDesc desc, const char *name)
{
	bool		isnull;
	Datum		d = eng_direct_column(tup, desc, name, &isnull);

	return isnull ? NULL : eng_memo_strdup(st, TextDatumGetCString(d));
}

/* The allocation from the table's unique index, without SPI. */
void
eng_read_allocation_direct(statement_state *st, const pc_row *in, pc_allocation *m)
{
	Datum		key[2];
	TupleDesc	desc;
	HeapTuple	tup;
	bool		isnull;
	Datum		v;

	key[0] = CStringGetTextDatum(st->gemeentecode);
	key[1] = Int64GetDatum(in->toewijzing);
	tup = eng_direct_fetch(&st->allocations_key, key, &desc);
	if (tup == NULL)
		return;
	m->found = true;
	v = eng_direct_column(tup, desc, "bsn", &isnull);
	if (!isnull)
	{
		char		bsn[PC_BSN_DIGITS + 1];

		pc_bsn_format(DatumGetInt32(v), bsn);
		m->bsn = eng_memo_strdup(st, bsn);
	}
	m->category = eng_direct_text(st, tup, desc, "category");
	v = eng_direct_column(tup, desc, "code", &isnull);
	m->has_code = !isnull;
	m->code = isnull ? 0 : DatumGetInt32(v);
	m->unit = eng_direct_text(st, tup, desc, "unit");
	m->start_date = DatumGetDateADT(eng_direct_column(tup, desc, "start_date", &isnull));
	v = eng_direct_column(tup, desc, "end_date", &isnull);
	m->has_end = !isnull;
	m->end_date = isnull ? 0 : DatumGetDateADT(v);
	m->deleted = DatumGetBool(eng_direct_column(tup, desc, "deleted", &isnull));
	v = eng_direct_column(tup, desc, "volume", &isnull);
	m->has_volume = !isnull;
	m->volume = isnull ? 0 : DatumGetInt64(v);
	m->frequency = eng_direct_text(st, tup, desc, "frequency");
	v = eng_direct_column(tup, desc, "budget_cents", &isnull);
	m->has_budget = !isnull;
	m->budget = isnull ? 0 : DatumGetInt64(v);
	m->agb = eng_direct_text(st, tup, desc, "agb");
	m->domain = eng_direct_text(st, tup, desc, "domain");
}

/*
 * Does the index hold every row an equality search on its first column can
 * find?  Yes without a predicate, and with "column IS NOT NULL" (as the
 * credit index has): equality never finds a NULL.
 */
static bool
index_covers_equality(Relation idx, int attnum)
{
	List	   *pred;
	NullTest   *test;

	if (heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL))
		return true;
	pred = RelationGetIndexPredicate(idx);
	if (list_length(pred) != 1 || !IsA(linitial(pred), NullTest))
		return false;
	test = (NullTest *) linitial(pred);
	return test->nulltesttype == IS_NOT_NULL && !test->argisrow &&
		IsA(test->arg, Var) && ((Var *) test->arg)->varattno == attnum;
}

/*
 * A valid btree index of rel whose first column is attnum, that holds all
 * rows such a column can match, with the standard operators of opfamily
 * and, for text, a deterministic collation: an index scan for equality
 * then finds exactly the rows "=" would.  InvalidOid when there is none;
 * the engine then asks with SPI.
 */
static Oid
find_index(Relation rel, int attnum, Oid opfamily, Oid *collation)
{
	List	   *indexes = RelationGetIndexList(rel);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);
		Form_pg_index form = idx->rd_index;

		if (!OidIsValid(found) &&
			idx->rd_rel->relam == BTREE_AM_OID && form->indisvalid &&
			form->indkey.values[0] == attnum &&
			index_covers_equality(idx, attnum) &&
			idx->rd_opfamily[0] == opfamily &&
			(opfamily != TEXT_BTREE_FAM_OID ||
			 (OidIsValid(idx->rd_indcollation[0]) &&
			  get_collation_isdeterministic(idx->rd_indcollation[0]))))
		{
			found = RelationGetRelid(idx);
			*collation = idx->rd_indcollation[0];
		}
		index_close(idx, AccessShareLock);
	}
	list_free(indexes);
	return found;
}

static Oid
find_text_index(Relation rel, int attnum, Oid *collation)
{
	Oid			type = TupleDescAttr(RelationGetDescr(rel), attnum - 1)->atttypid;

	if (type != TEXTOID && type != VARCHAROID)
		return InvalidOid;
	return find_index(rel, attnum, TEXT_BTREE_FAM_OID, collation);
}

void
eng_find_indexes(statement_state *st, Relation rel)
{
	Oid			unused;

	st->reference_index = st->credit_index = st->client_index = st->allocation_index = InvalidOid;
	if (!eng_direct_reads_allowed(RelationGetRelid(rel)))
		return;

	st->reference_index = find_text_index(rel, st->attnum[F_REFERENTIE], &st->reference_collation);
	st->credit_index = find_text_index(rel, st->attnum[F_VORIG_REFERENTIE], &st->credit_collation);
	st->client_index = find_text_index(rel, st->attnum[F_BSN], &st->client_collation);
	st->allocation_index = InvalidOid;
	if (TupleDescAttr(RelationGetDescr(rel), st->attnum[F_TOEWIJZING] - 1)->atttypid == INT8OID)
		st->allocation_index = find_index(rel, st->attnum[F_TOEWIJZING], INTEGER_BTREE_FAM_OID, &unused);
}

/*
 * TR314 on the reference index, without SPI: is there a row with this
 * reference, of this provider and domain, not set aside as unchecked?  It
 * reads with SnapshotSelf, which sees what others committed and all this
 * transaction's rows, this statement's too; the reference's lock is held,
 * so no other transaction can be adding one meanwhile (and under
 * REPEATABLE READ or SERIALIZABLE, eng_check_snapshot refuses a row one
 * committed after the snapshot).  This is
 * what Q_REFERENCE asks, at a fraction of an executor start-up.
 */
bool
eng_reference_used_direct(statement_state *st, const char *referentie)
{
	Relation	rel = table_open(st->relid, AccessShareLock);
	TupleDesc	desc = RelationGetDescr(rel);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		used = false;

	ScanKeyEntryInitialize(&key, 0, st->attnum[F_REFERENTIE], BTEqualStrategyNumber,
						   InvalidOid, st->reference_collation, F_TEXTEQ,
						   PointerGetDatum(cstring_to_text(referentie)));
	scan = systable_beginscan(rel, st->reference_index, true, SnapshotSelf, 1, &key);
	while (!used && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = eng_get_text(tup, desc, st->attnum[F_STATUS], &isnull);
		int64		declaration_id;
		header_slot *h;

		if (isnull || strcmp(status, "unchecked") == 0)
			continue;
		declaration_id = eng_get_int(tup, desc, st->attnum[F_DECLARATION_ID], &isnull);
		if (isnull)
			continue;
		h = eng_header_of(st, declaration_id);
		used = strcmp(h->agb, st->agb) == 0 && strcmp(h->domain, st->domain) == 0;
		if (used)
			eng_check_snapshot(st, HeapTupleHeaderGetXmin(tup->t_data),
							   "The earlier row with this ReferentieNummer (TR314)", referentie);
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return used;
}

/*
 * Is the debit with this reference (of this provider and domain) cancelled
 * by an accepted credit?  NOT_CREDITED, on the credit index.
 */
static bool
credited(statement_state *st, Relation rel, const char *referentie, const char *agb,
		 const char *domain)
{
	TupleDesc	desc = RelationGetDescr(rel);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	ScanKeyEntryInitialize(&key, 0, st->attnum[F_VORIG_REFERENTIE], BTEqualStrategyNumber,
						   InvalidOid, st->credit_collation, F_TEXTEQ,
						   PointerGetDatum(cstring_to_text(referentie)));
	scan = systable_beginscan(rel, st->credit_index, true, SnapshotSelf, 1, &key);
	while (!found && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = eng_get_text(tup, desc, st->attnum[F_STATUS], &isnull);
		char	   *dc = isnull ? NULL : eng_get_text(tup, desc, st->attnum[F_DC], &isnull);
		int64		declaration_id = isnull ? 0 : eng_get_int(tup, desc, st->attnum[F_DECLARATION_ID], &isnull);
		header_slot *h;

		if (isnull || strcmp(status, "accepted") != 0 || strcmp(dc, "C") != 0)
			continue;
		h = eng_header_of(st, declaration_id);
		found = strcmp(h->agb, agb) == 0 && strcmp(h->domain, domain) == 0;
	}
	systable_endscan(scan);
	return found;
}

/*
 * Read a ledger on the table's own indexes, without SPI: the rows whose
 * column attnum equals key (allocation number or BSN), as Q_ALLOCATION_LEDGER
 * and Q_CLIENT_LEDGER select them: accepted debits, not credited, and for
 * an allocation of the right municipality, provider and domain.  SnapshotSelf, as in
 * eng_reference_used_direct: the lock is held.  What names the ledger for
 * eng_check_snapshot.
 */
void
eng_load_ledger_direct(statement_state *st, ledger *l, Oid index, int attnum, RegProcedure eq,
					   Oid collation, Datum key_value, const char *gemeentecode,
					   const char *agb, const char *domain, const char *what)
{
	Relation	rel = table_open(st->relid, AccessShareLock);
	TupleDesc	desc = RelationGetDescr(rel);
	const int  *att = st->attnum;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;

	ScanKeyEntryInitialize(&key, 0, attnum, BTEqualStrategyNumber, InvalidOid, collation, eq,
						   key_value);
	scan = systable_beginscan(rel, index, true, SnapshotSelf, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = eng_get_text(tup, desc, att[F_STATUS], &isnull);
		char	   *dc = isnull ? NULL : eng_get_text(tup, desc, att[F_DC], &isnull);
		int64		declaration_id;
		char	   *referentie;
		char	   *unit;
		header_slot *h;
		pc_ledger_entry e;
		Datum		v;

		if (isnull || strcmp(status, "accepted") != 0 || strcmp(dc, "D") != 0)
			continue;
		declaration_id = eng_get_int(tup, desc, att[F_DECLARATION_ID], &isnull);
		if (isnull)
			continue;
		h = eng_header_of(st, declaration_id);
		if (gemeentecode != NULL && strcmp(h->gemeentecode, gemeentecode) != 0)
			continue;
		if ((agb != NULL && strcmp(h->agb, agb) != 0) ||
			(domain != NULL && strcmp(h->domain, domain) != 0))
			continue;
		referentie = eng_get_text(tup, desc, att[F_REFERENTIE], &isnull);
		if (isnull || credited(st, rel, referentie, h->agb, h->domain))
			continue;

		e.referentie = eng_memo_strdup(st, referentie);
		e.agb = eng_memo_intern(st, h->agb);
		e.domain = eng_memo_intern(st, h->domain);
		e.category = eng_memo_intern(st, eng_get_text(tup, desc, att[F_CATEGORY], &isnull));
		v = heap_getattr(tup, att[F_PERIOD_START], desc, &isnull);
		e.has_start = !isnull;
		e.period_start = isnull ? 0 : DatumGetDateADT(v);
		v = heap_getattr(tup, att[F_PERIOD_END], desc, &isnull);
		e.has_end = !isnull;
		e.period_end = isnull ? 0 : DatumGetDateADT(v);
		e.volume = eng_get_int(tup, desc, att[F_VOLUME], &isnull);
		unit = eng_get_text(tup, desc, att[F_UNIT], &isnull);
		e.unit_kind = unit == NULL ? PC_LEDGER_NO_UNIT :
			strcmp(unit, PC_UNIT_MINUTE) == 0 ? PC_LEDGER_MINUTES : PC_LEDGER_UNITS;
		e.amount = eng_get_int(tup, desc, att[F_AMOUNT], &isnull);
		v = heap_getattr(tup, att[F_CODE], desc, &isnull);
		e.has_code = !isnull;
		e.code = isnull ? 0 : DatumGetInt32(v);
		eng_check_snapshot(st, HeapTupleHeaderGetXmin(tup->t_data), what, e.referentie);
		eng_ledger_append(st, l, eng_copy_entry(st, &e));
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	l->loaded = true;
}
