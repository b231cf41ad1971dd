/* ====================================================================
 * Reporting for management and analysts (new in 1.1): spend, budget
 * exhaustion (uitputting) of allocations, rejections and the 325 answer
 * per declaration.  See docs/reporting.md for the definitions and an
 * example of each.
 *
 * Definitions, written down once:
 * - Spend counts accepted rows only: debits minus credits (a credit
 *   carries the period of the debit it cancels, so a correction nets out
 *   in the month of the care).  Rejected rows never count.
 * - The month of spend is the month of the care (the row's period, which
 *   lies in one calendar month, FMT_PERIODE), not the declaration month:
 *   a late declaration then adds to the month the care was given, and a
 *   credit cancels its debit in that same month.  Rejections are counted
 *   per declaration month: they are about the messages a provider sent.
 * - Usage of an allocation counts accepted debits that no accepted credit
 *   of the same provider and domain cancels, exactly as the running-total
 *   rules TR321/TR322/TR369 do; volumes in the allocation's unit (minutes
 *   on an hours allocation count as 1/60 hour), budgets in cents.
 * - The run rate is the usage in the last three calendar months that have
 *   ended on the as-of date (the month of the as-of date counts when the
 *   as-of date is its last day), over the days of those months the
 *   allocation was running.
 *
 * Views over personal data are security_invoker, so row-level security
 * per municipality (80_separation.sql) applies to whoever reads them;
 * none is granted to PUBLIC.  Materialized views (suffix _mv) are
 * snapshots made by refresh_reporting(): row-level security does not
 * apply to them, so they are for roles that may see every municipality.
 * No object here shows language-dependent text in a materialized view:
 * texts follow productcodes.language at query time.
 * ==================================================================== */

-- The rule texts in the chosen language (productcodes.language).
CREATE VIEW productcodes.rule_texts AS
SELECT ru.rule_id, ru.return_code, ru.kind, ru.severity,
	   CASE WHEN productcodes.message_language() OPERATOR(pg_catalog.=) 'en'
			THEN ru.text_en ELSE ru.text_nl END AS text
  FROM productcodes.rules ru;
COMMENT ON VIEW productcodes.rule_texts IS
'regels met hun retourcode en tekst in de gekozen taal (productcodes.language)';
GRANT SELECT ON productcodes.rule_texts TO PUBLIC;

/* --------------------------------------------------------------------
 * Spend
 * -------------------------------------------------------------------- */

-- Accepted rows with the product the catalogue in use gives their code on
-- the first day of their period.
CREATE VIEW productcodes.spend_per_provider_month WITH (security_invoker = true) AS
SELECT v.*,
	   v.debit_cents OPERATOR(pg_catalog.*) 0.01 AS debit_euros,
	   v.credit_cents OPERATOR(pg_catalog.*) 0.01 AS credit_euros,
	   v.amount_cents OPERATOR(pg_catalog.*) 0.01 AS amount_euros
  FROM (
	SELECT d.gemeentecode,
		   d.domain,
		   d.agb,
		   p.segment,
		   r.category,
		   r.code,
		   p.product_id,
		   p.name AS product_name,
		   pg_catalog.date_trunc('month', r.period_start::timestamp)::date AS month,
		   pg_catalog.count(*) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D') AS debit_rows,
		   pg_catalog.count(*) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'C') AS credit_rows,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D'), 0)
			   AS debit_cents,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'C'), 0)
			   AS credit_cents,
		   pg_catalog.sum(CASE WHEN r.dc OPERATOR(pg_catalog.=) 'C'
							   THEN OPERATOR(pg_catalog.-) r.amount_cents::numeric ELSE r.amount_cents END)
			   AS amount_cents
	  FROM productcodes.declaration_rows r
	  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
	  LEFT JOIN productcodes.catalogue_municipalities cm
		ON cm.gemeentecode OPERATOR(pg_catalog.=) d.gemeentecode
	   AND cm.domain OPERATOR(pg_catalog.=) d.domain
	   AND cm.validity OPERATOR(pg_catalog.@>) r.period_start
	  LEFT JOIN productcodes.products p
		ON p.catalogue_id OPERATOR(pg_catalog.=) cm.catalogue_id
	   AND p.domain OPERATOR(pg_catalog.=) d.domain
	   AND p.code OPERATOR(pg_catalog.=) r.code
	   AND p.validity OPERATOR(pg_catalog.@>) r.period_start
	 WHERE r.status OPERATOR(pg_catalog.=) 'accepted'
	 GROUP BY d.gemeentecode, d.domain, d.agb, p.segment, r.category, r.code, p.product_id, p.name,
			  pg_catalog.date_trunc('month', r.period_start::timestamp)
) v;
COMMENT ON VIEW productcodes.spend_per_provider_month IS
'uitgaven per gemeente, domein, aanbieder, segment, categorie, product en maand van de zorg: goedgekeurde debet- min creditbedragen in centen (_cents) en euro''s (_euros)';

