--
-- An unprivileged user plants look-alikes and sets a hostile search_path,
-- then loads rows and calls the extension's functions itself: everything
-- still uses the extension's own objects.  Builds on the data of the
-- earlier files (declaration 13: Rotterdam, June 2025; allocation 2002
-- has a budget of 100.00, of which 60.00 is used).
--

-- the functions of productcodes that run with their owner's rights: only
-- the two separation switches and the reports' refresh (the tables and
-- materialized views stay the superuser's, the administrator runs these),
-- with a pinned search_path, for the administrator and not PUBLIC
SELECT p.oid::regprocedure AS security_definer, p.proconfig,
	   has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_run,
	   has_function_privilege('productcodes_admin', p.oid, 'EXECUTE') AS admin_may_run
  FROM pg_proc p
 WHERE p.prosecdef
   AND (p.pronamespace = 'productcodes'::regnamespace
		OR p.oid IN (SELECT d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
					  WHERE d.classid = 'pg_proc'::regclass AND e.extname = 'productcodes'))
 ORDER BY p.proname;

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

-- Outcomes cannot be forged by an UPDATE either: a role with UPDATE on the
-- rows (which revalidate() needs) cannot set an outcome or change a checked
-- row's fields, directly or through INSERT ... ON CONFLICT DO UPDATE; only
-- the engine's revalidate() writes outcomes.  The owner is held to it too.
CREATE ROLE regress_forger;
GRANT SELECT, INSERT, UPDATE ON productcodes.declaration_rows, productcodes.staged_rows TO regress_forger;
GRANT SELECT ON productcodes.declarations, productcodes.allocations, productcodes.tariffs,
	productcodes.clients TO regress_forger;
GRANT USAGE ON SCHEMA regress TO regress_forger;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_forger;
SET ROLE regress_forger;
\x on
-- (the message names the row by its row_id, shown here as whose it is)
SELECT t.state, replace(t.message, 'row_id ' || r.row_id, 'row_id <of HOSTILE-2>') AS message, t.detail, t.hint
  FROM regress.try($$UPDATE productcodes.declaration_rows SET status = 'accepted', errors = '{}' WHERE referentie_nummer = 'HOSTILE-2'$$) t, productcodes.declaration_rows r WHERE r.referentie_nummer = 'HOSTILE-2';
SELECT t.state, replace(t.message, 'row_id ' || r.row_id, 'row_id <of HOSTILE-1>') AS message, t.detail, t.hint
  FROM regress.try($$UPDATE productcodes.declaration_rows SET amount_cents = 1 WHERE referentie_nummer = 'HOSTILE-1'$$) t, productcodes.declaration_rows r WHERE r.referentie_nummer = 'HOSTILE-1';
SELECT t.state, replace(t.message, 'row_id ' || r.row_id, 'row_id <of HOSTILE-2>') AS message, t.detail, t.hint
  FROM regress.try($$INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) SELECT row_id, 13, 'HOSTILE-5', 9999, '111222333', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '82', 100, 100, 'D' FROM productcodes.declaration_rows WHERE referentie_nummer = 'HOSTILE-2' ON CONFLICT (row_id) DO UPDATE SET status = 'accepted', errors = '{}'$$) t, productcodes.declaration_rows r WHERE r.referentie_nummer = 'HOSTILE-2';
SELECT (regress.try($$UPDATE productcodes.staged_rows SET status = 'accepted', errors = '{}' WHERE referentie_nummer = 'ST-CODE'$$)).*;
\x off
-- a change that changes nothing is no forgery
UPDATE productcodes.declaration_rows SET status = status WHERE referentie_nummer = 'HOSTILE-2';
-- the engine's re-check writes outcomes, for this role too
SELECT referentie_nummer, old_status, status, errors FROM productcodes.revalidate(13)
 WHERE referentie_nummer LIKE 'HOSTILE-%' ORDER BY row_id;
-- and after it the guard holds again
SELECT (regress.try($$UPDATE productcodes.declaration_rows SET status = 'accepted' WHERE referentie_nummer = 'HOSTILE-2'$$)).state;
RESET ROLE;
-- also after an error inside revalidate() that was caught, in the same
-- transaction: a role without UPDATE fails there (42501, not the guard)
CREATE ROLE regress_reader;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.tariffs, productcodes.clients TO regress_reader;
GRANT USAGE ON SCHEMA regress TO regress_reader;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_reader;
BEGIN;
SET LOCAL ROLE regress_reader;
SELECT (regress.try('SELECT productcodes.revalidate(13)')).message;
SET LOCAL ROLE regress_forger;
SELECT (regress.try($$UPDATE productcodes.declaration_rows SET status = 'accepted' WHERE referentie_nummer = 'HOSTILE-2'$$)).state;
COMMIT;
-- the owner is held to it as well
SELECT (regress.try($$UPDATE productcodes.declaration_rows SET status = 'accepted', errors = '{}' WHERE referentie_nummer = 'HOSTILE-2'$$)).state;
SELECT referentie_nummer, amount_cents, status, errors FROM productcodes.declaration_rows
 WHERE referentie_nummer LIKE 'HOSTILE-%' ORDER BY row_id;

-- The session's copy of the catalogue serves only the role that read it:
-- after the owner's check filled it, a role without SELECT on tariffs does
-- not learn Rotterdam's contract tariff for 43Z03 (2500.00) by probing TR418.
CREATE ROLE regress_prober;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.clients TO regress_prober;
GRANT USAGE ON SCHEMA regress TO regress_prober;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_prober;
SELECT status, errors FROM productcodes.check_row(1, 'PROBE-OWNER', 1001, '123456782', '43', '43Z03',
	'2025-04-01', '2025-04-30', 1, '82', 249999, 249999, 'D');
SET ROLE regress_prober;
\x on
SELECT (regress.try($$SELECT status, errors FROM productcodes.check_row(1, 'PROBE', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 249999, 249999, 'D')$$)).*;
-- nor can it take the import lock of a message, to stall its import
SELECT (regress.try($$SELECT productcodes.lock_import('323/12345678/IDENT-1')$$)).*;
\x off
RESET ROLE;
-- a role that may import takes it
BEGIN;
SELECT productcodes.lock_import('323/12345678/IDENT-1');
SELECT count(*) AS import_locks FROM pg_locks
 WHERE pid = pg_backend_pid() AND locktype = 'object' AND classid = 'pg_extension'::regclass
   AND objsubid > 3 * 1024;
COMMIT;

DROP OWNED BY regress_forger, regress_reader, regress_prober;
DROP ROLE regress_forger, regress_reader, regress_prober;
