/*
 * outcome_guard.c
 *		Only the checks write a row's outcome.
 *
 * A declaration row's outcome (status, errors, warnings, checked_at,
 * ruleset) is set by the engine when the row is inserted, and again by
 * revalidate().  revalidate() needs UPDATE on the table, and with it any
 * role could otherwise set status = 'accepted' itself, directly or with
 * INSERT ... ON CONFLICT DO UPDATE, or change a checked row's amount and
 * keep its outcome.  The same holds for a staged row's outcome.
 *
 * guard_outcome() is a BEFORE UPDATE row trigger on declaration_rows and
 * staged_rows that refuses every change to a row (an UPDATE that leaves
 * the row as it was passes) unless the extension's own C code allowed it
 * with pc_outcome_guard_allow(): revalidate() and the staging trigger do,
 * for their own fixed statements.  The permission is a backend-local stack
 * of entries, each popped when the memory context it was made in goes
 * (SPI_finish), or when the (sub)transaction it was made in aborts, so an
 * error caught in a PL/pgSQL block cannot leave it open.  Nobody else, not
 * the owner nor a superuser, changes outcomes; the owner can still drop or
 * disable the trigger, as any trigger.  Written in C because the
 * permission must be something SQL cannot set.
 */
#include "pc_pg.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "outcome_guard.h"

PG_FUNCTION_INFO_V1(guard_outcome);

#define MAX_ALLOWS 16

typedef struct allow_entry
{
	int			nest_level;		/* of the (sub)transaction that allowed */
	uint64		generation;
} allow_entry;

typedef struct allow_callback
{
	MemoryContextCallback cb;
	int			index;
	uint64		generation;
} allow_callback;

static allow_entry allows[MAX_ALLOWS];
static int	n_allows = 0;
static uint64 next_generation = 0;
static bool callbacks_registered = false;

/* the context the permission was made in goes: pop it (and any inside it) */
static void
allow_context_gone(void *arg)
{
	allow_callback *c = (allow_callback *) arg;

	if (c->index < n_allows && allows[c->index].generation == c->generation)
		n_allows = c->index;
}

static void
guard_xact_callback(XactEvent event, void *arg)
{
	/* every permission ends with its transaction, however it ends */
	n_allows = 0;
}

static void
guard_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB)
	{
		int			level = GetCurrentTransactionNestLevel();

		while (n_allows > 0 && allows[n_allows - 1].nest_level >= level)
			n_allows--;
	}
}

void
pc_outcome_guard_allow(void)
{
	allow_callback *c;

	if (!callbacks_registered)
	{
		RegisterXactCallback(guard_xact_callback, NULL);
		RegisterSubXactCallback(guard_subxact_callback, NULL);
		callbacks_registered = true;
	}
	if (n_allows >= MAX_ALLOWS)
		elog(ERROR, "productcodes: outcome writes allowed too deeply nested");
	c = MemoryContextAlloc(CurrentMemoryContext, sizeof(allow_callback));
	c->index = n_allows;
	c->generation = ++next_generation;
	c->cb.func = allow_context_gone;
	c->cb.arg = c;
	allows[n_allows].nest_level = GetCurrentTransactionNestLevel();
	allows[n_allows].generation = c->generation;
	n_allows++;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &c->cb);
}

bool
pc_outcome_guard_allowed(void)
{
	return n_allows > 0;
}

/* The first column whose value the update changes, or 0. */
static int
changed_column(TupleDesc desc, HeapTuple old_tuple, HeapTuple new_tuple)
{
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		bool		old_null;
		bool		new_null;
		Datum		old_value;
		Datum		new_value;

		if (att->attisdropped)
			continue;
		old_value = heap_getattr(old_tuple, i + 1, desc, &old_null);
		new_value = heap_getattr(new_tuple, i + 1, desc, &new_null);
		if (old_null != new_null)
			return i + 1;
		if (!old_null && !datum_image_eq(old_value, new_value, att->attbyval, att->attlen))
			return i + 1;
	}
	return 0;
}

Datum
guard_outcome(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	int			changed;
	bool		key_null;
	Datum		key;
	Oid			key_out;
	bool		key_varlena;
	bool		is_staged;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "guard_outcome()")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired BEFORE UPDATE FOR EACH ROW", "guard_outcome()")));

	if (pc_outcome_guard_allowed())
		return PointerGetDatum(trigdata->tg_newtuple);

	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);
	changed = changed_column(desc, trigdata->tg_trigtuple, trigdata->tg_newtuple);
	if (changed == 0)
		return PointerGetDatum(trigdata->tg_newtuple);

	/* the row's key (its first column) for the message */
	key = heap_getattr(trigdata->tg_trigtuple, 1, desc, &key_null);
	getTypeOutputInfo(TupleDescAttr(desc, 0)->atttypid, &key_out, &key_varlena);
	is_staged = strcmp(RelationGetRelationName(rel), "staged_rows") == 0;
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("the row of %s with %s %s cannot be changed: its outcome is set by its checks",
					RelationGetRelationName(rel), NameStr(TupleDescAttr(desc, 0)->attname),
					key_null ? "NULL" : OidOutputFunctionCall(key_out, key)),
			 errdetail("The update would change column %s. Only the checks write a row's outcome (status, errors, warnings, checked_at, ruleset), and a checked row's fields are the ones its outcome is for.",
					   NameStr(TupleDescAttr(desc, changed - 1)->attname)),
			 is_staged ?
			 errhint("A staged row is kept as it came in; stage a corrected row as a new row.") :
			 errhint("To check rows again after a fix of the catalogue, an allocation, a tariff or a setting, call productcodes.revalidate(declaration_id); a sent row is corrected with a credit row and a new row.")));
	return (Datum) 0;			/* not reached */
}
