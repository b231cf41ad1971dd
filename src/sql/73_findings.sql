/* ====================================================================
 * Findings that explain themselves (new in 1.1): besides its rule and
 * return code, a finding carries the figures that decided it
 * (declaration_rows.figures, written by the engine), and row_findings
 * says them in words in the chosen language (productcodes.language),
 * from the rule's template (rules.explain_nl, rules.explain_en).
 *
 * A template names each figure as {name}.  A figure whose name ends in
 * _cents is an amount and reads as euros (nl € 1.234,56; en €1,234.56), as
 * do the volumes of a finding in unit 83 (euro's); a unit reads by its
 * WJ756 name (uur (04)); a date 'YYYY-MM-DD' reads as nl 31-12-2025, en
 * 2025-12-31; any other figure as the engine wrote it.  A part of a
 * template in [brackets] is left out when a figure in it is missing.
 * ==================================================================== */

CREATE FUNCTION productcodes.figure_text(name text, value text, language text, amount boolean DEFAULT false)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE
	WHEN value IS NULL THEN '?'
	WHEN (amount OR name OPERATOR(pg_catalog.~) '_cents$') AND value OPERATOR(pg_catalog.~) '^-?[0-9]+$' THEN
		CASE WHEN language OPERATOR(pg_catalog.=) 'en'
			 THEN '€' OPERATOR(pg_catalog.||)
				  pg_catalog.to_char(value::numeric OPERATOR(pg_catalog./) 100, 'FM999G999G999G990D00')
			 ELSE '€ ' OPERATOR(pg_catalog.||)
				  pg_catalog.translate(pg_catalog.to_char(value::numeric OPERATOR(pg_catalog./) 100,
														  'FM999G999G999G990D00'), ',.', '.,')
		END
	WHEN name OPERATOR(pg_catalog.=) 'differs' THEN
		coalesce((SELECT CASE WHEN language OPERATOR(pg_catalog.=) 'en' THEN l.en ELSE l.nl END
					FROM (VALUES ('toewijzing', 'het ToewijzingNummer', 'ToewijzingNummer'), ('bsn', 'het BSN', 'BSN'),
								 ('category', 'de productcategorie', 'product category'),
								 ('code', 'de productcode', 'product code'),
								 ('period_start', 'de begindatum', 'start date'), ('period_end', 'de einddatum', 'end date'),
								 ('volume', 'het volume', 'volume'), ('unit', 'de eenheid', 'unit'),
								 ('tariff', 'het producttarief', 'product tariff'), ('amount', 'het bedrag', 'amount'))
						 AS l(field, nl, en)
				   WHERE l.field OPERATOR(pg_catalog.=) value), value)
	WHEN name OPERATOR(pg_catalog.=) 'allowed' AND value OPERATOR(pg_catalog.=) 'contract' THEN
		CASE WHEN language OPERATOR(pg_catalog.=) 'en' THEN 'the units of the contract for this product code'
			 ELSE 'de eenheden van het contract voor deze productcode' END
	WHEN name OPERATOR(pg_catalog.=) ANY (ARRAY['unit', 'allowed']) AND value OPERATOR(pg_catalog.~) '^[0-9]{2}$' THEN
		coalesce((SELECT u.name OPERATOR(pg_catalog.||) ' (' OPERATOR(pg_catalog.||) u.code OPERATOR(pg_catalog.||) ')'
					FROM productcodes.units u WHERE u.code OPERATOR(pg_catalog.=) value), value)
	WHEN value OPERATOR(pg_catalog.~) '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND language OPERATOR(pg_catalog.<>) 'en' THEN
		pg_catalog.substr(value, 9, 2) OPERATOR(pg_catalog.||) '-' OPERATOR(pg_catalog.||)
		pg_catalog.substr(value, 6, 2) OPERATOR(pg_catalog.||) '-' OPERATOR(pg_catalog.||)
		pg_catalog.substr(value, 1, 4)
	ELSE value
END;
COMMENT ON FUNCTION productcodes.figure_text(text, text, text, boolean) IS
'one figure of a finding as text: amounts (name ending in _cents, or amount true) in euros, units by their WJ756 name, dates the Dutch or English way';

CREATE FUNCTION productcodes.explain_finding(template text, figures jsonb, language text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	k		text;
	v		text;
	result	text := template;
	-- a volume in unit 83 (euro's) is an amount in cents
	in_euros boolean := figures ->> 'unit' = '83';
BEGIN
	IF template IS NULL OR figures IS NULL OR jsonb_typeof(figures) <> 'object' THEN
		RETURN NULL;
	END IF;
	IF in_euros THEN
		result := replace(result, ' {unit}', '');
	END IF;
	FOR k, v IN SELECT key, value FROM jsonb_each_text(figures) LOOP
		result := replace(result, '{' || k || '}',
						  productcodes.figure_text(k, v, language,
												   in_euros AND k = ANY (ARRAY['allocated', 'before', 'row', 'limit'])));
	END LOOP;
	-- [an optional part] goes when a figure in it is missing
	result := regexp_replace(result, '\[[^]]*\{[a-z_]+\}[^]]*\]', '', 'g');
	RETURN regexp_replace(result, '\[([^]]*)\]', '\1', 'g');
END
$$;
COMMENT ON FUNCTION productcodes.explain_finding(text, jsonb, text) IS
'fills a rule''s template ({name} for each figure) with the figures of a finding, in the given language (nl or en)';
GRANT EXECUTE ON FUNCTION productcodes.figure_text(text, text, text, boolean),
	productcodes.explain_finding(text, jsonb, text) TO PUBLIC;

-- row_findings (70_declarations.sql) with the figures and their explanation
CREATE OR REPLACE VIEW productcodes.row_findings WITH (security_invoker = true) AS
SELECT r.row_id, r.declaration_id, f.severity, f.rule_id, ru.return_code,
	   ru.text_nl, ru.text_en,
	   r.figures OPERATOR(pg_catalog.->) f.rule_id AS figures,
	   productcodes.explain_finding(
		   CASE WHEN productcodes.message_language() OPERATOR(pg_catalog.=) 'en'
				THEN ru.explain_en ELSE ru.explain_nl END,
		   r.figures OPERATOR(pg_catalog.->) f.rule_id,
		   productcodes.message_language()) AS explanation
  FROM productcodes.declaration_rows r
 CROSS JOIN LATERAL (
		SELECT 'error'::text AS severity, e AS rule_id FROM pg_catalog.unnest(r.errors) AS e
		UNION ALL
		SELECT 'warning', w FROM pg_catalog.unnest(r.warnings) AS w
		UNION ALL
		SELECT 'undecided', u FROM pg_catalog.unnest(r.undecided) AS u) f
  JOIN productcodes.rules ru ON ru.rule_id OPERATOR(pg_catalog.=) f.rule_id;
COMMENT ON VIEW productcodes.row_findings IS
'bevindingen per prestatie (error, warning, of undecided: niet te beslissen bij gebrek aan gegevens) met retourcode, tekst, de cijfers die de uitslag bepaalden en hun uitleg in de gekozen taal';
