#!/bin/bash
# tools/load-generated.sh: load a directory written by tools/generate.py into
# a database that has the extension, and report what the checks decided.
#
#   bash tools/load-generated.sh [--settings-only | --data-only] DIR [psql connection options]
#   e.g.  python3 tools/generate.py --scale 1 --out /tmp/gen
#         bash tools/load-generated.sh /tmp/gen -d mydb
#
# --settings-only loads only the region's settings (catalogue links and
# tariffs: the administrator's, productcodes_admin), --data-only the rest
# (clients, allocations, declarations and their rows: a loader's,
# productcodes_loader).  Where separation is on, a table with row-level
# security is loaded through a temporary table (PostgreSQL refuses COPY
# FROM into it), in file order, and the policies check each row.
#
# The files are read by psql on the client (\copy), so the server needs no
# access to DIR.  Everything is loaded in one transaction, so a load that
# fails leaves nothing behind: in dependency order catalogue_municipalities,
# tariffs, clients, allocations, declarations (their ids are kept; the
# identity sequence is moved past them), then declaration_rows in one COPY,
# in file order.  The trigger checks each row as it is copied and counts the
# earlier rows of the file.
#
# Then it prints: rows accepted and rejected with their amounts, findings per
# rule and per return code (with the Dutch text), the outcome per
# municipality, and one rejected row per rule with all its reasons.  When DIR
# has expected.csv, it also says how many rows got the outcome the generator
# expected, and shows the first that did not.
#
# Load into a database without earlier declarations of these providers:
# the ReferentieNummers and DeclaratieNummers of a second load are repeats
# (TR314, TR333).  Exits non-zero when loading fails; once the load is
# committed it says so, and an error of the report after it does not
# change the exit status.
set -eu
part=all
case "${1:-}" in
--settings-only) part=settings; shift ;;
--data-only) part=data; shift ;;
esac
if [ $# -lt 1 ] || [ ! -f "$1/declaration_rows.csv" ]; then
	echo "usage: $0 [--settings-only | --data-only] DIR [psql options]   (DIR written by tools/generate.py)" >&2
	exit 2
fi
dir=$1
shift
cd "$dir"
compare=off
[ -f expected.csv ] && compare=on
parts=$(mktemp -d)
trap 'rm -rf "$parts"' EXIT

# load TABLE "COLUMNS" FILE: \copy, or, where row-level security applies to
# the role (separation on: PostgreSQL refuses COPY FROM then), \copy into a
# temporary table and one INSERT ... SELECT in file order, which the
# policies check row by row
load() {
	cat <<SQL
SELECT pg_catalog.row_security_active('productcodes.$1') AS rls \\gset
\\if :rls
CREATE TEMPORARY TABLE load_$1 AS SELECT $2 FROM productcodes.$1 WITH NO DATA;
ALTER TABLE load_$1 ADD COLUMN load_seq bigserial;
\\copy load_$1 ($2) FROM '$3' WITH (FORMAT csv, HEADER true)
INSERT INTO productcodes.$1 ($2) SELECT $2 FROM load_$1 ORDER BY load_seq;
DROP TABLE load_$1;
\\else
\\copy productcodes.$1 ($2) FROM '$3' WITH (FORMAT csv, HEADER true)
\\endif
SQL
}

{
	cat <<'SQL'
\pset footer off
\pset null ''
-- not public: no operator or function of someone else's there takes part
SET search_path = productcodes, pg_catalog;
SELECT coalesce(max(row_id), 0) AS row0 FROM declaration_rows \gset
BEGIN;
SQL
	if [ "$part" != data ]; then
		load catalogue_municipalities "catalogue_id, gemeentecode, domain, validity" catalogue_municipalities.csv
		load tariffs "gemeentecode, agb, code, unit, validity, tariff_cents" tariffs.csv
	fi
	if [ "$part" = settings ]; then
		echo "COMMIT;"
		echo "\\echo 'Loaded and committed: the catalogue links and tariffs.'"
	else
		load clients "bsn, birth_date, lives_at_home" clients.csv
		load allocations "gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code, volume, unit, frequency, budget_cents, start_date, end_date, deleted" allocations.csv
		load declarations "declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on, total_cents, total_dc" declarations.csv
		cat <<'SQL'
-- past the loaded ids, never back: under separation max() sees only the
-- role's own municipalities
SELECT pg_catalog.pg_get_serial_sequence('productcodes.declarations', 'declaration_id') AS decl_seq \gset
SELECT pg_catalog.setval(:'decl_seq', greatest((SELECT max(declaration_id) FROM declarations),
                         (SELECT last_value FROM :decl_seq))) \gset
SELECT clock_timestamp() AS t0 \gset
SQL
		load declaration_rows "declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc" declaration_rows.csv
		cat <<'SQL'
SELECT count(*) AS n, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs
  FROM declaration_rows WHERE row_id > :row0 \gset
COMMIT;
-- The load is committed: what follows only reports, and a failure there
-- must not look like a failed load (loading again would repeat every
-- ReferentieNummer: TR314 on each row).
\echo '== Loaded and committed:' :n 'rows checked. (Do not load these files again: every row would be a repeat, TR314.)'
\set ON_ERROR_STOP off
SQL
	fi
} > "$parts/load.sql"

cat > "$parts/report.sql" <<'SQL'
-- fresh statistics for the report's queries, where the role may (the owner)
SELECT pg_catalog.pg_has_role(c.relowner, 'USAGE') AS may_analyze
  FROM pg_catalog.pg_class c WHERE c.oid = 'productcodes.declaration_rows'::pg_catalog.regclass \gset
\if :may_analyze
ANALYZE declaration_rows;
\endif

\echo
\echo '== Loaded'
SELECT (SELECT count(*) FROM catalogue_municipalities WHERE NOT shipped) AS catalogue_links,
       (SELECT count(*) FROM tariffs) AS tariffs,
       (SELECT count(*) FROM clients) AS clients,
       (SELECT count(*) FROM allocations) AS allocations,
       (SELECT count(*) FROM declarations) AS declarations,
       :n AS rows_checked,
       round(:secs::numeric, 1) AS seconds,
       round(:n / greatest(:secs::numeric, 0.001)) AS rows_per_second;

\echo
\echo '== Outcome of the rows (amounts in euros; credits count negative)'
SELECT status, count(*) AS rows,
       round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct,
       count(*) FILTER (WHERE dc = 'C') AS credits,
       round(sum(CASE WHEN dc = 'C' THEN -amount_cents ELSE amount_cents END) / 100.0, 2) AS amount
  FROM declaration_rows WHERE row_id > :row0
 GROUP BY status ORDER BY status;

\echo
\echo '== Findings per rule (a rejected row can break more than one rule)'
SELECT f.rule_id, f.return_code, ru.kind, f.severity, count(*) AS rows, f.text_nl
  FROM row_findings f JOIN rules ru USING (rule_id)
 WHERE f.row_id > :row0
 GROUP BY f.rule_id, f.return_code, ru.kind, f.severity, f.text_nl
 ORDER BY rows DESC, f.rule_id;

\echo
\echo '== Rejected rows per return code (as the 325 answer reports them)'
SELECT f.return_code, count(DISTINCT f.row_id) AS rows,
       string_agg(DISTINCT f.rule_id, ', ') AS rules
  FROM row_findings f
 WHERE f.row_id > :row0 AND f.severity = 'error'
 GROUP BY f.return_code ORDER BY rows DESC, f.return_code;

\echo
\echo '== Per municipality and domain'
SELECT d.gemeentecode, m.name AS gemeente, d.domain,
       count(*) AS rows,
       count(*) FILTER (WHERE r.status = 'rejected') AS rejected,
       round(100.0 * count(*) FILTER (WHERE r.status = 'rejected') / count(*), 1) AS pct_rejected,
       round(sum(CASE WHEN r.dc = 'C' THEN -r.amount_cents ELSE r.amount_cents END)
             FILTER (WHERE r.status = 'accepted') / 100.0, 2) AS accepted_amount
  FROM declaration_rows r
  JOIN declarations d USING (declaration_id)
  JOIN municipalities m USING (gemeentecode)
 WHERE r.row_id > :row0
 GROUP BY d.gemeentecode, m.name, d.domain ORDER BY d.gemeentecode, d.domain;

\echo
\echo '== Some rejected rows: the first for each rule, with every reason'
SELECT r.referentie_nummer AS ref, d.agb, d.gemeentecode AS gem, d.declaratie_nummer,
       r.toewijzing_nummer AS toewijzing, r.code, r.period_start, r.period_end,
       r.volume, r.unit, r.amount_cents, r.dc, r.vorig_referentie_nummer AS vorig,
       (SELECT string_agg(f.rule_id || ' (' || f.return_code || '): ' || f.text_nl, ' | '
                          ORDER BY f.rule_id)
          FROM row_findings f WHERE f.row_id = r.row_id) AS reasons
  FROM declaration_rows r
  JOIN declarations d ON d.declaration_id = r.declaration_id
 WHERE r.row_id IN (SELECT min(f.row_id) FROM row_findings f
                     WHERE f.row_id > :row0 AND f.severity = 'error' GROUP BY f.rule_id)
 ORDER BY r.errors[1], r.row_id;

\if :compare
\echo
\echo '== Compared with expected.csv (what the generator meant each row to get)'
CREATE TEMP TABLE expected (referentie_nummer text PRIMARY KEY, expected_status text,
                            expected_errors text);
\copy expected FROM 'expected.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP VIEW outcome AS
SELECT coalesce(e.referentie_nummer, r.referentie_nummer) AS ref,
       e.expected_status, e.expected_errors,
       r.status AS actual_status,
       (SELECT '{' || coalesce(string_agg(x, ',' ORDER BY x COLLATE "C"), '') || '}'
          FROM unnest(r.errors) x) AS actual_errors
  FROM expected e
  FULL JOIN (SELECT * FROM declaration_rows WHERE row_id > :row0) r
    ON r.referentie_nummer = e.referentie_nummer;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE expected_status = actual_status
                          AND expected_errors = actual_errors) AS as_expected,
       count(*) FILTER (WHERE expected_status IS DISTINCT FROM actual_status
                           OR expected_errors IS DISTINCT FROM actual_errors) AS different
  FROM outcome;
SELECT ref, expected_status, expected_errors, actual_status, actual_errors
  FROM outcome
 WHERE expected_status IS DISTINCT FROM actual_status
    OR expected_errors IS DISTINCT FROM actual_errors
 ORDER BY ref LIMIT 10;
\endif
SQL

if [ "$part" = settings ]; then
	psql -X -q -v ON_ERROR_STOP=1 -f "$parts/load.sql" "$@"
else
	cat "$parts/load.sql" "$parts/report.sql" |
		psql -X -q -v ON_ERROR_STOP=1 -v compare="$compare" "$@"
fi
