/* ====================================================================
 * Comments on the types' own objects (new in 1.1), so that \dT+ and
 * \df+ explain them: the type support functions, the casts' functions,
 * min and max.  They are members of the extension, as the types are, so
 * their comments are made here; the comments of the tables, views and
 * functions that productcodes.install() creates are in 95_comments.sql.
 * ==================================================================== */
/* --------------------------------------------------------------------
 * 10_productcode.sql: the productcode type
 * -------------------------------------------------------------------- */
COMMENT ON FUNCTION productcodes.productcode_in(cstring) IS
'input of a productcode: 1 to 5 letters or digits, white space around them ignored, letters folded to upper case; anything else is an error (22P02) saying what is wrong';
COMMENT ON FUNCTION productcodes.productcode_out(productcodes.productcode) IS
'output of a productcode: its text, upper case';
COMMENT ON FUNCTION productcodes.productcode_recv(internal) IS
'binary input of a productcode (COPY BINARY, drivers): the code''s ASCII text, read as productcode_in reads it';
COMMENT ON FUNCTION productcodes.productcode_send(productcodes.productcode) IS
'binary output of a productcode: the code''s ASCII text, not the packed integer';
COMMENT ON FUNCTION productcodes.productcode_eq(productcodes.productcode, productcodes.productcode) IS
'code = code (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_ne(productcodes.productcode, productcodes.productcode) IS
'code <> code (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_lt(productcodes.productcode, productcodes.productcode) IS
'code < code: the order of the codes'' text in the C collation (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_le(productcodes.productcode, productcodes.productcode) IS
'code <= code: the order of the codes'' text in the C collation (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_gt(productcodes.productcode, productcodes.productcode) IS
'code > code: the order of the codes'' text in the C collation (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_ge(productcodes.productcode, productcodes.productcode) IS
'code >= code: the order of the codes'' text in the C collation (the operator''s function)';
COMMENT ON FUNCTION productcodes.productcode_cmp(productcodes.productcode, productcodes.productcode) IS
'btree support: negative, 0 or positive as the first code sorts before, with or after the second';
COMMENT ON FUNCTION productcodes.productcode_hash(productcodes.productcode) IS
'hash support: the 32-bit hash of a code';
COMMENT ON FUNCTION productcodes.productcode_hash_extended(productcodes.productcode, bigint) IS
'hash support: the 64-bit hash of a code with a seed';
COMMENT ON FUNCTION productcodes.productcode_smaller(productcodes.productcode, productcodes.productcode) IS
'the first of two codes in their order; the state function of min(productcode)';
COMMENT ON FUNCTION productcodes.productcode_larger(productcodes.productcode, productcodes.productcode) IS
'the last of two codes in their order; the state function of max(productcode)';
COMMENT ON AGGREGATE pg_catalog.min(productcodes.productcode) IS
'the first product code in the order of their text';
COMMENT ON AGGREGATE pg_catalog.max(productcodes.productcode) IS
'the last product code in the order of their text';
COMMENT ON FUNCTION productcodes.productcode(text) IS
'text read as a product code, as productcode_in reads it (an error for text that is none); the explicit cast text::productcode';
COMMENT ON FUNCTION productcodes.text(productcodes.productcode) IS
'the code''s text; the explicit cast productcode::text';
COMMENT ON FUNCTION productcodes.code_length(productcodes.productcode) IS
'the number of characters of the code, 1 to 5';

/* --------------------------------------------------------------------
 * 20_bsn.sql, 25_comparisons.sql: the bsn type
 * -------------------------------------------------------------------- */
COMMENT ON FUNCTION productcodes.bsn_in(cstring) IS
'input of a bsn: 9 digits passing the elfproef, white space around them ignored, 000000000 refused; anything else is an error (22P02) saying what is wrong';
COMMENT ON FUNCTION productcodes.bsn_out(productcodes.bsn) IS
'output of a bsn: its 9 digits, leading zeros kept';
COMMENT ON FUNCTION productcodes.bsn_recv(internal) IS
'binary input of a bsn (COPY BINARY, drivers): the 9-digit text, read as bsn_in reads it';
COMMENT ON FUNCTION productcodes.bsn_send(productcodes.bsn) IS
'binary output of a bsn: its 9-digit text';
COMMENT ON FUNCTION productcodes.bsn_eq(productcodes.bsn, productcodes.bsn) IS
'bsn = bsn (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_ne(productcodes.bsn, productcodes.bsn) IS
'bsn <> bsn (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_lt(productcodes.bsn, productcodes.bsn) IS
'bsn < bsn: the order of the numbers, which is that of their 9-digit text (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_le(productcodes.bsn, productcodes.bsn) IS
'bsn <= bsn: the order of the numbers, which is that of their 9-digit text (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_gt(productcodes.bsn, productcodes.bsn) IS
'bsn > bsn: the order of the numbers, which is that of their 9-digit text (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_ge(productcodes.bsn, productcodes.bsn) IS
'bsn >= bsn: the order of the numbers, which is that of their 9-digit text (the operator''s function)';
COMMENT ON FUNCTION productcodes.bsn_cmp(productcodes.bsn, productcodes.bsn) IS
'btree support: negative, 0 or positive as the first BSN sorts before, with or after the second';
COMMENT ON FUNCTION productcodes.bsn_hash(productcodes.bsn) IS
'hash support: the 32-bit hash of a BSN';
COMMENT ON FUNCTION productcodes.bsn_hash_extended(productcodes.bsn, bigint) IS
'hash support: the 64-bit hash of a BSN with a seed';
COMMENT ON FUNCTION productcodes.bsn(text) IS
'text read as a BSN, as bsn_in reads it (an error for text that is none); the explicit cast text::bsn';
COMMENT ON FUNCTION productcodes.text(productcodes.bsn) IS
'the BSN''s 9 digits; the explicit cast bsn::text';
COMMENT ON FUNCTION productcodes.bsn_smaller(productcodes.bsn, productcodes.bsn) IS
'the smaller of two BSNs; the state function of min(bsn)';
COMMENT ON FUNCTION productcodes.bsn_larger(productcodes.bsn, productcodes.bsn) IS
'the larger of two BSNs; the state function of max(bsn)';
COMMENT ON AGGREGATE pg_catalog.min(productcodes.bsn) IS
'the smallest BSN';
COMMENT ON AGGREGATE pg_catalog.max(productcodes.bsn) IS
'the largest BSN';
