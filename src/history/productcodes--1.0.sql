/*
 * productcodes--1.0.sql: version 1.0 as released, kept as generated then
 * (by tools/gen_install_sql.py) so that 1.0 can still be installed and
 * upgraded.  Do not edit: later versions change src/sql/ and data/ and
 * ship an upgrade script in src/upgrades/.
 *
 * Everything lives in schema productcodes and is referred to
 * schema-qualified.  SQL functions use SQL-standard bodies (BEGIN ATOMIC),
 * which bind every name when the function is created, so a hostile
 * search_path at call time cannot redirect them.
 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION productcodes CASCADE" to load this file. \quit

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

CREATE OPERATOR productcodes.= (
	LEFTARG = productcodes.productcode, RIGHTARG = productcodes.productcode,
	FUNCTION = productcodes.productcode_eq,
	COMMUTATOR = OPERATOR(productcodes.=), NEGATOR = OPERATOR(productcodes.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
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

CREATE OPERATOR CLASS productcodes.productcode_ops
DEFAULT FOR TYPE productcodes.productcode USING btree AS
	OPERATOR 1 productcodes.<,
	OPERATOR 2 productcodes.<=,
	OPERATOR 3 productcodes.=,
	OPERATOR 4 productcodes.>=,
	OPERATOR 5 productcodes.>,
	FUNCTION 1 productcodes.productcode_cmp(productcodes.productcode, productcodes.productcode),
	FUNCTION 2 pg_catalog.btint4sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS productcodes.productcode_hash_ops
DEFAULT FOR TYPE productcodes.productcode USING hash AS
	OPERATOR 1 productcodes.=,
	FUNCTION 1 productcodes.productcode_hash(productcodes.productcode),
	FUNCTION 2 productcodes.productcode_hash_extended(productcodes.productcode, bigint);

CREATE FUNCTION productcodes.productcode_smaller(productcodes.productcode, productcodes.productcode)
RETURNS productcodes.productcode AS 'int4smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION productcodes.productcode_larger(productcodes.productcode, productcodes.productcode)
RETURNS productcodes.productcode AS 'int4larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE productcodes.min(productcodes.productcode) (
	SFUNC = productcodes.productcode_smaller, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_smaller,
	SORTOP = OPERATOR(productcodes.<), PARALLEL = SAFE
);
CREATE AGGREGATE productcodes.max(productcodes.productcode) (
	SFUNC = productcodes.productcode_larger, STYPE = productcodes.productcode,
	COMBINEFUNC = productcodes.productcode_larger,
	SORTOP = OPERATOR(productcodes.>), PARALLEL = SAFE
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

CREATE OPERATOR productcodes.= (
	LEFTARG = productcodes.bsn, RIGHTARG = productcodes.bsn,
	FUNCTION = productcodes.bsn_eq,
	COMMUTATOR = OPERATOR(productcodes.=), NEGATOR = OPERATOR(productcodes.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
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

CREATE OPERATOR CLASS productcodes.bsn_ops
DEFAULT FOR TYPE productcodes.bsn USING btree AS
	OPERATOR 1 productcodes.<,
	OPERATOR 2 productcodes.<=,
	OPERATOR 3 productcodes.=,
	OPERATOR 4 productcodes.>=,
	OPERATOR 5 productcodes.>,
	FUNCTION 1 productcodes.bsn_cmp(productcodes.bsn, productcodes.bsn),
	FUNCTION 2 pg_catalog.btint4sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS productcodes.bsn_hash_ops
DEFAULT FOR TYPE productcodes.bsn USING hash AS
	OPERATOR 1 productcodes.=,
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

/* ====================================================================
 * The catalogue.
 *
 * Every table has a column "shipped": true for rows that CREATE EXTENSION
 * inserts from the CSV files in data/, false for rows users add.  pg_dump dumps only
 * the rows with shipped = false (pg_extension_config_dump below), and the
 * trigger productcodes.protect_shipped_rows keeps shipped rows read-only
 * outside the extension's own scripts, so a dump/restore neither loses a
 * user's row nor duplicates or silently reverts a shipped one.
 * Validity periods are dateranges with an exclusive upper bound; an
 * unbounded side means "not known to end" or "since before this list".
 * ==================================================================== */

CREATE FUNCTION productcodes.protect_shipped_rows()
RETURNS trigger
AS 'MODULE_PATHNAME', 'protect_shipped_rows'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.protect_shipped_rows() IS
'trigger: rows with shipped = true change only inside CREATE/ALTER EXTENSION productcodes';

CREATE FUNCTION productcodes.catalogue_changed()
RETURNS trigger
AS 'MODULE_PATHNAME', 'catalogue_changed'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.catalogue_changed() IS
'trigger: tells every session that its copy of the catalogue and rules is stale';

-- Domains (wetten): fixed by law.
CREATE TABLE productcodes.domains (
	code		text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,3}$'),
	name		text NOT NULL,
	law			text NOT NULL,
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.domains IS 'domeinen: Jeugdwet (JW) en Wmo (WMO)';

-- Product categories: lists JZ020 (JW) and WMO020 (WMO).
CREATE TABLE productcodes.categories (
	code		text PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{2}$'),
	domain		text NOT NULL REFERENCES productcodes.domains,
	name		text NOT NULL,
	legacy		boolean NOT NULL DEFAULT false,
	shipped		boolean NOT NULL DEFAULT false,
	UNIQUE (code, domain)
);
COMMENT ON TABLE productcodes.categories IS
'productcategorieën JZ020 en WMO020; legacy = 2015 codes still in the list';
COMMENT ON COLUMN productcodes.categories.legacy IS 'a 2015 category (31-38) still in JZ020';

