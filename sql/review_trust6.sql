--
-- Review 15 (attacker) of f1054f3 (the catalogue copy read per transaction
-- with its snapshot in SERIALIZABLE: commit d1e28b8).  Self-contained:
-- provider 11117777, allocation and declaration 99961, schema regress_rt6,
-- all removed at the end.  The expected output is the CLAIMED behaviour.
-- The interleaved SERIALIZABLE case is in specs/review_trust6_credit_skew.spec.
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99961, '111222333', '11117777', 'WMO', '02', '02U01', 100000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99961, '11117777', '0632', 'WMO', 'RT6S202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES ('0632', '11117777', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
CREATE SCHEMA regress_rt6;
CREATE TABLE regress_rt6.seen (i int, verdict text, copies bigint);
-- the errors of a what-if at a tariff (the cast names its schema: the
-- temporary types of case 2 would shadow it here too)
CREATE FUNCTION regress_rt6.at(tariff bigint) RETURNS text
LANGUAGE sql SET search_path = pg_catalog AS $$
	SELECT errors::pg_catalog.text FROM productcodes.check_row(99961, 'RT6-P', 99961, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D') $$;
CREATE FUNCTION regress_rt6.copies() RETURNS bigint
LANGUAGE sql AS $$
	SELECT count(*) FROM pg_backend_memory_contexts WHERE name = 'productcodes catalogue cache' $$;

-- 1. GUARD: a procedure with transaction control, every transaction
--    SERIALIZABLE (default_transaction_isolation): 3,000 transactions, each
--    a what-if (check_row) and a stored row (the trigger); at 1,500 the
--    tariff is raised to 3200 and committed.  Each transaction reads its own
--    copy (the counter moves at each COMMIT inside the procedure); the old
--    copy goes, so the backend holds one copy however many transactions ran;
--    the verdict follows the tariff committed before the transaction.
CREATE PROCEDURE regress_rt6.many(n int) LANGUAGE plpgsql AS $$
BEGIN
	FOR i IN 1 .. n LOOP
		IF i = n / 2 + 1 THEN
			UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11117777';
			COMMIT;
		END IF;
		INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
			toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
			tariff_cents, amount_cents, dc)
		VALUES (99961, 'RT6-S' || i, 99961, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
			1, '04', 3117, 3117, 'D');
		IF i IN (1, n / 2, n / 2 + 1, n) THEN
			INSERT INTO regress_rt6.seen
			VALUES (i, current_setting('transaction_isolation') || ' ' || regress_rt6.at(3117), regress_rt6.copies());
		ELSE
			PERFORM regress_rt6.at(3117);
		END IF;
		COMMIT;
	END LOOP;
END $$;
SET default_transaction_isolation = serializable;
CALL regress_rt6.many(3000);
RESET default_transaction_isolation;
SELECT * FROM regress_rt6.seen ORDER BY i;
SELECT status, errors::text, count(*) FROM productcodes.declaration_rows
 WHERE declaration_id = 99961 GROUP BY 1, 2 ORDER BY 1, 2;
SELECT regress_rt6.copies() AS copies_after;

-- 2. GUARD: temporary types named like the types the engine's queries use
--    without a schema (text, bool, int4, int8, numeric, name, daterange) and
--    temporary tables named like the catalogue tables: a SERIALIZABLE and a
--    READ COMMITTED what-if keep their verdicts (TR418 at 3117, none at 3200).
DELETE FROM productcodes.declaration_rows WHERE declaration_id = 99961;
CREATE TYPE pg_temp.text AS ENUM ('x');
CREATE TYPE pg_temp.bool AS ENUM ('x');
CREATE TYPE pg_temp.int4 AS ENUM ('x');
CREATE TYPE pg_temp.int8 AS ENUM ('x');
CREATE TYPE pg_temp.numeric AS ENUM ('x');
CREATE TYPE pg_temp.name AS ENUM ('x');
CREATE TYPE pg_temp.daterange AS ENUM ('x');
CREATE TYPE pg_temp.bpchar AS ENUM ('x');
CREATE TEMP TABLE tariffs (gemeentecode text, agb text, code int, unit text, validity daterange, tariff_cents int);
CREATE TEMP TABLE declaration_rows (x int);
CREATE TEMP TABLE declarations (x int);
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT regress_rt6.at(3117) AS at_3117, regress_rt6.at(3200) AS at_3200;
COMMIT;
SELECT regress_rt6.at(3117) AS at_3117, regress_rt6.at(3200) AS at_3200;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
VALUES (99961, 'RT6-T', 99961, '111222333', '02', '02U01', '2025-04-01', '2025-04-30',
	1, '04', 3200, 3200, 'D') RETURNING status, errors;
DISCARD TEMP;

-- clean up
DROP SCHEMA regress_rt6 CASCADE;
DELETE FROM productcodes.declaration_rows WHERE declaration_id = 99961;
DELETE FROM productcodes.tariffs WHERE agb = '11117777';
DELETE FROM productcodes.declarations WHERE declaration_id = 99961;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99961;
