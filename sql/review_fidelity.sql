--
-- An independent review of the rules against the standard's own texts
-- (the public transcription i-Sociaal-Lab/jaapjunior, packages/api/jw/;
-- "JR" is packages/api/jw/Regels op berichten iJw release 3.2.md at commit
-- 8a5235af).  Self-contained: it needs only setup.sql.  Everything is in
-- Eindhoven (0772), which no other file uses, with providers 9600000x,
-- allocations 96xxx and declarations 96xxx.
--
-- Where the engine's verdict differs from what the standard requires, the
-- expected output holds the standard's verdict (so the file fails until
-- the engine is fixed); such cases are marked "ENGINE DIFFERS" below.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0772', 'JW', '[2023-01-01,)');
-- a child (JW products are for under 18) with a client record, so that
-- REG_LEEFTIJD is decided
INSERT INTO clients (bsn, birth_date) VALUES ('961000004', '2012-05-01');
-- Eindhoven's contract: 43Z03 2500.00 a piece for any provider
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0772', NULL, '43Z03', '82', '[2021-01-01,)', 250000),
	('0772', NULL, '43Z03', '83', '[2021-01-01,)', 1);

-- the same helper as validation.sql (so that this file runs on its own)
CREATE OR REPLACE FUNCTION regress.declare(
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

-- ===== R1: TR318 after a declaration the municipality refused (ENGINE DIFFERS) =====
-- JR IV087: "Indien een fout geconstateerd is in de berichtklasse
-- Declaratie, ... De declaratie wordt als niet verzonden beschouwd en is
-- niet verwerkt in de administratie van de gemeente" (example: TR333,
-- 9333).  JR IV090: "Wanneer achteraf wordt gedeclareerd, mag dit niet met
-- een declaratieperiode worden gedaan die voor de laatst ingediende
-- declaratieperiode ligt."
-- Provider 96000001 declares April; its June declaration reuses April's
-- DeclaratieNummer and is refused as a whole (TR333); then May.  The
-- refused June is "niet verzonden", so the last declaration period is
-- April and May follows it: May passes TR318.  Today the engine counts the
-- refused June: May gets 8214 and the provider is not paid.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96001, '961000004', '96000001', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2025-01-01', '2025-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96101, '96000001', '0772', 'JW', 'R1A2504', '2025-04-01', '2025-05-05', '2025-05-05'),
	   (96102, '96000001', '0772', 'JW', 'R1A2504', '2025-06-01', '2025-07-03', '2025-07-03'),
	   (96103, '96000001', '0772', 'JW', 'R1A2505', '2025-05-01', '2025-07-04', '2025-07-04'),
	   (96104, '96000001', '0772', 'JW', 'R1A2506', '2025-06-01', '2025-07-05', '2025-07-05');