CREATE VIEW productcodes.spend_per_month WITH (security_invoker = true) AS
SELECT v.*,
	   v.debit_cents OPERATOR(pg_catalog.*) 0.01 AS debit_euros,
	   v.credit_cents OPERATOR(pg_catalog.*) 0.01 AS credit_euros,
	   v.amount_cents OPERATOR(pg_catalog.*) 0.01 AS amount_euros
  FROM (
	SELECT d.gemeentecode,
		   m.name AS municipality,
		   d.domain,
		   p.segment,
		   r.category,
		   c.name AS category_name,
		   r.code,
		   p.product_id,
		   p.name AS product_name,
		   pg_catalog.date_trunc('month', r.period_start::timestamp)::date AS month,
		   pg_catalog.count(*) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D') AS debit_rows,
		   pg_catalog.count(*) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'C') AS credit_rows,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D'), 0)
			   AS debit_cents,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'C'), 0)
			   AS credit_cents,
		   pg_catalog.sum(CASE WHEN r.dc OPERATOR(pg_catalog.=) 'C'
							   THEN OPERATOR(pg_catalog.-) r.amount_cents::numeric ELSE r.amount_cents END)
			   AS amount_cents
	  FROM productcodes.declaration_rows r
	  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
	  LEFT JOIN productcodes.municipalities m ON m.gemeentecode OPERATOR(pg_catalog.=) d.gemeentecode
	  LEFT JOIN productcodes.categories c ON c.code OPERATOR(pg_catalog.=) r.category
	  LEFT JOIN productcodes.catalogue_municipalities cm
		ON cm.gemeentecode OPERATOR(pg_catalog.=) d.gemeentecode
	   AND cm.domain OPERATOR(pg_catalog.=) d.domain
	   AND cm.validity OPERATOR(pg_catalog.@>) r.period_start
	  LEFT JOIN productcodes.products p
		ON p.catalogue_id OPERATOR(pg_catalog.=) cm.catalogue_id
	   AND p.domain OPERATOR(pg_catalog.=) d.domain
	   AND p.code OPERATOR(pg_catalog.=) r.code
	   AND p.validity OPERATOR(pg_catalog.@>) r.period_start
	 WHERE r.status OPERATOR(pg_catalog.=) 'accepted'
	 GROUP BY d.gemeentecode, m.name, d.domain, p.segment, r.category, c.name, r.code, p.product_id, p.name,
			  pg_catalog.date_trunc('month', r.period_start::timestamp)
) v;
COMMENT ON VIEW productcodes.spend_per_month IS
'uitgaven per gemeente, domein, segment, categorie, product en maand van de zorg (alle aanbieders samen), in centen (_cents) en euro''s (_euros)';

/* --------------------------------------------------------------------
 * Budget exhaustion (uitputting) per allocation
 * -------------------------------------------------------------------- */

-- The volume (in its unit) or budget (cents) of an allocation for its whole
-- span, as rule TR322 reads it: frequency 6 the volume itself; per day x
-- days, per week x ISO weeks touching, per month x months touching the
-- span; NULL for an open-ended per day/week/month allocation.
CREATE FUNCTION productcodes.allocated_total(a productcodes.allocations)
RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE
		WHEN a.budget_cents IS NOT NULL THEN a.budget_cents
		WHEN a.frequency OPERATOR(pg_catalog.=) '6' THEN a.volume
		WHEN a.end_date IS NULL THEN NULL
		WHEN a.frequency OPERATOR(pg_catalog.=) '1'
			THEN a.volume OPERATOR(pg_catalog.*) (a.end_date OPERATOR(pg_catalog.-) a.start_date
												  OPERATOR(pg_catalog.+) 1)
		WHEN a.frequency OPERATOR(pg_catalog.=) '2'
			THEN a.volume OPERATOR(pg_catalog.*)
				 (((a.end_date OPERATOR(pg_catalog.-)
					(pg_catalog.date_part('isodow', a.end_date::timestamp)::integer OPERATOR(pg_catalog.-) 1))
				   OPERATOR(pg_catalog.-)
				   (a.start_date OPERATOR(pg_catalog.-)
					(pg_catalog.date_part('isodow', a.start_date::timestamp)::integer OPERATOR(pg_catalog.-) 1)))
				  OPERATOR(pg_catalog./) 7 OPERATOR(pg_catalog.+) 1)
		WHEN a.frequency OPERATOR(pg_catalog.=) '4'
			THEN a.volume OPERATOR(pg_catalog.*)
				 ((pg_catalog.date_part('year', a.end_date::timestamp)::integer OPERATOR(pg_catalog.*) 12
				   OPERATOR(pg_catalog.+) pg_catalog.date_part('month', a.end_date::timestamp)::integer)
				  OPERATOR(pg_catalog.-)
				  (pg_catalog.date_part('year', a.start_date::timestamp)::integer OPERATOR(pg_catalog.*) 12
				   OPERATOR(pg_catalog.+) pg_catalog.date_part('month', a.start_date::timestamp)::integer)
				  OPERATOR(pg_catalog.+) 1)
	END;
