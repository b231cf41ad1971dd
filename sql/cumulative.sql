--
-- Running totals, credits and the seeds' regional rules.  Builds on the
-- data of validation.sql (Rotterdam uses the seed 000 handbook for Jeugd)
-- and uses regress.declare from it.  Each expected outcome is derived in
-- the comment above its case.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES (11, '12345678', '0599', 'JW', 'C202504', '2025-04-01', '2025-07-01'),
	   (12, '12345678', '0599', 'JW', 'C202505', '2025-05-01', '2025-07-01'),
	   (13, '12345678', '0599', 'JW', 'C202506', '2025-06-01', '2025-07-01');

-- 2001: 8 hours a week of 45Z01, 1 April - 30 June 2025.  ISO weeks touching
-- April: 5 (40 hours), May: 5 (40), June: 6 (48), the whole allocation: 14 (112).
-- 2002: 54Z01 with a budget of 100.00 (no unit: its rows take the units of
-- the contract, TR341; 54Z01 is contracted in hours, validation.sql, and in
-- euros, below).  2003: 2 pieces a day, 10-20 April (11 days: 22).
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 2001, '123456782', '12345678', 'JW', '45', '45Z01', 8, '04', '2', NULL, '2025-04-01', '2025-06-30'),
	   ('0599', 2002, '111222333', '12345678', 'JW', '54', '54Z01', NULL, NULL, NULL, 10000, '2025-01-01', '2025-12-31'),
	   ('0599', 2003, '111222333', '12345678', 'JW', '45', '45Z01', 2, '82', '1', NULL, '2025-04-10', '2025-04-20');
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0599', '12345678', '54Z01', '83', '[2025-01-01,2026-01-01)', 100);

-- TR321: 40 hours fit April exactly
SELECT * FROM regress.declare(11, 'C-APR', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'D');
-- one more hour in April: 41 > 40 (TR321), and April was billed already (TR389)
SELECT * FROM regress.declare(11, 'C-APR2', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '04', 6000, 6000, 'D');
-- 41 hours in May alone: TR321 only (the whole allocation, 81 of 112, still fits)
SELECT * FROM regress.declare(12, 'C-MAY-OVER', 2001, '123456782', '45', '45Z01', '2025-05-01', '2025-05-31', 41, '04', 6000, 246000, 'D');
-- 40 in May: accepted (the rejected row does not count, nor does it make this double billing)
SELECT * FROM regress.declare(12, 'C-MAY', 2001, '123456782', '45', '45Z01', '2025-05-01', '2025-05-31', 40, '04', 6000, 240000, 'D');
-- TR322: 40 in June fits June's 48, but 40 + 40 + 40 = 120 > 112 for the allocation
SELECT * FROM regress.declare(13, 'C-JUN', 2001, '123456782', '45', '45Z01', '2025-06-01', '2025-06-30', 40, '04', 6000, 240000, 'D');
-- 32 in June: exactly 112, accepted
SELECT * FROM regress.declare(13, 'C-JUN-OK', 2001, '123456782', '45', '45Z01', '2025-06-01', '2025-06-30', 32, '04', 6000, 192000, 'D');
-- per day: 23 > 2 x 11 days (TR321; the allocation is just those days, so TR322 too); 22 fits
SELECT * FROM regress.declare(11, 'P-DAY-OVER', 2003, '111222333', '45', '45Z01', '2025-04-10', '2025-04-20', 23, '82', 100, 2300, 'D');
SELECT * FROM regress.declare(11, 'P-DAY', 2003, '111222333', '45', '45Z01', '2025-04-10', '2025-04-20', 22, '82', 100, 2200, 'D');

-- credits: TR323 and TR390, and a credit releases what its debit used
-- the April debit is credited: accepted
SELECT * FROM regress.declare(13, 'CR-APR', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'C', 'C-APR');
-- a second credit of the same debit: TR390
SELECT * FROM regress.declare(13, 'CR-APR-2', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'C', 'C-APR');
-- a credit of a debit nobody sent (TR323), and of a rejected one (TR323)
SELECT * FROM regress.declare(13, 'CR-NONE', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'C', 'NOPE');
SELECT * FROM regress.declare(13, 'CR-REJ', 2001, '123456782', '45', '45Z01', '2025-05-01', '2025-05-31', 41, '04', 6000, 246000, 'C', 'C-MAY-OVER');
-- the corrected April debit: no double billing now, and 38 + 40 + 32 = 110 of 112
SELECT * FROM regress.declare(13, 'C-APR-FIX', 2001, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 38, '04', 6000, 228000, 'D');

