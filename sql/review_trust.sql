--
-- Review (attacker) of d4accf9: the catalogue copy "serves only the role
-- that read it" (claim 4), and the statement's copy.  Self-contained: its
-- own municipality data (Woerden 0632, provider 11112222), removed at the end.
-- The expected output is the CLAIMED behaviour; a case that failed at d4accf9 says
-- so in its comment.
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99501, '111222333', '11112222', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on)
VALUES (99501, '11112222', '0632', 'WMO', 'RTC202504', '2025-04-01', '2025-05-05');
-- the contract: 02U01 at 31.17 an hour (a figure the probing role must not learn)
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11112222', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);

CREATE ROLE regress_rt_prober;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.clients TO regress_rt_prober;
GRANT USAGE ON SCHEMA regress TO regress_rt_prober;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_rt_prober;
CREATE SCHEMA regress_rt;
GRANT USAGE ON SCHEMA regress_rt TO regress_rt_prober;
-- TR418 for a claimed tariff: {} when it is the contract's, {TR418} when not
-- (an ordinary SECURITY INVOKER helper an application might have; the call
-- is a PL/pgSQL simple expression)
CREATE FUNCTION regress_rt.probe(tariff bigint) RETURNS text[]
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
	r record;
BEGIN
	r := productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D');
	RETURN r.errors;