END;
COMMENT ON FUNCTION productcodes.allocated_total(productcodes.allocations) IS
'toegewezen volume (in de eenheid van de toewijzing) of budget (centen) voor de hele looptijd, zoals TR322 het leest; NULL bij een open einde en frequentie per dag/week/maand';

-- Exhaustion of every allocation as of a date.
CREATE FUNCTION productcodes.allocation_exhaustion_on(as_of date)
RETURNS TABLE (
	allocation_id bigint, gemeentecode text, toewijzing_nummer bigint, agb text, domain text,
	category text, code productcodes.productcode, start_date date, end_date date,
	deleted boolean, basis text, unit text, frequency text,
	allocated bigint, used numeric, remaining numeric, used_pct numeric,
	months_left integer, last_month date,
	run_rate_per_month numeric, projected_exhaustion date, runs_out_before_end boolean)
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH w AS (
		-- the run-rate window: the three calendar months that have ended on as_of
		SELECT pg_catalog.date_trunc('month', (as_of OPERATOR(pg_catalog.+) 1)::timestamp)::date AS w_end,
			   (pg_catalog.date_trunc('month', (as_of OPERATOR(pg_catalog.+) 1)::timestamp)
				OPERATOR(pg_catalog.-) '3 months'::interval)::date AS w_start
	), per_allocation AS (
		-- accepted debits that no accepted credit cancels, per allocation, in
		-- the allocation's unit (budget: cents); one pass over the rows
		SELECT a.allocation_id,
			   pg_catalog.date_trunc('month', pg_catalog.max(r.period_start)::timestamp)::date AS last_month,
			   pg_catalog.sum(x.used) AS used,
			   pg_catalog.sum(x.used) FILTER (WHERE r.period_start OPERATOR(pg_catalog.>=) w.w_start) AS window_used
		  FROM productcodes.declaration_rows r
		  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
		  JOIN productcodes.allocations a ON a.gemeentecode OPERATOR(pg_catalog.=) d.gemeentecode
										 AND a.toewijzing_nummer OPERATOR(pg_catalog.=) r.toewijzing_nummer
		 CROSS JOIN w
		 CROSS JOIN LATERAL (SELECT CASE
				WHEN a.budget_cents IS NOT NULL THEN r.amount_cents::numeric
				WHEN a.unit OPERATOR(pg_catalog.=) '04' AND r.unit OPERATOR(pg_catalog.=) '01'
					THEN r.volume OPERATOR(pg_catalog./) 60.0
				ELSE r.volume::numeric END AS used) x
		 WHERE r.status OPERATOR(pg_catalog.=) 'accepted' AND r.dc OPERATOR(pg_catalog.=) 'D'
		   AND r.period_start OPERATOR(pg_catalog.<=) as_of
		   AND NOT EXISTS (
				SELECT 1
				  FROM productcodes.declaration_rows c
				  JOIN productcodes.declarations cd ON cd.declaration_id OPERATOR(pg_catalog.=) c.declaration_id
				 WHERE c.vorig_referentie_nummer OPERATOR(pg_catalog.=) r.referentie_nummer
				   AND c.status OPERATOR(pg_catalog.=) 'accepted' AND c.dc OPERATOR(pg_catalog.=) 'C'
				   AND cd.agb OPERATOR(pg_catalog.=) d.agb AND cd.domain OPERATOR(pg_catalog.=) d.domain)
		 GROUP BY a.allocation_id
	), e AS (
		SELECT a.*, productcodes.allocated_total(a) AS allocated,
			   COALESCE(pa.used, 0) AS used, COALESCE(pa.window_used, 0) AS window_used,
			   pa.last_month,
			   -- the days and months of the window the allocation was running
			   GREATEST(w.w_start, a.start_date) AS run_from,
			   LEAST(w.w_end OPERATOR(pg_catalog.-) 1, COALESCE(a.end_date, w.w_end OPERATOR(pg_catalog.-) 1))
				   AS run_to
		  FROM productcodes.allocations a
		  LEFT JOIN per_allocation pa ON pa.allocation_id OPERATOR(pg_catalog.=) a.allocation_id
		 CROSS JOIN w
	), f AS (
		SELECT e.*,
			   e.allocated OPERATOR(pg_catalog.-) e.used AS remaining,
			   CASE WHEN e.run_to OPERATOR(pg_catalog.>=) e.run_from
					THEN e.run_to OPERATOR(pg_catalog.-) e.run_from OPERATOR(pg_catalog.+) 1 END AS run_days,
			   CASE WHEN e.run_to OPERATOR(pg_catalog.>=) e.run_from
					THEN (pg_catalog.date_part('year', e.run_to::timestamp)::integer OPERATOR(pg_catalog.*) 12
						  OPERATOR(pg_catalog.+) pg_catalog.date_part('month', e.run_to::timestamp)::integer)
						 OPERATOR(pg_catalog.-)
						 (pg_catalog.date_part('year', e.run_from::timestamp)::integer OPERATOR(pg_catalog.*) 12
						  OPERATOR(pg_catalog.+) pg_catalog.date_part('month', e.run_from::timestamp)::integer)
						 OPERATOR(pg_catalog.+) 1 END AS run_months
		  FROM e
	)
	SELECT f.allocation_id, f.gemeentecode, f.toewijzing_nummer, f.agb, f.domain, f.category, f.code,
		   f.start_date, f.end_date, f.deleted,
		   CASE WHEN f.budget_cents IS NOT NULL THEN 'budget' ELSE 'volume' END,
		   f.unit, f.frequency,
		   f.allocated,
		   pg_catalog.trim_scale(pg_catalog.round(f.used, 2)),
		   pg_catalog.trim_scale(pg_catalog.round(f.remaining, 2)),
		   CASE WHEN f.allocated OPERATOR(pg_catalog.>) 0
				THEN pg_catalog.round(100 OPERATOR(pg_catalog.*) f.used
									  OPERATOR(pg_catalog./) f.allocated, 1) END,
		   CASE WHEN f.end_date IS NOT NULL
				THEN GREATEST(0,
					(pg_catalog.date_part('year', f.end_date::timestamp)::integer OPERATOR(pg_catalog.*) 12
					 OPERATOR(pg_catalog.+) pg_catalog.date_part('month', f.end_date::timestamp)::integer)
					OPERATOR(pg_catalog.-)
					(pg_catalog.date_part('year', as_of::timestamp)::integer OPERATOR(pg_catalog.*) 12
					 OPERATOR(pg_catalog.+) pg_catalog.date_part('month', as_of::timestamp)::integer)) END,
		   f.last_month,
		   CASE WHEN f.run_months IS NOT NULL
				THEN pg_catalog.round(f.window_used OPERATOR(pg_catalog./) f.run_months, 2) END,
		   CASE WHEN f.remaining OPERATOR(pg_catalog.>) 0 AND f.window_used OPERATOR(pg_catalog.>) 0
				THEN as_of OPERATOR(pg_catalog.+)
					 pg_catalog.ceil(f.remaining OPERATOR(pg_catalog.*) f.run_days
									 OPERATOR(pg_catalog./) f.window_used)::integer END,
		   CASE WHEN f.remaining IS NULL THEN NULL
				WHEN f.remaining OPERATOR(pg_catalog.<=) 0 THEN true
				WHEN f.window_used OPERATOR(pg_catalog.>) 0
				THEN as_of OPERATOR(pg_catalog.+)
					 pg_catalog.ceil(f.remaining OPERATOR(pg_catalog.*) f.run_days
									 OPERATOR(pg_catalog./) f.window_used)::integer
					 OPERATOR(pg_catalog.<=) COALESCE(f.end_date, 'infinity'::date)
				ELSE false END
	  FROM f;
