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

-- region_roles and works_for_region() are in 80_separation.sql.

-- Everyone who may read a table reads all its rows; writes are checked by
-- own_municipality (a FOR ALL policy: for reading, the two are or-ed).
CREATE POLICY readable ON productcodes.rule_settings FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.rule_settings
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()));
CREATE POLICY readable ON productcodes.tariffs FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.tariffs
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()));
CREATE POLICY readable ON productcodes.catalogue_municipalities FOR SELECT USING (true);
CREATE POLICY own_municipality ON productcodes.catalogue_municipalities
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[]) OR (SELECT productcodes.works_for_region()));