SELECT * FROM regress.declare(96101, 'R1-APR', 96001, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');
-- refused with 9333 (the Declaratie is refused: "niet verzonden")
SELECT * FROM regress.declare(96102, 'R1-JUN', 96001, '961000004', '43', '43Z03', '2025-06-01', '2025-06-30', 1, '82', 250000, 250000, 'D');
-- standard: accepted (the last declaration period submitted is April)
SELECT * FROM regress.declare(96103, 'R1-MAY', 96001, '961000004', '43', '43Z03', '2025-05-01', '2025-05-31', 1, '82', 250000, 250000, 'D');

-- ===== R2: TR314 after a refused declaration (ENGINE DIFFERS) =====
-- JR IV087 (as R1): the refused declaration "is niet verwerkt in de
-- administratie van de gemeente"; OP286: "Het bericht moet daarmee
-- functioneel als niet-verzonden worden beschouwd."  TR314: "ReferentieNummer
-- van de Prestatie moet uniek zijn ... berichtoverstijgend" is about
-- Prestaties the municipality has; R1-JUN never was.  The provider resends
-- June with a new DeclaratieNummer and the same row: standard accepted;
-- the engine gives 8021 (TR314): open, docs/rules.md section 7 (the
-- expected output below is the engine's, not the standard's).
SELECT * FROM regress.declare(96104, 'R1-JUN', 96001, '961000004', '43', '43Z03', '2025-06-01', '2025-06-30', 1, '82', 250000, 250000, 'D');

-- ===== R3: TR318 in the order the declarations were submitted (ENGINE DIFFERS) =====
-- JR TR318 / IV090 (as R1): the declaration period may not lie before
-- "de laatst ingediende declaratieperiode".  Provider 96000002's June
-- declaration was received on 2025-07-04, its April declaration on
-- 2025-07-10, after June: April lies before the last one submitted, TR318
-- (8214).  The engine orders by declaration_id, not by receipt: the April
-- declaration has the smaller id, so it sees no earlier declaration and
-- pays April.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96002, '961000004', '96000002', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2025-01-01', '2025-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96111, '96000002', '0772', 'JW', 'R3A2504', '2025-04-01', '2025-07-10', '2025-07-10'),
	   (96112, '96000002', '0772', 'JW', 'R3A2506', '2025-06-01', '2025-07-04', '2025-07-04');
-- received first: accepted
SELECT * FROM regress.declare(96112, 'R3-JUN', 96002, '961000004', '43', '43Z03', '2025-06-01', '2025-06-30', 1, '82', 250000, 250000, 'D');
-- received six days later, for an earlier month: standard rejected, TR318 (8214)
SELECT * FROM regress.declare(96111, 'R3-APR', 96002, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'D');

-- R3b, the other way round (ENGINE DIFFERS): provider 96000011's May
-- declaration was received on 2025-07-04 and its June declaration on
-- 2025-07-10, but June has the smaller id.  Standard: May then June,
-- each after the last one submitted: both accepted.  Today May gets 8214.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96014, '961000004', '96000011', 'JW', '43', '43Z03', 100, '82', '6', NULL, '2025-01-01', '2025-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96113, '96000011', '0772', 'JW', 'R3B2506', '2025-06-01', '2025-07-10', '2025-07-10'),
	   (96114, '96000011', '0772', 'JW', 'R3B2505', '2025-05-01', '2025-07-04', '2025-07-04');
-- received first: standard accepted
SELECT * FROM regress.declare(96114, 'R3B-MAY', 96014, '961000004', '43', '43Z03', '2025-05-01', '2025-05-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(96113, 'R3B-JUN', 96014, '961000004', '43', '43Z03', '2025-06-01', '2025-06-30', 1, '82', 250000, 250000, 'D');

-- ===== R4: a credit that is not for its debit's ProductPeriode (ENGINE DIFFERS) =====
-- JR TR389: "Indien eerder verzonden Prestatie met ... Debet, een
-- bijbehorende creditprestatie heeft, is het verzenden van een Prestatie
-- met ... Debet wel toegestaan.  Een debetprestatie heeft een
-- creditprestatie, als er voor dezelfde ProductPeriode een creditprestatie
-- bestaat, waarbij VorigeReferentieNummer de waarde heeft van
-- ReferentieNummer uit de debetprestatie."  JR TR323: "Een credit Prestatie
-- moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet
-- Prestatie op basis van sleutelvelden."  JR IV091: "Een creditprestatie is
-- identiek aan de oorspronkelijke debetprestatie, met uitzondering van"
-- the references and DebetCredit.
-- Provider 96000003 debits April (2 pieces); a credit names that debit but
-- has ProductPeriode May: not related on the key fields (TR323, 8017), and
-- in any case the April debit "has no credit" (TR389); so a second April
-- debit is double billing (TR389, 9389).  Today the credit is accepted,
-- releases the April debit and the second April debit is paid.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96003, '961000004', '96000003', 'JW', '43', '43Z03', 2, '82', '6', NULL, '2025-01-01', '2025-12-31'),
	   ('0772', 96004, '961000004', '96000003', 'JW', '43', '43Z03', 2, '82', '6', NULL, '2025-01-01', '2025-12-31');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96121, '96000003', '0772', 'JW', 'R4A2504', '2025-04-01', '2025-05-05', '2025-05-05'),
	   (96122, '96000003', '0772', 'JW', 'R4A2505', '2025-05-01', '2025-06-05', '2025-06-05');
