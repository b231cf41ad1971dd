--
-- An analyst with the default search path (issue 13, item 4): codes and
-- BSNs compare with literals, text and varchar columns and parameters, LIKE,
-- min and max, without the schema on the search path and without casts;
-- and a look-alike operator in another schema does not take their place.
--
SET search_path = "$user", public;
SET client_min_messages = warning;

-- literals: the text of the code, in any case, white space around it ignored
SELECT count(*) AS shipped_43z03 FROM productcodes.products WHERE code = '43Z03';
SELECT count(*) AS lower_case FROM productcodes.products WHERE code = '43z03';
SELECT count(*) AS padded FROM productcodes.products WHERE code = ' 43Z03 ';
SELECT count(*) AS listed FROM productcodes.products WHERE code IN ('43z03', '02u01');
SELECT count(*) AS between_ FROM productcodes.products WHERE code BETWEEN '43A' AND '43ZZZ';
-- a literal that is no code: an error naming it, not an empty answer
SELECT count(*) FROM productcodes.products WHERE code = '4!';

-- text and varchar: columns, expressions, parameters (JDBC setString sends varchar)
CREATE TEMP TABLE wanted (t text, v varchar(10));
INSERT INTO wanted VALUES ('43z03', '02U01'), (' 43Z03', '02u01 ');
SELECT w.t, p.code FROM wanted w JOIN productcodes.products p ON p.code = w.t
 WHERE p.shipped ORDER BY 1, 2;
SELECT w.v, p.code FROM wanted w JOIN productcodes.products p ON w.v = p.code
 WHERE p.shipped ORDER BY 1, 2;
SELECT count(*) AS not_equal FROM productcodes.products WHERE code <> '43z03'::text AND code = '43Z03';
SELECT count(*) AS text_left FROM productcodes.products WHERE '43z03'::varchar = code;
SELECT count(*) AS any_text FROM productcodes.products WHERE code = ANY (ARRAY['43z03', '02u01']::text[]);
PREPARE by_varchar(varchar) AS SELECT count(*) FROM productcodes.products WHERE code = $1;
EXECUTE by_varchar('43z03');
PREPARE by_text(text) AS SELECT count(*) FROM productcodes.products WHERE code = $1;
EXECUTE by_text(' 43Z03 ');
-- text that is no code is an error too, naming the value
EXECUTE by_varchar('43Z03X');
SELECT count(*) FROM productcodes.products WHERE code = 'geen code'::text;

-- the comparison with text is inlined: an index on the code is used
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) EXECUTE by_varchar('43z03');
EXPLAIN (COSTS OFF) SELECT code FROM productcodes.products WHERE code = '43z03'::text;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- LIKE and ILIKE on the code's text; the pattern read in upper case
SELECT count(*) = (SELECT count(*) FROM productcodes.products WHERE code::text LIKE '43%') AS like_43,
	   count(*) > 0 AS some
  FROM productcodes.products WHERE code LIKE '43%';
SELECT count(*) AS lower_pattern FROM productcodes.products WHERE code LIKE '43z%' AND code = '43Z03';
SELECT count(*) AS ilike FROM productcodes.products WHERE code ILIKE '43z0_' AND code = '43Z03';
SELECT count(*) = 0 AS not_like FROM productcodes.products WHERE code NOT LIKE '4%' AND code::text LIKE '4%';
SELECT count(*) = 0 AS not_ilike FROM productcodes.products WHERE code NOT ILIKE '43z%' AND code::text LIKE '43Z%';
-- LIKE's escapes work as for text
SELECT '43Z03'::productcodes.productcode LIKE '43Z0_' AS underscore,
	   '43Z03'::productcodes.productcode LIKE '43Z0\_' AS escaped_underscore;

-- min and max, DISTINCT, GROUP BY, ORDER BY
SELECT min(code), max(code) FROM productcodes.products WHERE code LIKE '43%';
SELECT min(code) = (SELECT code FROM productcodes.products WHERE code LIKE '43%' ORDER BY code LIMIT 1) AS min_is_first
  FROM productcodes.products WHERE code LIKE '43%';
