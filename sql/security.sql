--
-- An unprivileged user plants look-alikes and sets a hostile search_path,
-- then loads rows and calls the extension's functions itself: everything
-- still uses the extension's own objects.  Builds on the data of the
-- earlier files (declaration 13: Rotterdam, June 2025; allocation 2002
-- has a budget of 100.00, of which 60.00 is used).
--

-- no function of the extension runs with its owner's rights
SELECT count(*) AS security_definer_functions
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'productcodes'
 WHERE p.prosecdef;

CREATE ROLE regress_hostile;
-- what a loading role needs (README), and CREATE in public, which
-- PostgreSQL 15 no longer grants by default but older databases do
GRANT INSERT, SELECT ON productcodes.declaration_rows TO regress_hostile;
GRANT SELECT ON productcodes.declarations, productcodes.allocations, productcodes.tariffs,
	productcodes.clients TO regress_hostile;
GRANT CREATE ON SCHEMA public TO regress_hostile;
GRANT USAGE ON SCHEMA regress TO regress_hostile;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_hostile;

SET ROLE regress_hostile;
CREATE FUNCTION public.always(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.always);
CREATE OPERATOR public.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = public.always);
CREATE FUNCTION public.never(date, date) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR public.<= (LEFTARG = date, RIGHTARG = date, FUNCTION = public.never);
CREATE OPERATOR public.>= (LEFTARG = date, RIGHTARG = date, FUNCTION = public.never);
CREATE FUNCTION public.zero_sum(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 0::bigint';
CREATE AGGREGATE public.sum(bigint) (SFUNC = public.zero_sum, STYPE = bigint);
CREATE FUNCTION public.isempty(anyrange) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql AS $$SELECT '1999-01-01'::timestamptz$$;
SET search_path = public, pg_catalog;

-- the planted objects do hijack the user's own naive query ...
SELECT 'x' = 'y' AS naive_text_equality, public.sum(v) AS naive_sum FROM (VALUES (5::bigint)) t(v);
-- ... but not the engine: 45.00 more on a budget with 40.00 left is still over it
-- (TR369), and June was billed already (TR389); an unknown allocation is still unknown
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (13, 'HOSTILE-1', 2002, '111222333', '54', '54Z01', '2025-06-01', '2025-06-30', 4500, '83', NULL, 4500, 'D'),
	   (13, 'HOSTILE-2', 9999, '111222333', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '82', 100, 100, 'D')
RETURNING referentie_nummer, status, errors;
-- nor the look-ups and the what-if
SELECT count(*) AS found FROM productcodes.product_for('43Z03', '0632', '2026-03-01');
SELECT status, errors FROM productcodes.check_row(13, 'HOSTILE-3', 9999, '111222333', '45', '45Z01',
	'2025-06-01', '2025-06-30', 1, '82', 100, 100, 'D');
-- and a forged outcome is still checked
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc, status)
VALUES (13, 'HOSTILE-4', 9999, '111222333', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '82', 100, 100, 'D', 'accepted')
RETURNING referentie_nummer, status, errors;
-- the catalogue stays read-only for this user
SELECT (regress.try($$UPDATE productcodes.products SET name = 'x'$$)).state;
RESET search_path;
RESET ROLE;

DROP OWNED BY regress_hostile;
DROP ROLE regress_hostile;