-- Units: list WJ756.
CREATE TABLE productcodes.units (
	code		text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
	name		text NOT NULL,
	minutes		integer CHECK (minutes > 0),
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.units IS 'eenheden WJ756';
COMMENT ON COLUMN productcodes.units.minutes IS 'length of one unit in minutes for time units, NULL otherwise';

-- Frequencies: list WMO757.
CREATE TABLE productcodes.frequencies (
	code		text PRIMARY KEY CHECK (code ~ '^[0-9]$'),
	name		text NOT NULL,
	period		text NOT NULL CHECK (period IN ('day', 'week', 'month', 'allocation')),
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.frequencies IS 'frequenties WMO757';

-- Which unit may go with which frequency, per execution variant.
CREATE TABLE productcodes.unit_frequency_combinations (
	variant		text NOT NULL CHECK (variant IN ('inspanningsgericht', 'outputgericht')),
	unit		text NOT NULL REFERENCES productcodes.units,
	frequency	text NOT NULL REFERENCES productcodes.frequencies,
	shipped		boolean NOT NULL DEFAULT false,
	PRIMARY KEY (variant, unit, frequency)
);
COMMENT ON TABLE productcodes.unit_frequency_combinations IS
'toegestane combinaties van eenheid en frequentie per uitvoeringsvariant (taakgericht heeft er geen)';

-- Municipalities (CBS gemeentecodes).  CBS never gives a code out twice,
-- so the code is the key; a merger ends the old codes' validity.
CREATE TABLE productcodes.municipalities (
	gemeentecode text PRIMARY KEY CHECK (gemeentecode ~ '^[0-9]{4}$'),
	name		text NOT NULL,
	province	text,
	youth_region text,
	validity	daterange NOT NULL DEFAULT '(,)'
				CHECK (NOT pg_catalog.isempty(validity)),
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.municipalities IS
'gemeenten (CBS-indeling); validity unbounded below = valid since before the 2026 list';

-- State pension age (AOW-leeftijd): set by law, so dated data.
CREATE TABLE productcodes.state_pension_ages (
	validity	daterange PRIMARY KEY CHECK (NOT pg_catalog.isempty(validity)),
	years		integer NOT NULL CHECK (years BETWEEN 60 AND 80),
	months		integer NOT NULL DEFAULT 0 CHECK (months BETWEEN 0 AND 11),
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT state_pension_ages_do_not_overlap EXCLUDE USING gist (validity WITH &&)
);
COMMENT ON TABLE productcodes.state_pension_ages IS 'AOW-leeftijd per periode';

-- Catalogues: a region's handbook of products.
CREATE TABLE productcodes.catalogues (
	catalogue_id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1000) PRIMARY KEY,
	name		text NOT NULL CHECK (name <> ''),
	issuer		text,
	version_date date,
	validity	daterange NOT NULL DEFAULT '(,)'
				CHECK (NOT pg_catalog.isempty(validity)),
	source		text,
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.catalogues IS
'productcatalogi (handboeken productcodes); shipped ids are below 1000';

-- Which municipality uses which catalogue for which domain, when.
CREATE TABLE productcodes.catalogue_municipalities (
	catalogue_id integer NOT NULL REFERENCES productcodes.catalogues,
	gemeentecode text NOT NULL REFERENCES productcodes.municipalities,
	domain		text NOT NULL REFERENCES productcodes.domains,
	validity	daterange NOT NULL DEFAULT '(,)'
				CHECK (NOT pg_catalog.isempty(validity)),
	shipped		boolean NOT NULL DEFAULT false,
	PRIMARY KEY (catalogue_id, gemeentecode, domain, validity),
	CONSTRAINT one_catalogue_per_municipality_domain_and_day
		EXCLUDE USING gist (gemeentecode WITH =, domain WITH =, validity WITH &&)
);
COMMENT ON TABLE productcodes.catalogue_municipalities IS
'welke gemeente welk catalogus gebruikt, per domein en periode';

-- Segments of a catalogue.
CREATE TABLE productcodes.segments (
	catalogue_id integer NOT NULL REFERENCES productcodes.catalogues,
	name		text NOT NULL CHECK (name <> ''),
	domain		text NOT NULL REFERENCES productcodes.domains,
	shipped		boolean NOT NULL DEFAULT false,
	PRIMARY KEY (catalogue_id, name),
	UNIQUE (catalogue_id, name, domain)
);
COMMENT ON TABLE productcodes.segments IS 'segmenten van een catalogus';

-- Products.  A code is unique within a catalogue at any moment; two
-- versions of it must not overlap in time.
CREATE TABLE productcodes.products (
	product_id	integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1000000) PRIMARY KEY,
	catalogue_id integer NOT NULL REFERENCES productcodes.catalogues,
	code		productcodes.productcode NOT NULL,
	category	text NOT NULL REFERENCES productcodes.categories (code),
	domain		text NOT NULL REFERENCES productcodes.domains,
	segment		text,
	sub_segment	text,
	name		text NOT NULL CHECK (name <> ''),
	description	text,
	description_pending boolean NOT NULL DEFAULT false,
	unit		text NOT NULL REFERENCES productcodes.units,
	frequency	text NOT NULL REFERENCES productcodes.frequencies,
	variant		text NOT NULL,
	validity	daterange NOT NULL DEFAULT '(,)'
				CHECK (NOT pg_catalog.isempty(validity)),
	local_ref	text,
	max_units_per_week integer CHECK (max_units_per_week > 0),
	max_units_per_year integer CHECK (max_units_per_year > 0),
	min_age_years integer CHECK (min_age_years BETWEEN 0 AND 130),
	max_age_years integer CHECK (max_age_years BETWEEN 1 AND 130),
	max_age_extended_years integer,
	until_state_pension_age boolean NOT NULL DEFAULT false,
	home_only	boolean NOT NULL DEFAULT false,
	example_code boolean NOT NULL DEFAULT false,
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT products_category_in_domain
		FOREIGN KEY (category, domain) REFERENCES productcodes.categories (code, domain),
	CONSTRAINT products_segment_in_catalogue_and_domain
		FOREIGN KEY (catalogue_id, segment, domain)
		REFERENCES productcodes.segments (catalogue_id, name, domain),
	CONSTRAINT products_unit_frequency_allowed
		FOREIGN KEY (variant, unit, frequency)
		REFERENCES productcodes.unit_frequency_combinations,
	CONSTRAINT products_pending_has_no_description
		CHECK (NOT (description_pending AND description IS NOT NULL)),
	CONSTRAINT products_age_range
		CHECK (min_age_years < max_age_years),
	CONSTRAINT products_extended_age_after_age
		CHECK (max_age_extended_years > max_age_years),
	CONSTRAINT products_one_upper_age
		CHECK (NOT (until_state_pension_age AND max_age_years IS NOT NULL)),
	CONSTRAINT products_code_versions_do_not_overlap
		EXCLUDE USING gist (catalogue_id WITH =, (code::text) WITH =, validity WITH &&)
);
COMMENT ON TABLE productcodes.products IS
'producten per catalogus met eenheid, frequentie, geldigheid en de grenzen die regels gebruiken';
COMMENT ON COLUMN productcodes.products.local_ref IS 'the region''s own reference, such as 2.02B';
COMMENT ON COLUMN productcodes.products.max_age_years IS
'client must be younger than this (exclusive)';
COMMENT ON COLUMN productcodes.products.max_age_extended_years IS
'verlengde jeugdhulp: care that started before max_age_years may continue below this age';
COMMENT ON COLUMN productcodes.products.until_state_pension_age IS
'client must be younger than the state pension age (table state_pension_ages)';
COMMENT ON COLUMN productcodes.products.home_only IS 'only for clients living at home (extramuraal)';
COMMENT ON COLUMN productcodes.products.example_code IS
'code invented for a source that names none (seed 004): a region replaces it with its own';

CREATE INDEX products_code_idx ON productcodes.products (code);

-- "product_id may only be declared on a day on which the client also has
-- an accepted row of at least one of its companion products".
CREATE TABLE productcodes.product_companions (
	product_id	integer NOT NULL REFERENCES productcodes.products ON DELETE CASCADE,
	companion_product_id integer NOT NULL REFERENCES productcodes.products ON DELETE CASCADE,
	shipped		boolean NOT NULL DEFAULT false,
	PRIMARY KEY (product_id, companion_product_id),
	CHECK (product_id <> companion_product_id)
);
COMMENT ON TABLE productcodes.product_companions IS
'producten die alleen gedeclareerd mogen worden op een dag met (minstens een van) deze producten';

-- Contract tariffs, in cents, per municipality and provider (NULL: any
-- provider of that municipality), code, unit and period.
CREATE TABLE productcodes.tariffs (
	tariff_id	bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000000) PRIMARY KEY,
	gemeentecode text NOT NULL REFERENCES productcodes.municipalities,
	agb			text CHECK (agb ~ '^[0-9]{8}$'),
	code		productcodes.productcode NOT NULL,
	unit		text NOT NULL REFERENCES productcodes.units,
	validity	daterange NOT NULL CHECK (NOT pg_catalog.isempty(validity)),
	tariff_cents integer NOT NULL CHECK (tariff_cents BETWEEN 0 AND 99999999),
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT tariffs_do_not_overlap
		EXCLUDE USING gist (gemeentecode WITH =, (COALESCE(agb, 'alle aanbieders')) WITH =,
							(code::text) WITH =, unit WITH =, validity WITH &&)
);
COMMENT ON TABLE productcodes.tariffs IS
'contracttarieven in centen; agb NULL = geldt voor elke aanbieder van de gemeente';

CREATE INDEX tariffs_lookup_idx ON productcodes.tariffs (gemeentecode, code);

/* ====================================================================
 * Rules for declaration rows.  Every rule the engine (src/validate.c)
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
	shipped		boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE productcodes.rules IS
'regels voor declaratieregels met retourcode (WJ001) en tekst in het Nederlands en Engels';
COMMENT ON COLUMN productcodes.rules.severity IS
'default: error rejects the row, warning keeps it accepted; see rule_settings';
/* Shipped rows, generated from the CSV files in data/. */
-- 2 rows from data/domains.csv
INSERT INTO productcodes.domains (code, name, law, shipped) VALUES
	(E'JW', E'Jeugd', E'Jeugdwet', true),
	(E'WMO', E'Wmo', E'Wet maatschappelijke ondersteuning 2015', true);

-- 42 rows from data/categories.csv
INSERT INTO productcodes.categories (code, domain, name, legacy, shipped) VALUES
	(E'31', E'JW', E'Wijk-/buurtteam', E'true', true),
	(E'32', E'JW', E'Ambulant op locatie aanbieder', E'true', true),
	(E'33', E'JW', E'Daghulp op locatie aanbieder', E'true', true),
	(E'34', E'JW', E'Jeugdhulp in netwerk jeugdige', E'true', true),
	(E'35', E'JW', E'Pleegzorg', E'true', true),
	(E'36', E'JW', E'Gezinsgericht', E'true', true),
	(E'37', E'JW', E'Gesloten plaatsing', E'true', true),
	(E'38', E'JW', E'Overig residentieel', E'true', true),
	(E'40', E'JW', E'Persoonlijke verzorging', E'false', true),
	(E'41', E'JW', E'Dagbehandeling', E'false', true),
	(E'42', E'JW', E'Vervoerdiensten', E'false', true),
	(E'43', E'JW', E'Jeugdhulp verblijf (incl. behandeling)', E'false', true),
	(E'44', E'JW', E'Jeugdhulp verblijf (excl. behandeling)', E'false', true),
	(E'45', E'JW', E'Jeugdhulp ambulant', E'false', true),
	(E'46', E'JW', E'Jeugdhulp crisis', E'false', true),
	(E'47', E'JW', E'Jeugdreclassering', E'false', true),
	(E'48', E'JW', E'Jeugdbescherming', E'false', true),
	(E'49', E'JW', E'Activiteiten in het preventief justitieel kader', E'false', true),
	(E'50', E'JW', E'Maatwerkarrangementen jeugd', E'false', true),
	(E'51', E'JW', E'Generalistische basis-ggz', E'false', true),
	(E'52', E'JW', E'Specialistische ggz', E'false', true),
	(E'53', E'JW', E'Kindergeneeskunde', E'false', true),
	(E'54', E'JW', E'Jeugd-ggz', E'false', true),
	(E'55', E'JW', E'Landelijk ingekochte zorg', E'false', true),
	(E'01', E'WMO', E'Hulp bij het huishouden', E'false', true),
	(E'02', E'WMO', E'Begeleiding', E'false', true),
	(E'03', E'WMO', E'Persoonlijke verzorging', E'false', true),
	(E'04', E'WMO', E'Kortdurend verblijf', E'false', true),
	(E'05', E'WMO', E'Woondiensten', E'false', true),
	(E'06', E'WMO', E'Overige ondersteuning gericht op het individu of huishouden/gezin', E'false', true),
	(E'07', E'WMO', E'Dagbesteding', E'false', true),
	(E'08', E'WMO', E'Vervoerdiensten', E'false', true),
	(E'09', E'WMO', E'Overige groepsgerichte ondersteuning', E'false', true),
	(E'10', E'WMO', E'Overige maatwerkarrangementen', E'false', true),
	(E'11', E'WMO', E'Rolstoelen', E'false', true),
	(E'12', E'WMO', E'Vervoervoorzieningen', E'false', true),
	(E'13', E'WMO', E'Woonvoorzieningen', E'false', true),
	(E'14', E'WMO', E'Overige hulpmiddelen', E'false', true),
	(E'15', E'WMO', E'Beschermd wonen', E'false', true),
	(E'16', E'WMO', E'Opvang', E'false', true),
	(E'17', E'WMO', E'Spoedopvang', E'false', true),
	(E'18', E'WMO', E'Overige beschermd wonen en opvang', E'false', true);

-- 7 rows from data/units.csv
INSERT INTO productcodes.units (code, name, minutes, shipped) VALUES
	(E'01', E'minuut', E'1', true),
	(E'04', E'uur', E'60', true),
	(E'14', E'etmaal', E'1440', true),
	(E'16', E'dagdeel (4 uur)', E'240', true),
	(E'82', E'stuks (output)', NULL, true),
	(E'83', E'euro''s', NULL, true),
	(E'84', E'stuks (inspanning)', NULL, true);

-- 4 rows from data/frequencies.csv
INSERT INTO productcodes.frequencies (code, name, period, shipped) VALUES
	(E'1', E'per dag', E'day', true),
	(E'2', E'per week', E'week', true),
	(E'4', E'per maand', E'month', true),
	(E'6', E'totaal binnen geldigheidsduur toewijzing', E'allocation', true);

-- 24 rows from data/unit_frequency_combinations.csv
INSERT INTO productcodes.unit_frequency_combinations (variant, unit, frequency, shipped) VALUES
	(E'inspanningsgericht', E'01', E'1', true),
	(E'inspanningsgericht', E'01', E'2', true),
	(E'inspanningsgericht', E'01', E'4', true),
	(E'inspanningsgericht', E'01', E'6', true),
	(E'inspanningsgericht', E'04', E'1', true),
	(E'inspanningsgericht', E'04', E'2', true),
	(E'inspanningsgericht', E'04', E'4', true),
	(E'inspanningsgericht', E'04', E'6', true),
	(E'inspanningsgericht', E'14', E'2', true),
	(E'inspanningsgericht', E'14', E'4', true),
	(E'inspanningsgericht', E'14', E'6', true),
	(E'inspanningsgericht', E'16', E'2', true),
	(E'inspanningsgericht', E'16', E'4', true),
	(E'inspanningsgericht', E'16', E'6', true),
	(E'inspanningsgericht', E'84', E'2', true),
	(E'inspanningsgericht', E'84', E'4', true),
	(E'inspanningsgericht', E'84', E'6', true),
	(E'outputgericht', E'82', E'1', true),
	(E'outputgericht', E'82', E'2', true),
	(E'outputgericht', E'82', E'4', true),
	(E'outputgericht', E'82', E'6', true),
	(E'outputgericht', E'83', E'2', true),
	(E'outputgericht', E'83', E'4', true),
	(E'outputgericht', E'83', E'6', true);

-- 342 rows from data/municipalities.csv
INSERT INTO productcodes.municipalities (gemeentecode, name, province, youth_region, validity, shipped) VALUES
	(E'0014', E'Groningen', E'Groningen', E'Groningen', E'[,)', true),
	(E'0034', E'Almere', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'0037', E'Stadskanaal', E'Groningen', E'Groningen', E'[,)', true),
	(E'0047', E'Veendam', E'Groningen', E'Groningen', E'[,)', true),
	(E'0050', E'Zeewolde', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'0059', E'Achtkarspelen', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0060', E'Ameland', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0072', E'Harlingen', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0074', E'Heerenveen', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0080', E'Leeuwarden', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0085', E'Ooststellingwerf', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0086', E'Opsterland', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0088', E'Schiermonnikoog', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0090', E'Smallingerland', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0093', E'Terschelling', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0096', E'Vlieland', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0098', E'Weststellingwerf', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0106', E'Assen', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'0109', E'Coevorden', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'0114', E'Emmen', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'0118', E'Hoogeveen', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'0119', E'Meppel', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'0141', E'Almelo', E'Overijssel', E'Twente', E'[,)', true),
	(E'0147', E'Borne', E'Overijssel', E'Twente', E'[,)', true),
	(E'0148', E'Dalfsen', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0150', E'Deventer', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0153', E'Enschede', E'Overijssel', E'Twente', E'[,)', true),
	(E'0158', E'Haaksbergen', E'Overijssel', E'Twente', E'[,)', true),
	(E'0160', E'Hardenberg', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0163', E'Hellendoorn', E'Overijssel', E'Twente', E'[,)', true),
	(E'0164', E'Hengelo (O.)', E'Overijssel', E'Twente', E'[,)', true),
	(E'0166', E'Kampen', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0168', E'Losser', E'Overijssel', E'Twente', E'[,)', true),
	(E'0171', E'Noordoostpolder', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'0173', E'Oldenzaal', E'Overijssel', E'Twente', E'[,)', true),
	(E'0175', E'Ommen', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0177', E'Raalte', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0180', E'Staphorst', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0183', E'Tubbergen', E'Overijssel', E'Twente', E'[,)', true),
	(E'0184', E'Urk', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'0189', E'Wierden', E'Overijssel', E'Twente', E'[,)', true),
	(E'0193', E'Zwolle', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'0197', E'Aalten', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'0200', E'Apeldoorn', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0202', E'Arnhem', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0203', E'Barneveld', E'Gelderland', E'Food Valley', E'[,)', true),
	(E'0209', E'Beuningen', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'0213', E'Brummen', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0214', E'Buren', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0216', E'Culemborg', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0221', E'Doesburg', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0222', E'Doetinchem', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'0225', E'Druten', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'0226', E'Duiven', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0228', E'Ede', E'Gelderland', E'Food Valley', E'[,)', true),
	(E'0230', E'Elburg', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0232', E'Epe', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0233', E'Ermelo', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0243', E'Harderwijk', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0244', E'Hattem', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0246', E'Heerde', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0252', E'Heumen', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'0262', E'Lochem', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0263', E'Maasdriel', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0267', E'Nijkerk', E'Gelderland', E'Food Valley', E'[,)', true),
	(E'0268', E'Nijmegen', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'0269', E'Oldebroek', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0273', E'Putten', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0274', E'Renkum', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0275', E'Rheden', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0277', E'Rozendaal', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0279', E'Scherpenzeel', E'Gelderland', E'Food Valley', E'[,)', true),
	(E'0281', E'Tiel', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0285', E'Voorst', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0289', E'Wageningen', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0293', E'Westervoort', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0294', E'Winterswijk', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'0296', E'Wijchen', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'0297', E'Zaltbommel', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0299', E'Zevenaar', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'0301', E'Zutphen', E'Gelderland', E'Midden IJssel-Oost Veluwe', E'[,)', true),
	(E'0302', E'Nunspeet', E'Gelderland', E'Noord Veluwe', E'[,)', true),
	(E'0303', E'Dronten', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'0307', E'Amersfoort', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0308', E'Baarn', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0310', E'De Bilt', E'Utrecht', E'Zuid-Oost Utrecht', E'[,)', true),
	(E'0312', E'Bunnik', E'Utrecht', E'Zuid-Oost Utrecht', E'[,)', true),
	(E'0313', E'Bunschoten', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0317', E'Eemnes', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0321', E'Houten', E'Utrecht', E'Lekstroom', E'[,)', true),
	(E'0327', E'Leusden', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0331', E'Lopik', E'Utrecht', E'Lekstroom', E'[,)', true),
	(E'0335', E'Montfoort', E'Utrecht', E'Utrecht-West', E'[,)', true),
	(E'0339', E'Renswoude', E'Utrecht', E'Food Valley', E'[,)', true),
	(E'0340', E'Rhenen', E'Utrecht', E'Food Valley', E'[,)', true),
	(E'0342', E'Soest', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0344', E'Utrecht', E'Utrecht', E'Utrecht stad', E'[,)', true),
	(E'0345', E'Veenendaal', E'Utrecht', E'Food Valley', E'[,)', true),
	(E'0351', E'Woudenberg', E'Utrecht', E'Eemland', E'[,)', true),
	(E'0352', E'Wijk bij Duurstede', E'Utrecht', E'Zuid-Oost Utrecht', E'[,)', true),
	(E'0353', E'IJsselstein', E'Utrecht', E'Lekstroom', E'[,)', true),
	(E'0355', E'Zeist', E'Utrecht', E'Zuid-Oost Utrecht', E'[,)', true),
	(E'0356', E'Nieuwegein', E'Utrecht', E'Lekstroom', E'[,)', true),
	(E'0358', E'Aalsmeer', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0361', E'Alkmaar', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'0362', E'Amstelveen', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0363', E'Amsterdam', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0373', E'Bergen (NH.)', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'0375', E'Beverwijk', E'Noord-Holland', E'Midden Kennemerland', E'[,)', true),
	(E'0376', E'Blaricum', E'Noord-Holland', E'Gooi-en Vechtstreek', E'[,)', true),
	(E'0377', E'Bloemendaal', E'Noord-Holland', E'Zuid-Kennemerland', E'[,)', true),
	(E'0383', E'Castricum', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'0384', E'Diemen', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0385', E'Edam-Volendam', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0388', E'Enkhuizen', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0392', E'Haarlem', E'Noord-Holland', E'Zuid-Kennemerland', E'[,)', true),
	(E'0394', E'Haarlemmermeer', E'Noord-Holland', E'Haarlemmermeer', E'[,)', true),
	(E'0396', E'Heemskerk', E'Noord-Holland', E'Midden Kennemerland', E'[,)', true),
	(E'0397', E'Heemstede', E'Noord-Holland', E'Zuid-Kennemerland', E'[,)', true),
	(E'0399', E'Heiloo', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'0400', E'Den Helder', E'Noord-Holland', E'Kop van Noord-Holland', E'[,)', true),
	(E'0402', E'Hilversum', E'Noord-Holland', E'Gooi-en Vechtstreek', E'[,)', true),
	(E'0405', E'Hoorn', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0406', E'Huizen', E'Noord-Holland', E'Gooi-en Vechtstreek', E'[,)', true),
	(E'0415', E'Landsmeer', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0417', E'Laren (NH.)', E'Noord-Holland', E'Gooi-en Vechtstreek', E'[,)', true),
	(E'0420', E'Medemblik', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0431', E'Oostzaan', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0432', E'Opmeer', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0437', E'Ouder-Amstel', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0439', E'Purmerend', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0441', E'Schagen', E'Noord-Holland', E'Kop van Noord-Holland', E'[,)', true),
	(E'0448', E'Texel', E'Noord-Holland', E'Kop van Noord-Holland', E'[,)', true),
	(E'0450', E'Uitgeest', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'0451', E'Uithoorn', E'Noord-Holland', E'Amsterdam-Amstelland', E'[,)', true),
	(E'0453', E'Velsen', E'Noord-Holland', E'Midden Kennemerland', E'[,)', true),
	(E'0473', E'Zandvoort', E'Noord-Holland', E'Zuid-Kennemerland', E'[,)', true),
	(E'0479', E'Zaanstad', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0482', E'Alblasserdam', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0484', E'Alphen aan den Rijn', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0489', E'Barendrecht', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0498', E'Drechterland', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0502', E'Capelle aan den IJssel', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0503', E'Delft', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0505', E'Dordrecht', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0512', E'Gorinchem', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0513', E'Gouda', E'Zuid-Holland', E'Midden Holland', E'[,)', true),
	(E'0518', E'''s-Gravenhage', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0523', E'Hardinxveld-Giessendam', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0531', E'Hendrik-Ido-Ambacht', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0532', E'Stede Broec', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'0534', E'Hillegom', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0537', E'Katwijk', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0542', E'Krimpen aan den IJssel', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0546', E'Leiden', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0547', E'Leiderdorp', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0553', E'Lisse', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0556', E'Maassluis', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0569', E'Nieuwkoop', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0575', E'Noordwijk', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0579', E'Oegstgeest', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0589', E'Oudewater', E'Utrecht', E'Utrecht-West', E'[,)', true),
	(E'0590', E'Papendrecht', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0597', E'Ridderkerk', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0599', E'Rotterdam', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0603', E'Rijswijk (ZH.)', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0606', E'Schiedam', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0610', E'Sliedrecht', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0613', E'Albrandswaard', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0622', E'Vlaardingen', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'0626', E'Voorschoten', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0627', E'Waddinxveen', E'Zuid-Holland', E'Midden Holland', E'[,)', true),
	(E'0629', E'Wassenaar', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0632', E'Woerden', E'Utrecht', E'Utrecht-West', E'[,)', true),
	(E'0637', E'Zoetermeer', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'0638', E'Zoeterwoude', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'0642', E'Zwijndrecht', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'0654', E'Borsele', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0664', E'Goes', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0668', E'West Maas en Waal', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'0677', E'Hulst', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0678', E'Kapelle', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0687', E'Middelburg (Z.)', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0703', E'Reimerswaal', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0715', E'Terneuzen', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0716', E'Tholen', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0717', E'Veere', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0718', E'Vlissingen', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'0736', E'De Ronde Venen', E'Utrecht', E'Utrecht-West', E'[,)', true),
	(E'0737', E'Tytsjerksteradiel', E'Fryslân', E'Friesland', E'[,)', true),
	(E'0743', E'Asten', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0744', E'Baarle-Nassau', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'0748', E'Bergen op Zoom', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0753', E'Best', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0755', E'Boekel', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0757', E'Boxtel', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0758', E'Breda', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'0762', E'Deurne', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0765', E'Pekela', E'Groningen', E'Groningen', E'[,)', true),
	(E'0766', E'Dongen', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0770', E'Eersel', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0772', E'Eindhoven', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0777', E'Etten-Leur', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0779', E'Geertruidenberg', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'0784', E'Gilze en Rijen', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0785', E'Goirle', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0794', E'Helmond', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0796', E'''s-Hertogenbosch', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0797', E'Heusden', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0798', E'Hilvarenbeek', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0809', E'Loon op Zand', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0820', E'Nuenen, Gerwen en Nederwetten', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0823', E'Oirschot', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0824', E'Oisterwijk', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0826', E'Oosterhout', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'0828', E'Oss', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0840', E'Rucphen', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0845', E'Sint-Michielsgestel', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0847', E'Someren', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0848', E'Son en Breugel', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0851', E'Steenbergen', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0852', E'Waterland', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0855', E'Tilburg', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0858', E'Valkenswaard', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0861', E'Veldhoven', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0865', E'Vught', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'0866', E'Waalre', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'0867', E'Waalwijk', E'Noord-Brabant', E'Midden Brabant', E'[,)', true),
	(E'0873', E'Woensdrecht', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0879', E'Zundert', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'0880', E'Wormerland', E'Noord-Holland', E'Zaanstreek-Waterland', E'[,)', true),
	(E'0882', E'Landgraaf', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0888', E'Beek (L.)', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0889', E'Beesel', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'0893', E'Bergen (L.)', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'0899', E'Brunssum', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0907', E'Gennep', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'0917', E'Heerlen', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0928', E'Kerkrade', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0935', E'Maastricht', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0938', E'Meerssen', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0944', E'Mook en Middelaar', E'Limburg', E'Rijk van Nijmegen', E'[,)', true),
	(E'0946', E'Nederweert', E'Limburg', E'Midden Limburg West', E'[,)', true),
	(E'0957', E'Roermond', E'Limburg', E'Midden Limburg Oost', E'[,)', true),
	(E'0965', E'Simpelveld', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0971', E'Stein (L.)', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0981', E'Vaals', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0983', E'Venlo', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'0984', E'Venray', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'0986', E'Voerendaal', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0988', E'Weert', E'Limburg', E'Midden Limburg West', E'[,)', true),
	(E'0994', E'Valkenburg aan de Geul', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'0995', E'Lelystad', E'Flevoland', E'Flevoland', E'[,)', true),
	(E'1507', E'Horst aan de Maas', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'1509', E'Oude IJsselstreek', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'1525', E'Teylingen', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'1581', E'Utrechtse Heuvelrug', E'Utrecht', E'Zuid-Oost Utrecht', E'[,)', true),
	(E'1586', E'Oost Gelre', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'1598', E'Koggenland', E'Noord-Holland', E'West-Friesland', E'[,)', true),
	(E'1621', E'Lansingerland', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'1640', E'Leudal', E'Limburg', E'Midden Limburg West', E'[,)', true),
	(E'1641', E'Maasgouw', E'Limburg', E'Midden Limburg Oost', E'[,)', true),
	(E'1652', E'Gemert-Bakel', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1655', E'Halderberge', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'1658', E'Heeze-Leende', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1659', E'Laarbeek', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1667', E'Reusel-De Mierden', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1669', E'Roerdalen', E'Limburg', E'Midden Limburg Oost', E'[,)', true),
	(E'1674', E'Roosendaal', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'1676', E'Schouwen-Duiveland', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'1680', E'Aa en Hunze', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1681', E'Borger-Odoorn', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1690', E'De Wolden', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1695', E'Noord-Beveland', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'1696', E'Wijdemeren', E'Noord-Holland', E'Utrecht-West', E'[,)', true),
	(E'1699', E'Noordenveld', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1700', E'Twenterand', E'Overijssel', E'Twente', E'[,)', true),
	(E'1701', E'Westerveld', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1705', E'Lingewaard', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'1706', E'Cranendonck', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1708', E'Steenwijkerland', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'1709', E'Moerdijk', E'Noord-Brabant', E'West-Brabant-West', E'[,)', true),
	(E'1711', E'Echt-Susteren', E'Limburg', E'Midden Limburg Oost', E'[,)', true),
	(E'1714', E'Sluis', E'Zeeland', E'Zeeland', E'[,)', true),
	(E'1719', E'Drimmelen', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'1721', E'Bernheze', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'1723', E'Alphen-Chaam', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'1724', E'Bergeijk', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1728', E'Bladel', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1729', E'Gulpen-Wittem', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'1730', E'Tynaarlo', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1731', E'Midden-Drenthe', E'Drenthe', E'Drenthe', E'[,)', true),
	(E'1734', E'Overbetuwe', E'Gelderland', E'Arnhem', E'[,)', true),
	(E'1735', E'Hof van Twente', E'Overijssel', E'Twente', E'[,)', true),
	(E'1740', E'Neder-Betuwe', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'1742', E'Rijssen-Holten', E'Overijssel', E'Twente', E'[,)', true),
	(E'1771', E'Geldrop-Mierlo', E'Noord-Brabant', E'Zuid-Oost Brabant', E'[,)', true),
	(E'1773', E'Olst-Wijhe', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'1774', E'Dinkelland', E'Overijssel', E'Twente', E'[,)', true),
	(E'1783', E'Westland', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'1842', E'Midden-Delfland', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'1859', E'Berkelland', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'1876', E'Bronckhorst', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'1883', E'Sittard-Geleen', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'1884', E'Kaag en Braassem', E'Zuid-Holland', E'Holland-Rijnland', E'[,)', true),
	(E'1891', E'Dantumadiel', E'Fryslân', E'Friesland', E'[,)', true),
	(E'1892', E'Zuidplas', E'Zuid-Holland', E'Midden Holland', E'[,)', true),
	(E'1894', E'Peel en Maas', E'Limburg', E'Noord Limburg', E'[,)', true),
	(E'1895', E'Oldambt', E'Groningen', E'Groningen', E'[,)', true),
	(E'1896', E'Zwartewaterland', E'Overijssel', E'IJsselland', E'[,)', true),
	(E'1900', E'Súdwest-Fryslân', E'Fryslân', E'Friesland', E'[,)', true),
	(E'1901', E'Bodegraven-Reeuwijk', E'Zuid-Holland', E'Midden Holland', E'[,)', true),
	(E'1903', E'Eijsden-Margraten', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'1904', E'Stichtse Vecht', E'Utrecht', E'Utrecht-West', E'[,)', true),
	(E'1911', E'Hollands Kroon', E'Noord-Holland', E'Kop van Noord-Holland', E'[,)', true),
	(E'1916', E'Leidschendam-Voorburg', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'1924', E'Goeree-Overflakkee', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'1926', E'Pijnacker-Nootdorp', E'Zuid-Holland', E'Haaglanden', E'[,)', true),
	(E'1930', E'Nissewaard', E'Zuid-Holland', E'Rijnmond', E'[,)', true),
	(E'1931', E'Krimpenerwaard', E'Zuid-Holland', E'Midden Holland', E'[,)', true),
	(E'1940', E'De Fryske Marren', E'Fryslân', E'Friesland', E'[,)', true),
	(E'1942', E'Gooise Meren', E'Noord-Holland', E'Gooi-en Vechtstreek', E'[,)', true),
	(E'1945', E'Berg en Dal', E'Gelderland', E'Rijk van Nijmegen', E'[,)', true),
	(E'1948', E'Meierijstad', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'1949', E'Waadhoeke', E'Fryslân', E'Friesland', E'[,)', true),
	(E'1950', E'Westerwolde', E'Groningen', E'Groningen', E'[,)', true),
	(E'1952', E'Midden-Groningen', E'Groningen', E'Groningen', E'[,)', true),
	(E'1954', E'Beekdaelen', E'Limburg', E'Zuid-Limburg', E'[,)', true),
	(E'1955', E'Montferland', E'Gelderland', E'Achterhoek', E'[,)', true),
	(E'1959', E'Altena', E'Noord-Brabant', E'West-Brabant-Oost', E'[,)', true),
	(E'1960', E'West Betuwe', E'Gelderland', E'Rivierenland', E'[,)', true),
	(E'1961', E'Vijfheerenlanden', E'Utrecht', E'Lekstroom', E'[,)', true),
	(E'1963', E'Hoeksche Waard', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'1966', E'Het Hogeland', E'Groningen', E'Groningen', E'[,)', true),
	(E'1969', E'Westerkwartier', E'Groningen', E'Groningen', E'[,)', true),
	(E'1970', E'Noardeast-Fryslân', E'Fryslân', E'Friesland', E'[,)', true),
	(E'1978', E'Molenlanden', E'Zuid-Holland', E'Zuid-Holland Zuid', E'[,)', true),
	(E'1979', E'Eemsdelta', E'Groningen', E'Groningen', E'[,)', true),
	(E'1980', E'Dijk en Waard', E'Noord-Holland', E'Noord-Kennemerland', E'[,)', true),
	(E'1982', E'Land van Cuijk', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'1991', E'Maashorst', E'Noord-Brabant', E'Noord-Oost Brabant', E'[,)', true),
	(E'1992', E'Voorne aan Zee', E'Zuid-Holland', E'Rijnmond', E'[,)', true);

-- 2 rows from data/state_pension_ages.csv
INSERT INTO productcodes.state_pension_ages (years, months, validity, shipped) VALUES
	(E'67', E'0', E'[2024-01-01,2028-01-01)', true),
	(E'67', E'3', E'[2028-01-01,)', true);

-- 2 rows from data/catalogues.csv
INSERT INTO productcodes.catalogues (catalogue_id, name, issuer, version_date, source, validity, shipped) OVERRIDING SYSTEM VALUE VALUES
	(E'1', E'Handboek productcodes', NULL, E'2022-09-13', E'seed 000 (Handboek productcodes versie 13 september 2022)', E'[2022-09-13,)', true),
	(E'2', E'Productcategorieën Wmo Utrecht West', E'Regio Utrecht West', NULL, E'seed 004 (categorieënlijst Wmo regio Utrecht West; productcodes zijn voorbeeldcodes)', E'[,)', true);

-- 6 rows from data/catalogue_municipalities.csv
INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity, shipped) VALUES
	(E'2', E'0335', E'WMO', E'[,)', true),
	(E'2', E'0589', E'WMO', E'[,)', true),
	(E'2', E'0632', E'WMO', E'[,)', true),
	(E'2', E'0736', E'WMO', E'[,)', true),
	(E'2', E'1696', E'WMO', E'[,)', true),
	(E'2', E'1904', E'WMO', E'[,)', true);

-- 10 rows from data/segments.csv
INSERT INTO productcodes.segments (catalogue_id, domain, name, shipped) VALUES
	(E'1', E'JW', E'Gezins- en Woonvormen', true),
	(E'1', E'JW', E'Integrale Ambulante Jeugdhulp', true),
	(E'1', E'WMO', E'Wmo Wonen', true),
	(E'1', E'WMO', E'Wmo Integrale Ondersteuning', true),
	(E'1', E'WMO', E'Wmo Logeren', true),
	(E'2', E'WMO', E'Arbeidsmatige dagbesteding', true),
	(E'2', E'WMO', E'Begeleiding groep', true),
	(E'2', E'WMO', E'Begeleiding individueel', true),
	(E'2', E'WMO', E'Kortdurend verblijf', true),
	(E'2', E'WMO', E'Vervoer', true);

-- 31 rows from data/products.csv
INSERT INTO productcodes.products (product_id, catalogue_id, code, category, domain, segment, sub_segment, name, description, description_pending, unit, frequency, variant, local_ref, max_units_per_week, max_units_per_year, min_age_years, max_age_years, max_age_extended_years, until_state_pension_age, home_only, example_code, validity, shipped) OVERRIDING SYSTEM VALUE VALUES
	(E'1', E'1', E'43Z03', E'43', E'JW', E'Gezins- en Woonvormen', E'Wonen gericht op zelfstandigheid', E'Wonen gericht op zelfstandigheid', E'Betreft vormen van zelfstandigheidstraining. Bijvoorbeeld kamertraining of begeleid wonen. Het kan geboden worden in een gezamenlijk huis met verschillende kamers en/of appartementen (of geschakelde woningen), met mogelijkheden om te leren koken, wassen etc. Het verblijf wordt geboden in een veilige omgeving, waarin wordt toegewerkt naar zelfstandigheid van de jeugdige en waar ''wonen in de wijk'' centraal staat. De begeleiding van de jeugdigen is gericht op het zelfstandig leren functioneren op sociaal, emotioneel en praktisch gebied waarbij veiligheid (fysiek en sociaal) gewaarborgd is. Het betreft een kleinschalige opvang met een hierbij passende groepsgrootte. De begeleiding is afgestemd op de behoefte, competenties en ontwikkeling van de jeugdige. Enerzijds krijgt een jeugdige de ruimte om zich te ontwikkelen richting zelfstandigheid, anderzijds is er sprake van 24/7 uur achtervang en bereikbaarheid.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'2', E'1', E'43Z04', E'43', E'JW', E'Gezins- en Woonvormen', E'Verblijf Groep', E'Verblijf Groep', E'Betreft het bieden van een veilige en stabiele opgroeiomgeving, wanneer daar in de thuissituatie geen invulling aan kan worden gegeven. De plaatsing is gericht op continuïteit en het voorkomen van breuken (overplaatsingen) in het leven van de jeugdige. Daarbij werkt de opdrachtnemer gezins- en netwerkgericht, waardoor er een continue verbinding is tussen de jeugdigen, hun gezin, het netwerk, onderwijs, de leefgroep en de naaste omgeving. Binnen het verblijf is sprake van een positief, veilig, open en ontwikkelgericht leefklimaat. De begeleiding helpt de jeugdige, luistert en leert de jeugdige dingen die zinvol zijn voor de toekomst. Het verblijf op de groep wordt zo kleinschalig en gezinsgericht mogelijk vormgegeven. Dit sub-segment heeft (intensieve) begeleiding als basis. Het gaat om een verblijfsgroep met 24/7 toezicht en begeleiding. Het wordt aangeboden op de locatie van de jeugdhulpaanbieder. Het verblijf bestaat uit verzorging, dagelijkse opvoeding en begeleiding van de jeugdige. Dit gebeurt binnen een goed pedagogisch klimaat in een kindvriendelijke omgeving. Het betreft een kleinschalige opvang, met een hierbij passende groepsgrootte. De begeleiding is afgestemd op de behoefte, competenties en ontwikkeling van de jeugdige. Onderdeel van de dienstverlening kunnen ook individuele interventies zijn, deels uitgevoerd of onder supervisie van een gedragswetenschapper. Wanneer de omgeving het toelaat, is deze woonvoorziening zo dicht mogelijk bij de leefomgeving van de jeugdige. Plaatsing is altijd gericht op perspectief. Indien mogelijk, gaat een jeugdige zo snel als kan terug naar biologische ouders/ het gezin van herkomst. Blijkt dit niet mogelijk, dan is het van belang om zo dicht mogelijk aan te sluiten bij een continue en veilige opvoedingssituatie. Dit is een situatie waarbij de jeugdige optimale ontwikkelingsmogelijkheden heeft en zo ''gewoon'' mogelijk kan opgroeien.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'3', E'1', E'43Z02', E'43', E'JW', E'Gezins- en Woonvormen', E'Gezinshuizenzorg', E'Gezinshuizenzorg', E'Betreft wonen en begeleiding in een gezinsvorm. In een gezinshuis wonen gezinshuisouders met meerdere geplaatste jeugdigen en soms met eigen kinderen. Gezinshuisouders zijn vaste professionele opvoeders. Ze oefenen zeven dagen per week 24 uur per dag hun beroep uit en zijn ook 24/7 beschikbaar. Een gezinshuis biedt een vervangende gezinssituatie en een veilige, stabiele opvoed- en opgroeiomgeving. Dit betekent professionele zorg en ondersteuning. Vanwege de professionele opvoedrelatie in een gezinshuis, kan aan de jeugdige een stabiele plaatsing in een gezinshuis worden geboden. Een doelstelling is om toe te werken naar ander gedrag van de jeugdige. Het verblijf in een gezinshuis draagt bij aan het oplossen van ontstane problemen in de eigen omgeving van de jeugdige.

Plaatsing in een gezinshuis is altijd gericht op perspectief. Indien de situatie het toelaat, wordt gestreefd naar terugkeer van de jeugdige naar de biologische ouders/het gezin van herkomst. Blijkt dit niet mogelijk, dan is het van belang om zo dicht mogelijk aan te sluiten bij een continue en veilige opvoedingssituatie. Dit is een situatie waarbij de jeugdige optimale ontwikkelingsmogelijkheden heeft en zo ''gewoon'' mogelijk kan opgroeien.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'4', E'1', E'43Z01', E'43', E'JW', E'Gezins- en Woonvormen', E'Pleegzorg', E'Pleegzorg', E'Houdt in een normale gezinssituatie buiten het eigen gezin, begeleid door een professional(s). De jeugdhulpaanbieder biedt het pleeggezin, de ouders en de jeugdige begeleiding en ondersteuning. Doel van pleegzorg is de realisatie van een veilige opvoedingssituatie, waarbinnen de jeugdige optimale ontwikkelingsmogelijkheden heeft. Indien de situatie in het gezin van herkomst het toelaat, wordt gestreefd naar terugkeer van de jeugdige naar biologische ouders/het gezin van herkomst. Heeft de jeugdige geen uitzicht meer op terugkeer naar het gezin van herkomst, dan is het doel een continue en veilige opvoedingssituatie te bieden waar de jeugdige optimale ontwikkelingsmogelijkheden heeft en zo ''gewoon'' mogelijk kan opgroeien. Pleegzorg kan plaatsvinden in netwerkgezinnen (bekenden van het gezin of de jeugdige) en bestandsgezinnen (gezinnen die zich bij een zorgaanbieder hebben aangemeld). Het voordeel van netwerkpleegzorg is dat de jeugdige wordt opgevangen in een vertrouwd gezin. De jeugdige is vaak ook bekend met de rituelen en gebruiken uit de cultuur of religie van dit gezin. Netwerkpleegzorg verdient om deze redenen de voorkeur boven pleegzorg vanuit bestandsgezinnen. Pas als netwerkpleegzorg niet mogelijk blijkt, wordt gezocht naar een pleeggezin uit het bestand van de pleegzorgaanbieder. Pleegzorg kan bestaan uit voltijdpleegzorg of deeltijdpleegzorg. De varianten zijn beschreven in het Programma van eisen Pleegzorg van de VNG20. Binnen pleegzorg is specifiek aandacht voor werving, selectie en borging. En ook voor nazorg voor zowel de jeugdige als pleegouder. Dit om een breakdown te voorkomen. Maar ook om ervoor te zorgen dat de pleegouders zo optimaal mogelijk worden ondersteund.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'5', E'1', E'46Z01', E'46', E'JW', E'Integrale Ambulante Jeugdhulp', E'Ambulante Spoedzorg', E'Ambulante Spoedzorg', E'Wordt ingezet om te acteren op acute onveiligheid of crisissituaties. De methode kan tevens worden ingezet na de crisisinterventie vanuit Spoed Eisende Zorg (SEZ) en/of de crisisdienst GGZ. Ambulante Spoedhulp is, conform de methodiek Ambulante Spoed Hulp (ASH), een kortdurende, intensieve, activerende hulpverleningsvorm. Deze hulpverlening verkent en ordent de problematiek, biedt gezinsleden structuur en veiligheid, activeert het sociaal netwerk van het gezin, vergroot het probleemoplossend vermogen van de afzonderlijke gezinsleden en herstelt de regie in het gezin. Al dan niet in combinatie met toeleiding naar aanvullende (intensieve) hulpverlening.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'6', E'1', E'54Z01', E'54', E'JW', E'Integrale Ambulante Jeugdhulp', E'Behandeling', E'Behandeling', E'Gericht op herstel, genezing, ontwikkeling, stabiliseren en/of hanteerbaar maken van problemen in het dagelijks functioneren. Deze kunnen van pedagogische, systemische of psychologische/psychiatrische aard zijn. Daarbij hoort het verbeteren van algemene competenties en vaardigheden. Voorbeelden: basis GGZ, (hoog) specialistische GGZ, pharmacotherapie, bewezen interventies volgens databank NJi, diagnostiek, vraagverduidelijking, (intensieve) systeeminterventies.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'7', E'1', E'54Z02', E'54', E'JW', E'Integrale Ambulante Jeugdhulp', E'Medicatie Controle', E'Medicatie Controle', NULL, E'true', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'8', E'1', E'54Z03', E'54', E'JW', E'Integrale Ambulante Jeugdhulp', E'Onderwijs Zorg Arrangement', E'Onderwijs Zorg Arrangement', NULL, E'true', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'9', E'1', E'45Z01', E'45', E'JW', E'Integrale Ambulante Jeugdhulp', E'Ondersteuning', E'Ondersteuning', E'Gericht op herstel, verbeteren, ontwikkelen, stabiliseren en/of compenseren van de zelfredzaamheid, het welbevinden en/of de kwaliteit van leven (niet zijnde persoonlijke verzorging). Hieraan kan psychische/psychosociale problematiek ten grondslag liggen. Voorbeelden: begeleiding, logeren.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'10', E'1', E'40Z01', E'40', E'JW', E'Integrale Ambulante Jeugdhulp', E'Persoonlijke Verzorging', E'Persoonlijke Verzorging', E'Aan jeugdigen met een verstandelijke, lichamelijke, zintuiglijke, somatische of psychische aandoening met een tekort aan zelfredzaamheid bij persoonlijke verzorging. Het gaat om hulp bij Algemene Dagelijkse Levensverrichtingen (ADL-taken) en eventueel ook om de controle van lichaamsfuncties, voor zover die zorg gericht is op het opheffen van een tekort aan bij algemene dagelijkse verrichtingen. De ondersteuning richt zich op het vergroten van de zelfredzaamheid van de jeugdige. Indien mogelijk is de inzet gericht op het in de toekomst zelf of met familie uitvoeren van de taken.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'11', E'1', E'42Z01', E'42', E'JW', E'Integrale Ambulante Jeugdhulp', E'Vervoer', E'Vervoer', E'Indien de jeugdige en/of zijn sociale omgeving niet in staat zijn om zelfstandig vervoer te regelen naar hulp buitenshuis, dan valt dit onder de verantwoordelijkheid van de opdrachtgever. De opdrachtgever organiseert dit middels inzet van een derde. De opdrachtnemer heeft de keuze om zelf vervoer te organiseren.

Vervoer door opdrachtnemer: Heeft de opdrachtnemer aangegeven het vervoer tijdens de uitvoering van het contract zelf te organiseren, dan geldt dat de opdrachtnemer het vervoer dient te organiseren als de jeugdige en zijn omgeving geen mogelijkheid hebben om de locatie van de ondersteuning of behandeling te bereiken. De opdrachtnemer mag aan de jeugdige geen bijdrage voor het vervoer vragen. De opdrachtnemer regelt in samenspraak met de jeugdige passend en veilig vervoer. Dit betekent dat een jeugdige binnen een redelijke tijd voor aanvang en na afloop van de ondersteuning wordt opgehaald en thuisgebracht. De zorgaanbieder mag het vervoer collectief/groepsgewijs regelen voor meerdere cliënten. Doelgroepen mogen worden gemengd en inzetten van vrijwilligers is eventueel mogelijk. Vereist de ondersteuningsvraag van de jeugdige dat deze individueel vervoerd moet worden of met rolstoelvervoer, dan dient de zorgaanbieder daarvoor passend (individueel) vervoer te regelen. Opdrachtnemer zorgt voor de kwaliteit van de chauffeur met de volgende basiseisen:

Voor elke in te zetten chauffeur is vereist dat de chauffeur:

- de diverse beperkingen en ziektebeelden van de doelgroep herkent en hiermee kan omgaan;
- verantwoordelijk is voor veilig vervoer en de rijstijl aanpast aan de weersomstandigheden;
- in het bezit is van een EHBO-certificaat of gelijkwaardig. Op verzoek moeten certificaten worden overhandigd aan de opdrachtgever (inclusief het bewijs van de meest recente herhalingscursus);
- geen medische handelingen verricht anders dan waarvoor hij of zij bevoegd is.

Opdrachtnemer draagt zorg voor de veiligheid en kwaliteit van de voertuigen.

Voertuigen zijn voorzien van:

- Verbandtrommel, brandblusser, blusdeken, noodhamer en gordelsnijder;
- Kinderslot;
- Zitplaatsen die allen zijn voorzien van een veiligheidsgordel die geschikt is voor alle reizigersgroepen, waaronder ook kinderen.

Opdrachtgever stelt voorwaarden aan het vervoer voor wat betreft rolstoelvervoer: Chauffeurs dienen op de hoogte te zijn en te werken volgens de meest actuele Code Veilig Vervoeren van Rolstoelgebruikers (Code VVR).

Vervoer door opdrachtgever: Indien Inschrijver besluit het vervoer niet tot haar verantwoordelijkheid te nemen en vervoer benodigd is, organiseert de opdrachtgever dit middels de inzet van een derde partij. Vervoer wordt ingezet nadat door de opdrachtgever vastgesteld is dat de cliënt of haar sociale omgeving het vervoer niet kan uitvoeren en er ook geen mogelijkheid is de zorg passend en meer nabij te organiseren. De vervoerder ingezet door opdrachtgever neemt contact op met zorgaanbieder om de haal- en brengtijden af te spreken. Van aanbieder wordt het volgende verwacht:

- Begrip dat niet alle cliënten op hetzelfde moment gehaald respectievelijk gebracht kunnen worden en dat gestreefd wordt naar een zo efficiënt mogelijk vervoer van cliënten, waarbij de vervoerder ingezet door opdrachtgever ook oog heeft voor een doelmatige zorgverlening;
- Een open en flexibele (gespreks-)houding met betrekking tot de begin- en eindtijden van de ondersteuning of behandeling, met de volgende uitgangspunten:
  - Basis voor de planning zijn de door de zorgaanbieder gewenste begin- en eindtijden met een marge van 15 minuten;
  - De begin- en eindtijden worden per cliënt per dag van de week afgesproken
  - De begin- en eindtijden kunnen per cliënt onderling verschillen;
  - De cliënt is voldoende lang op de zorglocatie;
- Proactief informeren van de vervoerder ingezet door opdrachtgever bij wijzigingen (bijvoorbeeld andere zorglocatie).', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, E'18', E'23', E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'12', E'1', E'15Z04', E'15', E'WMO', E'Wmo Wonen', E'Beschermd Wonen (inclusief wooncomponent)', E'Beschermd Wonen (inclusief wooncomponent)', E'Is 24-uurs integraal ondersteuningsaanbod, met continu toezicht en nabijheid. De zorg is niet planbaar of uitstelbaar. Daarom is continue aanwezigheid noodzakelijk. Onder integraal ondersteuningsaanbod wordt verstaan: begeleiding op het gebied van wonen, begeleiding bij de individuele ondersteuningsbehoefte en een passende daginvulling. Het doel van de begeleiding is aanleren van vaardigheden en vergroten van de zelfredzaamheid van de cliënt, naar vermogen van de cliënt. Het doel van de begeleiding is ook het waarborgen van de stabiliteit van de cliënt. Er kan sprake zijn van (forse) gedragsproblematiek, psychiatrie of dat zij een gevaar voor zichzelf of voor hun omgeving kunnen vormen.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'13', E'1', E'15Z03', E'15', E'WMO', E'Wmo Wonen', E'Beschut wonen (exclusief wooncomponent) Abonnementstarief CAK', E'Beschut wonen (exclusief wooncomponent) Abonnementstarief CAK', E'Is een 24-uurs integraal ondersteuningsaanbod, waarbij nabijheid is georganiseerd. Vanwege de instabiliteit van de problematiek en de onvoorspelbaarheid van de hulpvraag kan op elk moment van de dag ondersteuning nodig zijn. Daarom is geclusterd wonen noodzakelijk. Cliënten helpen elkaar en hulp is overdag nabij. Onder integraal ondersteuningsaanbod wordt verstaan: begeleiding op het gebied van wonen, begeleiding bij de individuele ondersteuningsbehoefte en een passende daginulling. De begeleiding heeft als doel het vergroten van de eigen regie, waaronder het aanleren van nieuwe (of herstel van verloren) competenties en vaardigheden. Het doel van de begeleiding is ook het vergroten van de zelfredzaamheid van de cliënt en het waarborgen van de stabiliteit van de cliënt. De begeleiding is in de nabijheid van de cliënt. Wanneer het nodig is, kan de cliënt er direct een beroep op doen. Deze vorm van wonen is bedoeld voor cliënten die door psychische en/of psychosociale problemen (tijdelijk) niet zelfstandig kunnen wonen.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'14', E'1', E'15Z02', E'15', E'WMO', E'Wmo Wonen', E'Beschut Wonen (inclusief abonnementstarief)', E'Beschut Wonen (inclusief abonnementstarief)', E'Is een 24-uurs integraal ondersteuningsaanbod, waarbij nabijheid is georganiseerd. Vanwege de instabiliteit van de problematiek en de onvoorspelbaarheid van de hulpvraag kan op elk moment van de dag ondersteuning nodig zijn. Daarom is geclusterd wonen noodzakelijk. Cliënten helpen elkaar en hulp is overdag nabij. Onder integraal ondersteuningsaanbod wordt verstaan: begeleiding op het gebied van wonen, begeleiding bij de individuele ondersteuningsbehoefte en een passende daginulling. De begeleiding heeft als doel het vergroten van de eigen regie, waaronder het aanleren van nieuwe (of herstel van verloren) competenties en vaardigheden. Het doel van de begeleiding is ook het vergroten van de zelfredzaamheid van de cliënt en het waarborgen van de stabiliteit van de cliënt. De begeleiding is in de nabijheid van de cliënt. Wanneer het nodig is, kan de cliënt er direct een beroep op doen. Deze vorm van wonen is bedoeld voor cliënten die door psychische en/of psychosociale problemen (tijdelijk) niet zelfstandig kunnen wonen.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'15', E'1', E'15Z01', E'15', E'WMO', E'Wmo Wonen', E'Beschermd Thuis Abonnementstarief CAK', E'Beschermd Thuis Abonnementstarief CAK', E'Richt zich op de cliënt, die zelfstandig woont en vanuit zijn ondersteuningsbehoefte gebaat is bij onplanbare ondersteuning. Het gaat om 24-uurstoezicht op afstand en/of begeleiding op afroep. Het kan ook gaan om ''waakvlam-contacten'', zodat flexibel gereageerd kan worden op de (veranderende) ondersteuningsbehoefte. Ondersteuning op afroep is voldoende om een veilige woon- en verblijfsomgeving te waarborgen. Hieraan kan psychische en/of psychosociale problematiek ten grondslag liggen.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'16', E'1', E'02Z01', E'02', E'WMO', E'Wmo Integrale Ondersteuning', E'Ondersteuning', E'Ondersteuning', E'Is gericht op herstel, verbeteren, ontwikkelen, stabiliseren en/of compenseren van de zelfredzaamheid en het welbevinden en/of de kwaliteit van leven. Persoonlijke verzorging valt hier niet onder. De ondersteuning kan gericht zijn op door-, uitstroom, stabilisatie of voorkomen van achteruitgang. De ondersteuningsbehoefte, complexiteit van de problematiek en benodigde intensiteit van de ondersteuning verschilt per cliënt. Hieraan kan somatische, psychogeriatrische, psychosociale, psychiatrische problematiek ten grondslag liggen en/of kan sprake zijn van een lichamelijke, verstandelijke of zintuigelijke beperking.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'17', E'1', E'15Z05', E'15', E'WMO', E'Wmo Integrale Ondersteuning', NULL, E'Ondersteuning', E'Is gericht op herstel, verbeteren, ontwikkelen, stabiliseren en/of compenseren van de zelfredzaamheid en het welbevinden en/of de kwaliteit van leven. Persoonlijke verzorging valt hier niet onder. De ondersteuning kan gericht zijn op door-, uitstroom, stabilisatie of voorkomen van achteruitgang. De ondersteuningsbehoefte, complexiteit van de problematiek en benodigde intensiteit van de ondersteuning verschilt per cliënt. Hieraan kan somatische, psychogeriatrische, psychosociale, psychiatrische problematiek ten grondslag liggen en/of kan sprake zijn van een lichamelijke, verstandelijke of zintuigelijke beperking.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'18', E'1', E'03Z01', E'03', E'WMO', E'Wmo Integrale Ondersteuning', E'Persoonlijke verzorging', E'Persoonlijke verzorging', E'Richt zich op het ondersteunen bij en overnemen van Algemene Dagelijkse Levensverrichtingen (ADL) op het gebied van persoonlijke verzorging. De dienstverlening is gericht op het opheffen van een tekort aan zelfredzaamheid op dit gebied. Dit sub-segment richt zich op het aanleren, oefenen, verbeteren en bestendigen van vaardigheden en gedrag rondom persoonlijke hygiëne en lichamelijke basiszorg. Het uitgangspunt is het vergroten van de zelfredzaamheid van de cliënt. De inzet is in principe eindig. Indien mogelijk, wordt erop ingezet dat de cliënt in de toekomst (weer) zelfstandig of met inzet van het sociaal netwerk de taken kan uitvoeren. Persoonlijke Verzorging kan ook bestaan uit advies, instructie en voorlichting aan de cliënt. Hiertoe behoort desgevraagd ook het adviseren van informele verzorgers van de cliënt. Het kan gaan om cliënten met verschillende problematieken. Zoals cliënten met psychogeriatrische, psychosociale, psychiatrische, lichamelijke, verstandelijke of zintuigelijke problematiek²³. De intensiteit van de ondersteuning verschilt per cliënt.

De aard van de ondersteuningsbehoefte ligt nadrukkelijk niet op een behoefte aan geneeskundige zorg of een hoog risico hierop. De gemeenten zijn alleen verantwoordelijk voor het gedeelte van persoonlijke verzorging dat niet onder voorliggende wet- en regelgeving valt, zoals de Zorgverzekeringswet (Zvw) of Wet Langdurige Zorg (Wlz).', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'19', E'1', E'08Z01', E'08', E'WMO', E'Wmo Integrale Ondersteuning', E'Vervoer', E'Vervoer', E'Indien de cliënt en/of zijn sociale omgeving niet in staat zijn om zelfstandig vervoer te regelen naar hulp buitenshuis, dan valt dit onder de verantwoordelijkheid van de opdrachtgever. De opdrachtnemer heeft de keuze om zelf vervoer te organiseren.

Vervoer door opdrachtnemer: Heeft de opdrachtnemer aangegeven het vervoer tijdens de uitvoering van het contract zelf te organiseren, dan geldt dat de opdrachtnemer het vervoer dient te organiseren als de cliënt en zijn omgeving geen mogelijkheid hebben om de locatie van de ondersteuning of behandeling te bereiken. De opdrachtnemer mag aan de cliënt geen bijdrage voor het vervoer vragen. De opdrachtnemer regelt in samenspraak met de cliënt passend en veilig vervoer. Dit betekent dat een cliënt binnen een redelijke tijd voor aanvang en na afloop van de ondersteuning wordt opgehaald en thuisgebracht. De zorgaanbieder mag het vervoer collectief/groepsgewijs regelen voor meerdere cliënten. Doelgroepen mogen worden gemengd en inzetten van vrijwilligers is eventueel mogelijk. Vereist de ondersteuningsvraag van de cliënt dat deze individueel vervoerd moet worden of met rolstoelvervoer, dan dient de zorgaanbieder daarvoor passend (individueel) vervoer te regelen.

Opdrachtnemer zorgt voor de kwaliteit van de chauffeur met de volgende basiseisen: Voor elke in te zetten chauffeur is vereist dat de chauffeur

- de diverse beperkingen en ziektebeelden van de doelgroep herkent en hiermee kan omgaan;
- verantwoordelijk is voor veilig vervoer en de rijstijl aanpast aan de weersomstandigheden;
- in het bezit is van een EHBO-certificaat of gelijkwaardig. Op verzoek moeten certificaten worden overhandigd aan de opdrachtgever (inclusief het bewijs van de meest recente herhalingscursus);
- geen medische handelingen verricht anders dan waarvoor hij of zij bevoegd is.

Opdrachtnemer draagt zorg voor de veiligheid en kwaliteit van de voertuigen, voertuigen zijn voorzien van:

- Verbandtrommel, brandblusser, blusdeken, noodhamer en gordelsnijder;
- Kinderslot;
- Zitplaatsen die allen zijn voorzien van een veiligheidsgordel die geschikt is voor alle reizigersgroepen, waaronder ook kinderen.

Opdrachtgever stelt voorwaarden aan het vervoer voor wat betreft rolstoelvervoer: Chauffeurs dienen op de hoogte te zijn en te werken volgens de meest actuele Code Veilig Vervoeren van Rolstoelgebruikers (Code VVR).

Vervoer door opdrachtgever: Indien Inschrijver besluit het vervoer niet tot haar verantwoordelijkheid te nemen en vervoer benodigd is, organiseert opdrachtgever dit middels de inzet van een derde partij. Vervoer wordt ingezet nadat door de opdrachtgever vastgesteld is dat de cliënt of haar sociale omgeving het vervoer niet kan uitvoeren en er ook geen mogelijkheid is de zorg passend en meer nabij te organiseren. De vervoerder ingezet door opdrachtgever, neemt contact op met zorgaanbieder om de haal- en brengtijden af te spreken. Van aanbieder wordt het volgende verwacht:

- Begrip dat niet alle cliënten op hetzelfde moment gehaald respectievelijk gebracht kunnen worden en dat gestreefd wordt naar een zo efficiënt mogelijk vervoer van cliënten, waarbij de vervoerder ingezet door opdrachtgever ook oog heeft voor een doelmatige zorgverlening.
- Een open en flexibele (gespreks-)houding met betrekking tot de begin- en eindtijden van de ondersteuning of behandeling, met de volgende uitgangspunten:
- Basis voor de planning zijn de door de zorgaanbieder gewenste begin- en eindtijden met een marge van 15 minuten;
- De begin- en eindtijden worden per cliënt per dag van de week afgesproken;
- De begin-/eindtijden kunnen per cliënt onderling verschillen;
- De cliënt is voldoende lang op de zorglocatie;
- Proactief informeren van de vervoerder ingezet door opdrachtgever bij wijzigingen (bijvoorbeeld andere zorglocatie).', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'20', E'1', E'04A01', E'04', E'WMO', E'Wmo Logeren', NULL, E'Wmo Logeren exclusief daginvulling', E'Wmo Logeren (kortdurend verblijf of respijtzorg) is het logeren in een accommodatie van een instelling. Het doel is tijdelijk ontlasten van de mantelzorger en/of de omgeving. Als er ook sprake is van ondersteuning vanuit de Zorgverzekeringswet (Zvw), zoals persoonlijke verzorging en verpleging, wordt nauw samengewerkt met partners vanuit deze ondersteuning. Zodat deze ondersteuning wel lijkt doorgaan (werk volgt cliënt).

Cliënten hebben een beschermende woonomgeving nodig, waarin de fysieke en sociale veiligheid is gewaarborgd. Als daginvulling in die periode niet is geregeld en wel gewenst is, moet de dienstverlening van Wmo Logeren worden aangevuld met een vorm van integrale ondersteuning. Dus afhankelijk van de zorgvraag van de cliënt en de gestelde doelen kan logeren worden aangevuld met integrale ondersteuning. Een andere organisatie kan deze integrale ondersteuning bieden.

Voor Wmo zijn twee productcodes: 04A01 (exclusief daginvulling) en 04A03 (inclusief daginvulling). 04A01 betreft een nachttarief 9van 17:00 uur – 09:00 uur) en 04A03 betreft een tarief inclusief daginvulling. Afhankelijk van de behoefte van de cliënt (en eventuele parallelle reeds lopende indicaties) kan daarom een passende indicatie worden afgegeven.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'21', E'1', E'04A03', E'04', E'WMO', E'Wmo Logeren', NULL, E'Wmo Logeren inclusief daginvulling', E'Wmo Logeren (kortdurend verblijf of respijtzorg) is het logeren in een accommodatie van een instelling. Het doel is tijdelijk ontlasten van de mantelzorger en/of de omgeving. Als er ook sprake is van ondersteuning vanuit de Zorgverzekeringswet (Zvw), zoals persoonlijke verzorging en verpleging, wordt nauw samengewerkt met partners vanuit deze ondersteuning. Zodat deze ondersteuning wel lijkt doorgaan (werk volgt cliënt).

Cliënten hebben een beschermende woonomgeving nodig, waarin de fysieke en sociale veiligheid is gewaarborgd. Als daginvulling in die periode niet is geregeld en wel gewenst is, moet de dienstverlening van Wmo Logeren worden aangevuld met een vorm van integrale ondersteuning. Dus afhankelijk van de zorgvraag van de cliënt en de gestelde doelen kan logeren worden aangevuld met integrale ondersteuning. Een andere organisatie kan deze integrale ondersteuning bieden.

Voor Wmo zijn twee productcodes: 04A01 (exclusief daginvulling) en 04A03 (inclusief daginvulling). 04A01 betreft een nachttarief 9van 17:00 uur – 09:00 uur) en 04A03 betreft een tarief inclusief daginvulling. Afhankelijk van de behoefte van de cliënt (en eventuele parallelle reeds lopende indicaties) kan daarom een passende indicatie worden afgegeven.', E'false', E'82', E'6', E'outputgericht', NULL, NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'false', E'[2022-09-13,)', true),
	(E'22', E'2', E'07U01', E'07', E'WMO', E'Arbeidsmatige dagbesteding', NULL, E'Arbeidsmatige dagbesteding', E'Arbeidsmatige dagbesteding betreft het aanbieden van allerlei activiteiten met een arbeidsmatig karakter voor inwoners in kwetsbare posities. De arbeidsmatige dagbesteding zorgt voor ontwikkeling of voorkomt achteruitgang, zorgt voor een betere structuur, goed dag-/nachtritme, minder eenzaamheid en meer sociale contacten.', E'false', E'04', E'2', E'inspanningsgericht', E'2.01', NULL, NULL, E'18', NULL, NULL, E'true', E'false', E'true', E'[,)', true),
	(E'23', E'2', E'07U02', E'07', E'WMO', E'Begeleiding groep', E'licht', E'Begeleiding groep licht', E'Begeleiding groep bestaat uit mensen met een somatische, psychiatrische, psychogeriatrische, verstandelijke of zintuiglijke beperking, waarbij sprake is van matige of ernstige beperkingen op het gebied van zelfredzaamheid. De begeleiding richt zich primair op het bieden van dagstructuur door zinvolle dagbesteding, waardoor de cliënt langer thuis kan blijven wonen, sociaal isolement wordt voorkomen en mantelzorgers worden ontlast.

Licht:

Begeleiding groep basis is erop gericht door stimulans en/of toezicht ervoor te zorgen dat de betrokkene in staat is zijn/haar maatschappelijke deelname zelfstandig vorm te geven. De dagbesteding biedt structurele activerende dag invulling. Het activiteitenprogramma biedt de cliënt structuur, sociale contacten en zingeving. Bij de activiteiten wordt begeleiding geboden in een groep. Persoonlijke begeleiding bij de activiteiten is niet noodzakelijk. Cliënt kan met enige begeleiding tot een dag invulling komen. Vrijwilligers en mantelzorgers kunnen een gedeelte van de zorg en begeleiding ondersteunen.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Het gaat om de doelgroepen:

- Begeleiding en dagopvang bij beperking in ontwikkeling (VG of ZG);
- Begeleiding bij psychosociale of – somatische beperkingen (SOM);
- Begeleiding bij fysieke beperkingen (LG);
- Begeleiding bij niet aangeboren hersenletsel (NAH);
- Begeleiding bij psychogeriatrische

Begeleiding groep licht

Begeleiding groep basis is bedoeld voor cliënten die lichte beperkingen ervaren/hebben op het gebied van de zelfredzaamheid, zelfregie en/of participatie. De cliënt is gemotiveerd om naar de begeleiding groep te gaan en heeft weinig tot geen individuele aandacht nodig.', E'false', E'16', E'2', E'inspanningsgericht', E'2.02A', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'24', E'2', E'07U03', E'07', E'WMO', E'Begeleiding groep', E'midden', E'Begeleiding groep midden', E'Begeleiding groep bestaat uit mensen met een somatische, psychiatrische, psychogeriatrische, verstandelijke of zintuiglijke beperking, waarbij sprake is van matige of ernstige beperkingen op het gebied van zelfredzaamheid. De begeleiding richt zich primair op het bieden van dagstructuur door zinvolle dagbesteding, waardoor de cliënt langer thuis kan blijven wonen, sociaal isolement wordt voorkomen en mantelzorgers worden ontlast.

Midden:

De dagbesteding biedt structurele activerende dag invulling. Het activiteitenprogramma biedt de cliënt structuur, sociale contacten en zingeving. Bij de activiteiten wordt begeleiding geboden in een groep. Persoonlijke begeleiding bij de activiteiten is soms noodzakelijk. Vrijwilligers en mantelzorgers kunnen een gedeelte van de zorg en begeleiding op zich nemen met ondersteuning van professionele hulp.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Het gaat om de doelgroepen:

- Begeleiding en dagopvang bij beperking in ontwikkeling (VG of ZG);
- Begeleiding bij psychosociale of – somatische beperkingen (SOM);
- Begeleiding bij fysieke beperkingen (LG);
- Begeleiding bij niet aangeboren hersenletsel (NAH);
- Begeleiding bij psychogeriatrische

Begeleiding groep midden

Begeleiding groep midden is bedoeld voor cliënten die matige beperkingen ervaren/hebben op het gebied van zelfredzaamheid, zelfregie en/of participatie. Dit betekent dat er aandacht en tijd is voor de individuele cliënt, vaak in combinatie met lichte somatische ondersteuning.', E'false', E'16', E'2', E'inspanningsgericht', E'2.02B', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'25', E'2', E'07U04', E'07', E'WMO', E'Begeleiding groep', E'zwaar', E'Begeleiding groep zwaar', E'Begeleiding groep bestaat uit mensen met een somatische, psychiatrische, psychogeriatrische, verstandelijke of zintuiglijke beperking, waarbij sprake is van matige of ernstige beperkingen op het gebied van zelfredzaamheid. De begeleiding richt zich primair op het bieden van dagstructuur door zinvolle dagbesteding, waardoor de cliënt langer thuis kan blijven wonen, sociaal isolement wordt voorkomen en mantelzorgers worden ontlast.

Zwaar:

De dagbesteding biedt een hoog intensieve begeleiding en sluit aan bij de mogelijkheden en wensen van de cliënt. De begeleidingsintensiteit is hoog en persoonlijke begeleiding bij de activiteiten is noodzakelijk. Er is methodische ondersteuning noodzakelijk met hierbij een multidisciplinaire aanpak waarvoor een hoge mate van specialistische kennis en methodische vaardigheden vereist zijn. De omgeving dient te zijn aangepast aan de mogelijkheden en beperkingen van de cliënt.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Het gaat om de doelgroepen:

- Begeleiding en dagopvang bij beperking in ontwikkeling (VG of ZG);
- Begeleiding bij psychosociale of – somatische beperkingen (SOM);
- Begeleiding bij fysieke beperkingen (LG);
- Begeleiding bij niet aangeboren hersenletsel (NAH);
- Begeleiding bij psychogeriatrische

Begeleiding groep zwaar

Begeleiding groep zwaar is bedoeld voor cliënten die ernstige beperkingen ervaren/hebben op het gebied van zelfredzaamheid, zelfregie en/of participatie. Er is veel aandacht voor de individuele cliënt, vaak gecombineerd met regelmatige somatische ondersteuning. Er is sprake van intensief toezicht en 1 op 1 begeleiding.', E'false', E'16', E'2', E'inspanningsgericht', E'2.02C', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'26', E'2', E'02U01', E'02', E'WMO', E'Begeleiding individueel', E'licht', E'Begeleiding individueel licht', E'Begeleiding individueel is gericht op het bevorderen, behouden en compenseren van zelfredzaamheid en participatie van de cliënt opdat hij zo lang mogelijk in zijn eigen leefomgeving kan blijven. Bij deze ondersteuningsvorm gaat het om individuele begeleiding die wordt ingezet in de thuissituatie en activiteiten omvat voor en met de inwoner die matige tot zware beperkingen of stoornissen heeft.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Begeleiding individueel kan tijdelijk worden ingezet ter overbrugging van een periode tot langdurige opname in een intramurale voorziening. Er zijn drie categorieën begeleiding individueel:

Begeleiding licht

Begeleiding licht is bedoeld voor mensen met voorspelbaar gedrag in een licht complexe situatie. Begeleiding licht is gericht op het bevorderen, behouden of compenseren van zelfredzaamheid. Zonder deze begeleiding zou de cliënt niet thuis kunnen wonen of verwaarlozen. De begeleider maakt samen met de cliënt een plan op basis waarvan de begeleiding zal worden ingezet. De doelen die in het ondersteuningsplan zijn opgenomen kunnen met lichte begeleiding worden gerealiseerd, omdat de cliënt een redelijke mate van zelfredzaamheid heeft of omdat er maar kleine doelen worden gesteld.

Zorgaanbieder levert de begeleiding aan één cliënt en zijn omgeving.', E'false', E'04', E'2', E'inspanningsgericht', E'2.03A', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'27', E'2', E'02U02', E'02', E'WMO', E'Begeleiding individueel', E'midden', E'Begeleiding individueel midden', E'Begeleiding individueel is gericht op het bevorderen, behouden en compenseren van zelfredzaamheid en participatie van de cliënt opdat hij zo lang mogelijk in zijn eigen leefomgeving kan blijven. Bij deze ondersteuningsvorm gaat het om individuele begeleiding die wordt ingezet in de thuissituatie en activiteiten omvat voor en met de inwoner die matige tot zware beperkingen of stoornissen heeft.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Begeleiding individueel kan tijdelijk worden ingezet ter overbrugging van een periode tot langdurige opname in een intramurale voorziening. Er zijn drie categorieën begeleiding individueel:

Begeleiding midden

Gelijk aan begeleiding licht met de volgende aanvullingen: Begeleiding midden is bedoeld voor mensen met onvoorspelbaar gedrag in een multi-complexe situatie, waarbij de achterliggende oorzaken van de onvoorspelbaarheid bekend zijn. Begeleiding midden kan functioneren om op- en af te schalen tussen begeleiding licht en zwaar.', E'false', E'04', E'2', E'inspanningsgericht', E'2.03B', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'28', E'2', E'02U03', E'02', E'WMO', E'Begeleiding individueel', E'zwaar', E'Begeleiding individueel zwaar', E'Begeleiding individueel is gericht op het bevorderen, behouden en compenseren van zelfredzaamheid en participatie van de cliënt opdat hij zo lang mogelijk in zijn eigen leefomgeving kan blijven. Bij deze ondersteuningsvorm gaat het om individuele begeleiding die wordt ingezet in de thuissituatie en activiteiten omvat voor en met de inwoner die matige tot zware beperkingen of stoornissen heeft.

De zwaarte van de begeleiding wordt bepaald door de mate van complexiteit van de uit te voeren activiteiten en/of aanwezige stoornissen en/of beperkingen van de inwoner. Begeleiding individueel kan tijdelijk worden ingezet ter overbrugging van een periode tot langdurige opname in een intramurale voorziening. Er zijn drie categorieën begeleiding individueel:

Begeleiding zwaar

Gelijk aan begeleiding midden met de volgende aanvullingen: Begeleiding zwaar is bedoeld voor mensen met onvoorspelbaar gedrag in een multi-complexe situatie, bij een dreigende crisis en bij onplanbare zorg. De doelen die in het ondersteuningsplan zijn opgenomen kunnen met alleen met zware begeleiding worden gerealiseerd, omdat de cliënt een beperkte mate van zelfredzaamheid heeft of omdat er complexe, uitdagende doelen worden gesteld.', E'false', E'04', E'2', E'inspanningsgericht', E'2.03C', NULL, NULL, NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'29', E'2', E'04U01', E'04', E'WMO', E'Kortdurend verblijf', NULL, E'Kortdurend verblijf', E'Kortdurend verblijf kan toegekend worden indien de inwoner tijdelijk is aangewezen op 24-uurs toezicht en er een noodzaak is voor het ontlasten van de mantelzorger en ter voorkoming van volledige opname in een instelling. Hierbij wordt wel eerst beoordeeld of ontlasten van de mantelzorger niet binnen de eigen sociale omgeving of via een algemene voorziening (vrijwilligers/oproepcentrale) kan worden bereikt.', E'false', E'14', E'2', E'inspanningsgericht', E'2.04', E'3', E'156', NULL, NULL, NULL, E'false', E'false', E'true', E'[,)', true),
	(E'30', E'2', E'08U01', E'08', E'WMO', E'Vervoer', E'regulier', E'Vervoer regulier', E'Het vervoer heeft uitsluitend betrekking op noodzakelijk vervoer van en naar de dagbesteding, begeleiding groep en kortdurend verblijf. Dit product wordt ingezet als daar op grond van de Wmo een indicatie voor is afgegeven en is alleen beschikbaar voor extramurale inwoners.

Het vervoer wordt geregeld door de opdrachtnemer.

Uitgangspunt is dat dagbesteding, begeleiding groep en kortdurend verblijf zo dicht mogelijk bij de inwoner plaatsvindt, zodat de vervoersbewegingen kunnen worden beperkt. Indien dicht bij huis niet mogelijk is, wordt het gebruik van taxivoorzieningen zo veel mogelijk ontmoedigd. Het gebruik van openbaar vervoer of algemene vervoersvoorzieningen verdient de voorkeur.

Regulier vervoer:

Het gaat hierbij om cliënten die geen gebruik kunnen maken van regulier middelen of hun eigen netwerk om zich van en naar de hulpverlening te verplaatsen. Er dient dus een ‘medische’ noodzaak te zijn, waardoor de cliënt geen gebruik kan maken van reguliere transportmiddelen.', E'false', E'82', E'2', E'outputgericht', E'2.05 regulier', NULL, NULL, NULL, NULL, NULL, E'false', E'true', E'true', E'[,)', true),
	(E'31', E'2', E'08U02', E'08', E'WMO', E'Vervoer', E'rolstoel', E'Vervoer rolstoel', E'Het vervoer heeft uitsluitend betrekking op noodzakelijk vervoer van en naar de dagbesteding, begeleiding groep en kortdurend verblijf. Dit product wordt ingezet als daar op grond van de Wmo een indicatie voor is afgegeven en is alleen beschikbaar voor extramurale inwoners.

Het vervoer wordt geregeld door de opdrachtnemer.

Uitgangspunt is dat dagbesteding, begeleiding groep en kortdurend verblijf zo dicht mogelijk bij de inwoner plaatsvindt, zodat de vervoersbewegingen kunnen worden beperkt. Indien dicht bij huis niet mogelijk is, wordt het gebruik van taxivoorzieningen zo veel mogelijk ontmoedigd. Het gebruik van openbaar vervoer of algemene vervoersvoorzieningen verdient de voorkeur.

Rolstoelvervoer:

Het gaat hierbij om cliënten die zich uitsluitend met een rolstoel kunnen verplaatsen. Rolstoelvervoer is voor die cliënten, waar een medische noodzaak bestaat voor het rolstoelgebruik en de cliënt zich zonder rolstoel dus niet kan verplaatsen.', E'false', E'82', E'2', E'outputgericht', E'2.05 rolstoel', NULL, NULL, NULL, NULL, NULL, E'false', E'true', E'true', E'[,)', true);

-- 10 rows from data/product_companions.csv
INSERT INTO productcodes.product_companions (product_id, companion_product_id, shipped) VALUES
	(E'30', E'22', true),
	(E'30', E'23', true),
	(E'30', E'24', true),
	(E'30', E'25', true),
	(E'30', E'29', true),
	(E'31', E'22', true),
	(E'31', E'23', true),
	(E'31', E'24', true),
	(E'31', E'25', true),
	(E'31', E'29', true);

-- 40 rows from data/rules.csv
INSERT INTO productcodes.rules (rule_id, return_code, kind, severity, text_nl, text_en, shipped) VALUES
	(E'FMT_BSN', E'0001', E'format', E'error', E'Het BSN bestaat niet uit 9 cijfers of voldoet niet aan de elfproef.', E'The BSN is not 9 digits or fails the elfproef.', true),
	(E'FMT_CATEGORIE', E'0001', E'format', E'error', E'De productcategorie komt niet voor in de lijst van het domein (JZ020 of WMO020).', E'The product category is not in the domain''s list (JZ020 or WMO020).', true),
	(E'FMT_EENHEID', E'0001', E'format', E'error', E'De eenheid komt niet voor in lijst WJ756.', E'The unit is not in list WJ756.', true),
	(E'FMT_DEBETCREDIT', E'0001', E'format', E'error', E'Debet/credit is niet D of C.', E'Debit/credit is neither D nor C.', true),
	(E'FMT_NUL_DEBET', E'0001', E'format', E'error', E'Een ingediend bedrag van 0 moet debet (D) zijn.', E'A submitted amount of 0 must be a debit (D).', true),
	(E'FMT_PERIODE', E'0001', E'format', E'error', E'De productperiode ligt niet binnen één kalendermaand of eindigt voor het begin.', E'The product period is not inside one calendar month or ends before it begins.', true),
	(E'FMT_BEDRAG', E'0001', E'format', E'error', E'Volume, tarief of bedrag ligt buiten 0 tot en met 99999999.', E'Volume, tariff or amount is outside 0 to 99999999.', true),
	(E'FMT_TARIEF', E'0001', E'format', E'error', E'Het producttarief ontbreekt, of is gevuld terwijl de eenheid euro''s (83) is.', E'The product tariff is missing, or present while the unit is euros (83).', true),
	(E'FMT_VORIGREF', E'0001', E'format', E'error', E'Een creditregel moet een VorigReferentieNummer hebben, een debetregel mag er geen hebben.', E'A credit row needs a VorigReferentieNummer, a debit row must not have one.', true),
	(E'FMT_REFERENTIE', E'0001', E'format', E'error', E'Het ReferentieNummer is leeg of langer dan 20 tekens.', E'The ReferentieNummer is empty or longer than 20 characters.', true),
	(E'TR338', E'9338', E'allocation', E'error', E'Het ToewijzingNummer hoort niet bij een toewijzing van deze gemeente.', E'The ToewijzingNummer does not name an allocation of this municipality.', true),
	(E'TR304', E'8187', E'allocation', E'error', E'Het BSN van de prestatie is niet het BSN van de toewijzing.', E'The row''s BSN differs from the allocation''s.', true),
	(E'TR384', E'9384', E'allocation', E'error', E'De toewijzing is verwijderd (reden wijziging 13).', E'The allocation was deleted (change reason 13).', true),
	(E'TR339', E'9339', E'allocation', E'error', E'De productcategorie is niet die van de toewijzing.', E'The product category differs from the allocation''s.', true),
	(E'TR340', E'9340', E'allocation', E'error', E'De productcode is niet die van de toewijzing.', E'The product code differs from the allocation''s.', true),
	(E'TR341', E'9341', E'allocation', E'error', E'De eenheid is niet die van de toewijzing (minuten op een toewijzing in uren mag).', E'The unit differs from the allocation''s (minutes on an hours allocation are allowed).', true),
	(E'TR307', E'9307', E'allocation', E'error', E'De productperiode begint voor de ingangsdatum van de toewijzing.', E'The product period begins before the allocation starts.', true),
	(E'TR308', E'9308', E'allocation', E'error', E'De productperiode eindigt na de einddatum van de toewijzing.', E'The product period ends after the allocation ends.', true),
	(E'TR387', E'9387', E'allocation', E'error', E'De productperiode begint niet op de eerste van de maand, en de toewijzing begint niet later in die maand.', E'The product period does not begin on the 1st, and the allocation does not start later that month.', true),
	(E'TR388', E'9388', E'allocation', E'error', E'De productperiode eindigt niet op de laatste dag van de maand, en de toewijzing eindigt niet eerder in die maand.', E'The product period does not end on the last day of the month, and the allocation does not end earlier that month.', true),
	(E'TR319', E'9319', E'declaration', E'error', E'De productperiode ligt na de declaratieperiode.', E'The product period lies after the declaration period.', true),
	(E'TR135', E'8848', E'declaration', E'error', E'Een datum ligt in de toekomst.', E'A date lies in the future.', true),
	(E'TR314', E'8021', E'declaration', E'error', E'Het ReferentieNummer is al eerder door deze aanbieder in dit domein gebruikt.', E'The ReferentieNummer was used before by this provider in this domain.', true),
	(E'TR333', E'9333', E'declaration', E'error', E'Het DeclaratieNummer is al eerder door deze aanbieder in dit domein gebruikt.', E'The DeclaratieNummer was used before by this provider in this domain.', true),
	(E'TR381', E'S329', E'catalogue', E'error', E'De productcode hoort in de gebruikte productcodelijst niet bij deze productcategorie.', E'The product code does not belong to this category in the catalogue in use.', true),
	(E'TR378', E'S300', E'catalogue', E'error', E'De gemeentecode komt niet voor in de CBS-lijst op de ingangsdatum van de toewijzing.', E'The gemeentecode is not in the CBS list on the allocation''s start date.', true),
	(E'TR418', E'0611', E'catalogue', E'error', E'Het producttarief is niet het contracttarief voor deze productcode.', E'The product tariff is not the contract tariff for this product code.', true),
	(E'TR346', E'9346', E'catalogue', E'error', E'Het ingediend bedrag is niet volume maal tarief.', E'The submitted amount is not volume times tariff.', true),
	(E'TR321', E'9321', E'cumulative', E'error', E'Het gedeclareerde volume in de maand past niet binnen het toegewezen volume voor die periode.', E'The volume declared for the month exceeds the volume allocated for that period.', true),
	(E'TR322', E'9322', E'cumulative', E'error', E'De som van de gedeclareerde volumes overschrijdt het toegewezen volume voor de hele toewijzing.', E'The sum of the declared volumes exceeds the volume allocated for the whole allocation.', true),
	(E'TR369', E'9369', E'cumulative', E'error', E'De som van de ingediende bedragen past niet binnen het toegewezen budget.', E'The sum of the submitted amounts exceeds the allocated budget.', true),
	(E'TR389', E'9389', E'cumulative', E'error', E'Er is al een niet-gecrediteerde debetregel voor deze toewijzing en dit product in een overlappende periode.', E'There is already an uncredited debit for this allocation and product in an overlapping period.', true),
	(E'TR323', E'8017', E'cumulative', E'error', E'Van deze creditregel is geen eerder goedgekeurde debetregel van deze aanbieder bekend.', E'This credit row points to no earlier accepted debit of this provider.', true),
	(E'TR390', E'9390', E'cumulative', E'error', E'De debetregel waar deze creditregel naar verwijst is al gecrediteerd.', E'The debit this credit row points to was credited already.', true),
	(E'REG_MAX_WEEK', E'9321', E'regional', E'error', E'Het volume overschrijdt het maximum per week van het product voor deze cliënt.', E'The volume exceeds the product''s maximum per week for this client.', true),
	(E'REG_MAX_JAAR', E'9321', E'regional', E'error', E'Het volume overschrijdt het maximum per kalenderjaar van het product voor deze cliënt.', E'The volume exceeds the product''s maximum per calendar year for this client.', true),
	(E'REG_SAMEN_MET', E'8187', E'regional', E'error', E'Het product mag alleen worden gedeclareerd op een dag met een goedgekeurde regel van een bijbehorend product (zoals dagbesteding bij vervoer).', E'The product may only be declared on a day with an accepted row of a companion product (such as a day programme for transport).', true),
	(E'REG_THUISWONEND', E'8187', E'regional', E'error', E'Het product is alleen voor thuiswonende cliënten.', E'The product is only for clients living at home.', true),
	(E'REG_LEEFTIJD', E'8187', E'regional', E'error', E'De cliënt valt buiten de leeftijdsgrenzen van het product.', E'The client is outside the product''s age range.', true),
	(E'FMT_VELD', E'0001', E'format', E'error', E'Een veld ontbreekt of is onleesbaar (getal, datum of productcode); de regel kon niet worden gecontroleerd.', E'A field is missing or unreadable (number, date or product code); the row could not be checked.', true);


/* Guard triggers and dump registration for every catalogue table. */
CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.domains
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.domains
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.domains
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.domains', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.categories
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.categories
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.categories
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.categories', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.units
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.units
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.units
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.units', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.frequencies
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.frequencies
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.frequencies
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.frequencies', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.unit_frequency_combinations
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.unit_frequency_combinations
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.unit_frequency_combinations
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.unit_frequency_combinations', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.municipalities
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.municipalities
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.municipalities
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.municipalities', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.state_pension_ages
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.state_pension_ages
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.state_pension_ages
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.state_pension_ages', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.catalogues
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.catalogues
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.catalogues
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.catalogues', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('productcodes.catalogues_catalogue_id_seq', '');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.catalogue_municipalities
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.catalogue_municipalities
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.catalogue_municipalities
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.catalogue_municipalities', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.segments
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.segments
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.segments
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.segments', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.products
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.products
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.products
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.products', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('productcodes.products_product_id_seq', '');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.product_companions
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.product_companions
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.product_companions
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.product_companions', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.tariffs
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.tariffs
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.tariffs
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.tariffs', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('productcodes.tariffs_tariff_id_seq', '');

CREATE TRIGGER protect_shipped_rows
	BEFORE INSERT OR UPDATE OR DELETE ON productcodes.rules
	FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER protect_shipped_rows_truncate
	BEFORE TRUNCATE ON productcodes.rules
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.rules
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
SELECT pg_catalog.pg_extension_config_dump('productcodes.rules', 'WHERE NOT shipped');


/* ====================================================================
 * Look-ups for analysts.
 * ==================================================================== */

CREATE FUNCTION productcodes.catalogue_for(
	gemeente text, domain text, on_date date DEFAULT CURRENT_DATE)
RETURNS SETOF productcodes.catalogues
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT c.*
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues c ON c.catalogue_id = cm.catalogue_id
	 WHERE cm.gemeentecode = catalogue_for.gemeente
	   AND cm.domain = catalogue_for.domain
	   AND cm.validity @> catalogue_for.on_date
	   AND c.validity @> catalogue_for.on_date;
END;
COMMENT ON FUNCTION productcodes.catalogue_for(text, text, date) IS
'the catalogue a municipality uses for a domain on a date (no row: none registered)';

CREATE FUNCTION productcodes.product_for(
	code productcodes.productcode, gemeente text,
	on_date date DEFAULT CURRENT_DATE, domain text DEFAULT NULL)
RETURNS SETOF productcodes.products
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT p.*
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues c ON c.catalogue_id = cm.catalogue_id
	  JOIN productcodes.products p ON p.catalogue_id = cm.catalogue_id
								 AND p.domain = cm.domain
	 WHERE cm.gemeentecode = product_for.gemeente
	   AND (product_for.domain IS NULL OR cm.domain = product_for.domain)
	   AND cm.validity @> product_for.on_date
	   AND c.validity @> product_for.on_date
	   AND p.code = product_for.code
	   AND p.validity @> product_for.on_date
	 ORDER BY p.domain;
END;
COMMENT ON FUNCTION productcodes.product_for(productcodes.productcode, text, date, text) IS
'the product a code means for a municipality on a date, from the catalogue it uses; one row per domain where the code is defined';

CREATE FUNCTION productcodes.municipality_is_valid(gemeente text, on_date date)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT EXISTS (SELECT 1 FROM productcodes.municipalities m
					WHERE m.gemeentecode = municipality_is_valid.gemeente
					  AND m.validity @> municipality_is_valid.on_date);
END;
COMMENT ON FUNCTION productcodes.municipality_is_valid(text, date) IS
'true when the gemeentecode is in the CBS list on that date (rule TR378)';

CREATE FUNCTION productcodes.state_pension_age(on_date date DEFAULT CURRENT_DATE)
RETURNS interval
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.make_interval(years => a.years, months => a.months)
	  FROM productcodes.state_pension_ages a
	 WHERE a.validity @> state_pension_age.on_date;
END;
COMMENT ON FUNCTION productcodes.state_pension_age(date) IS
'AOW-leeftijd on a date; NULL when the table has no period for it';

-- A readable catalogue for psql: names next to the codes.
CREATE VIEW productcodes.catalogue_overview AS
SELECT c.name AS catalogue,
	   p.domain,
	   d.name AS domain_name,
	   p.category,
	   cat.name AS category_name,
	   p.segment,
	   p.sub_segment,
	   p.code,
	   p.name,
	   p.unit,
	   u.name AS unit_name,
	   p.frequency,
	   f.name AS frequency_name,
	   p.variant,
	   p.validity,
	   p.local_ref,
	   p.max_units_per_week,
	   p.max_units_per_year,
	   p.min_age_years,
	   p.max_age_years,
	   p.max_age_extended_years,
	   p.until_state_pension_age,
	   p.home_only,
	   p.description_pending,
	   p.example_code,
	   p.product_id,
	   p.catalogue_id
  FROM productcodes.products p
  JOIN productcodes.catalogues c ON c.catalogue_id = p.catalogue_id
  JOIN productcodes.domains d ON d.code = p.domain
  JOIN productcodes.categories cat ON cat.code = p.category
  JOIN productcodes.units u ON u.code = p.unit
  JOIN productcodes.frequencies f ON f.code = p.frequency;
COMMENT ON VIEW productcodes.catalogue_overview IS
'leesbare catalogus: elk product met de namen van domein, categorie, eenheid en frequentie';

/* ====================================================================
 * Allocations, clients, declarations and their rows, checked on insert.
 * All rows here are the municipality's own: pg_dump keeps them all.
 * ==================================================================== */

-- How a rule applies: for one municipality, or (gemeentecode NULL) for
-- all.  A municipality's own setting wins over the general one.
CREATE TABLE productcodes.rule_settings (
	gemeentecode text REFERENCES productcodes.municipalities,
	rule_id		text NOT NULL REFERENCES productcodes.rules,
	setting		text NOT NULL CHECK (setting IN ('error', 'warning', 'disabled')),
	note		text,
	-- a row that cannot be read cannot be checked, let alone accepted
	CONSTRAINT rule_settings_unreadable_rows_stay_rejected CHECK (rule_id <> 'FMT_VELD')
);
CREATE UNIQUE INDEX rule_settings_key
	ON productcodes.rule_settings (COALESCE(gemeentecode, ''), rule_id);
CREATE TRIGGER catalogue_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON productcodes.rule_settings
	FOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();
COMMENT ON TABLE productcodes.rule_settings IS
'per gemeente (of voor alle: gemeentecode NULL) een regel uitzetten of tot waarschuwing maken';

-- Clients, where rules need them (age, living at home).
CREATE TABLE productcodes.clients (
	bsn			productcodes.bsn PRIMARY KEY,
	birth_date	date,
	lives_at_home boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE productcodes.clients IS 'cliënten: geboortedatum en thuiswonend, voor leeftijds- en vervoersregels';

-- Allocations (toewijzingen, message 301).
CREATE TABLE productcodes.allocations (
	allocation_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	gemeentecode text NOT NULL REFERENCES productcodes.municipalities,
	toewijzing_nummer bigint NOT NULL CHECK (toewijzing_nummer BETWEEN 0 AND 999999999),
	bsn			productcodes.bsn NOT NULL,
	agb			text NOT NULL CHECK (agb ~ '^[0-9]{8}$'),
	domain		text NOT NULL REFERENCES productcodes.domains,
	category	text NOT NULL,
	code		productcodes.productcode,
	volume		bigint CHECK (volume BETWEEN 0 AND 99999999),
	unit		text REFERENCES productcodes.units,
	frequency	text REFERENCES productcodes.frequencies,
	budget_cents bigint CHECK (budget_cents BETWEEN 0 AND 99999999),
	start_date	date NOT NULL,
	end_date	date,
	deleted		boolean NOT NULL DEFAULT false,
	CONSTRAINT allocations_number_per_municipality UNIQUE (gemeentecode, toewijzing_nummer),
	CONSTRAINT allocations_category_in_domain
		FOREIGN KEY (category, domain) REFERENCES productcodes.categories (code, domain),
	CONSTRAINT allocations_end_after_start CHECK (end_date >= start_date),
	CONSTRAINT allocations_finite_dates
		CHECK (pg_catalog.isfinite(start_date) AND pg_catalog.isfinite(end_date)),
	CONSTRAINT allocations_volume_or_budget CHECK ((volume IS NULL) <> (budget_cents IS NULL)),
	CONSTRAINT allocations_volume_has_unit_and_frequency
		CHECK (volume IS NULL OR (unit IS NOT NULL AND frequency IS NOT NULL)),
	CONSTRAINT allocations_per_week_needs_end_date
		CHECK (frequency IS DISTINCT FROM '2' OR end_date IS NOT NULL)
);
COMMENT ON TABLE productcodes.allocations IS
'toewijzingen: per gemeente uniek ToewijzingNummer; volume met eenheid en frequentie, of een budget';
COMMENT ON COLUMN productcodes.allocations.code IS 'NULL for an aspecific allocation (category only)';
COMMENT ON COLUMN productcodes.allocations.end_date IS 'last day of the allocation (inclusive); NULL: open';
COMMENT ON COLUMN productcodes.allocations.deleted IS 'deleted with change reason 13 (rule TR384)';

-- Declarations (the 323 header).
CREATE TABLE productcodes.declarations (
	declaration_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	agb			text NOT NULL CHECK (agb ~ '^[0-9]{8}$'),
	gemeentecode text NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
	domain		text NOT NULL REFERENCES productcodes.domains,
	declaratie_nummer text NOT NULL CHECK (declaratie_nummer ~ '^[0-9A-Za-z]{1,12}$'),
	declaration_month date NOT NULL
		CHECK (pg_catalog.isfinite(declaration_month)
			   AND pg_catalog.date_trunc('month', declaration_month) = declaration_month
			   AND declaration_month >= date '2021-01-01'),
	submitted_on date NOT NULL DEFAULT CURRENT_DATE CHECK (pg_catalog.isfinite(submitted_on)),
	total_cents	bigint CHECK (total_cents BETWEEN 0 AND 99999999),
	total_dc	text CHECK (total_dc IN ('D', 'C'))
);
COMMENT ON TABLE productcodes.declarations IS
'declaraties (323-kop): aanbieder, gemeente, domein, DeclaratieNummer, declaratiemaand (eerste dag)';
CREATE INDEX declarations_number_idx
	ON productcodes.declarations (agb, domain, declaratie_nummer);

-- Declaration rows (prestaties).  The message fields are kept as sent, in
-- text where a bad value must still be storable (BSN, unit, D/C ...), so a
-- row with a format error is stored and rejected, not lost.
CREATE TABLE productcodes.declaration_rows (
	row_id		bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	declaration_id bigint NOT NULL REFERENCES productcodes.declarations,
	referentie_nummer text NOT NULL,
	vorig_referentie_nummer text,
	toewijzing_nummer bigint NOT NULL,
	bsn			text NOT NULL,
	category	text NOT NULL,
	code		productcodes.productcode NOT NULL,
	period_start date NOT NULL,
	period_end	date NOT NULL,
	volume		bigint NOT NULL,
	unit		text NOT NULL,
	tariff_cents bigint,
	amount_cents bigint NOT NULL,
	dc			text NOT NULL,
	-- the outcome, set by the trigger check_declaration_row
	status		text NOT NULL DEFAULT 'unchecked'
				CHECK (status IN ('unchecked', 'accepted', 'rejected')),
	errors		text[] NOT NULL DEFAULT '{}',
	warnings	text[] NOT NULL DEFAULT '{}',
	checked_at	timestamptz,
	ruleset		text
);
COMMENT ON TABLE productcodes.declaration_rows IS
'prestaties met hun uitkomst: status, de regels die afkeuren (errors) en waarschuwen (warnings)';
COMMENT ON COLUMN productcodes.declaration_rows.ruleset IS
'extension version and the settings the row was checked against';
CREATE INDEX declaration_rows_declaration_idx ON productcodes.declaration_rows (declaration_id);
CREATE INDEX declaration_rows_reference_idx ON productcodes.declaration_rows (referentie_nummer);
-- The engine's probes: an allocation's rows, a client's rows, and the
-- credit that cancels a debit.  Each finds a handful of rows, however many
-- are stored.
CREATE INDEX declaration_rows_allocation_idx
	ON productcodes.declaration_rows (toewijzing_nummer, period_start);
CREATE INDEX declaration_rows_client_idx
	ON productcodes.declaration_rows (bsn, period_start);
CREATE INDEX declaration_rows_credit_idx
	ON productcodes.declaration_rows (vorig_referentie_nummer)
	WHERE vorig_referentie_nummer IS NOT NULL;

CREATE FUNCTION productcodes.check_declaration_row()
RETURNS trigger
AS 'MODULE_PATHNAME', 'check_declaration_row'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.check_declaration_row() IS
'trigger: checks a declaration row against the catalogue, the allocations and the rules, and records the outcome on the row';

CREATE TRIGGER check_declaration_row
	BEFORE INSERT ON productcodes.declaration_rows
	FOR EACH ROW EXECUTE FUNCTION productcodes.check_declaration_row();

-- What a row would get, without storing it (for analysts' what-if).
CREATE FUNCTION productcodes.check_row(
	declaration_id bigint, referentie_nummer text, toewijzing_nummer bigint, bsn text,
	category text, code productcodes.productcode, period_start date, period_end date,
	volume bigint, unit text, tariff_cents bigint, amount_cents bigint, dc text,
	vorig_referentie_nummer text DEFAULT NULL,
	OUT status text, OUT errors text[], OUT warnings text[])
RETURNS record
AS 'MODULE_PATHNAME', 'check_declaration_row_what_if'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION productcodes.check_row(bigint, text, bigint, text, text, productcodes.productcode,
	date, date, bigint, text, bigint, bigint, text, text) IS
'wat een prestatie nu zou krijgen, zonder haar op te slaan: status, errors, warnings';

-- Check stored rows again after a fix, and record the new outcome.
CREATE FUNCTION productcodes.revalidate(declaration_id bigint DEFAULT NULL)
RETURNS TABLE (row_id bigint, referentie_nummer text, old_status text,
			   status text, errors text[], warnings text[])
AS 'MODULE_PATHNAME', 'revalidate_declaration_rows'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION productcodes.revalidate(bigint) IS
'controleert de opgeslagen prestaties van een declaratie (NULL: alle) opnieuw, in volgorde van opslag, en legt de nieuwe uitkomst vast';

-- Every finding of every row, with its return code and texts.
-- security_invoker: the rows a role may see (row-level security,
-- 80_separation.sql), not the view owner's
CREATE VIEW productcodes.row_findings WITH (security_invoker = true) AS
SELECT r.row_id, r.declaration_id, f.severity, f.rule_id, ru.return_code,
	   ru.text_nl, ru.text_en
  FROM productcodes.declaration_rows r
 CROSS JOIN LATERAL (
		SELECT 'error'::text AS severity, e AS rule_id FROM pg_catalog.unnest(r.errors) AS e
		UNION ALL
		SELECT 'warning', w FROM pg_catalog.unnest(r.warnings) AS w) f
  JOIN productcodes.rules ru ON ru.rule_id = f.rule_id;
COMMENT ON VIEW productcodes.row_findings IS
'bevindingen per prestatie met retourcode en tekst';

-- Rule settings are configuration, not personal data: the engine reads them
-- with the rights of whoever inserts a row.
GRANT SELECT ON productcodes.rule_settings TO PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('productcodes.rule_settings', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.clients', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.allocations', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.allocations_allocation_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.declarations', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.declarations_declaration_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.declaration_rows', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.declaration_rows_row_id_seq', '');
/* ====================================================================
 * Staging: providers' rows as text, so that a row whose code, date or
 * number does not even parse is kept and rejected with a clear finding,
 * and cannot abort a COPY of a million good rows.  A row that parses is
 * inserted into declaration_rows (and so checked by the engine); the
 * staged row records what became of it.
 * ==================================================================== */

CREATE TABLE productcodes.staged_rows (
	staged_id	bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	staged_at	timestamptz NOT NULL DEFAULT pg_catalog.now(),
	-- the message fields, as text, exactly as they arrived
	declaration_id text,
	referentie_nummer text,
	vorig_referentie_nummer text,
	toewijzing_nummer text,
	bsn			text,
	category	text,
	code		text,
	period_start text,
	period_end	text,
	volume		text,
	unit		text,
	tariff_cents text,
	amount_cents text,
	dc			text,
	-- the outcome, set by the trigger stage_declaration_row
	status		text NOT NULL DEFAULT 'unchecked'
				CHECK (status IN ('unchecked', 'accepted', 'rejected')),
	errors		text[] NOT NULL DEFAULT '{}',
	problems	text,
	row_id		bigint REFERENCES productcodes.declaration_rows
);
COMMENT ON TABLE productcodes.staged_rows IS
'aangeleverde prestaties als tekst; een onleesbare regel wordt bewaard en afgekeurd (FMT_VELD), een leesbare wordt als declaratieregel gecontroleerd (row_id)';
COMMENT ON COLUMN productcodes.staged_rows.problems IS 'which fields could not be read, and why';

CREATE FUNCTION productcodes.stage_declaration_row()
RETURNS trigger
AS 'MODULE_PATHNAME', 'stage_declaration_row'
LANGUAGE C;
COMMENT ON FUNCTION productcodes.stage_declaration_row() IS
'trigger: parses a staged row; stores it as a declaration row when it can, records why not when it cannot';

CREATE TRIGGER stage_declaration_row
	BEFORE INSERT ON productcodes.staged_rows
	FOR EACH ROW EXECUTE FUNCTION productcodes.stage_declaration_row();

CREATE INDEX staged_rows_row_idx ON productcodes.staged_rows (row_id);

SELECT pg_catalog.pg_extension_config_dump('productcodes.staged_rows', '');
SELECT pg_catalog.pg_extension_config_dump('productcodes.staged_rows_staged_id_seq', '');
/* ====================================================================
 * Municipalities apart: in a region's database, a role per municipality
 * sees and loads only its own allocations, declarations, their rows and
 * staged rows.  Row-level security policies are shipped, but off until
 * enable_municipality_separation() switches them on (as the tables'
 * owner).  Owners and superusers are not restricted.
 * ==================================================================== */

-- Which role works for which municipality (a role may have several).
CREATE TABLE productcodes.municipality_roles (
	role_name	name NOT NULL,
	gemeentecode text NOT NULL REFERENCES productcodes.municipalities,
	PRIMARY KEY (role_name, gemeentecode)
);
COMMENT ON TABLE productcodes.municipality_roles IS
'welke rol voor welke gemeente werkt, voor de scheiding tussen gemeenten (row-level security)';
SELECT pg_catalog.pg_extension_config_dump('productcodes.municipality_roles', '');
-- the policies read it as the current user
GRANT SELECT ON productcodes.municipality_roles TO PUBLIC;

CREATE FUNCTION productcodes.my_municipalities()
RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT COALESCE(pg_catalog.array_agg(r.gemeentecode), '{}')
	  FROM productcodes.municipality_roles r
	 WHERE r.role_name = CURRENT_USER;
END;
COMMENT ON FUNCTION productcodes.my_municipalities() IS
'the gemeentecodes the current role works for (municipality_roles)';

CREATE POLICY own_municipality ON productcodes.allocations
	USING (gemeentecode = ANY (productcodes.my_municipalities()))
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()));
CREATE POLICY own_municipality ON productcodes.declarations
	USING (gemeentecode = ANY (productcodes.my_municipalities()))
	WITH CHECK (gemeentecode = ANY (productcodes.my_municipalities()));
CREATE POLICY own_municipality ON productcodes.declaration_rows
	USING (EXISTS (SELECT 1 FROM productcodes.declarations d
					WHERE d.declaration_id = declaration_rows.declaration_id
					  AND d.gemeentecode = ANY (productcodes.my_municipalities())))
	WITH CHECK (EXISTS (SELECT 1 FROM productcodes.declarations d
						 WHERE d.declaration_id = declaration_rows.declaration_id
						   AND d.gemeentecode = ANY (productcodes.my_municipalities())));
-- a staged row's declaration_id is text as sent: compared as text, so an
-- unreadable one never raises here (and is visible only to the owner)
CREATE POLICY own_municipality ON productcodes.staged_rows
	USING (EXISTS (SELECT 1 FROM productcodes.declarations d
					WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
					  AND d.gemeentecode = ANY (productcodes.my_municipalities())))
	WITH CHECK (EXISTS (SELECT 1 FROM productcodes.declarations d
						 WHERE d.declaration_id::text = pg_catalog.btrim(staged_rows.declaration_id)
						   AND d.gemeentecode = ANY (productcodes.my_municipalities())));

CREATE FUNCTION productcodes.enable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	ALTER TABLE productcodes.allocations ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declarations ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declaration_rows ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.staged_rows ENABLE ROW LEVEL SECURITY;
END
$$;
COMMENT ON FUNCTION productcodes.enable_municipality_separation() IS
'zet de scheiding tussen gemeenten aan (row-level security); uit te voeren door de eigenaar van de tabellen';

CREATE FUNCTION productcodes.disable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	ALTER TABLE productcodes.allocations DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declarations DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declaration_rows DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.staged_rows DISABLE ROW LEVEL SECURITY;
END
$$;
REVOKE ALL ON FUNCTION productcodes.enable_municipality_separation() FROM PUBLIC;
REVOKE ALL ON FUNCTION productcodes.disable_municipality_separation() FROM PUBLIC;
/* ====================================================================
 * Privileges: the catalogue is public information, so everyone may read
 * it, and the rules; writing, tariffs (contract terms), allocations,
 * clients and declarations (personal data) are for roles the DBA grants.
 * ==================================================================== */
GRANT USAGE ON SCHEMA productcodes TO PUBLIC;
GRANT SELECT ON productcodes.domains, productcodes.categories, productcodes.units,
	productcodes.frequencies, productcodes.unit_frequency_combinations,
	productcodes.municipalities, productcodes.state_pension_ages,
	productcodes.catalogues, productcodes.catalogue_municipalities,
	productcodes.segments, productcodes.products, productcodes.product_companions,
	productcodes.catalogue_overview, productcodes.rules
	TO PUBLIC;

