--
-- The validation engine: each rule with a row that passes and a row that
-- breaks it.  The dataset is small and built by hand; every expected
-- finding below follows from it (see the comment on each case).
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- the rules this version applies, by kind (texts in Dutch and English)
SELECT kind, count(*), string_agg(rule_id, ' ' ORDER BY rule_id) FROM rules GROUP BY kind ORDER BY kind;
SELECT count(*) FILTER (WHERE text_nl <> '' AND text_en <> '' AND return_code ~ '^[0-9A-Z]{4}$') AS complete
  FROM rules;

-- Rotterdam (0599) uses the seed 000 handbook for Jeugd from 2023.
INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0599', 'JW', '[2023-01-01,)');
-- A municipality that only exists from 2027 (for TR378).
INSERT INTO municipalities (gemeentecode, name, validity) VALUES ('1899', 'Toekomstig', '[2027-01-01,)');

INSERT INTO clients (bsn, birth_date) VALUES ('123456782', '2012-05-01'), ('111222333', '2010-01-31');

-- Allocations of provider 12345678 in Rotterdam:
--   1001 43Z03, 10 stuks in total, all of 2025
--   1002 45Z01, deleted (change reason 13)
--   1003 category 54 without a code (aspecific), 20 hours a month, 15 March - 20 June 2025
--   1004 category 45 without a code, all of 2025
--   1005 54Z01 with a budget of 1000 euros, all of 2025
--   1006 in 1899, a code not yet valid when the allocation starts
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date, deleted)
VALUES ('0599', 1001, '123456782', '12345678', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2025-01-01', '2025-12-31', false),
	   ('0599', 1002, '123456782', '12345678', 'JW', '45', '45Z01', 10, '82', '6', NULL, '2025-01-01', '2025-12-31', true),
	   ('0599', 1003, '111222333', '12345678', 'JW', '54', NULL, 20, '04', '4', NULL, '2025-03-15', '2025-06-20', false),
	   ('0599', 1004, '111222333', '12345678', 'JW', '45', NULL, 10, '82', '6', NULL, '2025-01-01', '2025-12-31', false),
	   ('0599', 1005, '111222333', '12345678', 'JW', '54', '54Z01', NULL, NULL, NULL, 100000, '2025-01-01', '2025-12-31', false),
	   ('1899', 1006, '111222333', '12345678', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2025-01-01', '2025-12-31', false);

-- Contract tariffs in Rotterdam for 2025: 43Z03 2500.00 per piece (any
-- provider), 54Z01 90.00 an hour for this provider.
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0599', NULL, '43Z03', '82', '[2025-01-01,2026-01-01)', 250000),
	('0599', '12345678', '54Z01', '04', '[2025-01-01,2026-01-01)', 9000);

-- Declaration for April 2025, and a second one reusing its number (TR333).
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES (1, '12345678', '0599', 'JW', 'D202504', '2025-04-01', '2025-05-05'),
	   (2, '12345678', '0599', 'JW', 'D202504', '2025-04-01', '2025-05-06'),
	   (3, '12345678', '1899', 'JW', 'D1899', '2025-04-01', '2025-05-05');

-- One call inserts one row and shows its outcome.
CREATE FUNCTION regress.declare(
	declaration bigint, ref text, toewijzing bigint, bsn text, category text, code text,
	period_start date, period_end date, volume bigint, unit text, tariff bigint,
	amount bigint, dc text, vorig text DEFAULT NULL)
RETURNS TABLE (ref text, status text, errors text[], warnings text[])
LANGUAGE sql AS $$
	INSERT INTO productcodes.declaration_rows
		(declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn,
		 category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
	VALUES (declaration, ref, vorig, toewijzing, bsn, category, code::productcodes.productcode,
			period_start, period_end, volume, unit, tariff, amount, dc)
	RETURNING referentie_nummer, status, errors, warnings
$$;

-- Most cases below reuse the allocation and month of the correct row, so
-- they would all also be double billing (TR389).  That rule and the other
-- running totals are tested in cumulative.sql; here TR389 is off.
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES (NULL, 'TR389', 'disabled');

-- a correct row: 1 piece of 43Z03 in April at the contract tariff
SELECT * FROM regress.declare(1, 'OK-1', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- format rules (return code 0001)
-- FMT_BSN: fails the elfproef, so it is not the allocation's BSN either (TR304)
SELECT * FROM regress.declare(1, 'F-BSN', 1001, '123456789', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- FMT_CATEGORIE: 02 is a Wmo category; also not the allocation's (TR339) nor the catalogue's (TR381)
SELECT * FROM regress.declare(1, 'F-CAT', 1001, '123456782', '02', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- FMT_EENHEID: 99 is no unit; also not the allocation's (TR341)
SELECT * FROM regress.declare(1, 'F-UNIT', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '99', 250000, 250000, 'D');
-- FMT_DEBETCREDIT
SELECT * FROM regress.declare(1, 'F-DC', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'X');
-- FMT_NUL_DEBET: amount 0 as a credit (0 x tariff is right, so TR346 passes)
SELECT * FROM regress.declare(1, 'F-ZERO', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 0, '82', 250000, 0, 'C', 'OK-1');
-- FMT_PERIODE: April into May; it also ends after the declaration month (TR319)
SELECT * FROM regress.declare(1, 'F-PERIOD', 1001, '123456782', '43', '43Z03', '2025-04-20', '2025-05-10', 1, '82', 250000, 250000, 'D');
-- FMT_BEDRAG: volume above 99999999
SELECT * FROM regress.declare(1, 'F-AMOUNT', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 100000000, '82', 250000, 250000, 'D');
-- FMT_TARIEF: no tariff on a unit that is not euros (TR346 cannot be computed)
SELECT * FROM regress.declare(1, 'F-TARIFF', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', NULL, 250000, 'D');
-- FMT_VORIGREF: a debit pointing to an earlier row
SELECT * FROM regress.declare(1, 'F-VORIG', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D', 'OK-1');
-- FMT_REFERENTIE: 21 characters
SELECT * FROM regress.declare(1, 'F-REF-6789012345678901', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- allocation rules
-- TR338: no allocation 9999 in Rotterdam (the rules that need it are not applied)
SELECT * FROM regress.declare(1, 'T338', 9999, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR304: a valid BSN, but another client's
SELECT * FROM regress.declare(1, 'T304', 1001, '111222333', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR384: the allocation was deleted
SELECT * FROM regress.declare(1, 'T384', 1002, '123456782', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '82', 100, 100, 'D');
-- TR339 passes on an aspecific allocation with the right category ...
SELECT * FROM regress.declare(1, 'T339-OK', 1004, '111222333', '45', '45Z01', '2025-04-01', '2025-04-30', 1, '82', 100, 100, 'D');
-- ... and fails with another one (43Z03 is in category 43, so TR381 passes)
SELECT * FROM regress.declare(1, 'T339', 1004, '111222333', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR340: 43Z04 is not the allocation's 43Z03 (same category)
SELECT * FROM regress.declare(1, 'T340', 1001, '123456782', '43', '43Z04', '2025-04-01', '2025-04-30', 1, '82', 100, 100, 'D');
-- TR341: hours on a pieces allocation
SELECT * FROM regress.declare(1, 'T341', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '04', 250000, 250000, 'D');
-- TR341 allows minutes on an hours allocation: 20 minutes on the hourly contract of
-- 90.00 = 30.00, at the per-minute tariff 1.50 (IV081)
SELECT * FROM regress.declare(1, 'T341-MIN', 1003, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 20, '01', 150, 3000, 'D');
-- TR307: March from the 1st, but the allocation starts on the 15th
SELECT * FROM regress.declare(1, 'T307', 1003, '111222333', '54', '54Z01', '2025-03-01', '2025-03-31', 2, '04', 9000, 18000, 'D');
-- TR387 passes when the period starts with an allocation that starts mid-month
SELECT * FROM regress.declare(1, 'T387-OK', 1003, '111222333', '54', '54Z01', '2025-03-15', '2025-03-31', 2, '04', 9000, 18000, 'D');
-- TR387: April from the 2nd, the allocation started long before
SELECT * FROM regress.declare(1, 'T387', 1001, '123456782', '43', '43Z03', '2025-04-02', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR388: April to the 29th, the allocation runs all year
SELECT * FROM regress.declare(1, 'T388', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-29', 1, '82', 250000, 250000, 'D');
-- TR319 and TR308 and TR388 pass: June to the allocation's end on the 20th, in the April declaration? No:
-- June lies after the declaration month, so TR319 fails; the end matches the allocation (TR308, TR388 pass)
SELECT * FROM regress.declare(1, 'T319', 1003, '111222333', '54', '54Z01', '2025-06-01', '2025-06-20', 2, '04', 9000, 18000, 'D');
-- TR308: June to the 30th is after the allocation's end (and after April: TR319)
SELECT * FROM regress.declare(1, 'T308', 1003, '111222333', '54', '54Z01', '2025-06-01', '2025-06-30', 2, '04', 9000, 18000, 'D');
-- TR319 passes for an earlier month (March, in the April declaration)
SELECT * FROM regress.declare(1, 'T319-OK', 1001, '123456782', '43', '43Z03', '2025-03-01', '2025-03-31', 1, '82', 250000, 250000, 'D');
-- TR135: a period in 2099 (also after the declaration month and the allocation, and
-- the client, born in 2012, is then far beyond youth care's 23: REG_LEEFTIJD)
SELECT * FROM regress.declare(1, 'T135', 1001, '123456782', '43', '43Z03', '2099-04-01', '2099-04-30', 1, '82', 250000, 250000, 'D');

-- uniqueness
-- TR314: OK-1 was used before by this provider in Jeugd
SELECT * FROM regress.declare(1, 'OK-1', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR333: declaration 2 repeats the number of declaration 1
SELECT * FROM regress.declare(2, 'T333', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- catalogue rules
-- TR381: the handbook puts 43Z03 in category 43, not 45 (the allocation is category 45)
SELECT * FROM regress.declare(1, 'T381', 1004, '111222333', '45', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR378: 1899 is not in the CBS list on the allocation's start (no catalogue there: TR381 not applied)
SELECT * FROM regress.declare(3, 'T378', 1006, '111222333', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- TR418: 2400.00 is not the contract tariff of 2500.00 (the amount matches the tariff used)
SELECT * FROM regress.declare(1, 'T418', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 240000, 240000, 'D');
-- TR346: amount is not volume x tariff
SELECT * FROM regress.declare(1, 'T346', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250001, 'D');
-- TR346 with minutes on an hourly contract: 20 x 90.00 is not 20 minutes' worth
SELECT * FROM regress.declare(1, 'T346-MIN', 1003, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 20, '01', 150, 180000, 'D');
-- minutes rounding: 7 minutes at 90.00 an hour = 10.50 exactly; 1 minute = 1.50
SELECT * FROM regress.declare(1, 'T346-MIN7', 1003, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 7, '01', 150, 1050, 'D');
-- unit 83 (euros) on allocation 1005, which has a budget and no unit: the
-- contract has 54Z01 in hours only, so euros are not a unit of the
-- contract (TR341, spec S3); the amount equals the volume (CS339 passes) or
-- not (CS339, 0001; TR346 does not apply to unit 83)
SELECT * FROM regress.declare(1, 'T346-EUR', 1005, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 5000, '83', NULL, 5000, 'D');
SELECT * FROM regress.declare(1, 'T346-EUR2', 1005, '111222333', '54', '54Z01', '2025-04-01', '2025-04-30', 5000, '83', NULL, 5001, 'D');

-- every row is stored, accepted or rejected, with its findings and their return codes
SELECT status, count(*) FROM declaration_rows GROUP BY status ORDER BY status;
SELECT rule_id, return_code, count(*) FROM row_findings WHERE severity <> 'undecided' GROUP BY 1, 2 ORDER BY 1;
SELECT r.referentie_nummer, f.rule_id, f.return_code, f.text_nl
  FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.referentie_nummer = 'F-CAT' ORDER BY f.rule_id;
SELECT DISTINCT ruleset, checked_at IS NOT NULL AS checked FROM declaration_rows;

-- rule settings: Rotterdam switches TR387 off, and TR388 becomes a warning everywhere
-- (TR389 is still off, as above)
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES ('0599', 'TR387', 'disabled');
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES (NULL, 'TR388', 'warning');
SELECT * FROM regress.declare(1, 'T387-OFF', 1001, '123456782', '43', '43Z03', '2025-04-02', '2025-04-30', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(1, 'T388-WARN', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-29', 1, '82', 250000, 250000, 'D');
-- a municipality's own setting wins over the general one
INSERT INTO rule_settings (gemeentecode, rule_id, setting) VALUES ('0599', 'TR388', 'error');
SELECT * FROM regress.declare(1, 'T388-AGAIN', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-29', 1, '82', 250000, 250000, 'D');
DELETE FROM rule_settings;

-- strict mode raises instead of storing, with every rule broken, its
-- return code and its text, in Dutch (productcodes.language's default) ...
SHOW productcodes.language;
SET productcodes.strict = on;
\x on
SELECT (regress.try($$SELECT * FROM regress.declare(1, 'STRICT', 9999, '123456789', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D')$$)).*;
-- ... or in English
SET productcodes.language = en;
SELECT (regress.try($$SELECT * FROM regress.declare(1, 'STRICT', 9999, '123456789', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D')$$)).*;
\x off
RESET productcodes.language;
RESET productcodes.strict;
SELECT count(*) AS stored FROM declaration_rows WHERE referentie_nummer = 'STRICT';

-- a loader cannot hand in its own outcome: its rows are always checked
-- (only a superuser's pre-checked rows, as pg_restore sends them, are kept)
CREATE ROLE regress_loader;
GRANT USAGE ON SCHEMA regress TO regress_loader;
-- what a loading role needs: insert rows, read what the rules read
GRANT INSERT, SELECT ON declaration_rows TO regress_loader;
GRANT SELECT ON declarations, allocations, tariffs, clients TO regress_loader;
SET ROLE regress_loader;
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code,
	period_start, period_end, volume, unit, tariff_cents, amount_cents, dc, status, errors)
VALUES (1, 'FORGED', 9999, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D', 'accepted', '{}')
RETURNING referentie_nummer, status, errors;
RESET ROLE;
REVOKE ALL ON declaration_rows, declarations, allocations, tariffs, clients FROM regress_loader;
REVOKE USAGE ON SCHEMA regress FROM regress_loader;
DROP ROLE regress_loader;

-- a row whose fields cannot be read, and misuse of the trigger
\x on
SELECT (regress.try($$INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, amount_cents, dc)
	VALUES (99, 'NO-HEADER', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 1, 'D')$$)).*;
SELECT (regress.try($$SELECT productcodes.check_declaration_row()$$)).*;
\x off

-- The same checks on a table of one's own with Dutch column names: the
-- trigger arguments map each field to its column.
CREATE TABLE regress.prestaties (
	id bigserial PRIMARY KEY,
	declaratie bigint NOT NULL,
	referentienummer text NOT NULL,
	vorig_referentienummer text,
	toewijzingnummer integer NOT NULL,
	burgerservicenummer varchar(9) NOT NULL,
	productcategorie char(4) NOT NULL,
	productcode productcodes.productcode NOT NULL,
	begindatum date NOT NULL,
	einddatum date NOT NULL,
	geleverd_volume integer NOT NULL,
	eenheid text NOT NULL,
	producttarief integer,
	ingediend_bedrag bigint NOT NULL,
	debet_credit char(1) NOT NULL,
	uitkomst text,
	fouten text[],
	waarschuwingen text[]
);
CREATE TRIGGER controleer BEFORE INSERT ON regress.prestaties FOR EACH ROW
	EXECUTE FUNCTION productcodes.check_declaration_row(
		'declaration_id=declaratie', 'referentie_nummer=referentienummer',
		'vorig_referentie_nummer=vorig_referentienummer', 'toewijzing_nummer=toewijzingnummer',
		'bsn=burgerservicenummer', 'category=productcategorie', 'code=productcode',
		'period_start=begindatum', 'period_end=einddatum', 'volume=geleverd_volume',
		'unit=eenheid', 'tariff_cents=producttarief', 'amount_cents=ingediend_bedrag',
		'dc=debet_credit', 'status=uitkomst', 'errors=fouten', 'warnings=waarschuwingen');
INSERT INTO regress.prestaties (declaratie, referentienummer, toewijzingnummer, burgerservicenummer,
	productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, producttarief,
	ingediend_bedrag, debet_credit)
VALUES (1, 'NL-1', 1001, '123456782', '43', '43Z03', '2025-05-01', '2025-05-31', 1, '82', 250000, 250000, 'D'),
	   (1, 'NL-2', 1001, '123456782', '43', '43Z03', '2025-04-01', '2025-04-29', 2, '82', 250000, 250000, 'D')
RETURNING referentienummer, uitkomst, fouten, waarschuwingen;
-- a mapping that names an unknown field or a missing column is refused clearly
CREATE TABLE regress.kapot (LIKE regress.prestaties);
CREATE TRIGGER controleer BEFORE INSERT ON regress.kapot FOR EACH ROW
	EXECUTE FUNCTION productcodes.check_declaration_row('bsnnummer=burgerservicenummer');
\x on
SELECT (regress.try($$INSERT INTO regress.kapot (declaratie, referentienummer, toewijzingnummer, burgerservicenummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, ingediend_bedrag, debet_credit) VALUES (1, 'X', 1, '1', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 1, 'D')$$)).*;
DROP TRIGGER controleer ON regress.kapot;
CREATE TRIGGER controleer BEFORE INSERT ON regress.kapot FOR EACH ROW
	EXECUTE FUNCTION productcodes.check_declaration_row('declaration_id=declaratie');
SELECT (regress.try($$INSERT INTO regress.kapot (declaratie, referentienummer, toewijzingnummer, burgerservicenummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, ingediend_bedrag, debet_credit) VALUES (1, 'X', 1, '1', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 1, 'D')$$)).*;
\x off

RESET search_path;
