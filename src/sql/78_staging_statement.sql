/* ====================================================================
 * Staging, at the statement's end: the staged rows that read go into
 * declaration_rows in one statement (per chunk of 50,000), so the engine
 * reads each allocation and client once for them all, not once per row
 * (staging.c).  Until then such a row is 'unchecked' (what RETURNING of
 * the INSERT or COPY into staged_rows shows); after the statement every
 * staged row has its outcome.  New in 1.1: the upgrade from 1.0 runs this
 * part.
 * ==================================================================== */
CREATE FUNCTION productcodes.stage_declaration_rows()
RETURNS trigger
AS 'MODULE_PATHNAME', 'stage_declaration_rows'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.stage_declaration_rows() IS
'trigger: at the end of a statement, stores its staged rows that read as declaration rows, in one statement, and records their outcome';

CREATE TRIGGER stage_declaration_rows
	AFTER INSERT ON productcodes.staged_rows
	REFERENCING NEW TABLE AS staged_new
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.stage_declaration_rows();