END;
COMMENT ON FUNCTION productcodes.allocation_exhaustion_on(date) IS
'uitputting per toewijzing op een datum: toegewezen, verbruikt (goedgekeurde, niet gecrediteerde debetregels met een periode tot die datum), percentage, resterende maanden, verbruik per maand over de laatste drie afgesloten maanden en de verwachte datum van uitputting';

CREATE VIEW productcodes.allocation_exhaustion WITH (security_invoker = true) AS
SELECT * FROM productcodes.allocation_exhaustion_on(CURRENT_DATE);
COMMENT ON VIEW productcodes.allocation_exhaustion IS
'uitputting per toewijzing vandaag (allocation_exhaustion_on(CURRENT_DATE))';

-- Allocations that used at least threshold_pct percent, fullest first.
CREATE FUNCTION productcodes.allocations_above(threshold_pct numeric DEFAULT 80,
											   as_of date DEFAULT CURRENT_DATE)
RETURNS SETOF productcodes.allocation_exhaustion
LANGUAGE sql STABLE
BEGIN ATOMIC
	SELECT e.*
	  FROM productcodes.allocation_exhaustion_on(as_of) e
	 WHERE NOT e.deleted AND e.used_pct OPERATOR(pg_catalog.>=) threshold_pct
	 ORDER BY e.used_pct DESC, e.allocation_id;
