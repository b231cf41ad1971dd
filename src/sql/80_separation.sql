/* ====================================================================
 * Municipalities apart: in a region's database, a role per municipality
 * sees and loads only its own allocations, declarations, their rows and
 * staged rows.  Row-level security policies are shipped, but off until
 * enable_municipality_separation() switches them on (as the tables'
 * owner; see 85_message_separation.sql).  Owners and superusers are not restricted.
 * ==================================================================== */

-- Which role works for which municipality (a role may have several).
CREATE TABLE productcodes.municipality_roles (
	role_name	name NOT NULL,
	gemeentecode text NOT NULL REFERENCES productcodes.municipalities,
	PRIMARY KEY (role_name, gemeentecode)
);
COMMENT ON TABLE productcodes.municipality_roles IS
'welke rol voor welke gemeente werkt, voor de scheiding tussen gemeenten (row-level security)';
-- the policies read it as the current user
GRANT SELECT ON productcodes.municipality_roles TO PUBLIC;

-- Roles that work for the whole region: they see every municipality's
-- data, and change the general rule settings (gemeentecode NULL) and any
-- municipality's (87_settings_separation.sql).
CREATE TABLE productcodes.region_roles (
	role_name	name PRIMARY KEY
);
COMMENT ON TABLE productcodes.region_roles IS
'rollen die voor de hele regio werken: zij zien de gegevens van elke gemeente en wijzigen de algemene regelinstellingen (gemeentecode NULL) en die van elke gemeente';
-- the policies read it as the current user
GRANT SELECT ON productcodes.region_roles TO PUBLIC;

-- A row of municipality_roles or region_roles names a role; it covers that
-- role and every role that has its privileges (a member with INHERIT, or
-- through a chain of groups), as a GRANT to it would: pg_has_role USAGE.
-- A name that is no role (any more) covers nobody.
CREATE FUNCTION productcodes.my_municipalities()
RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE(pg_catalog.array_agg(DISTINCT r.gemeentecode), '{}')
	  FROM productcodes.municipality_roles r
	  JOIN pg_catalog.pg_roles a ON a.rolname OPERATOR(pg_catalog.=) r.role_name
	 WHERE pg_catalog.pg_has_role(CURRENT_USER, a.oid, 'USAGE');
END;
COMMENT ON FUNCTION productcodes.my_municipalities() IS
'the gemeentecodes the current role works for: the rows of municipality_roles of the role itself or of a role whose privileges it has (membership)';

CREATE FUNCTION productcodes.works_for_region()
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT EXISTS (SELECT 1
					 FROM productcodes.region_roles r
					 JOIN pg_catalog.pg_roles a ON a.rolname OPERATOR(pg_catalog.=) r.role_name
					WHERE pg_catalog.pg_has_role(CURRENT_USER, a.oid, 'USAGE'));
END;
COMMENT ON FUNCTION productcodes.works_for_region() IS
'whether the current role works for the whole region: region_roles names it or a role whose privileges it has';

-- The policies call the two functions in scalar subqueries, so that a
-- query reads them once, not once per row.
CREATE POLICY own_municipality ON productcodes.allocations
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
		   OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
				OR (SELECT productcodes.works_for_region()));
CREATE POLICY own_municipality ON productcodes.declarations
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
		   OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
				OR (SELECT productcodes.works_for_region()));
CREATE POLICY own_municipality ON productcodes.declaration_rows
	USING ((SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id = declaration_rows.declaration_id
						 AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])))
	WITH CHECK ((SELECT productcodes.works_for_region())
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id = declaration_rows.declaration_id
							  AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])));
-- a staged row's declaration_id is text as sent: compared as text, so an
-- unreadable one never raises here.  A role also sees (and may load) the
-- rows it loaded itself, whatever declaration they name: a row naming a
-- declaration the role cannot see is kept, rejected (FMT_VELD: "names no
-- declaration"), and not lost from the load.
CREATE POLICY own_municipality ON productcodes.staged_rows
	USING (loaded_by = CURRENT_USER OR (SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
						 AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])))
	WITH CHECK (loaded_by = CURRENT_USER OR (SELECT productcodes.works_for_region())
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
							  AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])));

-- enable_municipality_separation() and disable_municipality_separation(),
-- which switch these policies on and off, are in 85_message_separation.sql.
