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

-- Woerden sees only Woerden
SET ROLE regress_woerden;
SELECT string_agg(DISTINCT gemeentecode, ',') AS municipalities FROM productcodes.declarations;
SELECT count(*) AS rotterdam_rows FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
RESET ROLE;

-- the owner still sees everything; switching off restores the old view
SELECT count(*) AS owner_sees_it FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
SELECT productcodes.disable_municipality_separation();
SET ROLE regress_woerden;
SELECT count(*) AS woerden_sees_it_again FROM productcodes.declaration_rows WHERE referentie_nummer = 'SEP-ROTTERDAM';
RESET ROLE;

DELETE FROM productcodes.municipality_roles WHERE role_name IN ('regress_rotterdam', 'regress_woerden');
DROP OWNED BY regress_rotterdam, regress_woerden;
DROP ROLE regress_rotterdam, regress_woerden;
