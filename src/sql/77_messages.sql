/* ====================================================================
 * iStandaarden messages: import 323 declarations and 301 allocations
 * (Jeugdwet and Wmo, release 3.2) and answer a 323 with a 325, using
 * PostgreSQL's own XML support (xpath, XMLTABLE, xmlelement).  See
 * docs/messages.md.
 *
 *	import_message(xml)		any supported message; one summary row
 *	answer_325(message_id)	the 325 for a stored 323
 *
 * A message is first checked against its schema (structure from the XSDs
 * in message_elements, value rules in message_types): anything the schema
 * would refuse raises an error naming the element, and nothing is stored.
 * A 323 is then checked on message level (message_rules); a message that
 * fails is stored with its refusals (return code 0001 or 9056) but none of
 * its rows are booked.  Otherwise the declaration is stored and every
 * Prestatie goes through staged_rows (so an unreadable value is kept as
 * FMT_VELD) into declaration_rows, credits first, where the engine checks
 * it.  A 301 adds, changes or deletes (change reason 13) allocations.
 *
 * This part holds only objects new in 1.1: it is also appended to the
 * upgrade script from 1.0.
 * ==================================================================== */

-- The structure of the messages, derived from the XSDs of release 3.2
-- (JW301, JW323, WMO301, WMO323 and their basisschema): every element with
-- its parent, place in the sequence, occurrence and value type.  Elements
-- of the basisschema's types are in the basisschema namespace (ns 'b'),
-- the others in the message's namespace (ns 'm').
CREATE TABLE productcodes.message_elements (
	message		text NOT NULL CHECK (message IN ('JW301', 'JW323', 'WMO301', 'WMO323')),
	path		text NOT NULL,
	parent		text,
	seq			integer NOT NULL,
	name		text NOT NULL,
	ns			text NOT NULL CHECK (ns IN ('m', 'b')),
	min_occurs	integer NOT NULL,
	max_occurs	integer,
	value_type	text,
	xpath		text NOT NULL,
	PRIMARY KEY (message, path)
);
COMMENT ON TABLE productcodes.message_elements IS
'structuur van de berichten JW301, JW323, WMO301 en WMO323 (release 3.2), afgeleid uit de XSD''s';
COMMENT ON COLUMN productcodes.message_elements.max_occurs IS 'NULL: unbounded';
COMMENT ON COLUMN productcodes.message_elements.value_type IS 'simple type (message_types) of a leaf; NULL for an element with elements';

-- The value rules of the simple types those elements use, facets flattened
-- along the derivation: every pattern must match (XSD patterns, anchored).
CREATE TABLE productcodes.message_types (
	standard	text NOT NULL CHECK (standard IN ('ijw', 'iwmo')),
	type_name	text NOT NULL,
	base		text NOT NULL CHECK (base IN ('string', 'integer', 'date', 'time')),
	min_length	integer,
	max_length	integer,
	patterns	text[],
	enumeration	text[],
	min_value	numeric,
	max_value	numeric,
	PRIMARY KEY (standard, type_name)
);
COMMENT ON TABLE productcodes.message_types IS
'waardenregels (facetten) van de enkelvoudige typen uit de XSD''s van release 3.2';

-- Rules for a 323 as a whole; a message that breaks one is refused whole.
CREATE TABLE productcodes.message_rules (
	rule_id		text PRIMARY KEY CHECK (rule_id ~ '^MSG_[A-Z_]+$'),
	return_code	text NOT NULL CHECK (return_code ~ '^[0-9A-Z]{4}$'),
	text_nl		text NOT NULL,
	text_en		text NOT NULL
);
COMMENT ON TABLE productcodes.message_rules IS
'regels voor een declaratiebericht (323) als geheel; een bericht dat er een breekt wordt in zijn geheel afgekeurd';

INSERT INTO productcodes.message_rules (rule_id, return_code, text_nl, text_en) VALUES
	('MSG_PERIODE', '0001',
	 'De DeclaratiePeriode is niet precies één kalendermaand vanaf januari 2021.',
	 'The DeclaratiePeriode is not exactly one calendar month from January 2021 on.'),
	('MSG_TOTAAL', '0001',
	 'Het TotaalIngediendBedrag is niet de som van de ingediende bedragen (debet plus, credit min).',
	 'The TotaalIngediendBedrag is not the sum of the submitted amounts (debits plus, credits minus).'),
	('MSG_REFERENTIE_UNIEK', '0001',
	 'Een ReferentieNummer komt meer dan eens voor in het bericht.',
	 'A ReferentieNummer occurs more than once in the message.'),
	('MSG_DUBBELE_PRESTATIE', '0001',
	 'Een prestatie komt dubbel voor in het bericht (alles gelijk behalve het ReferentieNummer).',
	 'A Prestatie occurs twice in the message (everything equal but the ReferentieNummer).'),
	('MSG_VORIGREF_UNIEK', '0001',
	 'Een VorigReferentieNummer komt meer dan eens voor in het bericht.',
	 'A VorigReferentieNummer occurs more than once in the message.'),
	('MSG_DEBET_GECREDITEERD', '0001',
	 'Een creditprestatie verwijst naar een debetprestatie in hetzelfde bericht.',
	 'A credit row points to a debit row in the same message.'),
	('MSG_IDENTIFICATIE', '9056',
	 'De BerichtIdentificatie is al eerder door deze afzender gebruikt voor dit berichttype.',
	 'The BerichtIdentificatie was used before by this sender for this message type.');

-- Every message imported, as received, with its header and outcome.
CREATE TABLE productcodes.messages (
	message_id	bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	message_type text NOT NULL CHECK (message_type IN ('JW301', 'JW323', 'WMO301', 'WMO323')),
	domain		text NOT NULL REFERENCES productcodes.domains,
	sender		text NOT NULL,
	receiver	text NOT NULL,
	identificatie text NOT NULL,
	dagtekening	date NOT NULL,
	xsd_basisschema_versie text NOT NULL,
	xsd_bericht_versie text NOT NULL,
	status		text NOT NULL CHECK (status IN ('processed', 'refused')),
	processed_on date NOT NULL DEFAULT CURRENT_DATE,
	imported_at	timestamptz NOT NULL DEFAULT pg_catalog.now(),
	-- a 323: the declaration header, and the declaration when not refused
	declaratie_nummer text,
	period_start date,
	period_end	date,
	declaratie_dagtekening date,
	total_cents	bigint CHECK (total_cents BETWEEN 0 AND 999999999999),
	total_dc	text CHECK (total_dc IN ('D', 'C')),
	declaration_id bigint REFERENCES productcodes.declarations,
	rows_stored	integer NOT NULL DEFAULT 0,
	rows_accepted integer NOT NULL DEFAULT 0,
	rows_rejected integer NOT NULL DEFAULT 0,
	content		xml NOT NULL,
	CONSTRAINT messages_refused_books_nothing
		CHECK (status = 'processed' OR (declaration_id IS NULL AND rows_stored = 0))
);
COMMENT ON TABLE productcodes.messages IS
'ontvangen berichten (301, 323) zoals ontvangen, met kop en uitkomst; een afgekeurd bericht boekt geen regels';
COMMENT ON COLUMN productcodes.messages.sender IS 'Afzender: the provider''s AGB (323) or the gemeentecode (301)';
COMMENT ON COLUMN productcodes.messages.processed_on IS 'the Dagtekening of the 325 answer';
CREATE INDEX messages_identification_idx
	ON productcodes.messages (message_type, sender, identificatie);
CREATE INDEX messages_declaration_idx ON productcodes.messages (declaration_id);

-- Why a 323 was refused: every message rule it breaks.
CREATE TABLE productcodes.message_refusals (
	message_id	bigint NOT NULL REFERENCES productcodes.messages ON DELETE CASCADE,
	rule_id		text NOT NULL REFERENCES productcodes.message_rules,
	detail		text NOT NULL,
	PRIMARY KEY (message_id, rule_id)
);
COMMENT ON TABLE productcodes.message_refusals IS 'de berichtregels waarop een 323 in zijn geheel is afgekeurd';

-- The Prestaties of a processed 323, in message order, and the staged row
-- (and through it the declaration row) each became.
CREATE TABLE productcodes.message_rows (
	message_id	bigint NOT NULL REFERENCES productcodes.messages ON DELETE CASCADE,
	seq			integer NOT NULL,
	client_seq	integer NOT NULL,
	staged_id	bigint NOT NULL REFERENCES productcodes.staged_rows,
	PRIMARY KEY (message_id, seq)
);
COMMENT ON TABLE productcodes.message_rows IS
'de prestaties van een 323 in berichtvolgorde (client_seq: de hoeveelste Client), met hun aangeleverde regel';
CREATE INDEX message_rows_staged_idx ON productcodes.message_rows (staged_id);

-- The allocations a 301 added, changed or deleted.
CREATE TABLE productcodes.message_allocations (
	message_id	bigint NOT NULL REFERENCES productcodes.messages ON DELETE CASCADE,
	seq			integer NOT NULL,
	allocation_id bigint NOT NULL REFERENCES productcodes.allocations,
	action		text NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
	PRIMARY KEY (message_id, seq)
);
COMMENT ON TABLE productcodes.message_allocations IS
'de toewijzingen die een 301 heeft toegevoegd, gewijzigd of verwijderd (reden wijziging 13)';
CREATE INDEX message_allocations_allocation_idx ON productcodes.message_allocations (allocation_id);

-- A Prestatie as read from a 323: values as in the message (integers in
-- their canonical form, dates without surrounding white space).
CREATE TYPE productcodes.message_prestatie AS (
	seq			integer,
	client_seq	integer,
	bsn			text,
	referentie_nummer text,
	vorig_referentie_nummer text,
	toewijzing_nummer text,
	category	text,
	code		text,
	period_start text,
	period_end	text,
	volume		text,
	unit		text,
	tariff_cents text,
	amount_cents text,
	dc			text
);
COMMENT ON TYPE productcodes.message_prestatie IS 'een Prestatie zoals gelezen uit een 323';

