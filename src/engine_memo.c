/*
 * engine_memo.c
 *		What a statement remembers from row to row: allocations, clients,
 *		headers and their ledgers of counted debits, and interned strings.
 */
#include "engine.h"

#include "utils/memutils.h"


/*
 * What a statement remembers of allocations, their counted debits and
 * clients.
 *
 * A load checks many rows of one allocation, and asking the tables again
 * for every row (an SPI query each: the executor's start-up and shutdown
 * cost more than the index probe itself) was most of the time a row took.
 * So the trigger reads an allocation once per statement, and its counted
 * debits (the ledger) once, after taking the allocation's advisory lock:
 * from then on no other transaction can add rows to that allocation until
 * this one ends, and the statement keeps the ledger current itself with
 * the rows it accepts (an accepted debit is added, an accepted credit
 * takes out the debit it cancels).  Allocations and clients are read as
 * they were when the statement first needed them, as the catalogue is.
 *
 * The memory is bounded by productcodes.memo_limit (256 MB by default;
 * about 230 bytes a row while a statement holds it all, so a COPY of a
 * region's year, a million rows, fits): past it all is forgotten and read
 * again when needed.  Only the trigger keeps the memo from row to row;
 * check_row() and revalidate() read afresh for each row.
 */
#define MEMO_LIMIT	((Size) pc_memo_limit_kb * 1024)

#define INTERNED_SIZE	32		/* eng_memo_intern */

void
eng_memo_forget(statement_state *st)
{
	if (st->memo_cxt)
		MemoryContextReset(st->memo_cxt);
	st->allocations = NULL;
	st->clients = NULL;
	st->headers = NULL;
	st->strings = NULL;
	st->row_slot = NULL;
}

static HTAB *
memo_table(const char *name, MemoryContext cxt, Size keysize, Size entrysize, int keykind)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = keysize;
	ctl.entrysize = entrysize;
	ctl.hcxt = cxt;
	return hash_create(name, 256, &ctl, HASH_ELEM | keykind | HASH_CONTEXT);
}

/* Before each row: a memo to use, forgotten when not kept or too large. */
void
eng_memo_prepare_row(statement_state *st, MemoryContext parent)
{
	if (st->memo_cxt == NULL)
		st->memo_cxt = AllocSetContextCreate(parent, "productcodes statement memo",
											 ALLOCSET_DEFAULT_SIZES);
	else if (!st->keep_memo)
		eng_memo_forget(st);
	else if (MemoryContextMemAllocated(st->memo_cxt, true) > MEMO_LIMIT)
	{
		elog(DEBUG1, "productcodes: the statement's memo passed productcodes.memo_limit and is forgotten");
		eng_memo_forget(st);
	}
	st->row_slot = NULL;
	st->credit_target_found = false;
	if (st->allocations == NULL)
	{
		st->allocations = memo_table("productcodes allocations", st->memo_cxt,
									 sizeof(allocation_key), sizeof(allocation_slot), HASH_BLOBS);
		st->clients = memo_table("productcodes clients", st->memo_cxt,
								 CLIENT_KEY_SIZE, sizeof(client_slot), HASH_STRINGS);
		st->headers = memo_table("productcodes headers", st->memo_cxt,
								 sizeof(int64), sizeof(header_slot), HASH_BLOBS);
		st->strings = memo_table("productcodes strings", st->memo_cxt,
								 INTERNED_SIZE, INTERNED_SIZE, HASH_STRINGS);
	}
}

void
eng_allocation_key_of(allocation_key *key, const char *gemeentecode, int64 toewijzing)
{
	memset(key, 0, sizeof(*key));	/* the key is hashed as bytes */
	strlcpy(key->gemeentecode, gemeentecode, sizeof(key->gemeentecode));
	key->toewijzing = toewijzing;
}

char *
eng_memo_strdup(const statement_state *st, const char *s)
{
	return s ? MemoryContextStrdup(st->memo_cxt, s) : NULL;
}

