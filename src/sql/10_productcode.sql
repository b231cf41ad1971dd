/* ====================================================================
 * The productcode type: 1-5 characters [0-9A-Z], packed in 4 bytes
 * (src/pc_core.h).  Integer order equals C-collation text order, so the
 * comparison, hash and sort support functions are the server's int4 ones.
 * ==================================================================== */

CREATE TYPE productcodes.productcode;

CREATE FUNCTION productcodes.productcode_in(cstring)
RETURNS productcodes.productcode
AS 'MODULE_PATHNAME', 'productcode_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.productcode_out(productcodes.productcode)
RETURNS cstring
AS 'MODULE_PATHNAME', 'productcode_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.productcode_recv(internal)
RETURNS productcodes.productcode
AS 'MODULE_PATHNAME', 'productcode_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.productcode_send(productcodes.productcode)
RETURNS bytea
AS 'MODULE_PATHNAME', 'productcode_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE productcodes.productcode (
	INPUT = productcodes.productcode_in,
	OUTPUT = productcodes.productcode_out,
	RECEIVE = productcodes.productcode_recv,
	SEND = productcodes.productcode_send,
	INTERNALLENGTH = 4,
	PASSEDBYVALUE,
	ALIGNMENT = int4,
	STORAGE = plain
);

COMMENT ON TYPE productcodes.productcode IS
'product code of the iStandaarden (1 to 5 characters 0-9 A-Z, upper case), packed in 4 bytes';

CREATE FUNCTION productcodes.productcode_eq(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_ne(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_lt(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_le(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_gt(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_ge(productcodes.productcode, productcodes.productcode)
RETURNS boolean AS 'int4ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_cmp(productcodes.productcode, productcodes.productcode)
RETURNS integer AS 'btint4cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_hash(productcodes.productcode)
RETURNS integer AS 'hashint4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.productcode_hash_extended(productcodes.productcode, bigint)
RETURNS bigint AS 'hashint4extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR pg_catalog.= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_eq,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_ne,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.< (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_lt,
	COMMUTATOR = OPERATOR(pg_catalog.>), NEGATOR = OPERATOR(pg_catalog.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR pg_catalog.<= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_le,
	COMMUTATOR = OPERATOR(pg_catalog.>=), NEGATOR = OPERATOR(pg_catalog.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR pg_catalog.> (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_gt,
	COMMUTATOR = OPERATOR(pg_catalog.<), NEGATOR = OPERATOR(pg_catalog.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR pg_catalog.>= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_ge,
	COMMUTATOR = OPERATOR(pg_catalog.<=), NEGATOR = OPERATOR(pg_catalog.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS productcodes.productcode_ops
DEFAULT FOR TYPE productcodes.productcode USING btree AS
	OPERATOR 1 pg_catalog.<,
	OPERATOR 2 pg_catalog.<=,
	OPERATOR 3 pg_catalog.=,
	OPERATOR 4 pg_catalog.>=,
	OPERATOR 5 pg_catalog.>,
	FUNCTION 1 productcodes.productcode_cmp(productcodes.productcode, productcodes.productcode),
	FUNCTION 2 pg_catalog.btint4sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS productcodes.productcode_hash_ops
DEFAULT FOR TYPE productcodes.productcode USING hash AS
	OPERATOR 1 pg_catalog.=,
	FUNCTION 1 productcodes.productcode_hash(productcodes.productcode),
	FUNCTION 2 productcodes.productcode_hash_extended(productcodes.productcode, bigint);

CREATE FUNCTION productcodes.productcode_smaller(productcodes.productcode, productcodes.productcode)
RETURNS productcodes.productcode AS 'int4smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION productcodes.productcode_larger(productcodes.productcode, productcodes.productcode)
RETURNS productcodes.productcode AS 'int4larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE pg_catalog.min(productcodes.productcode) (
	SFUNC = productcodes.productcode_smaller, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_smaller,
	SORTOP = OPERATOR(pg_catalog.<), PARALLEL = SAFE
);
CREATE AGGREGATE pg_catalog.max(productcodes.productcode) (
	SFUNC = productcodes.productcode_larger, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_larger,
	SORTOP = OPERATOR(pg_catalog.>), PARALLEL = SAFE
);

-- Casts to and from text are explicit: comparing a code with a text column
-- should be a deliberate choice, not a silent conversion.
CREATE FUNCTION productcodes.productcode(text)
RETURNS productcodes.productcode
AS 'MODULE_PATHNAME', 'productcode_from_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.text(productcodes.productcode)
RETURNS text
AS 'MODULE_PATHNAME', 'productcode_to_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS productcodes.productcode)
	WITH FUNCTION productcodes.productcode(text);
CREATE CAST (productcodes.productcode AS text)
	WITH FUNCTION productcodes.text(productcodes.productcode);

CREATE FUNCTION productcodes.is_valid_productcode(text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'productcode_text_is_valid'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION productcodes.is_valid_productcode(text) IS
'true when the text is a well-formed product code (says nothing about the catalogue)';

CREATE FUNCTION productcodes.code_prefix(code productcodes.productcode, len integer DEFAULT 2)
RETURNS text
AS 'MODULE_PATHNAME', 'productcode_prefix'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION productcodes.code_prefix(productcodes.productcode, integer) IS
'the first len characters of the code; by convention the national category, but only the catalogue decides the category (see product_for)';

CREATE FUNCTION productcodes.code_length(productcodes.productcode)
RETURNS integer
AS 'MODULE_PATHNAME', 'productcode_length'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.follows_national_pattern(productcodes.productcode)
RETURNS boolean
AS 'MODULE_PATHNAME', 'productcode_national_pattern'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION productcodes.follows_national_pattern(productcodes.productcode) IS
'true for codes shaped like the national lists JZ21/WMO021: two digits, a letter, two characters (45A03)';

