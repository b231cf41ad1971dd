--
-- Review 14 (attacker) of 1ee6850 (the catalogue copy read with the
-- latest snapshot, per statement under row-level security, row triggers
-- for replica sessions: commit 9ec2660; README "Cached, and consistent per
-- statement").  Self-contained: provider 11115555, allocation and
-- declaration 99901, roles regress_rt5_*, schema regress_rt5, all removed
-- at the end.  The expected output is the CLAIMED behaviour; a case that
-- fails at 1ee6850 says so.  The interleaved SERIALIZABLE cases are in
-- specs/review_trust5_write_skew.spec.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS dblink;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99901, '111222333', '11115555', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99901, '11115555', '0632', 'WMO', 'RT5W202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11115555', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
CREATE SCHEMA regress_rt5;
GRANT USAGE ON SCHEMA regress_rt5 TO PUBLIC;
-- the errors of a what-if at a tariff, or the SQLSTATE and message that refused it
CREATE FUNCTION regress_rt5.at(tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	RETURN (SELECT errors::text FROM productcodes.check_row(99901, 'RT5-P', 99901, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D'));
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- the same at three tariffs, in one line
CREATE FUNCTION regress_rt5.three() RETURNS text
LANGUAGE sql SET search_path = pg_catalog AS $$
	SELECT '3117 ' || regress_rt5.at(3117) || ', 3200 ' || regress_rt5.at(3200)
		|| ', 3300 ' || regress_rt5.at(3300) $$;
-- a row stored at a tariff: its status and errors
CREATE FUNCTION regress_rt5.store(ref text, tariff bigint) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE r text;
BEGIN
	INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
		toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
		tariff_cents, amount_cents, dc)
	VALUES (99901, ref, 99901, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
		1, '04', tariff, tariff, 'D')
	RETURNING status || ' ' || errors::text INTO r;
	RETURN r;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- any invalidation of tariffs: every session reads its copy again
CREATE PROCEDURE regress_rt5.touch() LANGUAGE sql AS $$
	GRANT SELECT ON productcodes.tariffs TO pg_read_all_data;
	REVOKE SELECT ON productcodes.tariffs FROM pg_read_all_data $$;
CREATE ROLE regress_rt5_tenant;
GRANT SELECT ON productcodes.tariffs, productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations, productcodes.clients TO regress_rt5_tenant;
GRANT INSERT ON productcodes.declaration_rows TO regress_rt5_tenant;
GRANT USAGE ON SCHEMA regress TO regress_rt5_tenant;
SELECT 'dbname=' || current_database() || ' port=' || current_setting('port')
	|| ' host=' || split_part(current_setting('unix_socket_directories'), ',', 1) AS rt5_conninfo \gset
-- no row-level security on the watched tables to begin with
SELECT count(*) AS rls_on FROM pg_class
 WHERE relnamespace = 'productcodes'::regnamespace AND relrowsecurity
   AND relname IN ('rules', 'rule_settings', 'categories', 'units', 'municipalities', 'catalogues',
	'catalogue_municipalities', 'products', 'product_companions', 'tariffs', 'state_pension_ages');
SELECT regress_rt5.three() AS baseline;

-- 1. ATTACK: the copy's load queries name one type without its schema:
--    RANGE_COLUMNS writes '-infinity'::date and 'infinity'::date.  A
--    type's name is looked up in the session's temporary schema first,
--    whatever search_path says (pg_temp is searched first for relations
--    and types unless named in the path), and any role may create a
--    temporary type (TEMP is PUBLIC's by default).  With a temporary domain
--    "date" over timestamp, coalesce(lower(validity), '-infinity'::date)
--    is a timestamp, and get_date() reads its Datum as a DateADT (the low
--    32 bits of microseconds): every validity in the copy is garbage (an
--    open end becomes 2000-01-01 and 1999-12-31).  The tenant's what-ifs
--    and the rows it stores get TR378 (the municipality "not in the CBS
--    list") on a correct row.  Dropping the type (DISCARD TEMP, DISCARD
--    ALL of a pooler) sends no invalidation of a watched table, so the
--    poisoned copy stays current for that role in that session: a pooled
--    connection's next client of the same role gets the same verdicts.
--    Claimed (README: the engine checks against "the catalogue as
--    committed"; "an outcome cannot be forged"): a temporary type changes
--    nothing: poisoned and discarded as baseline (3117 {}, 3200 {TR418},
--    3300 {TR418}) and the stored row accepted (then deleted, so that the
--    later what-ifs are not TR389).  FAILS at 1ee6850: {TR378}
--    for every tariff, before and after DISCARD TEMP, and RT5-TEMP stored
--    rejected {TR378}.
SET ROLE regress_rt5_tenant;
SELECT regress_rt5.three() AS tenant;
CREATE DOMAIN pg_temp.date AS pg_catalog.timestamp;
RESET ROLE;
CALL regress_rt5.touch();
SET ROLE regress_rt5_tenant;
SELECT regress_rt5.three() AS poisoned;
SELECT regress_rt5.store('RT5-TEMP', 3117) AS stored;
-- (the stored row would make the later what-ifs of the period TR389)
RESET ROLE;
DELETE FROM productcodes.declaration_rows WHERE referentie_nummer = 'RT5-TEMP';
SET ROLE regress_rt5_tenant;
DISCARD TEMP;
SELECT count(*) AS temp_types FROM pg_type WHERE typnamespace = pg_my_temp_schema();
SELECT regress_rt5.three() AS discarded;
RESET ROLE;
CALL regress_rt5.touch();
SET ROLE regress_rt5_tenant;
SELECT regress_rt5.three() AS fresh;
RESET ROLE;

-- 2. Guard (passes): USAGE on the schema revoked while the role holds a
--    copy.  A REVOKE on a schema sends no invalidation of a watched table
--    and no role invalidation, so the copy stays current; a function with
--    an SQL-standard body (parsed once, no name look-up when it runs)
--    still reaches the trigger.  Claimed: the role that may no longer use
--    the schema gets no verdict from the copy (42501).  It holds because
--    the engine reads the declaration header with SQL that names the
--    schema (the plan is re-analysed after the REVOKE), after the copy;
--    check_row() itself opens declaration_rows by name.
CREATE FUNCTION regress_rt5.std_store(ref text, tariff bigint) RETURNS text[]
LANGUAGE sql
BEGIN ATOMIC
	INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
		toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
		tariff_cents, amount_cents, dc)
	VALUES (99901, ref, 99901, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
		1, '04', tariff, tariff, 'D');
	SELECT errors FROM productcodes.declaration_rows WHERE referentie_nummer = ref;
END;
CREATE FUNCTION regress_rt5.std_what_if(tariff bigint) RETURNS text[]
LANGUAGE sql
RETURN (productcodes.check_row(99901, 'RT5-P', 99901, '111222333', '02', '02U01',
	'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D')).errors;
REVOKE USAGE ON SCHEMA productcodes FROM PUBLIC;
GRANT USAGE ON SCHEMA productcodes TO regress_rt5_tenant;
SET ROLE regress_rt5_tenant;
SELECT regress_rt5.std_store('RT5-USAGE1', 3200) AS with_usage, regress_rt5.std_what_if(3200) AS what_if;
RESET ROLE;
REVOKE USAGE ON SCHEMA productcodes FROM regress_rt5_tenant;
SET ROLE regress_rt5_tenant;
SELECT state, message FROM regress.try($$SELECT regress_rt5.std_store('RT5-USAGE2', 3200)$$);
SELECT state, message FROM regress.try($$SELECT regress_rt5.std_what_if(3200)$$);
RESET ROLE;
GRANT USAGE ON SCHEMA productcodes TO PUBLIC;
SELECT referentie_nummer, errors FROM productcodes.declaration_rows
 WHERE referentie_nummer LIKE 'RT5-USAGE%' ORDER BY 1;
DELETE FROM productcodes.declaration_rows WHERE referentie_nummer LIKE 'RT5-USAGE%';

-- 3. Guards (pass): the transaction's own change, before its first check,
--    after a savepoint rolled back, and after the transaction rolled back,
--    at each isolation level.  The latest snapshot carries the current
--    command id: the own uncommitted tariff counts; a rolled-back one
--    (processed locally, counted) does not.
BEGIN ISOLATION LEVEL READ COMMITTED;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11115555';
SELECT regress_rt5.three() AS rc_own;
SAVEPOINT s;
UPDATE productcodes.tariffs SET tariff_cents = 3300 WHERE agb = '11115555';
SELECT regress_rt5.three() AS rc_savepoint;
SELECT regress_rt5.store('RT5-OWN-RC', 3300) AS rc_row;
ROLLBACK TO s;
SELECT regress_rt5.three() AS rc_rolled_back_to;
ROLLBACK;
SELECT regress_rt5.three() AS rc_rolled_back;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT regress_rt5.three() AS rr_before;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11115555';
SELECT regress_rt5.three() AS rr_own;
SAVEPOINT s;
UPDATE productcodes.tariffs SET tariff_cents = 3300 WHERE agb = '11115555';
SELECT regress_rt5.three() AS rr_savepoint;
ROLLBACK TO s;
SELECT regress_rt5.three() AS rr_rolled_back_to;
ROLLBACK;
SELECT regress_rt5.three() AS rr_rolled_back;
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT regress_rt5.three() AS ser_before;
UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11115555';
SELECT regress_rt5.three() AS ser_own;
SAVEPOINT s;
UPDATE productcodes.tariffs SET tariff_cents = 3300 WHERE agb = '11115555';
SELECT regress_rt5.three() AS ser_savepoint;
ROLLBACK TO s;
SELECT regress_rt5.three() AS ser_rolled_back_to;
COMMIT;
SELECT regress_rt5.three() AS ser_committed;
UPDATE productcodes.tariffs SET tariff_cents = 3117 WHERE agb = '11115555';
SELECT count(*) AS own_rows_left FROM productcodes.declaration_rows WHERE referentie_nummer LIKE 'RT5-OWN%';

-- 4. Guard (passes): TRUNCATE in a replica session (claimed: TRUNCATE
--    sends its own invalidation; neither the statement trigger nor the row
--    triggers fire for it there).  The replica session keeps the rows,
--    truncates tariffs, then puts them back (replica: the row triggers).
SELECT regress_rt5.three() AS before_truncate;
SELECT dblink_connect('rt5_replica', :'rt5_conninfo') AS replica;
SELECT dblink_exec('rt5_replica', $$SET session_replication_role = replica$$) AS replica;
SELECT count(*) AS rt5_tariffs FROM productcodes.tariffs \gset
SELECT split_part(dblink_exec('rt5_replica', $$CREATE TEMP TABLE keep AS SELECT * FROM productcodes.tariffs$$), ' ', 1) AS replica;
SELECT dblink_exec('rt5_replica', $$TRUNCATE productcodes.tariffs$$) AS replica;
SELECT count(*) AS committed_tariffs FROM productcodes.tariffs;
SELECT regress_rt5.three() AS truncated;
SELECT split_part(dblink_exec('rt5_replica', $$INSERT INTO productcodes.tariffs SELECT * FROM keep$$), ' ', 1) AS replica;
SELECT dblink_disconnect('rt5_replica') AS replica;
SELECT count(*) = :rt5_tariffs AS all_back FROM productcodes.tariffs;
SELECT regress_rt5.three() AS restored;

-- 5. Guard (passes): an error in the middle of a load (a restrictive policy
--    on rule_settings that divides by zero for one row when a setting asks
--    it to), caught in an exception block, at a savepoint, and in the
--    trigger: no snapshot or other reference left behind (a WARNING at
--    commit would show here), no copy kept from the failed load, and the
--    next statement checks as before.
CREATE POLICY regress_rt5_boom ON productcodes.rule_settings AS RESTRICTIVE FOR SELECT
	USING (CASE WHEN current_setting('regress_rt5.boom', true) = 'on' AND rule_id = 'TR418'
		THEN 1 / (length(rule_id) - 5) = 1 ELSE true END);
ALTER TABLE productcodes.rule_settings ENABLE ROW LEVEL SECURITY;
INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES ('0632', 'TR418', 'error');
SET ROLE regress_rt5_tenant;
BEGIN;
SELECT regress_rt5.three() AS before_boom;
SET LOCAL regress_rt5.boom = on;
SELECT regress_rt5.three() AS boom;
SAVEPOINT s;
SELECT state, message FROM regress.try($$SELECT productcodes.check_row(99901, 'RT5-P', 99901, '111222333',
	'02', '02U01', '2025-04-01', '2025-04-30', 1, '04', 3200, 3200, 'D')$$);
SELECT regress_rt5.store('RT5-BOOM', 3200) AS boom_row;
ROLLBACK TO s;
RESET regress_rt5.boom;
SELECT regress_rt5.three() AS after_boom;
COMMIT;
SELECT regress_rt5.three() AS committed;
RESET ROLE;
DELETE FROM productcodes.rule_settings WHERE gemeentecode = '0632' AND rule_id = 'TR418';
DROP POLICY regress_rt5_boom ON productcodes.rule_settings;

-- 6. Guard (passes): under row-level security a copy is read for every
--    statement, and check_row() reads one per call; 2000 what-ifs of a
--    role under a policy in one PL/pgSQL loop keep one copy and one
--    statement state, and the memory after 2000 is what it was after 100.
CREATE POLICY regress_rt5_open ON productcodes.rule_settings AS RESTRICTIVE FOR SELECT USING (true);
CREATE FUNCTION regress_rt5.memory(OUT total bigint, OUT copies bigint, OUT states bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
	SELECT sum(total_bytes)::bigint,
		   count(*) FILTER (WHERE name = 'productcodes catalogue cache'),
		   count(*) FILTER (WHERE name = 'productcodes statement')
	  FROM pg_backend_memory_contexts $$;
CREATE FUNCTION regress_rt5.many(n int) RETURNS TABLE (after_n int, copies bigint, states bigint, grown boolean)
LANGUAGE plpgsql AS $$
DECLARE
	e text[];
	m record;
	at_100 bigint;
BEGIN
	FOR i IN 1..n LOOP
		e := (productcodes.check_row(99901, 'RT5-P', 99901, '111222333', '02', '02U01',
			'2025-04-01', '2025-04-30', 1, '04', 3200, 3200, 'D')).errors;
		IF e IS DISTINCT FROM ARRAY['TR418'] THEN
			RAISE EXCEPTION 'what-if % gave %', i, e;
		END IF;
		IF i = 100 THEN
			SELECT * INTO m FROM regress_rt5.memory();
			at_100 := m.total;
		ELSIF i = n THEN
			SELECT * INTO m FROM regress_rt5.memory();
			RETURN QUERY SELECT i, m.copies, m.states, m.total > at_100 + 65536;
		END IF;
	END LOOP;
END $$;
SET ROLE regress_rt5_tenant;
SELECT * FROM regress_rt5.many(2000);
RESET ROLE;
DROP POLICY regress_rt5_open ON productcodes.rule_settings;

-- 7. Guards (pass): a setting that a policy on rule_settings reads.  The
--    tenant's municipality setting of TR418 ('warning') is hidden from it
--    while regress_rt5.settings = 'hidden'.  Between statements the copy
--    follows the setting (one statement per copy); within one INSERT whose
--    second row switches the setting, all rows keep the statement's first
--    copy (README: "all rows of one INSERT or COPY are checked against one
--    catalogue").
INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES ('0632', 'TR418', 'warning');
CREATE POLICY regress_rt5_hide ON productcodes.rule_settings AS RESTRICTIVE FOR SELECT
	USING (NOT (gemeentecode = '0632' AND rule_id = 'TR418')
		OR coalesce(current_setting('regress_rt5.settings', true), '') <> 'hidden');
SET ROLE regress_rt5_tenant;
SELECT regress_rt5.at(3200) AS warning_only;
SET regress_rt5.settings = hidden;
SELECT regress_rt5.at(3200) AS hidden_error;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT 99901, 'RT5-SET' || i, 99901, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04',
	3200 + 0 * length(CASE WHEN i = 2 THEN set_config('regress_rt5.settings', 'shown', false) ELSE '' END),
	3200, 'D'
  FROM generate_series(1, 3) i
RETURNING referentie_nummer, status, errors, warnings;
SHOW regress_rt5.settings;
SELECT regress_rt5.at(3200) AS next_statement;
RESET regress_rt5.settings;
RESET ROLE;
DELETE FROM productcodes.declaration_rows WHERE referentie_nummer LIKE 'RT5-SET%';
DROP POLICY regress_rt5_hide ON productcodes.rule_settings;
DELETE FROM productcodes.rule_settings WHERE gemeentecode = '0632' AND rule_id = 'TR418';
ALTER TABLE productcodes.rule_settings DISABLE ROW LEVEL SECURITY;

-- 8. Guard (passes): SET ROLE inside a statement.  The second row of one
--    INSERT ... SELECT switches the role (set_config('role', ...)) to one
--    that may not read tariffs.  Claimed: "a copy ... serves only that
--    role": the row is refused ("permission denied for table tariffs"),
--    not checked against the first row's copy.
CREATE ROLE regress_rt5_nobody;
GRANT INSERT, SELECT ON productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations, productcodes.clients TO regress_rt5_nobody;
SELECT state, message FROM regress.try($$
	INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
		toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
		tariff_cents, amount_cents, dc)
	SELECT 99901, 'RT5-ROLE' || i, 99901, '111222333', '02', '02U01', '2025-04-01', '2025-04-30', 1, '04',
		3200 + 0 * length(CASE WHEN i = 2 THEN set_config('role', 'regress_rt5_nobody', true) ELSE '' END),
		3200, 'D'
	  FROM generate_series(1, 3) i$$);
SELECT current_user = session_user AS role_restored;
SELECT count(*) AS role_rows FROM productcodes.declaration_rows WHERE referentie_nummer LIKE 'RT5-ROLE%';

-- 9. Guard (passes): parallel query.  The engine's functions are parallel
--    unsafe (the copy is read with GetLatestSnapshot(), which a parallel
--    worker may not call), so with parallel query forced they run in the
--    leader and give the same verdicts.
SELECT p.proname, p.proparallel FROM pg_proc p
 WHERE p.pronamespace = 'productcodes'::regnamespace
   AND p.proname IN ('check_row', 'revalidate', 'check_declaration_row')
 ORDER BY 1;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
	THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false) AS parallel_forced;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
CALL regress_rt5.touch();
SELECT regress_rt5.three() AS parallel_forced;
SELECT t.tariff, r.errors FROM (VALUES (3117), (3200)) t(tariff),
	LATERAL productcodes.check_row(99901, 'RT5-P', 99901, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', t.tariff, t.tariff, 'D') r ORDER BY 1;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
	THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'off', false) AS parallel_forced;

-- clean up
DROP SCHEMA regress_rt5 CASCADE;
DELETE FROM productcodes.declaration_rows WHERE declaration_id = 99901;
DELETE FROM productcodes.tariffs WHERE agb = '11115555';
DELETE FROM productcodes.declarations WHERE declaration_id = 99901;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99901;
DROP OWNED BY regress_rt5_tenant;
DROP ROLE regress_rt5_tenant;
DROP OWNED BY regress_rt5_nobody;
DROP ROLE regress_rt5_nobody;
DROP EXTENSION dblink;
