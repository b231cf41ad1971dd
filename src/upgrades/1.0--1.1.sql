/*
 * src/upgrades/1.0--1.1.sql: from 1.0 to 1.1; the Makefile appends the parts
 * of src/sql/ that are new in 1.1 (NEW_IN_1_1) to make productcodes--1.0--1.1.sql.
 *
 * 1.1 adds the staff qualification that seed 004 sets for individual
 * support (2.03 A/B/C: MBO3, MBO4, HBO) to products and to the overview.
 * Shipped rows are updated here, inside ALTER EXTENSION, where the guard
 * trigger lets the extension change them; users' rows are not touched.
 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION productcodes UPDATE TO '1.1'" to load this file. \quit

ALTER TABLE productcodes.products ADD COLUMN staff_qualification text;
COMMENT ON COLUMN productcodes.products.staff_qualification IS
'the least education of the staff who deliver it, where the catalogue sets one (seed 004: MBO3, MBO4, HBO)';

UPDATE productcodes.products p
   SET staff_qualification = v.qualification
  FROM (VALUES ('2.03A', 'MBO3'), ('2.03B', 'MBO4'), ('2.03C', 'HBO')) AS v(local_ref, qualification)
 WHERE p.shipped AND p.catalogue_id = 2 AND p.local_ref = v.local_ref;

-- product_for returns products rows; its SQL-standard body expanded p.*
-- into the columns of 1.0 when it was created, so it is created again
-- to return the new column too.
CREATE OR REPLACE FUNCTION productcodes.product_for(
	code productcodes.productcode, gemeente text,
	on_date date DEFAULT CURRENT_DATE, domain text DEFAULT NULL)
RETURNS SETOF productcodes.products
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT p.*
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues c ON c.catalogue_id = cm.catalogue_id
	  JOIN productcodes.products p ON p.catalogue_id = cm.catalogue_id
								 AND p.domain = cm.domain
	 WHERE cm.gemeentecode = product_for.gemeente
	   AND (product_for.domain IS NULL OR cm.domain = product_for.domain)
	   AND cm.validity @> product_for.on_date
	   AND c.validity @> product_for.on_date
	   AND p.code = product_for.code
	   AND p.validity @> product_for.on_date
	 ORDER BY p.domain;
END;

CREATE OR REPLACE VIEW productcodes.catalogue_overview AS
SELECT c.name AS catalogue,
	   p.domain,
	   d.name AS domain_name,
	   p.category,
	   cat.name AS category_name,
	   p.segment,
	   p.sub_segment,
	   p.code,
	   p.name,
	   p.unit,
	   u.name AS unit_name,
	   p.frequency,
	   f.name AS frequency_name,
	   p.variant,
	   p.validity,
	   p.local_ref,
	   p.max_units_per_week,
	   p.max_units_per_year,
	   p.min_age_years,
	   p.max_age_years,
	   p.max_age_extended_years,
	   p.until_state_pension_age,
	   p.home_only,
	   p.description_pending,
	   p.example_code,
	   p.product_id,
	   p.catalogue_id,
	   p.staff_qualification
  FROM productcodes.products p
  JOIN productcodes.catalogues c ON c.catalogue_id = p.catalogue_id
  JOIN productcodes.domains d ON d.code = p.domain
  JOIN productcodes.categories cat ON cat.code = p.category
  JOIN productcodes.units u ON u.code = p.unit
  JOIN productcodes.frequencies f ON f.code = p.frequency;

-- A declaration's total is a TotaalBedrag (up to 12 digits), not a Bedrag
-- (8): a large provider's month passes 999,999.99 euro.
ALTER TABLE productcodes.declarations DROP CONSTRAINT declarations_total_cents_check;
ALTER TABLE productcodes.declarations ADD CONSTRAINT declarations_total_cents_check
	CHECK (total_cents BETWEEN 0 AND 999999999999);

-- Staging: who loaded a staged row (set by the trigger; NULL for rows
-- loaded before), and with separation on a role sees and keeps the rows it
-- loaded, whatever declaration they name (80_separation.sql).  The rows
-- that read are checked at the statement's end (78_staging_statement.sql).
ALTER TABLE productcodes.staged_rows ADD COLUMN loaded_by name;
COMMENT ON COLUMN productcodes.staged_rows.loaded_by IS
'the role that loaded the row; with separation on it sees its rows, whatever declaration they name';
ALTER POLICY own_municipality ON productcodes.staged_rows
	USING (loaded_by = CURRENT_USER
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
						 AND d.gemeentecode = ANY (productcodes.my_municipalities())))
	WITH CHECK (loaded_by = CURRENT_USER
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
							  AND d.gemeentecode = ANY (productcodes.my_municipalities())));
