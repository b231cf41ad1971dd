#!/usr/bin/env python3
"""Generate the extension's install script from the SQL parts and data/*.csv.

Usage: gen_install_sql.py TEMPLATE_DIR DATA_DIR VERSION > productcodes--VERSION.sql
       gen_install_sql.py --rules-sync data/rules.csv   (part of an upgrade script)

The template is every *.sql file in TEMPLATE_DIR, concatenated in name order;
markers in it are replaced by generated SQL.

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
        "SELECT pg_catalog.pg_extension_config_dump('%s', 'WHERE NOT shipped');" % qualified,
    ]
    if identity:
        out.append("SELECT pg_catalog.pg_extension_config_dump('%s_%s_seq', '');"
                   % (qualified, identity))
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


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--rules-sync":
        sys.stdout.write(rules_sync(sys.argv[2]))
        return
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    template_dir, data_dir, version = sys.argv[1:]
    parts = sorted(n for n in os.listdir(template_dir) if n.endswith(".sql"))
    template = ""
    for name in parts:
        with open(os.path.join(template_dir, name), encoding="utf-8") as f:
            template += f.read()

    shipped, registered = [], []
    for table, identity in TABLES:
        path = os.path.join(data_dir, table + ".csv")
        if os.path.exists(path):
            shipped.append(inserts_for(table, identity, path))
        registered.append(registration(table, identity))

    for marker in ("@SHIPPED_ROWS@", "@TABLE_REGISTRATION@", "@VERSION@"):
        if marker not in template:
            sys.exit("%s: marker %s missing" % (template_dir, marker))
    script = (template.replace("@SHIPPED_ROWS@", "\n".join(shipped))
              .replace("@TABLE_REGISTRATION@", "\n".join(registered))
              .replace("@VERSION@", version))
    sys.stdout.write(script)


if __name__ == "__main__":
    main()