END;
COMMENT ON FUNCTION productcodes.allocations_above(numeric, date) IS
'toewijzingen (niet verwijderd) die op een datum ten minste threshold_pct procent verbruikt hebben, de volste eerst';

CREATE VIEW productcodes.allocations_near_exhaustion WITH (security_invoker = true) AS
SELECT * FROM productcodes.allocations_above(80, CURRENT_DATE);
COMMENT ON VIEW productcodes.allocations_near_exhaustion IS
'toewijzingen die vandaag voor 80% of meer verbruikt zijn (allocations_above(80))';

-- Allocations in force through the last `months` ended months without a
-- declared row (accepted or rejected) for any of those months.
CREATE FUNCTION productcodes.allocations_unused_for(months integer DEFAULT 3,
													as_of date DEFAULT CURRENT_DATE)
RETURNS TABLE (allocation_id bigint, gemeentecode text, toewijzing_nummer bigint, agb text,
			   domain text, category text, code productcodes.productcode,
			   start_date date, end_date date, window_start date, window_end date,
			   last_declared_month date)
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH w AS (
		SELECT (pg_catalog.date_trunc('month', (as_of OPERATOR(pg_catalog.+) 1)::timestamp)
				OPERATOR(pg_catalog.-) pg_catalog.make_interval(0, months))::date AS w_start,
			   pg_catalog.date_trunc('month', (as_of OPERATOR(pg_catalog.+) 1)::timestamp)::date AS w_end
	)
	SELECT a.allocation_id, a.gemeentecode, a.toewijzing_nummer, a.agb, a.domain, a.category, a.code,
		   a.start_date, a.end_date, w.w_start, (w.w_end OPERATOR(pg_catalog.-) 1),
		   (SELECT pg_catalog.date_trunc('month', pg_catalog.max(r.period_start)::timestamp)::date
			  FROM productcodes.declaration_rows r
			  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
			 WHERE r.toewijzing_nummer OPERATOR(pg_catalog.=) a.toewijzing_nummer
			   AND d.gemeentecode OPERATOR(pg_catalog.=) a.gemeentecode
			   AND r.dc OPERATOR(pg_catalog.=) 'D'
			   AND r.period_start OPERATOR(pg_catalog.<=) as_of)
	  FROM productcodes.allocations a
	 CROSS JOIN w
	 WHERE months OPERATOR(pg_catalog.>) 0
	   AND NOT a.deleted
	   AND a.start_date OPERATOR(pg_catalog.<=) w.w_start
	   AND (a.end_date IS NULL OR a.end_date OPERATOR(pg_catalog.>=) w.w_start)
	   AND NOT EXISTS (
			SELECT 1
			  FROM productcodes.declaration_rows r
			  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
			 WHERE r.toewijzing_nummer OPERATOR(pg_catalog.=) a.toewijzing_nummer
			   AND d.gemeentecode OPERATOR(pg_catalog.=) a.gemeentecode
			   AND r.dc OPERATOR(pg_catalog.=) 'D'
			   AND r.period_start OPERATOR(pg_catalog.>=) w.w_start
			   AND r.period_start OPERATOR(pg_catalog.<) w.w_end)
	 ORDER BY a.gemeentecode, a.toewijzing_nummer;
END;
COMMENT ON FUNCTION productcodes.allocations_unused_for(integer, date) IS
'toewijzingen (niet verwijderd) die de laatste `months` afgesloten maanden liepen zonder enige gedeclareerde debetregel (goed- of afgekeurd) in die maanden: onbenutte zorg';

CREATE VIEW productcodes.allocations_unused WITH (security_invoker = true) AS
SELECT * FROM productcodes.allocations_unused_for(3, CURRENT_DATE);
COMMENT ON VIEW productcodes.allocations_unused IS
'toewijzingen zonder declaratie in de laatste drie afgesloten maanden (allocations_unused_for(3))';

/* --------------------------------------------------------------------
 * Rejections
 * -------------------------------------------------------------------- */

