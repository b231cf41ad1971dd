--
-- iStandaarden messages: 301 allocations and 323 declarations imported,
-- 325 answers produced.  The messages are the files in test/messages/
-- (each validated against its schema by test/messages.sh); psql reads
-- them with \set name `cat file`.  Provider 87654321 declares Jeugdwet in
-- Den Haag (0518, seed 000 handbook) and Wmo in Stichtse Vecht (1904, seed
-- 004); nothing here depends on the data of the other test files.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- what the schemas say, as data: elements per message, value types, message rules
SELECT message, count(*) AS elements, count(value_type) AS with_a_value,
	   count(*) FILTER (WHERE max_occurs IS NULL) AS repeating
  FROM message_elements GROUP BY message ORDER BY message;
SELECT standard, count(*) AS types FROM message_types GROUP BY standard ORDER BY standard;
SELECT rule_id, return_code, text_en FROM message_rules ORDER BY rule_id;
-- nothing here runs with its owner's rights (only the two separation
-- switches and the reports' refresh do: sql/security.sql)
SELECT count(*) AS security_definer FROM pg_proc
 WHERE pronamespace = 'productcodes'::regnamespace AND prosecdef
   AND proname NOT IN ('enable_municipality_separation', 'disable_municipality_separation',
					   'refresh_reporting');

INSERT INTO catalogue_municipalities (catalogue_id, gemeentecode, domain, validity)
VALUES (1, '0518', 'JW', '[2023-01-01,)');
-- earlier test files insert declarations and rows with ids of their own
-- choosing; move the identity sequences past them
DO $$
BEGIN
	PERFORM setval(pg_get_serial_sequence(t, c), m, true)
	   FROM (VALUES ('productcodes.declarations', 'declaration_id', (SELECT max(declaration_id) FROM productcodes.declarations)),
					('productcodes.declaration_rows', 'row_id', (SELECT max(row_id) FROM productcodes.declaration_rows)),
					('productcodes.staged_rows', 'staged_id', (SELECT max(staged_id) FROM productcodes.staged_rows)),
					('productcodes.allocations', 'allocation_id', (SELECT max(allocation_id) FROM productcodes.allocations))) v(t, c, m)
	  WHERE m IS NOT NULL;
END $$;

-- 301: three allocations, then a change (reason 05) and a deletion (reason 13)
\set jw301 `cat test/messages/01-jw301-toewijzing.xml`
\set jw301b `cat test/messages/02-jw301-wijziging.xml`
\set wmo301 `cat test/messages/03-wmo301-toewijzing.xml`
SELECT * FROM import_message(:'jw301');
SELECT toewijzing_nummer, bsn, agb, domain, category, code, volume, unit, frequency, budget_cents,
	   start_date, end_date, deleted
  FROM allocations WHERE gemeentecode = '0518' ORDER BY toewijzing_nummer;
SELECT * FROM import_message(:'jw301b');
SELECT * FROM import_message(:'wmo301');
SELECT a.toewijzing_nummer, a.volume, a.end_date, a.deleted,
	   string_agg(m.identificatie || ' ' || ma.action, ', ' ORDER BY m.message_id) AS by_messages
  FROM allocations a
  JOIN message_allocations ma USING (allocation_id)
  JOIN messages m USING (message_id)
 WHERE a.toewijzing_nummer BETWEEN 7001 AND 7101
 GROUP BY a.allocation_id ORDER BY a.toewijzing_nummer;
SELECT bsn, birth_date, lives_at_home FROM clients WHERE bsn IN ('123456782', '999900006') ORDER BY bsn;

