/* ====================================================================
 * Codes and BSNs compare without ceremony (new in 1.1).  Their operators
 * and min/max live in pg_catalog, which every search path searches first:
 * an analyst with the default search path writes WHERE code = '43Z03',
 * and a look-alike operator in another schema cannot take their place.
 *
 * A code or a BSN compared with text (a text or varchar column, a JDBC
 * setString parameter) is compared as the value the text stands for:
 * '43z03' and ' 43Z03 ' are the code 43Z03.  Text that is no code or BSN
 * is an error naming it, as in a literal (WHERE code = '4!' fails too),
 * never a silent "not equal".  Each such operator is an SQL function the
 * planner inlines, so code = $1::varchar uses an index on code.
 *
 * LIKE and ILIKE match the code's text.  Codes are upper case, so a
 * pattern is read in upper case (C rules, whatever the database's locale):
 * code LIKE '43z%' finds 43Z03.  A BSN's text is its nine digits.
 * ==================================================================== */

CREATE FUNCTION productcodes.productcode_eq_text(productcodes.productcode, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN $1 OPERATOR(pg_catalog.=) productcodes.productcode($2);
CREATE FUNCTION productcodes.productcode_ne_text(productcodes.productcode, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN $1 OPERATOR(pg_catalog.<>) productcodes.productcode($2);
CREATE FUNCTION productcodes.text_eq_productcode(text, productcodes.productcode)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.productcode($1) OPERATOR(pg_catalog.=) $2;
CREATE FUNCTION productcodes.text_ne_productcode(text, productcodes.productcode)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.productcode($1) OPERATOR(pg_catalog.<>) $2;
CREATE FUNCTION productcodes.productcode_like(productcodes.productcode, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.text($1) OPERATOR(pg_catalog.~~) pg_catalog.upper($2 COLLATE "C");
CREATE FUNCTION productcodes.productcode_not_like(productcodes.productcode, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.text($1) OPERATOR(pg_catalog.!~~) pg_catalog.upper($2 COLLATE "C");

COMMENT ON FUNCTION productcodes.productcode_eq_text(productcodes.productcode, text) IS
'code = text: the text read as a product code (an error if it is none); the operator = of a code and text';
COMMENT ON FUNCTION productcodes.productcode_ne_text(productcodes.productcode, text) IS
'code <> text: the text read as a product code (an error if it is none); the operator <> of a code and text';
COMMENT ON FUNCTION productcodes.text_eq_productcode(text, productcodes.productcode) IS
'text = code: the text read as a product code (an error if it is none); the operator = of text and a code';
COMMENT ON FUNCTION productcodes.text_ne_productcode(text, productcodes.productcode) IS
'text <> code: the text read as a product code (an error if it is none); the operator <> of text and a code';
COMMENT ON FUNCTION productcodes.productcode_like(productcodes.productcode, text) IS
'code LIKE pattern (also ILIKE): the code''s text against the pattern in upper case';
COMMENT ON FUNCTION productcodes.productcode_not_like(productcodes.productcode, text) IS
'code NOT LIKE pattern (also NOT ILIKE): the code''s text against the pattern in upper case';

CREATE OPERATOR pg_catalog.= (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_eq_text,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_ne_text,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.= (
	LEFTARG = text, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.text_eq_productcode,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = text, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.text_ne_productcode,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.~~ (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_like, NEGATOR = OPERATOR(pg_catalog.!~~)
);
CREATE OPERATOR pg_catalog.!~~ (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_not_like, NEGATOR = OPERATOR(pg_catalog.~~)
);
CREATE OPERATOR pg_catalog.~~* (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_like, NEGATOR = OPERATOR(pg_catalog.!~~*)
);
CREATE OPERATOR pg_catalog.!~~* (
	LEFTARG = productcodes.productcode, RIGHTARG = text,
	FUNCTION = productcodes.productcode_not_like, NEGATOR = OPERATOR(pg_catalog.~~*)
);

CREATE FUNCTION productcodes.bsn_eq_text(productcodes.bsn, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN $1 OPERATOR(pg_catalog.=) productcodes.bsn($2);
CREATE FUNCTION productcodes.bsn_ne_text(productcodes.bsn, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN $1 OPERATOR(pg_catalog.<>) productcodes.bsn($2);
CREATE FUNCTION productcodes.text_eq_bsn(text, productcodes.bsn)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.bsn($1) OPERATOR(pg_catalog.=) $2;
CREATE FUNCTION productcodes.text_ne_bsn(text, productcodes.bsn)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.bsn($1) OPERATOR(pg_catalog.<>) $2;
CREATE FUNCTION productcodes.bsn_like(productcodes.bsn, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.text($1) OPERATOR(pg_catalog.~~) $2;
CREATE FUNCTION productcodes.bsn_not_like(productcodes.bsn, text)
RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN productcodes.text($1) OPERATOR(pg_catalog.!~~) $2;

COMMENT ON FUNCTION productcodes.bsn_eq_text(productcodes.bsn, text) IS
'bsn = text: the text read as a BSN (an error if it is none); the operator = of a BSN and text';
COMMENT ON FUNCTION productcodes.bsn_ne_text(productcodes.bsn, text) IS
'bsn <> text: the text read as a BSN (an error if it is none); the operator <> of a BSN and text';
COMMENT ON FUNCTION productcodes.text_eq_bsn(text, productcodes.bsn) IS
'text = bsn: the text read as a BSN (an error if it is none); the operator = of text and a BSN';
COMMENT ON FUNCTION productcodes.text_ne_bsn(text, productcodes.bsn) IS
'text <> bsn: the text read as a BSN (an error if it is none); the operator <> of text and a BSN';
COMMENT ON FUNCTION productcodes.bsn_like(productcodes.bsn, text) IS
'bsn LIKE pattern: the nine digits against the pattern';
COMMENT ON FUNCTION productcodes.bsn_not_like(productcodes.bsn, text) IS
'bsn NOT LIKE pattern: the nine digits against the pattern';

CREATE OPERATOR pg_catalog.= (
	LEFTARG = productcodes.bsn, RIGHTARG = text,
	FUNCTION = productcodes.bsn_eq_text,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = productcodes.bsn, RIGHTARG = text,
	FUNCTION = productcodes.bsn_ne_text,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.= (
	LEFTARG = text, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.text_eq_bsn,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = text, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.text_ne_bsn,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.~~ (
	LEFTARG = productcodes.bsn, RIGHTARG = text,
	FUNCTION = productcodes.bsn_like, NEGATOR = OPERATOR(pg_catalog.!~~)
);
CREATE OPERATOR pg_catalog.!~~ (
	LEFTARG = productcodes.bsn, RIGHTARG = text,
	FUNCTION = productcodes.bsn_not_like, NEGATOR = OPERATOR(pg_catalog.~~)
);

CREATE FUNCTION productcodes.bsn_smaller(productcodes.bsn, productcodes.bsn)
RETURNS productcodes.bsn AS 'int4smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION productcodes.bsn_larger(productcodes.bsn, productcodes.bsn)
RETURNS productcodes.bsn AS 'int4larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE pg_catalog.min(productcodes.bsn) (
	SFUNC = productcodes.bsn_smaller, STYPE = productcodes.bsn,
	COMBINEFUNC = productcodes.bsn_smaller,
	SORTOP = OPERATOR(pg_catalog.<), PARALLEL = SAFE
);
CREATE AGGREGATE pg_catalog.max(productcodes.bsn) (
	SFUNC = productcodes.bsn_larger, STYPE = productcodes.bsn,
	COMBINEFUNC = productcodes.bsn_larger,
	SORTOP = OPERATOR(pg_catalog.>), PARALLEL = SAFE
);

/* --------------------------------------------------------------------
 * The names of 1.0, kept: queries, functions and dumps written for 1.0
 * say OPERATOR(productcodes.=) (the 1.0 README advised it) and
 * productcodes.min(code).  These are the same functions under the old
 * names; pg_catalog's operators are the ones the indexes use, and a query
 * that writes a bare = gets those (pg_catalog is searched first).
 * -------------------------------------------------------------------- */
CREATE OPERATOR productcodes.= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_eq,
	COMMUTATOR = OPERATOR(productcodes.=), NEGATOR = OPERATOR(productcodes.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR productcodes.<> (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_ne,
	COMMUTATOR = OPERATOR(productcodes.<>), NEGATOR = OPERATOR(productcodes.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR productcodes.< (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_lt,
	COMMUTATOR = OPERATOR(productcodes.>), NEGATOR = OPERATOR(productcodes.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR productcodes.<= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_le,
	COMMUTATOR = OPERATOR(productcodes.>=), NEGATOR = OPERATOR(productcodes.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR productcodes.> (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_gt,
	COMMUTATOR = OPERATOR(productcodes.<), NEGATOR = OPERATOR(productcodes.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR productcodes.>= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_ge,
	COMMUTATOR = OPERATOR(productcodes.<=), NEGATOR = OPERATOR(productcodes.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR productcodes.= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_eq,
	COMMUTATOR = OPERATOR(productcodes.=), NEGATOR = OPERATOR(productcodes.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR productcodes.<> (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_ne,
	COMMUTATOR = OPERATOR(productcodes.<>), NEGATOR = OPERATOR(productcodes.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR productcodes.< (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_lt,
	COMMUTATOR = OPERATOR(productcodes.>), NEGATOR = OPERATOR(productcodes.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR productcodes.<= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_le,
	COMMUTATOR = OPERATOR(productcodes.>=), NEGATOR = OPERATOR(productcodes.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR productcodes.> (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_gt,
	COMMUTATOR = OPERATOR(productcodes.<), NEGATOR = OPERATOR(productcodes.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR productcodes.>= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_ge,
	COMMUTATOR = OPERATOR(productcodes.<=), NEGATOR = OPERATOR(productcodes.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE AGGREGATE productcodes.min(productcodes.productcode) (
	SFUNC = productcodes.productcode_smaller, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_smaller,
	SORTOP = OPERATOR(pg_catalog.<), PARALLEL = SAFE
);
CREATE AGGREGATE productcodes.max(productcodes.productcode) (
	SFUNC = productcodes.productcode_larger, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_larger,
	SORTOP = OPERATOR(pg_catalog.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE productcodes.min(productcodes.productcode) IS
'the smallest code (1.0''s name; pg_catalog.min is the same)';
COMMENT ON AGGREGATE productcodes.max(productcodes.productcode) IS
'the largest code (1.0''s name; pg_catalog.max is the same)';
