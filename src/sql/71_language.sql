/* ====================================================================
 * Language: rule texts are kept in Dutch and English (rules.text_nl,
 * rules.text_en); the setting productcodes.language (nl, the default, or
 * en) chooses which views, reports and error messages show.
 * ==================================================================== */
CREATE FUNCTION productcodes.message_language()
RETURNS text
AS 'MODULE_PATHNAME', 'pc_message_language'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION productcodes.message_language() IS
'de gekozen taal (productcodes.language): nl of en';
GRANT EXECUTE ON FUNCTION productcodes.message_language() TO PUBLIC;
