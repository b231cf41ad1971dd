/* ====================================================================
 * A catalogue change written with session_replication_role = replica
 * (new in 1.1).  The statement triggers that tell every session its copy
 * of the catalogue is stale (catalogue_changed) are ordinary ones: they do
 * not fire in a replica session, and a logical replication subscriber's
 * apply worker, which writes that way, fires row triggers only.  Each
 * table with catalogue_changed therefore has a row trigger too, enabled
 * for replica sessions only (ENABLE REPLICA): a region's database
 * subscribed to a central catalogue and tariffs sees their changes.  (A
 * TRUNCATE needs none: it sends the invalidation itself.)
 * ==================================================================== */
DO $$
DECLARE
	t record;
BEGIN
	FOR t IN SELECT c.relname
			   FROM pg_catalog.pg_trigger g
			   JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
			  WHERE c.relnamespace = 'productcodes'::pg_catalog.regnamespace
				AND g.tgname = 'catalogue_changed'
			  ORDER BY c.relname LOOP
		EXECUTE pg_catalog.format('CREATE TRIGGER catalogue_changed_replica'
			' AFTER INSERT OR UPDATE OR DELETE ON productcodes.%I'
			' FOR EACH ROW EXECUTE FUNCTION productcodes.catalogue_changed()', t.relname);
		EXECUTE pg_catalog.format('ALTER TABLE productcodes.%I ENABLE REPLICA TRIGGER catalogue_changed_replica',
			t.relname);
	END LOOP;
END
$$;
