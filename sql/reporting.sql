--
-- Reporting views against a small dataset whose figures are computed by
-- hand in the comments: Amersfoort (0307, Wmo, seed 000 handbook), two
-- providers, the first half of 2025.  Earlier files left data in other
-- municipalities (when run after them), so every query below looks at
-- 0307 only.  Needs only setup.sql (regress.try).  Each check
-- compares with literal values and shows whether it holds, so a wrong
-- figure shows up as "f" (and the row) in the diff.
--
SET search_path = productcodes, public;
SET datestyle = ISO;
-- one call inserts one row and shows its outcome
CREATE FUNCTION regress.report_row(
	declaration bigint, ref text, toewijzing bigint, bsn text, category text, code text,
	period_start date, period_end date, volume bigint, unit text, tariff bigint,
	amount bigint, dc text, vorig text DEFAULT NULL)
RETURNS TABLE (ref text, status text, errors text[])
LANGUAGE sql AS $$
	INSERT INTO productcodes.declaration_rows
		(declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn,
		 category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
	VALUES (declaration, ref, vorig, toewijzing, bsn, category, code::productcodes.productcode,
			period_start, period_end, volume, unit, tariff, amount, dc)
	RETURNING referentie_nummer, status, errors
$$;
-- no rule is switched off (the earlier files clean up their settings)
SELECT count(*) AS rule_settings FROM rule_settings;

INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0307', 'WMO', '[2025-01-01,)');

-- P1 = 70000001, P2 = 70000002.
-- 7101: P1, 02Z01, 100 pieces in total (frequency 6), the whole of 2025.
-- 7102: P1, 03Z01, 4 hours a week, Monday 3 March - Sunday 30 March:
--       4 ISO weeks touch it, so 16 hours in all.
-- 7103: P2, 15Z02, a budget of 1000.00 (100000 cents), January - June.
-- 7104: P2, 02Z01, 10 pieces, from January, open-ended, never declared.
-- 7105: P1, deleted (change reason 13).
-- 7106: 3 pieces a month, 15 January - 10 March: 3 months touch it, 9.
-- 7107: 2 pieces a day, 1-10 February: 10 days, 20.
-- 7108: P2, 02Z01, 50 pieces in total, from January, open-ended.
-- 7109: 2 hours a month, open-ended (and deleted): no total (NULL).
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date, deleted)
VALUES ('0307', 7101, '123456782', '70000001', 'WMO', '02', '02Z01', 100, '82', '6', NULL, '2025-01-01', '2025-12-31', false),
	   ('0307', 7102, '111222333', '70000001', 'WMO', '03', '03Z01', 4, '04', '2', NULL, '2025-03-03', '2025-03-30', false),
	   ('0307', 7103, '123456782', '70000002', 'WMO', '15', '15Z02', NULL, NULL, NULL, 100000, '2025-01-01', '2025-06-30', false),
	   ('0307', 7104, '111222333', '70000002', 'WMO', '02', '02Z01', 10, '82', '6', NULL, '2025-01-01', NULL, false),
	   ('0307', 7105, '123456782', '70000001', 'WMO', '02', '02Z01', 5, '82', '6', NULL, '2025-01-01', '2025-12-31', true),
	   ('0307', 7106, '123456782', '70000001', 'WMO', '02', '02Z01', 3, '82', '4', NULL, '2025-01-15', '2025-03-10', false),
	   ('0307', 7107, '123456782', '70000001', 'WMO', '02', '02Z01', 2, '82', '1', NULL, '2025-02-01', '2025-02-10', false),
	   ('0307', 7108, '111222333', '70000002', 'WMO', '02', '02Z01', 50, '82', '6', NULL, '2025-01-01', NULL, false),
	   ('0307', 7109, '111222333', '70000002', 'WMO', '03', '03Z01', 2, '04', '4', NULL, '2025-01-01', NULL, true);

-- one declaration per provider and month; header totals as the providers
-- sent them (P1 March and June are right, P2 March is wrong, the others
-- have none)
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer,
						  declaration_month, submitted_on, total_cents, total_dc)
VALUES (701, '70000001', '0307', 'WMO', 'P1M01', '2025-01-01', '2025-02-05', NULL, NULL),
	   (702, '70000001', '0307', 'WMO', 'P1M02', '2025-02-01', '2025-03-05', NULL, NULL),
	   (703, '70000001', '0307', 'WMO', 'P1M03', '2025-03-01', '2025-04-05', 87000, 'D'),
	   (704, '70000001', '0307', 'WMO', 'P1M04', '2025-04-01', '2025-05-05', NULL, NULL),
	   (705, '70000001', '0307', 'WMO', 'P1M05', '2025-05-01', '2025-06-05', NULL, NULL),
	   (706, '70000001', '0307', 'WMO', 'P1M06', '2025-06-01', '2025-07-05', 17000, 'D'),
	   (711, '70000002', '0307', 'WMO', 'P2M01', '2025-01-01', '2025-02-05', NULL, NULL),
	   (712, '70000002', '0307', 'WMO', 'P2M02', '2025-02-01', '2025-03-05', NULL, NULL),
	   (713, '70000002', '0307', 'WMO', 'P2M03', '2025-03-01', '2025-04-05', 60000, 'D'),
	   (714, '70000002', '0307', 'WMO', 'P2M04', '2025-04-01', '2025-05-05', NULL, NULL);

