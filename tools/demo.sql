-- tools/demo.sql: what productcodes does, on a throw-away cluster.
-- Run by tools/run-demo.sh (pg_virtualenv); safe to read top to bottom.
\set ON_ERROR_STOP on
\pset footer off
\echo '== productcodes demo =='
CREATE EXTENSION productcodes CASCADE;
SELECT productcodes.install();
-- Analysts put the extension's schema on their search_path once:
--   ALTER DATABASE mydb SET search_path = "$user", public, productcodes;
SET search_path = public, productcodes;

\echo
\echo '-- The catalogue as shipped: two source documents, 31 products'
SELECT catalogue, domain_name AS domein, count(*) AS producten,
	   string_agg(DISTINCT unit_name, ', ') AS eenheden
  FROM catalogue_overview GROUP BY 1, 2 ORDER BY 1, 2;

\echo
\echo '-- Seed 000 (Handboek productcodes, 13 september 2022)'
SELECT segment, code, name, unit_name AS eenheid, frequency_name AS frequentie
  FROM catalogue_overview WHERE catalogue_id = 1 ORDER BY domain, segment, code;

\echo
\echo '-- Seed 004 (Wmo Utrecht West): example codes a region replaces, with their limits'
SELECT local_ref, code, name, unit_name AS eenheid,
	   concat_ws('; ',
		 CASE WHEN min_age_years IS NOT NULL THEN 'vanaf ' || min_age_years || ' jaar' END,
		 CASE WHEN until_state_pension_age THEN 'tot AOW-leeftijd' END,
		 CASE WHEN max_units_per_week IS NOT NULL THEN 'max ' || max_units_per_week || ' per week' END,
		 CASE WHEN max_units_per_year IS NOT NULL THEN 'max ' || max_units_per_year || ' per jaar' END,
		 CASE WHEN home_only THEN 'alleen thuiswonend' END) AS grenzen
  FROM catalogue_overview WHERE catalogue_id = 2 ORDER BY local_ref;

\echo
\echo '-- Which product does a code mean for Woerden on 1 March 2026?'
SELECT code, name, category, unit, validity FROM product_for('07U03', '0632', '2026-03-01');

\echo
\echo '-- The productcode type: 4 bytes, upper case, sorted like the text'
SELECT c::productcode AS code, code_prefix(c::productcode) AS prefix,
	   follows_national_pattern(c::productcode) AS nationaal_patroon
  FROM unnest(ARRAY['50h1a', ' 43Z03 ', '4', '501AL', '04a01']) AS c
 ORDER BY 1;
SELECT pg_column_size('43Z03'::productcode) AS bytes_productcode, pg_column_size('43Z03'::text) AS bytes_text;

\echo
\echo '-- Bad input gets a clear error (shown without stopping the demo)'
\set ON_ERROR_STOP off
SELECT '43 Z03'::productcode;
SELECT '123456789'::bsn;
\set ON_ERROR_STOP on
SELECT '123456782'::bsn AS bsn, is_valid_bsn('123456789') AS "123456789 geldig";

\echo
\echo '-- Shipped rows are protected; your own rows survive pg_dump'
\set ON_ERROR_STOP off
DELETE FROM products WHERE code = '43Z01';
\set ON_ERROR_STOP on
\echo
\echo '-- Declaration rows are checked on insert; every row is kept with its findings'
INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0599', 'JW', '[2023-01-01,)');
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, start_date, end_date)
VALUES ('0599', 1001, '123456782', '12345678', 'JW', '43', '43Z03', 10, '82', '6', '2025-01-01', '2025-12-31');
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0599', NULL, '43Z03', '82', '[2025-01-01,2026-01-01)', 250000);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES (1, '12345678', '0599', 'JW', 'D202504', '2025-04-01', '2025-05-05');
INSERT INTO declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code,
							  period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (1, 'R-1', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D'),
	   (1, 'R-2', 1001, '123456789', '43', '43Z03', '2025-04-02', '2025-04-30', 1, '82', 240000, 240000, 'D'),
	   (1, 'R-3', 4242, '123456782', '45', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
SELECT referentie_nummer, status, errors FROM declaration_rows ORDER BY row_id;
SELECT r.referentie_nummer, f.rule_id, f.return_code, f.text_nl
  FROM row_findings f JOIN declaration_rows r USING (row_id) ORDER BY r.row_id, f.rule_id;
\echo '== end of demo =='
