-- bench/baseline_plpgsql.sql: the baseline for the benchmark (issue 5).
--
-- A straightforward PL/pgSQL trigger that applies the same rules as the C
-- trigger productcodes.check_declaration_row (src/engine*.c, src/pc_rules*.c), with the same
-- outcome (status, errors, warnings) for every row, written the way a
-- competent municipal developer would: one trigger function, plain SQL
-- queries (SELECT ... INTO, EXISTS, sum() over the allocation's and the
-- client's earlier rows through the existing indexes), no caching, no C of
-- its own.  It reads the same tables: the declaration header, allocations,
-- clients, the catalogue (catalogue_municipalities, catalogues, products,
-- product_companions, tariffs, categories, units, municipalities,
-- state_pension_ages), rules and rule_settings, and the earlier rows of
-- productcodes.declaration_rows.  See bench/BASELINE.md.
--
-- Run in a database where CREATE EXTENSION productcodes CASCADE was done:
--     psql -d DB -f bench/baseline_plpgsql.sql
-- It creates schema "baseline" and its functions only; it does not touch
-- productcodes.declaration_rows (the statements that switch the table over
-- are at the end, commented out).
--
-- Deliberate differences from the C trigger (none changes an outcome of a
-- single-session load):
--  * no locks: two sessions loading rows of one allocation, client
--    or ReferentieNummer at the same time are not serialised, so running
--    totals and TR314 may miss the other session's uncommitted rows; the
--    benchmark loads in one session;
--  * no snapshot check in REPEATABLE READ and SERIALIZABLE (the C engine's
--    40001 for a counted row committed after the snapshot, which exists only
--    because of the locks);
--  * a superuser's row that arrives with status accepted/rejected is checked
--    anyway (the C trigger keeps it, for pg_restore);
--  * the catalogue, tariffs, rules and settings are read per row, not once
--    per statement: a change another session commits during a long load
--    applies to the rows checked after it (the C trigger checks all rows of
--    one statement against the catalogue as it was when the statement began);
--  * ruleset is 'plpgsql-baseline' instead of 'productcodes 1.1';
--  * it works on productcodes.declaration_rows only (no column mapping by
--    trigger arguments).
-- Like the C trigger it runs its queries with enable_seqscan and jit off
-- (there as a per-row setting, here as SET clauses of the function), so a
-- plan made while the table is still small keeps using the indexes as the
-- table grows in one large load.  The identifiers are schema-qualified and
-- the function has its own search_path, so a hostile search_path changes
-- nothing.

CREATE SCHEMA baseline;
COMMENT ON SCHEMA baseline IS
'benchmark baseline: the declaration-row rules as a plain PL/pgSQL trigger';
-- the trigger calls the helpers below by name with the loading role's rights
GRANT USAGE ON SCHEMA baseline TO PUBLIC;

-- BSN elfproef: 9 digits after trimming ASCII white space,
-- 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11, not 000000000.
CREATE FUNCTION baseline.bsn_is_valid(bsn text)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog
AS $$
DECLARE
	s text := btrim(bsn, E' \t\n\r\f' || chr(11));
	total integer := 0;
BEGIN
	IF s !~ '^[0-9]{9}$' OR s = '000000000' THEN
		RETURN false;
	END IF;
	FOR i IN 1..8 LOOP
		total := total + (10 - i) * substr(s, i, 1)::integer;
	END LOOP;
	total := total - substr(s, 9, 1)::integer;
	RETURN total % 11 = 0;
END $$;

-- First and last day of a date's month (date arithmetic only, never past the
-- month: no timestamp and no overflow, so every date PostgreSQL has works, as
-- in the C engine, up to 5874897-12-31).
CREATE FUNCTION baseline.month_first(d date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT
RETURN d - (extract(day FROM d)::integer - 1);

CREATE FUNCTION baseline.month_last(d date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT
RETURN CASE
	WHEN extract(month FROM baseline.month_first(d) + 30) = extract(month FROM d) THEN baseline.month_first(d) + 30
	WHEN extract(month FROM baseline.month_first(d) + 29) = extract(month FROM d) THEN baseline.month_first(d) + 29
	WHEN extract(month FROM baseline.month_first(d) + 28) = extract(month FROM d) THEN baseline.month_first(d) + 28
	ELSE baseline.month_first(d) + 27
END;

-- Whole years from birth to a date (-1 before birth); a 29 February birthday
-- falls on 1 March in other years, as in age().
CREATE FUNCTION baseline.age_years(birth date, on_date date)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT
RETURN CASE
	WHEN on_date < birth THEN -1
	ELSE extract(year FROM on_date)::integer - extract(year FROM birth)::integer
		 - CASE WHEN (extract(month FROM on_date), extract(day FROM on_date))
					 < (extract(month FROM birth), extract(day FROM birth))
				THEN 1 ELSE 0 END
END;

-- ISO weeks (Monday to Sunday) that [from_date, to_date] touches.
CREATE FUNCTION baseline.iso_weeks_touching(from_date date, to_date date)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT
RETURN CASE
	WHEN to_date < from_date THEN 0
	ELSE ((to_date - (extract(isodow FROM to_date)::integer - 1))
		  - (from_date - (extract(isodow FROM from_date)::integer - 1))) / 7 + 1
END;

-- Sundays in [from_date, to_date].
CREATE FUNCTION baseline.sundays(from_date date, to_date date)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT
RETURN CASE
	WHEN from_date + (7 - extract(isodow FROM from_date)::integer) % 7 > to_date THEN 0
	ELSE (to_date - (from_date + (7 - extract(isodow FROM from_date)::integer) % 7)) / 7 + 1
END;

-- The weeks of a per-week allocation (frequency 2) in [from_date, to_date],
-- the allocation's part of a month (IV077; spec S4): outputgericht (unit 82
-- or 83) the Sundays, plus 1 when the allocation's last Sunday lies in the
-- period and its end is no Sunday; Wmo category 01 (inspanningsgericht)
-- always 6; otherwise the ISO weeks the period touches.
CREATE FUNCTION baseline.iv077_weeks(unit text, domain text, category text, end_date date,
									 from_date date, to_date date)
RETURNS integer
LANGUAGE sql IMMUTABLE
RETURN CASE
	WHEN to_date < from_date THEN 0
	WHEN unit IN ('82', '83') THEN
		baseline.sundays(from_date, to_date)
		+ CASE WHEN end_date IS NOT NULL AND extract(isodow FROM end_date) <> 7
					AND end_date - extract(isodow FROM end_date)::integer BETWEEN from_date AND to_date
			   THEN 1 ELSE 0 END
	WHEN domain = 'WMO' AND category = '01' THEN 6
	ELSE baseline.iso_weeks_touching(from_date, to_date)
END;

-- A date plus a number of months, the day clipped to the target month's
-- last day (as the XSLT's monthsAfter with overflow "truncate"; TR335).
CREATE FUNCTION baseline.add_months(d date, months integer)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT
RETURN (SELECT least(m + (extract(day FROM d)::integer - 1), baseline.month_last(m))
		  FROM (SELECT make_date(ym / 12, ym % 12 + 1, 1) AS m
				  FROM (SELECT extract(year FROM d)::integer * 12
							   + extract(month FROM d)::integer - 1 + months AS ym) x) y);

-- The volume an allocation allows for [from_date, to_date] at a frequency
-- (WMO757): 1 per day x days, 2 per week x ISO weeks touched, 4 per month x
-- months touched, 6 (or anything else) the volume itself.
CREATE FUNCTION baseline.allowed_volume(volume bigint, frequency text, from_date date, to_date date)
RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT
RETURN CASE
	WHEN to_date < from_date AND left(frequency, 1) IN ('1', '2', '4') THEN 0
	WHEN left(frequency, 1) = '1' THEN volume * (to_date - from_date + 1)
	WHEN left(frequency, 1) = '2' THEN volume * baseline.iso_weeks_touching(from_date, to_date)
	WHEN left(frequency, 1) = '4' THEN
		volume * ((extract(year FROM to_date)::integer * 12 + extract(month FROM to_date)::integer)
				  - (extract(year FROM from_date)::integer * 12 + extract(month FROM from_date)::integer) + 1)
	ELSE volume
END;

-- The trigger function.
CREATE FUNCTION baseline.check_declaration_row()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, productcodes
SET enable_seqscan = off
SET jit = off
AS $$
DECLARE
	-- the order findings are reported in (that of src/pc_rules.h)
	rule_order CONSTANT text[] := ARRAY[
		'FMT_BSN', 'FMT_CATEGORIE', 'FMT_EENHEID', 'FMT_DEBETCREDIT', 'FMT_NUL_DEBET',
		'FMT_PERIODE', 'CS100', 'FMT_BEDRAG', 'FMT_TARIEF', 'FMT_VORIGREF', 'FMT_REFERENTIE',
		'TR338', 'TR304', 'TR384', 'TR339', 'TR340', 'TR341', 'TR307', 'TR308',
		'TR387', 'TR388', 'TR319', 'TR318', 'TR335', 'TR135', 'TR134', 'TR137',
		'TR314', 'TR333', 'TR381', 'TR378',
		'TR418', 'TR346', 'CS339', 'TR321', 'TR322', 'TR369', 'TR389', 'TR323', 'TR390',
		'REG_MAX_WEEK', 'REG_MAX_JAAR', 'REG_SAMEN_MET', 'REG_THUISWONEND', 'REG_LEEFTIJD'];
	max_amount CONSTANT bigint := 99999999;

	failed text[] := '{}';		-- the rules the row breaks, in any order
	undecided text[] := '{}';	-- the rules it cannot be decided on (no contract)
	errs text[];
	warns text[];
	missing text;

	h record;					-- the declaration header
	a productcodes.allocations%ROWTYPE;
	a_found boolean;
	p productcodes.products%ROWTYPE;
	p_found boolean := false;
	cat_id integer;
	has_companions boolean;
	c productcodes.clients%ROWTYPE;
	c_found boolean;
	pension record;

	bsn_ok boolean;
	period_ok boolean;
	month_first date := baseline.month_first(NEW.period_start);
	month_last date := baseline.month_last(NEW.period_start);
	volume_ok boolean := NEW.volume BETWEEN 0 AND max_amount;
	amount_ok boolean := NEW.amount_cents BETWEEN 0 AND max_amount;

	-- running totals
	month_units bigint;
	month_minutes bigint;
	total_units bigint;
	total_minutes bigint;
	amount_total bigint;
	double_billed boolean;
	factor bigint;
	from_date date;
	to_date date;
	client_month bigint;
	client_year bigint;
	companion_found boolean;

	-- tariffs
	tariff_any boolean;
	tariff_in_unit boolean;
	contract record;
	contract_found boolean;
	per_unit boolean;
	per_hour boolean;

	age integer;
	too_old boolean;
BEGIN
	-- a row without a required field cannot be checked at all
	missing := CASE
		WHEN NEW.declaration_id IS NULL THEN 'declaration_id'
		WHEN NEW.referentie_nummer IS NULL THEN 'referentie_nummer'
		WHEN NEW.toewijzing_nummer IS NULL THEN 'toewijzing_nummer'
		WHEN NEW.bsn IS NULL THEN 'bsn'
		WHEN NEW.category IS NULL THEN 'category'
		WHEN NEW.code IS NULL THEN 'code'
		WHEN NEW.period_start IS NULL THEN 'period_start'
		WHEN NEW.period_end IS NULL THEN 'period_end'
		WHEN NEW.volume IS NULL THEN 'volume'
		WHEN NEW.unit IS NULL THEN 'unit'
		WHEN NEW.amount_cents IS NULL THEN 'amount_cents'
		WHEN NEW.dc IS NULL THEN 'dc'
	END;
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'field "%" of a declaration row in "%" is null', missing, TG_TABLE_NAME
			USING ERRCODE = 'not_null_violation',
				  HINT = 'Load rows whose fields may be missing or malformed through the staging table productcodes.staged_rows.';
	END IF;
	IF NOT isfinite(NEW.period_start) OR NOT isfinite(NEW.period_end) THEN
		RAISE EXCEPTION 'the product period of declaration row "%" is not a finite date range',
			NEW.referentie_nummer USING ERRCODE = 'invalid_datetime_format';
	END IF;

	SELECT d.agb, d.gemeentecode, d.domain, d.declaratie_nummer, d.declaration_month,
		   d.submitted_on, d.received_on
	  INTO h
	  FROM productcodes.declarations d
	 WHERE d.declaration_id = NEW.declaration_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'declaration % does not exist', NEW.declaration_id
			USING ERRCODE = 'foreign_key_violation',
				  HINT = 'Insert the declaration header into productcodes.declarations first.';
	END IF;

	period_ok := NEW.period_end >= NEW.period_start AND NEW.period_end <= month_last;

	---------------------------------------------------------------- format (0001)
	bsn_ok := baseline.bsn_is_valid(NEW.bsn);
	IF NOT bsn_ok THEN
		failed := failed || 'FMT_BSN'::text;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM productcodes.categories k
					WHERE k.code = NEW.category AND k.domain = h.domain) THEN
		failed := failed || 'FMT_CATEGORIE'::text;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM productcodes.units u WHERE u.code = NEW.unit) THEN
		failed := failed || 'FMT_EENHEID'::text;
	END IF;
	IF NEW.dc NOT IN ('D', 'C') THEN
		failed := failed || 'FMT_DEBETCREDIT'::text;
	END IF;
	IF NEW.amount_cents = 0 AND NEW.dc <> 'D' THEN
		failed := failed || 'FMT_NUL_DEBET'::text;
	END IF;
	IF NOT period_ok THEN
		failed := failed || 'FMT_PERIODE'::text;
	END IF;
	-- CS100: no product period before 2021
	IF NEW.period_start < DATE '2021-01-01' THEN
		failed := failed || 'CS100'::text;
	END IF;
	IF NOT volume_ok OR NOT amount_ok
	   OR (NEW.tariff_cents IS NOT NULL AND NEW.tariff_cents NOT BETWEEN 0 AND max_amount) THEN
		failed := failed || 'FMT_BEDRAG'::text;
	END IF;
	IF (NEW.unit = '83') = (NEW.tariff_cents IS NOT NULL) THEN
		failed := failed || 'FMT_TARIEF'::text;
	END IF;
	IF (CASE WHEN NEW.dc = 'C' THEN coalesce(NEW.vorig_referentie_nummer, '') = ''
			 ELSE NEW.vorig_referentie_nummer IS NOT NULL END) THEN
		failed := failed || 'FMT_VORIGREF'::text;
	END IF;
	IF NEW.referentie_nummer = '' OR octet_length(NEW.referentie_nummer) > 20 THEN
		failed := failed || 'FMT_REFERENTIE'::text;
	END IF;

	---------------------------------------------------------------- declaration
	-- TR319: the period lies in the declaration month or before
	IF NEW.period_end > baseline.month_last(h.declaration_month) THEN
		failed := failed || 'TR319'::text;
	END IF;
	-- TR318: not a month before one this provider declared earlier to this
	-- municipality in this domain; earlier in the order of receipt
	-- (received_on, then declaration_id), and only a declaration with at
	-- least one accepted row counts (one whose every row was rejected is
	-- as if never sent, IV087)
	IF EXISTS (SELECT 1 FROM productcodes.declarations d
				WHERE d.agb = h.agb AND d.gemeentecode = h.gemeentecode
				  AND d.domain = h.domain
				  AND (d.received_on < h.received_on
					   OR (d.received_on = h.received_on
						   AND d.declaration_id < NEW.declaration_id))
				  AND d.declaration_month > h.declaration_month
				  AND EXISTS (SELECT 1 FROM productcodes.declaration_rows r
							   WHERE r.declaration_id = d.declaration_id
								 AND r.status = 'accepted')) THEN
		failed := failed || 'TR318'::text;
	END IF;
	-- TR335: the period ends at most 5 years before the DeclaratieDagtekening
	IF NEW.period_end < baseline.add_months(h.submitted_on, -60) THEN
		failed := failed || 'TR335'::text;
	END IF;
	-- The dates against the DeclaratieDagtekening, never against today:
	-- TR135 it is not after the day of receipt; TR134/TR137 the period
	-- does not start or end after it
	IF h.submitted_on > h.received_on THEN
		failed := failed || 'TR135'::text;
	END IF;
	IF NEW.period_start > h.submitted_on THEN
		failed := failed || 'TR134'::text;
	END IF;
	IF NEW.period_end > h.submitted_on THEN
		failed := failed || 'TR137'::text;
	END IF;
	-- TR333: an earlier declaration of this provider and domain has this number
	IF EXISTS (SELECT 1 FROM productcodes.declarations d
				WHERE d.agb = h.agb AND d.domain = h.domain
				  AND d.declaratie_nummer = h.declaratie_nummer
				  AND d.declaration_id < NEW.declaration_id) THEN
		failed := failed || 'TR333'::text;
	END IF;
	-- TR314: the provider used this ReferentieNummer before in this domain
	-- (rejected rows count too; rows set aside as unchecked do not)
	IF EXISTS (SELECT 1 FROM productcodes.declaration_rows r
				WHERE r.referentie_nummer = NEW.referentie_nummer
				  AND r.status <> 'unchecked'
				  AND (SELECT (d.agb, d.domain) FROM productcodes.declarations d
						WHERE d.declaration_id = r.declaration_id) = (h.agb, h.domain)) THEN
		failed := failed || 'TR314'::text;
	END IF;

	---------------------------------------------------------------- allocation
	SELECT * INTO a
	  FROM productcodes.allocations al
	 WHERE al.gemeentecode = h.gemeentecode
	   AND al.toewijzing_nummer = NEW.toewijzing_nummer;
	-- another provider's allocation, or the other domain's, is none (OP276)
	a_found := FOUND AND a.agb = h.agb AND a.domain = h.domain;
	IF NEW.dc = 'C' THEN
		-- a credit gets only the technical rules (IV085): format, CS339, the
		-- declaration rules, TR323 and TR390; no allocation rule, no
		-- running total, no catalogue, tariff or regional rule
		IF NEW.vorig_referentie_nummer IS NOT NULL THEN
			-- TR323: the credit repeats an accepted debit of this provider and
			-- domain, in a declaration to this municipality, in every field
			-- but the references and DebetCredit (IV091)
			IF NOT EXISTS (SELECT 1 FROM productcodes.declaration_rows r
							WHERE r.referentie_nummer = NEW.vorig_referentie_nummer
							  AND r.status = 'accepted' AND r.dc = 'D'
							  AND (SELECT (d.agb, d.domain, d.gemeentecode) FROM productcodes.declarations d
									WHERE d.declaration_id = r.declaration_id)
								  = (h.agb, h.domain, h.gemeentecode)
							  AND r.toewijzing_nummer = NEW.toewijzing_nummer
							  AND r.bsn = NEW.bsn
							  AND r.category = NEW.category
							  AND r.code = NEW.code
							  AND r.period_start = NEW.period_start
							  AND r.period_end = NEW.period_end
							  AND r.volume = NEW.volume
							  AND r.unit = NEW.unit
							  AND r.tariff_cents IS NOT DISTINCT FROM NEW.tariff_cents
							  AND r.amount_cents = NEW.amount_cents) THEN
				failed := failed || 'TR323'::text;
			END IF;
			-- TR390: that debit was not credited before
			IF EXISTS (SELECT 1 FROM productcodes.declaration_rows r
						WHERE r.vorig_referentie_nummer = NEW.vorig_referentie_nummer
						  AND r.status = 'accepted' AND r.dc = 'C'
						  AND (SELECT (d.agb, d.domain) FROM productcodes.declarations d
								WHERE d.declaration_id = r.declaration_id) = (h.agb, h.domain)) THEN
				failed := failed || 'TR390'::text;
			END IF;
		END IF;
	ELSIF NOT a_found THEN
		failed := failed || 'TR338'::text;
	ELSE
		IF a.bsn::text <> NEW.bsn THEN
			failed := failed || 'TR304'::text;
		END IF;
		IF a.deleted THEN
			failed := failed || 'TR384'::text;
		END IF;
		-- a generic allocation has no category to compare
		IF a.category IS NOT NULL AND a.category <> NEW.category THEN
			failed := failed || 'TR339'::text;
		END IF;
		IF a.code IS NOT NULL AND a.code <> NEW.code THEN
			failed := failed || 'TR340'::text;
		END IF;
		-- minutes on an hours allocation are allowed
		IF a.unit IS NOT NULL THEN
			IF a.unit <> NEW.unit AND NOT (a.unit = '04' AND NEW.unit = '01') THEN
				failed := failed || 'TR341'::text;
			END IF;
		ELSE
			-- no unit (aspecific, generic, budget): the unit of the contract,
			-- any tariff of the code (hours for a minutes row); none: undecided
			SELECT count(*) > 0,
				   coalesce(bool_or(t.unit = NEW.unit OR (NEW.unit = '01' AND t.unit = '04')), false)
			  INTO tariff_any, tariff_in_unit
			  FROM productcodes.tariffs t
			 WHERE t.gemeentecode = h.gemeentecode AND t.code = NEW.code
			   AND (t.agb = h.agb OR t.agb IS NULL)
			   AND t.validity @> NEW.period_start;
			IF NOT tariff_any THEN
				undecided := undecided || 'TR341'::text;
			ELSIF NOT tariff_in_unit THEN
				failed := failed || 'TR341'::text;
			END IF;
		END IF;
		IF NEW.period_start < a.start_date THEN
			failed := failed || 'TR307'::text;
		END IF;
		IF a.end_date IS NOT NULL AND NEW.period_end > a.end_date THEN
			failed := failed || 'TR308'::text;
		END IF;
		-- TR387/TR388 (IV089): from the 1st, or from the allocation's start
		-- when it lies later in the month; to the last day, or to the
		-- allocation's end when it lies earlier in the month
		IF period_ok AND a.start_date <= month_last
		   AND NEW.period_start <> greatest(month_first, a.start_date) THEN
			failed := failed || 'TR387'::text;
		END IF;
		IF period_ok AND (a.end_date IS NULL OR a.end_date >= month_first)
		   AND NEW.period_end <> least(month_last, coalesce(a.end_date, month_last)) THEN
			failed := failed || 'TR388'::text;
		END IF;
		-- TR378: the gemeentecode is in the CBS list on the allocation's start
		IF NOT EXISTS (SELECT 1 FROM productcodes.municipalities m
						WHERE m.gemeentecode = h.gemeentecode
						  AND m.validity @> a.start_date) THEN
			failed := failed || 'TR378'::text;
		END IF;

		-------------------------------------------------------- running totals
		-- Counted rows: accepted debits that no accepted credit of the same
		-- provider and domain cancels.  Each query starts from the rows'
		-- own index (allocation, reference, BSN, previous reference); the
		-- provider and domain of a found row are looked up by its header's
		-- key in a subquery, which the planner cannot turn into a join that
		-- starts from all declarations of the provider (it would, without
		-- statistics, during a large load in one transaction).
		IF NEW.dc = 'D' AND volume_ok AND amount_ok THEN
			-- the allocation's counted rows: the month, the whole allocation
			-- (minutes apart, for hours allocations), amounts, overlaps
			SELECT coalesce(sum(r.volume) FILTER (WHERE r.unit <> '01'
						AND r.period_start BETWEEN month_first AND month_last), 0)::bigint,
				   coalesce(sum(r.volume) FILTER (WHERE r.unit = '01'
						AND r.period_start BETWEEN month_first AND month_last), 0)::bigint,
				   coalesce(sum(r.volume) FILTER (WHERE r.unit <> '01'), 0)::bigint,
				   coalesce(sum(r.volume) FILTER (WHERE r.unit = '01'), 0)::bigint,
				   coalesce(sum(r.amount_cents), 0)::bigint,
				   coalesce(bool_or(r.code = NEW.code AND r.category = NEW.category
									AND r.period_start <= NEW.period_end
									AND r.period_end >= NEW.period_start), false)
			  INTO month_units, month_minutes, total_units, total_minutes, amount_total,
				   double_billed
			  FROM productcodes.declaration_rows r
			  JOIN productcodes.declarations d ON d.declaration_id = r.declaration_id
			 WHERE r.toewijzing_nummer = NEW.toewijzing_nummer
			   AND r.status = 'accepted' AND r.dc = 'D'
			   AND d.gemeentecode = h.gemeentecode
			   AND NOT EXISTS (SELECT 1 FROM productcodes.declaration_rows cr
								WHERE cr.vorig_referentie_nummer = r.referentie_nummer
								  AND cr.status = 'accepted' AND cr.dc = 'C'
								  AND (SELECT (cd.agb, cd.domain) FROM productcodes.declarations cd
										WHERE cd.declaration_id = cr.declaration_id) = (d.agb, d.domain));

			-- TR389: an overlapping uncredited debit of this code and category
			IF double_billed THEN
				failed := failed || 'TR389'::text;
			END IF;

			-- add this row; an hours allocation counts in minutes
			IF NEW.unit = '01' THEN
				month_minutes := month_minutes + NEW.volume;
				total_minutes := total_minutes + NEW.volume;
			ELSE
				month_units := month_units + NEW.volume;
				total_units := total_units + NEW.volume;
			END IF;
			factor := CASE WHEN a.unit = '04' THEN 60 ELSE 1 END;
			month_units := month_units * factor + month_minutes;
			total_units := total_units * factor + total_minutes;

			IF a.volume IS NOT NULL AND a.frequency IS NOT NULL THEN
				-- TR321: the month (the part of it inside the allocation); per
				-- week as IV077 counts the weeks
				from_date := greatest(month_first, a.start_date);
				to_date := CASE WHEN a.end_date IS NOT NULL THEN least(month_last, a.end_date)
								ELSE month_last END;
				IF left(a.frequency, 1) IN ('1', '2', '4')
				   AND month_units > (CASE WHEN from_date > to_date THEN 0
										   WHEN left(a.frequency, 1) = '2'
										   THEN a.volume * baseline.iv077_weeks(a.unit, h.domain, a.category,
																				  a.end_date, from_date, to_date) * factor
										   ELSE baseline.allowed_volume(a.volume, a.frequency, from_date, to_date) * factor
									  END) THEN
					failed := failed || 'TR321'::text;
				END IF;
				-- TR322: the whole allocation (open-ended per day/week/month: every
				-- row fits its own period (TR321), so it passes, decided: S14)
				IF left(a.frequency, 1) NOT IN ('1', '2', '4') THEN
					IF total_units > a.volume * factor THEN
						failed := failed || 'TR322'::text;
					END IF;
				ELSIF a.end_date IS NOT NULL
					  AND total_units > baseline.allowed_volume(a.volume, a.frequency, a.start_date, a.end_date) * factor THEN
					failed := failed || 'TR322'::text;
				END IF;
			END IF;
			-- TR369: the budget
			IF a.budget_cents IS NOT NULL AND amount_total + NEW.amount_cents > a.budget_cents THEN
				failed := failed || 'TR369'::text;
			END IF;
		END IF;
	END IF;

	---------------------------------------------------------------- catalogue
	-- the catalogue the municipality uses for the domain on the period's start
	SELECT cm.catalogue_id INTO cat_id
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues ct ON ct.catalogue_id = cm.catalogue_id
	 WHERE cm.gemeentecode = h.gemeentecode AND cm.domain = h.domain
	   AND cm.validity @> NEW.period_start AND ct.validity @> NEW.period_start
	 LIMIT 1;
	-- not for a credit (S11)
	IF FOUND AND NEW.dc <> 'C' THEN
		SELECT * INTO p
		  FROM productcodes.products pr
		 WHERE pr.catalogue_id = cat_id
		   AND pr.code = NEW.code AND pr.domain = h.domain
		   AND pr.validity @> NEW.period_start
		 LIMIT 1;
		p_found := FOUND;
		-- TR381: the catalogue puts the code in this category
		IF NOT p_found OR p.category <> NEW.category THEN
			failed := failed || 'TR381'::text;
		END IF;
	END IF;

	---------------------------------------------------------------- regional
	-- the product's limits; only for a BSN that passed the elfproef
	IF p_found AND bsn_ok THEN
		IF NEW.dc = 'D' AND volume_ok THEN
			SELECT EXISTS (SELECT 1 FROM productcodes.product_companions pc
							WHERE pc.product_id = p.product_id)
			  INTO has_companions;
			IF p.max_units_per_week IS NOT NULL OR p.max_units_per_year IS NOT NULL
			   OR has_companions THEN
				-- the client's counted rows of the calendar year, all providers
				SELECT coalesce(sum(r.volume) FILTER (WHERE r.code = NEW.code
							AND r.period_start BETWEEN month_first AND month_last), 0)::bigint,
					   coalesce(sum(r.volume) FILTER (WHERE r.code = NEW.code), 0)::bigint,
					   coalesce(bool_or(r.period_start <= NEW.period_end
							AND r.period_end >= NEW.period_start
							AND r.code IN (SELECT cp.code
											 FROM productcodes.product_companions pc
											 JOIN productcodes.products cp
											   ON cp.product_id = pc.companion_product_id
											WHERE pc.product_id = p.product_id)), false)
				  INTO client_month, client_year, companion_found
				  FROM productcodes.declaration_rows r
				  JOIN productcodes.declarations d ON d.declaration_id = r.declaration_id
				 WHERE r.bsn = NEW.bsn
				   AND r.period_start BETWEEN make_date(extract(year FROM NEW.period_start)::integer, 1, 1)
										  AND make_date(extract(year FROM NEW.period_start)::integer, 12, 31)
				   AND r.status = 'accepted' AND r.dc = 'D'
				   AND NOT EXISTS (SELECT 1 FROM productcodes.declaration_rows cr
									WHERE cr.vorig_referentie_nummer = r.referentie_nummer
									  AND cr.status = 'accepted' AND cr.dc = 'C'
									  AND (SELECT (cd.agb, cd.domain) FROM productcodes.declarations cd
											WHERE cd.declaration_id = cr.declaration_id) = (d.agb, d.domain));
				-- at most max_units_per_week for each ISO week touching the month
				IF p.max_units_per_week IS NOT NULL
				   AND client_month + NEW.volume
					   > p.max_units_per_week::bigint * baseline.iso_weeks_touching(month_first, month_last) THEN
					failed := failed || 'REG_MAX_WEEK'::text;
				END IF;
				IF p.max_units_per_year IS NOT NULL
				   AND client_year + NEW.volume > p.max_units_per_year THEN
					failed := failed || 'REG_MAX_JAAR'::text;
				END IF;
				-- only with a companion product in an overlapping period
				IF has_companions AND NOT companion_found THEN
					failed := failed || 'REG_SAMEN_MET'::text;
				END IF;
			END IF;
		END IF;

		IF p.home_only OR p.min_age_years IS NOT NULL OR p.max_age_years IS NOT NULL
		   OR p.until_state_pension_age THEN
			SELECT * INTO c FROM productcodes.clients cl
			 WHERE cl.bsn = NEW.bsn::productcodes.bsn;
			c_found := FOUND;
			IF p.home_only AND c_found AND NOT c.lives_at_home THEN
				failed := failed || 'REG_THUISWONEND'::text;
			END IF;
			IF c_found AND c.birth_date IS NOT NULL THEN
				age := baseline.age_years(c.birth_date, NEW.period_start);
				too_old := false;
				IF p.max_age_years IS NOT NULL AND age >= p.max_age_years THEN
					-- verlengde jeugdhulp: care that started before the limit
					-- may go on; without the allocation only an age beyond
					-- the extension decides
					IF p.max_age_extended_years IS NOT NULL AND age < p.max_age_extended_years THEN
						too_old := a_found
								   AND baseline.age_years(c.birth_date, a.start_date) >= p.max_age_years;
					ELSE
						too_old := true;
					END IF;
				END IF;
				IF p.until_state_pension_age THEN
					SELECT s.years, s.months INTO pension
					  FROM productcodes.state_pension_ages s
					 WHERE s.validity @> NEW.period_start
					 LIMIT 1;
					IF FOUND AND NEW.period_start
						>= (c.birth_date + make_interval(years => pension.years,
														 months => pension.months))::date THEN
						too_old := true;
					END IF;
				END IF;
				IF too_old OR (p.min_age_years IS NOT NULL AND age < p.min_age_years) THEN
					failed := failed || 'REG_LEEFTIJD'::text;
				END IF;
			END IF;
		END IF;
	END IF;

	---------------------------------------------------------------- tariff
	-- (TR418 and TR346 not for a credit: S11)
	-- TR418: the contract tariff for municipality, provider (own before any
	-- provider), code and unit (same unit before hours for a minutes row);
	-- a minutes row on an hourly tariff H carries H / 60 rounded half up
	-- (IV081); no contract: undecided
	SELECT t.tariff_cents, (NEW.unit = '01' AND t.unit = '04') AS hourly
	  INTO contract
	  FROM productcodes.tariffs t
	 WHERE t.gemeentecode = h.gemeentecode AND t.code = NEW.code
	   AND (t.agb = h.agb OR t.agb IS NULL)
	   AND (t.unit = NEW.unit OR (NEW.unit = '01' AND t.unit = '04'))
	   AND t.validity @> NEW.period_start
	 ORDER BY t.agb IS NOT NULL DESC, t.unit = NEW.unit DESC
	 LIMIT 1;
	contract_found := FOUND;
	IF NEW.tariff_cents IS NOT NULL AND NEW.dc <> 'C' THEN
		IF NOT contract_found THEN
			undecided := undecided || 'TR418'::text;
		ELSIF NEW.tariff_cents <> (CASE WHEN contract.hourly THEN (contract.tariff_cents + 30) / 60
										ELSE contract.tariff_cents END) THEN
			failed := failed || 'TR418'::text;
		END IF;
	END IF;
	-- CS339: unit 83 (euros): amount = volume.  TR346 (other units): amount =
	-- volume x tariff; minutes on an hourly contract H: H x minutes / 60
	-- rounded half up to whole cents; without a contract, a minutes row may
	-- also be priced from any hourly tariff that rounds to its tariff
	IF NEW.unit = '83' THEN
		IF NEW.amount_cents <> NEW.volume THEN
			failed := failed || 'CS339'::text;
		END IF;
	ELSIF NEW.dc <> 'C' AND NEW.tariff_cents BETWEEN 0 AND max_amount AND volume_ok THEN
		per_unit := NEW.amount_cents = NEW.volume * NEW.tariff_cents;
		per_hour := NEW.unit = '01'
					AND NEW.amount_cents BETWEEN ((60 * NEW.tariff_cents - 30) * NEW.volume + 30) / 60
											 AND ((60 * NEW.tariff_cents + 29) * NEW.volume + 30) / 60;
		IF (CASE WHEN NOT contract_found THEN NOT (per_unit OR per_hour)
				 WHEN contract.hourly
				 THEN NEW.amount_cents <> (contract.tariff_cents::bigint * NEW.volume + 30) / 60
				 ELSE NOT per_unit END) THEN
			failed := failed || 'TR346'::text;
		END IF;
	END IF;

	---------------------------------------------------------------- outcome
	-- each broken rule as the municipality has set it: its own setting, else
	-- the setting for all, else the rule's severity
	IF cardinality(failed) = 0 THEN
		errs := '{}';
		warns := '{}';
	ELSE
		SELECT coalesce(array_agg(f.rule_id ORDER BY array_position(rule_order, f.rule_id))
							FILTER (WHERE f.setting NOT IN ('warning', 'disabled')), '{}'),
			   coalesce(array_agg(f.rule_id ORDER BY array_position(rule_order, f.rule_id))
							FILTER (WHERE f.setting = 'warning'), '{}')
		  INTO errs, warns
		  FROM (SELECT x.rule_id,
					   coalesce((SELECT s.setting FROM productcodes.rule_settings s
								  WHERE s.gemeentecode = h.gemeentecode AND s.rule_id = x.rule_id),
								(SELECT s.setting FROM productcodes.rule_settings s
								  WHERE s.gemeentecode IS NULL AND s.rule_id = x.rule_id),
								(SELECT ru.severity FROM productcodes.rules ru
								  WHERE ru.rule_id = x.rule_id),
								'error') AS setting
				  FROM unnest(failed) AS x(rule_id)) f;
	END IF;

	IF cardinality(errs) > 0 AND current_setting('productcodes.strict', true) IN ('on', 'true') THEN
		RAISE EXCEPTION 'declaration row "%" is rejected', NEW.referentie_nummer
			USING ERRCODE = 'check_violation',
				  DETAIL = 'Rules broken: '
						   || (SELECT string_agg(e.rule_id || ' (return code ' || ru.return_code || ')',
												 ', ' ORDER BY e.n)
								 FROM unnest(errs) WITH ORDINALITY AS e(rule_id, n)
								 JOIN productcodes.rules ru ON ru.rule_id = e.rule_id) || '.',
				  HINT = 'With productcodes.strict = off the row is stored as rejected; its rules and texts are in productcodes.row_findings.';
	END IF;

	NEW.status := CASE WHEN cardinality(errs) = 0 THEN 'accepted' ELSE 'rejected' END;
	NEW.errors := errs;
	NEW.warnings := warns;
	-- a credit lists no undecided rules (the engine's pc_findings_settle)
	NEW.undecided := CASE WHEN NEW.dc = 'C' THEN '{}'::text[]
						  ELSE ARRAY(SELECT x FROM unnest(undecided) x
									 ORDER BY array_position(rule_order, x)) END;
	NEW.checked_at := transaction_timestamp();
	NEW.ruleset := 'plpgsql-baseline';
	RETURN NEW;
END $$;

COMMENT ON FUNCTION baseline.check_declaration_row() IS
'benchmark baseline: the rules of productcodes.check_declaration_row as a plain PL/pgSQL BEFORE INSERT trigger';

-- To check productcodes.declaration_rows with the baseline instead of the C
-- trigger (the benchmark script does this; not run here):
--
-- ALTER TABLE productcodes.declaration_rows DISABLE TRIGGER check_declaration_row;
-- CREATE TRIGGER baseline_check BEFORE INSERT ON productcodes.declaration_rows
--     FOR EACH ROW EXECUTE FUNCTION baseline.check_declaration_row();
