--
-- The bsn type: 9 digits passing the elfproef, 000000000 refused.
--
SET search_path = productcodes, public;

-- accepted (outer white space ignored, leading zeros kept)
SELECT input, input::bsn AS bsn, is_test_bsn(input::bsn) AS test_number
  FROM (VALUES ('123456782'), ('111222333'), ('012345672'), ('000000012'),
			   (' 100000009 '), ('999900006'), ('999999990')) AS v(input);

-- refused, each with its full error
\x on
SELECT input, (regress.try(format('SELECT %L::productcodes.bsn', input))).*
  FROM (VALUES (''), ('123456789'), ('000000000'), ('12345678'), ('1234567820'),
			   ('12345678a'), ('123 456 782'), ('123.456.782'), ('-12345678'),
			   ('１２３４５６７８２')) AS v(input);
\x off
SELECT '123456789'::bsn;

-- is_valid_bsn never raises
SELECT input, is_valid_bsn(input)
  FROM (VALUES ('123456782'), (' 123456782'), ('123456789'), ('000000000'),
			   ('12345678'), ('abc'), (NULL)) AS v(input);

-- the 9-digit text is what every interface sees
SELECT typlen, typbyval FROM pg_type WHERE oid = 'bsn'::regtype;
SELECT '012345672'::bsn::text AS as_text, '012345672'::text::bsn AS from_text,
	   bsn_send('012345672') AS wire;
SELECT (regress.try($$SELECT '012345670'::text::productcodes.bsn$$)).*;

-- ordering, uniqueness, index and hash use
CREATE TABLE regress.persons (bsn bsn PRIMARY KEY, name text);
INSERT INTO regress.persons VALUES ('123456782', 'a'), ('012345672', 'b'), ('111222333', 'c'), ('999900006', 'test');
SELECT bsn FROM regress.persons ORDER BY bsn;
SELECT (regress.try($$INSERT INTO regress.persons VALUES (' 123456782 ', 'twice')$$)).*;
SELECT (regress.try($$INSERT INTO regress.persons VALUES ('123456781', 'typo')$$)).*;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM regress.persons WHERE bsn = '111222333';
RESET enable_seqscan;
SELECT name FROM regress.persons WHERE bsn = '111222333';
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT bsn, count(*) FROM regress.persons GROUP BY bsn;
RESET enable_sort;
SELECT bsn, count(*) FROM regress.persons GROUP BY bsn HAVING bsn > '100000009' ORDER BY 1;
-- a range bound must itself be a valid BSN
SELECT (regress.try($$SELECT count(*) FROM regress.persons WHERE bsn > '100000000'$$)).message;
SELECT opcname, amname FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcintype = 'bsn'::regtype ORDER BY 1;

-- COPY BINARY round trip
\copy regress.persons TO 'results/persons.bin' WITH (FORMAT binary)
CREATE TABLE regress.persons_back (LIKE regress.persons);
\copy regress.persons_back FROM 'results/persons.bin' WITH (FORMAT binary)
SELECT (SELECT array_agg(c ORDER BY bsn) FROM regress.persons c)::text
	 = (SELECT array_agg(c ORDER BY bsn) FROM regress.persons_back c)::text AS identical;

RESET search_path;
