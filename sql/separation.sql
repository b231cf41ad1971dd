--
-- Municipalities apart (row-level security): Rotterdam (0599) and Woerden
-- (0632) each have a role; with separation on, each sees and loads only its
-- own allocations, declarations, rows and findings.  Builds on the data of
-- the earlier files.
--
CREATE ROLE regress_rotterdam;
CREATE ROLE regress_woerden;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode)
VALUES ('regress_rotterdam', '0599'), ('regress_woerden', '0632');
GRANT INSERT, SELECT ON productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations TO regress_rotterdam, regress_woerden;
GRANT SELECT ON productcodes.tariffs, productcodes.clients, productcodes.row_findings
	TO regress_rotterdam, regress_woerden;
GRANT USAGE ON SCHEMA regress TO regress_rotterdam, regress_woerden;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_rotterdam, regress_woerden;

-- off until enabled: a role sees every municipality
SET ROLE regress_woerden;
SELECT count(DISTINCT gemeentecode) > 1 AS sees_other_municipalities FROM productcodes.declarations;
RESET ROLE;
-- only the owner switches it on
SET ROLE regress_woerden;
SELECT (regress.try('SELECT productcodes.enable_municipality_separation()')).state;
RESET ROLE;
SELECT productcodes.enable_municipality_separation();

-- Rotterdam sees its own data only
SET ROLE regress_rotterdam;
SELECT 'allocations' AS what, string_agg(DISTINCT gemeentecode, ',') AS municipalities, count(*) > 0 AS some
  FROM productcodes.allocations
UNION ALL
SELECT 'declarations', string_agg(DISTINCT gemeentecode, ','), count(*) > 0 FROM productcodes.declarations;
SELECT count(*) FILTER (WHERE d.gemeentecode IS NULL) AS rows_without_visible_header,
	   count(*) > 0 AS some_rows
  FROM productcodes.declaration_rows r
  LEFT JOIN productcodes.declarations d USING (declaration_id);
-- the findings view shows the rows the role may see, not its owner's
SELECT count(*) AS findings_of_woerden_rows FROM productcodes.row_findings WHERE declaration_id IN (21, 22);
-- it loads into its own declaration (checked as usual) ...
INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
VALUES (13, 'SEP-ROTTERDAM', 4001, '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '82', 5000, 5000, 'D')
RETURNING referentie_nummer, status, errors;
-- ... but not into Woerden's, nor Woerden's allocations or declarations
\x on
SELECT (regress.try($$INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) VALUES (21, 'SEP-INTO-WOERDEN', 3001, '100000009', '04', '04U01', '2025-04-01', '2025-04-30', 1, '14', 10000, 10000, 'D')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code, volume, unit, frequency, start_date) VALUES ('0632', 9001, '111222333', '12345678', 'WMO', '02', '02U01', 1, '04', '6', '2025-01-01')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on) VALUES ('12345678', '0632', 'WMO', 'SEP1', '2025-06-01', '2025-07-01')$$)).*;
\x off
RESET ROLE;