-- generated from the XSDs of release 3.2 (JW301, JW323, WMO301, WMO323 and
-- their basisschema) by walking each message from its root element
INSERT INTO productcodes.message_elements (message, path, parent, seq, name, ns, min_occurs, max_occurs, value_type, xpath) VALUES
	('JW301', 'Bericht', NULL, 1, 'Bericht', 'm', 1, 1, NULL, '/m:Bericht'),
	('JW301', 'Bericht/Header', 'Bericht', 1, 'Header', 'm', 1, 1, NULL, '/m:Bericht/m:Header'),
	('JW301', 'Bericht/Header/BerichtCode', 'Bericht/Header', 1, 'BerichtCode', 'm', 1, 1, 'JW301.BerichtCode', '/m:Bericht/m:Header/m:BerichtCode'),
	('JW301', 'Bericht/Header/BerichtVersie', 'Bericht/Header', 2, 'BerichtVersie', 'm', 1, 1, 'JW301.BerichtVersie', '/m:Bericht/m:Header/m:BerichtVersie'),
	('JW301', 'Bericht/Header/BerichtSubversie', 'Bericht/Header', 3, 'BerichtSubversie', 'm', 1, 1, 'JW301.BerichtSubversie', '/m:Bericht/m:Header/m:BerichtSubversie'),
	('JW301', 'Bericht/Header/Afzender', 'Bericht/Header', 4, 'Afzender', 'm', 1, 1, 'LDT_Gemeente', '/m:Bericht/m:Header/m:Afzender'),
	('JW301', 'Bericht/Header/Ontvanger', 'Bericht/Header', 5, 'Ontvanger', 'm', 1, 1, 'LDT_AgbCode', '/m:Bericht/m:Header/m:Ontvanger'),
	('JW301', 'Bericht/Header/BerichtIdentificatie', 'Bericht/Header', 6, 'BerichtIdentificatie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:BerichtIdentificatie'),
	('JW301', 'Bericht/Header/BerichtIdentificatie/Identificatie', 'Bericht/Header/BerichtIdentificatie', 1, 'Identificatie', 'b', 1, 1, 'LDT_IdentificatieBericht', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Identificatie'),
	('JW301', 'Bericht/Header/BerichtIdentificatie/Dagtekening', 'Bericht/Header/BerichtIdentificatie', 2, 'Dagtekening', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Dagtekening'),
	('JW301', 'Bericht/Header/XsdVersie', 'Bericht/Header', 7, 'XsdVersie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:XsdVersie'),
	('JW301', 'Bericht/Header/XsdVersie/BasisschemaXsdVersie', 'Bericht/Header/XsdVersie', 1, 'BasisschemaXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BasisschemaXsdVersie'),
	('JW301', 'Bericht/Header/XsdVersie/BerichtXsdVersie', 'Bericht/Header/XsdVersie', 2, 'BerichtXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BerichtXsdVersie'),
	('JW301', 'Bericht/Client', 'Bericht', 2, 'Client', 'm', 1, 1, NULL, '/m:Bericht/m:Client'),
	('JW301', 'Bericht/Client/Bsn', 'Bericht/Client', 1, 'Bsn', 'm', 1, 1, 'LDT_BurgerServicenummer', '/m:Bericht/m:Client/m:Bsn'),
	('JW301', 'Bericht/Client/Geboortedatum', 'Bericht/Client', 2, 'Geboortedatum', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Geboortedatum'),
	('JW301', 'Bericht/Client/Geboortedatum/Datum', 'Bericht/Client/Geboortedatum', 1, 'Datum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Geboortedatum/b:Datum'),
	('JW301', 'Bericht/Client/Geboortedatum/DatumGebruik', 'Bericht/Client/Geboortedatum', 2, 'DatumGebruik', 'b', 0, 1, 'LDT_DatumGebruik', '/m:Bericht/m:Client/m:Geboortedatum/b:DatumGebruik'),
	('JW301', 'Bericht/Client/Geslacht', 'Bericht/Client', 3, 'Geslacht', 'm', 1, 1, 'LDT_Geslacht', '/m:Bericht/m:Client/m:Geslacht'),
	('JW301', 'Bericht/Client/Naam', 'Bericht/Client', 4, 'Naam', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Naam'),
	('JW301', 'Bericht/Client/Naam/Geslachtsnaam', 'Bericht/Client/Naam', 1, 'Geslachtsnaam', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam'),
	('JW301', 'Bericht/Client/Naam/Geslachtsnaam/Achternaam', 'Bericht/Client/Naam/Geslachtsnaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Achternaam'),
	('JW301', 'Bericht/Client/Naam/Geslachtsnaam/Voorvoegsel', 'Bericht/Client/Naam/Geslachtsnaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Voorvoegsel'),
	('JW301', 'Bericht/Client/Naam/Partnernaam', 'Bericht/Client/Naam', 2, 'Partnernaam', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Naam/b:Partnernaam'),
	('JW301', 'Bericht/Client/Naam/Partnernaam/Achternaam', 'Bericht/Client/Naam/Partnernaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Partnernaam/b:Achternaam'),
	('JW301', 'Bericht/Client/Naam/Partnernaam/Voorvoegsel', 'Bericht/Client/Naam/Partnernaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Naam/b:Partnernaam/b:Voorvoegsel'),
	('JW301', 'Bericht/Client/Naam/Voornamen', 'Bericht/Client/Naam', 3, 'Voornamen', 'b', 0, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Voornamen'),
	('JW301', 'Bericht/Client/Naam/Voorletters', 'Bericht/Client/Naam', 4, 'Voorletters', 'b', 0, 1, 'LDT_Voorletters', '/m:Bericht/m:Client/m:Naam/b:Voorletters'),
	('JW301', 'Bericht/Client/Naam/NaamGebruik', 'Bericht/Client/Naam', 5, 'NaamGebruik', 'b', 1, 1, 'LDT_NaamGebruik', '/m:Bericht/m:Client/m:Naam/b:NaamGebruik'),
	('JW301', 'Bericht/Client/Communicatie', 'Bericht/Client', 5, 'Communicatie', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Communicatie'),
	('JW301', 'Bericht/Client/Communicatie/Vorm', 'Bericht/Client/Communicatie', 1, 'Vorm', 'b', 1, 1, 'LDT_Communicatievorm', '/m:Bericht/m:Client/m:Communicatie/b:Vorm'),
	('JW301', 'Bericht/Client/Communicatie/Taal', 'Bericht/Client/Communicatie', 2, 'Taal', 'b', 0, 1, 'LDT_Taal', '/m:Bericht/m:Client/m:Communicatie/b:Taal'),
	('JW301', 'Bericht/Client/JuridischeStatus', 'Bericht/Client', 6, 'JuridischeStatus', 'm', 0, 1, 'LDT_JuridischeStatus', '/m:Bericht/m:Client/m:JuridischeStatus'),
	('JW301', 'Bericht/Client/WettelijkeVertegenwoordiging', 'Bericht/Client', 7, 'WettelijkeVertegenwoordiging', 'm', 0, 1, 'LDT_WettelijkeVertegenwoordiging', '/m:Bericht/m:Client/m:WettelijkeVertegenwoordiging'),
	('JW301', 'Bericht/Client/Commentaar', 'Bericht/Client', 8, 'Commentaar', 'm', 0, 1, 'LDT_Commentaar', '/m:Bericht/m:Client/m:Commentaar'),
	('JW301', 'Bericht/Client/Relaties', 'Bericht/Client', 9, 'Relaties', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties'),
	('JW301', 'Bericht/Client/Relaties/Relatie', 'Bericht/Client/Relaties', 1, 'Relatie', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Nummer', 'Bericht/Client/Relaties/Relatie', 1, 'Nummer', 'm', 1, 1, 'LDT_Persoonsid', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Nummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Volgorde', 'Bericht/Client/Relaties/Relatie', 2, 'Volgorde', 'm', 0, 1, 'LDT_RelatieVolgorde', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Volgorde'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Soort', 'Bericht/Client/Relaties/Relatie', 3, 'Soort', 'm', 1, 1, 'LDT_SoortRelatie', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Soort'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 'Bericht/Client/Relaties/Relatie', 4, 'Geboortedatum', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Geboortedatum/Datum', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 1, 'Datum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum/b:Datum'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Geboortedatum/DatumGebruik', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 2, 'DatumGebruik', 'b', 0, 1, 'LDT_DatumGebruik', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum/b:DatumGebruik'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Geslacht', 'Bericht/Client/Relaties/Relatie', 5, 'Geslacht', 'm', 0, 1, 'LDT_Geslacht', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geslacht'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam', 'Bericht/Client/Relaties/Relatie', 6, 'Naam', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 'Bericht/Client/Relaties/Relatie/Naam', 1, 'Geslachtsnaam', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam/Achternaam', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam/b:Achternaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam/Voorvoegsel', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam/b:Voorvoegsel'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 'Bericht/Client/Relaties/Relatie/Naam', 2, 'Partnernaam', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam/Achternaam', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam/b:Achternaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam/Voorvoegsel', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam/b:Voorvoegsel'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Voornamen', 'Bericht/Client/Relaties/Relatie/Naam', 3, 'Voornamen', 'b', 0, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Voornamen'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/Voorletters', 'Bericht/Client/Relaties/Relatie/Naam', 4, 'Voorletters', 'b', 0, 1, 'LDT_Voorletters', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Voorletters'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Naam/NaamGebruik', 'Bericht/Client/Relaties/Relatie/Naam', 5, 'NaamGebruik', 'b', 1, 1, 'LDT_NaamGebruik', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:NaamGebruik'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact', 'Bericht/Client/Relaties/Relatie', 7, 'Contact', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Soort', 'Bericht/Client/Relaties/Relatie/Contact', 1, 'Soort', 'm', 1, 1, 'LDT_AdresSoort', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Soort'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 'Bericht/Client/Relaties/Relatie/Contact', 2, 'Adres', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 1, 'Huis', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/Huisnummer', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 1, 'Huisnummer', 'b', 1, 1, 'LDT_Huisnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:Huisnummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/Huisletter', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 2, 'Huisletter', 'b', 0, 1, 'LDT_Huisletter', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:Huisletter'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/HuisnummerToevoeging', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 3, 'HuisnummerToevoeging', 'b', 0, 1, 'LDT_HuisnummerToevoeging', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:HuisnummerToevoeging'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/AanduidingWoonadres', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 4, 'AanduidingWoonadres', 'b', 0, 1, 'LDT_AanduidingWoonadres', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:AanduidingWoonadres'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Postcode', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 2, 'Postcode', 'b', 0, 1, 'LDT_Postcode', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Postcode'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Straatnaam', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 3, 'Straatnaam', 'b', 0, 1, 'LDT_Straatnaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Straatnaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Plaatsnaam', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 4, 'Plaatsnaam', 'b', 0, 1, 'LDT_Plaatsnaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Plaatsnaam'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/LandCode', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 5, 'LandCode', 'b', 0, 1, 'LDT_LandCode', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:LandCode'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Organisatie', 'Bericht/Client/Relaties/Relatie/Contact', 3, 'Organisatie', 'm', 0, 1, 'LDT_Organisatienaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Organisatie'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 'Bericht/Client/Relaties/Relatie/Contact', 4, 'Telefoon', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 1, 'Telefoon01', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01/Telefoonnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01/b:Telefoonnummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01/Landnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01/b:Landnummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 2, 'Telefoon02', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02/Telefoonnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02/b:Telefoonnummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02/Landnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02/b:Landnummer'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Emailadres', 'Bericht/Client/Relaties/Relatie/Contact', 5, 'Emailadres', 'm', 0, 1, 'LDT_Emailadres', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Emailadres'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 'Bericht/Client/Relaties/Relatie/Contact', 6, 'Periode', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Periode/Begindatum', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 1, 'Begindatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode/b:Begindatum'),
	('JW301', 'Bericht/Client/Relaties/Relatie/Contact/Periode/Einddatum', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 2, 'Einddatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode/b:Einddatum'),
	('JW301', 'Bericht/Client/Contactgegevens', 'Bericht/Client', 10, 'Contactgegevens', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact', 'Bericht/Client/Contactgegevens', 1, 'Contact', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Soort', 'Bericht/Client/Contactgegevens/Contact', 1, 'Soort', 'm', 1, 1, 'LDT_AdresSoort', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Soort'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres', 'Bericht/Client/Contactgegevens/Contact', 2, 'Adres', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 'Bericht/Client/Contactgegevens/Contact/Adres', 1, 'Huis', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisnummer', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 1, 'Huisnummer', 'b', 1, 1, 'LDT_Huisnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisnummer'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisletter', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 2, 'Huisletter', 'b', 0, 1, 'LDT_Huisletter', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisletter'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/HuisnummerToevoeging', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 3, 'HuisnummerToevoeging', 'b', 0, 1, 'LDT_HuisnummerToevoeging', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:HuisnummerToevoeging'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/AanduidingWoonadres', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 4, 'AanduidingWoonadres', 'b', 0, 1, 'LDT_AanduidingWoonadres', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:AanduidingWoonadres'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Postcode', 'Bericht/Client/Contactgegevens/Contact/Adres', 2, 'Postcode', 'b', 0, 1, 'LDT_Postcode', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Postcode'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Straatnaam', 'Bericht/Client/Contactgegevens/Contact/Adres', 3, 'Straatnaam', 'b', 0, 1, 'LDT_Straatnaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Straatnaam'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/Plaatsnaam', 'Bericht/Client/Contactgegevens/Contact/Adres', 4, 'Plaatsnaam', 'b', 0, 1, 'LDT_Plaatsnaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Plaatsnaam'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Adres/LandCode', 'Bericht/Client/Contactgegevens/Contact/Adres', 5, 'LandCode', 'b', 0, 1, 'LDT_LandCode', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:LandCode'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Organisatie', 'Bericht/Client/Contactgegevens/Contact', 3, 'Organisatie', 'm', 0, 1, 'LDT_Organisatienaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Organisatie'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 'Bericht/Client/Contactgegevens/Contact', 4, 'Telefoon', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 1, 'Telefoon01', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01/Telefoonnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Telefoonnummer'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01/Landnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Landnummer'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 2, 'Telefoon02', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02/Telefoonnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02/b:Telefoonnummer'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02/Landnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02/b:Landnummer'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Emailadres', 'Bericht/Client/Contactgegevens/Contact', 5, 'Emailadres', 'm', 0, 1, 'LDT_Emailadres', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Emailadres'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Periode', 'Bericht/Client/Contactgegevens/Contact', 6, 'Periode', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Periode/Begindatum', 'Bericht/Client/Contactgegevens/Contact/Periode', 1, 'Begindatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode/b:Begindatum'),
	('JW301', 'Bericht/Client/Contactgegevens/Contact/Periode/Einddatum', 'Bericht/Client/Contactgegevens/Contact/Periode', 2, 'Einddatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode/b:Einddatum'),
	('JW301', 'Bericht/Client/ToegewezenProducten', 'Bericht/Client', 11, 'ToegewezenProducten', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 'Bericht/Client/ToegewezenProducten', 1, 'ToegewezenProduct', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 1, 'ToewijzingNummer', 'm', 1, 1, 'LDT_Nummer', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:ToewijzingNummer'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/ReferentieAanbieder', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 2, 'ReferentieAanbieder', 'm', 0, 1, 'LDT_Referentie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:ReferentieAanbieder'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 3, 'Product', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product/Categorie', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 1, 'Categorie', 'b', 1, 1, 'LDT_ProductCategorie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product/b:Categorie'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product/Code', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 2, 'Code', 'b', 0, 1, 'LDT_ProductCode', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product/b:Code'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 4, 'Toewijzingsdatum', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Toewijzingsdatum'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingstijd', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 5, 'Toewijzingstijd', 'm', 1, 1, 'LDT_Tijd', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Toewijzingstijd'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 6, 'Ingangsdatum', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Ingangsdatum'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 7, 'Einddatum', 'm', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Einddatum'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 8, 'RedenWijziging', 'm', 0, 1, 'LDT_RedenWijziging', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:RedenWijziging'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 9, 'Omvang', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Volume', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 1, 'Volume', 'b', 1, 1, 'LDT_Volume', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Volume'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Eenheid', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 2, 'Eenheid', 'b', 1, 1, 'LDT_Eenheid', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Eenheid'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 3, 'Frequentie', 'b', 1, 1, 'LDT_Frequentie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Frequentie'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Budget', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 10, 'Budget', 'm', 0, 1, 'LDT_Budget', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Budget'),
	('JW301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Commentaar', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 11, 'Commentaar', 'm', 0, 1, 'LDT_Commentaar', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Commentaar'),
	('JW323', 'Bericht', NULL, 1, 'Bericht', 'm', 1, 1, NULL, '/m:Bericht'),
	('JW323', 'Bericht/Header', 'Bericht', 1, 'Header', 'm', 1, 1, NULL, '/m:Bericht/m:Header'),
	('JW323', 'Bericht/Header/BerichtCode', 'Bericht/Header', 1, 'BerichtCode', 'm', 1, 1, 'JW323.BerichtCode', '/m:Bericht/m:Header/m:BerichtCode'),
	('JW323', 'Bericht/Header/BerichtVersie', 'Bericht/Header', 2, 'BerichtVersie', 'm', 1, 1, 'JW323.BerichtVersie', '/m:Bericht/m:Header/m:BerichtVersie'),
	('JW323', 'Bericht/Header/BerichtSubversie', 'Bericht/Header', 3, 'BerichtSubversie', 'm', 1, 1, 'JW323.BerichtSubversie', '/m:Bericht/m:Header/m:BerichtSubversie'),
	('JW323', 'Bericht/Header/Afzender', 'Bericht/Header', 4, 'Afzender', 'm', 1, 1, 'LDT_AgbCode', '/m:Bericht/m:Header/m:Afzender'),
	('JW323', 'Bericht/Header/Ontvanger', 'Bericht/Header', 5, 'Ontvanger', 'm', 1, 1, 'LDT_Gemeente', '/m:Bericht/m:Header/m:Ontvanger'),
	('JW323', 'Bericht/Header/BerichtIdentificatie', 'Bericht/Header', 6, 'BerichtIdentificatie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:BerichtIdentificatie'),
	('JW323', 'Bericht/Header/BerichtIdentificatie/Identificatie', 'Bericht/Header/BerichtIdentificatie', 1, 'Identificatie', 'b', 1, 1, 'LDT_IdentificatieBericht', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Identificatie'),
	('JW323', 'Bericht/Header/BerichtIdentificatie/Dagtekening', 'Bericht/Header/BerichtIdentificatie', 2, 'Dagtekening', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Dagtekening'),
	('JW323', 'Bericht/Header/XsdVersie', 'Bericht/Header', 7, 'XsdVersie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:XsdVersie'),
	('JW323', 'Bericht/Header/XsdVersie/BasisschemaXsdVersie', 'Bericht/Header/XsdVersie', 1, 'BasisschemaXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BasisschemaXsdVersie'),
	('JW323', 'Bericht/Header/XsdVersie/BerichtXsdVersie', 'Bericht/Header/XsdVersie', 2, 'BerichtXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BerichtXsdVersie'),
	('JW323', 'Bericht/Declaratie', 'Bericht', 2, 'Declaratie', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie'),
	('JW323', 'Bericht/Declaratie/DeclaratieNummer', 'Bericht/Declaratie', 1, 'DeclaratieNummer', 'm', 1, 1, 'JW323.DeclaratieNummer', '/m:Bericht/m:Declaratie/m:DeclaratieNummer'),
	('JW323', 'Bericht/Declaratie/DeclaratiePeriode', 'Bericht/Declaratie', 2, 'DeclaratiePeriode', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:DeclaratiePeriode'),
	('JW323', 'Bericht/Declaratie/DeclaratiePeriode/Begindatum', 'Bericht/Declaratie/DeclaratiePeriode', 1, 'Begindatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratiePeriode/b:Begindatum'),
	('JW323', 'Bericht/Declaratie/DeclaratiePeriode/Einddatum', 'Bericht/Declaratie/DeclaratiePeriode', 2, 'Einddatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratiePeriode/b:Einddatum'),
	('JW323', 'Bericht/Declaratie/DeclaratieDagtekening', 'Bericht/Declaratie', 3, 'DeclaratieDagtekening', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratieDagtekening'),
	('JW323', 'Bericht/Declaratie/TotaalIngediendBedrag', 'Bericht/Declaratie', 4, 'TotaalIngediendBedrag', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag'),
	('JW323', 'Bericht/Declaratie/TotaalIngediendBedrag/TotaalBedrag', 'Bericht/Declaratie/TotaalIngediendBedrag', 1, 'TotaalBedrag', 'b', 1, 1, 'LDT_TotaalBedrag', '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag/b:TotaalBedrag'),
	('JW323', 'Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit', 'Bericht/Declaratie/TotaalIngediendBedrag', 2, 'DebetCredit', 'b', 1, 1, 'LDT_DebetCredit', '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag/b:DebetCredit'),
	('JW323', 'Bericht/Declaratie/Clienten', 'Bericht/Declaratie', 5, 'Clienten', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten'),
	('JW323', 'Bericht/Declaratie/Clienten/Client', 'Bericht/Declaratie/Clienten', 1, 'Client', 'm', 1, NULL, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Bsn', 'Bericht/Declaratie/Clienten/Client', 1, 'Bsn', 'm', 1, 1, 'LDT_BurgerServicenummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Bsn'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties', 'Bericht/Declaratie/Clienten/Client', 2, 'Prestaties', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 'Bericht/Declaratie/Clienten/Client/Prestaties', 1, 'Prestatie', 'm', 1, NULL, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 1, 'ProductReferentie', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 1, 'ReferentieNummer', 'b', 1, 1, 'LDT_ReferentieNummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie/b:ReferentieNummer'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 2, 'VorigReferentieNummer', 'b', 0, 1, 'LDT_ReferentieNummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie/b:VorigReferentieNummer'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ToewijzingNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 2, 'ToewijzingNummer', 'm', 1, 1, 'LDT_Nummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ToewijzingNummer'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCategorie', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 3, 'ProductCategorie', 'm', 1, 1, 'LDT_ProductCategorie', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductCategorie'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 4, 'ProductCode', 'm', 1, 1, 'LDT_ProductCode', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductCode'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 5, 'ProductPeriode', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 1, 'Begindatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode/b:Begindatum'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 2, 'Einddatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode/b:Einddatum'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/GeleverdVolume', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 6, 'GeleverdVolume', 'm', 1, 1, 'LDT_Volume', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:GeleverdVolume'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/Eenheid', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 7, 'Eenheid', 'm', 1, 1, 'LDT_Eenheid', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:Eenheid'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 8, 'ProductTarief', 'm', 0, 1, 'LDT_Bedrag', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductTarief'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 9, 'IngediendBedrag', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 1, 'Bedrag', 'b', 1, 1, 'LDT_Bedrag', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag/b:Bedrag'),
	('JW323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/DebetCredit', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 2, 'DebetCredit', 'b', 1, 1, 'LDT_DebetCredit', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag/b:DebetCredit'),
	('WMO301', 'Bericht', NULL, 1, 'Bericht', 'm', 1, 1, NULL, '/m:Bericht'),
	('WMO301', 'Bericht/Header', 'Bericht', 1, 'Header', 'm', 1, 1, NULL, '/m:Bericht/m:Header'),
	('WMO301', 'Bericht/Header/BerichtCode', 'Bericht/Header', 1, 'BerichtCode', 'm', 1, 1, 'WMO301.BerichtCode', '/m:Bericht/m:Header/m:BerichtCode'),
	('WMO301', 'Bericht/Header/BerichtVersie', 'Bericht/Header', 2, 'BerichtVersie', 'm', 1, 1, 'WMO301.BerichtVersie', '/m:Bericht/m:Header/m:BerichtVersie'),
	('WMO301', 'Bericht/Header/BerichtSubversie', 'Bericht/Header', 3, 'BerichtSubversie', 'm', 1, 1, 'WMO301.BerichtSubversie', '/m:Bericht/m:Header/m:BerichtSubversie'),
	('WMO301', 'Bericht/Header/Afzender', 'Bericht/Header', 4, 'Afzender', 'm', 1, 1, 'LDT_Gemeente', '/m:Bericht/m:Header/m:Afzender'),
	('WMO301', 'Bericht/Header/Ontvanger', 'Bericht/Header', 5, 'Ontvanger', 'm', 1, 1, 'LDT_AgbCode', '/m:Bericht/m:Header/m:Ontvanger'),
	('WMO301', 'Bericht/Header/BerichtIdentificatie', 'Bericht/Header', 6, 'BerichtIdentificatie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:BerichtIdentificatie'),
	('WMO301', 'Bericht/Header/BerichtIdentificatie/Identificatie', 'Bericht/Header/BerichtIdentificatie', 1, 'Identificatie', 'b', 1, 1, 'LDT_IdentificatieBericht', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Identificatie'),
	('WMO301', 'Bericht/Header/BerichtIdentificatie/Dagtekening', 'Bericht/Header/BerichtIdentificatie', 2, 'Dagtekening', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Dagtekening'),
	('WMO301', 'Bericht/Header/XsdVersie', 'Bericht/Header', 7, 'XsdVersie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:XsdVersie'),
	('WMO301', 'Bericht/Header/XsdVersie/BasisschemaXsdVersie', 'Bericht/Header/XsdVersie', 1, 'BasisschemaXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BasisschemaXsdVersie'),
	('WMO301', 'Bericht/Header/XsdVersie/BerichtXsdVersie', 'Bericht/Header/XsdVersie', 2, 'BerichtXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BerichtXsdVersie'),
	('WMO301', 'Bericht/Client', 'Bericht', 2, 'Client', 'm', 1, 1, NULL, '/m:Bericht/m:Client'),
	('WMO301', 'Bericht/Client/Bsn', 'Bericht/Client', 1, 'Bsn', 'm', 1, 1, 'LDT_BurgerServicenummer', '/m:Bericht/m:Client/m:Bsn'),
	('WMO301', 'Bericht/Client/Geboortedatum', 'Bericht/Client', 2, 'Geboortedatum', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Geboortedatum'),
	('WMO301', 'Bericht/Client/Geboortedatum/Datum', 'Bericht/Client/Geboortedatum', 1, 'Datum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Geboortedatum/b:Datum'),
	('WMO301', 'Bericht/Client/Geboortedatum/DatumGebruik', 'Bericht/Client/Geboortedatum', 2, 'DatumGebruik', 'b', 0, 1, 'LDT_DatumGebruik', '/m:Bericht/m:Client/m:Geboortedatum/b:DatumGebruik'),
	('WMO301', 'Bericht/Client/Geslacht', 'Bericht/Client', 3, 'Geslacht', 'm', 1, 1, 'LDT_Geslacht', '/m:Bericht/m:Client/m:Geslacht'),
	('WMO301', 'Bericht/Client/Naam', 'Bericht/Client', 4, 'Naam', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Naam'),
	('WMO301', 'Bericht/Client/Naam/Geslachtsnaam', 'Bericht/Client/Naam', 1, 'Geslachtsnaam', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam'),
	('WMO301', 'Bericht/Client/Naam/Geslachtsnaam/Achternaam', 'Bericht/Client/Naam/Geslachtsnaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Achternaam'),
	('WMO301', 'Bericht/Client/Naam/Geslachtsnaam/Voorvoegsel', 'Bericht/Client/Naam/Geslachtsnaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Naam/b:Geslachtsnaam/b:Voorvoegsel'),
	('WMO301', 'Bericht/Client/Naam/Partnernaam', 'Bericht/Client/Naam', 2, 'Partnernaam', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Naam/b:Partnernaam'),
	('WMO301', 'Bericht/Client/Naam/Partnernaam/Achternaam', 'Bericht/Client/Naam/Partnernaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Partnernaam/b:Achternaam'),
	('WMO301', 'Bericht/Client/Naam/Partnernaam/Voorvoegsel', 'Bericht/Client/Naam/Partnernaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Naam/b:Partnernaam/b:Voorvoegsel'),
	('WMO301', 'Bericht/Client/Naam/Voornamen', 'Bericht/Client/Naam', 3, 'Voornamen', 'b', 0, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Naam/b:Voornamen'),
	('WMO301', 'Bericht/Client/Naam/Voorletters', 'Bericht/Client/Naam', 4, 'Voorletters', 'b', 0, 1, 'LDT_Voorletters', '/m:Bericht/m:Client/m:Naam/b:Voorletters'),
	('WMO301', 'Bericht/Client/Naam/NaamGebruik', 'Bericht/Client/Naam', 5, 'NaamGebruik', 'b', 1, 1, 'LDT_NaamGebruik', '/m:Bericht/m:Client/m:Naam/b:NaamGebruik'),
	('WMO301', 'Bericht/Client/Communicatie', 'Bericht/Client', 5, 'Communicatie', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Communicatie'),
	('WMO301', 'Bericht/Client/Communicatie/Vorm', 'Bericht/Client/Communicatie', 1, 'Vorm', 'b', 1, 1, 'LDT_Communicatievorm', '/m:Bericht/m:Client/m:Communicatie/b:Vorm'),
	('WMO301', 'Bericht/Client/Communicatie/Taal', 'Bericht/Client/Communicatie', 2, 'Taal', 'b', 0, 1, 'LDT_Taal', '/m:Bericht/m:Client/m:Communicatie/b:Taal'),
	('WMO301', 'Bericht/Client/JuridischeStatus', 'Bericht/Client', 6, 'JuridischeStatus', 'm', 0, 1, 'LDT_JuridischeStatus', '/m:Bericht/m:Client/m:JuridischeStatus'),
	('WMO301', 'Bericht/Client/WettelijkeVertegenwoordiging', 'Bericht/Client', 7, 'WettelijkeVertegenwoordiging', 'm', 0, 1, 'LDT_WettelijkeVertegenwoordiging', '/m:Bericht/m:Client/m:WettelijkeVertegenwoordiging'),
	('WMO301', 'Bericht/Client/Commentaar', 'Bericht/Client', 8, 'Commentaar', 'm', 0, 1, 'LDT_Commentaar', '/m:Bericht/m:Client/m:Commentaar'),
	('WMO301', 'Bericht/Client/Relaties', 'Bericht/Client', 9, 'Relaties', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties'),
	('WMO301', 'Bericht/Client/Relaties/Relatie', 'Bericht/Client/Relaties', 1, 'Relatie', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Nummer', 'Bericht/Client/Relaties/Relatie', 1, 'Nummer', 'm', 1, 1, 'LDT_Persoonsid', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Nummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Volgorde', 'Bericht/Client/Relaties/Relatie', 2, 'Volgorde', 'm', 0, 1, 'LDT_RelatieVolgorde', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Volgorde'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Soort', 'Bericht/Client/Relaties/Relatie', 3, 'Soort', 'm', 1, 1, 'LDT_SoortRelatie', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Soort'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 'Bericht/Client/Relaties/Relatie', 4, 'Geboortedatum', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Geboortedatum/Datum', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 1, 'Datum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum/b:Datum'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Geboortedatum/DatumGebruik', 'Bericht/Client/Relaties/Relatie/Geboortedatum', 2, 'DatumGebruik', 'b', 0, 1, 'LDT_DatumGebruik', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geboortedatum/b:DatumGebruik'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Geslacht', 'Bericht/Client/Relaties/Relatie', 5, 'Geslacht', 'm', 0, 1, 'LDT_Geslacht', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Geslacht'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam', 'Bericht/Client/Relaties/Relatie', 6, 'Naam', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 'Bericht/Client/Relaties/Relatie/Naam', 1, 'Geslachtsnaam', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam/Achternaam', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam/b:Achternaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam/Voorvoegsel', 'Bericht/Client/Relaties/Relatie/Naam/Geslachtsnaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Geslachtsnaam/b:Voorvoegsel'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 'Bericht/Client/Relaties/Relatie/Naam', 2, 'Partnernaam', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam/Achternaam', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 1, 'Achternaam', 'b', 1, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam/b:Achternaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam/Voorvoegsel', 'Bericht/Client/Relaties/Relatie/Naam/Partnernaam', 2, 'Voorvoegsel', 'b', 0, 1, 'LDT_Voorvoegsel', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Partnernaam/b:Voorvoegsel'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Voornamen', 'Bericht/Client/Relaties/Relatie/Naam', 3, 'Voornamen', 'b', 0, 1, 'LDT_Naam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Voornamen'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/Voorletters', 'Bericht/Client/Relaties/Relatie/Naam', 4, 'Voorletters', 'b', 0, 1, 'LDT_Voorletters', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:Voorletters'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Naam/NaamGebruik', 'Bericht/Client/Relaties/Relatie/Naam', 5, 'NaamGebruik', 'b', 1, 1, 'LDT_NaamGebruik', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Naam/b:NaamGebruik'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact', 'Bericht/Client/Relaties/Relatie', 7, 'Contact', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Soort', 'Bericht/Client/Relaties/Relatie/Contact', 1, 'Soort', 'm', 1, 1, 'LDT_AdresSoort', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Soort'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 'Bericht/Client/Relaties/Relatie/Contact', 2, 'Adres', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 1, 'Huis', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/Huisnummer', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 1, 'Huisnummer', 'b', 1, 1, 'LDT_Huisnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:Huisnummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/Huisletter', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 2, 'Huisletter', 'b', 0, 1, 'LDT_Huisletter', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:Huisletter'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/HuisnummerToevoeging', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 3, 'HuisnummerToevoeging', 'b', 0, 1, 'LDT_HuisnummerToevoeging', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:HuisnummerToevoeging'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis/AanduidingWoonadres', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Huis', 4, 'AanduidingWoonadres', 'b', 0, 1, 'LDT_AanduidingWoonadres', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Huis/b:AanduidingWoonadres'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Postcode', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 2, 'Postcode', 'b', 0, 1, 'LDT_Postcode', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Postcode'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Straatnaam', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 3, 'Straatnaam', 'b', 0, 1, 'LDT_Straatnaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Straatnaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/Plaatsnaam', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 4, 'Plaatsnaam', 'b', 0, 1, 'LDT_Plaatsnaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:Plaatsnaam'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Adres/LandCode', 'Bericht/Client/Relaties/Relatie/Contact/Adres', 5, 'LandCode', 'b', 0, 1, 'LDT_LandCode', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Adres/b:LandCode'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Organisatie', 'Bericht/Client/Relaties/Relatie/Contact', 3, 'Organisatie', 'm', 0, 1, 'LDT_Organisatienaam', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Organisatie'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 'Bericht/Client/Relaties/Relatie/Contact', 4, 'Telefoon', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 1, 'Telefoon01', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01/Telefoonnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01/b:Telefoonnummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01/Landnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon01', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon01/b:Landnummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon', 2, 'Telefoon02', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02/Telefoonnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02/b:Telefoonnummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02/Landnummer', 'Bericht/Client/Relaties/Relatie/Contact/Telefoon/Telefoon02', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Telefoon/b:Telefoon02/b:Landnummer'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Emailadres', 'Bericht/Client/Relaties/Relatie/Contact', 5, 'Emailadres', 'm', 0, 1, 'LDT_Emailadres', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Emailadres'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 'Bericht/Client/Relaties/Relatie/Contact', 6, 'Periode', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Periode/Begindatum', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 1, 'Begindatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode/b:Begindatum'),
	('WMO301', 'Bericht/Client/Relaties/Relatie/Contact/Periode/Einddatum', 'Bericht/Client/Relaties/Relatie/Contact/Periode', 2, 'Einddatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Relaties/m:Relatie/m:Contact/m:Periode/b:Einddatum'),
	('WMO301', 'Bericht/Client/Contactgegevens', 'Bericht/Client', 10, 'Contactgegevens', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact', 'Bericht/Client/Contactgegevens', 1, 'Contact', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Soort', 'Bericht/Client/Contactgegevens/Contact', 1, 'Soort', 'm', 1, 1, 'LDT_AdresSoort', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Soort'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres', 'Bericht/Client/Contactgegevens/Contact', 2, 'Adres', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 'Bericht/Client/Contactgegevens/Contact/Adres', 1, 'Huis', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisnummer', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 1, 'Huisnummer', 'b', 1, 1, 'LDT_Huisnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisnummer'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/Huisletter', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 2, 'Huisletter', 'b', 0, 1, 'LDT_Huisletter', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:Huisletter'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/HuisnummerToevoeging', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 3, 'HuisnummerToevoeging', 'b', 0, 1, 'LDT_HuisnummerToevoeging', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:HuisnummerToevoeging'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis/AanduidingWoonadres', 'Bericht/Client/Contactgegevens/Contact/Adres/Huis', 4, 'AanduidingWoonadres', 'b', 0, 1, 'LDT_AanduidingWoonadres', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Huis/b:AanduidingWoonadres'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Postcode', 'Bericht/Client/Contactgegevens/Contact/Adres', 2, 'Postcode', 'b', 0, 1, 'LDT_Postcode', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Postcode'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Straatnaam', 'Bericht/Client/Contactgegevens/Contact/Adres', 3, 'Straatnaam', 'b', 0, 1, 'LDT_Straatnaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Straatnaam'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/Plaatsnaam', 'Bericht/Client/Contactgegevens/Contact/Adres', 4, 'Plaatsnaam', 'b', 0, 1, 'LDT_Plaatsnaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:Plaatsnaam'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Adres/LandCode', 'Bericht/Client/Contactgegevens/Contact/Adres', 5, 'LandCode', 'b', 0, 1, 'LDT_LandCode', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Adres/b:LandCode'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Organisatie', 'Bericht/Client/Contactgegevens/Contact', 3, 'Organisatie', 'm', 0, 1, 'LDT_Organisatienaam', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Organisatie'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 'Bericht/Client/Contactgegevens/Contact', 4, 'Telefoon', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 1, 'Telefoon01', 'b', 1, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01/Telefoonnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Telefoonnummer'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01/Landnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon01', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon01/b:Landnummer'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 'Bericht/Client/Contactgegevens/Contact/Telefoon', 2, 'Telefoon02', 'b', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02/Telefoonnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 1, 'Telefoonnummer', 'b', 1, 1, 'LDT_Telefoonnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02/b:Telefoonnummer'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02/Landnummer', 'Bericht/Client/Contactgegevens/Contact/Telefoon/Telefoon02', 2, 'Landnummer', 'b', 1, 1, 'LDT_Landnummer', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Telefoon/b:Telefoon02/b:Landnummer'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Emailadres', 'Bericht/Client/Contactgegevens/Contact', 5, 'Emailadres', 'm', 0, 1, 'LDT_Emailadres', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Emailadres'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Periode', 'Bericht/Client/Contactgegevens/Contact', 6, 'Periode', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Periode/Begindatum', 'Bericht/Client/Contactgegevens/Contact/Periode', 1, 'Begindatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode/b:Begindatum'),
	('WMO301', 'Bericht/Client/Contactgegevens/Contact/Periode/Einddatum', 'Bericht/Client/Contactgegevens/Contact/Periode', 2, 'Einddatum', 'b', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:Contactgegevens/m:Contact/m:Periode/b:Einddatum'),
	('WMO301', 'Bericht/Client/ToegewezenProducten', 'Bericht/Client', 11, 'ToegewezenProducten', 'm', 1, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 'Bericht/Client/ToegewezenProducten', 1, 'ToegewezenProduct', 'm', 1, NULL, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 1, 'ToewijzingNummer', 'm', 1, 1, 'LDT_Nummer', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:ToewijzingNummer'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/ReferentieAanbieder', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 2, 'ReferentieAanbieder', 'm', 0, 1, 'LDT_Referentie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:ReferentieAanbieder'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 3, 'Product', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product/Categorie', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 1, 'Categorie', 'b', 1, 1, 'LDT_ProductCategorie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product/b:Categorie'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product/Code', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product', 2, 'Code', 'b', 0, 1, 'LDT_ProductCode', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Product/b:Code'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 4, 'Toewijzingsdatum', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Toewijzingsdatum'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingstijd', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 5, 'Toewijzingstijd', 'm', 1, 1, 'LDT_Tijd', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Toewijzingstijd'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 6, 'Ingangsdatum', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Ingangsdatum'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 7, 'Einddatum', 'm', 0, 1, 'LDT_Datum', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Einddatum'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 8, 'RedenWijziging', 'm', 0, 1, 'LDT_RedenWijziging', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:RedenWijziging'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 9, 'Omvang', 'm', 0, 1, NULL, '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Volume', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 1, 'Volume', 'b', 1, 1, 'LDT_Volume', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Volume'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Eenheid', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 2, 'Eenheid', 'b', 1, 1, 'LDT_Eenheid', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Eenheid'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang', 3, 'Frequentie', 'b', 1, 1, 'LDT_Frequentie', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Omvang/b:Frequentie'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Budget', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 10, 'Budget', 'm', 0, 1, 'LDT_Budget', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Budget'),
	('WMO301', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct/Commentaar', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct', 11, 'Commentaar', 'm', 0, 1, 'LDT_Commentaar', '/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct/m:Commentaar'),
	('WMO323', 'Bericht', NULL, 1, 'Bericht', 'm', 1, 1, NULL, '/m:Bericht'),
	('WMO323', 'Bericht/Header', 'Bericht', 1, 'Header', 'm', 1, 1, NULL, '/m:Bericht/m:Header'),
	('WMO323', 'Bericht/Header/BerichtCode', 'Bericht/Header', 1, 'BerichtCode', 'm', 1, 1, 'WMO323.BerichtCode', '/m:Bericht/m:Header/m:BerichtCode'),
	('WMO323', 'Bericht/Header/BerichtVersie', 'Bericht/Header', 2, 'BerichtVersie', 'm', 1, 1, 'WMO323.BerichtVersie', '/m:Bericht/m:Header/m:BerichtVersie'),
	('WMO323', 'Bericht/Header/BerichtSubversie', 'Bericht/Header', 3, 'BerichtSubversie', 'm', 1, 1, 'WMO323.BerichtSubversie', '/m:Bericht/m:Header/m:BerichtSubversie'),
	('WMO323', 'Bericht/Header/Afzender', 'Bericht/Header', 4, 'Afzender', 'm', 1, 1, 'LDT_AgbCode', '/m:Bericht/m:Header/m:Afzender'),
	('WMO323', 'Bericht/Header/Ontvanger', 'Bericht/Header', 5, 'Ontvanger', 'm', 1, 1, 'LDT_Gemeente', '/m:Bericht/m:Header/m:Ontvanger'),
	('WMO323', 'Bericht/Header/BerichtIdentificatie', 'Bericht/Header', 6, 'BerichtIdentificatie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:BerichtIdentificatie'),
	('WMO323', 'Bericht/Header/BerichtIdentificatie/Identificatie', 'Bericht/Header/BerichtIdentificatie', 1, 'Identificatie', 'b', 1, 1, 'LDT_IdentificatieBericht', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Identificatie'),
	('WMO323', 'Bericht/Header/BerichtIdentificatie/Dagtekening', 'Bericht/Header/BerichtIdentificatie', 2, 'Dagtekening', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Header/m:BerichtIdentificatie/b:Dagtekening'),
	('WMO323', 'Bericht/Header/XsdVersie', 'Bericht/Header', 7, 'XsdVersie', 'm', 1, 1, NULL, '/m:Bericht/m:Header/m:XsdVersie'),
	('WMO323', 'Bericht/Header/XsdVersie/BasisschemaXsdVersie', 'Bericht/Header/XsdVersie', 1, 'BasisschemaXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BasisschemaXsdVersie'),
	('WMO323', 'Bericht/Header/XsdVersie/BerichtXsdVersie', 'Bericht/Header/XsdVersie', 2, 'BerichtXsdVersie', 'b', 1, 1, 'LDT_Versie', '/m:Bericht/m:Header/m:XsdVersie/b:BerichtXsdVersie'),
	('WMO323', 'Bericht/Declaratie', 'Bericht', 2, 'Declaratie', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie'),
	('WMO323', 'Bericht/Declaratie/DeclaratieNummer', 'Bericht/Declaratie', 1, 'DeclaratieNummer', 'm', 1, 1, 'WMO323.DeclaratieNummer', '/m:Bericht/m:Declaratie/m:DeclaratieNummer'),
	('WMO323', 'Bericht/Declaratie/DeclaratiePeriode', 'Bericht/Declaratie', 2, 'DeclaratiePeriode', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:DeclaratiePeriode'),
	('WMO323', 'Bericht/Declaratie/DeclaratiePeriode/Begindatum', 'Bericht/Declaratie/DeclaratiePeriode', 1, 'Begindatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratiePeriode/b:Begindatum'),
	('WMO323', 'Bericht/Declaratie/DeclaratiePeriode/Einddatum', 'Bericht/Declaratie/DeclaratiePeriode', 2, 'Einddatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratiePeriode/b:Einddatum'),
	('WMO323', 'Bericht/Declaratie/DeclaratieDagtekening', 'Bericht/Declaratie', 3, 'DeclaratieDagtekening', 'm', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:DeclaratieDagtekening'),
	('WMO323', 'Bericht/Declaratie/TotaalIngediendBedrag', 'Bericht/Declaratie', 4, 'TotaalIngediendBedrag', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag'),
	('WMO323', 'Bericht/Declaratie/TotaalIngediendBedrag/TotaalBedrag', 'Bericht/Declaratie/TotaalIngediendBedrag', 1, 'TotaalBedrag', 'b', 1, 1, 'LDT_TotaalBedrag', '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag/b:TotaalBedrag'),
	('WMO323', 'Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit', 'Bericht/Declaratie/TotaalIngediendBedrag', 2, 'DebetCredit', 'b', 1, 1, 'LDT_DebetCredit', '/m:Bericht/m:Declaratie/m:TotaalIngediendBedrag/b:DebetCredit'),
	('WMO323', 'Bericht/Declaratie/Clienten', 'Bericht/Declaratie', 5, 'Clienten', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client', 'Bericht/Declaratie/Clienten', 1, 'Client', 'm', 1, NULL, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Bsn', 'Bericht/Declaratie/Clienten/Client', 1, 'Bsn', 'm', 1, 1, 'LDT_BurgerServicenummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Bsn'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties', 'Bericht/Declaratie/Clienten/Client', 2, 'Prestaties', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 'Bericht/Declaratie/Clienten/Client/Prestaties', 1, 'Prestatie', 'm', 1, NULL, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 1, 'ProductReferentie', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 1, 'ReferentieNummer', 'b', 1, 1, 'LDT_ReferentieNummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie/b:ReferentieNummer'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie', 2, 'VorigReferentieNummer', 'b', 0, 1, 'LDT_ReferentieNummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductReferentie/b:VorigReferentieNummer'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ToewijzingNummer', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 2, 'ToewijzingNummer', 'm', 1, 1, 'LDT_Nummer', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ToewijzingNummer'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCategorie', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 3, 'ProductCategorie', 'm', 1, 1, 'LDT_ProductCategorie', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductCategorie'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 4, 'ProductCode', 'm', 1, 1, 'LDT_ProductCode', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductCode'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 5, 'ProductPeriode', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 1, 'Begindatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode/b:Begindatum'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode', 2, 'Einddatum', 'b', 1, 1, 'LDT_Datum', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductPeriode/b:Einddatum'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/GeleverdVolume', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 6, 'GeleverdVolume', 'm', 1, 1, 'LDT_Volume', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:GeleverdVolume'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/Eenheid', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 7, 'Eenheid', 'm', 1, 1, 'LDT_Eenheid', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:Eenheid'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 8, 'ProductTarief', 'm', 0, 1, 'LDT_Bedrag', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:ProductTarief'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie', 9, 'IngediendBedrag', 'm', 1, 1, NULL, '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 1, 'Bedrag', 'b', 1, 1, 'LDT_Bedrag', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag/b:Bedrag'),
	('WMO323', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/DebetCredit', 'Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag', 2, 'DebetCredit', 'b', 1, 1, 'LDT_DebetCredit', '/m:Bericht/m:Declaratie/m:Clienten/m:Client/m:Prestaties/m:Prestatie/m:IngediendBedrag/b:DebetCredit');

INSERT INTO productcodes.message_types (standard, type_name, base, min_length, max_length, patterns, enumeration, min_value, max_value) VALUES
	('ijw', 'JW301.BerichtCode', 'string', 1, 3, ARRAY['436'], NULL, NULL, NULL),
	('ijw', 'JW301.BerichtSubversie', 'integer', NULL, NULL, ARRAY['2'], NULL, 0, 99),
	('ijw', 'JW301.BerichtVersie', 'integer', NULL, NULL, ARRAY['3'], NULL, 0, 99),
	('ijw', 'JW323.BerichtCode', 'string', 1, 3, ARRAY['490'], NULL, NULL, NULL),
	('ijw', 'JW323.BerichtSubversie', 'integer', NULL, NULL, ARRAY['2'], NULL, 0, 99),
	('ijw', 'JW323.BerichtVersie', 'integer', NULL, NULL, ARRAY['3'], NULL, 0, 99),
	('ijw', 'JW323.DeclaratieNummer', 'string', 1, 12, ARRAY['([a-zA-Z0-9])+'], NULL, NULL, NULL),
	('ijw', 'LDT_AanduidingWoonadres', 'string', NULL, 2, NULL, ARRAY['AB', 'BY', 'TO', 'WW'], NULL, NULL),
	('ijw', 'LDT_AdresSoort', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04'], NULL, NULL),
	('ijw', 'LDT_AgbCode', 'string', 1, 8, ARRAY['[0-9]{8}'], NULL, NULL, NULL),
	('ijw', 'LDT_Bedrag', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('ijw', 'LDT_Budget', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('ijw', 'LDT_BurgerServicenummer', 'string', 1, 9, ARRAY['[0-9]{9}'], NULL, NULL, NULL),
	('ijw', 'LDT_Commentaar', 'string', 1, NULL, ARRAY['([.\s]*\S+[.\s]*)+'], NULL, NULL, NULL),
	('ijw', 'LDT_Communicatievorm', 'string', NULL, 1, NULL, ARRAY['1', '2', '3'], NULL, NULL),
	('ijw', 'LDT_Datum', 'date', NULL, NULL, ARRAY['[^:Z]*'], NULL, NULL, NULL),
	('ijw', 'LDT_DatumGebruik', 'string', NULL, 1, NULL, ARRAY['1', '2', '3'], NULL, NULL),
	('ijw', 'LDT_DebetCredit', 'string', NULL, 1, NULL, ARRAY['C', 'D'], NULL, NULL),
	('ijw', 'LDT_Eenheid', 'string', NULL, 2, NULL, ARRAY['01', '04', '14', '16', '82', '83', '84'], NULL, NULL),
	('ijw', 'LDT_Emailadres', 'string', 1, 80, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Frequentie', 'string', NULL, 1, NULL, ARRAY['1', '2', '4', '6'], NULL, NULL),
	('ijw', 'LDT_Gemeente', 'string', 1, NULL, ARRAY['[0-9]{4}'], NULL, NULL, NULL),
	('ijw', 'LDT_Geslacht', 'string', NULL, 1, NULL, ARRAY['0', '1', '2'], NULL, NULL),
	('ijw', 'LDT_Huisletter', 'string', 1, 1, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Huisnummer', 'integer', NULL, NULL, NULL, NULL, 0, 99999),
	('ijw', 'LDT_HuisnummerToevoeging', 'string', 1, 4, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_IdentificatieBericht', 'string', 1, 12, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_JuridischeStatus', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04', '05', '11', '12'], NULL, NULL),
	('ijw', 'LDT_LandCode', 'string', NULL, 2, NULL, ARRAY['AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW'], NULL, NULL),
	('ijw', 'LDT_Landnummer', 'string', 1, 4, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Naam', 'string', 1, 200, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_NaamGebruik', 'string', NULL, 1, NULL, ARRAY['1', '2', '3', '4', '5', '6'], NULL, NULL),
	('ijw', 'LDT_Nummer', 'integer', NULL, NULL, NULL, NULL, 0, 999999999),
	('ijw', 'LDT_Organisatienaam', 'string', 1, 35, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Persoonsid', 'string', 1, 20, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Plaatsnaam', 'string', 1, 80, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Postcode', 'string', 1, 8, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_ProductCategorie', 'string', NULL, 2, NULL, ARRAY['31', '32', '33', '34', '35', '36', '37', '38', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55'], NULL, NULL),
	('ijw', 'LDT_ProductCode', 'string', 1, 5, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_RedenWijziging', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'], NULL, NULL),
	('ijw', 'LDT_Referentie', 'string', 1, 36, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_ReferentieNummer', 'string', 1, 20, NULL, NULL, NULL, NULL),
	('ijw', 'LDT_RelatieVolgorde', 'integer', NULL, NULL, NULL, NULL, 0, 99),
	('ijw', 'LDT_SoortRelatie', 'string', NULL, 2, NULL, ARRAY['03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25'], NULL, NULL),
	('ijw', 'LDT_Straatnaam', 'string', 1, 24, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Taal', 'string', 1, 25, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_Telefoonnummer', 'string', 1, 15, ARRAY['[0-9]*'], NULL, NULL, NULL),
	('ijw', 'LDT_Tijd', 'time', NULL, NULL, ARRAY['[^Z+-]+'], NULL, NULL, NULL),
	('ijw', 'LDT_TotaalBedrag', 'integer', NULL, NULL, NULL, NULL, 0, 999999999999),
	('ijw', 'LDT_Versie', 'string', 1, NULL, ARRAY['(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)'], NULL, NULL, NULL),
	('ijw', 'LDT_Volume', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('ijw', 'LDT_Voorletters', 'string', 1, 6, ARRAY['([a-zA-ZÀ-ỳ])+'], NULL, NULL, NULL),
	('ijw', 'LDT_Voorvoegsel', 'string', 1, 10, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('ijw', 'LDT_WettelijkeVertegenwoordiging', 'string', NULL, 2, NULL, ARRAY['06', '07', '08', '09', '10'], NULL, NULL),
	('iwmo', 'LDT_AanduidingWoonadres', 'string', NULL, 2, NULL, ARRAY['AB', 'BY', 'TO', 'WW'], NULL, NULL),
	('iwmo', 'LDT_AdresSoort', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04'], NULL, NULL),
	('iwmo', 'LDT_AgbCode', 'string', 1, 8, ARRAY['[0-9]{8}'], NULL, NULL, NULL),
	('iwmo', 'LDT_Bedrag', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('iwmo', 'LDT_Budget', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('iwmo', 'LDT_BurgerServicenummer', 'string', 1, 9, ARRAY['[0-9]{9}'], NULL, NULL, NULL),
	('iwmo', 'LDT_Commentaar', 'string', 1, NULL, ARRAY['([.\s]*\S+[.\s]*)+'], NULL, NULL, NULL),
	('iwmo', 'LDT_Communicatievorm', 'string', NULL, 1, NULL, ARRAY['1', '2', '3'], NULL, NULL),
	('iwmo', 'LDT_Datum', 'date', NULL, NULL, ARRAY['[^:Z]*'], NULL, NULL, NULL),
	('iwmo', 'LDT_DatumGebruik', 'string', NULL, 1, NULL, ARRAY['1', '2', '3'], NULL, NULL),
	('iwmo', 'LDT_DebetCredit', 'string', NULL, 1, NULL, ARRAY['C', 'D'], NULL, NULL),
	('iwmo', 'LDT_Eenheid', 'string', NULL, 2, NULL, ARRAY['01', '04', '14', '16', '82', '83', '84'], NULL, NULL),
	('iwmo', 'LDT_Emailadres', 'string', 1, 80, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Frequentie', 'string', NULL, 1, NULL, ARRAY['1', '2', '4', '6'], NULL, NULL),
	('iwmo', 'LDT_Gemeente', 'string', 1, NULL, ARRAY['[0-9]{4}'], NULL, NULL, NULL),
	('iwmo', 'LDT_Geslacht', 'string', NULL, 1, NULL, ARRAY['0', '1', '2'], NULL, NULL),
	('iwmo', 'LDT_Huisletter', 'string', 1, 1, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Huisnummer', 'integer', NULL, NULL, NULL, NULL, 0, 99999),
	('iwmo', 'LDT_HuisnummerToevoeging', 'string', 1, 4, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_IdentificatieBericht', 'string', 1, 12, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_JuridischeStatus', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04', '05', '11', '12'], NULL, NULL),
	('iwmo', 'LDT_LandCode', 'string', NULL, 2, NULL, ARRAY['AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW'], NULL, NULL),
	('iwmo', 'LDT_Landnummer', 'string', 1, 4, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Naam', 'string', 1, 200, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_NaamGebruik', 'string', NULL, 1, NULL, ARRAY['1', '2', '3', '4', '5', '6'], NULL, NULL),
	('iwmo', 'LDT_Nummer', 'integer', NULL, NULL, NULL, NULL, 0, 999999999),
	('iwmo', 'LDT_Organisatienaam', 'string', 1, 35, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Persoonsid', 'string', 1, 20, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Plaatsnaam', 'string', 1, 80, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Postcode', 'string', 1, 8, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_ProductCategorie', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18'], NULL, NULL),
	('iwmo', 'LDT_ProductCode', 'string', 1, 5, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_RedenWijziging', 'string', NULL, 2, NULL, ARRAY['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'], NULL, NULL),
	('iwmo', 'LDT_Referentie', 'string', 1, 36, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_ReferentieNummer', 'string', 1, 20, NULL, NULL, NULL, NULL),
	('iwmo', 'LDT_RelatieVolgorde', 'integer', NULL, NULL, NULL, NULL, 0, 99),
	('iwmo', 'LDT_SoortRelatie', 'string', NULL, 2, NULL, ARRAY['03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25'], NULL, NULL),
	('iwmo', 'LDT_Straatnaam', 'string', 1, 24, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Taal', 'string', 1, 25, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Telefoonnummer', 'string', 1, 15, ARRAY['[0-9]*'], NULL, NULL, NULL),
	('iwmo', 'LDT_Tijd', 'time', NULL, NULL, ARRAY['[^Z+-]+'], NULL, NULL, NULL),
	('iwmo', 'LDT_TotaalBedrag', 'integer', NULL, NULL, NULL, NULL, 0, 999999999999),
	('iwmo', 'LDT_Versie', 'string', 1, NULL, ARRAY['(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)'], NULL, NULL, NULL),
	('iwmo', 'LDT_Volume', 'integer', NULL, NULL, NULL, NULL, 0, 99999999),
	('iwmo', 'LDT_Voorletters', 'string', 1, 6, ARRAY['([a-zA-ZÀ-ỳ])+'], NULL, NULL, NULL),
	('iwmo', 'LDT_Voorvoegsel', 'string', 1, 10, ARRAY['.*[^\s].*'], NULL, NULL, NULL),
	('iwmo', 'LDT_WettelijkeVertegenwoordiging', 'string', NULL, 2, NULL, ARRAY['06', '07', '08', '09', '10'], NULL, NULL),
	('iwmo', 'WMO301.BerichtCode', 'string', 1, 3, ARRAY['414'], NULL, NULL, NULL),
	('iwmo', 'WMO301.BerichtSubversie', 'integer', NULL, NULL, ARRAY['2'], NULL, 0, 99),
	('iwmo', 'WMO301.BerichtVersie', 'integer', NULL, NULL, ARRAY['3'], NULL, 0, 99),
	('iwmo', 'WMO323.BerichtCode', 'string', 1, 3, ARRAY['484'], NULL, NULL, NULL),
	('iwmo', 'WMO323.BerichtSubversie', 'integer', NULL, NULL, ARRAY['2'], NULL, 0, 99),
	('iwmo', 'WMO323.BerichtVersie', 'integer', NULL, NULL, ARRAY['3'], NULL, 0, 99),
	('iwmo', 'WMO323.DeclaratieNummer', 'string', 1, 12, ARRAY['([a-zA-Z0-9])+'], NULL, NULL, NULL);

-- The namespaces of a message type: ARRAY[['m', message], ['b', basisschema]].
CREATE FUNCTION productcodes.message_namespaces(message text)
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT ARRAY[ARRAY['m', pg_catalog.format('http://www.istandaarden.nl/%s/3_2/%s/schema', s.std,
											  pg_catalog.lower(message_namespaces.message))],
				 ARRAY['b', pg_catalog.format('http://www.istandaarden.nl/%s/3_2/basisschema/schema', s.std)]]
	  FROM (SELECT CASE WHEN pg_catalog.starts_with(message_namespaces.message, 'JW') THEN 'ijw'
						ELSE 'iwmo' END AS std) s;
END;
COMMENT ON FUNCTION productcodes.message_namespaces(text) IS
'the namespaces of a message type (JW301, JW323, JW325, WMO301, ...): the message''s and its basisschema''s';

-- Which message a document is, from its root element's namespace; raises
-- for anything else.
CREATE FUNCTION productcodes.message_type_of(doc xml)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ns	text;
	local text;
	t	text;
BEGIN
	IF doc IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'the message is NULL';
	END IF;
	IF NOT doc IS DOCUMENT THEN
		RAISE EXCEPTION USING ERRCODE = '2200L',
			MESSAGE = 'the message is not an XML document',
			DETAIL = 'A message has exactly one root element, Bericht, and nothing but comments and white space around it.',
			HINT = 'Pass the file''s content as xml; check it with xmllint --noout --schema JW323.xsd (or the schema of its type).';
	END IF;
	ns := (xpath('namespace-uri(/*)', doc))[1]::text;
	local := (xpath('local-name(/*)', doc))[1]::text;
	SELECT m INTO t FROM unnest(ARRAY['JW301', 'JW323', 'WMO301', 'WMO323']) m
	 WHERE (productcodes.message_namespaces(m))[1][2] = ns;
	IF t IS NULL OR local <> 'Bericht' THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('the message is not a supported iStandaarden message: its root element is %s in namespace "%s"',
							 local, ns),
			DETAIL = 'Supported are the messages JW301, JW323, WMO301 and WMO323 of release 3.2: root element Bericht in namespace http://www.istandaarden.nl/ijw/3_2/jw301/schema, .../ijw/3_2/jw323/schema, .../iwmo/3_2/wmo301/schema or .../iwmo/3_2/wmo323/schema.',
			HINT = 'The namespace tells Jeugdwet from Wmo and an allocation from a declaration.';
	END IF;
	RETURN t;
END
$$;
COMMENT ON FUNCTION productcodes.message_type_of(xml) IS
'JW301, JW323, WMO301 or WMO323, from the namespace of the root element Bericht; raises for anything else';

-- Why a value does not fit its simple type, or NULL when it does.  Follows
-- XML Schema: integers, dates and times collapse surrounding white space,
-- strings keep it; lengths count characters; every pattern must match the
-- whole value.
CREATE FUNCTION productcodes.message_value_problem(t productcodes.message_types, value text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v	text := value;
	p	text;
	n	numeric;
	y	integer;
	mo	integer;
	d	integer;
BEGIN
	IF v IS NULL THEN
		RETURN 'is missing';
	END IF;
	IF t.base <> 'string' THEN
		v := btrim(v, E' \t\n\r');
	END IF;
	IF t.base = 'integer' THEN
		IF v !~ '^[+-]?[0-9]+$' THEN
			RETURN 'is not a whole number';
		END IF;
		n := v::numeric;
		IF n < t.min_value THEN
			RETURN format('is less than %s', t.min_value);
		ELSIF n > t.max_value THEN
			RETURN format('is more than %s', t.max_value);
		END IF;
	ELSIF t.base = 'date' THEN
		IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
			RETURN 'is not a date (YYYY-MM-DD, without a time zone)';
		END IF;
		y := substr(v, 1, 4)::integer;
		mo := substr(v, 6, 2)::integer;
		d := substr(v, 9, 2)::integer;
		IF y < 1 OR mo < 1 OR mo > 12 OR d < 1
		   OR d > extract(day FROM make_date(y, mo, 1) + interval '1 month' - interval '1 day') THEN
			RETURN 'is not a date that exists';
		END IF;
	ELSIF t.base = 'time' THEN
		IF v !~ '^(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)$' THEN
			RETURN 'is not a time (hh:mm:ss, without a time zone)';
		END IF;
	ELSE
		IF length(v) < t.min_length THEN
			RETURN CASE WHEN v = '' THEN 'is empty'
						ELSE format('is shorter than %s characters', t.min_length) END;
		ELSIF length(v) > t.max_length THEN
			RETURN format('is longer than %s characters', t.max_length);
		END IF;
	END IF;
	IF t.enumeration IS NOT NULL AND NOT v = ANY (t.enumeration) THEN
		RETURN CASE WHEN cardinality(t.enumeration) <= 30
					THEN format('is not one of %s', array_to_string(t.enumeration, ', '))
					ELSE format('is not in the schema''s list of %s', t.type_name) END;
	END IF;
	FOREACH p IN ARRAY coalesce(t.patterns, '{}') LOOP
		-- 'p': like XML Schema's ".", "." and "[^...]" do not match a newline
		IF NOT regexp_like(v, '^(?:' || p || ')$', 'p') THEN
			RETURN format('does not match the pattern %s', p);
		END IF;
	END LOOP;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION productcodes.message_value_problem(productcodes.message_types, text) IS
'why a value does not fit a simple type of the schemas (message_types), or NULL when it does';

-- A readable description of a simple type, for error details.
CREATE FUNCTION productcodes.message_type_description(t productcodes.message_types)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.concat_ws(' ',
		t.type_name || ' is',
		CASE t.base WHEN 'integer' THEN 'a whole number'
					WHEN 'date' THEN 'a date (YYYY-MM-DD)'
					WHEN 'time' THEN 'a time (hh:mm:ss)'
					ELSE 'text' END,
		CASE WHEN t.min_value IS NOT NULL THEN pg_catalog.format('from %s to %s', t.min_value, t.max_value) END,
		CASE WHEN t.min_length IS NOT NULL AND t.max_length IS NOT NULL
			 THEN pg_catalog.format('of %s to %s characters', t.min_length, t.max_length)
			 WHEN t.min_length IS NOT NULL THEN pg_catalog.format('of at least %s character(s)', t.min_length)
			 WHEN t.max_length IS NOT NULL THEN pg_catalog.format('of at most %s characters', t.max_length) END,
		CASE WHEN t.patterns IS NOT NULL
			 THEN 'matching ' || pg_catalog.array_to_string(t.patterns, ' and ') END,
		CASE WHEN t.enumeration IS NOT NULL AND pg_catalog.cardinality(t.enumeration) <= 30
			 THEN 'with a value from: ' || pg_catalog.array_to_string(t.enumeration, ', ')
			 WHEN t.enumeration IS NOT NULL THEN 'from the list in the schema' END) || '.';
END;
COMMENT ON FUNCTION productcodes.message_type_description(productcodes.message_types) IS
'a simple type of the schemas in words, for error details';

-- Where a node is, as a path with the position of every repeating element:
-- Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1].
-- node is an XPath expression that selects the node; path its path in
-- message_elements.
CREATE FUNCTION productcodes.message_locate(doc xml, message text, path text, node text)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
	e		record;
	result	text[] := '{}';
	q		text;
BEGIN
	FOR e IN SELECT el.name, el.ns, el.max_occurs
			   FROM productcodes.message_elements el
			  WHERE el.message = message_locate.message
				AND (el.path = message_locate.path OR starts_with(message_locate.path, el.path || '/'))
			  ORDER BY length(el.path) LOOP
		IF e.max_occurs IS NULL OR e.max_occurs > 1 THEN
			q := e.ns || ':' || e.name;
			result := result || (e.name || '[' || (xpath(format('count((%s)/ancestor-or-self::%s[1]/preceding-sibling::%s) + 1',
															   node, q, q), doc, nsarr))[1]::text || ']');
		ELSE
			result := result || e.name;
		END IF;
	END LOOP;
	RETURN array_to_string(result, '/');
END
$$;
COMMENT ON FUNCTION productcodes.message_locate(xml, text, text, text) IS
'the path of a node in a message with the position of each repeating element, for error messages';

-- Check a message against its schema; raise at the first thing the schema
-- would refuse, naming the element: an attribute, an element that does not
-- belong, text where elements belong, a missing or repeated element, the
-- wrong order, a value outside its type.
CREATE FUNCTION productcodes.message_validate(doc xml, message text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
	std		text := CASE WHEN starts_with(message, 'JW') THEN 'ijw' ELSE 'iwmo' END;
	el		record;
	kid		record;
	t		productcodes.message_types;
	allowed	text;
	expected text;
	earlier	text;
	node	text;
	q		text;
	pos		bigint;
	val		text;
	problem	text;
	hint	text := format('A %s message must validate against %s.xsd of iStandaarden release 3.2 (xmllint --noout --schema %s.xsd).',
						   message, message, message);
	xsi		text := 'namespace-uri() != ''http://www.w3.org/2001/XMLSchema-instance''';
BEGIN
	-- the schemas declare no attributes (xsi:schemaLocation and the like are fine)
	IF xpath_exists('//@*[' || xsi || ']', doc) THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('invalid %s message: element %s has an attribute %s, which the schema does not allow',
							 message, (xpath('name((//@*[' || xsi || '])[1]/..)', doc))[1],
							 (xpath('name((//@*[' || xsi || '])[1])', doc))[1]),
			HINT = hint;
	END IF;

	-- no value of the schemas has more than 200 characters: a far longer one
	-- is refused here, before the checks element by element, each of which
	-- would read it again (a 10 MB value took 25 s)
	IF xpath_exists('//text()[string-length(.) > 1000]', doc) THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('invalid %s message: element %s has a value of %s characters, longer than any value the schema allows (at most 200)',
							 message, (xpath('local-name((//text()[string-length(.) > 1000])[1]/..)', doc))[1],
							 (xpath('string-length((//text()[string-length(.) > 1000])[1])', doc))[1]),
			HINT = hint;
	END IF;

	-- elements that hold elements: which, how often, in which order
	FOR el IN SELECT e.* FROM productcodes.message_elements e
			   WHERE e.message = message_validate.message AND e.value_type IS NULL
			   ORDER BY e.path LOOP
		SELECT string_agg(format('self::%s:%s', k.ns, k.name), ' or ' ORDER BY k.seq),
			   string_agg(k.name || CASE WHEN k.min_occurs = 0 THEN ' (optional)' ELSE '' END, ', ' ORDER BY k.seq)
		  INTO allowed, expected
		  FROM productcodes.message_elements k
		 WHERE k.message = el.message AND k.parent = el.path;

		node := format('(%s/*[not(%s)])[1]', el.xpath, allowed);
		IF xpath_exists(node, doc, nsarr) THEN
			RAISE EXCEPTION USING ERRCODE = '22023',
				MESSAGE = format('invalid %s message: element %s (namespace "%s") is not allowed in %s',
								 message, (xpath('local-name(' || node || ')', doc, nsarr))[1],
								 (xpath('namespace-uri(' || node || ')', doc, nsarr))[1],
								 productcodes.message_locate(doc, message, el.path, node || '/..')),
				DETAIL = format('%s holds, in this order: %s; %s.', el.name, expected,
								CASE WHEN el.path = 'Bericht' THEN 'all in namespace ' || nsarr[1][2]
									 ELSE format('elements of the basisschema''s types are in namespace %s, the others in %s',
												 nsarr[2][2], nsarr[1][2]) END),
				HINT = hint;
		END IF;
		node := format('(%s/text()[normalize-space()])[1]', el.xpath);
		IF xpath_exists(node, doc, nsarr) THEN
			RAISE EXCEPTION USING ERRCODE = '22023',
				MESSAGE = format('invalid %s message: element %s holds text "%s", but only elements',
								 message, productcodes.message_locate(doc, message, el.path, node || '/..'),
								 left((xpath('normalize-space(' || node || ')', doc, nsarr))[1]::text, 40)),
				DETAIL = format('%s holds, in this order: %s.', el.name, expected),
				HINT = hint;
		END IF;

		earlier := NULL;
		FOR kid IN SELECT k.* FROM productcodes.message_elements k
					WHERE k.message = el.message AND k.parent = el.path ORDER BY k.seq LOOP
			q := kid.ns || ':' || kid.name;
			IF kid.min_occurs > 0 THEN
				node := format('(%s[not(%s)])[1]', el.xpath, q);
				IF xpath_exists(node, doc, nsarr) THEN
					RAISE EXCEPTION USING ERRCODE = '22023',
						MESSAGE = format('invalid %s message: element %s is missing in %s',
										 message, kid.name, productcodes.message_locate(doc, message, el.path, node)),
						DETAIL = format('%s holds, in this order: %s.', el.name, expected),
						HINT = hint;
				END IF;
			END IF;
			IF kid.max_occurs IS NOT NULL THEN
				node := format('(%s[count(%s) > %s])[1]', el.xpath, q, kid.max_occurs);
				IF xpath_exists(node, doc, nsarr) THEN
					RAISE EXCEPTION USING ERRCODE = '22023',
						MESSAGE = format('invalid %s message: element %s occurs more than %s in %s',
										 message, kid.name, CASE kid.max_occurs WHEN 1 THEN 'once' ELSE kid.max_occurs || ' times' END,
										 productcodes.message_locate(doc, message, el.path, node)),
						HINT = hint;
				END IF;
			END IF;
			IF earlier IS NOT NULL THEN
				node := format('(%s/%s[%s])[1]', el.xpath, q, earlier);
				IF xpath_exists(node, doc, nsarr) THEN
					RAISE EXCEPTION USING ERRCODE = '22023',
						MESSAGE = format('invalid %s message: element %s comes before %s in %s',
										 message, kid.name,
										 (xpath('local-name(' || node || '/following-sibling::*[' || replace(earlier, 'following-sibling::', 'self::') || '][1])', doc, nsarr))[1],
										 productcodes.message_locate(doc, message, el.path, node || '/..')),
						DETAIL = format('%s holds, in this order: %s.', el.name, expected),
						HINT = hint;
				END IF;
				earlier := earlier || ' or ';
			END IF;
			earlier := coalesce(earlier, '') || 'following-sibling::' || q;
		END LOOP;
	END LOOP;

	-- elements that hold a value: no elements in them, and a value of their type
	FOR el IN SELECT e.* FROM productcodes.message_elements e
			   WHERE e.message = message_validate.message AND e.value_type IS NOT NULL
			   ORDER BY e.path LOOP
		node := format('(%s/*)[1]', el.xpath);
		IF xpath_exists(node, doc, nsarr) THEN
			RAISE EXCEPTION USING ERRCODE = '22023',
				MESSAGE = format('invalid %s message: element %s holds element %s, but only a value',
								 message, productcodes.message_locate(doc, message, el.path, node || '/..'),
								 (xpath('local-name(' || node || ')', doc, nsarr))[1]),
				HINT = hint;
		END IF;
		SELECT * INTO STRICT t FROM productcodes.message_types mt
		 WHERE mt.standard = std AND mt.type_name = el.value_type;
		pos := NULL;
		EXECUTE format('SELECT x.ord, x.v, productcodes.message_value_problem($2, x.v)'
					   '  FROM XMLTABLE(XMLNAMESPACES(%L AS m, %L AS b), %L PASSING $1'
					   '                COLUMNS ord FOR ORDINALITY, v text PATH ''string(.)'') x'
					   ' WHERE productcodes.message_value_problem($2, x.v) IS NOT NULL LIMIT 1',
					   nsarr[1][2], nsarr[2][2], el.xpath)
		   INTO pos, val, problem USING doc, t;
		IF pos IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = '22P02',
				MESSAGE = format('invalid %s message: element %s has value "%s", which %s',
								 message, productcodes.message_locate(doc, message, el.path, format('(%s)[%s]', el.xpath, pos)),
								 CASE WHEN length(val) > 40 THEN left(val, 40) || '...' ELSE val END, problem),
				DETAIL = format('%s: %s', el.name, productcodes.message_type_description(t)),
				HINT = hint;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION productcodes.message_validate(xml, text) IS
'checks a message against the schema of its type (message_elements, message_types); raises at the first problem, naming the element';

-- The Prestaties of a (valid) 323, in message order.
CREATE FUNCTION productcodes.message_prestaties(doc xml, message text)
RETURNS SETOF productcodes.message_prestatie
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
BEGIN
	-- integers in canonical form and dates without the white space XML
	-- Schema ignores; text as sent
	RETURN QUERY EXECUTE format($q$
		SELECT (row_number() OVER (ORDER BY c.client_seq, p.row_seq))::integer,
			   c.client_seq::integer, c.bsn, p.referentie, p.vorig,
			   btrim(p.toewijzing, E' \t\n\r')::numeric::text,
			   p.category, p.code,
			   btrim(p.period_start, E' \t\n\r'), btrim(p.period_end, E' \t\n\r'),
			   btrim(p.volume, E' \t\n\r')::numeric::text, p.unit,
			   btrim(p.tariff, E' \t\n\r')::numeric::text,
			   btrim(p.amount, E' \t\n\r')::numeric::text, p.dc
		  FROM XMLTABLE(XMLNAMESPACES(%1$L AS m, %2$L AS b),
						'/m:Bericht/m:Declaratie/m:Clienten/m:Client' PASSING $1
						COLUMNS client_seq FOR ORDINALITY,
								bsn text PATH 'm:Bsn',
								prestaties xml PATH 'm:Prestaties') c,
			   XMLTABLE(XMLNAMESPACES(%1$L AS m, %2$L AS b),
						'/m:Prestaties/m:Prestatie' PASSING c.prestaties
						COLUMNS row_seq FOR ORDINALITY,
								referentie text PATH 'm:ProductReferentie/b:ReferentieNummer',
								vorig text PATH 'm:ProductReferentie/b:VorigReferentieNummer',
								toewijzing text PATH 'm:ToewijzingNummer',
								category text PATH 'm:ProductCategorie',
								code text PATH 'm:ProductCode',
								period_start text PATH 'm:ProductPeriode/b:Begindatum',
								period_end text PATH 'm:ProductPeriode/b:Einddatum',
								volume text PATH 'm:GeleverdVolume',
								unit text PATH 'm:Eenheid',
								tariff text PATH 'm:ProductTarief',
								amount text PATH 'm:IngediendBedrag/b:Bedrag',
								dc text PATH 'm:IngediendBedrag/b:DebetCredit') p
		 ORDER BY c.client_seq, p.row_seq
		$q$, nsarr[1][2], nsarr[2][2]) USING doc;
END
$$;
COMMENT ON FUNCTION productcodes.message_prestaties(xml, text) IS
'the Prestaties of a valid 323 in message order, with the BSN of their Client';

-- The header of a (valid) message: the fields every 301 and 323 has.
CREATE FUNCTION productcodes.message_header(doc xml, message text,
	OUT sender text, OUT receiver text, OUT identificatie text, OUT dagtekening date,
	OUT xsd_basisschema_versie text, OUT xsd_bericht_versie text)
RETURNS record
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
BEGIN
	EXECUTE format($q$
		SELECT h.afzender, h.ontvanger, h.identificatie, btrim(h.dagtekening, E' \t\n\r')::date,
			   h.basis, h.bericht
		  FROM XMLTABLE(XMLNAMESPACES(%L AS m, %L AS b), '/m:Bericht/m:Header' PASSING $1
						COLUMNS afzender text PATH 'm:Afzender',
								ontvanger text PATH 'm:Ontvanger',
								identificatie text PATH 'm:BerichtIdentificatie/b:Identificatie',
								dagtekening text PATH 'm:BerichtIdentificatie/b:Dagtekening',
								basis text PATH 'm:XsdVersie/b:BasisschemaXsdVersie',
								bericht text PATH 'm:XsdVersie/b:BerichtXsdVersie') h
		$q$, nsarr[1][2], nsarr[2][2])
	   INTO sender, receiver, identificatie, dagtekening, xsd_basisschema_versie, xsd_bericht_versie
	  USING doc;
END
$$;
COMMENT ON FUNCTION productcodes.message_header(xml, text) IS
'the header fields of a valid 301 or 323: Afzender, Ontvanger, BerichtIdentificatie, XsdVersie';

-- The lock that keeps two imports of one sender's identification apart: an
-- object lock on the extension that only roles that may insert received
-- messages can take (the function refuses others with 42501), where an
-- advisory lock could be held by any role to stall imports.
CREATE FUNCTION productcodes.lock_import(key text)
RETURNS void
AS 'MODULE_PATHNAME', 'lock_import'
LANGUAGE C STRICT VOLATILE;
COMMENT ON FUNCTION productcodes.lock_import(text) IS
'takes the transaction''s import lock of a message key (import_message); only for roles with INSERT on productcodes.messages';

-- Import a 323 (already checked against its schema).
CREATE FUNCTION productcodes.import_323(doc xml, message text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
-- the answer to a rejected row is the 325, not an exception
SET productcodes.strict = off
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
	h		record;
	d		record;
	rows	productcodes.message_prestatie[];
	refusals text[][] := '{}';
	msg_id	bigint;
	decl_id	bigint;
	declared numeric;
	debits	numeric;
	credits	numeric;
	problem	text;
	n_accepted integer := 0;
	n_rejected integer := 0;
BEGIN
	SELECT * INTO h FROM productcodes.message_header(doc, message);
	EXECUTE format($q$
		SELECT x.nummer, btrim(x.begin_date, E' \t\n\r')::date AS period_start,
			   btrim(x.end_date, E' \t\n\r')::date AS period_end,
			   btrim(x.dagtekening, E' \t\n\r')::date AS dagtekening,
			   btrim(x.total, E' \t\n\r')::numeric AS total, x.dc
		  FROM XMLTABLE(XMLNAMESPACES(%L AS m, %L AS b), '/m:Bericht/m:Declaratie' PASSING $1
						COLUMNS nummer text PATH 'm:DeclaratieNummer',
								begin_date text PATH 'm:DeclaratiePeriode/b:Begindatum',
								end_date text PATH 'm:DeclaratiePeriode/b:Einddatum',
								dagtekening text PATH 'm:DeclaratieDagtekening',
								total text PATH 'm:TotaalIngediendBedrag/b:TotaalBedrag',
								dc text PATH 'm:TotaalIngediendBedrag/b:DebetCredit') x
		$q$, nsarr[1][2], nsarr[2][2]) INTO d USING doc;
	SELECT array_agg(p ORDER BY p.seq) INTO rows FROM productcodes.message_prestaties(doc, message) p;

	-- one import of a sender's identification at a time (lock_import)
	PERFORM productcodes.lock_import(message || '/' || h.sender || '/' || h.identificatie);

	-- message-level rules
	IF d.period_start <> date_trunc('month', d.period_start)::date
	   OR d.period_end <> (date_trunc('month', d.period_start) + interval '1 month' - interval '1 day')::date
	   OR d.period_start < date '2021-01-01' THEN
		refusals := refusals || ARRAY[['MSG_PERIODE',
			format('DeclaratiePeriode is %s to %s', d.period_start, d.period_end)]];
	END IF;
	SELECT coalesce(sum(x.amount_cents::numeric) FILTER (WHERE x.dc = 'D'), 0),
		   coalesce(sum(x.amount_cents::numeric) FILTER (WHERE x.dc = 'C'), 0)
	  INTO debits, credits FROM unnest(rows) x;
	declared := CASE d.dc WHEN 'C' THEN -d.total ELSE d.total END;
	IF declared <> debits - credits THEN
		refusals := refusals || ARRAY[['MSG_TOTAAL',
			format('TotaalIngediendBedrag is %s %s; the Prestaties add up to %s %s (debits %s, credits %s)',
				   d.total, d.dc, abs(debits - credits), CASE WHEN debits < credits THEN 'C' ELSE 'D' END,
				   debits, credits)]];
	END IF;
	SELECT string_agg(format('"%s" (%s times)', x.referentie_nummer, x.n), ', ' ORDER BY x.first)
	  INTO problem
	  FROM (SELECT y.referentie_nummer, count(*) AS n, min(y.seq) AS first FROM unnest(rows) y
			 GROUP BY y.referentie_nummer HAVING count(*) > 1) x;
	IF problem IS NOT NULL THEN
		refusals := refusals || ARRAY[['MSG_REFERENTIE_UNIEK', 'ReferentieNummer ' || problem]];
	END IF;
	SELECT string_agg(x.refs, '; ' ORDER BY x.first)
	  INTO problem
	  FROM (SELECT string_agg(format('"%s"', y.referentie_nummer), ' and ' ORDER BY y.seq) AS refs, min(y.seq) AS first
			  FROM unnest(rows) y
			 GROUP BY y.bsn, y.vorig_referentie_nummer, y.toewijzing_nummer, y.category, y.code,
					  y.period_start, y.period_end, y.volume, y.unit, y.tariff_cents, y.amount_cents, y.dc
			HAVING count(*) > 1) x;
	IF problem IS NOT NULL THEN
		refusals := refusals || ARRAY[['MSG_DUBBELE_PRESTATIE', 'the Prestaties with ReferentieNummer ' || problem || ' are the same']];
	END IF;
	SELECT string_agg(format('"%s" (%s times)', x.vorig_referentie_nummer, x.n), ', ' ORDER BY x.first)
	  INTO problem
	  FROM (SELECT y.vorig_referentie_nummer, count(*) AS n, min(y.seq) AS first FROM unnest(rows) y
			 WHERE y.vorig_referentie_nummer IS NOT NULL
			 GROUP BY y.vorig_referentie_nummer HAVING count(*) > 1) x;
	IF problem IS NOT NULL THEN
		refusals := refusals || ARRAY[['MSG_VORIGREF_UNIEK', 'VorigReferentieNummer ' || problem]];
	END IF;
	SELECT string_agg(format('"%s" credits "%s"', c.referentie_nummer, c.vorig_referentie_nummer), ', ' ORDER BY c.seq)
	  INTO problem
	  FROM unnest(rows) c
	 WHERE c.dc = 'C'
	   AND EXISTS (SELECT 1 FROM unnest(rows) b WHERE b.dc = 'D' AND b.referentie_nummer = c.vorig_referentie_nummer);
	IF problem IS NOT NULL THEN
		refusals := refusals || ARRAY[['MSG_DEBET_GECREDITEERD', problem || ', a debit of this message']];
	END IF;
	SELECT format('message %s', min(m.message_id))
	  INTO problem
	  FROM productcodes.messages m
	 WHERE m.message_type = message AND m.sender = h.sender AND m.identificatie = h.identificatie
	HAVING count(*) > 0;
	IF problem IS NOT NULL THEN
		refusals := refusals || ARRAY[['MSG_IDENTIFICATIE',
			format('BerichtIdentificatie "%s" of %s was imported before as %s', h.identificatie, h.sender, problem)]];
	END IF;

	INSERT INTO productcodes.messages (message_type, domain, sender, receiver, identificatie, dagtekening,
		xsd_basisschema_versie, xsd_bericht_versie, status, declaratie_nummer, period_start, period_end,
		declaratie_dagtekening, total_cents, total_dc, content)
	VALUES (message, CASE WHEN starts_with(message, 'JW') THEN 'JW' ELSE 'WMO' END, h.sender, h.receiver,
		h.identificatie, h.dagtekening, h.xsd_basisschema_versie, h.xsd_bericht_versie,
		CASE WHEN cardinality(refusals) = 0 THEN 'processed' ELSE 'refused' END,
		d.nummer, d.period_start, d.period_end, d.dagtekening, d.total, d.dc, doc)
	RETURNING message_id INTO msg_id;

	IF cardinality(refusals) > 0 THEN
		INSERT INTO productcodes.message_refusals (message_id, rule_id, detail)
		SELECT msg_id, refusals[i][1], refusals[i][2] FROM generate_subscripts(refusals, 1) i;
		RETURN msg_id;
	END IF;

	-- the declaration
	INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer,
		declaration_month, submitted_on, total_cents, total_dc)
	VALUES (h.sender, h.receiver, CASE WHEN starts_with(message, 'JW') THEN 'JW' ELSE 'WMO' END,
		d.nummer, d.period_start, d.dagtekening,
		d.total, d.dc)
	RETURNING declaration_id INTO decl_id;

	-- every Prestatie through staging into declaration_rows: credits first,
	-- then debits, each in message order, in one statement, so the engine
	-- reads each allocation and client once for the message (at the end of
	-- the statement, when the staging trigger checks the rows that read).
	-- A processed message's references are unique (MSG_REFERENTIE_UNIEK).
	WITH staged AS (
		INSERT INTO productcodes.staged_rows (declaration_id, referentie_nummer, vorig_referentie_nummer,
			toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit,
			tariff_cents, amount_cents, dc)
		SELECT decl_id::text, x.referentie_nummer, x.vorig_referentie_nummer, x.toewijzing_nummer, x.bsn,
			   x.category, x.code, x.period_start, x.period_end, x.volume, x.unit, x.tariff_cents,
			   x.amount_cents, x.dc
		  FROM unnest(rows) x
		 ORDER BY (x.dc = 'C') DESC, x.seq
		RETURNING staged_id, referentie_nummer)
	INSERT INTO productcodes.message_rows (message_id, seq, client_seq, staged_id)
	SELECT msg_id, x.seq, x.client_seq, s.staged_id
	  FROM staged s JOIN unnest(rows) x ON x.referentie_nummer = s.referentie_nummer;
	SELECT count(*) FILTER (WHERE s.status = 'accepted'), count(*) FILTER (WHERE s.status <> 'accepted')
	  INTO n_accepted, n_rejected
	  FROM productcodes.message_rows mr JOIN productcodes.staged_rows s ON s.staged_id = mr.staged_id
	 WHERE mr.message_id = msg_id;

	UPDATE productcodes.messages
	   SET declaration_id = decl_id, rows_stored = n_accepted + n_rejected,
		   rows_accepted = n_accepted, rows_rejected = n_rejected
	 WHERE message_id = msg_id;
	RETURN msg_id;
END
$$;
COMMENT ON FUNCTION productcodes.import_323(xml, text) IS
'imports a 323 checked against its schema: message rules, then the declaration and its rows (credits first); returns the message id';

-- Import a 301 (already checked against its schema).
CREATE FUNCTION productcodes.import_301(doc xml, message text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsarr	text[] := productcodes.message_namespaces(message);
	dom		text := CASE WHEN starts_with(message, 'JW') THEN 'JW' ELSE 'WMO' END;
	h		record;
	c		record;
	p		record;
	a		productcodes.allocations;
	msg_id	bigint;
	alloc_id bigint;
	where_	text;
	action	text;
	n		integer := 0;
	hint	text := 'A 301 adds an allocation, or changes the dates, volume or budget of one, or deletes it (RedenWijziging 13); it cannot move a ToewijzingNummer to another client, provider or product.';
BEGIN
	SELECT * INTO h FROM productcodes.message_header(doc, message);
	EXECUTE format($q$
		SELECT x.bsn, btrim(x.geboortedatum, E' \t\n\r')::date AS birth_date, x.datum_gebruik
		  FROM XMLTABLE(XMLNAMESPACES(%L AS m, %L AS b), '/m:Bericht/m:Client' PASSING $1
						COLUMNS bsn text PATH 'm:Bsn',
								geboortedatum text PATH 'm:Geboortedatum/b:Datum',
								datum_gebruik text PATH 'm:Geboortedatum/b:DatumGebruik') x
		$q$, nsarr[1][2], nsarr[2][2]) INTO c USING doc;

	IF NOT EXISTS (SELECT 1 FROM productcodes.municipalities mu WHERE mu.gemeentecode = h.sender) THEN
		RAISE EXCEPTION USING ERRCODE = '23503',
			MESSAGE = format('invalid %s message: element Bericht/Header/Afzender has gemeentecode "%s", which is not in productcodes.municipalities',
							 message, h.sender),
			HINT = 'The sender of a 301 is a municipality with its CBS gemeentecode.';
	END IF;
	IF NOT productcodes.is_valid_bsn(c.bsn) THEN
		RAISE EXCEPTION USING ERRCODE = '22P02',
			MESSAGE = format('invalid %s message: element Bericht/Client/Bsn has value "%s", which fails the elfproef',
							 message, c.bsn),
			HINT = 'A BSN is 9 digits that pass the elfproef.';
	END IF;
	PERFORM productcodes.lock_import(message || '/' || h.sender || '/' || h.identificatie);
	IF EXISTS (SELECT 1 FROM productcodes.messages m
				WHERE m.message_type = message AND m.sender = h.sender AND m.identificatie = h.identificatie) THEN
		RAISE EXCEPTION USING ERRCODE = '23505',
			MESSAGE = format('%s message "%s" of %s was imported before', message, h.identificatie, h.sender),
			DETAIL = format('It is message %s.',
							(SELECT min(m.message_id) FROM productcodes.messages m
							  WHERE m.message_type = message AND m.sender = h.sender AND m.identificatie = h.identificatie)),
			HINT = 'Each message of a sender has its own BerichtIdentificatie; a change to an allocation comes in a new 301.';
	END IF;

	INSERT INTO productcodes.messages (message_type, domain, sender, receiver, identificatie, dagtekening,
		xsd_basisschema_versie, xsd_bericht_versie, status, content)
	VALUES (message, dom, h.sender, h.receiver, h.identificatie, h.dagtekening,
		h.xsd_basisschema_versie, h.xsd_bericht_versie, 'processed', doc)
	RETURNING message_id INTO msg_id;

	-- the client: birth date as far as known (DatumGebruik 3: unknown)
	INSERT INTO productcodes.clients AS cl (bsn, birth_date)
	VALUES (c.bsn::productcodes.bsn, CASE WHEN c.datum_gebruik IS DISTINCT FROM '3' THEN c.birth_date END)
	ON CONFLICT (bsn) DO UPDATE SET birth_date = EXCLUDED.birth_date;

	FOR p IN EXECUTE format($q$
		SELECT x.seq, btrim(x.nummer, E' \t\n\r')::bigint AS nummer, x.category, x.code,
			   btrim(x.start_date, E' \t\n\r')::date AS start_date, btrim(x.end_date, E' \t\n\r')::date AS end_date,
			   x.reden, btrim(x.volume, E' \t\n\r')::bigint AS volume, x.unit, x.frequency,
			   btrim(x.budget, E' \t\n\r')::bigint AS budget
		  FROM XMLTABLE(XMLNAMESPACES(%L AS m, %L AS b),
						'/m:Bericht/m:Client/m:ToegewezenProducten/m:ToegewezenProduct' PASSING $1
						COLUMNS seq FOR ORDINALITY,
								nummer text PATH 'm:ToewijzingNummer',
								category text PATH 'm:Product/b:Categorie',
								code text PATH 'm:Product/b:Code',
								start_date text PATH 'm:Ingangsdatum',
								end_date text PATH 'm:Einddatum',
								reden text PATH 'm:RedenWijziging',
								volume text PATH 'm:Omvang/b:Volume',
								unit text PATH 'm:Omvang/b:Eenheid',
								frequency text PATH 'm:Omvang/b:Frequentie',
								budget text PATH 'm:Budget') x
		 ORDER BY x.seq
		$q$, nsarr[1][2], nsarr[2][2]) USING doc LOOP
		where_ := format('Bericht/Client/ToegewezenProducten/ToegewezenProduct[%s] (ToewijzingNummer %s)', p.seq, p.nummer);
		-- the allocation variants (Toewijzingsvarianten): specific (Product
		-- with Code), aspecific (Product without Code, with or without a
		-- Budget) and generic (no Product, a Budget)
		IF p.category IS NULL AND p.budget IS NULL THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: %s has neither a Product nor a Budget', message, where_),
				DETAIL = 'A generic allocation (no Product) is a budget; without one nothing could be declared on it.',
				HINT = 'Taakgericht (task-funded) products have no per-client allocation.';
		END IF;
		IF p.code IS NOT NULL AND NOT productcodes.is_valid_productcode(p.code) THEN
			RAISE EXCEPTION USING ERRCODE = '22P02',
				MESSAGE = format('invalid %s message: element %s/Product/Code has value "%s", which is not a product code',
								 message, where_, p.code),
				HINT = 'A product code is 1 to 5 letters (A-Z) or digits (0-9), such as 43Z03 or 04A01.';
		END IF;
		IF p.code IS NOT NULL AND p.volume IS NULL AND p.budget IS NULL THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: %s has neither Omvang nor Budget', message, where_),
				DETAIL = 'A specific allocation (Product with a Code) has a volume (Omvang: Volume, Eenheid, Frequentie) or a budget.',
				HINT = 'Only an aspecific allocation (Product without a Code) may have neither.';
		END IF;
		IF p.volume IS NOT NULL AND p.budget IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: %s has both Omvang and Budget', message, where_),
				DETAIL = 'An allocation has a volume (Omvang: Volume, Eenheid, Frequentie) or a budget, not both.';
		END IF;
		IF p.end_date < p.start_date THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: %s ends (Einddatum %s) before it starts (Ingangsdatum %s)',
								 message, where_, p.end_date, p.start_date);
		END IF;
		IF p.frequency = '2' AND p.end_date IS NULL THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: %s has a volume per week (Frequentie 2) but no Einddatum', message, where_),
				DETAIL = 'A volume per week needs an end date.';
		END IF;
		IF EXISTS (SELECT 1 FROM productcodes.message_allocations ma
					 JOIN productcodes.allocations al ON al.allocation_id = ma.allocation_id
					WHERE ma.message_id = msg_id AND al.toewijzing_nummer = p.nummer) THEN
			RAISE EXCEPTION USING ERRCODE = '23514',
				MESSAGE = format('invalid %s message: ToewijzingNummer %s occurs more than once', message, p.nummer);
		END IF;

		SELECT * INTO a FROM productcodes.allocations al
		 WHERE al.gemeentecode = h.sender AND al.toewijzing_nummer = p.nummer
		   FOR UPDATE;
		IF FOUND THEN
			IF a.bsn::text <> c.bsn OR a.agb <> h.receiver OR a.domain <> dom OR a.category IS DISTINCT FROM p.category
			   OR a.code::text IS DISTINCT FROM upper(btrim(p.code)) THEN
				RAISE EXCEPTION USING ERRCODE = '23514',
					MESSAGE = format('invalid %s message: %s changes the client, provider or product of an allocation',
									 message, where_),
					DETAIL = format('Stored: BSN %s, AGB %s, %s, category %s, code %s; in the message: BSN %s, AGB %s, %s, category %s, code %s.',
									a.bsn, a.agb, a.domain, coalesce(a.category, '(none)'), coalesce(a.code::text, '(none)'),
									c.bsn, h.receiver, dom, coalesce(p.category, '(none)'), coalesce(p.code, '(none)')),
					HINT = hint;
			END IF;
			UPDATE productcodes.allocations al
			   SET volume = p.volume, unit = p.unit, frequency = p.frequency, budget_cents = p.budget,
				   start_date = p.start_date, end_date = p.end_date,
				   deleted = coalesce(p.reden = '13', false)
			 WHERE al.allocation_id = a.allocation_id
			RETURNING al.allocation_id INTO alloc_id;
			action := CASE WHEN p.reden = '13' THEN 'deleted' ELSE 'changed' END;
		ELSE
			INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category,
				code, volume, unit, frequency, budget_cents, start_date, end_date, deleted)
			VALUES (h.sender, p.nummer, c.bsn::productcodes.bsn, h.receiver, dom, p.category,
				p.code::productcodes.productcode, p.volume, p.unit, p.frequency, p.budget, p.start_date,
				p.end_date, coalesce(p.reden = '13', false))
			RETURNING allocation_id INTO alloc_id;
			action := CASE WHEN p.reden = '13' THEN 'deleted' ELSE 'added' END;
		END IF;
		INSERT INTO productcodes.message_allocations (message_id, seq, allocation_id, action)
		VALUES (msg_id, p.seq, alloc_id, action);
		n := n + 1;
	END LOOP;

	UPDATE productcodes.messages SET rows_stored = n, rows_accepted = n WHERE message_id = msg_id;
	RETURN msg_id;
END
$$;
COMMENT ON FUNCTION productcodes.import_301(xml, text) IS
'imports a 301 checked against its schema: the client''s birth date and the allocations added, changed or deleted (RedenWijziging 13); returns the message id';

-- The entry point: any supported message, one summary row.
CREATE FUNCTION productcodes.import_message(message xml,
	OUT message_id bigint, OUT message_type text, OUT identificatie text,
	OUT rows_stored integer, OUT rows_accepted integer, OUT rows_rejected integer,
	OUT refused boolean, OUT reason text)
RETURNS record
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t		text := productcodes.message_type_of(message);
	id		bigint;
BEGIN
	PERFORM productcodes.message_validate(message, t);
	IF t LIKE '%323' THEN
		id := productcodes.import_323(message, t);
	ELSE
		id := productcodes.import_301(message, t);
	END IF;
	SELECT m.message_id, m.message_type, m.identificatie, m.rows_stored, m.rows_accepted,
		   m.rows_rejected, m.status = 'refused',
		   (SELECT string_agg(format('%s %s: %s', ru.return_code, r.rule_id, r.detail), '; ' ORDER BY r.rule_id)
			  FROM productcodes.message_refusals r
			  JOIN productcodes.message_rules ru ON ru.rule_id = r.rule_id
			 WHERE r.message_id = m.message_id)
	  INTO message_id, message_type, identificatie, rows_stored, rows_accepted, rows_rejected,
		   refused, reason
	  FROM productcodes.messages m
	 WHERE m.message_id = id;
END
$$;
COMMENT ON FUNCTION productcodes.import_message(xml) IS
'imports a JW301, WMO301, JW323 or WMO323 message; returns the stored message id, type, identification, rows stored, accepted and rejected, and whether (and why) it was refused';

-- The same for a message as text, as read from a file: a UTF-8 file may
-- start with a byte-order mark, which is no part of the document (XML 1.0,
-- 4.3.3) but which the xml type refuses before the XML declaration.  The
-- mark is dropped and the rest taken as xml.  A literal argument resolves
-- to this function (text is the preferred string type).
CREATE FUNCTION productcodes.import_message(message text,
	OUT message_id bigint, OUT message_type text, OUT identificatie text,
	OUT rows_stored integer, OUT rows_accepted integer, OUT rows_rejected integer,
	OUT refused boolean, OUT reason text)
RETURNS record
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF pg_catalog.starts_with(message, U&'\FEFF') THEN
		message := pg_catalog.substr(message, 2);
	END IF;
	SELECT * INTO message_id, message_type, identificatie, rows_stored, rows_accepted, rows_rejected,
		   refused, reason
	  FROM productcodes.import_message(message::xml);
END
$$;
COMMENT ON FUNCTION productcodes.import_message(text) IS
'imports a message given as text (a file''s content): as import_message(xml), after dropping a leading byte-order mark';

-- The 325 answer to a stored 323.
CREATE FUNCTION productcodes.answer_325(message_id bigint)
RETURNS xml
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	m		productcodes.messages;
	answer	text;
	nsarr	text[];
	result	xml;
	q		text;
BEGIN
	SELECT * INTO m FROM productcodes.messages x WHERE x.message_id = answer_325.message_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING ERRCODE = 'P0002',
			MESSAGE = format('message %s does not exist', answer_325.message_id),
			HINT = 'import_message() returns the id of a stored message; see productcodes.messages.';
	END IF;
	IF m.message_type NOT LIKE '%323' THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('message %s is a %s; only a 323 (declaration) gets a 325 answer', m.message_id, m.message_type);
	END IF;
	answer := replace(m.message_type, '323', '325');
	nsarr := productcodes.message_namespaces(answer);
	-- basisschema elements carry the prefix ijw (Jeugdwet) or iwmo (Wmo)
	q := $q$
	WITH r AS (
		SELECT mr.seq, mr.client_seq, s.bsn, s.referentie_nummer, s.vorig_referentie_nummer,
			   s.toewijzing_nummer, s.category, s.code, s.period_start, s.period_end, s.volume, s.unit,
			   s.tariff_cents, s.amount_cents, s.dc,
			   coalesce(dr.status, s.status) AS status,
			   coalesce(dr.errors, s.errors) AS errors,
			   CASE dr.dc WHEN 'C' THEN -dr.amount_cents ELSE dr.amount_cents END AS signed_amount
		  FROM productcodes.message_rows mr
		  JOIN productcodes.staged_rows s ON s.staged_id = mr.staged_id
		  LEFT JOIN productcodes.declaration_rows dr ON dr.row_id = s.row_id
		 WHERE mr.message_id = ($1).message_id),
	accepted AS (
		SELECT coalesce(sum(r.signed_amount) FILTER (WHERE r.status = 'accepted'), 0) AS total,
			   count(*) FILTER (WHERE r.status <> 'accepted') AS rejected
		  FROM r),
	rejected AS (
		SELECT r.*,
			   (SELECT xmlagg(xmlelement(name "RetourCode", x.code) ORDER BY x.code)
				  FROM (SELECT DISTINCT ru.return_code AS code
						  FROM unnest(r.errors) e JOIN productcodes.rules ru ON ru.rule_id = e) x) AS codes
		  FROM r WHERE r.status <> 'accepted'),
	clients AS (
		SELECT rj.client_seq,
			   xmlelement(name "Client",
				   xmlelement(name "Bsn", min(rj.bsn)),
				   xmlelement(name "Prestaties",
					   xmlagg(xmlelement(name "Prestatie",
						   xmlelement(name "ProductReferentie",
							   xmlelement(name "ijw:ReferentieNummer", rj.referentie_nummer),
							   CASE WHEN rj.vorig_referentie_nummer IS NOT NULL
									THEN xmlelement(name "ijw:VorigReferentieNummer", rj.vorig_referentie_nummer) END),
						   xmlelement(name "ToewijzingNummer", rj.toewijzing_nummer),
						   xmlelement(name "ProductCategorie", rj.category),
						   xmlelement(name "ProductCode", rj.code),
						   xmlelement(name "ProductPeriode",
							   xmlelement(name "ijw:Begindatum", rj.period_start),
							   xmlelement(name "ijw:Einddatum", rj.period_end)),
						   xmlelement(name "GeleverdVolume", rj.volume),
						   xmlelement(name "Eenheid", rj.unit),
						   CASE WHEN rj.tariff_cents IS NOT NULL
								THEN xmlelement(name "ProductTarief", rj.tariff_cents) END,
						   xmlelement(name "IngediendBedrag",
							   xmlelement(name "ijw:Bedrag", rj.amount_cents),
							   xmlelement(name "ijw:DebetCredit", rj.dc)),
						   xmlelement(name "RetourCodes", rj.codes)) ORDER BY rj.seq)),
				   xmlelement(name "RetourCodes", xmlelement(name "RetourCode", '0200'))) AS client
		  FROM rejected rj
		 GROUP BY rj.client_seq)
	SELECT xmlelement(name "Bericht",
			   xmlattributes($2 AS xmlns, $3 AS "xmlns:ijw"),
			   xmlelement(name "Header",
				   xmlelement(name "BerichtCode", CASE WHEN ($1).domain = 'JW' THEN '491' ELSE '485' END),
				   xmlelement(name "BerichtVersie", '3'),
				   xmlelement(name "BerichtSubversie", '2'),
				   xmlelement(name "Afzender", ($1).receiver),
				   xmlelement(name "Ontvanger", ($1).sender),
				   xmlelement(name "BerichtIdentificatie",
					   xmlelement(name "ijw:Identificatie", ($1).message_id),
					   xmlelement(name "ijw:Dagtekening", to_char(($1).processed_on, 'YYYY-MM-DD'))),
				   xmlelement(name "XsdVersie",
					   xmlelement(name "ijw:BasisschemaXsdVersie", $4),
					   xmlelement(name "ijw:BerichtXsdVersie", $4)),
				   xmlelement(name "DeclaratieIdentificatie",
					   xmlelement(name "ijw:Identificatie", ($1).identificatie),
					   xmlelement(name "ijw:Dagtekening", to_char(($1).dagtekening, 'YYYY-MM-DD'))),
				   xmlelement(name "XsdVersieDeclaratie",
					   xmlelement(name "ijw:BasisschemaXsdVersie", ($1).xsd_basisschema_versie),
					   xmlelement(name "ijw:BerichtXsdVersie", ($1).xsd_bericht_versie)),
				   xmlelement(name "RetourCodes",
					   CASE WHEN ($1).status = 'refused'
							THEN (SELECT xmlagg(xmlelement(name "RetourCode", x.code) ORDER BY x.code)
									FROM (SELECT DISTINCT ru.return_code AS code
											FROM productcodes.message_refusals rf
											JOIN productcodes.message_rules ru ON ru.rule_id = rf.rule_id
										   WHERE rf.message_id = ($1).message_id) x)
							ELSE xmlelement(name "RetourCode", '0200') END)),
			   CASE WHEN ($1).status = 'processed' THEN
				   xmlelement(name "DeclaratieAntwoord",
					   xmlelement(name "DeclaratieNummer", ($1).declaratie_nummer),
					   xmlelement(name "TotaalIngediendBedrag",
						   xmlelement(name "ijw:TotaalBedrag", ($1).total_cents),
						   xmlelement(name "ijw:DebetCredit", ($1).total_dc)),
					   xmlelement(name "TotaalToegekendBedrag",
						   xmlelement(name "ijw:TotaalBedrag", abs(a.total)),
						   xmlelement(name "ijw:DebetCredit", CASE WHEN a.total < 0 THEN 'C' ELSE 'D' END)),
					   (SELECT xmlelement(name "Clienten", xmlagg(c.client ORDER BY c.client_seq))
						  FROM clients c HAVING count(*) > 0),
					   xmlelement(name "RetourCodes",
						   xmlelement(name "RetourCode", CASE WHEN a.rejected = 0 THEN '8001' ELSE '0200' END)))
			   END)
	  FROM accepted a
	$q$;
	IF m.domain = 'WMO' THEN
		q := replace(q, '"ijw:', '"iwmo:');
		q := replace(q, '"xmlns:ijw"', '"xmlns:iwmo"');
	END IF;
	-- the XsdVersie of the answer: that of the 325 schema (JW325 0.1.0;
	-- WMO325 follows WMO323's 1.0.0)
	EXECUTE q INTO result
	  USING m, nsarr[1][2], nsarr[2][2], CASE WHEN m.domain = 'JW' THEN '0.1.0' ELSE '1.0.0' END;
	RETURN result;
END
$$;
COMMENT ON FUNCTION productcodes.answer_325(bigint) IS
'the JW325 or WMO325 answer to a stored 323: its rejected rows with their return codes (8001 when all were accepted), the accepted total, or the refusal of the whole message';

-- The catalogue of the messages is public, like the schemas; the messages
-- themselves hold personal data, for roles the DBA grants.
GRANT SELECT ON productcodes.message_elements, productcodes.message_types, productcodes.message_rules
	TO PUBLIC;

