-- test/stress/blind.sql (pgbench, test/stress.sh): credit one of the base
-- debits of setup.sql by its ReferentieNummer, without looking whether it
-- was credited already (every loader credits the same 48 debits: TR390
-- from the second on), and bill its allocation and month again (TR389
-- unless the credit counts).  One credit in four carries the ToewijzingNummer
-- of another base allocation of the provider (TR323, another lock bucket).
-- READ COMMITTED or SERIALIZABLE; rolls back as debit.sql does.
\set iso random(0, :isomax)
\set m random(:mlo, :mhi)
\set p 2 * :m + random(0, 1)
\set k random(1, 4)
\set tw 2000 + 100 * :p + :k
\set tw_other 2000 + 100 * :p + :k % 4 + 1
\set mon random(1, 3)
\set decl 10 + 2 * :p + random(0, 1)
\set wrong random(1, 4)
\if :iso = 1
BEGIN ISOLATION LEVEL SERIALIZABLE;
\elif :iso = 2
BEGIN ISOLATION LEVEL REPEATABLE READ;
\else
BEGIN ISOLATION LEVEL READ COMMITTED;
\endif
SELECT nextval('stress.aid') AS a \gset
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
VALUES ('T' || :a, :a, :iso, ':loader', CASE WHEN :wrong = 1 THEN 'blind credit, other allocation' ELSE 'blind credit' END),
	   ('T' || (:a + 1), :a + 1, :iso, ':loader', 'blind correction');
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end,
	volume, unit, tariff_cents, amount_cents, dc)
SELECT :a, :decl, 'C' || :a, 'B' || :tw || 'M' || :mon,
	   CASE WHEN :wrong = 1 THEN :tw_other ELSE a.toewijzing_nummer END, a.bsn::text,
	   a.category, a.code, make_date(2025, :mon, 1),
	   (make_date(2025, :mon, 1) + interval '1 month - 1 day')::date, 2, a.unit, 3000, 6000, 'C'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw;
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a + 1, :decl, 'A' || (:a + 1), a.toewijzing_nummer, a.bsn::text, a.category, a.code,
	   make_date(2025, :mon, 1), (make_date(2025, :mon, 1) + interval '1 month - 1 day')::date,
	   2, a.unit, 3000, 6000, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw;
\if (:a / 4) % 8 = 0
SELECT nextval('stress.rolled_back');
ROLLBACK;
\else
INSERT INTO stress.commits (a, seq) VALUES (:a, nextval('stress.commit_order'));
COMMIT;
\endif