-- P1 on 7101 at 10.00 a piece: 10 in January; 10 in February, credited in
-- March and corrected to 8; 20 in March; 10 in each of April, May, June.
SELECT * FROM regress.report_row(701, 'A-JAN', 7101, '123456782', '02', '02Z01', '2025-01-01', '2025-01-31', 10, '82', 1000, 10000, 'D');
SELECT * FROM regress.report_row(702, 'A-FEB', 7101, '123456782', '02', '02Z01', '2025-02-01', '2025-02-28', 10, '82', 1000, 10000, 'D');
SELECT * FROM regress.report_row(703, 'A-FEB-C', 7101, '123456782', '02', '02Z01', '2025-02-01', '2025-02-28', 10, '82', 1000, 10000, 'C', 'A-FEB');
SELECT * FROM regress.report_row(703, 'A-FEB-2', 7101, '123456782', '02', '02Z01', '2025-02-01', '2025-02-28', 8, '82', 1000, 8000, 'D');
SELECT * FROM regress.report_row(703, 'A-MAR', 7101, '123456782', '02', '02Z01', '2025-03-01', '2025-03-31', 20, '82', 1000, 20000, 'D');
-- P1 on 7102: 690 minutes (11.5 hours) at 60.00 an hour = 690.00 (per-minute tariff 1.00, IV081)
SELECT * FROM regress.report_row(703, 'H-MAR', 7102, '111222333', '03', '03Z01', '2025-03-03', '2025-03-30', 690, '01', 100, 69000, 'D');
SELECT * FROM regress.report_row(704, 'A-APR', 7101, '123456782', '02', '02Z01', '2025-04-01', '2025-04-30', 10, '82', 1000, 10000, 'D');
SELECT * FROM regress.report_row(705, 'A-MAY', 7101, '123456782', '02', '02Z01', '2025-05-01', '2025-05-31', 10, '82', 1000, 10000, 'D');
-- rejected, must not count: an unknown allocation (TR338, 50.00) in May;
-- June billed twice (TR389, 100.00); a credit of nothing (TR323, 30.00)
SELECT * FROM regress.report_row(705, 'A-UNK', 7199, '123456782', '02', '02Z01', '2025-05-01', '2025-05-31', 5, '82', 1000, 5000, 'D');
SELECT * FROM regress.report_row(706, 'A-JUN', 7101, '123456782', '02', '02Z01', '2025-06-01', '2025-06-30', 10, '82', 1000, 10000, 'D');
SELECT * FROM regress.report_row(706, 'A-JUN-X', 7101, '123456782', '02', '02Z01', '2025-06-01', '2025-06-30', 10, '82', 1000, 10000, 'D');
SELECT * FROM regress.report_row(706, 'A-C-NONE', 7101, '123456782', '02', '02Z01', '2025-06-01', '2025-06-30', 3, '82', 1000, 3000, 'C', 'NOPE');
-- P2 on the budget 7103 (euros, unit 83): 300.00 in January and February;
-- 500.00 in March would make 1100.00 > 1000.00 (TR369), 200.00 fits
SELECT * FROM regress.report_row(711, 'B-JAN', 7103, '123456782', '15', '15Z02', '2025-01-01', '2025-01-31', 30000, '83', NULL, 30000, 'D');
SELECT * FROM regress.report_row(712, 'B-FEB', 7103, '123456782', '15', '15Z02', '2025-02-01', '2025-02-28', 30000, '83', NULL, 30000, 'D');
SELECT * FROM regress.report_row(713, 'B-MAR', 7103, '123456782', '15', '15Z02', '2025-03-01', '2025-03-31', 50000, '83', NULL, 50000, 'D');
SELECT * FROM regress.report_row(713, 'B-MAR-2', 7103, '123456782', '15', '15Z02', '2025-03-01', '2025-03-31', 20000, '83', NULL, 20000, 'D');
-- P2 on 7108: 5 pieces of 02Z01 in January at 10.00
SELECT * FROM regress.report_row(711, 'C-JAN', 7108, '111222333', '02', '02Z01', '2025-01-01', '2025-01-31', 5, '82', 1000, 5000, 'D');