SELECT * FROM regress.declare(96121, 'R4-APR', 96003, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 2, '82', 250000, 500000, 'D');
-- standard: rejected, TR323 (8017)
SELECT * FROM regress.declare(96122, 'R4-CRED-MAY', 96003, '961000004', '43', '43Z03', '2025-05-01', '2025-05-31', 2, '82', 250000, 500000, 'C', 'R4-APR');
-- standard: rejected, TR389 (9389) and TR322 (2 + 2 pieces of 2)
SELECT * FROM regress.declare(96122, 'R4-APR-2', 96003, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 2, '82', 250000, 500000, 'D');

-- ===== R5: a credit for less than its debit (ENGINE DIFFERS) =====
-- JR IV091 (as R4): the credit is identical to its debit but for the
-- references and D/C; TR323 relates it to the debit on its key fields.
-- A credit of 1 piece (2500.00) for a debit of 2 pieces (5000.00) is not
-- that debit's credit: TR323 (8017).  Today it is accepted, the whole debit
-- counts as credited, and a new debit of 2 pieces is paid: 5000.00 -
-- 2500.00 + 5000.00 = 7500.00 paid for an allocation of 2 pieces.
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96123, '96000003', '0772', 'JW', 'R5A2505', '2025-05-01', '2025-06-06', '2025-06-06');
SELECT * FROM regress.declare(96121, 'R5-APR', 96004, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 2, '82', 250000, 500000, 'D');
-- standard: rejected, TR323 (8017)
SELECT * FROM regress.declare(96123, 'R5-CRED-1', 96004, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 1, '82', 250000, 250000, 'C', 'R5-APR');
-- standard: rejected, TR389 (9389) and TR322 (2 + 2 pieces of 2)
SELECT * FROM regress.declare(96123, 'R5-APR-2', 96004, '961000004', '43', '43Z03', '2025-04-01', '2025-04-30', 2, '82', 250000, 500000, 'D');

-- ===== R6: TR322 on an open-ended allocation per month is decidable (ENGINE DIFFERS) =====
-- JR TR322: "De som van het GeleverdVolume in alle ingediende Prestaties
-- ... mag het maximale volume berekend over de loopduur van de toewijzing
-- niet overstijgen."  IV078: a broken month allows the month's whole
-- volume.  Per month, every accepted row fits its month (TR321), so the
-- sum of the accepted rows never exceeds volume x months touched, which
-- is at most the maximum over any loopduur the allocation gets: TR322
-- passes, it is not undecided.  Provider 96000004: 10 hours a month of
-- 54Z01 from 2025-01-01, no end; 90.00 an hour.  Standard: undecided
-- lists no TR322.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96005, '961000004', '96000004', 'JW', '54', '54Z01', 10, '04', '4', NULL, '2025-01-01', NULL);
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0772', '96000004', '54Z01', '04', '[2025-01-01,2026-01-01)', 9000);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96131, '96000004', '0772', 'JW', 'R6A2501', '2025-01-01', '2025-02-05', '2025-02-05'),
	   (96132, '96000004', '0772', 'JW', 'R6A2502', '2025-02-01', '2025-03-05', '2025-03-05');
