/* ====================================================================
 * DROP EXTENSION never silently destroys users' data (new in 1.1).  The
 * tables are the database's own, not members of the extension, and they
 * use its types: so DROP EXTENSION productcodes without CASCADE refuses
 * (PostgreSQL lists what depends on the types), and this guard refuses
 * every statement that drops the extension while the tables stay:
 * DROP EXTENSION productcodes CASCADE, DROP EXTENSION btree_gist CASCADE,
 * DROP SCHEMA public CASCADE (btree_gist lives there), DROP OWNED BY.
 * Each would drop the types' columns (codes, BSNs) from the tables and
 * the views and functions that use them, and keep the rest: half a
 * database.  DROP SCHEMA productcodes CASCADE removes productcodes whole,
 * the extension with it; the README says so ("Removing it").
 * ==================================================================== */
CREATE FUNCTION productcodes.refuse_partial_drop()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ns oid;
	rel oid;
	t text;
	n text;
	counts text[] := '{}';
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_dropped_objects() o
					WHERE o.object_type = 'extension' AND o.object_identity = 'productcodes') THEN
		RETURN;
	END IF;
	-- the schema of the tables is this function's own, under whatever name
	-- (a DBA may have renamed it); dropped with it (DROP SCHEMA productcodes
	-- CASCADE, or a DROP OWNED that takes the schema), the function and
	-- this event trigger are gone too: whole
	SELECT p.pronamespace INTO ns
	  FROM pg_catalog.pg_event_trigger e
	  JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) e.evtfoid
	 WHERE e.evtname OPERATOR(pg_catalog.=) 'productcodes_refuse_partial_drop';
	IF ns IS NULL THEN
		RETURN;
	END IF;
	-- the data there is, as far as the dropping role may read it (its
	-- privileges, and row-level security): a table a region dropped (it
	-- receives no messages, say) counts 0, one the role may not read (a
	-- database owner's DROP OWNED) "an unknown number of"; the refusal
	-- stands either way
	FOREACH t IN ARRAY ARRAY['allocations', 'declarations', 'declaration_rows', 'messages'] LOOP
		n := '0';
		SELECT c.oid INTO rel FROM pg_catalog.pg_class c
		 WHERE c.relnamespace OPERATOR(pg_catalog.=) ns AND c.relname OPERATOR(pg_catalog.=) t;
		IF rel IS NOT NULL THEN
			IF pg_catalog.has_schema_privilege(ns, 'USAGE')
			   AND pg_catalog.has_table_privilege(rel, 'SELECT') THEN
				EXECUTE pg_catalog.format('SELECT count(*) FROM %s', rel::pg_catalog.regclass) INTO n;
			ELSE
				n := 'an unknown number of';
			END IF;
		END IF;
		counts := counts || n;
	END LOOP;
	RAISE EXCEPTION 'cannot drop extension productcodes while its tables exist'
		USING ERRCODE = 'dependent_objects_still_exist',
			  DETAIL = pg_catalog.format('%s drops extension productcodes, its types productcode and bsn, and with them the code and BSN columns of the tables in schema %s (%s allocations, %s declarations, %s declaration rows, %s received messages, as far as you may read them) and the views and functions that use them, but not the tables: the rest of the data would be left without its codes and clients.',
										TG_TAG, ns::pg_catalog.regnamespace, counts[1], counts[2], counts[3], counts[4]),
			  HINT = 'To keep the data, dump the whole database first (pg_dump -Fc; README: "Backup and restore"). To remove productcodes with all its data: DROP SCHEMA productcodes CASCADE.';
END
$$;
COMMENT ON FUNCTION productcodes.refuse_partial_drop() IS
'event trigger: refuses a DROP that takes extension productcodes (DROP EXTENSION ... CASCADE, DROP SCHEMA public CASCADE, DROP OWNED) while its tables exist, as it would drop their code and BSN columns and keep the rest; DROP SCHEMA productcodes CASCADE removes everything';
REVOKE ALL ON FUNCTION productcodes.refuse_partial_drop() FROM PUBLIC;

-- The event trigger belongs to the database, not the schema: pg_dump -n
-- productcodes leaves it out (PostgreSQL's rule for database-wide
-- objects).  After restoring such a dump, a superuser makes it again
-- with SELECT productcodes.make_drop_guard() (README: "Backup and
-- restore").  ENABLE ALWAYS: it fires in a session in replica mode too
-- (session_replication_role, which some bulk-load tools set).
CREATE FUNCTION productcodes.make_drop_guard()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e record;
BEGIN
	SELECT evtevent, evtfoid, evttags INTO e FROM pg_catalog.pg_event_trigger
	 WHERE evtname OPERATOR(pg_catalog.=) 'productcodes_refuse_partial_drop';
	IF NOT FOUND THEN
		CREATE EVENT TRIGGER productcodes_refuse_partial_drop ON sql_drop
			WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED')
			EXECUTE FUNCTION productcodes.refuse_partial_drop();
		COMMENT ON EVENT TRIGGER productcodes_refuse_partial_drop IS
		'productcodes: refuses a DROP that takes extension productcodes while its tables exist';
	ELSIF e.evtevent OPERATOR(pg_catalog.<>) 'sql_drop'
		  OR e.evtfoid OPERATOR(pg_catalog.<>) 'productcodes.refuse_partial_drop()'::pg_catalog.regprocedure
		  OR e.evttags IS NULL
		  OR NOT e.evttags OPERATOR(pg_catalog.@>) ARRAY['DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED'] THEN
		RAISE EXCEPTION 'event trigger "productcodes_refuse_partial_drop" exists already and is not the drop guard'
			USING ERRCODE = 'duplicate_object',
				  DETAIL = pg_catalog.format('It runs %s on %s for %s; the guard runs productcodes.refuse_partial_drop() on sql_drop for DROP EXTENSION, DROP SCHEMA and DROP OWNED.',
											 e.evtfoid::pg_catalog.regprocedure, e.evtevent, coalesce(e.evttags::text, 'every command')),
				  HINT = 'Check who made it; DROP EVENT TRIGGER productcodes_refuse_partial_drop, then SELECT productcodes.make_drop_guard() again.';
	END IF;
	ALTER EVENT TRIGGER productcodes_refuse_partial_drop ENABLE ALWAYS;
END
$$;
COMMENT ON FUNCTION productcodes.make_drop_guard() IS
'makes (or enables, ALWAYS) the event trigger productcodes_refuse_partial_drop, as install() does; for a database restored from pg_dump -n productcodes, which leaves event triggers out (superuser)';
REVOKE ALL ON FUNCTION productcodes.make_drop_guard() FROM PUBLIC;
SELECT productcodes.make_drop_guard();