-- ===== Spend ========================================================
-- Accepted rows only, debits minus credits, in the month of the care:
-- 02Z01 January: P1 10000 + P2 5000 = 15000 (2 debit rows);
-- 02Z01 February: P1 debits 10000 + 8000, credit 10000: 8000 net;
-- 02Z01 March-June: 20000, 10000, 10000, 10000 (the rejected A-UNK,
-- A-JUN-X and A-C-NONE do not count); 03Z01 March 69000;
-- 15Z02 January 30000, February 30000, March 20000 (B-MAR rejected).
SELECT s.code, s.month, s.segment, s.category_name, s.product_name,
	   s.debit_rows, s.credit_rows, s.debit_cents, s.credit_cents, s.amount_cents,
	   (s.code::text, s.month, s.debit_rows, s.credit_rows, s.debit_cents, s.credit_cents, s.amount_cents)
		 IN (('02Z01', date '2025-01-01', 2, 0, 15000, 0, 15000),
			 ('02Z01', date '2025-02-01', 2, 1, 18000, 10000, 8000),
			 ('02Z01', date '2025-03-01', 1, 0, 20000, 0, 20000),
			 ('02Z01', date '2025-04-01', 1, 0, 10000, 0, 10000),
			 ('02Z01', date '2025-05-01', 1, 0, 10000, 0, 10000),
			 ('02Z01', date '2025-06-01', 1, 0, 10000, 0, 10000),
			 ('03Z01', date '2025-03-01', 1, 0, 69000, 0, 69000),
			 ('15Z02', date '2025-01-01', 1, 0, 30000, 0, 30000),
			 ('15Z02', date '2025-02-01', 1, 0, 30000, 0, 30000),
			 ('15Z02', date '2025-03-01', 1, 0, 20000, 0, 20000)) AS as_computed
  FROM spend_per_month s
 WHERE s.gemeentecode = '0307'
 ORDER BY s.code, s.month;
-- in all: P1 10000 + 8000 + 20000 + 3 x 10000 + 69000 = 137000,
-- P2 5000 + 30000 + 30000 + 20000 = 85000; 222000 together
SELECT agb, sum(amount_cents) AS amount_cents,
	   sum(amount_cents) = CASE agb WHEN '70000001' THEN 137000 WHEN '70000002' THEN 85000 END AS as_computed
  FROM spend_per_provider_month WHERE gemeentecode = '0307' GROUP BY agb ORDER BY agb;
SELECT sum(amount_cents) = 222000 AS total_as_computed, count(*) = 10 AS ten_groups
  FROM spend_per_month WHERE gemeentecode = '0307';
-- January 02Z01 split per provider: P1 10000, P2 5000
SELECT agb, amount_cents, amount_cents = CASE agb WHEN '70000001' THEN 10000 ELSE 5000 END AS as_computed
  FROM spend_per_provider_month
 WHERE gemeentecode = '0307' AND code::text = '02Z01' AND month = '2025-01-01' ORDER BY agb;

-- ===== Allocated totals =============================================
-- 7101: 100; 7102: 4 x 4 weeks = 16; 7103: 100000 cents; 7104: 10;
-- 7106: 3 x 3 months = 9; 7107: 2 x 10 days = 20; 7109: open-ended, NULL
SELECT a.toewijzing_nummer, allocated_total(a) AS allocated,
	   allocated_total(a) IS NOT DISTINCT FROM CASE a.toewijzing_nummer
			WHEN 7101 THEN 100 WHEN 7102 THEN 16 WHEN 7103 THEN 100000 WHEN 7104 THEN 10
			WHEN 7105 THEN 5 WHEN 7106 THEN 9 WHEN 7107 THEN 20 WHEN 7108 THEN 50 END AS as_computed
  FROM allocations a WHERE a.gemeentecode = '0307' ORDER BY a.toewijzing_nummer;
-- ISO weeks across New Year count once: Monday 29 December 2025 - Sunday
-- 11 January 2026 is 2 weeks; Wednesday 31 December - Thursday 1 January is 1
SELECT allocated_total(jsonb_populate_record(NULL::allocations,
		'{"volume": 3, "unit": "04", "frequency": "2", "start_date": "2025-12-29", "end_date": "2026-01-11"}')) = 6 AS two_weeks,
	   allocated_total(jsonb_populate_record(NULL::allocations,
		'{"volume": 3, "unit": "04", "frequency": "2", "start_date": "2025-12-31", "end_date": "2026-01-01"}')) = 3 AS one_week;