SELECT * FROM regress.declare(96131, 'R6-JAN', 96005, '961000004', '54', '54Z01', '2025-01-01', '2025-01-31', 10, '04', 9000, 90000, 'D');
-- 700 minutes on 10 hours a month (600 minutes): TR321 (9321), right;
-- the explanation shows the allocated volume in hours and the rest in
-- minutes (see the findings below)
SELECT * FROM regress.declare(96132, 'R6-FEB-700', 96005, '961000004', '54', '54Z01', '2025-02-01', '2025-02-28', 700, '01', 150, 105000, 'D');
SELECT referentie_nummer, status, errors, undecided FROM declaration_rows
 WHERE referentie_nummer LIKE 'R6-%' ORDER BY row_id;

-- ===== R7: IV077 outputgericht, the last Sunday in the month before the end =====
-- JR IV077: "Het maximale volume van de productperiode wordt bepaald op
-- basis van het aantal zondagen dat binnen de productperiode ligt (plus 1
-- indien in die productperiode de laatste zondag van de toewijzing ligt en
-- de einddatum van de toewijzing geen zondag is)."  JR IV076 voorbeeld 2:
-- "Over september wordt er geen declaratie meer ingediend. De laatste week,
-- die gedeeltelijk in september valt, is al meegenomen in de declaratie
-- over augustus."  300.00 a week (unit 83), 01-11-2025..02-12-2025 (a
-- Tuesday; its last Sunday is 30-11): November 5 Sundays + 1 = 1800.00
-- passes; 1-2 December allows nothing (TR321).  The engine agrees.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96006, '961000004', '96000005', 'JW', '43', '43Z03', 30000, '83', '2', NULL, '2025-11-01', '2025-12-02'),
	   -- R8: Monday 06-10-2025 to Saturday 11-10-2025: no Sunday at all
	   ('0772', 96007, '961000004', '96000005', 'JW', '43', '43Z03', 30000, '83', '2', NULL, '2025-10-06', '2025-10-11');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96141, '96000005', '0772', 'JW', 'R7A2510', '2025-10-01', '2025-11-05', '2025-11-05'),
	   (96142, '96000005', '0772', 'JW', 'R7A2511', '2025-11-01', '2025-12-05', '2025-12-05'),
	   (96143, '96000005', '0772', 'JW', 'R7A2512', '2025-12-01', '2026-01-05', '2026-01-05');
SELECT * FROM regress.declare(96142, 'R7-NOV-6', 96006, '961000004', '43', '43Z03', '2025-11-01', '2025-11-30', 180000, '83', NULL, 180000, 'D');
SELECT * FROM regress.declare(96143, 'R7-DEC', 96006, '961000004', '43', '43Z03', '2025-12-01', '2025-12-02', 30000, '83', NULL, 30000, 'D');

-- ===== R8: IV077 outputgericht on an allocation without a Sunday (open question) =====
-- IV077's count is 0 Sundays and there is no "laatste zondag van de
-- toewijzing", so the literal maximum is 0 and TR321 refuses every row,
-- while TR322 (the whole term) allows one week: a week was allocated that
-- can never be paid.  IV076: "Indien een toewijzing niet op een zondag
-- eindigt wordt het te declareren volume van de laatste (gebroken) week
-- opgenomen in de productperiode waarbinnen de laatste zondag van de
-- toewijzing valt" presumes such a Sunday.  The standard does not decide
-- this case; the expected output is the engine's (rejected, TR321), as a
-- record, not a verdict.
SELECT * FROM regress.declare(96141, 'R8-NOSUN', 96007, '961000004', '43', '43Z03', '2025-10-06', '2025-10-11', 30000, '83', NULL, 30000, 'D');

