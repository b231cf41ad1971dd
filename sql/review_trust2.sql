--
-- Review 12b (attacker) of 4854b89: "check_row() and revalidate() re-check,
-- on every call, whether their per-statement state is still current (same
-- role, catalogue copy not stale)" (claim 3), and what a lock-holding role
-- needs (claim 1).  Self-contained: its own data (Woerden 0632, Rotterdam
-- 0599, provider 11112222, numbers 99601..), removed at the end; the
-- row-level security and role changes happen inside transactions that roll
-- back.  The expected output is the CLAIMED behaviour (README "Cached, and
-- consistent per statement", "Municipalities apart", "Security and
-- privileges"); a case that failed at 374bf48 says so in its comment.
--
-- Root of cases 1-5: a PL/pgSQL simple expression keeps check_row()'s
-- fn_extra for the whole transaction, and get_state() rebuilds it only when
-- the role differs or cc_is_current(st->cache) is false.  Everything else
-- the state holds is kept: the declaration header with TR318/TR333/TR135's
-- inputs (header_valid), the direct-read decisions (eng_find_indexes,
-- eng_direct_index_setup: row-level security and SELECT, decided once), and
-- the copy's "stale" flag is only ever set on the copy that is `current`.
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99601, '111222333', '11112222', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31'),
	   ('0599', 99611, '111222333', '11112222', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99601, '11112222', '0632', 'WMO', 'RT2W202504', '2025-04-01', '2025-05-05', '2025-05-06'),
	   (99611, '11112222', '0599', 'WMO', 'RT2R202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11112222', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
-- Rotterdam's row: its ReferentieNummer is what Woerden must not learn
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99611, 'RT2-ROTTERDAM-SECRET', 99611, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
	1, '04', 3117, 3117, 'D');

CREATE ROLE regress_rt2_other;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.clients, productcodes.tariffs TO regress_rt2_other;
CREATE SCHEMA regress_rt2;
GRANT USAGE ON SCHEMA regress_rt2, regress TO regress_rt2_other;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_rt2_other;
-- an application's ordinary SECURITY INVOKER helper: the what-if of one row
-- (the check_row call is a PL/pgSQL simple expression)
CREATE FUNCTION regress_rt2.probe(decl bigint, ref text, toewijzing bigint, tariff bigint) RETURNS text[]
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
	r record;
BEGIN
	r := productcodes.check_row(decl, ref, toewijzing, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D');
	RETURN r.errors;
END $$;
GRANT EXECUTE ON FUNCTION regress_rt2.probe(bigint, text, bigint, bigint) TO regress_rt2_other;
-- the same what-if as a statement of its own (the reference behaviour)
CREATE FUNCTION regress_rt2.plain(decl bigint, ref text, toewijzing bigint, tariff bigint) RETURNS text
LANGUAGE sql SET search_path = pg_catalog AS $$
	SELECT errors::text FROM productcodes.check_row(decl, ref, toewijzing, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D') $$;
-- either, or the error that refuses it
CREATE FUNCTION regress_rt2.try_probe(decl bigint, ref text, toewijzing bigint, tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN regress_rt2.probe(decl, ref, toewijzing, tariff)::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
GRANT EXECUTE ON FUNCTION regress_rt2.try_probe(bigint, text, bigint, bigint) TO regress_rt2_other;

-- 1. ATTACK (catalogue, claim 3): the copy's stale flag.  cache_invalidated()
--    marks only the copy that is `current`; a copy a kept state still holds
--    after another role's copy became current is never marked.  The owner's
--    what-if (state S, copy A) runs, another role's what-if in the same
--    transaction makes copy B current, the owner changes the contract
--    tariff: B is marked stale, A is not, so S keeps serving A.  Claimed
--    ("a change of the catalogue in the same transaction counts from the
--    next call on"): 3200 is the contract's ({}), 3117 no longer ({TR418}).
--    Failed at 374bf48 (fixed in the next commit: a fresh state for every call): {TR418} for 3200 and {} for 3117 (the old tariff).
BEGIN;
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS owner_3117,
	   regress_rt2.probe(99601, 'RT2-P', 99601, 3200) AS owner_3200;
SET LOCAL ROLE regress_rt2_other;
SELECT errors AS other_role FROM productcodes.check_row(99601, 'RT2-P', 99601, '111222333', '02', '02U01',
	'2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
RESET ROLE;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11112222';
SELECT regress_rt2.plain(99601, 'RT2-P', 99601, 3200) AS plain_new, regress_rt2.plain(99601, 'RT2-P', 99601, 3117) AS plain_old;
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3200) AS kept_new, regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS kept_old;
ROLLBACK;

-- 2. ATTACK (declarations, claim 3 / "check_row() ... read afresh for every
--    row"): the header of the declaration (and with it TR135, TR318,
--    TR333's inputs) is cached in the state (header_valid) and never read
--    again while the declaration id is the same.  A received_on corrected
--    before the DeclaratieDagtekening makes TR135 apply.  Claimed: the
--    helper's next call says {TR135}, as a statement of its own does.
--    Failed at 374bf48 (fixed in the next commit: a fresh state for every call): {} (the header as it was at the first call).
BEGIN;
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS before_fix;
UPDATE productcodes.declarations SET received_on = '2025-05-01' WHERE declaration_id = 99601;
SELECT regress_rt2.plain(99601, 'RT2-P', 99601, 3117) AS plain_after;
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS kept_after;
ROLLBACK;

-- 3. ATTACK (privileges, claim 3 and "a copy ... serves only the current
--    role's privileges"): REVOKE SELECT ON allocations in the middle of a
--    transaction.  The state decided "direct reads" for allocations when
--    the role could read it, and keeps reading the index after the revoke
--    (REVOKE takes no lock on the table, so another session's REVOKE does
--    the same to an open transaction).  Claimed: permission denied, as the
--    plain SELECT and the statement of its own.  Failed at 374bf48 (fixed in the next commit: a fresh state for every call): {}.
BEGIN;
SET LOCAL ROLE regress_rt2_other;
SELECT regress_rt2.try_probe(99601, 'RT2-P', 99601, 3117) AS before_revoke;
RESET ROLE;
REVOKE SELECT ON productcodes.allocations FROM regress_rt2_other;
SET LOCAL ROLE regress_rt2_other;
SELECT (regress.try('SELECT count(*) FROM productcodes.allocations')).state AS plain_select;
SELECT regress_rt2.try_probe(99601, 'RT2-P', 99601, 3117) AS kept_after_revoke;
ROLLBACK;

-- 4. ATTACK (row-level security, claim 3): RLS switched on for allocations
--    in the middle of the transaction.  The role then sees no allocation
--    (it works for no municipality), but the kept state still reads the
--    index directly and finds allocation 99601.  Claimed: {TR338} (no
--    allocation it may see), as the statement of its own.  Failed at
--    374bf48 (fixed in the next commit: a fresh state for every call): {}.  (Across sessions the ALTER waits for an attacker that
--    holds declarations or declaration_rows, but not for one whose earlier
--    what-ifs read allocations directly: table_close releases that lock.)
BEGIN;
SET LOCAL ROLE regress_rt2_other;
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS before_rls;
RESET ROLE;
ALTER TABLE productcodes.allocations ENABLE ROW LEVEL SECURITY;
SET LOCAL ROLE regress_rt2_other;
SELECT count(*) AS allocations_it_sees FROM productcodes.allocations;
SELECT errors AS plain_after FROM productcodes.check_row(99601, 'RT2-P', 99601, '111222333', '02', '02U01',
	'2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
SELECT regress_rt2.probe(99601, 'RT2-P', 99601, 3117) AS kept_after;
ROLLBACK;

-- 5. ATTACK (municipalities apart): a role that could read every row
--    (BYPASSRLS, e.g. a region-wide analyst) is made a municipality's role
--    (NOBYPASSRLS, listed for Woerden) while its transaction is open.  ALTER
--    ROLE takes no table lock, so this works across sessions.  Its plain
--    SELECT then sees only Woerden's rows, but the helper's kept state still
--    reads declaration_rows and declarations on their indexes, bypassing
--    the policies: TR314 on a Woerden declaration of the same provider
--    tells it that Rotterdam booked a row with ReferentieNummer RT2-R-AFTER
--    AFTER the demotion (any reference can be tried; the client ledger
--    likewise tells a BSN's care in another municipality).  The state
--    decides direct reads per table when it first needs one, so the
--    helper's first call (while region-wide) must have read a header
--    directly: a TR314 hit does.  Claimed: TR314 is not visible to it ({}),
--    as for the statement of its own.  Failed at 374bf48 (fixed in the next commit: a fresh state for every call): {TR314}.
BEGIN;
CREATE ROLE regress_rt2_analyst BYPASSRLS;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.clients, productcodes.tariffs TO regress_rt2_analyst;
GRANT USAGE ON SCHEMA regress_rt2 TO regress_rt2_analyst;
GRANT EXECUTE ON FUNCTION regress_rt2.probe(bigint, text, bigint, bigint) TO regress_rt2_analyst;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('regress_rt2_analyst', '0632');
ALTER TABLE productcodes.allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE productcodes.declarations ENABLE ROW LEVEL SECURITY;
ALTER TABLE productcodes.declaration_rows ENABLE ROW LEVEL SECURITY;
SET LOCAL ROLE regress_rt2_analyst;
-- region-wide it may see Rotterdam's row (TR314 is right here)
SELECT regress_rt2.probe(99601, 'RT2-ROTTERDAM-SECRET', 99601, 3117) AS while_region_wide;
RESET ROLE;
ALTER ROLE regress_rt2_analyst NOBYPASSRLS;
-- Rotterdam books a row after the demotion
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99611, 'RT2-R-AFTER', 99611, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
	1, '04', 3117, 3117, 'D');
SET LOCAL ROLE regress_rt2_analyst;
SELECT count(*) AS rotterdam_rows_it_sees FROM productcodes.declaration_rows WHERE declaration_id = 99611;
SELECT errors AS plain_after FROM productcodes.check_row(99601, 'RT2-R-AFTER', 99601, '111222333',
	'02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
SELECT regress_rt2.probe(99601, 'RT2-R-AFTER', 99601, 3117) AS kept_after,
	   regress_rt2.probe(99601, 'RT2-R-NEVER', 99601, 3117) AS kept_wrong_guess;
ROLLBACK;

-- 6. Claim 1 (passes, kept as a regression test): revalidate() of a role
--    with SELECT but no UPDATE is refused by its first UPDATE, before it
--    checks (and locks) anything; a role with UPDATE (column privileges are
--    enough) but no INSERT holds the buckets of the rows it revalidates for
--    its transaction, as documented ("revalidate() (needs UPDATE)").
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99601, 'RT2-W-1', 99601, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
BEGIN;
SET LOCAL ROLE regress_rt2_other;
SELECT (regress.try('SELECT count(*) FROM productcodes.revalidate(99601)')).state AS select_only;
SELECT count(*) AS engine_locks FROM pg_locks
 WHERE pid = pg_backend_pid() AND locktype = 'object' AND classid = 'pg_catalog.pg_extension'::regclass;
RESET ROLE;
GRANT UPDATE (status, errors, warnings, ruleset, undecided, figures, checked_at)
	ON productcodes.declaration_rows TO regress_rt2_other;
SET LOCAL ROLE regress_rt2_other;
SELECT referentie_nummer, old_status, status FROM productcodes.revalidate(99601);
SELECT count(*) > 0 AS engine_locks_held FROM pg_locks
 WHERE pid = pg_backend_pid() AND locktype = 'object' AND classid = 'pg_catalog.pg_extension'::regclass
   AND objid = 'productcodes.declaration_rows'::regclass;
ROLLBACK;

-- 7. Claim 3 for the trigger (passes, kept): a role change inside one
--    INSERT ... SELECT (set_config('role', ..., true) evaluated for the
--    second row) gives the second row a state of its own: under row-level
--    security it does not see Rotterdam's second reference (no TR314),
--    while the owner's first row of the same statement sees the first.
BEGIN;
CREATE ROLE regress_rt2_woerden;
GRANT SELECT, INSERT ON productcodes.declaration_rows, productcodes.declarations TO regress_rt2_woerden;
GRANT SELECT ON productcodes.allocations, productcodes.clients, productcodes.tariffs TO regress_rt2_woerden;
GRANT USAGE ON SEQUENCE productcodes.declaration_rows_row_id_seq TO regress_rt2_woerden;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (99611, 'RT2-R-SECRET2', 99611, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
	1, '04', 3117, 3117, 'D');
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('regress_rt2_woerden', '0632');
ALTER TABLE productcodes.allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE productcodes.declarations ENABLE ROW LEVEL SECURITY;
ALTER TABLE productcodes.declaration_rows ENABLE ROW LEVEL SECURITY;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
SELECT 99601, CASE WHEN i = 1 THEN 'RT2-ROTTERDAM-SECRET' ELSE 'RT2-R-SECRET2' END, 99601, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
	1, '04', 3117, 3117, CASE WHEN i = 2 THEN left(set_config('role', 'regress_rt2_woerden', true), 0) ELSE '' END || 'D'
  FROM generate_series(1, 2) i
RETURNING current_user AS who, referentie_nummer, status, errors;
ROLLBACK;

-- clean up
DELETE FROM productcodes.declaration_rows WHERE declaration_id IN (99601, 99611);
DELETE FROM productcodes.declarations WHERE declaration_id IN (99601, 99611);
DELETE FROM productcodes.allocations WHERE toewijzing_nummer IN (99601, 99611);
DELETE FROM productcodes.tariffs WHERE agb = '11112222';
DROP SCHEMA regress_rt2 CASCADE;
DROP OWNED BY regress_rt2_other;
DROP ROLE regress_rt2_other;
RESET client_min_messages;
