--
-- Staging: rows arrive as text, so nothing in them can abort a load.
-- Builds on the data of validation.sql and cumulative.sql (declaration 12
-- is Rotterdam, May 2025; allocation 4001 has 9 of its 10 pieces left).
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- A provider's file with one good row, one that breaks a rule and five
-- that cannot be read at all.  COPY takes them all.
COPY staged_rows (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer,
	bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
FROM STDIN WITH (FORMAT csv);
12,ST-OK,,4001,001000020,45, 45z01 ,2025-05-01,2025-05-31,1,82,5000,5000,D
12,ST-RULE,,9999,001000020,45,45Z01,2025-05-01,2025-05-31,1,82,5000,5000,D
12,ST-CODE,,4001,001000020,45,45Z0!,2025-05-01,2025-05-31,1,82,5000,5000,D
12,ST-DATE,,4001,001000020,45,45Z01,2025-05-01,2025-02-30,1,82,5000,5000,D
12,ST-NUMBER,,4001,001000020,45,45Z01,2025-05-01,2025-05-31,1,82,"50,00",5000,D
12,ST-MISSING,,4001,,45,45Z01,2025-05-01,2025-05-31,,82,5000,5000,D
999,ST-HEADER,,4001,001000020,45,45Z01,01-05-2025,2025-05-31,1,82,5000,5000,D
\.

-- every staged row is kept with its outcome; readable ones became declaration rows
SELECT s.referentie_nummer, s.status, s.errors, s.row_id IS NOT NULL AS stored_as_row, s.problems
  FROM staged_rows s ORDER BY s.staged_id;
-- the declaration row of a readable staged row is the engine's, with the same outcome
SELECT r.referentie_nummer, r.code, r.period_start, r.volume, r.status, r.errors
  FROM declaration_rows r JOIN staged_rows s USING (row_id) ORDER BY r.row_id;
-- an unreadable row has a finding like any other, return code 0001
SELECT rule_id, return_code, text_nl FROM rules WHERE rule_id = 'FMT_VELD';
-- and it cannot be switched off: a row that cannot be read cannot be accepted
\x on
SELECT (regress.try($$INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES (NULL, 'FMT_VELD', 'disabled')$$)).*;
-- strict mode raises for an unreadable row instead
SET productcodes.strict = on;
SELECT (regress.try($$INSERT INTO productcodes.staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, amount_cents, dc) VALUES ('12', 'ST-STRICT', '4001', '001000020', '45', '45Z01', '2025-05-01', 'gisteren', '1', '82', '5000', 'D')$$)).*;
RESET productcodes.strict;
\x off
SELECT count(*) AS stored FROM staged_rows WHERE referentie_nummer = 'ST-STRICT';

-- a declaration_id that does not read is named as such, and no header is
-- looked up for it (it once looked up an uninitialised value)
INSERT INTO staged_rows (declaration_id, referentie_nummer) VALUES ('12x', 'ST-BADID'), (' ', 'ST-NOID')
RETURNING referentie_nummer, status, errors, problems;

-- A value too long for the declaration rows' indexes (3 kB in a reference,
-- a previous reference or a BSN) does not abort the load: the row is kept,
-- rejected with FMT_VELD, and every other row of the file is loaded.
\copy (SELECT v.* FROM (SELECT string_agg(md5(g::text), '') AS l FROM generate_series(1, 100) g) x, LATERAL (VALUES ('12', 'ST-LONG-BEFORE', NULL, '4001', '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', '1', '82', '5000', '5000', 'D'), ('12', x.l, NULL, '4001', '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', '1', '82', '5000', '5000', 'D'), ('12', 'ST-LONG-VORIG', x.l, '4001', '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', '1', '82', '5000', '5000', 'C'), ('12', 'ST-LONG-BSN', NULL, '4001', x.l, '45', '45Z01', '2025-05-01', '2025-05-31', '1', '82', '5000', '5000', 'D'), ('12', 'ST-LONG-AFTER', NULL, '9999', '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', '1', '82', '5000', '5000', 'D')) v) TO 'results/staging_long.csv' WITH (FORMAT csv)
\copy staged_rows (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) FROM 'results/staging_long.csv' WITH (FORMAT csv)
SELECT left(referentie_nummer, 14) AS referentie, length(referentie_nummer) AS ref_length,
	   length(vorig_referentie_nummer) AS vorig_length, length(bsn) AS bsn_length,
	   status, errors, row_id IS NOT NULL AS stored_as_row, problems
  FROM staged_rows WHERE staged_id > (SELECT max(staged_id) FROM staged_rows WHERE referentie_nummer = 'ST-NOID')
 ORDER BY staged_id;
-- declaration_rows is typed: a value it cannot store (an unreadable date, or
-- such a reference, too long for its index) raises there; staged_rows is the
-- way in that keeps every row
SELECT (regress.try(format($$INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) VALUES (12, %L, 4001, '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', 1, '82', 5000, 5000, 'D')$$,
	(SELECT string_agg(md5(g::text), '') FROM generate_series(1, 100) g)))).state;

RESET search_path;
