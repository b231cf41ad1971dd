-- test/stress/credit.sql (pgbench, test/stress.sh): credit a counted
-- debit, if there is one, and debit its allocation and month again with a
-- new volume (a correction), in one transaction: keeps the cap and
-- short-stay allocations near their limits all through the run.  Half of
-- the time the debit is the latest of the provider's first cap allocation
-- (or of its short stay), which every loader of the provider is after, else
-- that of a random allocation and month; two loaders that pick the same
-- debit credit it twice (TR390) and bill it twice (TR389) unless the second
-- counts the first.  One credit in five carries the ToewijzingNummer of
-- another allocation (for short stay: the client's other allocation, of
-- the other provider), which TR323 rejects and which the engine locks under
-- another bucket.  READ COMMITTED or SERIALIZABLE; a SERIALIZABLE
-- transaction takes up to 40 ms between finding the debit and crediting it
-- (as a loader that looks before it loads), while others commit: the
-- engine must count what they committed.  Rolls back as debit.sql does.
-- Numbering: test/stress/setup.sql.
\set iso random(0, :isomax)
\set hot random(0, 1)
\set nap random(0, 40)
\set m random(:mlo, :mhi)
\set mon random(1, 12)
\if random(0, 9) < 3
\set stay 1
\set q random(0, 1)
\set p 2 * :m + :q
\set tw 3000 + 100 * :m + 10 * random(1, 4) + :q
\set lo 3000 + 100 * :m + 10
\set hi 3000 + 100 * :m + 49
\set vol random(4, 12)
\set tar 10000
\else
\set stay 0
\set p 2 * :m + random(0, 1)
\set tw 1000 + 100 * :p + random(1, 6)
\set lo 1000 + 100 * :p + 1
\set hi 1000 + 100 * :p + 1
\set vol random(1, 4)
\set tar 3000
\endif
\if :hot = 0
\set lo :tw
\set hi :tw
\endif
\set d0 10 + 2 * :p
\set decl :d0 + random(0, 1)
\set wrong random(1, 5)
\set rebill random(0, 4)
\set dup random(-1200, 300)
\if :iso = 1
BEGIN ISOLATION LEVEL SERIALIZABLE;
\elif :iso = 2
BEGIN ISOLATION LEVEL REPEATABLE READ;
\else
BEGIN ISOLATION LEVEL READ COMMITTED;
\endif
SELECT nextval('stress.aid') AS a \gset
-- the debit (vid 0: none) and its allocation and month
SELECT coalesce(l.row_id, 0) AS vid, coalesce(l.toewijzing_nummer, :tw) AS tw,
	   coalesce(extract(month FROM l.period_start)::int, :mon) AS mon
  FROM (SELECT) one LEFT JOIN LATERAL (
	SELECT r.row_id, r.toewijzing_nummer, r.period_start FROM productcodes.declaration_rows r
	 WHERE r.toewijzing_nummer BETWEEN :lo AND :hi AND r.declaration_id IN (:d0, :d0 + 1)
	   AND (:hot = 1 OR r.period_start = make_date(2025, :mon, 1)) AND r.dc = 'D' AND r.status = 'accepted'
	   AND NOT EXISTS (SELECT FROM productcodes.declaration_rows c
					    WHERE c.vorig_referentie_nummer = r.referentie_nummer
						  AND c.declaration_id IN (:d0, :d0 + 1) AND c.dc = 'C' AND c.status = 'accepted')
	 ORDER BY r.row_id DESC LIMIT 1) l ON true \gset
-- another allocation: the client's other one (short stay), the next of
-- the provider's (cap)
\if :stay = 1
\set tw_other :tw + 1 - 2 * (:tw % 2)
\else
\set tw_other 1000 + 100 * :p + (:tw - 1000 - 100 * :p) % 6 + 1
\endif
\if :iso > 0
SELECT pg_sleep(:nap / 1000.0);
\endif
\if :vid > 0
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
VALUES ('T' || :a, :a, :iso, ':loader', CASE WHEN :wrong = 1 THEN 'credit, other allocation' ELSE 'credit' END);
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end,
	volume, unit, tariff_cents, amount_cents, dc)
SELECT :a, :decl, 'C' || :a, r.referentie_nummer,
	   CASE WHEN :wrong = 1 THEN :tw_other ELSE r.toewijzing_nummer END, r.bsn, r.category,
	   r.code, r.period_start, r.period_end, r.volume, r.unit, r.tariff_cents, r.amount_cents, 'C'
  FROM productcodes.declaration_rows r WHERE r.row_id = :vid;
\endif
\if :rebill > 0
INSERT INTO stress.attempts (ref, row_id, iso, loader, kind)
VALUES ('T' || (:a + 1), :a + 1, :iso, ':loader', 'correction');
INSERT INTO productcodes.declaration_rows (row_id, declaration_id, referentie_nummer,
	toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
	tariff_cents, amount_cents, dc)
SELECT :a + 1, :decl, CASE WHEN :dup > 0 THEN 'D' || :dup ELSE 'A' || (:a + 1) END,
	   a.toewijzing_nummer, a.bsn::text, a.category, a.code, make_date(2025, :mon, 1),
	   (make_date(2025, :mon, 1) + interval '1 month - 1 day')::date, :vol, a.unit, :tar,
	   :vol * :tar, 'D'
  FROM productcodes.allocations a WHERE a.toewijzing_nummer = :tw;
\endif
\if (:a / 4) % 8 = 0
SELECT nextval('stress.rolled_back');
ROLLBACK;
\else
INSERT INTO stress.commits (a, seq) VALUES (:a, nextval('stress.commit_order'));
COMMIT;
\endif
