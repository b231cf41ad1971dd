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
SELECT pg_catalog.pg_extension_config_dump('productcodes.municipality_roles', '');
-- the policies read it as the current user
GRANT SELECT ON productcodes.municipality_roles TO PUBLIC;

CREATE FUNCTION productcodes.my_municipalities()
RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE(pg_catalog.array_agg(r.gemeentecode), '{}')
	  FROM productcodes.municipality_roles r
	 WHERE r.role_name = CURRENT_USER;
END;
COMMENT ON FUNCTION productcodes.my_municipalities() IS
'the gemeentecodes the current role works for (municipality_roles)';

CREATE POLICY own_municipality ON productcodes.allocations
	USING (gemeentecode = ANY (productcodes.my_municipalities()))
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()));
CREATE POLICY own_municipality ON productcodes.declarations
	USING (gemeentecode = ANY (productcodes.my_municipalities()))
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()));
CREATE POLICY own_municipality ON productcodes.declaration_rows
	USING (EXISTS (SELECT 1 FROM productcodes.declarations d
					WHERE d.declaration_id = declaration_rows.declaration_id
					  AND d.gemeentecode = ANY (productcodes.my_municipalities())))
	WITH CHECK (EXISTS (SELECT 1 FROM productcodes.declarations d
						 WHERE d.declaration_id = declaration_rows.declaration_id
						   AND d.gemeentecode = ANY (productcodes.my_municipalities())));
-- a staged row's declaration_id is text as sent: compared as text, so an
-- unreadable one never raises here.  A role also sees (and may load) the
-- rows it loaded itself, whatever declaration they name: a row naming a
-- declaration the role cannot see is kept, rejected (FMT_VELD: "names no
-- declaration"), and not lost from the load.
CREATE POLICY own_municipality ON productcodes.staged_rows
	USING (loaded_by = CURRENT_USER
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
						 AND d.gemeentecode = ANY (productcodes.my_municipalities())))
	WITH CHECK (loaded_by = CURRENT_USER
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
							  AND d.gemeentecode = ANY (productcodes.my_municipalities())));

-- enable_municipality_separation() and disable_municipality_separation(),
-- which switch these policies on and off, are in 85_message_separation.sql.
