--
-- The productcode type: input rules, errors, ordering, indexes, hashing,
-- binary I/O and casts.
--
SET search_path = productcodes, public;

-- accepted: 1 to 5 of [0-9A-Za-z], folded to upper case, outer white space ignored
SELECT input, input::productcode AS code, length(input::productcode::text) AS len
  FROM (VALUES ('43Z03'), ('43z03'), ('4'), ('43'), ('50H1A'), ('501al'),
			   ('54001'), ('ZZZZZ'), ('00000'), ('  04A01  '),
			   (E'\t07U01\n'), (E'\r\n45A03 \f')) AS v(input);

-- refused, each with its full error
\x on
SELECT input, (regress.try(format('SELECT %L::productcodes.productcode', input))).*
  FROM (VALUES (''), ('   '), ('43Z031'), ('ABCDEFGHIJ'), ('43 Z03'), ('43-Z03'),
			   ('43.03'), ('43Z0é'), ('ÄB'), (E'43\tZ'), ('4_3'), ('🙂')) AS v(input);
\x off

-- the message as psql shows it, once
SELECT '43Z0!'::productcode;

-- a bad character is reported before the length
SELECT (regress.try($$SELECT 'ABCDEF GH'::productcodes.productcode$$)).detail;

-- is_valid_productcode tests without raising
SELECT input, is_valid_productcode(input)
  FROM (VALUES ('43Z03'), (' 43z03 '), (''), ('43Z031'), ('43 Z0'), (NULL)) AS v(input);

-- ordering equals the C-collation order of the upper-case text
CREATE TABLE codes_in (t text);
INSERT INTO codes_in VALUES ('A'), ('43Z04'), ('4'), ('50H1A'), ('43'), ('43Z03'),
	('501AL'), ('0'), ('ZZZZZ'), ('9'), ('43Z1'), ('43ZZZ'), ('54001'), ('1A');
SELECT t::productcode AS code FROM codes_in ORDER BY 1;
SELECT array_agg(t::productcode ORDER BY t::productcode)::text[]
	 = array_agg(t ORDER BY t COLLATE "C") AS same_order
  FROM codes_in;
SELECT '4'::productcode < '43' AS a, '43'::productcode < '43Z03' AS b,
	   '43Z03'::productcode < '43Z04' AS c, '43Z04'::productcode < '50H1A' AS d,
	   '50H1A'::productcode < 'A' AS e, '43z03'::productcode = '43Z03' AS f,
	   '43Z03'::productcode <> '43Z04' AS g, '43Z04'::productcode >= '43Z04' AS h,
	   '43Z04'::productcode <= '43Z03' AS i, 'B'::productcode > 'A' AS j;
SELECT min(t::productcode), max(t::productcode) FROM codes_in;

-- stored in 4 bytes, passed by value
SELECT typlen, typbyval, typalign FROM pg_type WHERE oid = 'productcode'::regtype;
SELECT pg_column_size('43Z03'::productcode) AS code_bytes,
	   pg_column_size('43Z03'::text) AS text_bytes;

-- analyst's functions
SELECT c, code_prefix(c), code_prefix(c, 1), code_prefix(c, 5), code_length(c),
	   follows_national_pattern(c)
  FROM (VALUES ('43Z03'::productcode), ('4'), ('50H1A'), ('501AL'), ('54001')) AS v(c);
SELECT (regress.try($$SELECT productcodes.code_prefix('43Z03', 0)$$)).*;
SELECT (regress.try($$SELECT productcodes.code_prefix('43Z03', 6)$$)).*;

-- casts: explicit both ways, never implicit
SELECT '43z03'::text::productcode AS from_text, ('43Z03'::productcode)::text AS to_text,
	   CAST(' 45a03 '::varchar AS productcode) AS from_varchar;
SELECT castcontext FROM pg_cast
 WHERE castsource = 'productcode'::regtype AND casttarget = 'text'::regtype
	OR castsource = 'text'::regtype AND casttarget = 'productcode'::regtype;
CREATE TABLE code_holder (code productcode);
SELECT (regress.try($$INSERT INTO code_holder SELECT '43Z03'::text$$)).*;
SELECT (regress.try($$SELECT '43 Z03'::text::productcodes.productcode$$)).*;