-- ===== Exhaustion as of 30 June 2025 ================================
-- The run-rate window is April - June (91 days).
-- 7101: used 10 + 8 (the first February debit is credited) + 20 + 10 +
--   10 + 10 = 68 of 100: 68.0%, 32 left; 30 in the window: 10.00 a month;
--   projection: 30 June + ceil(32 x 91 / 30 = 97.07) = 98 days =
--   6 October 2025, before the end (31 December); months left: July -
--   December = 6.
-- 7102: 690 minutes = 11.5 of 16 hours: 71.9%; it ended 30 March, so no
--   window days, no rate, no projection; 0 months left.
-- 7103: 30000 + 30000 + 20000 = 80000 of 100000 cents: 80.0%; nothing in
--   the window: rate 0.00, no projection; June is its last month: 0 left.
-- 7104: nothing used, 0.0%, rate 0.00; open-ended: months left NULL.
-- 7108: 5 of 50, 10.0%; last month January.
SELECT e.toewijzing_nummer AS nr, e.basis, e.allocated, e.used, e.remaining, e.used_pct,
	   e.months_left, e.last_month, e.run_rate_per_month, e.projected_exhaustion,
	   e.runs_out_before_end,
	   (e.allocated, e.used, e.remaining, e.used_pct, e.months_left, e.last_month,
		e.run_rate_per_month, e.projected_exhaustion, e.runs_out_before_end)
		 IS NOT DISTINCT FROM (x.allocated, x.used, x.remaining, x.used_pct, x.months_left, x.last_month,
							   x.rate, x.projected, x.before_end) AS as_computed
  FROM allocation_exhaustion_on('2025-06-30') e
  LEFT JOIN (VALUES
		(7101, 100::bigint, 68::numeric, 32::numeric, 68.0, 6, date '2025-06-01', 10.00, date '2025-10-06', true),
		(7102, 16, 11.5, 4.5, 71.9, 0, '2025-03-01', NULL, NULL, false),
		(7103, 100000, 80000, 20000, 80.0, 0, '2025-03-01', 0.00, NULL, false),
		(7104, 10, 0, 10, 0.0, NULL, NULL, 0.00, NULL, false),
		(7105, 5, 0, 5, 0.0, 6, NULL, 0.00, NULL, false),
		(7106, 9, 0, 9, 0.0, 0, NULL, NULL, NULL, false),
		(7107, 20, 0, 20, 0.0, 0, NULL, NULL, NULL, false),
		(7108, 50, 5, 45, 10.0, NULL, '2025-01-01', 0.00, NULL, false),
		(7109, NULL, 0, NULL, NULL, NULL, NULL, 0.00, NULL, NULL))
	AS x(nr, allocated, used, remaining, used_pct, months_left, last_month, rate, projected, before_end)
	ON x.nr = e.toewijzing_nummer
 WHERE e.gemeentecode = '0307' ORDER BY e.toewijzing_nummer;

-- As of 31 March 2025 (window January - March, 90 days):
-- 7103: 80000 used, all in the window: 26666.67 cents a month;
--   20000 left: 31 March + ceil(20000 x 90 / 80000 = 22.5) = 23 days =
--   23 April, before its end (30 June); months left April - June = 3.
-- 7102: window days 3 - 30 March (28), 1 month; 11.5 hours: 11.50 a
--   month; 4.5 left: 31 March + ceil(4.5 x 28 / 11.5 = 10.96) = 11 days =
--   11 April, after its end (30 March).
-- 7101: 10 + 8 + 20 = 38 used, all in the window: 12.67 a month; 62 left:
--   31 March + ceil(62 x 90 / 38 = 146.8) = 147 days = 25 August.
SELECT e.toewijzing_nummer AS nr, e.used, e.used_pct, e.months_left, e.run_rate_per_month,
	   e.projected_exhaustion, e.runs_out_before_end,
	   (e.used, e.used_pct, e.months_left, e.run_rate_per_month, e.projected_exhaustion, e.runs_out_before_end)
		 IS NOT DISTINCT FROM (x.used, x.used_pct, x.months_left, x.rate, x.projected, x.before_end) AS as_computed
  FROM allocation_exhaustion_on('2025-03-31') e
  JOIN (VALUES (7101, 38::numeric, 38.0, 9, 12.67, date '2025-08-25', true),
			   (7102, 11.5, 71.9, 0, 11.50, '2025-04-11', false),
			   (7103, 80000, 80.0, 3, 26666.67, '2025-04-23', true))
	AS x(nr, used, used_pct, months_left, rate, projected, before_end) ON x.nr = e.toewijzing_nummer
 WHERE e.gemeentecode = '0307'
 ORDER BY e.toewijzing_nummer;

-- Above 80% on 30 June: 7103 (exactly 80.0) only; above 70%: 7103, then
-- 7102 (71.9), fullest first.  The deleted 7105 never shows.
SELECT string_agg(toewijzing_nummer::text, ',' ORDER BY used_pct DESC, toewijzing_nummer) = '7103' AS above_80
  FROM allocations_above(80, '2025-06-30') WHERE gemeentecode = '0307';
SELECT string_agg(t.toewijzing_nummer::text, ',' ORDER BY t.ordinality) = '7103,7102' AS above_70_fullest_first
  FROM allocations_above(70, '2025-06-30') WITH ORDINALITY AS t WHERE t.gemeentecode = '0307';

-- Unused for the 3 months April - June: 7103 (last declared March), 7104
-- (never), 7108 (last January); 7101 was declared, 7102, 7106 and 7107
-- ended before April, 7105 and 7109 are deleted.
SELECT toewijzing_nummer AS nr, window_start, window_end, last_declared_month
  FROM allocations_unused_for(3, '2025-06-30') WHERE gemeentecode = '0307';
