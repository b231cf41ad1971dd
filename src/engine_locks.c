/*
 * engine_locks.c
 *		The locks that serialise the checks of rows sharing an allocation, a
 *		client or a ReferentieNummer, and what REPEATABLE READ and
 *		SERIALIZABLE add: a row must not count what its snapshot cannot see.
 *
 * Locks.  Before the engine reads a running total (or TR314's "used
 * before", or the debit a credit cancels) it takes a transaction-scoped
 * lock on a key of it, so a second load waits for the first to commit or
 * roll back and then counts what the first committed.  The key is one of
 * LOCK_BUCKETS buckets of a hash of the allocation, the BSN or the
 * reference, so a load holds at most 4 x LOCK_BUCKETS lock-table entries
 * however many rows it has (one key per allocation ran out of shared memory
 * at about 8,000 allocations in one transaction).  A bucket shared by two
 * keys only makes a load wait, never count wrongly.
 *
 * The locks are PostgreSQL object locks in the class of extensions
 * (pg_locks: locktype "object", classid pg_extension, objsubid 1 + space x
 * LOCK_BUCKETS + bucket), with objid the guarded table's OID (its rows'
 * running totals are its own: a table of one's own with the trigger does
 * not share the locks of declaration_rows) or, for imports, the
 * extension's.  They are not advisory locks: any role may take any
 * advisory lock, and one that held the engine's keys could stall every
 * load.  No SQL command locks a sub-object of an extension, so only the
 * engine's writing checks (the trigger, revalidate(), not the what-if
 * check_row()) and, for imports, a role that may import
 * (productcodes.lock_import) take these.  They join PostgreSQL's deadlock
 * detection like any lock.
 *
 * Snapshots.  Under READ COMMITTED each read after the wait takes a new
 * snapshot (the direct reads use SnapshotSelf), so a row committed by the
 * transaction waited for is counted.  REPEATABLE READ and SERIALIZABLE keep
 * the snapshot taken when the transaction began, and SSI cannot see a
 * conflict with a READ COMMITTED load or with the engine's direct reads,
 * which take no predicate locks.  So there the engine reads what is
 * committed (as READ COMMITTED would) and refuses, with SQLSTATE 40001, a
 * row whose check counts a row that a transaction committed after the
 * snapshot: the application retries, as it must for any serialization
 * failure, and the retry's snapshot sees the row.
 */
#include "engine.h"

#include "access/transam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#define LOCK_BUCKETS		1024

static void
lock_bucket(Oid space_owner, eng_lock_space space, const char *key, size_t len)
{
	uint32		hash = hash_bytes((const unsigned char *) key, (int) len);
	LOCKTAG		tag;

	SET_LOCKTAG_OBJECT(tag, MyDatabaseId, ExtensionRelationId, space_owner,
					   1 + (uint16) space * LOCK_BUCKETS + (uint16) (hash % LOCK_BUCKETS));
	(void) LockAcquire(&tag, ExclusiveLock, false, false);
}

/*
 * The lock of a key in a space, for the rows of the guarded table st->relid
 * (their running totals are the table's own); none for check_row().
 */
void
eng_lock_key(statement_state *st, eng_lock_space space, const char *key)
{
	if (st->takes_locks)
		lock_bucket(st->relid, space, key, strlen(key));
}

/*
 * productcodes.lock_import(key text): the lock of one message's sender and
 * identification for import_message() (space LOCK_IMPORT), for roles that
 * may insert received messages; others get 42501, so a role that cannot
 * import cannot stall an import either.
 */
PG_FUNCTION_INFO_V1(lock_import);
Datum
lock_import(PG_FUNCTION_ARGS)
{
	text	   *key = PG_GETARG_TEXT_PP(0);
	Oid			extension = get_extension_oid("productcodes", false);
	Oid			messages = get_relname_relid("messages", get_namespace_oid("productcodes", false));

	if (!OidIsValid(messages) ||
		pg_class_aclcheck(messages, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to take the import lock \"%s\"", text_to_cstring(key)),
				 errdetail("Only a role with INSERT on productcodes.messages may import messages."),
				 errhint("Grant the role the privileges of a loader (README: roles).")));
	lock_bucket(extension, ENG_LOCK_IMPORT, VARDATA_ANY(key), VARSIZE_ANY_EXHDR(key));
	PG_RETURN_VOID();
}

/*
 * A row that counts for the current row's check was read with the latest
 * snapshot; under REPEATABLE READ and SERIALIZABLE, refuse the check when
 * the transaction's own snapshot does not see it (committed since).  What
 * names the counted row ("A debit in the running total of the
 * allocation"), other its ReferentieNummer (or NULL).
 */
void
eng_check_snapshot(const statement_state *st, TransactionId xmin, const char *what,
				   const char *other)
{
	const char *level;

	if (!IsolationUsesXactSnapshot() || !TransactionIdIsNormal(xmin) ||
		TransactionIdIsCurrentTransactionId(xmin) ||
		!XidInMVCCSnapshot(xmin, GetTransactionSnapshot()))
		return;
	level = XactIsoLevel == XACT_SERIALIZABLE ? "SERIALIZABLE" : "REPEATABLE READ";
	ereport(ERROR,
			(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
			 errmsg("could not serialize the check of declaration row \"%s\" with a concurrent load",
					st->current_referentie ? st->current_referentie : ""),
			 other ?
			 errdetail("%s (ReferentieNummer \"%s\") was committed by a transaction after this %s transaction took its snapshot.",
					   what, other, level) :
			 errdetail("%s was committed by a transaction after this %s transaction took its snapshot.",
					   what, level),
			 errhint("Retry the transaction: its new snapshot sees that row.")));
}

/* The latest snapshot for a read under the lock, InvalidSnapshot in READ COMMITTED. */
Snapshot
eng_read_snapshot(void)
{
	return IsolationUsesXactSnapshot() ? GetLatestSnapshot() : InvalidSnapshot;
}
