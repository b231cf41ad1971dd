--
-- Review 12c (attacker) of 1d1d4e7: the session's catalogue copy "serves
-- only the current role's privileges" and "a change of the catalogue counts
-- from the next statement" (README "Cached, and consistent per statement").
-- The review's cases within one session; across sessions they are in
-- specs/review_trust3_rr_copy.spec.  Written again from the review's
-- findings (its branch was lost with the machine).  Self-contained: its own
-- provider 11113333, allocation 99701, declaration 99701, removed at the
-- end.  The expected output is the CLAIMED behaviour; a case that failed at
-- 0c3c936 says so.
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99701, '111222333', '11113333', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99701, '11113333', '0632', 'WMO', 'RT3W202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11113333', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);

-- the member reads everything but the tariffs with its own privileges, the
-- tariffs only through a group, and (case 2) through a chain of two groups
CREATE ROLE regress_rt3_readers;
CREATE ROLE regress_rt3_mid;
CREATE ROLE regress_rt3_member;
CREATE ROLE regress_rt3_far;
GRANT SELECT ON productcodes.tariffs TO regress_rt3_readers;
GRANT SELECT ON productcodes.declaration_rows, productcodes.declarations, productcodes.allocations,
	productcodes.clients TO regress_rt3_member, regress_rt3_far;
GRANT regress_rt3_readers TO regress_rt3_member;
GRANT regress_rt3_readers TO regress_rt3_mid;
GRANT regress_rt3_mid TO regress_rt3_far;
CREATE SCHEMA regress_rt3;
GRANT USAGE ON SCHEMA regress_rt3, regress TO regress_rt3_member, regress_rt3_far;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_rt3_member, regress_rt3_far;
-- the errors of a what-if at a tariff, or the SQLSTATE and message that refused it
CREATE FUNCTION regress_rt3.at(tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN (SELECT errors::text FROM productcodes.check_row(99701, 'RT3-P', 99701, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D'));
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
GRANT EXECUTE ON FUNCTION regress_rt3.at(bigint) TO regress_rt3_member, regress_rt3_far;

-- 1. ATTACK: a membership revoked between two transactions of the session.
--    Claimed: the what-if is refused as the role's own SELECT is.  Failed
--    at 0c3c936: {} for 3117, {TR418} for 3200 (the copy read through the
--    group).
SET ROLE regress_rt3_member;
SELECT regress_rt3.at(3117) AS member_3117, regress_rt3.at(3200) AS member_3200;
RESET ROLE;
REVOKE regress_rt3_readers FROM regress_rt3_member;
SET ROLE regress_rt3_member;
SELECT (regress.try('SELECT count(*) FROM productcodes.tariffs')).state AS own_select;
SELECT regress_rt3.at(3117) AS revoked_3117, regress_rt3.at(3200) AS revoked_3200;
RESET ROLE;
-- granted again: it reads them again
GRANT regress_rt3_readers TO regress_rt3_member;
SET ROLE regress_rt3_member;
SELECT regress_rt3.at(3117) AS granted_3117, regress_rt3.at(3200) AS granted_3200;
RESET ROLE;

-- 1b. The same inside one transaction (the revoke is the session's own, so
--     it counts from the next command).  Failed at 0c3c936 as case 1.
BEGIN;
SET LOCAL ROLE regress_rt3_member;
SELECT regress_rt3.at(3117) AS member_3117;
RESET ROLE;
REVOKE regress_rt3_readers FROM regress_rt3_member;
SET LOCAL ROLE regress_rt3_member;
SELECT regress_rt3.at(3117) AS revoked_3117;
ROLLBACK;

-- 2. ATTACK: a link further up a chain of groups: far -> mid -> readers,
--    and the DBA revokes readers from mid.  Nothing about "far" itself
--    changed.  Failed at 0c3c936 as case 1.
SET ROLE regress_rt3_far;
SELECT regress_rt3.at(3117) AS far_3117;
RESET ROLE;
REVOKE regress_rt3_readers FROM regress_rt3_mid;
SET ROLE regress_rt3_far;
SELECT (regress.try('SELECT count(*) FROM productcodes.tariffs')).state AS own_select;
SELECT regress_rt3.at(3117) AS chain_cut_3117;
RESET ROLE;

-- 3. A change of the catalogue rolled back, in READ COMMITTED and in
--    REPEATABLE READ: inside the transaction the change counts (3200 the
--    contract's); after the ROLLBACK the committed tariff does again.
--    Passed at 0c3c936 too: a guard for the copy's own invalidations at a
--    rollback, with the copy read with the latest snapshot.
SELECT regress_rt3.at(3117) AS before_3117;
BEGIN;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11113333';
SELECT regress_rt3.at(3117) AS inside_3117, regress_rt3.at(3200) AS inside_3200;
ROLLBACK;
SELECT regress_rt3.at(3117) AS after_3117, regress_rt3.at(3200) AS after_3200;
BEGIN ISOLATION LEVEL REPEATABLE READ;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11113333';
SELECT regress_rt3.at(3117) AS inside_rr_3117, regress_rt3.at(3200) AS inside_rr_3200;
ROLLBACK;
SELECT regress_rt3.at(3117) AS after_rr_3117, regress_rt3.at(3200) AS after_rr_3200;
-- rolled back to a savepoint: the committed tariff again, in the same transaction
BEGIN ISOLATION LEVEL REPEATABLE READ;
SAVEPOINT s;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11113333';
SELECT regress_rt3.at(3117) AS in_savepoint_3117, regress_rt3.at(3200) AS in_savepoint_3200;
ROLLBACK TO SAVEPOINT s;
SELECT regress_rt3.at(3117) AS rolled_back_3117, regress_rt3.at(3200) AS rolled_back_3200;
COMMIT;
-- committed in REPEATABLE READ: the next transaction has it
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT regress_rt3.at(3117) AS rr_copy_3117;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11113333';
COMMIT;
SELECT regress_rt3.at(3117) AS committed_3117, regress_rt3.at(3200) AS committed_3200;

-- clean up
DROP SCHEMA regress_rt3 CASCADE;
DELETE FROM productcodes.tariffs WHERE agb = '11113333';
DELETE FROM productcodes.declarations WHERE declaration_id = 99701;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99701;
DROP OWNED BY regress_rt3_member, regress_rt3_far, regress_rt3_mid, regress_rt3_readers;
DROP ROLE regress_rt3_member, regress_rt3_far, regress_rt3_mid, regress_rt3_readers;