CREATE VIEW productcodes.rejections_per_provider WITH (security_invoker = true) AS
SELECT v.*,
	   v.debit_cents OPERATOR(pg_catalog.*) 0.01 AS debit_euros,
	   v.rejected_debit_cents OPERATOR(pg_catalog.*) 0.01 AS rejected_debit_euros,
	   v.rejected_credit_cents OPERATOR(pg_catalog.*) 0.01 AS rejected_credit_euros
  FROM (
	SELECT d.agb, d.gemeentecode, d.domain, d.declaration_month AS month,
		   pg_catalog.count(*) AS rows,
		   pg_catalog.count(*) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'rejected') AS rejected_rows,
		   pg_catalog.round(100.0 OPERATOR(pg_catalog.*)
							pg_catalog.count(*) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'rejected')
							OPERATOR(pg_catalog./) pg_catalog.count(*), 2) AS rejection_rate,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D'), 0)
			   AS debit_cents,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'rejected'
															 AND r.dc OPERATOR(pg_catalog.=) 'D'), 0)
			   AS rejected_debit_cents,
		   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'rejected'
															 AND r.dc OPERATOR(pg_catalog.<>) 'D'), 0)
			   AS rejected_credit_cents
	  FROM productcodes.declaration_rows r
	  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
	 WHERE r.status OPERATOR(pg_catalog.<>) 'unchecked'
	 GROUP BY d.agb, d.gemeentecode, d.domain, d.declaration_month
) v;
COMMENT ON VIEW productcodes.rejections_per_provider IS
'afgekeurde prestaties en bedragen per aanbieder, gemeente, domein en declaratiemaand, met het percentage afgekeurd';

-- One row per rule that rejected rows of a provider in a month; a row
-- broken on two rules counts for both.
CREATE VIEW productcodes.rejections_per_rule WITH (security_invoker = true) AS
SELECT v.*,
	   v.rejected_debit_cents OPERATOR(pg_catalog.*) 0.01 AS rejected_debit_euros
  FROM (
	SELECT p.agb, p.gemeentecode, p.domain, p.month, x.rule_id, t.return_code, t.text AS reason,
		   x.rejected_rows, x.rejected_debit_cents, p.rows,
		   pg_catalog.round(100.0 OPERATOR(pg_catalog.*) x.rejected_rows OPERATOR(pg_catalog./) p.rows, 2)
			   AS rejection_rate
	  FROM productcodes.rejections_per_provider p
	  JOIN (SELECT d.agb, d.gemeentecode, d.domain, d.declaration_month AS month, e.rule_id,
				   pg_catalog.count(*) AS rejected_rows,
				   COALESCE(pg_catalog.sum(r.amount_cents) FILTER (WHERE r.dc OPERATOR(pg_catalog.=) 'D'), 0)
					   AS rejected_debit_cents
			  FROM productcodes.declaration_rows r
			  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
			 CROSS JOIN LATERAL pg_catalog.unnest(r.errors) AS e(rule_id)
			 WHERE r.status OPERATOR(pg_catalog.=) 'rejected'
			 GROUP BY d.agb, d.gemeentecode, d.domain, d.declaration_month, e.rule_id) x
		ON x.agb OPERATOR(pg_catalog.=) p.agb AND x.gemeentecode OPERATOR(pg_catalog.=) p.gemeentecode
	   AND x.domain OPERATOR(pg_catalog.=) p.domain AND x.month OPERATOR(pg_catalog.=) p.month
	  LEFT JOIN productcodes.rule_texts t ON t.rule_id OPERATOR(pg_catalog.=) x.rule_id
) v;
COMMENT ON VIEW productcodes.rejections_per_rule IS
'afkeuringen per aanbieder, gemeente, domein, declaratiemaand en regel, met retourcode, tekst in de gekozen taal en het aandeel van alle prestaties';

-- The most frequent reasons for rejection over a span of declaration months.
CREATE FUNCTION productcodes.top_rejection_reasons(from_month date DEFAULT '-infinity',
												   to_month date DEFAULT 'infinity',
												   n integer DEFAULT 10,
												   gemeente text DEFAULT NULL)
