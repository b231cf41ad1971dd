/*
 * shipped_guard.c
 *		Trigger that keeps the rows shipped with the extension read-only.
 *
 * Shipped rows (shipped = true) are inserted by productcodes.install()
 * (before this trigger exists on the table) and kept up to date by the
 * extension's upgrade scripts.  A user's change to one would be reverted,
 * or would stop an upgrade; so outside ALTER EXTENSION such changes are
 * refused, and a user cannot mark a row of their own as shipped either.
 * Written in C because only C can see whether an extension script is
 * running (creating_extension).
 */
#include "pc_pg.h"

#include "access/htup_details.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(protect_shipped_rows);

#define SHIPPED_HINT \
	"Shipped rows are the extension's: its upgrades bring them up to date, so a change to one would be reverted. Add a row of your own instead, such as a new catalogue or a new version of the product with its own validity."

static bool
tuple_is_shipped(HeapTuple tuple, TupleDesc tupdesc, Relation rel)
{
	int			attnum = SPI_fnumber(tupdesc, "shipped");
	bool		isnull;
	Datum		value;

	if (attnum <= 0 || TupleDescAttr(tupdesc, attnum - 1)->atttypid != BOOLOID)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("table \"%s\" has no boolean column \"shipped\"",
						RelationGetRelationName(rel)),
				 errhint("protect_shipped_rows() guards only the catalogue tables of productcodes.")));
	value = heap_getattr(tuple, attnum, tupdesc, &isnull);
	return !isnull && DatumGetBool(value);
}

static void
refuse(const char *action, Relation rel)
{
	ereport(ERROR,
			(errcode(ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION),
			 errmsg("cannot %s a row of \"%s.%s\" that was shipped with extension productcodes",
					action,
					get_namespace_name(RelationGetNamespace(rel)),
					RelationGetRelationName(rel)),
			 errhint(SHIPPED_HINT)));
}

Datum
protect_shipped_rows(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent event;
	Relation	rel;
	TupleDesc	tupdesc;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "protect_shipped_rows()")));
	event = trigdata->tg_event;
	if (!TRIGGER_FIRED_BEFORE(event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired BEFORE", "protect_shipped_rows()")));

	rel = trigdata->tg_relation;
	tupdesc = RelationGetDescr(rel);

	if (TRIGGER_FIRED_BY_TRUNCATE(event))
	{
		if (!creating_extension)
			ereport(ERROR,
					(errcode(ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION),
					 errmsg("cannot truncate \"%s.%s\": it holds rows shipped with extension productcodes",
							get_namespace_name(RelationGetNamespace(rel)),
							RelationGetRelationName(rel)),
					 errhint("Delete your own rows with DELETE ... WHERE NOT shipped.")));
		return PointerGetDatum(NULL);
	}

	if (!TRIGGER_FIRED_FOR_ROW(event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired FOR EACH ROW for INSERT, UPDATE and DELETE",
						"protect_shipped_rows()")));

	/* The extension's own scripts maintain the shipped rows. */
	if (creating_extension)
	{
		if (TRIGGER_FIRED_BY_UPDATE(event))
			return PointerGetDatum(trigdata->tg_newtuple);
		return PointerGetDatum(trigdata->tg_trigtuple);
	}

	if (TRIGGER_FIRED_BY_INSERT(event))
	{
		if (tuple_is_shipped(trigdata->tg_trigtuple, tupdesc, rel))
			ereport(ERROR,
					(errcode(ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION),
					 errmsg("cannot insert a row with shipped = true into \"%s.%s\"",
							get_namespace_name(RelationGetNamespace(rel)),
							RelationGetRelationName(rel)),
					 errdetail("Only the extension's own scripts add shipped rows."),
					 errhint("Leave shipped at its default, false: the row is yours, and upgrades leave it alone.")));
		return PointerGetDatum(trigdata->tg_trigtuple);
	}
	if (TRIGGER_FIRED_BY_UPDATE(event))
	{
		if (tuple_is_shipped(trigdata->tg_trigtuple, tupdesc, rel))
			refuse("update", rel);
		if (tuple_is_shipped(trigdata->tg_newtuple, tupdesc, rel))
			ereport(ERROR,
					(errcode(ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION),
					 errmsg("cannot mark a row of \"%s.%s\" as shipped",
							get_namespace_name(RelationGetNamespace(rel)),
							RelationGetRelationName(rel)),
					 errdetail("Only the extension's own scripts add shipped rows."),
					 errhint("Leave shipped false: the row is yours, and upgrades leave it alone.")));
		return PointerGetDatum(trigdata->tg_newtuple);
	}
	/* DELETE */
	if (tuple_is_shipped(trigdata->tg_trigtuple, tupdesc, rel))
		refuse("delete", rel);
	return PointerGetDatum(trigdata->tg_trigtuple);
}
