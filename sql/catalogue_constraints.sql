--
-- Constraints keep the catalogue sound, and shipped rows stay as shipped.
-- Each refusal is shown with SQLSTATE, message, detail and hint.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- a region's own catalogue, with a segment and a product: accepted
INSERT INTO catalogues (name, issuer, version_date, validity)
VALUES ('Handboek Regio Test', 'Regio Test', '2025-10-31', '[2026-01-01,)')
RETURNING catalogue_id, shipped;
INSERT INTO segments (catalogue_id, name, domain) VALUES (1000, 'Ambulant', 'JW');
INSERT INTO products (catalogue_id, code, category, domain, segment, name, unit, frequency, variant, validity)
VALUES (1000, '45A03', '45', 'JW', 'Ambulant', 'Jeugdhulp ambulant licht', '04', '4', 'inspanningsgericht', '[2026-01-01,2027-01-01)')
RETURNING product_id, code, shipped;

\x on
-- unknown category, unit, frequency
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '56A01', '56', 'JW', 'x', '04', '4', 'inspanningsgericht')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '45A04', '45', 'JW', 'x', '99', '4', 'inspanningsgericht')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '45A04', '45', 'JW', 'x', '04', '3', 'inspanningsgericht')$$)).*;
-- a category of the other domain
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '45A04', '02', 'JW', 'x', '04', '4', 'inspanningsgericht')$$)).*;
-- a unit/frequency pair the execution variant does not allow (dagdeel per day)
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '45A04', '45', 'JW', 'x', '16', '1', 'inspanningsgericht')$$)).*;
-- a segment of another domain
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, segment, name, unit, frequency, variant)
	VALUES (1000, '02A01', '02', 'WMO', 'Ambulant', 'x', '04', '4', 'inspanningsgericht')$$)).*;
-- a malformed code never reaches the table
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant)
	VALUES (1000, '45A-4', '45', 'JW', 'x', '04', '4', 'inspanningsgericht')$$)).*;
-- two versions of one code in one catalogue must not overlap in time
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant, validity)
	VALUES (1000, '45a03', '45', 'JW', 'Jeugdhulp ambulant licht v2', '04', '4', 'inspanningsgericht', '[2026-07-01,)')$$)).*;
-- ages and descriptions
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant, min_age_years, max_age_years)
	VALUES (1000, '45A05', '45', 'JW', 'x', '04', '4', 'inspanningsgericht', 18, 18)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant, description, description_pending)
	VALUES (1000, '45A05', '45', 'JW', 'x', '04', '4', 'inspanningsgericht', 'tekst', true)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.municipalities (gemeentecode, name) VALUES ('363', 'Amsterdam')$$)).*;
\x off

-- a following version that does not overlap is fine, and so is the same
-- code in another catalogue at the same time
INSERT INTO products (catalogue_id, code, category, domain, segment, name, unit, frequency, variant, validity)
VALUES (1000, '45A03', '45', 'JW', 'Ambulant', 'Jeugdhulp ambulant licht', '04', '4', 'inspanningsgericht', '[2027-01-01,)'),
	   (1, '45A03', '45', 'JW', NULL, 'Jeugdhulp ambulant licht (eigen)', '04', '4', 'inspanningsgericht', '[2026-01-01,)');
SELECT catalogue_id, code, validity FROM products WHERE code = '45A03' ORDER BY 1, 3;

-- one catalogue per municipality, domain and day
INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1000, '0344', 'JW', '[2026-01-01,)');
\x on
SELECT (regress.try($$INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
	VALUES (1, '0344', 'JW', '[2026-06-01,2026-07-01)')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain)
	VALUES (1, '9999', 'JW')$$)).*;
\x off

-- tariffs: in cents, per municipality, provider or any provider, code, unit, period
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0344', NULL, '45A03', '04', '[2026-01-01,2027-01-01)', 8550),
	('0344', '12345678', '45A03', '04', '[2026-01-01,2027-01-01)', 8275);
\x on
SELECT (regress.try($$INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
	VALUES ('0344', '12345678', '45a03', '04', '[2026-06-01,2026-07-01)', 9000)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
	VALUES ('0344', NULL, '45A03', '04', '[2026-12-01,2027-02-01)', 9000)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
	VALUES ('0344', '1234567', '45A03', '04', '[2027-01-01,)', 9000)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
	VALUES ('0344', NULL, '45A03', '04', '[2027-01-01,)', 100000000)$$)).*;

-- shipped rows are read-only outside the extension's scripts
SELECT (regress.try($$UPDATE productcodes.products SET name = 'Pleegzorg (nieuw)' WHERE code = '43Z01'$$)).*;
SELECT (regress.try($$DELETE FROM productcodes.municipalities WHERE gemeentecode = '0363'$$)).*;
SELECT (regress.try($$TRUNCATE productcodes.product_companions$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.units (code, name, shipped) VALUES ('99', 'x', true)$$)).*;
SELECT (regress.try($$UPDATE productcodes.catalogues SET shipped = true WHERE catalogue_id = 1000$$)).*;
SELECT (regress.try($$SELECT productcodes.protect_shipped_rows()$$)).*;
\x off
SELECT name FROM products WHERE code = '43Z01';

-- the user's own rows stay theirs to change and delete
UPDATE products SET name = 'Jeugdhulp ambulant, licht' WHERE catalogue_id = 1000 AND validity @> date '2026-03-01';
DELETE FROM products WHERE catalogue_id = 1 AND code = '45A03';
SELECT catalogue_id, code, name, validity FROM products WHERE code = '45A03' ORDER BY 1, 4;

-- the guard refuses tables it was not made for
CREATE TABLE regress.no_shipped_column (x int);
CREATE TRIGGER g BEFORE INSERT ON regress.no_shipped_column
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
\x on
SELECT (regress.try($$INSERT INTO regress.no_shipped_column VALUES (1)$$)).*;
\x off
DROP TABLE regress.no_shipped_column;

RESET search_path;
