-- tools/demo.sql: what productcodes does, on a throw-away cluster.
-- Run by tools/run-demo.sh (pg_virtualenv); safe to read top to bottom.
\set ON_ERROR_STOP on
\pset footer off
\echo '== productcodes demo =='
CREATE EXTENSION productcodes CASCADE;
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
\echo '== end of demo =='
