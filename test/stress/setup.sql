-- test/stress/setup.sql: the data test/stress.sh loads against, in a fresh
-- database with the extension.  Two Utrecht-West municipalities, Woerden
-- (0632, m = 0) and Montfoort (0335, m = 1), both on the shipped catalogue
-- 2 for Wmo, each with two providers (p = 2m + q, AGB 1111000p) and a role
-- of its own under row-level security.  Every number the pgbench scripts
-- in test/stress/ compute follows from these:
--   declarations  10 + 2p + r (r = 0, 1): two headers per provider, all of
--                 December 2025 (so TR318's order never rejects a row)
--   cap alloc.    1000 + 100p + k (k = 1..6): 02U01, 10 hours in total
--                 (frequency 6, "totaal binnen geldigheidsduur toewijzing":
--                 TR322 is a plain sum, TR321 does not apply), one client each
--   base alloc.   2000 + 100p + k (k = 1..4): 02U02, 1000 hours in total,
--                 with an accepted debit 'B<nr>M<month>' of 2 hours in
--                 January to March, to be credited blindly (TR390)
--   stay alloc.   3000 + 100m + 10c + q (c = 1..4): 04U01 short stay
--                 (at most 3 etmalen a week, 156 a year: REG_MAX_WEEK,
--                 REG_MAX_JAAR), 1000 etmalen in total, client c of
--                 municipality m has one from each of its municipality's
--                 two providers
--   budget alloc. 4000 + 100p + k (k = 1, 2): aspecific (category 02, no
--                 product, no volume), a budget of 300.00 (TR369)
-- A client belongs to one municipality, and a provider declares to one, so
-- that what a municipality's role cannot see (README, "Municipalities
-- apart") never matters to the invariants.
SET client_min_messages = warning;
CREATE SCHEMA stress;

-- what the loaders tried, written in the same transaction as the row
-- (row_id = the row's row_id; iso 0 READ COMMITTED, 1 SERIALIZABLE, 2
-- REPEATABLE READ)
CREATE TABLE stress.attempts (
	ref		text PRIMARY KEY,
	row_id	bigint NOT NULL UNIQUE,
	iso		int NOT NULL,
	loader	text NOT NULL,
	kind	text NOT NULL
);
-- row ids come in blocks of 4 per transaction: a transaction's rows are
-- a, a+1, a+2, and it rolls back when (a / 4) % 8 = 0
CREATE SEQUENCE stress.aid INCREMENT BY 4 START WITH 4;
-- counts the rollbacks (a sequence does not roll back)
CREATE SEQUENCE stress.rolled_back;
-- the order in which the transactions committed, as far as it matters: the
-- last statement before COMMIT takes a number, while the transaction still
-- holds its locks.  Of two transactions that took the lock of one
-- allocation, client or reference, the one with the smaller number
-- committed before the other checked its row (test/stress.sh, section 4).
CREATE TABLE stress.commits (
	a		bigint PRIMARY KEY,		-- the transaction's first row id
	seq		bigint NOT NULL UNIQUE
);
CREATE SEQUENCE stress.commit_order;

-- valid BSNs (elfproef), numbered
CREATE TABLE stress.bsns AS
SELECT row_number() OVER (ORDER BY n) AS i, lpad(n::text, 9, '0') AS bsn
  FROM generate_series(100000000, 100002000) n
 WHERE productcodes.is_valid_bsn(lpad(n::text, 9, '0'))
 LIMIT 60;

CREATE TABLE stress.providers AS
SELECT p, p / 2 AS m, CASE WHEN p < 2 THEN '0632' ELSE '0335' END AS gemeentecode,
	   '1111000' || p AS agb
  FROM generate_series(0, 3) p;

INSERT INTO productcodes.clients (bsn, birth_date, lives_at_home)
SELECT bsn::productcodes.bsn, date '1960-01-01' + (i::int * 37), true FROM stress.bsns;

INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
SELECT 10 + 2 * p + r, agb, gemeentecode, 'WMO', 'STRESS' || p || r, date '2025-12-01',
	   date '2026-01-05', date '2026-01-06'
  FROM stress.providers, generate_series(0, 1) r;

-- cap allocations: clients 1..24
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
SELECT pr.gemeentecode, 1000 + 100 * pr.p + k, b.bsn::productcodes.bsn, pr.agb, 'WMO',
	   '02', '02U01', 10, '04', '6', date '2025-01-01', date '2025-12-31'
  FROM stress.providers pr, generate_series(1, 6) k, stress.bsns b
 WHERE b.i = 6 * pr.p + k;
-- base allocations: clients 25..40
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
SELECT pr.gemeentecode, 2000 + 100 * pr.p + k, b.bsn::productcodes.bsn, pr.agb, 'WMO',
	   '02', '02U02', 1000, '04', '6', date '2025-01-01', date '2025-12-31'
  FROM stress.providers pr, generate_series(1, 4) k, stress.bsns b
 WHERE b.i = 24 + 4 * pr.p + k;
-- stay allocations: clients 41..48, two allocations each
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
SELECT pr.gemeentecode, 3000 + 100 * pr.m + 10 * c + (pr.p % 2), b.bsn::productcodes.bsn, pr.agb,
	   'WMO', '04', '04U01', 1000, '14', '6', date '2025-01-01', date '2025-12-31'
  FROM stress.providers pr, generate_series(1, 4) c, stress.bsns b
 WHERE b.i = 40 + 4 * pr.m + c;
-- budget allocations: clients 49..56
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, budget_cents, start_date, end_date)
SELECT pr.gemeentecode, 4000 + 100 * pr.p + k, b.bsn::productcodes.bsn, pr.agb, 'WMO',
	   '02', 30000, date '2025-01-01', date '2025-12-31'
  FROM stress.providers pr, generate_series(1, 2) k, stress.bsns b
 WHERE b.i = 48 + 2 * pr.p + k;

