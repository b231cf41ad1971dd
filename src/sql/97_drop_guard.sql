/* ====================================================================
 * DROP EXTENSION never silently destroys users' data (new in 1.1).  The
 * tables are the database's own, not members of the extension, and they
 * use its types: so DROP EXTENSION productcodes without CASCADE refuses
 * (PostgreSQL lists what depends on the types), and this guard refuses
 * DROP EXTENSION ... CASCADE as well while the tables exist, because it
 * would drop the types' columns (codes, BSNs) from the tables and the
 * views and functions that use them, and keep the rest: half a database.
 * DROP SCHEMA productcodes CASCADE removes productcodes whole, the
 * extension with it; the README says so ("Removing productcodes").
 * ==================================================================== */
CREATE FUNCTION productcodes.refuse_partial_drop()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n_allocations bigint;
	n_declarations bigint;
	n_rows bigint;
	n_messages bigint;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_dropped_objects() o
					WHERE o.object_type = 'extension' AND o.object_identity = 'productcodes') THEN
		RETURN;
	END IF;
	-- dropped with the schema (DROP SCHEMA productcodes CASCADE): whole
	IF pg_catalog.to_regnamespace('productcodes') IS NULL THEN
		RETURN;
	END IF;
	-- a table a region dropped (it receives no messages, say) counts 0
	n_allocations := 0; n_declarations := 0; n_rows := 0; n_messages := 0;
	IF pg_catalog.to_regclass('productcodes.allocations') IS NOT NULL THEN
		SELECT count(*) INTO n_allocations FROM productcodes.allocations;
	END IF;
	IF pg_catalog.to_regclass('productcodes.declarations') IS NOT NULL THEN
		SELECT count(*) INTO n_declarations FROM productcodes.declarations;
	END IF;
	IF pg_catalog.to_regclass('productcodes.declaration_rows') IS NOT NULL THEN
		SELECT count(*) INTO n_rows FROM productcodes.declaration_rows;
	END IF;
	IF pg_catalog.to_regclass('productcodes.messages') IS NOT NULL THEN
		SELECT count(*) INTO n_messages FROM productcodes.messages;
	END IF;
	RAISE EXCEPTION 'cannot drop extension productcodes while its tables exist'
		USING ERRCODE = 'dependent_objects_still_exist',
			  DETAIL = pg_catalog.format('Dropping the extension drops its types productcode and bsn, and with them the code and BSN columns of the tables in schema productcodes (%s allocations, %s declarations, %s declaration rows, %s received messages) and the views and functions that use them, but not the tables: the rest of the data would be left without its codes and clients.',
										n_allocations, n_declarations, n_rows, n_messages),
			  HINT = 'To keep the data, dump the database first (pg_dump -Fc; a dump of the schema alone, pg_dump -n, lacks the extension). To remove productcodes with all its data: DROP SCHEMA productcodes CASCADE.';
END
$$;
COMMENT ON FUNCTION productcodes.refuse_partial_drop() IS
'event trigger: refuses DROP EXTENSION productcodes CASCADE while the tables exist (it would drop their code and BSN columns and keep the rest); DROP SCHEMA productcodes CASCADE removes everything';
REVOKE ALL ON FUNCTION productcodes.refuse_partial_drop() FROM PUBLIC;
CREATE EVENT TRIGGER productcodes_refuse_partial_drop ON sql_drop
	WHEN TAG IN ('DROP EXTENSION')
	EXECUTE FUNCTION productcodes.refuse_partial_drop();
COMMENT ON EVENT TRIGGER productcodes_refuse_partial_drop IS
'productcodes: refuses DROP EXTENSION productcodes CASCADE while its tables exist';
