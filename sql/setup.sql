--
-- Creates the extension and a helper the other test files use to show an
-- error's SQLSTATE, message, detail and hint as a row, so that every
-- expected error is checked in full, not just its first line.
--
CREATE EXTENSION productcodes CASCADE;
SELECT productcodes.install();

CREATE SCHEMA regress;
-- What install() made: the objects in the schema right after it, before a
-- test adds its own (sql/comments.sql checks that each has a comment).
CREATE TABLE regress.installed AS
SELECT 'pg_class'::regclass AS classid, oid AS objid FROM pg_class
 WHERE relnamespace = 'productcodes'::regnamespace
UNION ALL
SELECT 'pg_proc'::regclass, oid FROM pg_proc WHERE pronamespace = 'productcodes'::regnamespace
UNION ALL
SELECT 'pg_type'::regclass, oid FROM pg_type WHERE typnamespace = 'productcodes'::regnamespace;
CREATE FUNCTION regress.try(stmt text,
	OUT state text, OUT message text, OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE stmt;
	state := '00000';
	message := 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
		message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL,
		hint = PG_EXCEPTION_HINT;
END $$;

-- the extension lives in its own schema and brings btree_gist along
-- (btree_gist's version is the server's contrib's: 1.7, 1.8 on newer 18s)
SELECT e.extname, CASE WHEN e.extname = 'productcodes' THEN e.extversion ELSE 'any' END AS extversion,
	   n.nspname, e.extrelocatable
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname IN ('productcodes', 'btree_gist')
 ORDER BY 1;
