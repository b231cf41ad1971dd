-- test/stress/debit.sql (pgbench, test/stress.sh): one transaction of 1 to
-- 3 debits, each on a random cap allocation (02U01, 10 hours in total;
-- half of them on the provider's first, which is always busy) or
-- short-stay allocation (04U01, the client's weekly and yearly maximum), in
-- a random month of 2025; one in five reuses a ReferentieNummer of a small
-- pool per provider (TR314).  In one multi-row INSERT or in one INSERT per
-- row, in READ COMMITTED, SERIALIZABLE or REPEATABLE READ; it rolls back when its first row
-- id a has (a / 4) % 8 = 0.  Numbering: test/stress/setup.sql.
-- Variables from pgbench -D: mlo, mhi (the municipalities 0..1 this loader
-- may load for), loader (its name), isomax (2: READ COMMITTED,
-- SERIALIZABLE or REPEATABLE READ at random, 0: READ COMMITTED only).
\set n random(1, 3)
\set iso random(0, :isomax)
\set multi random(0, 1)
\set nap random(0, 40)
\set m1 random(:mlo, :mhi)
\if random(0, 9) < 3
\set q1 random(0, 1)
\set p1 2 * :m1 + :q1
\set tw1 3000 + 100 * :m1 + 10 * random(1, 4) + :q1
\set vol1 random(4, 12)
\set tar1 10000
\else
\set p1 2 * :m1 + random(0, 1)
\set k1 random(-5, 6)
\set tw1 1000 + 100 * :p1 + CASE WHEN :k1 < 1 THEN 1 ELSE :k1 END
\set vol1 random(1, 4)
\set tar1 3000
\endif
\set decl1 10 + 2 * :p1 + random(0, 1)
\set mon1 random(1, 12)
\set dup1 random(-1200, 300)
\set m2 random(:mlo, :mhi)
\if random(0, 9) < 3
\set q2 random(0, 1)
\set p2 2 * :m2 + :q2
\set tw2 3000 + 100 * :m2 + 10 * random(1, 4) + :q2
\set vol2 random(4, 12)
\set tar2 10000
\else
\set p2 2 * :m2 + random(0, 1)
\set k2 random(-5, 6)
\set tw2 1000 + 100 * :p2 + CASE WHEN :k2 < 1 THEN 1 ELSE :k2 END
\set vol2 random(1, 4)
\set tar2 3000
\endif
\set decl2 10 + 2 * :p2 + random(0, 1)
\set mon2 random(1, 12)
\set dup2 random(-1200, 300)
\set m3 random(:mlo, :mhi)
\if random(0, 9) < 3
\set q3 random(0, 1)
\set p3 2 * :m3 + :q3
\set tw3 3000 + 100 * :m3 + 10 * random(1, 4) + :q3
\set vol3 random(4, 12)
\set tar3 10000
\else
\set p3 2 * :m3 + random(0, 1)
\set k3 random(-5, 6)
\set tw3 1000 + 100 * :p3 + CASE WHEN :k3 < 1 THEN 1 ELSE :k3 END
\set vol3 random(1, 4)
\set tar3 3000
\endif
\set decl3 10 + 2 * :p3 + random(0, 1)
\set mon3 random(1, 12)
\set dup3 random(-1200, 300)
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
SELECT 'T' || (:a + i), :a + i, :iso, ':loader', 'debit' FROM generate_series(0, :n - 1) i;
\if :multi = 1
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT v.aid, v.decl, CASE WHEN v.dup > 0 THEN 'D' || v.dup ELSE 'A' || v.aid END,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, v.mon, 1),
	   (make_date(2025, v.mon, 1) + interval '1 month - 1 day')::date, v.vol, a.unit, v.tar,
	   v.vol * v.tar, 'D'
  FROM (VALUES (:a, :decl1, :tw1, :mon1, :vol1, :tar1, :dup1),
			   (:a + 1, :decl2, :tw2, :mon2, :vol2, :tar2, :dup2),
			   (:a + 2, :decl3, :tw3, :mon3, :vol3, :tar3, :dup3)) v (aid, decl, tw, mon, vol, tar, dup)
  JOIN productcodes.allocations a ON a.toewijzing_nummer = v.tw
 WHERE v.aid < :a + :n
 ORDER BY v.aid;
\else
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a, :decl1, CASE WHEN :dup1 > 0 THEN 'D' || :dup1 ELSE 'A' || :a END,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, :mon1, 1),
	   (make_date(2025, :mon1, 1) + interval '1 month - 1 day')::date, :vol1, a.unit, :tar1,
	   :vol1 * :tar1, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw1;
\if :n >= 2
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a + 1, :decl2, CASE WHEN :dup2 > 0 THEN 'D' || :dup2 ELSE 'A' || (:a + 1) END,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, :mon2, 1),
	   (make_date(2025, :mon2, 1) + interval '1 month - 1 day')::date, :vol2, a.unit, :tar2,
	   :vol2 * :tar2, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw2;
\endif
\if :n >= 3
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a + 2, :decl3, CASE WHEN :dup3 > 0 THEN 'D' || :dup3 ELSE 'A' || (:a + 2) END,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, :mon3, 1),
	   (make_date(2025, :mon3, 1) + interval '1 month - 1 day')::date, :vol3, a.unit, :tar3,
	   :vol3 * :tar3, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw3;
\endif
\endif
\if (:a / 4) % 8 = 0
SELECT nextval('stress.rolled_back');
ROLLBACK;
\else
INSERT INTO stress.commits (a, seq) VALUES (:a, nextval('stress.commit_order'));
COMMIT;
\endif
