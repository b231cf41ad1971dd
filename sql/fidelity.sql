--
-- The rules as the rule audit's spec has them (S1-S10, docs/rules.md section 6),
-- on realistic rows: each case shows a verdict the spec changed, with the
-- standard's worked examples where it has them.  Builds on the data of
-- validation.sql and cumulative.sql (Rotterdam, 0599, uses the seed 000
-- handbook for Jeugd from 2023) and uses regress.declare from it.  Each
-- provider (AGB) below has its declarations in month order, so TR318 only
-- fires where a case says so.  The client 999999990 has no client record:
-- REG_LEEFTIJD (the handbook's age limits) is undecided on those rows.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- ===== S2: the allocation must be the provider's and the domain's =====
-- allocation 8001 was issued to AGB 11111111; AGB 22222222 declares on it
-- with the right BSN: TR338 only (and nothing counted against 8001)
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8001, '999999990', '11111111', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2025-01-01', '2025-12-31'),
	   ('0599', 8002, '999999990', '22222222', 'WMO', '02', NULL, NULL, NULL, NULL, NULL, '2025-01-01', '2025-12-31'),
	   -- S1: a generic allocation (no category, no code): a budget of 3000.00
	   ('0599', 8003, '999999990', '22222222', 'JW', NULL, NULL, NULL, NULL, NULL, 300000, '2025-01-01', '2025-12-31'),
	   -- S3: an aspecific allocation of category 54, without a budget
	   ('0599', 8004, '999999990', '22222222', 'JW', '54', NULL, NULL, NULL, NULL, NULL, '2025-01-01', '2025-12-31');
-- AGB 22222222's contract in Rotterdam: 54Z01 at 90.00 an hour
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0599', '22222222', '54Z01', '04', '[2025-01-01,2026-01-01)', 9000);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (801, '22222222', '0599', 'JW', 'P22504', '2025-04-01', '2025-05-05', '2025-05-06'),
	   (802, '22222222', '0599', 'JW', 'P22505', '2025-05-01', '2025-06-05', '2025-06-06');
SELECT * FROM regress.declare(801, 'S2-OTHER', 8001, '999999990', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- a JW row on a Wmo allocation of the same provider: TR338 as well
SELECT * FROM regress.declare(801, 'S2-WMO', 8002, '999999990', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- ===== S1: generic allocation: no TR339/TR340, the budget counts =====
-- 2500.00 of 43Z03 fits the 3000.00; May's 2500.00 more does not (TR369)
SELECT * FROM regress.declare(801, 'S1-APR', 8003, '999999990', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(802, 'S1-MAY', 8003, '999999990', '43', '43Z03', '2025-05-01', '2025-05-31', 1, '82', 250000, 250000, 'D');

-- ===== S3: TR341 on an allocation without a unit, against the contract =====
-- hours: the contract's unit; 30 minutes on the hourly contract (1.50 a
-- minute, IV081); etmaal (14) is not in the contract: TR341; 54Z02 has no
-- contract at all: TR341 and TR418 undecided
SELECT * FROM regress.declare(801, 'S3-HOURS', 8004, '999999990', '54', '54Z01', '2025-04-01', '2025-04-30', 2, '04', 9000, 18000, 'D');
SELECT * FROM regress.declare(802, 'S3-ETMAAL', 8004, '999999990', '54', '54Z01', '2025-05-01', '2025-05-31', 1, '14', 9000, 9000, 'D');
SELECT * FROM regress.declare(802, 'S3-MIN', 8004, '999999990', '54', '54Z01', '2025-05-01', '2025-05-31', 30, '01', 150, 4500, 'D');
SELECT * FROM regress.declare(802, 'S3-NONE', 8004, '999999990', '54', '54Z02', '2025-05-01', '2025-05-31', 1, '04', 9000, 9000, 'D');
SELECT referentie_nummer, status, errors, undecided FROM declaration_rows
 WHERE referentie_nummer LIKE 'S3-%' ORDER BY row_id;

-- ===== S4: IV077 per week (TR321), the standard's examples =====
-- IV077 JW outputgericht: 11-10-2022..31-12-2022 (a Saturday), 300 euro a
-- week (unit 83).  November has 4 Sundays: 1200.00, not the 5 ISO weeks'
-- 1500.00; December 4 Sundays + 1 (the allocation's last Sunday, the 25th,
-- and it ends on a Saturday): 1500.00
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8005, '999999990', '33333333', 'JW', '43', '43Z03', 30000, '83', '2', NULL, '2022-10-11', '2022-12-31'),
	   -- the Wmo IV077 example in category 01 (huishoudelijke hulp): 3 hours a week
	   ('0599', 8006, '999999990', '33333333', 'WMO', '01', '01A01', 3, '04', '2', NULL, '2025-10-07', '2025-12-30'),
	   -- S5: 54Z01 in hours, 10 a month, open-ended
	   ('0599', 8007, '999999990', '33333333', 'JW', '54', '54Z01', 10, '04', '4', NULL, '2025-01-01', NULL);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (811, '33333333', '0599', 'JW', 'P32211', '2022-11-01', '2022-12-05', '2022-12-05'),
	   (812, '33333333', '0599', 'JW', 'P32212', '2022-12-01', '2023-01-05', '2023-01-05'),
	   (813, '33333333', '0599', 'JW', 'P32501', '2025-01-01', '2025-02-05', '2025-02-05'),
	   (814, '33333333', '0599', 'JW', 'P32502', '2025-02-01', '2025-03-05', '2025-03-05'),
	   (815, '33333333', '0599', 'JW', 'P32503', '2025-03-01', '2025-04-05', '2025-04-05'),
	   (816, '33333333', '0599', 'WMO', 'P3W2510', '2025-10-01', '2025-11-05', '2025-11-05');
SELECT * FROM regress.declare(811, 'S4-NOV-5', 8005, '999999990', '43', '43Z03', '2022-11-01', '2022-11-30', 150000, '83', NULL, 150000, 'D');
SELECT * FROM regress.declare(811, 'S4-NOV-4', 8005, '999999990', '43', '43Z03', '2022-11-01', '2022-11-30', 120000, '83', NULL, 120000, 'D');
SELECT * FROM regress.declare(812, 'S4-DEC', 8005, '999999990', '43', '43Z03', '2022-12-01', '2022-12-31', 150000, '83', NULL, 150000, 'D');
-- Wmo category 01: October 2025 (7th to 31st, 4 ISO weeks) may have 6 x 3 hours
SELECT * FROM regress.declare(816, 'S4-WMO01', 8006, '999999990', '01', '01A01', '2025-10-07', '2025-10-31', 18, '04', 3000, 54000, 'D');

-- ===== S5: IV081 minutes on an hourly contract of 87.30 =====
-- the per-minute tariff is 1.46 (1.455 rounded up); 95 minutes cost
-- 87.30 x 95 / 60 = 138.225 -> 138.23, 90 minutes 130.95; the hourly
-- tariff in the row is TR418, 95 x 1.46 = 138.70 as the amount TR346
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0599', '33333333', '54Z01', '04', '[2025-01-01,2026-01-01)', 8730);
SELECT * FROM regress.declare(813, 'S5-95', 8007, '999999990', '54', '54Z01', '2025-01-01', '2025-01-31', 95, '01', 146, 13823, 'D');
SELECT * FROM regress.declare(814, 'S5-90', 8007, '999999990', '54', '54Z01', '2025-02-01', '2025-02-28', 90, '01', 146, 13095, 'D');
SELECT * FROM regress.declare(815, 'S5-HOURLY', 8007, '999999990', '54', '54Z01', '2025-03-01', '2025-03-31', 95, '01', 8730, 13823, 'D');
SELECT * FROM regress.declare(815, 'S5-ROUNDED', 8007, '999999990', '54', '54Z01', '2025-03-01', '2025-03-31', 95, '01', 146, 13870, 'D');

-- ===== S6: TR318 (IV090), return code 8214 =====
-- declared 01, 02, 03 and 05-2021; then 04-2021 is refused; a second May
-- (for April's care) and June are accepted
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8008, '999999990', '44444444', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2021-01-01', '2021-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (821, '44444444', '0599', 'JW', 'P42101', '2021-01-01', '2021-02-05', '2021-02-05'),
	   (822, '44444444', '0599', 'JW', 'P42102', '2021-02-01', '2021-03-05', '2021-03-05'),
	   (823, '44444444', '0599', 'JW', 'P42103', '2021-03-01', '2021-04-05', '2021-04-05'),
	   (824, '44444444', '0599', 'JW', 'P42105', '2021-05-01', '2021-06-05', '2021-06-05'),
	   (825, '44444444', '0599', 'JW', 'P42104', '2021-04-01', '2021-06-06', '2021-06-06'),
	   (826, '44444444', '0599', 'JW', 'P42105B', '2021-05-01', '2021-06-07', '2021-06-07'),
	   (827, '44444444', '0599', 'JW', 'P42106', '2021-06-01', '2021-07-05', '2021-07-05');
SELECT * FROM regress.declare(821, 'S6-JAN', 8008, '999999990', '43', '43Z03', '2021-01-01', '2021-01-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(822, 'S6-FEB', 8008, '999999990', '43', '43Z03', '2021-02-01', '2021-02-28', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(823, 'S6-MAR', 8008, '999999990', '43', '43Z03', '2021-03-01', '2021-03-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(824, 'S6-MAY', 8008, '999999990', '43', '43Z03', '2021-05-01', '2021-05-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(825, 'S6-APR', 8008, '999999990', '43', '43Z03', '2021-04-01', '2021-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(826, 'S6-MAY-B', 8008, '999999990', '43', '43Z03', '2021-04-01', '2021-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(827, 'S6-JUN', 8008, '999999990', '43', '43Z03', '2021-06-01', '2021-06-30', 1, '82', 250000, 250000, 'D');

-- ===== S7: TR335, 60 months before the DeclaratieDagtekening =====
-- DeclaratieDagtekening 15-03-2026: a period ending 14-03-2021 is too old,
-- one of 14-03-2026's declaration is not (limit 14-03-2021)
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8009, '999999990', '55555555', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2021-01-01', '2021-03-14');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (831, '55555555', '0599', 'JW', 'P52602A', '2026-02-01', '2026-03-15', '2026-03-16'),
	   (832, '55555555', '0599', 'JW', 'P52602B', '2026-02-01', '2026-03-14', '2026-03-16');
SELECT * FROM regress.declare(831, 'S7-OLD', 8009, '999999990', '43', '43Z03', '2021-03-01', '2021-03-14', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(832, 'S7-LIMIT', 8009, '999999990', '43', '43Z03', '2021-03-01', '2021-03-14', 1, '82', 250000, 250000, 'D');

-- ===== S8: TR134, TR137, TR135 against the DeclaratieDagtekening =====
-- March declared on 15 March: a period ending on the 31st is TR137; one
-- starting on the 16th also TR134; a DeclaratieDagtekening after the day
-- the municipality received it is TR135 (8848)
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8010, '999999990', '66666666', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2025-03-16', '2025-12-31'),
	   -- S9: a generic budget of 1000.00 for rows in euros
	   ('0599', 8011, '999999990', '66666666', 'JW', NULL, NULL, NULL, NULL, NULL, 100000, '2025-01-01', '2025-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (841, '66666666', '0599', 'JW', 'P62503', '2025-03-01', '2025-03-15', '2025-03-16'),
	   (842, '66666666', '0599', 'JW', 'P62504', '2025-04-01', '2025-05-03', '2025-05-02'),
	   (843, '66666666', '0599', 'JW', 'P62504B', '2025-04-01', '2025-05-05', '2025-05-06');
SELECT * FROM regress.declare(841, 'S8-END', 8011, '999999990', '54', '54Z01', '2025-03-01', '2025-03-31', 5000, '83', NULL, 5000, 'D');
SELECT * FROM regress.declare(841, 'S8-START', 8010, '999999990', '43', '43Z03', '2025-03-16', '2025-03-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(842, 'S8-RECEIVED', 8010, '999999990', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- checked again on another day: the same outcome (no rule compares with today)
SELECT referentie_nummer, old_status, status, errors FROM revalidate(842);

-- ===== S9: CS339 and CS100 (return code 0001) =====
-- unit 83: the amount is the volume (CS339; TR346 does not apply)
SELECT * FROM regress.declare(843, 'S9-EUR', 8011, '999999990', '54', '54Z01', '2025-04-01', '2025-04-30', 5000, '83', NULL, 5001, 'D');
-- a product period before 2021 (also before the allocation: TR307)
SELECT * FROM regress.declare(841, 'S9-2020', 8010, '999999990', '43', '43Z03', '2020-12-01', '2020-12-31', 1, '82', 250000, 250000, 'D');

-- ===== S10: TR387/TR388 exact (IV089) =====
-- allocation 08-04-2022..17-06-2022: 08-04..30-04, 01-05..31-05 and
-- 01-06..17-06 pass; 15-04..30-04 is TR387, 01-06..10-06 TR388 (the
-- wrong ones first, so the right ones are no double billing)
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0599', 8012, '999999990', '77777777', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2022-04-08', '2022-06-17');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (851, '77777777', '0599', 'JW', 'P72204', '2022-04-01', '2022-05-05', '2022-05-05'),
	   (852, '77777777', '0599', 'JW', 'P72205', '2022-05-01', '2022-06-05', '2022-06-05'),
	   (853, '77777777', '0599', 'JW', 'P72206', '2022-06-01', '2022-07-05', '2022-07-05');
SELECT * FROM regress.declare(851, 'S10-APR-15', 8012, '999999990', '43', '43Z03', '2022-04-15', '2022-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(851, 'S10-APR', 8012, '999999990', '43', '43Z03', '2022-04-08', '2022-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(852, 'S10-MAY', 8012, '999999990', '43', '43Z03', '2022-05-01', '2022-05-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(853, 'S10-JUN-10', 8012, '999999990', '43', '43Z03', '2022-06-01', '2022-06-10', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(853, 'S10-JUN', 8012, '999999990', '43', '43Z03', '2022-06-01', '2022-06-17', 1, '82', 250000, 250000, 'D');
-- a credit of May: accepted, and it lists no undecided rule
SELECT * FROM regress.declare(853, 'S10-MAY-C', 8012, '999999990', '43', '43Z03', '2022-05-01', '2022-05-31', 1, '82', 250000, 250000, 'C', 'S10-MAY');

-- ===== every finding explains itself =====
-- the figures the engine wrote, and what row_findings makes of them
SELECT referentie_nummer, figures FROM declaration_rows
 WHERE declaration_id BETWEEN 801 AND 853 AND figures <> '{}' ORDER BY row_id;
SELECT r.referentie_nummer, f.severity, f.rule_id, f.return_code, f.explanation
  FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.declaration_id BETWEEN 801 AND 853 AND f.severity <> 'undecided'
 ORDER BY r.row_id, f.rule_id;
SET productcodes.language = en;
SELECT r.referentie_nummer, f.rule_id, f.explanation
  FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.referentie_nummer IN ('S1-MAY', 'S4-NOV-5', 'S5-HOURLY', 'S5-ROUNDED', 'S6-APR', 'S7-OLD',
							   'S8-RECEIVED', 'S10-APR-15')
   AND f.severity <> 'undecided'
 ORDER BY r.row_id, f.rule_id;
RESET productcodes.language;
-- every shipped rule has its templates and its source
SELECT count(*) AS rules, count(explain_nl) AS nl, count(explain_en) AS en, count(source) AS sources
  FROM rules;

-- ===== undecided: the rules a row applies to but its data cannot decide =====
-- TR381 (no catalogue in use before 2023), TR341/TR418 (no contract tariff),
-- TR322 (an open-ended allocation per month), REG_LEEFTIJD (no client record);
-- not the allocation rules of a TR338 row, nor anything on a credit
SELECT r.referentie_nummer, r.status, r.undecided
  FROM declaration_rows r
 WHERE r.declaration_id BETWEEN 801 AND 853 ORDER BY r.row_id;
SELECT severity, count(*) FROM row_findings WHERE declaration_id BETWEEN 801 AND 853
 GROUP BY 1 ORDER BY 1;