-- a 301 cannot be imported twice, nor move an allocation to another client
-- or product, and needs Omvang or Budget; nothing of it is stored
\x on
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'jw301'))).*;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(replace(:'jw301', 'JW301-0001', 'JW301-0009'), '<ijw:Code>43Z03<', '<ijw:Code>43Z04<')))).*;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	regexp_replace(replace(:'wmo301', 'WMO301-0001', 'WMO301-0009'), '<Omvang>.*</Omvang>', '', 's')))).*;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(replace(:'wmo301', 'WMO301-0001', 'WMO301-0009'), '<Bsn>999900006<', '<Bsn>999900007<')))).*;
\x off
SELECT count(*) AS messages, (SELECT count(*) FROM allocations WHERE gemeentecode IN ('0518', '1904')
							   AND toewijzing_nummer BETWEEN 7001 AND 7101) AS allocations
  FROM messages;

-- 323, Jeugdwet, April: two rows accepted, one on the deleted allocation
-- (TR384, 9384), one on an allocation that does not exist (TR338, 9338)
\set april `cat test/messages/10-jw323-april.xml`
SELECT * FROM import_message(:'april');
SELECT m.identificatie, d.agb, d.gemeentecode, d.domain, d.declaratie_nummer, d.declaration_month,
	   d.submitted_on, d.total_cents, d.total_dc
  FROM messages m JOIN declarations d USING (declaration_id) WHERE m.identificatie = 'JW323-0401';
SELECT mr.seq, r.referentie_nummer, r.toewijzing_nummer, r.code, r.status, r.errors
  FROM messages m JOIN message_rows mr USING (message_id)
  JOIN staged_rows s USING (staged_id) JOIN declaration_rows r USING (row_id)
 WHERE m.identificatie = 'JW323-0401' ORDER BY mr.seq;
-- its 325 (dated as processed on 2025-05-10 for this file): the rejected
-- rows with their return codes and the accepted total
UPDATE messages SET processed_on = '2025-05-10';
SELECT answer_325(message_id) FROM messages WHERE identificatie = 'JW323-0401';

-- May: April's R-0401-1 credited and declared again (the credit comes
-- after the new debit in the message and is processed first, so the new
-- debit is no double billing), and May; everything accepted: 8001
\set mei `cat test/messages/11-jw323-mei.xml`
SELECT * FROM import_message(:'mei');
SELECT s.staged_id - min(s.staged_id) OVER () + 1 AS processed_as, mr.seq AS in_message,
	   r.referentie_nummer, r.vorig_referentie_nummer, r.dc, r.status, r.errors
  FROM messages m JOIN message_rows mr USING (message_id)
  JOIN staged_rows s USING (staged_id) JOIN declaration_rows r USING (row_id)
 WHERE m.identificatie = 'JW323-0501' ORDER BY s.staged_id;
UPDATE messages SET processed_on = '2025-06-10' WHERE identificatie = 'JW323-0501';
SELECT answer_325(message_id) FROM messages WHERE identificatie = 'JW323-0501';

-- each message rule: a message that breaks it is refused whole (its pass
-- case is the April and May messages above); the message and the refusal
-- are kept, no declaration and no row of it
SELECT count(*) AS declarations, (SELECT count(*) FROM declaration_rows) AS rows,
	   (SELECT count(*) FROM staged_rows) AS staged
  FROM declarations \gset before_
\set f `cat test/messages/12-jw323-afgekeurd-totaal.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/13-jw323-afgekeurd-periode.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/14-jw323-afgekeurd-referentie.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/15-jw323-afgekeurd-dubbel.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/16-jw323-afgekeurd-vorigref.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/17-jw323-afgekeurd-gecrediteerd.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/18-jw323-afgekeurd-identificatie.xml`
SELECT * FROM import_message(:'f');
SELECT count(*) - :before_declarations AS new_declarations,
	   (SELECT count(*) FROM declaration_rows) - :before_rows AS new_rows,
	   (SELECT count(*) FROM staged_rows) - :before_staged AS new_staged
  FROM declarations;
SELECT m.identificatie, m.status, m.declaration_id, m.rows_stored, r.rule_id
  FROM messages m JOIN message_refusals r USING (message_id) ORDER BY m.message_id;
