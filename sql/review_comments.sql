--
-- Review 13b of e44229c/bdd073b (comments on every object): a spot-check
-- of what comments say against what the catalogue enforces.  Each line
-- pairs a fragment of a comment with a fragment of the definition it
-- describes (a constraint, an identity's start, a default, a view's
-- expression); expected: no line where one of them is missing.  Passes
-- at c849132 (a regression guard: a change to either side shows here).
--
SET DateStyle = ISO;	-- dates in definitions as 2021-01-01
CREATE TEMP TABLE spot (obj text, comment_says text, definition_has text, comment text, definition text);
INSERT INTO spot (obj, comment_says, definition_has, comment, definition)
SELECT s.obj, s.says, s.has,
	   col_description(s.rel::regclass, a.attnum),
	   CASE s.kind
			WHEN 'check' THEN (SELECT string_agg(pg_get_constraintdef(c.oid), ' ') FROM pg_constraint c
								WHERE c.conrelid = s.rel::regclass AND a.attnum = ANY (c.conkey))
			WHEN 'identity' THEN (SELECT 'START ' || q.seqstart FROM pg_sequence q
								   WHERE q.seqrelid = pg_get_serial_sequence(s.rel, s.col)::regclass)
			WHEN 'default' THEN pg_get_expr(d.adbin, d.adrelid)
			WHEN 'view' THEN pg_get_viewdef(s.rel::regclass)
			WHEN 'function' THEN pg_get_functiondef('productcodes.allocation_exhaustion_on(date)'::regprocedure)
	   END
  FROM (VALUES
	('allocations.volume', 'productcodes.allocations', 'volume', 'check', '0 to 99999999', '99999999'),
	('allocations.budget_cents', 'productcodes.allocations', 'budget_cents', 'check', '0 to 99999999', '99999999'),
	('allocations.toewijzing_nummer', 'productcodes.allocations', 'toewijzing_nummer', 'check', 'unique per municipality', 'UNIQUE (gemeentecode, toewijzing_nummer)'),
	('allocations.frequency', 'productcodes.allocations', 'frequency', 'check', 'week (2)', '(frequency IS DISTINCT FROM ''2''::text) OR (end_date IS NOT NULL)'),
	('declarations.total_cents', 'productcodes.declarations', 'total_cents', 'check', '0 to 999999999999', '999999999999'),
	('declarations.declaratie_nummer', 'productcodes.declarations', 'declaratie_nummer', 'check', '1 to 12 letters or digits', '{1,12}'),
	('declarations.declaration_month', 'productcodes.declarations', 'declaration_month', 'check', 'from January 2021', '2021-01-01'),
	('declarations.received_on', 'productcodes.declarations', 'received_on', 'default', 'received', 'CURRENT_DATE'),
	('state_pension_ages.months', 'productcodes.state_pension_ages', 'months', 'check', '(0 to 11)', 'months >= 0) AND (months <= 11'),
	('rule_settings.rule_id', 'productcodes.rule_settings', 'rule_id', 'check', 'never FMT_VELD', '<> ''FMT_VELD'''),
	('rule_settings.setting', 'productcodes.rule_settings', 'setting', 'check', 'disabled', '''disabled'''),
	('declaration_rows.status', 'productcodes.declaration_rows', 'status', 'check', 'unchecked (the default)', '''unchecked'''),
	('products.product_id', 'productcodes.products', 'product_id', 'identity', 'from 1,000,000 on', 'START 1000000'),
	('tariffs.tariff_id', 'productcodes.tariffs', 'tariff_id', 'identity', 'from 1,000,000 on', 'START 1000000'),
	('catalogues.catalogue_id', 'productcodes.catalogues', 'catalogue_id', 'identity', 'from 1000 on', 'START 1000'),
	('clients.lives_at_home', 'productcodes.clients', 'lives_at_home', 'default', 'default true', 'true'),
	('staged_rows.staged_at', 'productcodes.staged_rows', 'staged_at', 'default', 'the start of the loading transaction', 'now()'),
	('messages.imported_at', 'productcodes.messages', 'imported_at', 'default', 'the start of the importing transaction', 'now()'),
	('rejections_per_provider.rows', 'productcodes.rejections_per_provider', 'rows', 'view', 'checked rows', '<> ''unchecked'''),
	('rejections_per_provider.rejection_rate', 'productcodes.rejections_per_provider', 'rejection_rate', 'view', 'two decimals', ', 2) AS rejection_rate'),
	('rejections_per_provider.rejected_credit_cents', 'productcodes.rejections_per_provider', 'rejected_credit_cents', 'view', 'no debit', 'dc <> ''D''::text'),
	('declaration_answers.answer_code', 'productcodes.declaration_answers', 'answer_code', 'view', '8001 when the declaration has rows and every one is accepted', 'count(r.row_id) > 0) AND bool_and((r.status = ''accepted''::text))) THEN ''8001'''),
	('declaration_answers.header_total_matches', 'productcodes.declaration_answers', 'header_total_matches', 'view', 'NULL when the header has none', 'WHEN (d.total_cents IS NULL) THEN NULL'),
	('allocation_exhaustion.used_pct', 'productcodes.allocation_exhaustion', 'used_pct', 'function', 'one decimal', '(f.allocated)::numeric), 1)'),
	('allocation_exhaustion.months_left', 'productcodes.allocation_exhaustion', 'months_left', 'function', '0 once it ends', 'GREATEST(0'),
	('allocations_unused.window_end', 'productcodes.allocations_unused', 'window_end', 'view', 'the last day of those months', 'window_end'),
	('spend_per_month.amount_euros', 'productcodes.spend_per_month', 'amount_euros', 'view', 'in euros', 'amount_cents * 0.01'),
	('spend_per_month.credit_cents', 'productcodes.spend_per_month', 'credit_cents', 'view', 'not negative', 'credit_cents'),
	('products.validity', 'productcodes.products', 'validity', 'check', 'do not overlap', 'validity WITH &&'),
	('tariffs.validity', 'productcodes.tariffs', 'validity', 'check', 'in force', 'validity WITH &&')
  ) AS s(obj, rel, col, kind, says, has)
  JOIN pg_attribute a ON a.attrelid = s.rel::regclass AND a.attname = s.col
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum;
SELECT count(*) AS spot_checked FROM spot;
SELECT obj, comment_says, definition_has,
	   strpos(comment, comment_says) > 0 AS in_comment, strpos(definition, definition_has) > 0 AS in_definition
  FROM spot
 WHERE strpos(coalesce(comment, ''), comment_says) = 0 OR strpos(coalesce(definition, ''), definition_has) = 0
 ORDER BY obj;
RESET DateStyle;
