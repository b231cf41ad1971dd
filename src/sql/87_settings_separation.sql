/* ====================================================================
 * Settings apart: with separation on, a role changes rule settings,
 * tariffs and catalogue choices only of the municipalities it works for
 * (municipality_roles); the general rule settings (gemeentecode NULL), and
 * any municipality's, only a region-wide role (region_roles) changes.
 * Reading stays open to whoever may read the table: the checks read every
 * municipality's settings with the loading role's rights, into one copy
 * of the catalogue per session.  New in 1.1: the upgrade from 1.0 runs
 * this part.
 * ==================================================================== */

-- Roles that work for the whole region.
CREATE TABLE productcodes.region_roles (
	role_name	name PRIMARY KEY
);
COMMENT ON TABLE productcodes.region_roles IS
'rollen die voor de hele regio werken: zij wijzigen de algemene regelinstellingen (gemeentecode NULL) en die van elke gemeente';
SELECT pg_catalog.pg_extension_config_dump('productcodes.region_roles', '');
-- the policies read it as the current user
GRANT SELECT ON productcodes.region_roles TO PUBLIC;

CREATE FUNCTION productcodes.works_for_region()
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT EXISTS (SELECT 1 FROM productcodes.region_roles r WHERE r.role_name = CURRENT_USER);
END;
COMMENT ON FUNCTION productcodes.works_for_region() IS
'whether the current role works for the whole region (region_roles)';

-- Everyone who may read a table reads all its rows; writes are checked by
-- own_municipality (a FOR ALL policy: for reading, the two are or-ed).
CREATE POLICY readable ON productcodes.rule_settings FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.rule_settings
	USING (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region())
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region());
CREATE POLICY readable ON productcodes.tariffs FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.tariffs
	USING (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region())
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region());
CREATE POLICY readable ON productcodes.catalogue_municipalities FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.catalogue_municipalities
	USING (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region())
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()) OR productcodes.works_for_region());