-- the 325 of a refused message: the header with the refusal's return code
UPDATE messages SET processed_on = '2025-07-05' WHERE status = 'refused';
SELECT answer_325(message_id) FROM messages WHERE identificatie = 'JW323-0601';
SELECT m.identificatie, (xpath('//m:Header/m:RetourCodes/m:RetourCode/text()', answer_325(m.message_id),
		ARRAY[ARRAY['m', 'http://www.istandaarden.nl/ijw/3_2/jw325/schema']]))::text[] AS header_codes,
	   xpath_exists('//m:DeclaratieAntwoord', answer_325(m.message_id),
		ARRAY[ARRAY['m', 'http://www.istandaarden.nl/ijw/3_2/jw325/schema']]) AS has_answer
  FROM messages m WHERE m.status = 'refused' ORDER BY m.message_id;
-- a refused message leaves its DeclaratieNummer and ReferentieNummers
-- free: the same declaration in a new message is processed
SELECT * FROM import_message(replace(:'f', 'JW323-0401', 'JW323-0607')::xml);

-- Wmo: March with a row whose amount is not volume x tariff (TR346, 9346);
-- April corrects March with a credit and a new debit; a refused one
\set f `cat test/messages/20-wmo323-maart.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/21-wmo323-april.xml`
SELECT * FROM import_message(:'f');
\set f `cat test/messages/22-wmo323-afgekeurd-referentie.xml`
SELECT * FROM import_message(:'f');
SELECT m.identificatie, r.referentie_nummer, r.dc, r.status, r.errors
  FROM messages m JOIN message_rows mr USING (message_id)
  JOIN staged_rows s USING (staged_id) JOIN declaration_rows r USING (row_id)
 WHERE m.message_type = 'WMO323' ORDER BY m.message_id, mr.seq;
UPDATE messages SET processed_on = '2025-05-06' WHERE identificatie IN ('WMO323-0301', 'WMO323-0401');
SELECT answer_325(message_id) FROM messages WHERE identificatie = 'WMO323-0301';
SELECT answer_325(message_id) FROM messages WHERE identificatie = 'WMO323-0401';

-- a value the engine cannot read is kept as FMT_VELD (0001), not lost:
-- the schema allows any 1 to 5 characters in ProductCode
SELECT * FROM import_message(replace(regexp_replace(regexp_replace(replace(:'f', 'WMO323-0501', 'WMO323-0502'),
	'<ProductCode>02U01</ProductCode>', '<ProductCode>02-U1</ProductCode>'), '>R-W0501-1<', '>R-W0502-1<'),
	'>R-W0501-1<', '>R-W0502-2<')::xml);
SELECT s.referentie_nummer, s.code, s.status, s.errors, s.problems
  FROM messages m JOIN message_rows mr USING (message_id) JOIN staged_rows s USING (staged_id)
 WHERE m.identificatie = 'WMO323-0502' ORDER BY mr.seq;

-- strict mode does not turn a rejected row of a message into an error:
-- the 325 is the answer (April again: every ReferentieNummer was used, TR314)
SET productcodes.strict = on;
SELECT * FROM import_message(replace(replace(:'april', 'JW323-0401', 'JW323-0402'), 'D202504', 'D202504B')::xml);
RESET productcodes.strict;