-- for 1 month (June) the same three; for 5 months (February - June) 7103
-- was declared in the window, while 7106 (15 January - 10 March) and 7107
-- (1 - 10 February) were in force on 1 February and never declared:
-- 7104, 7106, 7107, 7108
SELECT (SELECT string_agg(toewijzing_nummer::text, ',') FROM allocations_unused_for(1, '2025-06-30')
		 WHERE gemeentecode = '0307') = '7103,7104,7108' AS one_month,
	   (SELECT string_agg(toewijzing_nummer::text, ',') FROM allocations_unused_for(5, '2025-06-30')
		 WHERE gemeentecode = '0307') = '7104,7106,7107,7108' AS five_months,
	   -- a window that starts before the allocations: nothing qualifies
	   (SELECT count(*) FROM allocations_unused_for(12, '2025-06-30') WHERE gemeentecode = '0307') = 0 AS twelve_months;

-- ===== Rejections ===================================================
-- per provider and declaration month: P1 May 2 rows, 1 rejected (50.00%,
-- debits 15000, rejected 5000); P1 June 3 rows, 2 rejected (66.67%,
-- debits 20000, rejected debit 10000, rejected credit 3000); P2 March 2
-- rows, 1 rejected (50.00%, 70000, 50000); the other months nothing
SELECT p.agb, p.month, p.rows, p.rejected_rows, p.rejection_rate, p.debit_cents, p.rejected_debit_cents,
	   p.rejected_credit_cents,
	   (p.rows, p.rejected_rows, p.rejection_rate, p.debit_cents, p.rejected_debit_cents, p.rejected_credit_cents)
		 IS NOT DISTINCT FROM (x.rows, x.rejected, x.rate, x.debit, x.rejected_debit, x.rejected_credit) AS as_computed
  FROM rejections_per_provider p
  LEFT JOIN (VALUES ('70000001', date '2025-01-01', 1::bigint, 0::bigint, 0.00, 10000::bigint, 0::bigint, 0::bigint),
					('70000001', '2025-02-01', 1, 0, 0.00, 10000, 0, 0),
					('70000001', '2025-03-01', 4, 0, 0.00, 97000, 0, 0),
					('70000001', '2025-04-01', 1, 0, 0.00, 10000, 0, 0),
					('70000001', '2025-05-01', 2, 1, 50.00, 15000, 5000, 0),
					('70000001', '2025-06-01', 3, 2, 66.67, 20000, 10000, 3000),
					('70000002', '2025-01-01', 2, 0, 0.00, 35000, 0, 0),
					('70000002', '2025-02-01', 1, 0, 0.00, 30000, 0, 0),
					('70000002', '2025-03-01', 2, 1, 50.00, 70000, 50000, 0))
	AS x(agb, month, rows, rejected, rate, debit, rejected_debit, rejected_credit)
	ON x.agb = p.agb AND x.month = p.month
 WHERE p.gemeentecode = '0307' ORDER BY p.agb, p.month;
-- per rule: TR338 1 of 2 (50.00%), TR389 and TR323 each 1 of 3 (33.33%),
-- TR369 1 of 2 (50.00%)
SELECT r.agb, r.month, r.rule_id, r.return_code, r.rejected_rows, r.rejected_debit_cents, r.rows, r.rejection_rate,
	   (r.return_code, r.rejected_rows, r.rejected_debit_cents, r.rejection_rate)
		 IS NOT DISTINCT FROM (x.return_code, x.rejected, x.rejected_debit, x.rate) AS as_computed
  FROM rejections_per_rule r
  LEFT JOIN (VALUES ('70000001', date '2025-05-01', 'TR338', '9338', 1::bigint, 5000::bigint, 50.00),
					('70000001', '2025-06-01', 'TR323', '8017', 1, 0, 33.33),
					('70000001', '2025-06-01', 'TR389', '9389', 1, 10000, 33.33),
					('70000002', '2025-03-01', 'TR369', '9369', 1, 50000, 50.00))
	AS x(agb, month, rule_id, return_code, rejected, rejected_debit, rate)
	ON x.agb = r.agb AND x.month = r.month AND x.rule_id = r.rule_id
 WHERE r.gemeentecode = '0307' ORDER BY r.agb, r.month, r.rule_id;
-- top reasons over January - June: four rules with one row each, 25.0% of
-- the 4 rejected rows each, ties by rule id; the top 2 are TR323 and TR338
SELECT rule_id, return_code, rejected_rows, rejected_debit_cents, providers, share_pct
  FROM top_rejection_reasons('2025-01-01', '2025-06-01', 10, '0307');
SELECT string_agg(rule_id, ',') = 'TR323,TR338' AS top_two
  FROM top_rejection_reasons('2025-01-01', '2025-06-01', 2, '0307');
