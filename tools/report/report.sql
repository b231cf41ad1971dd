-- tools/report/report.sql: the queries behind tools/report.sh.  Run by psql
-- in the output directory with the variables from_month, to_month, as_of
-- (last day of the period), gemeente ('' for all), threshold,
-- unused_months, lang and the column headings h_*.  Writes tab-separated
-- data for the charts (*.tsv) and HTML tables (_*.html) for the page.
\set ON_ERROR_STOP on
\pset footer off
\pset null ''
SET search_path = pg_catalog, pg_temp;
SET productcodes.language = :'lang';
SET datestyle = ISO;

-- Amounts in euros as people write them: 1.234,56 in Dutch, 1,234.56 in English.
CREATE FUNCTION pg_temp.eur(cents numeric, lang text) RETURNS text
LANGUAGE sql IMMUTABLE
RETURN CASE WHEN lang = 'nl'
			THEN translate(to_char(cents / 100.0, 'FM999,999,999,990.00'), ',.', '.,')
			ELSE to_char(cents / 100.0, 'FM999,999,999,990.00') END;

-- The period's rows once, for the queries below (the views are plain:
-- the report shows the state of the moment it runs).
CREATE TEMP TABLE spend AS
SELECT * FROM productcodes.spend_per_provider_month s
 WHERE s.month >= :'from_month'::date AND s.month <= :'to_month'::date
   AND (:'gemeente' = '' OR s.gemeentecode = :'gemeente');
CREATE TEMP TABLE rej AS
SELECT * FROM productcodes.rejections_per_provider r
 WHERE r.month >= :'from_month'::date AND r.month <= :'to_month'::date
   AND (:'gemeente' = '' OR r.gemeentecode = :'gemeente');
CREATE TEMP TABLE exh AS
SELECT * FROM productcodes.allocation_exhaustion_on(:'as_of'::date) e
 WHERE NOT e.deleted AND e.start_date <= :'as_of'::date
   AND (e.end_date IS NULL OR e.end_date >= :'from_month'::date)
   AND (:'gemeente' = '' OR e.gemeentecode = :'gemeente');

-- ---- chart data (tab-separated, first line the column names) ----
\pset format unaligned
\pset fieldsep '\t'
\pset tuples_only on

-- spend per segment per month, in thousands of euros
\o spend_per_segment.tsv
WITH s AS (
	SELECT s.month, coalesce(s.segment, :'nosegment') AS segment, sum(s.amount_cents) AS cents
	  FROM spend s GROUP BY 1, 2),
segs AS (SELECT DISTINCT segment FROM s UNION SELECT :'nosegment' WHERE NOT EXISTS (SELECT 1 FROM s)),
months AS (SELECT generate_series(:'from_month'::date, :'to_month'::date, interval '1 month')::date AS month)
SELECT line FROM (
	SELECT 0 AS ord, NULL::date AS month,
		   'month' || E'\t' || string_agg(replace(segment, E'\t', ' '), E'\t' ORDER BY segment) AS line
	  FROM segs
	UNION ALL
	SELECT 1, m.month,
		   to_char(m.month, 'YYYY-MM') || E'\t' ||
		   string_agg(round(coalesce(s.cents, 0) / 100000.0, 1)::text, E'\t' ORDER BY g.segment)
	  FROM months m CROSS JOIN segs g
	  LEFT JOIN s ON s.month = m.month AND s.segment = g.segment
	 GROUP BY m.month) x
 ORDER BY ord, month;

-- allocations per share used, on the last day of the period
\o exhaustion.tsv
SELECT 'bucket' || E'\t' || 'allocations';
SELECT b.label || E'\t' || count(e.allocation_id)
  FROM (SELECT i, CASE WHEN i = 11 THEN '>=100' ELSE ((i - 1) * 10) || '-' || (i * 10) END AS label
		  FROM generate_series(1, 11) i) b
  LEFT JOIN exh e ON e.used_pct IS NOT NULL
				 AND least(width_bucket(e.used_pct, 0, 100, 10), 11) = b.i
 GROUP BY b.i, b.label ORDER BY b.i;

-- the most frequent reasons for rejection
\o rejection_reasons.tsv
SELECT 'reason' || E'\t' || 'rows';
SELECT t.rule_id || ' (' || t.return_code || ')' || E'\t' || t.rejected_rows
  FROM productcodes.top_rejection_reasons(:'from_month'::date, :'to_month'::date, 10,
										  nullif(:'gemeente', '')) t;

-- the share of rows rejected per declaration month
\o rejection_rate.tsv
SELECT 'month' || E'\t' || 'rows' || E'\t' || 'rejected' || E'\t' || 'pct';
SELECT to_char(m.month, 'YYYY-MM') || E'\t' || coalesce(sum(r.rows), 0) || E'\t' ||
	   coalesce(sum(r.rejected_rows), 0) || E'\t' ||
	   coalesce(round(100.0 * sum(r.rejected_rows) / nullif(sum(r.rows), 0), 2), 0)
  FROM generate_series(:'from_month'::date, :'to_month'::date, interval '1 month') m(month)
  LEFT JOIN rej r ON r.month = m.month
 GROUP BY m.month ORDER BY m.month;

