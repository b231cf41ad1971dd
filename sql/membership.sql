--
-- Municipalities apart, through membership (issue 13, item 3): a row of
-- municipality_roles or region_roles covers the role it names and every
-- role that has its privileges (a member with INHERIT, a chain of
-- groups), and region-wide roles see every municipality's data, also a
-- declaration for a gemeentecode the CBS list lacks.  Self-contained:
-- provider 11116666, declarations 99901.., removed at the end.
--
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99901, '111222333', '11116666', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31'),
	   ('0599', 99902, '111222333', '11116666', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99901, '11116666', '0632', 'WMO', 'MEMW202504', '2025-04-01', '2025-05-05', '2025-05-06'),
	   (99902, '11116666', '0599', 'WMO', 'MEMR202504', '2025-04-01', '2025-05-05', '2025-05-06'),
	   (99903, '11116666', '9998', 'WMO', 'MEMX202504', '2025-04-01', '2025-05-05', '2025-05-06');

-- Woerden's group, its members, a region group
CREATE ROLE regress_mem_woerden NOLOGIN;
CREATE ROLE regress_mem_team NOLOGIN;
CREATE ROLE regress_mem_alice;
CREATE ROLE regress_mem_bob NOINHERIT;
CREATE ROLE regress_mem_carol;
CREATE ROLE regress_mem_region NOLOGIN;
CREATE ROLE regress_mem_dave;
GRANT SELECT ON productcodes.declarations, productcodes.allocations
	TO regress_mem_woerden, regress_mem_region;
GRANT USAGE ON SCHEMA regress TO regress_mem_bob;
GRANT EXECUTE ON FUNCTION regress.try(text) TO regress_mem_bob;
GRANT regress_mem_woerden TO regress_mem_alice;
GRANT regress_mem_woerden TO regress_mem_team;
GRANT regress_mem_team TO regress_mem_carol;
GRANT regress_mem_region TO regress_mem_dave;
-- NOINHERIT before the grant: from PostgreSQL 16 on the attribute sets the default of later grants
GRANT regress_mem_woerden TO regress_mem_bob;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode)
VALUES ('regress_mem_woerden', '0632'), ('regress_mem_gone', '0599');
INSERT INTO productcodes.region_roles (role_name) VALUES ('regress_mem_region');
SELECT productcodes.enable_municipality_separation();

CREATE FUNCTION pg_temp.seen() RETURNS text LANGUAGE sql AS $$
	SELECT coalesce(string_agg(gemeentecode, ',' ORDER BY gemeentecode), '-')
	  FROM productcodes.declarations WHERE agb = '11116666' $$;

-- a member with INHERIT sees the group's municipality, as the group does
SET ROLE regress_mem_woerden;
SELECT pg_temp.seen() AS group_sees, productcodes.my_municipalities() AS group_works_for;
SET ROLE regress_mem_alice;
SELECT pg_temp.seen() AS member_sees, productcodes.my_municipalities() AS member_works_for;
-- through a chain of groups too
SET ROLE regress_mem_carol;
SELECT pg_temp.seen() AS chain_sees;
-- a NOINHERIT member has neither the group's privileges nor its
-- municipality until it takes the group's role
SET ROLE regress_mem_bob;
SELECT (regress.try('SELECT count(*) FROM productcodes.declarations')).state AS noinherit_select,
	   productcodes.my_municipalities() AS noinherit_works_for;
SET ROLE regress_mem_woerden;
SELECT pg_temp.seen() AS bob_as_group_sees;
RESET ROLE;

-- a region-wide role and its members see every municipality, also a
-- gemeentecode the CBS list lacks
SET ROLE regress_mem_dave;
SELECT pg_temp.seen() AS region_member_sees, productcodes.works_for_region() AS region;
SELECT count(*) AS allocations_seen FROM productcodes.allocations WHERE agb = '11116666';
RESET ROLE;
-- a member of a group is not region-wide because another group is
SET ROLE regress_mem_alice;
SELECT productcodes.works_for_region() AS alice_region;
RESET ROLE;

-- the membership ends: nothing any more; a row naming no role covers nobody
REVOKE regress_mem_woerden FROM regress_mem_alice;
GRANT SELECT ON productcodes.declarations TO regress_mem_alice;
SET ROLE regress_mem_alice;
SELECT pg_temp.seen() AS revoked_sees, productcodes.my_municipalities() AS revoked_works_for;
RESET ROLE;

-- the policies read my_municipalities() and works_for_region() once per
-- query, not once per row: an InitPlan in the plan
CREATE FUNCTION pg_temp.initplans(q text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	line text;
	n bigint := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ '^\s*InitPlan' THEN n := n + 1; END IF;
	END LOOP;
	RETURN n;
END $$;
SET ROLE regress_mem_dave;
SELECT pg_temp.initplans($$SELECT count(*) FROM productcodes.declarations WHERE agb = '11116666'$$)
	AS initplans_for_declarations;
RESET ROLE;

-- clean up
SELECT productcodes.disable_municipality_separation();
DELETE FROM productcodes.municipality_roles WHERE role_name IN ('regress_mem_woerden', 'regress_mem_gone');
DELETE FROM productcodes.region_roles WHERE role_name = 'regress_mem_region';
DELETE FROM productcodes.declarations WHERE agb = '11116666';
DELETE FROM productcodes.allocations WHERE agb = '11116666';
DROP OWNED BY regress_mem_woerden, regress_mem_region, regress_mem_alice, regress_mem_bob;
DROP ROLE regress_mem_woerden, regress_mem_team, regress_mem_alice, regress_mem_bob, regress_mem_carol,
	regress_mem_region, regress_mem_dave;
