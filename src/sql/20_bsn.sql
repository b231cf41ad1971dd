/* ====================================================================
 * The bsn type: a burgerservicenummer that passed the elfproef, 4 bytes.
 * ==================================================================== */

CREATE TYPE productcodes.bsn;

CREATE FUNCTION productcodes.bsn_in(cstring)
RETURNS productcodes.bsn
AS 'MODULE_PATHNAME', 'bsn_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.bsn_out(productcodes.bsn)
RETURNS cstring
AS 'MODULE_PATHNAME', 'bsn_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.bsn_recv(internal)
RETURNS productcodes.bsn
AS 'MODULE_PATHNAME', 'bsn_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.bsn_send(productcodes.bsn)
RETURNS bytea
AS 'MODULE_PATHNAME', 'bsn_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE productcodes.bsn (
	INPUT = productcodes.bsn_in,
	OUTPUT = productcodes.bsn_out,
	RECEIVE = productcodes.bsn_recv,
	SEND = productcodes.bsn_send,
	INTERNALLENGTH = 4,
	PASSEDBYVALUE,
	ALIGNMENT = int4,
	STORAGE = plain
);

COMMENT ON TYPE productcodes.bsn IS
'burgerservicenummer: 9 digits passing the elfproef, 000000000 excluded';

CREATE FUNCTION productcodes.bsn_eq(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_ne(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_lt(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_le(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_gt(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_ge(productcodes.bsn, productcodes.bsn)
RETURNS boolean AS 'int4ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_cmp(productcodes.bsn, productcodes.bsn)
RETURNS integer AS 'btint4cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_hash(productcodes.bsn)
RETURNS integer AS 'hashint4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION productcodes.bsn_hash_extended(productcodes.bsn, bigint)
RETURNS bigint AS 'hashint4extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR pg_catalog.= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_eq,
	COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(pg_catalog.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR pg_catalog.<> (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_ne,
	COMMUTATOR = OPERATOR(pg_catalog.<>), NEGATOR = OPERATOR(pg_catalog.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR pg_catalog.< (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_lt,
	COMMUTATOR = OPERATOR(pg_catalog.>), NEGATOR = OPERATOR(pg_catalog.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR pg_catalog.<= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_le,
	COMMUTATOR = OPERATOR(pg_catalog.>=), NEGATOR = OPERATOR(pg_catalog.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR pg_catalog.> (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_gt,
	COMMUTATOR = OPERATOR(pg_catalog.<), NEGATOR = OPERATOR(pg_catalog.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR pg_catalog.>= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_ge,
	COMMUTATOR = OPERATOR(pg_catalog.<=), NEGATOR = OPERATOR(pg_catalog.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS productcodes.bsn_ops
DEFAULT FOR TYPE productcodes.bsn USING btree AS
	OPERATOR 1 pg_catalog.<,
	OPERATOR 2 pg_catalog.<=,
	OPERATOR 3 pg_catalog.=,
	OPERATOR 4 pg_catalog.>=,
	OPERATOR 5 pg_catalog.>,
	FUNCTION 1 productcodes.bsn_cmp(productcodes.bsn, productcodes.bsn),
	FUNCTION 2 pg_catalog.btint4sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS productcodes.bsn_hash_ops
DEFAULT FOR TYPE productcodes.bsn USING hash AS
	OPERATOR 1 pg_catalog.=,
	FUNCTION 1 productcodes.bsn_hash(productcodes.bsn),
	FUNCTION 2 productcodes.bsn_hash_extended(productcodes.bsn, bigint);

CREATE FUNCTION productcodes.bsn(text)
RETURNS productcodes.bsn
AS 'MODULE_PATHNAME', 'bsn_from_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION productcodes.text(productcodes.bsn)
RETURNS text
AS 'MODULE_PATHNAME', 'bsn_to_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS productcodes.bsn)
	WITH FUNCTION productcodes.bsn(text);
CREATE CAST (productcodes.bsn AS text)
	WITH FUNCTION productcodes.text(productcodes.bsn);

CREATE FUNCTION productcodes.is_valid_bsn(text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bsn_text_is_valid'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION productcodes.is_valid_bsn(text) IS
'true when the text is 9 digits passing the elfproef (not 000000000); no error for bad input';

CREATE FUNCTION productcodes.is_test_bsn(productcodes.bsn)
RETURNS boolean
AS 'MODULE_PATHNAME', 'bsn_is_test'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION productcodes.is_test_bsn(productcodes.bsn) IS
'true for 999900006..999999990, the range reserved for test environments';

