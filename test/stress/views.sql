-- test/stress/views.sql: the stored rows as test/stress.sh recomputes its
-- invariants from them, in plain SQL, without the engine.
SET client_min_messages = warning;
-- every row with its header
CREATE VIEW stress.r AS
SELECT r.row_id, r.declaration_id, d.agb, d.gemeentecode, d.domain, r.referentie_nummer,
	   r.vorig_referentie_nummer, r.toewijzing_nummer, r.bsn, r.category, r.code::text AS code,
	   r.period_start, r.period_end, r.volume, r.unit, r.tariff_cents, r.amount_cents, r.dc,
	   r.status, r.errors
  FROM productcodes.declaration_rows r JOIN productcodes.declarations d USING (declaration_id);
-- accepted debits; credited when an accepted credit of the same provider,
-- domain and municipality names it (VorigReferentieNummer)
CREATE VIEW stress.debits AS
SELECT r.*, EXISTS (SELECT FROM stress.r c
					 WHERE c.dc = 'C' AND c.status = 'accepted'
					   AND c.vorig_referentie_nummer = r.referentie_nummer
					   AND (c.agb, c.domain, c.gemeentecode) = (r.agb, r.domain, r.gemeentecode)) AS credited
  FROM stress.r r WHERE r.dc = 'D' AND r.status = 'accepted';
-- what counts at the end: accepted debits no accepted credit cancels
CREATE VIEW stress.live AS SELECT * FROM stress.debits WHERE NOT credited;
-- ISO weeks touching the month of a day (REG_MAX_WEEK: maximum x these)
CREATE FUNCTION stress.weeks_touching(day date) RETURNS bigint
LANGUAGE sql IMMUTABLE
RETURN (SELECT count(DISTINCT date_trunc('week', d))
		  FROM generate_series(date_trunc('month', day), date_trunc('month', day) + interval '1 month - 1 day',
							   interval '1 day') d);
-- short stay (04U01): at most 3 etmalen a week, 156 a year (data/products.csv)
CREATE VIEW stress.stay_months AS
SELECT bsn, code, date_trunc('month', period_start)::date AS month,
	   3 * stress.weeks_touching(period_start) AS maximum, sum(volume) AS counted
  FROM stress.live WHERE code = '04U01' GROUP BY 1, 2, 3, 4;

-- Every row in the order its check saw the others: (seq, row_id), seq the
-- number its transaction took before COMMIT (setup's rows 0), row_id the
-- order within the transaction; kind what the loader meant it to be.
CREATE TABLE stress.o AS
SELECT r.*, CASE WHEN r.row_id >= 900000000 THEN 0 ELSE c.seq END AS seq, t.kind,
	   t.loader || CASE t.iso WHEN 0 THEN ' READ COMMITTED' WHEN 1 THEN ' SERIALIZABLE' WHEN 2 THEN ' REPEATABLE READ' ELSE '' END AS loader
  FROM stress.r r
  LEFT JOIN stress.commits c ON c.a = r.row_id - r.row_id % 4
  LEFT JOIN stress.attempts t ON t.row_id = r.row_id;
CREATE INDEX ON stress.o (gemeentecode, toewijzing_nummer);
CREATE INDEX ON stress.o (vorig_referentie_nummer);
CREATE INDEX ON stress.o (referentie_nummer);
CREATE INDEX ON stress.o (bsn);
-- accepted debits, with the place (cseq, crow) of their first accepted
-- credit (NULL: never credited)
CREATE TABLE stress.d AS
SELECT d.*, c.seq AS cseq, c.row_id AS crow
  FROM stress.o d
  LEFT JOIN LATERAL (SELECT c.seq, c.row_id FROM stress.o c
					  WHERE c.dc = 'C' AND c.status = 'accepted'
						AND c.vorig_referentie_nummer = d.referentie_nummer
						AND (c.agb, c.domain, c.gemeentecode) = (d.agb, d.domain, d.gemeentecode)
					  ORDER BY c.seq, c.row_id LIMIT 1) c ON true
 WHERE d.dc = 'D' AND d.status = 'accepted';
CREATE INDEX ON stress.d (gemeentecode, toewijzing_nummer);
CREATE INDEX ON stress.d (bsn);
ANALYZE stress.o;
ANALYZE stress.d;
-- what each debit's check had to find counted on its allocation: the
-- accepted debits before it that no accepted credit before it cancelled
-- (the allocation's lock orders all of them, so exactly these)
CREATE VIEW stress.debit_expected AS
SELECT x.row_id, x.loader, x.errors, x.volume, a.volume AS allocated,
	   coalesce(l.counted, 0) AS counted, coalesce(l.same_period, false) AS same_period,
	   x.amount_cents AS amount, a.budget_cents AS budget,
	   coalesce(l.counted_amount, 0) AS counted_amount
  FROM stress.o x
  JOIN productcodes.allocations a ON (a.gemeentecode, a.toewijzing_nummer) = (x.gemeentecode, x.toewijzing_nummer)
  LEFT JOIN LATERAL (
	SELECT sum(d.volume) AS counted, sum(d.amount_cents) AS counted_amount,
		   bool_or(d.category = x.category AND d.code = x.code
				   AND d.period_start <= x.period_end AND x.period_start <= d.period_end) AS same_period
	  FROM stress.d d
	 WHERE (d.gemeentecode, d.toewijzing_nummer) = (x.gemeentecode, x.toewijzing_nummer)
	   AND (d.seq, d.row_id) < (x.seq, x.row_id)
	   AND (d.cseq IS NULL OR (d.cseq, d.crow) > (x.seq, x.row_id))) l ON true
 WHERE x.dc = 'D';
-- a short-stay debit's client: the accepted short stay of the month (year)
-- before it, the client's lock orders them: at most (credits ignored) and
-- at least (every credit before it taken out; a credit takes no client
-- lock, so it may or may not have been seen)
CREATE VIEW stress.stay_expected AS
SELECT x.row_id, x.loader, x.errors, x.volume, 3 * stress.weeks_touching(x.period_start) AS week_maximum,
	   coalesce(l.month_most, 0) AS month_most, coalesce(l.month_least, 0) AS month_least,
	   coalesce(l.year_least, 0) AS year_least
  FROM stress.o x
  LEFT JOIN LATERAL (
	SELECT sum(d.volume) FILTER (WHERE date_trunc('month', d.period_start) = date_trunc('month', x.period_start)) AS month_most,
		   sum(d.volume) FILTER (WHERE date_trunc('month', d.period_start) = date_trunc('month', x.period_start)
								   AND (d.cseq IS NULL OR (d.cseq, d.crow) > (x.seq, x.row_id))) AS month_least,
		   sum(d.volume) FILTER (WHERE d.cseq IS NULL OR (d.cseq, d.crow) > (x.seq, x.row_id)) AS year_least
	  FROM stress.d d
	 WHERE d.bsn = x.bsn AND d.code = x.code AND (d.seq, d.row_id) < (x.seq, x.row_id)) l ON true
 WHERE x.dc = 'D' AND x.code = '04U01';
