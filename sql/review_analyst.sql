--
-- Review 13b of c849132 (outsiders' cases): an analyst in psql, a JDBC or
-- BI client with the default search path; an attacker's look-alike
-- operator in a schema on the search path; a role under row-level
-- security.  The expected output is the behaviour the README and the
-- commits claim ("Comparing codes and BSNs needs no search path"):
-- a case marked FAILS AT c849132 gives other output today (said next to it).
-- Self-contained: schema regress_rev13b_evil, roles regress_rev13b_*,
-- provider 11113333, declarations 99931.., all removed at the end.
--
--
-- KNOWN LIMITS (not fixed yet, issue 13): the cases marked FAILS AT c849132
-- are written down as limits in the README ("Comparing codes and BSNs needs no search path"); their expected output
-- records today's behaviour, so that a fix shows as a diff, and the comment
-- next to each says what is claimed for later.
SET search_path = "$user", public;
SET client_min_messages = warning;

-- ---------------------------------------------------------------------
-- Part 1, guards (pass at c849132): what an analyst's tools write
-- ---------------------------------------------------------------------

-- every string type reaches the text operators: name, char(n), varchar,
-- a domain over text, in either order; NULL text is NULL, not an error
CREATE DOMAIN pg_temp.code_text AS text;
CREATE TEMP TABLE sent (n name, c char(8), v varchar(8), d pg_temp.code_text);
INSERT INTO sent VALUES ('43z03', '43Z03', ' 43z03 ', '43Z03'), (NULL, NULL, NULL, NULL);
SELECT (SELECT count(*) FROM productcodes.products p JOIN sent s ON p.code = s.n) AS by_name,
	   (SELECT count(*) FROM productcodes.products p JOIN sent s ON s.c = p.code) AS by_char,
	   (SELECT count(*) FROM productcodes.products p JOIN sent s ON p.code = s.v) AS by_varchar,
	   (SELECT count(*) FROM productcodes.products p JOIN sent s ON s.d = p.code) AS by_domain,
	   ('43Z03'::productcodes.productcode = NULL::text) IS NULL AS null_text,
	   ('123456782'::productcodes.bsn <> NULL::varchar) IS NULL AS null_varchar;

-- IS [NOT] DISTINCT FROM, NULLIF, CASE, COALESCE, IN and NOT IN mixing a
-- literal and text: the code's meaning, not the text's
SELECT count(*) FILTER (WHERE code IS NOT DISTINCT FROM '43z03'::text) AS not_distinct,
	   count(*) FILTER (WHERE code IS DISTINCT FROM '43z03'::text) = count(*) - 1 AS distinct_,
	   count(*) FILTER (WHERE code IN ('02u01', '43z03'::text)) AS in_mixed,
	   count(*) FILTER (WHERE code NOT IN ('02u01', '43z03'::text)) = count(*) - 2 AS not_in_mixed,
	   count(*) FILTER (WHERE CASE code WHEN ' 43z03'::text THEN true END) AS case_when,
	   count(*) FILTER (WHERE NULLIF(code, '43z03'::text) IS NULL) AS nullif_
  FROM productcodes.products;
SELECT COALESCE(NULL::productcodes.productcode, '43z03') AS coalesce_literal;

-- PREPARE without types (psql, JDBC with stringtype=unspecified sends
-- unknown): the parameter is a code, on either side; a LIKE pattern as a
-- parameter (setString) reads in upper case
PREPARE untyped_left AS SELECT count(*) FROM productcodes.products WHERE $1 = code;
EXECUTE untyped_left(' 43z03 ');
PREPARE untyped_right AS SELECT count(*) FROM productcodes.products WHERE code = $1;
EXECUTE untyped_right('43z03');
PREPARE like_param(varchar) AS SELECT count(*) FROM productcodes.products WHERE code LIKE $1;
EXECUTE like_param('43z%');
PREPARE ilike_param(varchar) AS SELECT count(*) FROM productcodes.products WHERE code ILIKE $1;
EXECUTE ilike_param('%z03');

-- a JDBC PreparedStatement turns generic after five executions: the
-- varchar parameter still uses the index on the code
SET plan_cache_mode = force_generic_plan;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
PREPARE generic_varchar(varchar) AS SELECT code FROM productcodes.products WHERE code = $1;
EXPLAIN (COSTS OFF) EXECUTE generic_varchar('43z03');
EXECUTE generic_varchar('43z03');
PREPARE generic_bsn(varchar) AS SELECT count(*) > 0 AS found FROM productcodes.allocations WHERE bsn = $1;
EXECUTE generic_bsn('123456782');
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET plan_cache_mode;

-- joins between a code column and a text column: nested loop, hash and
-- merge join give the same rows (the comparison is inlined into code =
-- productcode(text), which hashes and sorts)
CREATE TEMP TABLE wanted (t text);
INSERT INTO wanted VALUES ('43z03'), (' 02U01'), ('02u01 '), (NULL);
ANALYZE wanted;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT string_agg(p.code::text || '=' || w.t, ',' ORDER BY p.code, w.t) AS nested_loop
  FROM productcodes.products p JOIN wanted w ON p.code = w.t;
SET enable_nestloop = off;
SET enable_hashjoin = on;
SELECT string_agg(p.code::text || '=' || w.t, ',' ORDER BY p.code, w.t) AS hash_join
  FROM productcodes.products p JOIN wanted w ON w.t = p.code;
SET enable_hashjoin = off;
SET enable_mergejoin = on;
SELECT string_agg(p.code::text || '=' || w.t, ',' ORDER BY p.code, w.t) AS merge_join
  FROM productcodes.products p JOIN wanted w ON p.code = w.t;
-- text that is no code is an error naming it, in a hash join too
SET enable_mergejoin = off;
SET enable_hashjoin = on;
INSERT INTO wanted VALUES ('43-Z03');
SELECT count(*) FROM productcodes.products p JOIN wanted w ON p.code = w.t;
DELETE FROM wanted WHERE t = '43-Z03';
RESET enable_nestloop;
RESET enable_hashjoin;
RESET enable_mergejoin;
-- a semi-join (IN a subquery of text) and a text array
SELECT count(*) AS in_subquery FROM productcodes.products WHERE code IN (SELECT t FROM wanted);
SELECT count(*) AS any_array FROM productcodes.products WHERE code = ANY (ARRAY['43z03', ' 02u01']);

-- LIKE's ESCAPE clause, an ILIKE whose escape is a lower-case letter (the
-- same answer as for the code's text), LIKE ANY, a NULL pattern
SELECT count(*) FILTER (WHERE code LIKE '43Z0!_' ESCAPE '!') AS escaped_underscore,
	   count(*) FILTER (WHERE code LIKE '43z0!3' ESCAPE '!') AS escaped_digit,
	   count(*) FILTER (WHERE code LIKE '43z0_' ESCAPE '!') AS lower_pattern_escape,
	   count(*) FILTER (WHERE code ILIKE '43zz0_' ESCAPE 'z') AS lower_escape_letter,
	   count(*) FILTER (WHERE code::text ILIKE '43zz0_' ESCAPE 'z') AS same_for_text,
	   count(*) FILTER (WHERE code LIKE ANY (ARRAY['43z%', '02u0_'])) =
	   count(*) FILTER (WHERE code::text LIKE '43Z%' OR code::text LIKE '02U0_') AS like_any,
	   count(*) FILTER (WHERE (code LIKE NULL) IS NULL) = count(*) AS null_pattern
  FROM productcodes.products;

-- BSNs: LIKE on the nine digits, leading zeros included; IN a text list;
-- min and max per group
CREATE TEMP TABLE seen (grp int, bsn productcodes.bsn);
INSERT INTO seen VALUES (1, '012345672'), (1, '123456782'), (2, '111222333');
SELECT count(*) FILTER (WHERE bsn LIKE '0%') AS leading_zero,
	   count(*) FILTER (WHERE bsn LIKE '_12345672') AS underscore,
	   count(*) FILTER (WHERE bsn IN ('012345672'::text, ' 111222333 '::varchar)) AS in_text
  FROM seen;
SELECT grp, min(bsn), max(bsn) FROM seen GROUP BY grp ORDER BY grp;

-- ---------------------------------------------------------------------
-- Part 2, a role under row-level security (separation on): a text
-- column compared with a code or BSN is read as one only on the rows the
-- role may see.  A 0599 row holds a BSN that is none (stored, rejected
-- FMT_BSN); a Woerden (0632) role's comparison never reads it.
-- ---------------------------------------------------------------------
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99931, '11113333', '0632', 'WMO', 'REVW202504', '2025-04-01', '2025-05-05', '2025-05-06'),
	   (99932, '11113333', '0599', 'WMO', 'REVR202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99931, 'REV13B-W', 1, '123456782', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 100, 100, 'D'),
	   (99932, 'REV13B-R', 1, 'geheim-0599', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 100, 100, 'D');
CREATE ROLE regress_rev13b_woerden NOLOGIN;
CREATE ROLE regress_rev13b_anna;
GRANT regress_rev13b_woerden TO regress_rev13b_anna;
GRANT SELECT ON productcodes.declarations, productcodes.declaration_rows TO regress_rev13b_woerden;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('regress_rev13b_woerden', '0632');
SELECT productcodes.enable_municipality_separation();
-- the owner sees the other municipality's value: the comparison fails on it
SELECT count(*) FROM productcodes.declaration_rows
 WHERE declaration_id IN (99931, 99932) AND bsn = '123456782'::productcodes.bsn;
SET ROLE regress_rev13b_anna;
SELECT count(*) AS anna_text_eq_bsn FROM productcodes.declaration_rows
 WHERE bsn = '123456782'::productcodes.bsn AND declaration_id IN (99931, 99932);
SELECT count(*) AS anna_bsn_eq_text FROM productcodes.declaration_rows
 WHERE '123456782'::productcodes.bsn = bsn::varchar AND declaration_id IN (99931, 99932);
SELECT count(*) AS anna_code_eq_varchar FROM productcodes.declaration_rows
 WHERE code = '02u01'::varchar AND declaration_id IN (99931, 99932);
SELECT count(*) AS anna_like FROM productcodes.declaration_rows WHERE code LIKE '02u%' AND declaration_id IN (99931, 99932);
RESET ROLE;
-- the comparison as a join clause (with a table of BSNs of the role's
-- own): neither a hash join nor a nested loop reads the other municipality's row
GRANT SELECT ON seen TO regress_rev13b_anna;
SET ROLE regress_rev13b_anna;
SET enable_nestloop = off;
SELECT count(*) AS anna_hash_join FROM productcodes.declaration_rows r JOIN seen s ON r.bsn = s.bsn
 WHERE r.declaration_id IN (99931, 99932);
SET enable_nestloop = on;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT count(*) AS anna_nested_loop FROM productcodes.declaration_rows r JOIN seen s ON s.bsn = r.bsn
 WHERE r.declaration_id IN (99931, 99932);
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET ROLE;
SELECT productcodes.disable_municipality_separation();

-- ---------------------------------------------------------------------
-- Part 3, findings: a look-alike operator in a schema that is on the
-- search path AFTER "$user" and public (pg_catalog is still searched
-- first).  The README: "A look-alike operator in another schema cannot
-- take their place, unless a search path names pg_catalog itself after
-- that schema".  The extension's operators are found first only when
-- they match the argument types exactly; for varchar (JDBC setString, a
-- BI tool's filter) and for LIKE with a literal pattern (which PostgreSQL
-- first looks up as productcode ~~ productcode) the look-alike is exact
-- and wins.  Each look-alike answers true for every row.
-- ---------------------------------------------------------------------
CREATE SCHEMA regress_rev13b_evil;
CREATE FUNCTION regress_rev13b_evil.yes(productcodes.productcode, varchar) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE FUNCTION regress_rev13b_evil.yes(varchar, productcodes.productcode) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE FUNCTION regress_rev13b_evil.yes(productcodes.productcode, productcodes.productcode) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE FUNCTION regress_rev13b_evil.yes(productcodes.bsn, productcodes.bsn) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE FUNCTION regress_rev13b_evil.yes(productcodes.bsn, varchar) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN true;
CREATE OPERATOR regress_rev13b_evil.= (LEFTARG = productcodes.productcode, RIGHTARG = varchar,
	FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.= (LEFTARG = varchar, RIGHTARG = productcodes.productcode,
	FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.~~ (LEFTARG = productcodes.productcode, RIGHTARG = varchar,
	FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.~~ (LEFTARG = productcodes.productcode,
	RIGHTARG = productcodes.productcode, FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.~~* (LEFTARG = productcodes.productcode,
	RIGHTARG = productcodes.productcode, FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.!~~ (LEFTARG = productcodes.productcode,
	RIGHTARG = productcodes.productcode, FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.~~ (LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = regress_rev13b_evil.yes);
CREATE OPERATOR regress_rev13b_evil.= (LEFTARG = productcodes.bsn, RIGHTARG = varchar,
	FUNCTION = regress_rev13b_evil.yes);
SET search_path = "$user", public, regress_rev13b_evil;
-- still safe: a literal, text (pg_catalog has the exact operator)
SELECT count(*) AS literal FROM productcodes.products WHERE code = '43z03';
SELECT count(*) AS text_ FROM productcodes.products WHERE code = '43z03'::text;
-- FAILS AT c849132: 33 (every product) instead of 1: the look-alike
-- productcode = varchar answers for JDBC's setString
PREPARE evil_varchar(varchar) AS SELECT count(*) FROM productcodes.products WHERE code = $1;
EXECUTE evil_varchar('43z03');
SELECT count(*) AS varchar_literal FROM productcodes.products WHERE code = '43z03'::varchar;
-- FAILS AT c849132: 33 instead of 1 (varchar = productcode)
SELECT count(*) AS varchar_left FROM productcodes.products WHERE '43z03'::varchar = code;
-- FAILS AT c849132: 33 instead of 4 (LIKE with a setString pattern)
PREPARE evil_like_param(varchar) AS SELECT count(*) FROM productcodes.products WHERE code LIKE $1;
EXECUTE evil_like_param('43%');
-- the README's own example, code LIKE '43%', with a look-alike
-- productcode ~~ productcode: PostgreSQL looks a literal pattern up as a
-- code first, finds the look-alike, and reads the pattern as a code.
-- FAILS AT c849132: ERROR invalid input syntax for type productcode: "43%"
-- instead of 4 (LIKE) and 29 (NOT LIKE); ILIKE '43z03' (a pattern that
-- reads as a code) gives 33 instead of 1
SELECT count(*) AS like_literal FROM productcodes.products WHERE code LIKE '43%';
SELECT count(*) AS not_like_literal FROM productcodes.products WHERE code NOT LIKE '43%';
SELECT count(*) AS ilike_literal FROM productcodes.products WHERE code ILIKE '43z03';
-- FAILS AT c849132: 3 instead of 1 (bsn = varchar, a BSN filter from JDBC)
SELECT count(*) AS bsn_varchar FROM seen WHERE bsn = '123456782'::varchar;
-- FAILS AT c849132: the look-alike bsn ~~ bsn reads the pattern as a BSN:
-- ERROR invalid input syntax for type bsn: "1234%" instead of 1
SELECT count(*) AS bsn_like FROM seen WHERE bsn LIKE '1234%';
SET search_path = "$user", public;
DEALLOCATE generic_varchar;
DEALLOCATE evil_varchar;
DEALLOCATE evil_like_param;
DROP SCHEMA regress_rev13b_evil CASCADE;

-- ---------------------------------------------------------------------
-- Part 4, findings: what the README promises a BI tool for text and varchar
-- ---------------------------------------------------------------------
-- "Their operators (=, <>, <, ...) ... A code or BSN compared with text
-- or varchar (a column, a JDBC setString parameter, a BI tool's filter)
-- is compared as the value the text stands for".  A range filter sends
-- code BETWEEN ? AND ? with setString; only = and <> take text.
-- FAILS AT c849132: ERROR operator does not exist: productcodes.productcode
-- >= character varying, instead of 4
SELECT count(*) AS code_between FROM productcodes.products
 WHERE code BETWEEN '43a'::varchar AND '43zzz'::varchar;
-- FAILS AT c849132: ERROR operator does not exist: productcodes.productcode < text, instead of t
SELECT count(*) = (SELECT count(*) FROM productcodes.products WHERE code < '43') AS code_below
  FROM productcodes.products WHERE code < '43'::text;
-- FAILS AT c849132: ERROR operator does not exist: productcodes.bsn > text, instead of 2
SELECT count(*) AS bsn_above FROM seen WHERE bsn > '111111110'::text;

-- "an index on the code is used": a list sent as one array parameter
-- (setArray, = ANY(?)) is not inlined: the SQL function runs per element
-- as a filter.
-- FAILS AT c849132: f (Filter: (code = ANY ($1))) instead of t
CREATE FUNCTION pg_temp.index_cond(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ 'Index Cond: .*code' THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
SET enable_seqscan = off;
PREPARE any_text(text[]) AS SELECT count(*) FROM productcodes.products WHERE code = ANY ($1);
SELECT pg_temp.index_cond($$EXECUTE any_text('{43z03,02U01}')$$) AS any_text_uses_index;
EXECUTE any_text('{43z03,02U01}');
-- (a guard: the same list as literals does use it)
SELECT pg_temp.index_cond($$SELECT count(*) FROM productcodes.products WHERE code = ANY ('{43z03,02U01}')$$)
	AS any_literal_uses_index;
RESET enable_seqscan;

-- clean up
DELETE FROM productcodes.municipality_roles WHERE role_name = 'regress_rev13b_woerden';
DELETE FROM productcodes.declaration_rows WHERE declaration_id IN (99931, 99932);
DELETE FROM productcodes.declarations WHERE declaration_id IN (99931, 99932);
DROP OWNED BY regress_rev13b_woerden;
DROP ROLE regress_rev13b_woerden, regress_rev13b_anna;
RESET search_path;
