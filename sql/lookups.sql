--
-- Look-ups an analyst uses: product_for, catalogue_for,
-- municipality_is_valid, state_pension_age, catalogue_overview.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- Woerden (0632) uses the Utrecht West Wmo catalogue as shipped
SELECT catalogue_id, name FROM catalogue_for('0632', 'WMO', '2026-03-01');
SELECT count(*) AS none FROM catalogue_for('0632', 'JW', '2026-03-01');

-- Seed 000 names no municipalities; Amsterdam adopts it from 2023 (user rows)
INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0363', 'JW', '[2023-01-01,)'), (1, '0363', 'WMO', '[2023-01-01,)');

-- every seed code looks up, in its own catalogue and domain
SELECT s.code, count(p.*) AS found, min(p.domain) AS domain, min(p.name) AS name
  FROM (VALUES ('43Z03'), ('43Z04'), ('43Z02'), ('43Z01'), ('46Z01'), ('54Z01'),
			   ('54Z02'), ('54Z03'), ('45Z01'), ('40Z01'), ('42Z01'), ('15Z04'),
			   ('15Z03'), ('15Z02'), ('15Z01'), ('02Z01'), ('15Z05'), ('03Z01'),
			   ('08Z01'), ('04A01'), ('04A03')) AS s(code)
  LEFT JOIN LATERAL product_for(s.code::productcode, '0363', '2024-06-01') p ON true
 GROUP BY s.code ORDER BY s.code;
SELECT s.code, count(p.*) AS found, min(p.local_ref) AS local_ref
  FROM (VALUES ('07U01'), ('07U02'), ('07U03'), ('07U04'), ('02U01'), ('02U02'),
			   ('02U03'), ('04U01'), ('08U01'), ('08U02')) AS s(code)
  LEFT JOIN LATERAL product_for(s.code::productcode, '0632', '2026-03-01') p ON true
 GROUP BY s.code ORDER BY s.code;

-- a code means nothing where the municipality's catalogue lacks it, or
-- before the catalogue is in use, or before the product is valid
SELECT count(*) AS in_woerden FROM product_for('43Z03', '0632', '2026-03-01');
SELECT count(*) AS in_2022 FROM product_for('43Z03', '0363', '2022-12-31');
SELECT count(*) AS unknown_gemeente FROM product_for('43Z03', '9999', '2026-03-01');
SELECT code, domain FROM product_for('04A01', '0363', '2024-06-01', 'WMO');
SELECT count(*) AS wrong_domain FROM product_for('04A01', '0363', '2024-06-01', 'JW');
-- the prefix is a convention; the catalogue decides the category
SELECT code_prefix('45A03') AS prefix, (SELECT category FROM product_for('45A03', '0344', '2026-03-01')) AS category;

-- TR378 building block: a code in the CBS list on a date
SELECT municipality_is_valid('0363', '2026-01-01') AS amsterdam,
	   municipality_is_valid('9999', '2026-01-01') AS unknown;

-- state pension age: 67 through 2027, 67 years and 3 months from 2028
SELECT d, state_pension_age(d) FROM (VALUES (date '2024-01-01'), ('2027-12-31'), ('2028-01-01'), ('2023-12-31')) v(d);

-- the readable overview
SELECT catalogue, domain_name, category, category_name, segment, code, name, unit_name, frequency_name
  FROM catalogue_overview WHERE code IN ('43Z03', '04A03', '07U02', '08U02') ORDER BY code;
SELECT count(*) FROM catalogue_overview;

-- look-ups are bound when created: a hostile search_path changes nothing.
-- First show that the planted operators do hijack a naive query...
CREATE FUNCTION public.evil_contains(daterange, date) RETURNS boolean
	LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.@> (LEFTARG = daterange, RIGHTARG = date, FUNCTION = public.evil_contains);
CREATE FUNCTION public.evil_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_eq);
SET search_path = public, pg_catalog, productcodes;
SELECT count(*) AS hijacked FROM productcodes.catalogue_municipalities
 WHERE gemeentecode = '0632' AND validity @> date '1900-01-01';
-- ...then that the extension's functions and views are not affected
SELECT count(*) AS in_woerden FROM productcodes.product_for('43Z03', '0632', '2026-03-01');
SELECT count(*) AS catalogues FROM productcodes.catalogue_for('0632', 'WMO', '2026-03-01');
SELECT productcodes.municipality_is_valid('9999', '2026-01-01') AS unknown;
SELECT count(*) AS overview FROM productcodes.catalogue_overview;
RESET search_path;
DROP OPERATOR public.= (text, text);
DROP OPERATOR public.@> (daterange, date);
DROP FUNCTION public.evil_eq(text, text);
DROP FUNCTION public.evil_contains(daterange, date);
