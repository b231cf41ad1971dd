/* ====================================================================
 * Municipalities apart, for received messages too: a 323 belongs to the
 * municipality it is sent to (Ontvanger), a 301 to the one that sent it
 * (Afzender); their refusals, rows and allocations go with the message.
 * The functions that switch separation on and off are here, after all
 * the policies exist (new in 1.1: the upgrade from 1.0 runs this part
 * after the message tables exist).
 * ==================================================================== */
CREATE FUNCTION productcodes.message_municipality(message_type text, sender text, receiver text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN pg_catalog.right(message_type, 3) = '323' THEN receiver ELSE sender END;
END;
COMMENT ON FUNCTION productcodes.message_municipality(text, text, text) IS
'de gemeente van een bericht: de ontvanger van een 323, de afzender van een 301';

CREATE POLICY own_municipality ON productcodes.messages
	USING (productcodes.message_municipality(message_type, sender, receiver)
		   = ANY ((SELECT productcodes.my_municipalities())::text[])
		   OR (SELECT productcodes.works_for_region()))
	WITH CHECK (productcodes.message_municipality(message_type, sender, receiver)
				= ANY ((SELECT productcodes.my_municipalities())::text[])
				OR (SELECT productcodes.works_for_region()));
CREATE POLICY own_municipality ON productcodes.message_refusals
	USING ((SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.messages m
					   WHERE m.message_id = message_refusals.message_id
						 AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
							 = ANY ((SELECT productcodes.my_municipalities())::text[])));
CREATE POLICY own_municipality ON productcodes.message_rows
	USING ((SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.messages m
					   WHERE m.message_id = message_rows.message_id
						 AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
							 = ANY ((SELECT productcodes.my_municipalities())::text[])));
CREATE POLICY own_municipality ON productcodes.message_allocations
	USING ((SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.messages m
					   WHERE m.message_id = message_allocations.message_id
						 AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
							 = ANY ((SELECT productcodes.my_municipalities())::text[])));

-- Who may run the SECURITY DEFINER functions: a session whose user is a
-- superuser or a member of productcodes_admin (inside them CURRENT_USER
-- is their owner), checked in the body, not only by EXECUTE (a restore with --no-privileges drops
-- the REVOKE from PUBLIC).
CREATE FUNCTION productcodes.require_admin()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
				WHERE r.rolname OPERATOR(pg_catalog.=) SESSION_USER AND r.rolsuper)
	   OR (pg_catalog.to_regrole('productcodes_admin') IS NOT NULL
		   AND pg_catalog.pg_has_role(SESSION_USER, 'productcodes_admin', 'USAGE')) THEN
		RETURN;
	END IF;
	RAISE EXCEPTION 'only a member of productcodes_admin may do this'
		USING ERRCODE = 'insufficient_privilege',
			  DETAIL = pg_catalog.format('Role "%s" is neither a superuser nor a member of productcodes_admin.', SESSION_USER),
			  HINT = 'GRANT productcodes_admin TO the role (README: roles out of the box).';
END
$$;
COMMENT ON FUNCTION productcodes.require_admin() IS
'raises 42501 unless the session''s user is a superuser or a member of productcodes_admin; the SECURITY DEFINER functions call it first';

-- Separation on and off, for every table of the extension that has an
-- own_municipality policy, so that a table given one later is switched
-- with the rest.  CREATE OR REPLACE: a database upgraded from 1.0 has
-- versions that named their four tables.  SECURITY DEFINER: only the
-- tables' owner (the installing superuser) may switch row-level security,
-- and productcodes_admin (96_roles.sql) may run these without owning the
-- tables, which would let it add triggers that run with a superuser's
-- rights.  They take no argument, name only tables of schema
-- productcodes (where nobody else may create one) and pin search_path.
CREATE OR REPLACE FUNCTION productcodes.enable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t record;
BEGIN
	PERFORM productcodes.require_admin();
	FOR t IN SELECT tablename FROM pg_catalog.pg_policies
			  WHERE schemaname = 'productcodes' AND policyname = 'own_municipality'
			  ORDER BY tablename LOOP
		EXECUTE pg_catalog.format('ALTER TABLE productcodes.%I ENABLE ROW LEVEL SECURITY', t.tablename);
	END LOOP;
END
$$;
COMMENT ON FUNCTION productcodes.enable_municipality_separation() IS
'zet de scheiding tussen gemeenten aan (row-level security); uit te voeren door productcodes_admin of de eigenaar van de tabellen (SECURITY DEFINER)';

CREATE OR REPLACE FUNCTION productcodes.disable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t record;
BEGIN
	PERFORM productcodes.require_admin();
	FOR t IN SELECT tablename FROM pg_catalog.pg_policies
			  WHERE schemaname = 'productcodes' AND policyname = 'own_municipality'
			  ORDER BY tablename LOOP
		EXECUTE pg_catalog.format('ALTER TABLE productcodes.%I DISABLE ROW LEVEL SECURITY', t.tablename);
	END LOOP;
END
$$;
REVOKE ALL ON FUNCTION productcodes.enable_municipality_separation() FROM PUBLIC;
REVOKE ALL ON FUNCTION productcodes.disable_municipality_separation() FROM PUBLIC;