-- March only: TR369, 100% of the one rejected row
SELECT rule_id, share_pct = 100.0 AS all_of_march FROM top_rejection_reasons('2025-03-01', '2025-03-01', 10, '0307');

-- ===== The 325 answer ===============================================
-- P1 March (703): 4 rows, all accepted: -10000 + 8000 + 20000 + 69000 =
--   87000 submitted and accepted; header 87000 D matches; 8001.
-- P1 May (705): 15000 submitted, 10000 accepted, 9338.
-- P1 June (706): 10000 + 10000 - 3000 = 17000 submitted (header right),
--   10000 accepted; 8017 and 9389.
-- P2 March (713): 70000 submitted, header says 60000: does not match;
--   20000 accepted; 9369.  P2 April (714) has no rows: no answer code.
SELECT a.declaration_id AS id, a.rows, a.accepted_rows AS acc, a.rejected_rows AS rej, a.submitted_cents,
	   a.accepted_cents, a.header_total_matches AS header_ok, a.answer_code, a.return_codes,
	   (a.rows, a.accepted_rows, a.rejected_rows, a.submitted_cents, a.accepted_cents, a.header_total_matches,
		a.answer_code, a.return_codes)
		 IS NOT DISTINCT FROM (x.rows, x.acc, x.rej, x.submitted, x.accepted, x.header_ok, x.answer, x.codes)
		 AS as_computed
  FROM declaration_answers a
  LEFT JOIN (VALUES (701, 1::bigint, 1::bigint, 0::bigint, 10000::bigint, 10000::bigint, NULL::boolean, '8001', '{}'::text[]),
					(702, 1, 1, 0, 10000, 10000, NULL, '8001', '{}'),
					(703, 4, 4, 0, 87000, 87000, true, '8001', '{}'),
					(704, 1, 1, 0, 10000, 10000, NULL, '8001', '{}'),
					(705, 2, 1, 1, 15000, 10000, NULL, NULL, '{9338}'),
					(706, 3, 1, 2, 17000, 10000, true, NULL, '{8017,9389}'),
					(711, 2, 2, 0, 35000, 35000, NULL, '8001', '{}'),
					(712, 1, 1, 0, 30000, 30000, NULL, '8001', '{}'),
					(713, 2, 1, 1, 70000, 20000, false, NULL, '{9369}'),
					(714, 0, 0, 0, 0, 0, NULL, NULL, '{}'))
	AS x(id, rows, acc, rej, submitted, accepted, header_ok, answer, codes) ON x.id = a.declaration_id
 WHERE a.gemeentecode = '0307' ORDER BY a.declaration_id;
-- the rejected rows the answers return, with their codes and reasons
SELECT declaration_id AS id, referentie_nummer, amount_cents, dc, return_codes, rule_ids, reasons
  FROM declaration_answer_rows WHERE declaration_id BETWEEN 701 AND 714 ORDER BY row_id;

-- ===== Language =====================================================
-- every rule has a text in both languages
SELECT count(*) AS rules_without_both_texts FROM rules
 WHERE coalesce(text_nl, '') = '' OR coalesce(text_en, '') = '' OR text_nl = text_en;
-- Dutch by default, English when chosen, in every view that shows a text
SHOW productcodes.language;
SELECT rule_id, reason FROM rejections_per_rule WHERE gemeentecode = '0307' AND rule_id = 'TR369';
SET productcodes.language = en;
SELECT rule_id, reason FROM rejections_per_rule WHERE gemeentecode = '0307' AND rule_id = 'TR369';
SELECT rule_id, reason FROM top_rejection_reasons('2025-01-01', '2025-06-01', 1, '0307');
SELECT referentie_nummer, reasons FROM declaration_answer_rows WHERE declaration_id = 706 ORDER BY row_id;
SELECT count(*) = (SELECT count(*) FROM rules) AS all_english
  FROM rule_texts t JOIN rules r USING (rule_id) WHERE t.text = r.text_en;
RESET productcodes.language;
SELECT count(*) = (SELECT count(*) FROM rules) AS all_dutch_again
  FROM rule_texts t JOIN rules r USING (rule_id) WHERE t.text = r.text_nl;
SELECT (regress.try('SET productcodes.language = fr')).*;

