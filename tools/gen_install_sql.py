#!/usr/bin/env python3
"""Generate the extension's install script from the SQL parts and data/*.csv.

Usage: gen_install_sql.py TEMPLATE_DIR DATA_DIR VERSION > productcodes--VERSION.sql
       gen_install_sql.py --rules-sync data/rules.csv   (part of an upgrade script)
       gen_install_sql.py --install-function TEMPLATE_DIR DATA_DIR VERSION  (ditto)
       gen_install_sql.py --detach TEMPLATE_DIR         (ditto)

The template is every *.sql file in TEMPLATE_DIR, concatenated in name order;
markers in it are replaced by generated SQL.  The parts before 30_ make the
extension's members (the types); the rest become the body of
productcodes.install(), which makes the database's own objects.

The CSV files in data/ are the source of truth for the rows the extension
ships.  Each becomes one multi-row INSERT, marked shipped = true.  CSV
columns map to table columns of the same name, except the pair
valid_from/valid_to, which becomes the daterange column "validity"
(inclusive start, exclusive end, empty = unbounded).  Values are written
as E'' literals, so the script means the same whatever
standard_conforming_strings says.
"""
import csv
import os
import re
import sys

# Catalogue tables in dependency order.  "identity" tables take explicit ids
# for shipped rows (OVERRIDING SYSTEM VALUE); users' rows get ids from the
# identity sequence, which starts above the shipped range.
TABLES = [
    ("domains", None),
    ("categories", None),
    ("units", None),
    ("frequencies", None),
    ("unit_frequency_combinations", None),
    ("municipalities", None),
    ("state_pension_ages", None),
    ("catalogues", "catalogue_id"),
    ("catalogue_municipalities", None),
    ("segments", None),
    ("products", "product_id"),
    ("product_companions", None),
    ("tariffs", "tariff_id"),
    ("rules", None),
]

# Shipped ids must stay below where the identity sequences start.
ID_LIMITS = {"catalogue_id": 1000, "product_id": 1000000, "tariff_id": 1000000}


def literal(value):
    if value == "":
        return "NULL"
    return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def validity(valid_from, valid_to):
    return literal("[%s,%s)" % (valid_from, valid_to))


def inserts_for(table, identity, path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r for r in reader if r]
    for n, row in enumerate(rows, start=2):
        if len(row) != len(header):
            sys.exit("%s:%d: %d fields, header has %d" % (path, n, len(row), len(header)))
    has_validity = "valid_from" in header or "valid_to" in header
    if has_validity and not ("valid_from" in header and "valid_to" in header):
        sys.exit("%s: valid_from and valid_to go together" % path)
    columns = [c for c in header if c not in ("valid_from", "valid_to")]
    if has_validity:
        columns.append("validity")
    columns.append("shipped")

    values = []
    for n, row in enumerate(rows, start=2):
        rec = dict(zip(header, row))
        if identity:
            ident = int(rec[identity])
            if not 0 < ident < ID_LIMITS[identity]:
                sys.exit("%s:%d: %s %d outside the shipped range" % (path, n, identity, ident))
        vals = [literal(rec[c]) for c in header if c not in ("valid_from", "valid_to")]
        if has_validity:
            vals.append(validity(rec["valid_from"], rec["valid_to"]))
        vals.append("true")
        values.append("\t(" + ", ".join(vals) + ")")

    override = " OVERRIDING SYSTEM VALUE" if identity else ""
    return ("-- %d rows from data/%s\n"
            "INSERT INTO productcodes.%s (%s)%s VALUES\n%s;\n"
            % (len(rows), os.path.basename(path), table, ", ".join(columns),
               override, ",\n".join(values)))


def registration(table, identity):
    qualified = "productcodes." + table
    out = [
        "CREATE TRIGGER protect_shipped_rows\n"
        "\tBEFORE INSERT OR UPDATE OR DELETE ON %s\n"
        "\tFOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows();" % qualified,
        "CREATE TRIGGER protect_shipped_rows_truncate\n"
        "\tBEFORE TRUNCATE ON %s\n"
        "\tFOR EACH STATEMENT EXECUTE FUNCTION productcodes.protect_shipped_rows();" % qualified,
        "CREATE TRIGGER catalogue_changed\n"
        "\tAFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s\n"
        "\tFOR EACH STATEMENT EXECUTE FUNCTION productcodes.catalogue_changed();" % qualified,
    ]
    return "\n".join(out) + "\n"