-- TR369: 60.00 of the 100.00 budget is used; 50.00 more is too much
SELECT * FROM regress.declare(11, 'B-APR', 2002, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 6000, '83', NULL, 6000, 'D');
SELECT * FROM regress.declare(12, 'B-MAY', 2002, '111222333', '54', '54Z01', '2025-05-01', '2025-05-31', 5000, '83', NULL, 5000, 'D');
-- after crediting April the same 50.00 fits
SELECT * FROM regress.declare(12, 'B-APR-C', 2002, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 6000, '83', NULL, 6000, 'C', 'B-APR');
SELECT * FROM regress.declare(12, 'B-MAY-2', 2002, '111222333', '54', '54Z01', '2025-05-01', '2025-05-31', 5000, '83', NULL, 5000, 'D');

-- The seeds' regional rules, from the product limits of the Utrecht West
-- catalogue (Woerden, 0632, Wmo) and of seed 000 (youth care ages).
INSERT INTO clients (bsn, birth_date, lives_at_home) VALUES
	('100000009', '1960-06-15', true),		-- 64 in 2025, at home
	('012345672', '1990-02-02', false),		-- does not live at home
	('001000007', '1958-03-10', true),		-- 67 (the pension age) on 10 March 2025
	('001000019', '1950-01-01', true),
	('001000020', '2006-06-01', true);		-- 18 on 1 June 2024
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES (21, '12345678', '0632', 'WMO', 'W202504', '2025-04-01', '2025-05-05'),
	   (22, '12345678', '0632', 'WMO', 'W202505', '2025-05-01', '2025-06-05');
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, start_date, end_date)
VALUES ('0632', 3001, '100000009', '12345678', 'WMO', '04', '04U01', 5, '14', '2', '2025-01-01', '2025-12-31'),
	   ('0632', 3002, '100000009', '12345678', 'WMO', '08', '08U01', 5, '82', '2', '2025-01-01', '2025-12-31'),
	   ('0632', 3004, '012345672', '12345678', 'WMO', '08', '08U01', 5, '82', '2', '2025-01-01', '2025-12-31'),
	   ('0632', 3005, '123456782', '12345678', 'WMO', '07', '07U01', 8, '04', '2', '2025-01-01', '2025-12-31'),
	   ('0632', 3006, '001000007', '12345678', 'WMO', '07', '07U01', 8, '04', '2', '2025-01-01', '2025-12-31'),
	   ('0632', 3007, '001000019', '12345678', 'WMO', '04', '04U01', 200, '14', '6', '2025-01-01', '2025-12-31'),
	   ('0599', 4001, '001000020', '12345678', 'JW', '45', '45Z01', 10, '82', '6', '2024-01-01', '2025-12-31'),
	   ('0599', 4002, '001000020', '12345678', 'JW', '43', '43Z03', 10, '82', '6', '2024-09-01', '2025-12-31');