-- ===== Materialized versions ========================================
-- after a refresh they hold what the plain views show (the exhaustion one
-- as of today, recorded in as_of)
SELECT refresh_reporting();
SELECT refresh_reporting(concurrent => true);
-- the euros are the cents / 100, exactly, in every view that has them
SELECT (SELECT bool_and(debit_euros * 100 = debit_cents AND credit_euros * 100 = credit_cents
						AND amount_euros * 100 = amount_cents) FROM spend_per_provider_month) AS per_provider,
	   (SELECT bool_and(amount_euros * 100 = amount_cents) FROM spend_per_month) AS per_month,
	   (SELECT bool_and(debit_euros * 100 = debit_cents AND rejected_debit_euros * 100 = rejected_debit_cents
						AND rejected_credit_euros * 100 = rejected_credit_cents)
		  FROM rejections_per_provider) AS per_provider_rejections,
	   (SELECT bool_and(rejected_debit_euros * 100 = rejected_debit_cents) FROM rejections_per_rule) AS per_rule,
	   (SELECT bool_and(submitted_euros * 100 = submitted_cents AND accepted_euros * 100 = accepted_cents)
		  FROM declaration_answers) AS answers,
	   (SELECT bool_and(amount_euros * 100 = amount_cents) FROM declaration_answer_rows) AS answer_rows,
	   (SELECT bool_and(rejected_debit_euros * 100 = rejected_debit_cents)
		  FROM top_rejection_reasons('2025-01-01', '2025-06-01', 10, '0307')) AS top_reasons;
SELECT amount_cents, amount_euros FROM spend_per_month
 WHERE gemeentecode = '0307' AND code = '02Z01' AND month = '2025-04-01';
SELECT (SELECT count(*) FROM (SELECT * FROM spend_per_provider_month EXCEPT ALL
							  SELECT * FROM spend_per_provider_month_mv) x) = 0
	   AND (SELECT count(*) FROM spend_per_provider_month) = (SELECT count(*) FROM spend_per_provider_month_mv)
		   AS provider_mv_equal,
	   (SELECT count(*) FROM (SELECT * FROM spend_per_month EXCEPT ALL SELECT * FROM spend_per_month_mv) x) = 0
	   AND (SELECT count(*) FROM spend_per_month) = (SELECT count(*) FROM spend_per_month_mv)
		   AS month_mv_equal,
	   (SELECT count(*) FROM (SELECT * FROM allocation_exhaustion EXCEPT ALL
							  SELECT e.allocation_id, e.gemeentecode, e.toewijzing_nummer, e.agb, e.domain,
									 e.category, e.code, e.start_date, e.end_date, e.deleted, e.basis, e.unit,
									 e.frequency, e.allocated, e.used, e.remaining, e.used_pct, e.months_left,
									 e.last_month, e.run_rate_per_month, e.projected_exhaustion,
									 e.runs_out_before_end
								FROM allocation_exhaustion_mv e) x) = 0
		   AS exhaustion_mv_equal,
	   (SELECT bool_and(as_of = CURRENT_DATE) FROM allocation_exhaustion_mv) AS as_of_today;
-- a new accepted row shows in the view at once and in the snapshot after
-- the next refresh: 1 piece of 02Z01 on 7108 in April (10.00)
SELECT * FROM regress.report_row(714, 'C-APR', 7108, '111222333', '02', '02Z01', '2025-04-01', '2025-04-30', 1, '82', 1000, 1000, 'D');
SELECT (SELECT amount_cents FROM spend_per_month WHERE gemeentecode = '0307' AND code::text = '02Z01' AND month = '2025-04-01') AS view_now,
	   (SELECT amount_cents FROM spend_per_month_mv WHERE gemeentecode = '0307' AND code::text = '02Z01' AND month = '2025-04-01') AS snapshot;
SELECT refresh_reporting();
SELECT amount_cents = 11000 AS snapshot_after_refresh
  FROM spend_per_month_mv WHERE gemeentecode = '0307' AND code::text = '02Z01' AND month = '2025-04-01';

-- ===== Privileges, row-level security, search_path ==================
-- views over personal data read as the caller (security_invoker) and are
-- not granted to PUBLIC; the rule texts are
SELECT c.relname, c.relkind, coalesce(c.reloptions::text, '') AS options,
	   has_table_privilege('public', c.oid, 'SELECT') AS public_may_read
  FROM pg_class c
 WHERE c.relnamespace = 'productcodes'::regnamespace
   AND c.relname IN ('rule_texts', 'spend_per_provider_month', 'spend_per_month', 'allocation_exhaustion',
					 'allocations_near_exhaustion', 'allocations_unused', 'rejections_per_provider',
					 'rejections_per_rule', 'declaration_answer_rows', 'declaration_answers',
					 'spend_per_provider_month_mv', 'spend_per_month_mv', 'allocation_exhaustion_mv')
 ORDER BY c.relname;
SELECT p.oid::regprocedure AS function, p.prosecdef AS security_definer,
	   has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_run
  FROM pg_proc p
 WHERE p.pronamespace = 'productcodes'::regnamespace
   AND p.proname IN ('allocated_total', 'allocation_exhaustion_on', 'allocations_above',
					 'allocations_unused_for', 'top_rejection_reasons', 'refresh_reporting')
 ORDER BY 1::text;

-- with separation on, a role for Amersfoort sees only Amersfoort, one for
-- Rotterdam none of it
CREATE ROLE regress_amersfoort;
CREATE ROLE regress_rotterdam_report;
INSERT INTO municipality_roles (role_name, gemeentecode)
VALUES ('regress_amersfoort', '0307'), ('regress_rotterdam_report', '0599');
GRANT SELECT ON declarations, declaration_rows, allocations, spend_per_month, allocation_exhaustion,
	rejections_per_provider, declaration_answers, declaration_answer_rows
	TO regress_amersfoort, regress_rotterdam_report;
