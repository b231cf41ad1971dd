/* ====================================================================
 * Only the checks write a row's outcome: an UPDATE of a declaration row or
 * a staged row is refused unless the engine makes it (revalidate(), the
 * staging trigger), for everyone, the owner too (outcome_guard.c).  New in
 * 1.1: the upgrade from 1.0 runs this part.
 * ==================================================================== */
CREATE FUNCTION productcodes.guard_outcome()
RETURNS trigger
AS 'MODULE_PATHNAME', 'guard_outcome'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.guard_outcome() IS
'trigger: refuses a change to a checked row (its outcome or its fields) unless the checks make it';

CREATE TRIGGER guard_outcome
	BEFORE UPDATE ON productcodes.declaration_rows
	FOR EACH ROW EXECUTE FUNCTION productcodes.guard_outcome();
CREATE TRIGGER guard_outcome
	BEFORE UPDATE ON productcodes.staged_rows
	FOR EACH ROW EXECUTE FUNCTION productcodes.guard_outcome();