-- btree index: equality and range use it
CREATE TABLE many_codes (code productcode NOT NULL);
INSERT INTO many_codes
SELECT (lpad((i % 56)::text, 2, '0') || chr(65 + i % 26) || lpad((i % 100)::text, 2, '0'))::productcode
  FROM generate_series(1, 20000) AS i;
CREATE INDEX many_codes_code_idx ON many_codes (code);
ANALYZE many_codes;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many_codes WHERE code = '43Z03';
EXPLAIN (COSTS OFF) SELECT count(*) FROM many_codes WHERE code BETWEEN '43' AND '43ZZZ';
SELECT count(*) FROM many_codes WHERE code = '43Z03';
SELECT count(*) FROM many_codes WHERE code BETWEEN '43' AND '43ZZZ';
SELECT count(*) FROM many_codes WHERE code::text BETWEEN '43' AND '43ZZZ';

-- unique index and sort support: a sort of the whole table agrees with text
CREATE UNIQUE INDEX code_holder_uq ON code_holder (code);
INSERT INTO code_holder VALUES ('43Z03');
SELECT (regress.try($$INSERT INTO code_holder VALUES (' 43z03')$$)).*;
SELECT bool_and(a.code::text = b.t) AS sorted_same
  FROM (SELECT code, row_number() OVER (ORDER BY code) AS n FROM many_codes) a
  JOIN (SELECT t, row_number() OVER (ORDER BY t COLLATE "C") AS n
		  FROM (SELECT code::text AS t FROM many_codes) s) b USING (n);

-- hash opclass: hash join and hash aggregate
CREATE TABLE code_names (code productcode PRIMARY KEY, name text);
INSERT INTO code_names VALUES ('43Z03', 'Wonen gericht op zelfstandigheid'), ('45A03', 'x'), ('10B10', 'y');
ANALYZE code_names;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT n.name, count(*) FROM many_codes m JOIN code_names n ON n.code = m.code GROUP BY n.name;
SELECT n.code, count(*) FROM many_codes m JOIN code_names n ON n.code = m.code GROUP BY n.code ORDER BY 1;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT code, count(*) FROM many_codes GROUP BY code;
SELECT count(*) AS groups FROM (SELECT code FROM many_codes GROUP BY code) g;
RESET enable_sort;
SELECT opcname, amname FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcintype = 'productcode'::regtype ORDER BY 1;
SELECT oprnamespace::regnamespace, oprname, oprright::regtype, oprcanhash, oprcanmerge FROM pg_operator
 WHERE oprleft = 'productcode'::regtype AND oprname = '=' ORDER BY 3;

-- binary I/O: the wire form is the code's text; COPY BINARY round trip
SELECT productcode_send('43Z03'), productcode_send('4');
-- (client-side \copy: files under results/, which pg_regress creates)
\copy (SELECT code FROM many_codes ORDER BY code) TO 'results/productcode.bin' WITH (FORMAT binary)
CREATE TABLE codes_back (code productcode);
\copy codes_back FROM 'results/productcode.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_back,
	   (SELECT count(*) FROM many_codes) AS rows_sent,
	   (SELECT array_agg(code ORDER BY code) FROM codes_back)
		 = (SELECT array_agg(code ORDER BY code) FROM many_codes) AS identical
  FROM codes_back;
-- a binary text column reads as productcode; bad content gets the input error
\copy (SELECT t FROM (VALUES (' 43z03'), ('50H1A')) v(t)) TO 'results/codes_as_text.bin' WITH (FORMAT binary)
\copy codes_back FROM 'results/codes_as_text.bin' WITH (FORMAT binary)
SELECT code FROM codes_back WHERE code IN ('43Z03', '50H1A') ORDER BY 1;
\copy (SELECT t FROM (VALUES ('43Z03'), ('43Z0 3')) v(t)) TO 'results/codes_as_text.bin' WITH (FORMAT binary)
\copy codes_back FROM 'results/codes_as_text.bin' WITH (FORMAT binary)

-- every function is marked for the planner
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel, p.proleakproof
  FROM pg_proc p
 WHERE p.pronamespace IN ('productcodes'::regnamespace, 'pg_catalog'::regnamespace)
   AND (p.proargtypes::oid[] && ARRAY['productcode'::regtype::oid]
		OR p.prorettype = 'productcode'::regtype)
 ORDER BY 1;

RESET search_path;
