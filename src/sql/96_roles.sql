/* ====================================================================
 * Roles out of the box (new in 1.1): four group roles, made if the
 * cluster has none of that name yet, with the privileges each persona
 * needs and no more.  A DBA makes login roles members
 * (GRANT productcodes_loader TO anna) and grants nothing else.  The
 * README's table "Roles out of the box" says what each may do.
 *
 *   productcodes_admin    refreshes the reports, switches separation on and
 *                         off, maintains the catalogue, tariffs, settings and
 *                         who works for which municipality; works for the
 *                         whole region
 *   productcodes_loader   loads allocations, declarations and their rows,
 *                         imports 301 and 323 messages; reads what that
 *                         needs (all of it limited by separation, when on)
 *   productcodes_analyst  reads everything, the materialized reports too;
 *                         works for the whole region (region_roles)
 *   productcodes_reader   reads the data, only of the municipalities its
 *                         members work for once separation is on
 *                         (municipality_roles); not the materialized
 *                         reports, which row-level security cannot limit
 *
 * The tables, views and functions stay the installing superuser's: an
 * owner may add triggers and policies of its own, which would run with a
 * superuser's rights when an upgrade script or a restore writes to the
 * tables, and a restore refreshes the materialized views as their owner
 * with row_security off, which only an owner of the tables passes.
 * Roles belong to the cluster, not the database: pg_dump does not dump them (pg_dumpall --roles-only does), the grants to them it does.
 * ==================================================================== */
DO $roles$
DECLARE
	r text;
BEGIN
	FOREACH r IN ARRAY ARRAY['productcodes_admin', 'productcodes_loader',
							 'productcodes_analyst', 'productcodes_reader']
	LOOP
		IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) r) THEN
			EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
		ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_roles
					   WHERE rolname OPERATOR(pg_catalog.=) r
						 AND (rolcanlogin OR rolsuper OR rolcreaterole OR rolcreatedb
							  OR rolreplication OR rolbypassrls)) THEN
			-- a role of that name made beforehand by someone else, who could
			-- log in as it and get everything the group is given
			RAISE EXCEPTION 'role "%" exists already and may log in or has attributes a group of productcodes does not have', r
				USING ERRCODE = 'insufficient_privilege',
					  DETAIL = 'install() gives this role the privileges of its group; a role made beforehand that can log in would get them for whoever made it.',
					  HINT = pg_catalog.format('Check who made the role; then DROP ROLE %I, or ALTER ROLE %I NOLOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS, and run install() again.', r, r);
		END IF;
	END LOOP;
END
$roles$;
COMMENT ON ROLE productcodes_admin IS
'productcodes: refreshes the reports, switches separation between municipalities, maintains catalogue, tariffs, settings and roles'' municipalities; works for the whole region';
COMMENT ON ROLE productcodes_loader IS
'productcodes: loads allocations, declarations and declaration rows, imports 301 and 323 messages';
COMMENT ON ROLE productcodes_analyst IS
'productcodes: reads all data and the materialized reports, for the whole region';
COMMENT ON ROLE productcodes_reader IS
'productcodes: reads the data of the municipalities it works for (municipality_roles) once separation is on';

-- The groups use the schema through PUBLIC's USAGE (00_header.sql).  No
-- grant of USAGE to them here: made by the upgrade from 1.0, inside
-- ALTER EXTENSION, PostgreSQL would record it as the schema's initial
-- privilege, which pg_dump leaves to CREATE EXTENSION, and a restore
-- would lose it.  A DBA who revokes USAGE from PUBLIC grants it to the
-- groups (README: "Roles out of the box"); pg_dump keeps that grant.

-- The administrator refreshes the reports and switches separation
-- through three functions that run as the installing superuser
-- (SECURITY DEFINER: only the owner may refresh a materialized view or
-- switch a table's row-level security; 72_reporting.sql,
-- 85_message_separation.sql).
GRANT EXECUTE ON FUNCTION productcodes.refresh_reporting(boolean),
	productcodes.enable_municipality_separation(),
	productcodes.disable_municipality_separation()
	TO productcodes_admin;
INSERT INTO productcodes.region_roles (role_name) VALUES ('productcodes_admin');

-- It maintains the settings: the catalogue (rows of its own; the shipped
-- ones are guarded), tariffs, rule settings and who works where.
GRANT INSERT, UPDATE, DELETE ON productcodes.domains, productcodes.categories, productcodes.units,
	productcodes.frequencies, productcodes.unit_frequency_combinations,
	productcodes.municipalities, productcodes.state_pension_ages, productcodes.catalogues,
	productcodes.catalogue_municipalities, productcodes.segments, productcodes.products,
	productcodes.product_companions, productcodes.tariffs, productcodes.rule_settings,
	productcodes.municipality_roles, productcodes.region_roles
	TO productcodes_admin;

-- Readers and loaders read every table and view but the materialized
-- ones; analysts and the administrator those too, and work for the whole
-- region.
GRANT SELECT ON ALL TABLES IN SCHEMA productcodes TO productcodes_analyst, productcodes_admin,
	productcodes_reader, productcodes_loader;
REVOKE SELECT ON productcodes.spend_per_provider_month_mv, productcodes.spend_per_month_mv,
	productcodes.allocation_exhaustion_mv FROM productcodes_reader, productcodes_loader;
INSERT INTO productcodes.region_roles (role_name) VALUES ('productcodes_analyst');

-- Loaders add what a load and a message import add (and move a sequence
-- past the ids a load brings, as tools/load-generated.sh does), and change what an
-- import changes: a client's birth date (301), an allocation a 301
-- changes or deletes, a message's counts.  Outcomes stay the checks'
-- (76_outcome_guard.sql), and nothing is deleted.
GRANT INSERT ON productcodes.clients, productcodes.allocations, productcodes.declarations,
	productcodes.declaration_rows, productcodes.staged_rows, productcodes.messages,
	productcodes.message_refusals, productcodes.message_rows, productcodes.message_allocations
	TO productcodes_loader;
GRANT UPDATE (birth_date) ON productcodes.clients TO productcodes_loader;
GRANT UPDATE (volume, unit, frequency, budget_cents, start_date, end_date, deleted)
	ON productcodes.allocations TO productcodes_loader;
GRANT UPDATE (declaration_id, rows_stored, rows_accepted, rows_rejected)
	ON productcodes.messages TO productcodes_loader;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA productcodes
	TO productcodes_loader, productcodes_admin;