SELECT count(DISTINCT code) > 0 AS distinct_codes FROM productcodes.products;
SELECT code, count(*) FROM productcodes.products WHERE code IN ('43z03', '02u01') GROUP BY code ORDER BY code;

-- BSNs likewise
CREATE TEMP TABLE clients_seen (bsn productcodes.bsn, as_text text);
INSERT INTO clients_seen VALUES ('123456782', '123456782'), ('111222333', ' 111222333 ');
SELECT count(*) AS literal FROM clients_seen WHERE bsn = '123456782';
SELECT count(*) AS text_column FROM clients_seen WHERE bsn = as_text;
SELECT count(*) AS text_left FROM clients_seen WHERE as_text = bsn;
SELECT count(*) AS varchar_param FROM clients_seen WHERE bsn = '123456782'::varchar;
SELECT count(*) AS not_equal FROM clients_seen WHERE bsn <> '123456782'::text;
SELECT count(*) AS like_ FROM clients_seen WHERE bsn LIKE '1234%';
SELECT count(*) AS not_like FROM clients_seen WHERE bsn NOT LIKE '1234%';
SELECT min(bsn), max(bsn) FROM clients_seen;
SELECT count(*) FROM clients_seen WHERE bsn = '123456789'::text;

-- a look-alike in another schema on the search path: the analyst's
-- comparisons still use the extension's operators, which pg_catalog holds
-- (searched first unless a search path names pg_catalog later itself)
CREATE SCHEMA regress_analyst_evil;
CREATE FUNCTION regress_analyst_evil.always(productcodes.productcode, text) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE OPERATOR regress_analyst_evil.= (LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = regress_analyst_evil.always);
CREATE FUNCTION regress_analyst_evil.always_pc(productcodes.productcode, productcodes.productcode)
RETURNS boolean LANGUAGE sql IMMUTABLE RETURN true;
CREATE OPERATOR regress_analyst_evil.= (LEFTARG = productcodes.productcode,
	RIGHTARG = productcodes.productcode, FUNCTION = regress_analyst_evil.always_pc);
CREATE FUNCTION regress_analyst_evil.min(productcodes.productcode) RETURNS productcodes.productcode
LANGUAGE sql RETURN '0'::productcodes.productcode;
SET search_path = regress_analyst_evil, "$user", public;
SELECT count(*) AS literal FROM productcodes.products WHERE code = '43Z03';
SELECT count(*) AS text_ FROM productcodes.products WHERE code = '43Z03'::text;
SELECT min(code) <> '0' AS real_min FROM productcodes.products;
SET search_path = "$user", public;
DROP SCHEMA regress_analyst_evil CASCADE;

-- the schema's functions still need its name (or the search path)
SELECT count(*) AS looked_up FROM productcodes.product_for('02u01', '0632', '2026-03-01');
RESET search_path;

-- BI tools: every amount in cents in a view (or a reporting function's
-- result) has its euros next to it (numeric, to the cent), under the same name
-- with _euros; this fails on a view that gains a _cents column without one
SELECT c.relname, a.attname AS cents_without_euros
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'productcodes'::regnamespace AND c.relkind IN ('v', 'm')
   AND a.attname LIKE '%\_cents'
   AND NOT EXISTS (SELECT 1 FROM pg_attribute e
					WHERE e.attrelid = c.oid AND NOT e.attisdropped
					  AND e.attname = regexp_replace(a.attname, '_cents$', '_euros')
					  AND format_type(e.atttypid, e.atttypmod) = 'numeric')
 ORDER BY 1, 2;
SELECT p.proname, n AS cents_without_euros
  FROM pg_proc p CROSS JOIN LATERAL unnest(p.proargnames) AS n
 WHERE p.pronamespace = 'productcodes'::regnamespace AND p.proretset
   AND n LIKE '%\_cents' AND NOT (regexp_replace(n, '_cents$', '_euros') = ANY (p.proargnames))
 ORDER BY 1, 2;
SELECT count(*) AS views_with_euros FROM pg_class c
 WHERE c.relnamespace = 'productcodes'::regnamespace AND c.relkind IN ('v', 'm')
   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname LIKE '%\_euros');