RETURNS TABLE (rule_id text, return_code text, reason text, rejected_rows bigint,
			   rejected_debit_cents numeric, providers bigint, share_pct numeric,
			   rejected_debit_euros numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH x AS (
		SELECT e.rule_id, r.row_id, r.dc, r.amount_cents, d.agb
		  FROM productcodes.declaration_rows r
		  JOIN productcodes.declarations d ON d.declaration_id OPERATOR(pg_catalog.=) r.declaration_id
		 CROSS JOIN LATERAL pg_catalog.unnest(r.errors) AS e(rule_id)
		 WHERE r.status OPERATOR(pg_catalog.=) 'rejected'
		   AND d.declaration_month OPERATOR(pg_catalog.>=) from_month
		   AND d.declaration_month OPERATOR(pg_catalog.<=) to_month
		   AND (gemeente IS NULL OR d.gemeentecode OPERATOR(pg_catalog.=) gemeente)
	), total AS (
		SELECT pg_catalog.count(DISTINCT x.row_id) AS rows FROM x
	)
	SELECT x.rule_id, t.return_code, t.text,
		   pg_catalog.count(*),
		   COALESCE(pg_catalog.sum(x.amount_cents) FILTER (WHERE x.dc OPERATOR(pg_catalog.=) 'D'), 0),
		   pg_catalog.count(DISTINCT x.agb),
		   pg_catalog.round(100.0 OPERATOR(pg_catalog.*) pg_catalog.count(*)
							OPERATOR(pg_catalog./) pg_catalog.max(total.rows), 1),
		   (COALESCE(pg_catalog.sum(x.amount_cents) FILTER (WHERE x.dc OPERATOR(pg_catalog.=) 'D'), 0)) OPERATOR(pg_catalog.*) 0.01
	  FROM x
	 CROSS JOIN total
	  LEFT JOIN productcodes.rule_texts t ON t.rule_id OPERATOR(pg_catalog.=) x.rule_id
	 GROUP BY x.rule_id, t.return_code, t.text
	 ORDER BY pg_catalog.count(*) DESC, x.rule_id
	 LIMIT n;
END;
COMMENT ON FUNCTION productcodes.top_rejection_reasons(date, date, integer, text) IS
'de n meest voorkomende redenen van afkeuring in de declaratiemaanden from_month tot en met to_month (van een gemeente, of van alle bij NULL), met het aandeel in de afgekeurde prestaties';

/* --------------------------------------------------------------------
 * The 325 answer per declaration
 * -------------------------------------------------------------------- */

-- Each rejected row as the 325 returns it: its reference and return codes.
CREATE VIEW productcodes.declaration_answer_rows WITH (security_invoker = true) AS
SELECT v.*,
	   v.amount_cents OPERATOR(pg_catalog.*) 0.01 AS amount_euros
  FROM (
	SELECT r.declaration_id, r.row_id, r.referentie_nummer, r.amount_cents, r.dc,
		   ARRAY(SELECT DISTINCT t.return_code
				   FROM pg_catalog.unnest(r.errors) AS e(rule_id)
				   JOIN productcodes.rule_texts t ON t.rule_id OPERATOR(pg_catalog.=) e.rule_id
				  ORDER BY t.return_code) AS return_codes,
		   r.errors AS rule_ids,
		   (SELECT pg_catalog.string_agg(t.return_code OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||)
										 t.text, ' | ' ORDER BY t.return_code, t.rule_id)
			  FROM pg_catalog.unnest(r.errors) AS e(rule_id)
			  JOIN productcodes.rule_texts t ON t.rule_id OPERATOR(pg_catalog.=) e.rule_id) AS reasons
	  FROM productcodes.declaration_rows r
	 WHERE r.status OPERATOR(pg_catalog.=) 'rejected'
) v;
COMMENT ON VIEW productcodes.declaration_answer_rows IS
'de afgekeurde prestaties zoals het 325-antwoord ze teruggeeft: referentienummer en retourcodes, met de teksten in de gekozen taal';

-- One row per declaration: what its 325 answer would say.
CREATE VIEW productcodes.declaration_answers WITH (security_invoker = true) AS
SELECT v.*,
	   v.submitted_cents OPERATOR(pg_catalog.*) 0.01 AS submitted_euros,
	   v.accepted_cents OPERATOR(pg_catalog.*) 0.01 AS accepted_euros
  FROM (
	SELECT d.declaration_id, d.agb, d.gemeentecode, d.domain, d.declaratie_nummer, d.declaration_month,
		   pg_catalog.count(r.row_id) AS rows,
		   pg_catalog.count(r.row_id) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'accepted') AS accepted_rows,
		   pg_catalog.count(r.row_id) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'rejected') AS rejected_rows,
		   pg_catalog.count(r.row_id) FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'unchecked') AS unchecked_rows,
		   COALESCE(pg_catalog.sum(CASE WHEN r.dc OPERATOR(pg_catalog.=) 'C'
										THEN OPERATOR(pg_catalog.-) r.amount_cents::numeric ELSE r.amount_cents END), 0)
			   AS submitted_cents,
		   COALESCE(pg_catalog.sum(CASE WHEN r.dc OPERATOR(pg_catalog.=) 'C'
										THEN OPERATOR(pg_catalog.-) r.amount_cents::numeric ELSE r.amount_cents END)
						FILTER (WHERE r.status OPERATOR(pg_catalog.=) 'accepted'), 0)
			   AS accepted_cents,
		   CASE WHEN d.total_cents IS NULL THEN NULL
				ELSE COALESCE(pg_catalog.sum(CASE WHEN r.dc OPERATOR(pg_catalog.=) 'C'
												  THEN OPERATOR(pg_catalog.-) r.amount_cents::numeric
												  ELSE r.amount_cents END), 0)
					 OPERATOR(pg_catalog.=)
					 CASE WHEN d.total_dc OPERATOR(pg_catalog.=) 'C'
						  THEN OPERATOR(pg_catalog.-) d.total_cents ELSE d.total_cents END
		   END AS header_total_matches,
		   CASE WHEN pg_catalog.count(r.row_id) OPERATOR(pg_catalog.>) 0
					 AND pg_catalog.bool_and(r.status OPERATOR(pg_catalog.=) 'accepted')
				THEN '8001' END AS answer_code,
		   (SELECT ARRAY(SELECT DISTINCT c
						   FROM productcodes.declaration_answer_rows ar
						  CROSS JOIN LATERAL pg_catalog.unnest(ar.return_codes) AS c
						  WHERE ar.declaration_id OPERATOR(pg_catalog.=) d.declaration_id
						  ORDER BY c)) AS return_codes
	  FROM productcodes.declarations d
	  LEFT JOIN productcodes.declaration_rows r ON r.declaration_id OPERATOR(pg_catalog.=) d.declaration_id
	 GROUP BY d.declaration_id
) v;
COMMENT ON VIEW productcodes.declaration_answers IS
'per declaratie wat het 325-antwoord zou zeggen: aantallen, ingediend en goedgekeurd totaal (debet min credit, in centen en euro''s), 8001 als alles is goedgekeurd, en de retourcodes van de afgekeurde prestaties';

