--
-- Review 13 (attacker) of 8480d4f: the session's catalogue copy
-- (README "Cached, and consistent per statement").  Cross-session cases
-- that need no exact interleaving run here through dblink (the exported
-- snapshot's name must be passed on, which isolationtester cannot do);
-- the interleaved ones are in specs/review_trust4_old_snapshot.spec.
-- Self-contained: its own provider 11114444, allocation 99801, declaration
-- 99801, roles regress_rt4_*, removed at the end.  The expected output is
-- the CLAIMED behaviour; a case that fails at 8480d4f says so.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS dblink;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99801, '111222333', '11114444', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99801, '11114444', '0632', 'WMO', 'RT4W202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11114444', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
CREATE SCHEMA regress_rt4;
-- the errors of a what-if at a tariff, or the SQLSTATE and message that refused it
CREATE FUNCTION regress_rt4.at(tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN (SELECT errors::text FROM productcodes.check_row(99801, 'RT4-P', 99801, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D'));
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- how many of the provider's tariffs the current role may read itself
CREATE FUNCTION regress_rt4.visible() RETURNS bigint
LANGUAGE sql SET search_path = pg_catalog AS $$
	SELECT count(*) FROM productcodes.tariffs WHERE agb = '11114444' $$;
SELECT 'dbname=' || current_database() || ' port=' || current_setting('port')
	|| ' host=' || split_part(current_setting('unix_socket_directories'), ',', 1) AS rt4_conninfo \gset

-- 1. ATTACK on the argument above xact_ended(): "every change committed
--    before the snapshot was taken is in the copy (... the queue is read
--    at the start of each transaction)".  A REPEATABLE READ or SERIALIZABLE
--    transaction can run with a snapshot older than its own start: SET
--    TRANSACTION SNAPSHOT imports another transaction's (pg_dump -j, any
--    parallel reader does).  Here the snapshot is exported, then "dba"
--    commits a new contract tariff (3117 -> 3200), then this session runs
--    one statement (its transaction start counts the invalidation; the copy
--    is stale, nothing reads it again yet, and the transaction ends, so
--    counted_in_xact is false again).  Then a transaction with the imported
--    snapshot reads the copy: nothing was counted in it, so the copy is not
--    bound to it, yet it holds the tariff the old snapshot saw.
--    Claimed (as the fixes of this and the sixth review made it): in
--    REPEATABLE READ and SERIALIZABLE the engine never checks against a
--    catalogue its snapshot does not see: inside that transaction the check
--    fails with 40001 (the catalogue changed after the snapshot), and the
--    next statement after it uses the catalogue as committed:
--    after_3117 {TR418}, after_3200 {}.  (The reviewer claimed the old
--    tariff inside the transaction, as its snapshot sees it.)
--    FAILS at 8480d4f: after_3117 {}, after_3200 {TR418} (the copy read
--    with the imported snapshot stays current for the rest of the
--    session), in REPEATABLE READ and in SERIALIZABLE.
SELECT dblink_connect('rt4_exporter', :'rt4_conninfo') AS exporter;
SELECT dblink_connect('rt4_dba', :'rt4_conninfo') AS dba;
SELECT regress_rt4.at(3117) AS before_3117, regress_rt4.at(3200) AS before_3200;
SELECT dblink_exec('rt4_exporter', 'BEGIN ISOLATION LEVEL REPEATABLE READ') AS exporter;
SELECT snap AS rt4_snap FROM dblink('rt4_exporter', 'SELECT pg_catalog.pg_export_snapshot()') AS t(snap text) \gset
SELECT dblink_exec('rt4_dba', $$UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11114444'$$) AS dba;
SELECT 1 AS another_statement;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SET TRANSACTION SNAPSHOT :'rt4_snap';
SELECT regress_rt4.at(3117) AS imported_3117, regress_rt4.at(3200) AS imported_3200;
COMMIT;
SELECT regress_rt4.at(3117) AS after_3117, regress_rt4.at(3200) AS after_3200;
SELECT dblink_exec('rt4_exporter', 'COMMIT') AS exporter;
-- the same in SERIALIZABLE, back from 3200 to 3117: 40001 inside, the
-- catalogue as committed (3117) after it.
SELECT dblink_exec('rt4_dba', $$UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11114444'$$) AS dba;
SELECT regress_rt4.at(3117) AS fresh_3117, regress_rt4.at(3200) AS fresh_3200;
SELECT dblink_exec('rt4_exporter', 'BEGIN ISOLATION LEVEL SERIALIZABLE') AS exporter;
SELECT snap AS rt4_snap FROM dblink('rt4_exporter', 'SELECT pg_catalog.pg_export_snapshot()') AS t(snap text) \gset
SELECT dblink_exec('rt4_dba', $$UPDATE productcodes.tariffs SET tariff_cents = 3117 WHERE agb = '11114444'$$) AS dba;
SELECT 1 AS another_statement;
BEGIN ISOLATION LEVEL SERIALIZABLE;
SET TRANSACTION SNAPSHOT :'rt4_snap';
SELECT regress_rt4.at(3117) AS imported_3117, regress_rt4.at(3200) AS imported_3200;
COMMIT;
SELECT regress_rt4.at(3117) AS after_ser_3117, regress_rt4.at(3200) AS after_ser_3200;
SELECT dblink_exec('rt4_exporter', 'COMMIT') AS exporter;
SELECT dblink_disconnect('rt4_exporter') AS exporter, dblink_disconnect('rt4_dba') AS dba;
-- (the catalogue as committed again, whatever the copy: 3117)
GRANT SELECT ON productcodes.tariffs TO pg_read_all_data;
REVOKE SELECT ON productcodes.tariffs FROM pg_read_all_data;
SELECT regress_rt4.at(3117) AS reset_3117, regress_rt4.at(3200) AS reset_3200;

-- 2. ATTACK: a row-level security policy on tariffs whose verdict depends
--    on data outside the watched tables.  The deployer keeps, like the
--    extension's own municipality_roles, a table of which role may read
--    which provider's contract, and restricts tariffs with it.  The
--    provider is removed from the tenant's list: its own SELECT then sees
--    none of the provider's tariffs.  Claimed ("a role that may not read
--    tariffs gets ... rather than a verdict of TR418 that would tell it a
--    contract tariff"; "a change of ... its policies ... makes every
--    session's copy stale"): the what-if sees no contract tariff either,
--    as a freshly read copy does (removed_3200 {}).  FAILS at 8480d4f:
--    {TR418} for 3200 and {} for 3117, so the tenant still learns the
--    contract tariff (nothing it may read changed a watched table, so the
--    copy read while it could stays current).  The fresh_ line after a
--    forced invalidation shows what a copy read now gives.
CREATE ROLE regress_rt4_tenant;
GRANT USAGE ON SCHEMA regress_rt4, regress TO regress_rt4_tenant;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_rt4_tenant;
GRANT SELECT ON productcodes.tariffs, productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations, productcodes.clients TO regress_rt4_tenant;
CREATE TABLE regress_rt4.contract_readers (role_name name, agb text);
GRANT SELECT ON regress_rt4.contract_readers TO regress_rt4_tenant;
INSERT INTO regress_rt4.contract_readers VALUES ('regress_rt4_tenant', '11114444');
CREATE POLICY regress_rt4_contract_readers ON productcodes.tariffs AS RESTRICTIVE FOR SELECT
	USING (agb IS NULL OR EXISTS (SELECT 1 FROM regress_rt4.contract_readers r
		WHERE r.role_name = current_user AND r.agb = tariffs.agb));
ALTER TABLE productcodes.tariffs ENABLE ROW LEVEL SECURITY;
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS reader_3117, regress_rt4.at(3200) AS reader_3200;
RESET ROLE;
DELETE FROM regress_rt4.contract_readers WHERE role_name = 'regress_rt4_tenant';
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS removed_3117, regress_rt4.at(3200) AS removed_3200;
RESET ROLE;
-- any invalidation of tariffs: a copy read now
GRANT SELECT ON productcodes.tariffs TO pg_read_all_data;
REVOKE SELECT ON productcodes.tariffs FROM pg_read_all_data;
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS fresh_3117, regress_rt4.at(3200) AS fresh_3200;
RESET ROLE;
DROP POLICY regress_rt4_contract_readers ON productcodes.tariffs;

-- 2b. The same with a policy on a setting (the common pattern of a pooled
--     connection that sets the tenant per request).  Claimed as 2: after
--     the setting names another provider the tenant learns nothing of this
--     one's contract (switched_3200 {}).  FAILS at 8480d4f: {TR418}.
CREATE POLICY regress_rt4_provider_setting ON productcodes.tariffs AS RESTRICTIVE FOR SELECT
	USING (agb IS NULL OR agb = current_setting('regress_rt4.provider', true));
SET ROLE regress_rt4_tenant;
SET regress_rt4.provider = '11114444';
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS own_3117, regress_rt4.at(3200) AS own_3200;
SET regress_rt4.provider = '11119999';
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS switched_3117, regress_rt4.at(3200) AS switched_3200;
RESET regress_rt4.provider;
RESET ROLE;
DROP POLICY regress_rt4_provider_setting ON productcodes.tariffs;
ALTER TABLE productcodes.tariffs DISABLE ROW LEVEL SECURITY;

-- 3. Guards (pass at 8480d4f).  A restrictive policy created, and row
--    level security switched on, while the tenant holds a copy: its next
--    statement sees what the policy lets it.
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS open_3117, regress_rt4.at(3200) AS open_3200;
RESET ROLE;
CREATE POLICY regress_rt4_nobody ON productcodes.tariffs AS RESTRICTIVE FOR SELECT
	TO regress_rt4_tenant USING (agb IS NULL);
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS policy_off_3117, regress_rt4.at(3200) AS policy_off_3200;
RESET ROLE;
ALTER TABLE productcodes.tariffs ENABLE ROW LEVEL SECURITY;
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS rls_on_3117, regress_rt4.at(3200) AS rls_on_3200;
RESET ROLE;
ALTER TABLE productcodes.tariffs DISABLE ROW LEVEL SECURITY;
DROP POLICY regress_rt4_nobody ON productcodes.tariffs;
--    Reading through pg_read_all_data, granted and revoked.
REVOKE SELECT ON productcodes.tariffs FROM regress_rt4_tenant;
GRANT pg_read_all_data TO regress_rt4_tenant;
SET ROLE regress_rt4_tenant;
SELECT regress_rt4.visible() AS visible, regress_rt4.at(3117) AS all_data_3117, regress_rt4.at(3200) AS all_data_3200;
RESET ROLE;
REVOKE pg_read_all_data FROM regress_rt4_tenant;
SET ROLE regress_rt4_tenant;
SELECT (regress.try('SELECT count(*) FROM productcodes.tariffs')).state AS own_select;
SELECT regress_rt4.at(3117) AS no_data_3117, regress_rt4.at(3200) AS no_data_3200;
RESET ROLE;

-- 4. Guard (passes at 8480d4f): copies read again in every transaction do
--    not pile up.  500 REPEATABLE READ transactions, each changing the
--    catalogue (so each copy is bound to its transaction), a what-if and a
--    load refused by productcodes.strict inside an exception block; then
--    the session holds one copy and no statement state.
CREATE PROCEDURE regress_rt4.churn(n int) LANGUAGE plpgsql AS $$
BEGIN
	FOR i IN 1..n LOOP
		UPDATE productcodes.tariffs SET tariff_cents = 3117 WHERE agb = '11114444';
		PERFORM regress_rt4.at(3117);
		BEGIN
			INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
				toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
				tariff_cents, amount_cents, dc)
			VALUES (99801, 'RT4-STRICT', 99801, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
				1, '04', 3200, 3200, 'D');
		EXCEPTION WHEN OTHERS THEN
			NULL;
		END;
		COMMIT;
	END LOOP;
END $$;
SET productcodes.strict = on;
SET default_transaction_isolation = 'repeatable read';
CALL regress_rt4.churn(500);
RESET default_transaction_isolation;
RESET productcodes.strict;
SELECT name, count(*) AS contexts FROM pg_backend_memory_contexts
 WHERE name IN ('productcodes catalogue cache', 'productcodes statement', 'productcodes row')
 GROUP BY name ORDER BY name;
SELECT count(*) AS stored FROM productcodes.declaration_rows WHERE referentie_nummer = 'RT4-STRICT';

-- 5. ATTACK: a catalogue change that fires no trigger.  The statement
--    triggers that send the invalidation (catalogue_changed) are ordinary
--    ones (pg_trigger.tgenabled 'O'): they do not fire while
--    session_replication_role = replica, which is how a logical
--    replication subscriber's apply worker writes every replicated row
--    (a region's database subscribed to the central catalogue and
--    tariffs), and how a superuser loads data with triggers off.
--    Claimed ("A change of a catalogue table ... makes every session's
--    copy stale; the next statement reads a new copy"): after the other
--    session committed 3200, repl_3117 {TR418} and repl_3200 {}.  FAILS at
--    8480d4f: {} and {TR418}, for as long as the session lives.
SELECT regress_rt4.at(3117) AS before_3117, regress_rt4.at(3200) AS before_3200;
SELECT dblink_connect('rt4_replica', :'rt4_conninfo') AS replica;
SELECT dblink_exec('rt4_replica', $$SET session_replication_role = replica;
	UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11114444'$$) AS replica;
SELECT dblink_disconnect('rt4_replica') AS replica;
SELECT tariff_cents AS committed FROM productcodes.tariffs WHERE agb = '11114444';
SELECT regress_rt4.at(3117) AS repl_3117, regress_rt4.at(3200) AS repl_3200;

-- clean up
DROP SCHEMA regress_rt4 CASCADE;
DELETE FROM productcodes.tariffs WHERE agb = '11114444';
DELETE FROM productcodes.declarations WHERE declaration_id = 99801;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99801;
DROP OWNED BY regress_rt4_tenant;
DROP ROLE regress_rt4_tenant;
DROP EXTENSION dblink;