-- ===== R9: IV077 inspanningsgericht across the year, and TR322 =====
-- JR IV077: "Voor het bepalen van het aantal kalenderweken, worden de
-- weeknummers geteld van de productperiode"; the total "tel het aantal
-- weken (eventueel gebroken) binnen de toewijzing" (the 2025 example:
-- "07-10-2025 t/m 30-12-2025 = week 41 t/m week 52 + 1 = 13 weken").
-- 3 hours a week of 54Z01, 01-12-2025..31-01-2026: December has weeks
-- 49-52 and 1 (29-31 Dec) = 15 hours; January weeks 1-5 = 15 hours; the
-- whole term weeks 49-52 and 1-5 = 9 weeks = 27 hours.  15 + 15 fails
-- TR322 (not TR321); 15 + 12 passes.  The engine agrees.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96008, '961000004', '96000006', 'JW', '54', '54Z01', 3, '04', '2', NULL, '2025-12-01', '2026-01-31');
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0772', '96000006', '54Z01', '04', '[2025-01-01,2027-01-01)', 9000);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96151, '96000006', '0772', 'JW', 'R9A2512', '2025-12-01', '2026-01-05', '2026-01-05'),
	   (96152, '96000006', '0772', 'JW', 'R9A2601', '2026-01-01', '2026-02-05', '2026-02-05');
SELECT * FROM regress.declare(96151, 'R9-DEC-15', 96008, '961000004', '54', '54Z01', '2025-12-01', '2025-12-31', 15, '04', 9000, 135000, 'D');
SELECT * FROM regress.declare(96152, 'R9-JAN-15', 96008, '961000004', '54', '54Z01', '2026-01-01', '2026-01-31', 15, '04', 9000, 135000, 'D');
SELECT * FROM regress.declare(96152, 'R9-JAN-12', 96008, '961000004', '54', '54Z01', '2026-01-01', '2026-01-31', 12, '04', 9000, 108000, 'D');

-- ===== R10: IV081 rounding exactly at a half =====
-- JR IV081: "het ProductTarief omgerekend naar een tarief per minuut
-- (tarief delen door 60 minuten) en afgerond op 2 decimalen volgens de
-- rekenkundige regels. Dit betekent dat 1,455 wordt afgerond naar 1,46";
-- "Het IngediendBedrag wordt als volgt bepaald: (contractuele uurtarief *
-- aantal minuten) / 60. Dit bedrag wordt vervolgens afgerond op 2
-- decimalen."  87.30 an hour: 1 minute = 1.455 -> 1.46, amount 1.455 ->
-- 1.46; 3 minutes: amount 4.365 -> 4.37.  87.29 an hour: 1.45483 -> 1.45.
-- A tariff of 1.45 on the 87.30 contract is TR418 (0611).
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96009, '961000004', '96000007', 'JW', '54', '54Z01', 100, '04', '6', NULL, '2025-01-01', '2025-12-31'),
	   ('0772', 96010, '961000004', '96000008', 'JW', '54', '54Z01', 100, '04', '6', NULL, '2025-01-01', '2025-12-31');
INSERT INTO tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES
	('0772', '96000007', '54Z01', '04', '[2025-01-01,2026-01-01)', 8730),
	('0772', '96000008', '54Z01', '04', '[2025-01-01,2026-01-01)', 8729);
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96161, '96000007', '0772', 'JW', 'R10A2503', '2025-03-01', '2025-04-05', '2025-04-05'),
	   (96162, '96000007', '0772', 'JW', 'R10A2504', '2025-04-01', '2025-05-05', '2025-05-05'),
	   (96163, '96000007', '0772', 'JW', 'R10A2505', '2025-05-01', '2025-06-05', '2025-06-05'),
	   (96164, '96000008', '0772', 'JW', 'R10B2503', '2025-03-01', '2025-04-05', '2025-04-05');
SELECT * FROM regress.declare(96161, 'R10-1MIN', 96009, '961000004', '54', '54Z01', '2025-03-01', '2025-03-31', 1, '01', 146, 146, 'D');
SELECT * FROM regress.declare(96162, 'R10-3MIN', 96009, '961000004', '54', '54Z01', '2025-04-01', '2025-04-30', 3, '01', 146, 437, 'D');
SELECT * FROM regress.declare(96163, 'R10-145', 96009, '961000004', '54', '54Z01', '2025-05-01', '2025-05-31', 1, '01', 145, 146, 'D');
SELECT * FROM regress.declare(96164, 'R10-8729', 96010, '961000004', '54', '54Z01', '2025-03-01', '2025-03-31', 1, '01', 145, 145, 'D');