/* --------------------------------------------------------------------
 * Materialized versions of the costly views (docs/reporting.md has the
 * timings on a year of about a million rows), and their refresh.  They
 * hold no language-dependent text.  Row-level security does not apply to
 * a materialized view: none is granted to PUBLIC; grant them to roles
 * that may see every municipality.
 * -------------------------------------------------------------------- */
CREATE MATERIALIZED VIEW productcodes.spend_per_provider_month_mv AS
SELECT * FROM productcodes.spend_per_provider_month;
CREATE UNIQUE INDEX spend_per_provider_month_mv_key ON productcodes.spend_per_provider_month_mv
	(gemeentecode, domain, agb, category, code, month, product_id);
COMMENT ON MATERIALIZED VIEW productcodes.spend_per_provider_month_mv IS
'materialized spend_per_provider_month, bijgewerkt door refresh_reporting()';

CREATE MATERIALIZED VIEW productcodes.spend_per_month_mv AS
SELECT * FROM productcodes.spend_per_month;
CREATE UNIQUE INDEX spend_per_month_mv_key ON productcodes.spend_per_month_mv
	(gemeentecode, domain, category, code, month, product_id);
COMMENT ON MATERIALIZED VIEW productcodes.spend_per_month_mv IS
'materialized spend_per_month, bijgewerkt door refresh_reporting()';

CREATE MATERIALIZED VIEW productcodes.allocation_exhaustion_mv AS
SELECT CURRENT_DATE AS as_of, e.* FROM productcodes.allocation_exhaustion_on(CURRENT_DATE) e;
CREATE UNIQUE INDEX allocation_exhaustion_mv_key ON productcodes.allocation_exhaustion_mv (allocation_id);
CREATE INDEX allocation_exhaustion_mv_used_idx ON productcodes.allocation_exhaustion_mv (used_pct);
COMMENT ON MATERIALIZED VIEW productcodes.allocation_exhaustion_mv IS
'materialized allocation_exhaustion, op de datum van de laatste refresh_reporting() (kolom as_of)';

-- Refresh every materialized view of the reports, concurrently (readers
-- are not blocked) once a view has data; for example nightly after the
-- day's loads (a restore refreshes them itself).  SECURITY DEFINER: only
-- the views' owner, the installing superuser, may refresh them, and
-- productcodes_admin runs this (96_roles.sql) without owning them, as an
-- owner of the tables could add triggers that run with a superuser's
-- rights.  It refreshes only the three views named here, with their
-- owner's queries, and pins search_path.
CREATE FUNCTION productcodes.refresh_reporting(concurrent boolean DEFAULT true)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	mv text;
BEGIN
	PERFORM productcodes.require_admin();
	FOREACH mv IN ARRAY ARRAY['spend_per_provider_month_mv', 'spend_per_month_mv',
							  'allocation_exhaustion_mv']
	LOOP
		IF concurrent AND (SELECT c.relispopulated FROM pg_catalog.pg_class c
							  WHERE c.oid OPERATOR(pg_catalog.=)
									pg_catalog.format('productcodes.%I', mv)::pg_catalog.regclass) THEN
			EXECUTE pg_catalog.format('REFRESH MATERIALIZED VIEW CONCURRENTLY productcodes.%I', mv);
		ELSE
			EXECUTE pg_catalog.format('REFRESH MATERIALIZED VIEW productcodes.%I', mv);
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION productcodes.refresh_reporting(boolean) IS
'werkt de gematerialiseerde rapportageviews bij (spend_per_provider_month_mv, spend_per_month_mv, allocation_exhaustion_mv); uit te voeren door productcodes_admin of hun eigenaar (SECURITY DEFINER)';
REVOKE ALL ON FUNCTION productcodes.refresh_reporting(boolean) FROM PUBLIC;