def rules_sync(path):
    """The upgrade's part for data/rules.csv: every shipped rule as the CSV
    has it now (added or changed), and shipped rules it no longer has
    removed, so that an upgraded database holds the rules of a fresh one."""
    insert = inserts_for("rules", None, path).rstrip().rstrip(";")
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
        f.seek(0)
        ids = [r["rule_id"] for r in csv.DictReader(f)]
    updates = ", ".join("%s = EXCLUDED.%s" % (c, c) for c in header if c != "rule_id")
    return ("-- the rules of data/rules.csv (generated by tools/gen_install_sql.py --rules-sync)\n"
            "%s\nON CONFLICT (rule_id) DO UPDATE SET %s, shipped = true;\n"
            "-- (a municipality's setting of a removed rule stops the upgrade: its\n"
            "-- foreign key says which)\n"
            "DELETE FROM productcodes.rules WHERE shipped AND rule_id NOT IN (%s);\n"
            % (insert, updates, ", ".join(literal(i) for i in ids)))


# Parts whose objects are members of the extension: the types, their
# operators and comparisons (file names below this one).  Every later part
# makes the database's own objects (tables, views, functions over them),
# which productcodes.install() creates and pg_dump dumps as any other.
FIRST_INSTALL_PART = "30"
INSTALL_TAG = "$productcodes_install$"
DDL_TAG = "$productcodes_ddl$"


def read_parts(template_dir, install):
    parts = sorted(n for n in os.listdir(template_dir) if n.endswith(".sql"))
    text = ""
    for name in parts:
        if (name >= FIRST_INSTALL_PART) == install:
            with open(os.path.join(template_dir, name), encoding="utf-8") as f:
                text += f.read()
    return text


def member_function_names(template_dir):
    """The functions and aggregates the member parts make, by name."""
    names = set()
    for m in re.finditer(r"CREATE (?:OR REPLACE )?(?:FUNCTION|AGGREGATE) ([a-z_]+)\.([a-z_]+)",
                         read_parts(template_dir, False)):
        names.add(m.group(2))
    return sorted(names)


def detach(template_dir):
    """The upgrade's last part: every object of 1.0 and 1.1 that a fresh
    install makes with productcodes.install() stops being a member of the
    extension, so that an upgraded database is dumped, restored and
    dropped as a fresh one (test/upgrade.sh compares the members)."""
    names = ", ".join(literal(n) for n in member_function_names(template_dir) + ["install"])
    return """-- the database's own objects leave the extension (generated by
-- tools/gen_install_sql.py --detach)
DO $detach$
DECLARE
	o record;
BEGIN
	FOR o IN
		SELECT d.classid, d.objid, i.type, i.identity
		  FROM pg_catalog.pg_depend d
		 CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classid, d.objid, 0) i
		 WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
		   AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e
							  WHERE e.extname = 'productcodes')
		   AND d.deptype = 'e'
		   AND d.objsubid = 0
		 ORDER BY i.type IN ('table', 'view', 'materialized view', 'sequence') DESC, i.type, i.identity
	LOOP
		CONTINUE WHEN o.type NOT IN ('table', 'view', 'materialized view', 'sequence',
									 'function', 'type', 'composite type', 'event trigger');
		CONTINUE WHEN o.type = 'function'
			AND (SELECT p.proname FROM pg_catalog.pg_proc p WHERE p.oid = o.objid)
				IN (%s);
		CONTINUE WHEN o.type = 'type'
			AND o.identity IN ('productcodes.productcode', 'productcodes.bsn',
							   'productcodes.productcode[]', 'productcodes.bsn[]');
		-- a relation's row type (a member from PostgreSQL 17 on) leaves with
		-- its relation, detached first
		CONTINUE WHEN o.type IN ('type', 'composite type')
			AND EXISTS (SELECT 1 FROM pg_catalog.pg_type y JOIN pg_catalog.pg_class k ON k.oid = y.typrelid
						 WHERE y.oid = o.objid AND k.relkind IN ('r', 'v', 'm', 'p'));
		-- a table's row type may have left with its table
		CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
								   WHERE x.classid = o.classid AND x.objid = o.objid
									 AND x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
									 AND x.deptype = 'e');
		EXECUTE pg_catalog.format('ALTER EXTENSION productcodes DROP %%s %%s',
			CASE o.type WHEN 'composite type' THEN 'TYPE' ELSE pg_catalog.upper(o.type) END,
			o.identity);
	END LOOP;
END
$detach$;
""" % names


