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
	t text;
	n bigint;
	counts bigint[] := '{}';
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_dropped_objects() o
					WHERE o.object_type = 'extension' AND o.object_identity = 'productcodes') THEN
		RETURN;
	END IF;
	-- dropped with the schema (DROP SCHEMA productcodes CASCADE): whole
	IF pg_catalog.to_regnamespace('productcodes') IS NULL THEN
		RETURN;
	END IF;
	-- the data there is; a table a region dropped (it receives no
	-- messages, say) counts 0
	FOREACH t IN ARRAY ARRAY['allocations', 'declarations', 'declaration_rows', 'messages'] LOOP
		n := 0;
		IF pg_catalog.to_regclass('productcodes.' || t) IS NOT NULL THEN
			EXECUTE pg_catalog.format('SELECT count(*) FROM productcodes.%I', t) INTO n;
		END IF;
		counts := counts || n;
	END LOOP;
	RAISE EXCEPTION 'cannot drop extension productcodes while its tables exist'
		USING ERRCODE = 'dependent_objects_still_exist',
			  DETAIL = pg_catalog.format('Dropping the extension drops its types productcode and bsn, and with them the code and BSN columns of the tables in schema productcodes (%s allocations, %s declarations, %s declaration rows, %s received messages) and the views and functions that use them, but not the tables: the rest of the data would be left without its codes and clients.',
										counts[1], counts[2], counts[3], counts[4]),
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