-- input that is not a valid message: an error naming the element, and
-- nothing stored
SELECT count(*) AS messages, (SELECT count(*) FROM declaration_rows) AS rows FROM messages \gset before_
\x on
\set f `cat test/messages/invalid/not-xml.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/truncated.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).state;
\set f `cat test/messages/invalid/wrong-namespace.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/missing-element.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/wrong-element-namespace.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/wrong-order.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/bad-bsn.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/bad-category.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/bad-date.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
\set f `cat test/messages/invalid/volume-too-large.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).*;
-- an attribute, text between elements, an element twice, a 0000 year
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(:'april', '<Declaratie>', '<Declaratie status="nieuw">')))).message;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(:'april', '<Clienten>', '<Clienten>zie bijlage')))).message;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(:'april', '<Eenheid>82</Eenheid>', '<Eenheid>82</Eenheid><Eenheid>82</Eenheid>')))).message;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(:'april', '2025-05-05</DeclaratieDagtekening>', '0000-05-05</DeclaratieDagtekening>')))).message;
SELECT (regress.try('SELECT productcodes.import_message(NULL)')).*;
-- the 325 is for a stored 323 only
SELECT (regress.try('SELECT productcodes.answer_325(999999)')).*;
SELECT (regress.try(format('SELECT productcodes.answer_325(%s)',
	(SELECT min(message_id) FROM productcodes.messages WHERE message_type = 'JW301')))).*;
\x off
SELECT count(*) - :before_messages AS new_messages,
	   (SELECT count(*) FROM declaration_rows) - :before_rows AS new_rows
  FROM messages;

-- a hostile search_path with look-alike functions and operators changes nothing
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.xpath_exists(text, xml, text[]) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE FUNCTION hostile.btrim(text, text) RETURNS text LANGUAGE sql AS 'SELECT ''0''';
CREATE FUNCTION hostile.texteq_evil(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq_evil);
SET search_path = hostile, productcodes, pg_catalog;
SELECT * FROM productcodes.import_message(replace(replace(:'april', 'JW323-0401', 'JW323-0403'), 'D202504', 'D202504C')::xml);
\set f `cat test/messages/invalid/bad-date.xml`
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', :'f'))).state;
RESET search_path;
-- the same outcome as the same rows under the normal search_path (JW323-0402)
SELECT m.identificatie, array_agg(r.errors::text ORDER BY mr.seq) AS errors
  FROM productcodes.messages m JOIN productcodes.message_rows mr USING (message_id)
  JOIN productcodes.staged_rows s USING (staged_id) JOIN productcodes.declaration_rows r USING (row_id)
 WHERE m.identificatie IN ('JW323-0402', 'JW323-0403') GROUP BY m.identificatie ORDER BY 1;
DROP SCHEMA hostile CASCADE;

-- Municipalities apart: with separation on, a role of 0518 sees the messages
-- of 0518 only (the 323s sent to it, the 301s it sent), and only their rows,
-- refusals and allocations.  The owner sees both municipalities.
SELECT productcodes.message_municipality(message_type, sender, receiver) AS gemeente,
	   count(*) AS messages FROM productcodes.messages GROUP BY 1 ORDER BY 1;
CREATE ROLE regress_msg_0518;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('regress_msg_0518', '0518');
GRANT SELECT ON productcodes.messages, productcodes.message_refusals, productcodes.message_rows,
	productcodes.message_allocations TO regress_msg_0518;
SELECT productcodes.enable_municipality_separation();
SET ROLE regress_msg_0518;
SELECT productcodes.message_municipality(message_type, sender, receiver) AS gemeente,
	   count(*) AS messages FROM productcodes.messages GROUP BY 1 ORDER BY 1;
SELECT (SELECT count(*) FROM productcodes.message_rows) AS rows_seen,
	   (SELECT count(*) FROM productcodes.message_allocations) AS allocations_seen,
	   (SELECT count(*) FROM productcodes.message_refusals) AS refusals_seen;
RESET ROLE;
SELECT (SELECT count(*) FROM productcodes.message_rows mr JOIN productcodes.messages m USING (message_id)
		 WHERE productcodes.message_municipality(m.message_type, m.sender, m.receiver) = '0518') AS rows_of_0518,
	   (SELECT count(*) FROM productcodes.message_allocations ma JOIN productcodes.messages m USING (message_id)
		 WHERE productcodes.message_municipality(m.message_type, m.sender, m.receiver) = '0518') AS allocations_of_0518,
	   (SELECT count(*) FROM productcodes.message_refusals mf JOIN productcodes.messages m USING (message_id)
		 WHERE productcodes.message_municipality(m.message_type, m.sender, m.receiver) = '0518') AS refusals_of_0518,
	   (SELECT count(*) FROM productcodes.message_rows) AS rows_all,
	   (SELECT count(*) FROM productcodes.message_allocations) AS allocations_all,
	   (SELECT count(*) FROM productcodes.message_refusals) AS refusals_all;
SELECT productcodes.disable_municipality_separation();
DELETE FROM productcodes.municipality_roles WHERE role_name = 'regress_msg_0518';
DROP OWNED BY regress_msg_0518;
DROP ROLE regress_msg_0518;

-- a UTF-8 file that starts with a byte-order mark is well-formed XML: it is
-- imported like the same file without one (as tools/import-messages.sh
-- passes it: the file's bytes in a psql variable); its rows are checked,
-- and rejected here: April's references and months were declared before (TR314, TR389),
-- and May was declared before April (TR318)
\set f `printf '\357\273\277'; sed -e 's/JW323-0401/JW323-0404/; s/D202504/D202504D/' test/messages/10-jw323-april.xml`
SELECT substr(:'f', 1, 1) = U&'\FEFF' AS starts_with_bom;
SELECT message_type, identificatie, rows_stored, rows_accepted, rows_rejected, refused
  FROM productcodes.import_message(:'f');
SELECT r.referentie_nummer, r.errors
  FROM productcodes.messages m JOIN productcodes.message_rows mr USING (message_id)
  JOIN productcodes.staged_rows s USING (staged_id) JOIN productcodes.declaration_rows r USING (row_id)
 WHERE m.identificatie = 'JW323-0404' ORDER BY mr.seq;
-- a value far longer than the schema allows is refused before anything else
\x on
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', replace(:'f', 'R-0401-1<', repeat('R', 5000) || '<')))).*;
\x off
-- a byte-order mark elsewhere is text between elements, which the schema refuses
SELECT (regress.try(format('SELECT productcodes.import_message(%L)', replace(:'f', '<Header>', U&'\FEFF<Header>')))).state;

-- every allocation variant of the standard (Toewijzingsvarianten) is stored:
-- aspecific without a budget (category only), aspecific with a budget, and
-- generic (no Product, a budget); a specific one (a Code) still needs Omvang
-- or Budget, and a generic one a Budget
\set jw301v `cat test/messages/variants/jw301-varianten.xml`
SELECT message_type, identificatie, rows_stored, rows_accepted, refused FROM productcodes.import_message(:'jw301v');
SELECT toewijzing_nummer, variant, category, code, volume, unit, frequency, budget_cents, start_date, end_date
  FROM productcodes.allocations WHERE gemeentecode = '0518' AND toewijzing_nummer BETWEEN 7201 AND 7203
 ORDER BY toewijzing_nummer;
\x on
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(replace(:'jw301v', 'JW301-0710', 'JW301-0711'), '<Budget>250000</Budget>', '')))).*;
SELECT (regress.try(format('SELECT productcodes.import_message(%L)',
	replace(replace(:'jw301v', 'JW301-0710', 'JW301-0712'),
			'<ijw:Categorie>45</ijw:Categorie>', '<ijw:Categorie>45</ijw:Categorie><ijw:Code>45Z01</ijw:Code>')))).*;
\x off
-- the table refuses what no variant is
SELECT (regress.try($$INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, start_date)
	VALUES ('0518', 7299, '123456782', '87654321', 'JW', '2025-01-01')$$)).message;
SELECT (regress.try($$INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, code, budget_cents, start_date)
	VALUES ('0518', 7299, '123456782', '87654321', 'JW', '43Z03', 100, '2025-01-01')$$)).message;
SELECT (regress.try($$INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, volume, unit, frequency, budget_cents, start_date)
	VALUES ('0518', 7299, '123456782', '87654321', 'JW', '43', 5, '82', '6', 100, '2025-01-01')$$)).message;

RESET search_path;
