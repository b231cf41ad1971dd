-- test/stress/repeatable_read.sql (psql, test/stress.sh): two REPEATABLE
-- READ transactions that insert a debit, the first after a read (its
-- snapshot taken), the second as its first statement.  The engine refuses
-- to check rows at that level (SQLSTATE 0A000, README "Concurrent loads"),
-- so each must fail with exactly that error and leave nothing behind, not
-- even its attempt.  psql variables: tw (a cap allocation), decl (its
-- provider's declaration), loader.
\set VERBOSITY sqlstate
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM productcodes.declaration_rows WHERE toewijzing_nummer = :tw \g /dev/null
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
SELECT 'T' || n, n, 2, :'loader', 'repeatable read' FROM nextval('stress.aid') n;
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT currval('stress.aid'), :decl, 'A' || currval('stress.aid'), a.toewijzing_nummer,
	   a.bsn::text, a.category, a.code, date '2025-06-01', date '2025-06-30', 1, a.unit, 3000,
	   3000, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw;
COMMIT;
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT n, :decl, 'A' || n, a.toewijzing_nummer, a.bsn::text, a.category, a.code,
	   date '2025-07-01', date '2025-07-31', 1, a.unit, 3000, 3000, 'D'
  FROM productcodes.allocations a, nextval('stress.aid') n WHERE a.toewijzing_nummer = :tw;
COMMIT;
