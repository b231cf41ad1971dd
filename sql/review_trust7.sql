--
-- Review 16 (attacker) of 9e09edc (check_fresh()).  Self-contained:
-- provider 11118888, allocation and declaration 99975, schema regress_rt7s,
-- all removed at the end.  The expected output is the CLAIMED behaviour.
-- The policy swap (FAILS) is in specs/review_trust7_policy_swap.spec.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS dblink;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99975, '111222333', '11118888', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99975, '11118888', '0632', 'WMO', 'RT7S202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (tariff_id, gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES (99975, '0632', '11118888', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
CREATE SCHEMA regress_rt7s;
CREATE FUNCTION regress_rt7s.at(tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN (SELECT errors::text FROM productcodes.check_row(99975, 'RT7-S', 99975, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D'));
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT 'dbname=' || current_database() || ' port=' || current_setting('port')
	|| ' host=' || split_part(current_setting('unix_socket_directories'), ',', 1) AS rt7_conninfo \gset
SELECT dblink_connect('rt7_dba', :'rt7_conninfo') AS dba;

-- 1. GUARD: own changes in REPEATABLE READ: a tariff raised in a savepoint
--    (3117 -> 3200) is used, and after ROLLBACK TO the old one again; no
--    40001 (own xmin is skipped, a rolled-back subtransaction's row is not read).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT regress_rt7s.at(3117) AS first_3117;
SAVEPOINT s;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE tariff_id = 99975;
SELECT regress_rt7s.at(3117) AS own_3117, regress_rt7s.at(3200) AS own_3200;
ROLLBACK TO SAVEPOINT s;
SELECT regress_rt7s.at(3117) AS rolled_back_3117, regress_rt7s.at(3200) AS rolled_back_3200;
COMMIT;

-- 2. GUARD: a prepared transaction (prepared before the snapshot, committed
--    after it) that raised the tariff: 40001 inside, 3200 after.
SELECT dblink_exec('rt7_dba', 'BEGIN') AS dba;
SELECT dblink_exec('rt7_dba', $$UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE tariff_id = 99975$$) AS dba;
SELECT dblink_exec('rt7_dba', $$PREPARE TRANSACTION 'regress_rt7'$$) AS dba;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT regress_rt7s.at(3117) AS before_commit_3117;
SELECT dblink_exec('rt7_dba', $$COMMIT PREPARED 'regress_rt7'$$) AS dba;
SELECT regress_rt7s.at(3117) AS inside_3117, regress_rt7s.at(3200) AS inside_3200;
COMMIT;
SELECT regress_rt7s.at(3117) AS after_3117, regress_rt7s.at(3200) AS after_3200;

-- 3. GUARD: VACUUM FREEZE after the snapshot, of a tariff changed after
--    it (3200 -> 3117): the snapshot holds the horizon, the xmin is not
--    frozen, 40001.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT regress_rt7s.at(3200) AS before_3200;
SELECT dblink_exec('rt7_dba', $$UPDATE productcodes.tariffs SET tariff_cents = 3117 WHERE tariff_id = 99975$$) AS dba;
SELECT dblink_exec('rt7_dba', 'VACUUM (FREEZE) productcodes.tariffs') AS dba;
SELECT regress_rt7s.at(3117) AS inside_3117, regress_rt7s.at(3200) AS inside_3200;
COMMIT;
SELECT regress_rt7s.at(3117) AS after_3117, regress_rt7s.at(3200) AS after_3200;

-- clean up
SELECT dblink_disconnect('rt7_dba') AS dba;
DROP SCHEMA regress_rt7s CASCADE;
DELETE FROM productcodes.tariffs WHERE tariff_id = 99975;
DELETE FROM productcodes.declarations WHERE declaration_id = 99975;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99975;