-- ---- the key tables (HTML, escaped by psql) ----
\pset format html
\pset tuples_only off
\pset tableattr 'class="data"'

\o _summary.html
SELECT (SELECT coalesce(sum(rows), 0) FROM rej) AS :"h_rows",
	   (SELECT coalesce(sum(rejected_rows), 0) FROM rej) AS :"h_rejected_rows",
	   (SELECT coalesce(round(100.0 * sum(rejected_rows) / nullif(sum(rows), 0), 2), 0) FROM rej) AS :"h_rejection_pct",
	   (SELECT pg_temp.eur(coalesce(sum(amount_cents), 0), :'lang') FROM spend) AS :"h_spend",
	   (SELECT count(*) FROM exh) AS :"h_allocations",
	   (SELECT count(*) FROM exh WHERE used_pct >= :threshold) AS :"h_above",
	   (SELECT count(*) FROM productcodes.allocations_unused_for(:unused_months, :'as_of'::date) u
		 WHERE (:'gemeente' = '' OR u.gemeentecode = :'gemeente')) AS :"h_unused";

\o _spend_segments.html
SELECT s.domain AS :"h_domain", coalesce(s.segment, :'nosegment') AS :"h_segment",
	   pg_temp.eur(sum(s.amount_cents), :'lang') AS :"h_amount",
	   pg_temp.eur(sum(s.credit_cents), :'lang') AS :"h_credits",
	   count(DISTINCT s.agb) AS :"h_providers"
  FROM spend s GROUP BY s.domain, s.segment ORDER BY sum(s.amount_cents) DESC;

\o _spend_products.html
SELECT s.code AS :"h_code", s.product_name AS :"h_product", c.name AS :"h_category",
	   pg_temp.eur(sum(s.amount_cents), :'lang') AS :"h_amount",
	   sum(s.debit_rows) AS :"h_rows"
  FROM spend s LEFT JOIN productcodes.categories c ON c.code = s.category
 GROUP BY s.code, s.product_name, c.name ORDER BY sum(s.amount_cents) DESC LIMIT 10;

\o _spend_providers.html
SELECT s.agb AS :"h_provider",
	   pg_temp.eur(sum(s.amount_cents), :'lang') AS :"h_amount",
	   count(DISTINCT s.code) AS :"h_products"
  FROM spend s GROUP BY s.agb ORDER BY sum(s.amount_cents) DESC LIMIT 10;

\o _exhaustion.html
SELECT e.gemeentecode AS :"h_gemeente", e.toewijzing_nummer AS :"h_allocation", e.agb AS :"h_provider",
	   e.code AS :"h_code", e.basis AS :"h_basis", e.allocated AS :"h_allocated", e.used AS :"h_used",
	   e.used_pct AS :"h_used_pct", e.end_date AS :"h_end", e.run_rate_per_month AS :"h_rate",
	   e.projected_exhaustion AS :"h_projected"
  FROM exh e WHERE e.used_pct >= :threshold
 ORDER BY e.used_pct DESC, e.allocation_id LIMIT 20;

\o _unused.html
SELECT u.gemeentecode AS :"h_gemeente", u.toewijzing_nummer AS :"h_allocation", u.agb AS :"h_provider",
	   u.code AS :"h_code", u.start_date AS :"h_start", u.end_date AS :"h_end",
	   u.last_declared_month AS :"h_last_declared"
  FROM productcodes.allocations_unused_for(:unused_months, :'as_of'::date) u
 WHERE (:'gemeente' = '' OR u.gemeentecode = :'gemeente')
 ORDER BY u.last_declared_month NULLS FIRST, u.gemeentecode, u.toewijzing_nummer LIMIT 20;

\o _reasons.html
SELECT t.rule_id AS :"h_rule", t.return_code AS :"h_return_code", t.reason AS :"h_reason",
	   t.rejected_rows AS :"h_rows", pg_temp.eur(t.rejected_debit_cents, :'lang') AS :"h_amount",
	   t.providers AS :"h_providers", t.share_pct AS :"h_share"
  FROM productcodes.top_rejection_reasons(:'from_month'::date, :'to_month'::date, 10, nullif(:'gemeente', '')) t;

\o _rejecting_providers.html
SELECT r.agb AS :"h_provider", sum(r.rows) AS :"h_rows", sum(r.rejected_rows) AS :"h_rejected_rows",
	   round(100.0 * sum(r.rejected_rows) / sum(r.rows), 2) AS :"h_rejection_pct",
	   pg_temp.eur(sum(r.rejected_debit_cents), :'lang') AS :"h_amount"
  FROM rej r GROUP BY r.agb HAVING sum(r.rejected_rows) > 0
 ORDER BY sum(r.rejected_rows) DESC, r.agb LIMIT 10;
\o