GRANT USAGE ON SCHEMA regress TO regress_amersfoort;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_amersfoort;
SELECT enable_municipality_separation();
SET ROLE regress_amersfoort;
SELECT string_agg(DISTINCT gemeentecode, ',') AS spend, sum(amount_cents) AS amount_cents
  FROM productcodes.spend_per_month;
SELECT string_agg(DISTINCT gemeentecode, ',') AS exhaustion FROM productcodes.allocation_exhaustion;
SELECT string_agg(DISTINCT gemeentecode, ',') AS rejections FROM productcodes.rejections_per_provider;
SELECT string_agg(DISTINCT gemeentecode, ',') AS answers FROM productcodes.declaration_answers;
-- the snapshot is not for municipality roles
SELECT (regress.try('SELECT * FROM productcodes.spend_per_month_mv')).state;
SET ROLE regress_rotterdam_report;
SELECT count(*) AS amersfoort_rows_seen FROM productcodes.spend_per_month WHERE gemeentecode = '0307';
RESET ROLE;
SELECT disable_municipality_separation();
DELETE FROM municipality_roles WHERE role_name IN ('regress_amersfoort', 'regress_rotterdam_report');
DROP OWNED BY regress_amersfoort, regress_rotterdam_report;
DROP ROLE regress_amersfoort, regress_rotterdam_report;

-- look-alike operators and functions in a schema searched first change
-- nothing: every name in the views and functions was bound at creation
CREATE SCHEMA regress_evil;
CREATE FUNCTION regress_evil.texteq(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR regress_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_evil.texteq);
CREATE FUNCTION regress_evil.sum(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint';
CREATE FUNCTION regress_evil.date_trunc(text, timestamp) RETURNS timestamp LANGUAGE sql AS 'SELECT NULL::timestamp';
SET search_path = regress_evil, productcodes, public, pg_catalog;
-- (the checks themselves name pg_catalog's operators and functions)
SELECT pg_catalog.sum(amount_cents) OPERATOR(pg_catalog.=) 223000 AS spend_unchanged,
	   pg_catalog.count(*) OPERATOR(pg_catalog.=) 10 AS groups_unchanged
  FROM productcodes.spend_per_month WHERE gemeentecode OPERATOR(pg_catalog.=) '0307';
SELECT used OPERATOR(pg_catalog.=) 68 AS exhaustion_unchanged, projected_exhaustion
  FROM productcodes.allocation_exhaustion_on('2025-06-30')
 WHERE toewijzing_nummer OPERATOR(pg_catalog.=) 7101 AND gemeentecode OPERATOR(pg_catalog.=) '0307';
-- (7108 is no longer unused: C-APR above declared it in April)
SELECT pg_catalog.string_agg(toewijzing_nummer::text, ',') OPERATOR(pg_catalog.=) '7103,7104' AS unused_unchanged
  FROM productcodes.allocations_unused_for(3, '2025-06-30') WHERE gemeentecode OPERATOR(pg_catalog.=) '0307';
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.=) 4 AS reasons_unchanged
  FROM productcodes.top_rejection_reasons('2025-01-01', '2025-06-01', 10, '0307');
SELECT rejected_rows, return_codes FROM productcodes.declaration_answers WHERE declaration_id OPERATOR(pg_catalog.=) 706;
SELECT productcodes.refresh_reporting();
SET search_path = productcodes, public;
DROP SCHEMA regress_evil CASCADE;

-- One stored row with an absurd amount (a hostile file, or FMT_BEDRAG
-- switched off: nothing is lost, so it is kept) must not break a report:
-- the sums are numeric, never "bigint out of range".  Rolled back.
BEGIN;
SELECT ref, status FROM regress.report_row(706, 'H-HUGE-D', 7101, '123456782', '02', '02Z01',
	'2025-06-01', '2025-06-30', 1, '82', 1000, 9223372036854775807, 'D');
SELECT ref, status FROM regress.report_row(706, 'H-HUGE-C', 7101, '123456782', '02', '02Z01',
	'2025-06-01', '2025-06-30', 1, '82', 1000, -9223372036854775808, 'C');
SELECT submitted_cents, submitted_euros FROM declaration_answers WHERE declaration_id = 706;
SELECT debit_cents, rejected_debit_euros > 92233720368547758 AS huge_euros
  FROM rejections_per_provider WHERE gemeentecode = '0307' AND month = '2025-06-01';
SELECT count(*) > 0 AS reasons FROM top_rejection_reasons('2025-01-01', '2025-06-01', 10, '0307');
SELECT count(*) > 0 AS per_rule FROM rejections_per_rule WHERE gemeentecode = '0307';
ROLLBACK;