-- ===== R11: TR335 on 29 February =====
-- JR TR335: "Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening
-- liggen."  The XSLT (packages/api/jw/TR-CD-CS regels JW 3.2.xsl,
-- monthsAfter -60 with overflow "truncate"): DeclaratieDagtekening
-- 29-02-2028 -> 28-02-2023.  A period ending 28-02-2023 passes, one
-- ending 27-02-2023 is TR335 (0001).  The engine agrees.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96011, '961000004', '96000009', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2023-02-01', '2023-02-28'),
	   ('0772', 96012, '961000004', '96000009', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2023-02-01', '2023-02-27');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96171, '96000009', '0772', 'JW', 'R11A2802', '2028-02-01', '2028-02-29', '2028-02-29');
SELECT * FROM regress.declare(96171, 'R11-28', 96011, '961000004', '43', '43Z03', '2023-02-01', '2023-02-28', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(96171, 'R11-27', 96012, '961000004', '43', '43Z03', '2023-02-01', '2023-02-27', 1, '82', 250000, 250000, 'D');

-- ===== R12: TR387/TR388 on an allocation from the last day of a month to the 1st =====
-- JR TR387: "In dat geval is de Begindatum van de ProductPeriode gelijk
-- aan de Begindatum van de toewijzing"; TR388 likewise for the end.
-- 31-01-2025..01-03-2025: 31-01..31-01, 01-02..28-02, 01-03..01-03 pass;
-- 01-01..31-01 is TR307 and TR387.  The engine agrees.
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, budget_cents, start_date, end_date)
VALUES ('0772', 96013, '961000004', '96000010', 'JW', '43', '43Z03', 10, '82', '6', NULL, '2025-01-31', '2025-03-01');
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (96181, '96000010', '0772', 'JW', 'R12A2503', '2025-03-01', '2025-04-05', '2025-04-05');
SELECT * FROM regress.declare(96181, 'R12-JAN-1', 96013, '961000004', '43', '43Z03', '2025-01-01', '2025-01-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(96181, 'R12-JAN', 96013, '961000004', '43', '43Z03', '2025-01-31', '2025-01-31', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(96181, 'R12-FEB', 96013, '961000004', '43', '43Z03', '2025-02-01', '2025-02-28', 1, '82', 250000, 250000, 'D');
SELECT * FROM regress.declare(96181, 'R12-MAR', 96013, '961000004', '43', '43Z03', '2025-03-01', '2025-03-01', 1, '82', 250000, 250000, 'D');

-- ===== what the rows say about themselves =====
-- The explanations of TR321/TR322 are kept as the engine writes them, but
-- three of them state wrong or unreadable figures (no sentence of the
-- standard fixes the wording, so the expected output is not edited):
-- R6-FEB-700 says "toegewezen 10 01" (10 minutes) for an allocation of 10
-- hours (04) a month, then compares minutes; R9-JAN-15 says "toegewezen 3
-- 01" for 3 hours a week, rows declared in hours shown as 900 minutes;
-- R7-DEC and R8-NOSUN say "toegewezen 30000 83" for 300,00 euro a week.
SELECT r.referentie_nummer, r.status, r.errors, r.undecided
  FROM declaration_rows r
 WHERE r.declaration_id BETWEEN 96101 AND 96199 ORDER BY r.row_id;
SELECT r.referentie_nummer, f.severity, f.rule_id, f.return_code, f.explanation
  FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.declaration_id BETWEEN 96101 AND 96199 AND f.severity <> 'undecided'
 ORDER BY r.row_id, f.rule_id;
