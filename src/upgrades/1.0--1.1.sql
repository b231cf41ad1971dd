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

-- The operators of codes and BSNs, and min/max of codes, move to
-- pg_catalog, which every search path searches first (src/sql/25_comparisons.sql
-- adds those with text, LIKE, and min/max of BSNs).  Indexes, opclasses and
-- views refer to them by OID and keep working.
ALTER OPERATOR productcodes.= (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.<> (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.< (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.<= (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.> (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.>= (productcodes.productcode, productcodes.productcode) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.= (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.<> (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.< (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.<= (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.> (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER OPERATOR productcodes.>= (productcodes.bsn, productcodes.bsn) SET SCHEMA pg_catalog;
ALTER AGGREGATE productcodes.min(productcodes.productcode) SET SCHEMA pg_catalog;
ALTER AGGREGATE productcodes.max(productcodes.productcode) SET SCHEMA pg_catalog;

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
-- Separation follows membership (a row of municipality_roles covers the
-- members of the role it names), and region-wide roles (region_roles, new)
-- see every municipality's data: as in 80_separation.sql.
-- Roles that work for the whole region: they see every municipality's
-- data, and change the general rule settings (gemeentecode NULL) and any
-- municipality's (87_settings_separation.sql).
CREATE TABLE productcodes.region_roles (
	role_name	name PRIMARY KEY
);
COMMENT ON TABLE productcodes.region_roles IS
'rollen die voor de hele regio werken: zij zien de gegevens van elke gemeente en wijzigen de algemene regelinstellingen (gemeentecode NULL) en die van elke gemeente';
SELECT pg_catalog.pg_extension_config_dump('productcodes.region_roles', '');
-- the policies read it as the current user
GRANT SELECT ON productcodes.region_roles TO PUBLIC;

-- A row of municipality_roles or region_roles names a role; it covers that
-- role and every role that has its privileges (a member with INHERIT, or
-- through a chain of groups), as a GRANT to it would: pg_has_role USAGE.
-- A name that is no role (any more) covers nobody.
CREATE OR REPLACE FUNCTION productcodes.my_municipalities()
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

ALTER POLICY own_municipality ON productcodes.allocations
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
		   OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
				OR (SELECT productcodes.works_for_region()));
ALTER POLICY own_municipality ON productcodes.declarations
	USING (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
		   OR (SELECT productcodes.works_for_region()))
	WITH CHECK (gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])
				OR (SELECT productcodes.works_for_region()));
ALTER POLICY own_municipality ON productcodes.declaration_rows
	USING ((SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id = declaration_rows.declaration_id
						 AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])))
	WITH CHECK ((SELECT productcodes.works_for_region())
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id = declaration_rows.declaration_id
							  AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])));
ALTER POLICY own_municipality ON productcodes.staged_rows
	USING (loaded_by = CURRENT_USER OR (SELECT productcodes.works_for_region())
		   OR EXISTS (SELECT 1 FROM productcodes.declarations d
					   WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
						 AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])))
	WITH CHECK (loaded_by = CURRENT_USER OR (SELECT productcodes.works_for_region())
				OR EXISTS (SELECT 1 FROM productcodes.declarations d
							WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
							  AND d.gemeentecode = ANY ((SELECT productcodes.my_municipalities())::text[])));