-- Loading a provider's file as a municipality's role: PostgreSQL refuses
-- COPY FROM into a table with row-level security ...
GRANT SELECT, INSERT ON productcodes.staged_rows TO regress_rotterdam, regress_woerden;
\copy (VALUES ('13', 'SEP-FILE-OK', '4001', '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', '1', '82', '5000', '5000', 'D'), ('21', 'SEP-FILE-WOERDEN', '3001', '100000009', '04', '04U01', '2025-04-01', '2025-04-30', '1', '14', '10000', '10000', 'D'), ('999', 'SEP-FILE-MISSING', '4001', '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', '1', '82', '5000', '5000', 'D'), ('13x', 'SEP-FILE-UNREADABLE', '4001', '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', '1', '82', '5000', '5000', 'D'), ('13', 'SEP-FILE-RULE', '9999', '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', '1', '82', '5000', '5000', 'D')) TO 'results/separation_file.csv' WITH (FORMAT csv)
SET ROLE regress_rotterdam;
\copy productcodes.staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) FROM 'results/separation_file.csv' WITH (FORMAT csv)
-- ... so the role copies the file into a table of its own and stages it in
-- one INSERT (README): every row is kept, also those naming a declaration
-- it cannot see (another municipality's, or none), rejected as FMT_VELD
CREATE TEMPORARY TABLE provider_file (declaration_id text, referentie_nummer text,
	toewijzing_nummer text, bsn text, category text, code text, period_start text, period_end text,
	volume text, unit text, tariff_cents text, amount_cents text, dc text);
\copy provider_file FROM 'results/separation_file.csv' WITH (FORMAT csv)
INSERT INTO productcodes.staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn,
	category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
SELECT * FROM provider_file;
-- the role sees every row it loaded, with its outcome
SELECT referentie_nummer, status, errors, row_id IS NOT NULL AS booked, problems, loaded_by
  FROM productcodes.staged_rows WHERE referentie_nummer LIKE 'SEP-FILE-%' ORDER BY staged_id;
DROP TABLE provider_file;
RESET ROLE;
-- nothing was booked on Woerden's declaration; Woerden sees the row that
-- names it (rejected, nothing booked) and none of Rotterdam's others
SELECT count(*) AS booked_on_woerden FROM productcodes.declaration_rows WHERE referentie_nummer LIKE 'SEP-FILE-%' AND declaration_id = 21;
SET ROLE regress_woerden;
SELECT referentie_nummer, status, errors, row_id IS NOT NULL AS booked
  FROM productcodes.staged_rows WHERE referentie_nummer LIKE 'SEP-FILE-%' ORDER BY staged_id;
RESET ROLE;

-- Woerden sees only Woerden
SET ROLE regress_woerden;
SELECT string_agg(DISTINCT gemeentecode, ',') AS municipalities FROM productcodes.declarations;
SELECT count(*) AS rotterdam_rows FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
RESET ROLE;

-- Settings apart: a role that manages its municipality's rule settings,
-- tariffs and catalogue choice changes only its own rows; the general rule
-- settings (gemeentecode NULL) only a region-wide role changes.  Everyone
-- still reads them all: the checks read every municipality's settings.
GRANT INSERT, UPDATE, DELETE ON productcodes.rule_settings, productcodes.tariffs,
	productcodes.catalogue_municipalities TO regress_rotterdam;
CREATE ROLE regress_region;
GRANT INSERT, UPDATE, DELETE ON productcodes.rule_settings TO regress_region;
GRANT USAGE ON SCHEMA regress TO regress_region;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_region;
INSERT INTO productcodes.region_roles (role_name) VALUES ('regress_region');
INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting)
VALUES (NULL, 'TR322', 'error'), ('0632', 'TR322', 'error');
SET ROLE regress_rotterdam;
-- its own: yes
INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES ('0599', 'TR322', 'warning');
-- another municipality's or the general rows: refused, or not found to change
\x on
SELECT (regress.try($$INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES ('0632', 'TR338', 'disabled')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.rule_settings (gemeentecode, rule_id, setting) VALUES (NULL, 'TR338', 'disabled')$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) VALUES ('0632', NULL, '45Z01', '82', '[2030-01-01,2031-01-01)', 1)$$)).*;
SELECT (regress.try($$INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0632', 'JW', '[2030-01-01,)')$$)).*;
\x off
UPDATE productcodes.rule_settings SET setting = 'disabled' WHERE rule_id = 'TR322';
DELETE FROM productcodes.rule_settings WHERE rule_id = 'TR322' AND gemeentecode IS DISTINCT FROM '0599';
UPDATE productcodes.tariffs SET tariff_cents = 4242 WHERE gemeentecode <> '0599';
DELETE FROM productcodes.catalogue_municipalities WHERE gemeentecode <> '0599' AND NOT shipped;
-- it still reads every municipality's settings
SELECT string_agg(coalesce(gemeentecode, 'general') || ' ' || setting, ', ' ORDER BY gemeentecode NULLS FIRST) AS tr322
  FROM productcodes.rule_settings WHERE rule_id = 'TR322';
RESET ROLE;
-- a region-wide role changes the general rows
SET ROLE regress_region;
UPDATE productcodes.rule_settings SET setting = 'warning' WHERE rule_id = 'TR322' AND gemeentecode IS NULL;
RESET ROLE;
SELECT string_agg(coalesce(gemeentecode, 'general') || ' ' || setting, ', ' ORDER BY gemeentecode NULLS FIRST) AS tr322
  FROM productcodes.rule_settings WHERE rule_id = 'TR322';
SELECT count(*) AS tariffs_of_others_changed FROM productcodes.tariffs WHERE tariff_cents = 4242;
DELETE FROM productcodes.rule_settings WHERE rule_id = 'TR322';
DELETE FROM productcodes.region_roles WHERE role_name = 'regress_region';

-- the owner still sees everything; switching off restores the old view
SELECT count(*) AS owner_sees_it FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
SELECT productcodes.disable_municipality_separation();
SET ROLE regress_woerden;
SELECT count(*) AS woerden_sees_it_again FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
RESET ROLE;

DELETE FROM productcodes.municipality_roles WHERE role_name IN ('regress_rotterdam', 'regress_woerden');
DROP OWNED BY regress_rotterdam, regress_woerden, regress_region;
DROP ROLE regress_rotterdam, regress_woerden, regress_region;
