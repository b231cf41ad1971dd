--
-- Hostile input: each gets its documented outcome, never a crash, a wrong
-- acceptance or a silent loss.  Builds on the data of the earlier files
-- (declaration 1: Rotterdam, April 2025; allocation 1001: 43Z03).
--
SET search_path = productcodes, public;
SET datestyle = ISO;
\x on

-- Huge strings: refused with the normal error (the message quotes the
-- input, as PostgreSQL's own do; shown shortened here).
SELECT t.state, left(t.message, 58) AS message_starts, length(t.message) AS message_length, t.detail
  FROM regress.try(format('SELECT %L::productcodes.productcode', repeat('A', 1000000))) AS t;
SELECT t.state, left(t.message, 50) AS message_starts, t.detail
  FROM regress.try(format('SELECT %L::productcodes.bsn', repeat('1', 100000))) AS t;
-- a huge reference on a declaration row: stored, rejected (FMT_REFERENTIE)
SELECT ref = repeat('R', 100000) AS whole_reference_kept, status, errors
  FROM regress.declare(1, repeat('R', 100000), 1001, '123456782', '43', '43Z03',
					   '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- NUL and invalid UTF-8 never reach the extension: PostgreSQL refuses them
-- when bytes become text.
SELECT * FROM regress.try($$SELECT pg_catalog.convert_from('\x3433005a3033'::bytea, 'UTF8')::productcodes.productcode$$);
SELECT * FROM regress.try($$SELECT pg_catalog.convert_from('\x3433c35a3033'::bytea, 'UTF8')::productcodes.productcode$$);
-- valid UTF-8 that is not ASCII: the code's own error
SELECT * FROM regress.try($$SELECT pg_catalog.convert_from('\x3433c3a93033'::bytea, 'UTF8')::productcodes.productcode$$);
-- the staging table takes any text and says what it could not read
INSERT INTO staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code,
						 period_start, period_end, volume, unit, amount_cents, dc)
VALUES ('1', 'H-STAGED', '1001', '123456782', '43', pg_catalog.convert_from('\x3433c3a93033'::bytea, 'UTF8'),
		'2025-04-01', '2025-04-31', '9223372036854775808', '82', '-0', 'D')
RETURNING status, errors, problems;

-- Dates at the ends of the range.  Infinite dates cannot be checked at all:
-- the row is refused with a clear error (load such rows through staging,
-- where they are kept as unreadable).
SELECT * FROM regress.try($$SELECT * FROM regress.declare(1, 'H-INF', 1001, '123456782', '43', '43Z03', '2025-04-01', 'infinity', 1, '82', 250000, 250000, 'D')$$);
-- the far past and the far future are ordinary dates: stored and rejected
SELECT ref, status, errors FROM regress.declare(1, 'H-BC', 1001, '123456782', '43', '43Z03',
	'4713-01-01 BC', '4713-01-31 BC', 1, '82', 250000, 250000, 'D');
SELECT ref, status, errors FROM regress.declare(1, 'H-FAR', 1001, '123456782', '43', '43Z03',
	'5874897-12-01', '5874897-12-31', 1, '82', 250000, 250000, 'D');
-- the header refuses a month before 2021 or an infinite one
-- (state and message only: the failing row shows today's date)
SELECT t.state, t.message FROM regress.try($$INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month) VALUES ('12345678', '0599', 'JW', 'OLD', '2020-12-01')$$) AS t;
SELECT t.state, t.message FROM regress.try($$INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month) VALUES ('12345678', '0599', 'JW', 'INF', 'infinity')$$) AS t;

-- Volumes and amounts at and beyond their limits (0..99999999 cents):
-- at the limit the amount rules apply, beyond it FMT_BEDRAG, never an overflow.
SELECT ref, status, errors FROM regress.declare(1, 'H-MAX', 1001, '123456782', '43', '43Z03',
	'2025-04-01', '2025-04-30', 99999999, '82', 1, 99999999, 'D');
SELECT ref, status, errors FROM regress.declare(1, 'H-OVER', 1001, '123456782', '43', '43Z03',
	'2025-04-01', '2025-04-30', 100000000, '82', 99999999, 99999999, 'D');
SELECT ref, status, errors FROM regress.declare(1, 'H-NEG', 1001, '123456782', '43', '43Z03',
	'2025-04-01', '2025-04-30', -1, '82', 250000, -250000, 'D');
SELECT ref, status, errors FROM regress.declare(1, 'H-BIG', 1001, '123456782', '43', '43Z03',
	'2025-04-01', '2025-04-30', 9223372036854775807, '82', 9223372036854775807,
	9223372036854775807, 'D');

-- A declaration's total is a TotaalBedrag, up to 12 digits (a large
-- provider's month passes 999,999.99 euro): 999999999999 is stored, one
-- cent more is refused.  Rolled back: the later files count declarations.
BEGIN;
SELECT t.state, t.message FROM regress.try($$INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, total_cents, total_dc) VALUES (990001, '12345678', '0599', 'JW', 'TOTMAX', '2025-04-01', 999999999999, 'D')$$) AS t;
SELECT t.state, t.message FROM regress.try($$INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, total_cents, total_dc) VALUES (990002, '12345678', '0599', 'JW', 'TOTOVER', '2025-04-01', 1000000000000, 'D')$$) AS t;
ROLLBACK;

-- NULL in every column of a declaration row: the trigger names the field
-- (before the NOT NULL constraint would), and points to staging.
SELECT c AS null_column, t.state, t.message
  FROM unnest(ARRAY['declaration_id', 'referentie_nummer', 'toewijzing_nummer', 'bsn', 'category',
					'code', 'period_start', 'period_end', 'volume', 'unit', 'amount_cents', 'dc']) AS c,
	   LATERAL regress.try(
		'INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer,
			bsn, category, code, period_start, period_end, volume, unit, amount_cents, dc) VALUES ('
		|| concat_ws(', ',
			CASE WHEN c = 'declaration_id' THEN 'NULL' ELSE '1' END,
			CASE WHEN c = 'referentie_nummer' THEN 'NULL' ELSE quote_literal('H-NULL-' || c) END,
			CASE WHEN c = 'toewijzing_nummer' THEN 'NULL' ELSE '1001' END,
			CASE WHEN c = 'bsn' THEN 'NULL' ELSE '''123456782''' END,
			CASE WHEN c = 'category' THEN 'NULL' ELSE '''43''' END,
			CASE WHEN c = 'code' THEN 'NULL' ELSE '''43Z03''' END,
			CASE WHEN c = 'period_start' THEN 'NULL' ELSE '''2025-04-01''' END,
			CASE WHEN c = 'period_end' THEN 'NULL' ELSE '''2025-04-30''' END,
			CASE WHEN c = 'volume' THEN 'NULL' ELSE '1' END,
			CASE WHEN c = 'unit' THEN 'NULL' ELSE '''82''' END,
			CASE WHEN c = 'amount_cents' THEN 'NULL' ELSE '1' END,
			CASE WHEN c = 'dc' THEN 'NULL' ELSE '''D''' END) || ')') AS t;
SELECT count(*) AS stored FROM declaration_rows WHERE referentie_nummer LIKE 'H-NULL-%';
\x off

RESET search_path;
