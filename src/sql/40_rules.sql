/* ====================================================================
 * Rules for declaration rows.  Every rule the engine (src/pc_rules*.c)
 * applies has a row here: its id, the return code (WJ001) a 325 answer
 * gives, its default severity and its text in Dutch and English.  Shipped
 * from data/rules.csv and read-only like the catalogue; a municipality
 * changes how a rule applies with rows in rule_settings.
 * ==================================================================== */

CREATE TABLE productcodes.rules (
	rule_id		text PRIMARY KEY CHECK (rule_id ~ '^[A-Z0-9_]+$'),
	return_code	text NOT NULL CHECK (return_code ~ '^[0-9A-Z]{4}$'),
	kind		text NOT NULL CHECK (kind IN ('format', 'allocation', 'declaration',
											  'catalogue', 'cumulative', 'regional')),
	severity	text NOT NULL CHECK (severity IN ('error', 'warning')),
	text_nl		text NOT NULL,
	text_en		text NOT NULL,
	shipped		boolean NOT NULL DEFAULT false,
	-- how a finding's figures (declaration_rows.figures) read, with {name}
	-- for each figure: row_findings.explanation
	explain_nl	text,
	explain_en	text,
	-- where the rule is written down (path in the transcription of the
	-- standard, or the regional handbook): docs/rules.md
	source		text
);
COMMENT ON TABLE productcodes.rules IS
'regels voor declaratieregels met retourcode (WJ001) en tekst in het Nederlands en Engels';
COMMENT ON COLUMN productcodes.rules.severity IS
'default: error rejects the row, warning keeps it accepted; see rule_settings';
