--
-- Staging costs the same per row however many rows of one allocation a
-- statement stages (issue 12, item 10): the engine reads the allocation's
-- earlier rows once per statement, not once per staged row (each staged
-- row used to be its own statement for the engine, which then re-read all
-- earlier rows: 2k rows 0.73 s, 8k 10.4 s).  Not timed: the rows the
-- statement reads from declaration_rows are counted (pg_stat_xact_*), and
-- they must be at most each earlier row once plus two per staged row.
-- Self-contained: its own provider (87654300) and allocation (Rotterdam
-- 0599, number 99801).
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0599', 99801, '123456782', '87654300', 'JW', '43', '43Z03', 100000, '82', '6',
		'2020-01-01', '2030-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on)
VALUES (99801, '87654300', '0599', 'JW', 'LIN202504', '2025-04-01', '2025-05-05');
-- stage n rows of allocation 99801 in one statement, all for April (the
-- first is accepted, the others bill it again, TR389: the engine reads an
-- allocation's rows, accepted or not, to find its counted ones); the rows
-- it read
CREATE FUNCTION regress.stage_linear(n integer, OUT staged bigint, OUT earlier bigint, OUT rows_read bigint)
LANGUAGE plpgsql AS $$
DECLARE
	before bigint;
BEGIN
	SELECT count(*) INTO earlier FROM productcodes.declaration_rows WHERE toewijzing_nummer = 99801;
	SELECT coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0) INTO before
	  FROM pg_stat_xact_user_tables WHERE relid = 'productcodes.declaration_rows'::regclass;
	INSERT INTO productcodes.staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
		category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
	SELECT '99801', 'LIN-' || earlier || '-' || i, '99801', '123456782', '43', '43Z03', '2025-04-01',
		   '2025-04-30', '1', '82', '250000', '250000', 'D'
	  FROM generate_series(1, n) i;
	SELECT coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0) - before INTO rows_read
	  FROM pg_stat_xact_user_tables WHERE relid = 'productcodes.declaration_rows'::regclass;
	SELECT count(*) INTO staged FROM productcodes.declaration_rows WHERE toewijzing_nummer = 99801;
	staged := staged - earlier;
END $$;
BEGIN;
SELECT staged, earlier, rows_read <= earlier + 2 * staged AS linear FROM regress.stage_linear(200);
SELECT status, errors, count(*) FROM productcodes.declaration_rows WHERE toewijzing_nummer = 99801
 GROUP BY 1, 2 ORDER BY 1;
SELECT staged, earlier, rows_read <= earlier + 2 * staged AS linear FROM regress.stage_linear(800);
SELECT staged, earlier, rows_read <= earlier + 2 * staged AS linear FROM regress.stage_linear(3200);
ROLLBACK;
DROP FUNCTION regress.stage_linear(integer);
DELETE FROM productcodes.declarations WHERE declaration_id = 99801;
DELETE FROM productcodes.allocations WHERE toewijzing_nummer = 99801;
