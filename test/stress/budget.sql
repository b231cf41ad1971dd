-- test/stress/budget.sql (pgbench, test/stress.sh): one debit on a budget
-- allocation of setup.sql (aspecific: category 02 and a budget of 300.00,
-- no product, no volume), 1 to 4 hours of 02U01 at 30.00 in a random month
-- of 2025: the allocations fill up (TR369) and a month may be billed twice
-- (TR389).  In READ COMMITTED, SERIALIZABLE or REPEATABLE READ; rolls back
-- as debit.sql does.
\set iso random(0, :isomax)
\set m random(:mlo, :mhi)
\set p 2 * :m + random(0, 1)
\set tw 4000 + 100 * :p + random(1, 2)
\set mon random(1, 12)
\set vol random(1, 4)
\set decl 10 + 2 * :p + random(0, 1)
\set nap random(0, 40)
\if :iso = 1
BEGIN ISOLATION LEVEL SERIALIZABLE;
\elif :iso = 2
BEGIN ISOLATION LEVEL REPEATABLE READ;
\else
BEGIN ISOLATION LEVEL READ COMMITTED;
\endif
SELECT nextval('stress.aid') AS a \gset
\if :iso > 0
SELECT pg_sleep(:nap / 1000.0);
\endif
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
VALUES ('T' || :a, :a, :iso, ':loader', 'budget debit');
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a, :decl, 'A' || :a, a.toewijzing_nummer, a.bsn::text, a.category, '02U01',
	   make_date(2025, :mon, 1), (make_date(2025, :mon, 1) + interval '1 month - 1 day')::date,
	   :vol, '04', 3000, :vol * 3000, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw;
\if (:a / 4) % 8 = 0
SELECT nextval('stress.rolled_back');
ROLLBACK;
\else
INSERT INTO stress.commits (a, seq) VALUES (:a, nextval('stress.commit_order'));
COMMIT;
\endif