END $$;
GRANT EXECUTE ON FUNCTION regress_rt.probe(bigint) TO regress_rt_prober;
-- the probe's verdict, or the error that refuses it
CREATE FUNCTION regress_rt.try_probe(tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN regress_rt.probe(tariff)::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
GRANT EXECUTE ON FUNCTION regress_rt.try_probe(bigint) TO regress_rt_prober;

-- 1. Control (the author's case): check_row after SET ROLE, as its own
--    statement, refuses the role without SELECT on tariffs.  Passes.
SELECT regress_rt.probe(3117) AS owner_right, regress_rt.probe(3000) AS owner_wrong;
SET ROLE regress_rt_prober;
SELECT (regress.try($$SELECT errors FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')$$)).message;
RESET ROLE;

-- 2. ATTACK: the same after SET ROLE, but through a PL/pgSQL function
--    whose check_row call is a simple expression, in one transaction.  A
--    simple expression's state lives for the whole transaction, and with it
--    the engine's per-"statement" state (fn_extra), which keeps the copy
--    the owner's first call read: the prober then gets TR418's verdict
--    computed from the owner's tariffs and can bisect the contract tariff.
--    Claimed: permission denied for table tariffs.  Failed at d4accf9 (the state, with its copy, lived for the
--    transaction); fixed: check_row() checks its copy on every call.
BEGIN;
SELECT regress_rt.try_probe(3117) AS owner_right;
SET LOCAL ROLE regress_rt_prober;
SELECT regress_rt.try_probe(3117) AS prober_right, regress_rt.try_probe(3118) AS prober_wrong;
COMMIT;

-- 2b. ATTACK, the same without SET ROLE: the owner offers the prober a
--    SECURITY DEFINER function that uses the shared helper (here it only
--    warms up and returns nothing).  In the same transaction the prober then
--    calls the helper itself: its check_row expression keeps the state made
--    during the definer's call, and the owner's copy.  Claimed: refused.
--    Failed at d4accf9 (the state, with its copy, lived for the
--    transaction); fixed: check_row() checks its copy on every call.
CREATE FUNCTION regress_rt.warm() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
	PERFORM regress_rt.probe(0);
END $$;
GRANT EXECUTE ON FUNCTION regress_rt.warm() TO regress_rt_prober;
SET ROLE regress_rt_prober;
SELECT regress_rt.try_probe(3117) AS prober_alone;
BEGIN;
SELECT regress_rt.warm();
SELECT regress_rt.try_probe(3117) AS prober_right, regress_rt.try_probe(3118) AS prober_wrong;
COMMIT;
RESET ROLE;

-- 3. ATTACK (same root, the catalogue, not security): the README promises
--    "a statement keeps the copy it started with ... the next sees the
--    change".  In one transaction the simple expression keeps the copy
--    across statements, so a tariff changed (and committed by the owner's
--    own earlier statement) is not seen by the next statement.  Claimed:
--    the new tariff 3200 is the contract's ({}), 3117 no longer is
--    ({TR418}).  Failed at d4accf9 (the state, with its copy, lived for the
--    transaction); fixed: check_row() checks its copy on every call.
BEGIN;
SELECT regress_rt.probe(3117) AS before_change;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11112222';
SELECT regress_rt.probe(3200) AS new_tariff, regress_rt.probe(3117) AS old_tariff;
ROLLBACK;

-- 4. GRANT and then REVOKE within one session: after the REVOKE the
--    role's copy (read while it could) is not served again.  Passes.
GRANT SELECT ON productcodes.tariffs TO regress_rt_prober;
SET ROLE regress_rt_prober;
SELECT (regress.try($$SELECT 1 FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')$$)).message AS while_granted;
RESET ROLE;
REVOKE SELECT ON productcodes.tariffs FROM regress_rt_prober;
SET ROLE regress_rt_prober;
SELECT (regress.try($$SELECT 1 FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')$$)).message AS after_revoke;
RESET ROLE;

-- 5. SET SESSION AUTHORIZATION after the owner filled the copy.  Passes.
SELECT regress_rt.probe(3117) AS owner_right;
SET SESSION AUTHORIZATION regress_rt_prober;
SELECT (regress.try($$SELECT 1 FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')$$)).message AS session_authorization;
RESET SESSION AUTHORIZATION;

-- 6. Membership without INHERIT: the prober is a member of a role that may
--    read tariffs, but does not inherit its rights: still refused; after
--    SET ROLE to that role it may.  Passes.  (NOINHERIT before the GRANT:
--    from PostgreSQL 16 on the attribute only sets the default of the
--    grants made after it.)
CREATE ROLE regress_rt_tariff_readers;
GRANT SELECT ON productcodes.tariffs, productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations, productcodes.clients TO regress_rt_tariff_readers;
ALTER ROLE regress_rt_prober NOINHERIT;
GRANT regress_rt_tariff_readers TO regress_rt_prober;
SET ROLE regress_rt_prober;
SELECT (regress.try($$SELECT 1 FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')$$)).message AS noinherit_member;
SET ROLE regress_rt_tariff_readers;
SELECT errors AS as_the_reader_role FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
RESET ROLE;

-- 7. A SECURITY DEFINER function owned by the prober, called by the owner:
--    check_row inside reads as the prober (refused), and the owner's call
--    after it gets the owner's copy again.  Passes.
CREATE FUNCTION regress_rt.as_prober() RETURNS text[]
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
	SELECT errors FROM productcodes.check_row(99501, 'RTC-PROBE', 99501, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D') $$;
ALTER FUNCTION regress_rt.as_prober() OWNER TO regress_rt_prober;
SELECT (regress.try($$SELECT regress_rt.as_prober()$$)).message AS definer_prober;
SELECT regress_rt.probe(3117) AS owner_after;

-- 8. Hostile search_path (look-alike = and hashtext in public, public
--    first) with REPEATABLE READ: the engine's reads still find the
--    earlier row (TR314) and its own locks.  Passes.
CREATE FUNCTION public.hashtext(text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION public.always(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.always);
BEGIN ISOLATION LEVEL REPEATABLE READ;
SET LOCAL search_path = public, pg_catalog, productcodes;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99501, 'RTC-1', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D'),
	   (99501, 'RTC-1', 99501, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D')
RETURNING referentie_nummer, status, errors;
SELECT count(*) AS engine_locks FROM pg_locks
 WHERE pid = pg_backend_pid() AND locktype = 'object' AND classid = 'pg_catalog.pg_extension'::regclass;
ROLLBACK;
DROP OPERATOR public.= (text, text);
DROP FUNCTION public.always(text, text), public.hashtext(text);

-- clean up
DELETE FROM productcodes.declaration_rows WHERE declaration_id = 99501;
DELETE FROM productcodes.declarations WHERE declaration_id = 99501;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99501;
DELETE FROM productcodes.tariffs WHERE agb = '11112222';
DROP SCHEMA regress_rt CASCADE;
DROP OWNED BY regress_rt_prober, regress_rt_tariff_readers;
DROP ROLE regress_rt_prober, regress_rt_tariff_readers;
RESET client_min_messages;