def install_function(template_dir, data_dir, version):
    """productcodes.install(): the later parts, with the shipped rows."""
    ddl = expand(read_parts(template_dir, True), data_dir, version,
                 ("@SHIPPED_ROWS@", "@TABLE_REGISTRATION@"))
    for tag in (INSTALL_TAG, DDL_TAG):
        if tag in ddl:
            sys.exit("%s: %s appears in the parts" % (template_dir, tag))
    return """
/* ====================================================================
 * productcodes.install(): the tables, views and functions over them, and
 * the shipped catalogue, made once per database after CREATE EXTENSION
 * (generated by tools/gen_install_sql.py from src/sql/%s_* and later).
 * They are the database's own objects, not members of the extension:
 * pg_dump dumps them (rows, row-level security, policies, foreign keys,
 * materialized views with their data) and DROP EXTENSION refuses while
 * they exist (DROP SCHEMA productcodes CASCADE removes all).  README: "Install into your own database".
 * ==================================================================== */
CREATE FUNCTION productcodes.install()
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS %s
BEGIN
	IF pg_catalog.to_regclass('productcodes.products') IS NOT NULL THEN
		RAISE EXCEPTION 'productcodes is installed in database "%%" already', pg_catalog.current_database()
			USING ERRCODE = 'duplicate_object',
				  DETAIL = 'Its tables exist (productcodes.products among them); install() makes them once, after CREATE EXTENSION.',
				  HINT = 'A restored or upgraded database has them already. To start afresh: DROP SCHEMA productcodes CASCADE (it drops the extension and every table and row), then CREATE EXTENSION productcodes CASCADE and SELECT productcodes.install().';
	END IF;
	-- A schema productcodes that someone else made first (CREATE EXTENSION
	-- takes it as it is) lets its owner replace what install() makes with
	-- objects of its own, which would then run with a superuser's rights.
	IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_namespace n
			  JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
			 WHERE n.nspname OPERATOR(pg_catalog.=) 'productcodes') THEN
		RAISE EXCEPTION 'schema "productcodes" is owned by %%, who is not a superuser',
				(SELECT pg_catalog.pg_get_userbyid(n.nspowner) FROM pg_catalog.pg_namespace n
				  WHERE n.nspname OPERATOR(pg_catalog.=) 'productcodes')
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = 'The owner of the schema could replace the tables and views install() makes with objects of its own, which would run with the rights of whoever loads or drops.',
				  HINT = 'DROP EXTENSION productcodes, DROP SCHEMA productcodes (or ALTER SCHEMA productcodes OWNER TO a superuser), then CREATE EXTENSION productcodes CASCADE again.';
	END IF;
	EXECUTE %s
%s%s;
END
%s;
COMMENT ON FUNCTION productcodes.install() IS
'makes the tables, views and functions of productcodes and the shipped catalogue in this database, once, after CREATE EXTENSION (as a superuser); they are the database''s own objects, so pg_dump keeps them';
REVOKE ALL ON FUNCTION productcodes.install() FROM PUBLIC;
""" % (FIRST_INSTALL_PART, INSTALL_TAG, DDL_TAG, ddl, DDL_TAG, INSTALL_TAG)


def expand(template, data_dir, version, markers):
    shipped, registered = [], []
    for table, identity in TABLES:
        path = os.path.join(data_dir, table + ".csv")
        if os.path.exists(path):
            shipped.append(inserts_for(table, identity, path))
        registered.append(registration(table, identity))
    for marker in markers:
        if marker not in template:
            sys.exit("marker %s missing" % marker)
    return (template.replace("@SHIPPED_ROWS@", "\n".join(shipped))
            .replace("@TABLE_REGISTRATION@", "\n".join(registered))
            .replace("@VERSION@", version))


# The last words of CREATE EXTENSION (not of the upgrade, which calls
# nothing more): the schema is empty until install() runs.  A WARNING,
# as PostgreSQL runs an extension's script with client_min_messages at
# least WARNING; a NOTICE would never reach the DBA.
NEXT_STEP = """
DO $next_step$
BEGIN
	RAISE WARNING 'productcodes has no tables yet: run SELECT productcodes.install() next'
		USING DETAIL = 'CREATE EXTENSION makes the types productcode and bsn; install() makes the tables, the shipped catalogue and the group roles, once per database, as a superuser.',
			  HINT = 'A restore from pg_dump makes the tables from the dump: do not run install() there.';
END
$next_step$;
"""


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--rules-sync":
        sys.stdout.write(rules_sync(sys.argv[2]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--detach":
        sys.stdout.write(detach(sys.argv[2]))
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--install-function":
        sys.stdout.write(install_function(*sys.argv[2:]))
        return
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    template_dir, data_dir, version = sys.argv[1:]
    script = expand(read_parts(template_dir, False), data_dir, version, ("@VERSION@",))
    sys.stdout.write(script + install_function(template_dir, data_dir, version) + NEXT_STEP)


if __name__ == "__main__":
    main()