void
eng_ledger_append(const statement_state *st, ledger *l, pc_ledger_entry *e)
{
	if (l->n_entries == l->max_entries)
	{
		l->max_entries = Max(4, l->max_entries * 2);
		l->entries = l->entries == NULL
			? MemoryContextAlloc(st->memo_cxt, sizeof(pc_ledger_entry *) * l->max_entries)
			: repalloc(l->entries, sizeof(pc_ledger_entry *) * l->max_entries);
	}
	l->entries[l->n_entries++] = e;
}

pc_ledger_entry *
eng_copy_entry(const statement_state *st, const pc_ledger_entry *e)
{
	pc_ledger_entry *copy = MemoryContextAlloc(st->memo_cxt, sizeof(pc_ledger_entry));

	*copy = *e;
	return copy;
}

/*
 * Provider, domain and category repeat across thousands of entries: one
 * copy each (a value too long for the table is copied as it is).
 */

char *
eng_memo_intern(statement_state *st, const char *s)
{
	char	   *copy;

	if (s == NULL)
		return NULL;
	if (strlen(s) >= INTERNED_SIZE)
		return eng_memo_strdup(st, s);
	copy = hash_search(st->strings, s, HASH_ENTER, NULL);
	return copy;				/* the entry is its key */
}

/* Take out the debit an accepted credit cancels. */
static void
ledger_remove(ledger *l, const char *referentie, const char *agb, const char *domain)
{
	int			i;

	if (!l->loaded)
		return;
	for (i = l->n_entries - 1; i >= 0; i--)
	{
		pc_ledger_entry *e = l->entries[i];

		if (strcmp(e->referentie, referentie) == 0 &&
			strcmp(e->agb, agb) == 0 && strcmp(e->domain, domain) == 0)
			l->entries[i] = l->entries[--l->n_entries];
	}
}

/*
 * After the row's outcome: keep the ledgers this statement holds as the
 * table now is.  An accepted debit is counted on its allocation; an
 * accepted credit takes out the debit it cancels (the same reference,
 * provider and domain).
 */
void
eng_memo_record_outcome(statement_state *st, const pc_row *in, bool accepted)
{
	client_slot *client = NULL;

	if (!accepted || st->allocations == NULL)
		return;
	if (strcmp(in->dc, "D") == 0)
	{
		pc_ledger_entry e;
		pc_ledger_entry *shared;

		e.referentie = eng_memo_strdup(st, in->referentie);
		e.agb = eng_memo_intern(st, st->agb);
		e.domain = eng_memo_intern(st, st->domain);
		e.category = eng_memo_intern(st, in->category);
		e.has_code = true;
		e.code = in->code;
		e.has_start = e.has_end = true;
		e.period_start = in->period_start;
		e.period_end = in->period_end;
		e.unit_kind = pc_unit_is(in->unit, PC_UNIT_MINUTE) ? PC_LEDGER_MINUTES : PC_LEDGER_UNITS;
		e.volume = in->volume;
		e.amount = in->amount;
		shared = eng_copy_entry(st, &e);
		if (st->row_slot != NULL && st->row_slot->debits.loaded)
			eng_ledger_append(st, &st->row_slot->debits, shared);
		if (strlen(in->bsn) < CLIENT_KEY_SIZE)
			client = hash_search(st->clients, in->bsn, HASH_FIND, NULL);
		if (client != NULL && client->debits.loaded)
			eng_ledger_append(st, &client->debits, shared);
	}
	else if (strcmp(in->dc, "C") == 0 && st->credit_target_found && in->vorig_referentie)
	{
		allocation_slot *slot = hash_search(st->allocations, &st->credit_target, HASH_FIND, NULL);

		if (slot != NULL)
			ledger_remove(&slot->debits, in->vorig_referentie, st->agb, st->domain);
		if (st->credit_target_bsn[0] != '\0')
			client = hash_search(st->clients, st->credit_target_bsn, HASH_FIND, NULL);
		if (client != NULL)
			ledger_remove(&client->debits, in->vorig_referentie, st->agb, st->domain);
	}
}