-- the base debits, checked like any row (row ids from 900000000)
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
SELECT 'S' || (900000000 + 10 * a.toewijzing_nummer + mon), 900000000 + 10 * a.toewijzing_nummer + mon,
	   0, 'setup', 'base'
  FROM productcodes.allocations a, generate_series(1, 3) mon
 WHERE a.toewijzing_nummer BETWEEN 2000 AND 2999;
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT 900000000 + 10 * a.toewijzing_nummer + mon, 10 + 2 * pr.p, 'B' || a.toewijzing_nummer || 'M' || mon,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, mon, 1),
	   (make_date(2025, mon, 1) + interval '1 month - 1 day')::date, 2, a.unit, 3000, 6000, 'D'
  FROM productcodes.allocations a JOIN stress.providers pr USING (agb), generate_series(1, 3) mon
 WHERE a.toewijzing_nummer BETWEEN 2000 AND 2999
 ORDER BY 1;

-- a role per municipality, under row-level security
CREATE ROLE stress_woerden LOGIN PASSWORD 'stress';
CREATE ROLE stress_montfoort LOGIN PASSWORD 'stress';
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode)
VALUES ('stress_woerden', '0632'), ('stress_montfoort', '0335');
GRANT INSERT, SELECT ON productcodes.declaration_rows, productcodes.declarations,
	productcodes.allocations TO stress_woerden, stress_montfoort;
GRANT SELECT ON productcodes.tariffs, productcodes.clients TO stress_woerden, stress_montfoort;
GRANT USAGE ON SCHEMA stress TO stress_woerden, stress_montfoort;
GRANT INSERT, SELECT ON stress.attempts, stress.commits TO stress_woerden, stress_montfoort;
GRANT USAGE ON SEQUENCE stress.aid, stress.rolled_back, stress.commit_order
	TO stress_woerden, stress_montfoort;
DO $$ BEGIN PERFORM productcodes.enable_municipality_separation(); END $$;