-- short stay at most 3 etmalen a week: April touches 5 ISO weeks, so 15 fit
-- (the allocation's own 5 a week would allow 25)
SELECT * FROM regress.declare(21, 'KV-APR', 3001, '100000009', '04', '04U01', '2025-04-01', '2025-04-30', 15, '14', 10000, 150000, 'D');
-- March touches 6 weeks: 20 > 18 (REG_MAX_WEEK), within the allocation's 30
SELECT * FROM regress.declare(21, 'KV-MAR', 3001, '100000009', '04', '04U01', '2025-03-01', '2025-03-31', 20, '14', 10000, 200000, 'D');
-- at most 156 a calendar year (the weekly limit is off for Woerden for this)
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES ('0632', 'REG_MAX_WEEK', 'disabled');
SELECT * FROM regress.declare(21, 'KJ-JAN', 3007, '001000019', '04', '04U01', '2025-01-01', '2025-01-31', 100, '14', 10000, 1000000, 'D');
-- 100 + 60 = 160 > 156; the allocation's total of 200 still fits
SELECT * FROM regress.declare(21, 'KJ-FEB', 3007, '001000019', '04', '04U01', '2025-02-01', '2025-02-28', 60, '14', 10000, 600000, 'D');
DELETE FROM rule_settings;

-- transport only with a companion product in the same period: in April the
-- client has short stay (KV-APR), in May nothing
SELECT * FROM regress.declare(21, 'VV-APR', 3002, '100000009', '08', '08U01', '2025-04-01', '2025-04-30', 10, '82', 2500, 25000, 'D');
SELECT * FROM regress.declare(22, 'VV-MAY', 3002, '100000009', '08', '08U01', '2025-05-01', '2025-05-31', 10, '82', 2500, 25000, 'D');
-- transport for a client who does not live at home, and has no companion either
SELECT * FROM regress.declare(21, 'VV-HOME', 3004, '012345672', '08', '08U01', '2025-04-01', '2025-04-30', 10, '82', 2500, 25000, 'D');

-- work-like day activities from 18 to the state pension age: 13 is too young
SELECT * FROM regress.declare(21, 'AD-YOUNG', 3005, '123456782', '07', '07U01', '2025-04-01', '2025-04-30', 10, '04', 3000, 30000, 'D');
-- 66 on 1 March 2025: allowed; on 1 April 67, the pension age then: too old
SELECT * FROM regress.declare(21, 'AD-MAR', 3006, '001000007', '07', '07U01', '2025-03-01', '2025-03-31', 10, '04', 3000, 30000, 'D');
SELECT * FROM regress.declare(21, 'AD-APR', 3006, '001000007', '07', '07U01', '2025-04-01', '2025-04-30', 10, '04', 3000, 30000, 'D');

-- youth care: 18 in April 2025, on an allocation that started at 17
-- (verlengde jeugdhulp, below 23): accepted; on one that started at 18: too old
SELECT * FROM regress.declare(11, 'YJ-EXT', 4001, '001000020', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '82', 5000, 5000, 'D');
SELECT * FROM regress.declare(11, 'YJ-LATE', 4002, '001000020', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- the findings of this file by rule
SELECT f.rule_id, f.return_code, string_agg(r.referentie_nummer, ' ' ORDER BY r.row_id) AS rows
  FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.declaration_id > 10 AND f.severity <> 'undecided'
 GROUP BY 1, 2 ORDER BY 1;

-- All in one statement: the engine then keeps the allocation's counted
-- rows in memory from row to row (the memo in validate.c), and must decide
-- as it does row by row.  2101 is 2001 again (40 hours fit April); 2102 is
-- 2003 again (22 pieces fit).
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 2101, '123456782', '12345678', 'JW', '45', '45Z01', 8, '04', '2', NULL, '2025-04-01', '2025-06-30'),
	   ('0599', 2102, '111222333', '12345678', 'JW', '45', '45Z01', 2, '82', '1', NULL, '2025-04-10', '2025-04-20');
-- S-APR: 40 hours in April: accepted
-- S-APR2: one more April hour: 41 > 40 (TR321), April billed by S-APR (TR389)
-- S-APR again, on 2102 (which it would fit): the reference is used (TR314)
-- S-APR-C: credits S-APR: accepted
-- S-APR-FIX: 40 April hours again: fits now that S-APR is credited
-- S-APR-C2: credits S-APR a second time (TR390)
INSERT INTO declaration_rows (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer,
	bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (11, 'S-APR', NULL, 2101, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'D'),
	   (11, 'S-APR2', NULL, 2101, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '04', 6000, 6000, 'D'),
	   (11, 'S-APR', NULL, 2102, '111222333', '45', '45Z01', '2025-04-10', '2025-04-20', 22, '82', 100, 2200, 'D'),
	   (13, 'S-APR-C', 'S-APR', 2101, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'C'),
	   (13, 'S-APR-FIX', NULL, 2101, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'D'),
	   (13, 'S-APR-C2', 'S-APR', 2101, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 40, '04', 6000, 240000, 'C')
RETURNING referentie_nummer, toewijzing_nummer, dc, status, errors;

-- The engine's queries name their operators and functions with their
-- schema: look-alikes planted in public, searched before pg_catalog and
-- without productcodes on the path, change no outcome.
CREATE FUNCTION public.evil_text_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_eq);
CREATE FUNCTION public.evil_date_le(date, date) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR public.<= (LEFTARG = date, RIGHTARG = date, FUNCTION = public.evil_date_le);
SET search_path = public, pg_catalog;
-- no allocation 9999: still TR338 (an "everything equals" = would find one)
SELECT * FROM regress.declare(11, 'EVIL-1', 9999, '111222333', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '82', 100, 100, 'D');
-- 10.00 more of the budget (50.00 used): still accepted, still counted right
SELECT * FROM regress.declare(13, 'EVIL-2', 2002, '111222333', '54', '54Z01', '2025-06-01', '2025-06-30', 1000, '83', NULL, 1000, 'D');
-- and 45.00 more is still over the budget (TR369), and June was billed already (TR389)
SELECT * FROM regress.declare(13, 'EVIL-3', 2002, '111222333', '54', '54Z01', '2025-06-01', '2025-06-30', 4500, '83', NULL, 4500, 'D');
SET search_path = productcodes, public;
DROP OPERATOR public.= (text, text);
DROP OPERATOR public.<= (date, date);
DROP FUNCTION public.evil_text_eq(text, text);
DROP FUNCTION public.evil_date_le(date, date);

-- Checks are serialised per allocation and client.  A REPEATABLE READ
-- transaction is checked like any other (a row committed by another
-- transaction after its snapshot gets 40001: specs/isolation_levels.spec).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM regress.declare(13, 'RR', 2001, '123456782', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '04', 6000, 6000, 'D');
ROLLBACK;

RESET search_path;