-- The allocation variants of the standard (Toewijzingsvarianten): aspecific
-- allocations without a budget and generic ones (no category) could not be
-- stored in 1.0, so every row on them got TR338.
ALTER TABLE productcodes.allocations ALTER COLUMN category DROP NOT NULL;
ALTER TABLE productcodes.allocations DROP CONSTRAINT allocations_volume_or_budget;
ALTER TABLE productcodes.allocations DROP CONSTRAINT allocations_volume_has_unit_and_frequency;
ALTER TABLE productcodes.allocations DROP CONSTRAINT allocations_per_week_needs_end_date;
ALTER TABLE productcodes.allocations
	ADD CONSTRAINT allocations_not_volume_and_budget CHECK (volume IS NULL OR budget_cents IS NULL),
	ADD CONSTRAINT allocations_code_needs_category CHECK (code IS NULL OR category IS NOT NULL),
	ADD CONSTRAINT allocations_generic_has_budget CHECK (category IS NOT NULL OR budget_cents IS NOT NULL),
	ADD CONSTRAINT allocations_volume_has_unit_and_frequency
		CHECK (volume IS NULL OR (unit IS NOT NULL AND frequency IS NOT NULL)),
	ADD CONSTRAINT allocations_per_week_needs_end_date
		CHECK (frequency IS DISTINCT FROM '2' OR end_date IS NOT NULL),
	ADD COLUMN variant text NOT NULL GENERATED ALWAYS AS (
		CASE WHEN code IS NOT NULL THEN 'specifiek'
			 WHEN category IS NOT NULL THEN 'aspecifiek'
			 ELSE 'generiek' END) STORED;
COMMENT ON COLUMN productcodes.allocations.category IS 'ProductCategorie; NULL for a generic allocation (a budget for any product of the provider''s contract)';
COMMENT ON COLUMN productcodes.allocations.code IS 'NULL for an aspecific (category only) or generic allocation';
COMMENT ON COLUMN productcodes.allocations.variant IS
'specifiek (category and code), aspecifiek (category only) or generiek (neither): which rules compare the row with the allocation (docs/rules.md)';

-- Dates are compared with the day a declaration was received, not with the
-- day a row is checked (TR135, TR134, TR137); rows keep the rules that could
-- not be decided and the figures of each finding; rules say where they are
-- written down and how their figures read.
ALTER TABLE productcodes.declarations
	ADD COLUMN received_on date NOT NULL DEFAULT CURRENT_DATE CHECK (pg_catalog.isfinite(received_on));
-- a declaration of 1.0 was received no earlier than its DeclaratieDagtekening
UPDATE productcodes.declarations SET received_on = LEAST(received_on, submitted_on);
COMMENT ON COLUMN productcodes.declarations.submitted_on IS
'DeclaratieDagtekening: the day the provider made the declaration (TR134, TR137, TR335 measure from it)';
COMMENT ON COLUMN productcodes.declarations.received_on IS
'the day the municipality received the declaration (TR135: the DeclaratieDagtekening is not after it)';
-- TR318: the latest month a provider declared to a municipality in a domain
CREATE INDEX declarations_provider_month_idx
	ON productcodes.declarations (agb, gemeentecode, domain, declaration_month);
ALTER TABLE productcodes.declaration_rows
	ADD COLUMN undecided text[] NOT NULL DEFAULT '{}',
	ADD COLUMN figures jsonb;
COMMENT ON COLUMN productcodes.declaration_rows.undecided IS
'rules that could not be decided for lack of data (no client row for an age rule, no contract tariff): neither failed nor passed';
COMMENT ON COLUMN productcodes.declaration_rows.figures IS
'per rule in errors or warnings, the figures that decided it, e.g. {"TR322": {"allocated": 10, "before": 8, "row": 3}}; row_findings.explanation says them in words';
-- 1.0's comment said the settings were in ruleset; the engine writes only
-- its name and version there
COMMENT ON COLUMN productcodes.declaration_rows.ruleset IS
'the checks that wrote the outcome: productcodes and the extension''s version, such as productcodes 1.1 (the settings are not in it)';
-- 1.0's comment of catalogue_municipalities had a grammatical slip
COMMENT ON TABLE productcodes.catalogue_municipalities IS
'welke gemeente welke catalogus gebruikt, per domein en periode';
ALTER TABLE productcodes.rules
	ADD COLUMN explain_nl text,
	ADD COLUMN explain_en text,
	ADD COLUMN source text;

-- The shipped rows' guard: install() makes the shipped rows in 1.1 (the
-- tables leave the extension below), its comment says so.
COMMENT ON FUNCTION productcodes.protect_shipped_rows() IS
'trigger: rows with shipped = true change only inside productcodes.install() and ALTER EXTENSION productcodes UPDATE';
