/* ====================================================================
 * Municipalities apart, for received messages too: a 323 belongs to the
 * municipality it is sent to (Ontvanger), a 301 to the one that sent it
 * (Afzender); their refusals, rows and allocations go with the message.
 * The functions of 80_separation.sql are replaced to switch these tables
 * too (new in 1.1: the upgrade from 1.0 runs this part after the message
 * tables exist).
 * ==================================================================== */
CREATE FUNCTION productcodes.message_municipality(message_type text, sender text, receiver text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN pg_catalog.right(message_type, 3) = '323' THEN receiver ELSE sender END;
END;
COMMENT ON FUNCTION productcodes.message_municipality(text, text, text) IS
'de gemeente van een bericht: de ontvanger van een 323, de afzender van een 301';

CREATE POLICY own_municipality ON productcodes.messages
	USING (productcodes.message_municipality(message_type, sender, receiver)
		   = ANY (productcodes.my_municipalities()))
	WITH CHECK (productcodes.message_municipality(message_type, sender, receiver)
				= ANY (productcodes.my_municipalities()));
CREATE POLICY own_municipality ON productcodes.message_refusals
	USING (EXISTS (SELECT 1 FROM productcodes.messages m
					WHERE m.message_id = message_refusals.message_id
					  AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
						  = ANY (productcodes.my_municipalities())));
CREATE POLICY own_municipality ON productcodes.message_rows
	USING (EXISTS (SELECT 1 FROM productcodes.messages m
					WHERE m.message_id = message_rows.message_id
					  AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
						  = ANY (productcodes.my_municipalities())));
CREATE POLICY own_municipality ON productcodes.message_allocations
	USING (EXISTS (SELECT 1 FROM productcodes.messages m
					WHERE m.message_id = message_allocations.message_id
					  AND productcodes.message_municipality(m.message_type, m.sender, m.receiver)
						  = ANY (productcodes.my_municipalities())));

CREATE OR REPLACE FUNCTION productcodes.enable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	ALTER TABLE productcodes.allocations ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declarations ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declaration_rows ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.staged_rows ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.messages ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_refusals ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_rows ENABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_allocations ENABLE ROW LEVEL SECURITY;
END
$$;

CREATE OR REPLACE FUNCTION productcodes.disable_municipality_separation()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	ALTER TABLE productcodes.allocations DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declarations DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.declaration_rows DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.staged_rows DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.messages DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_refusals DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_rows DISABLE ROW LEVEL SECURITY;
	ALTER TABLE productcodes.message_allocations DISABLE ROW LEVEL SECURITY;
END
$$;
