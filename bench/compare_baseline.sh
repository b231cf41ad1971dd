#!/bin/bash
# bench/compare_baseline.sh: does the PL/pgSQL baseline (bench/baseline_plpgsql.sql)
# decide every row exactly as the C trigger does?
#
#   bash bench/compare_baseline.sh DIR         DIR written by tools/generate.py
#   bash bench/compare_baseline.sh --regress   the rows of sql/validation.sql,
#                                              sql/cumulative.sql, sql/fidelity.sql,
#                                              sql/hostile_input.sql
#
# Run against a server where the extension is installed, e.g. as root:
#   flock /tmp/productcodes-install.lock bash -c \
#     'make -s install && pg_virtualenv -t -v 15 bash bench/compare_baseline.sh /tmp/gen'
#
# Two fresh databases of the cluster get the same data: $PREFIX_c with the
# extension's C trigger, $PREFIX_plpgsql with that trigger disabled and the
# baseline trigger in its place.  DIR is loaded as tools/load-generated.sh
# loads it (one transaction; catalogue links, tariffs, clients, allocations,
# declarations, then declaration_rows in one COPY in file order), and the
# load's rows/s is printed for each.  In --regress mode the test files run
# through psql instead (sql/setup.sql first; their printed output is kept
# in the work directory, not compared: it shows ruleset and timings).
#
# Then every row's status, errors (in their order) and warnings are
# compared, matched by (referentie_nummer, declaration_id, occurrence):
#   baseline: N rows compared, M differ
# followed by the first differing rows.  With DIR, both are also compared
# with DIR/expected.csv (status and the set of errors, as
# tools/load-generated.sh does).  Exits 1 when a row differs or is missing
# on one side, 2 on a usage or load error.  The databases are left in
# place for inspection (dropped and created again on the next run).
# PREFIX (default bl) names the databases; SHOW (default 20) is how many
# differing rows are shown.
set -eu
cd "$(dirname "$0")/.."
root=$PWD

prefix=${PREFIX:-bl}
show=${SHOW:-20}
db_c=${prefix}_c
db_pl=${prefix}_plpgsql

mode=dir
if [ $# -eq 1 ] && [ "$1" = "--regress" ]; then
	mode=regress
elif [ $# -eq 1 ] && [ -f "$1/declaration_rows.csv" ]; then
	dir=$(cd "$1" && pwd)
else
	echo "usage: $0 DIR | --regress   (DIR written by tools/generate.py)" >&2
	exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

psql_db() {		# psql_db DB [psql args]: quiet, stop on the first error
	local db=$1
	shift
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}

fresh_db() {	# fresh_db DB: an empty database
	psql_db postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

use_baseline() {	# use_baseline DB: the baseline trigger instead of the C one
	psql_db "$1" -f "$root/bench/baseline_plpgsql.sql"
	psql_db "$1" <<'SQL'
ALTER TABLE productcodes.declaration_rows DISABLE TRIGGER check_declaration_row;
CREATE TRIGGER baseline_check BEFORE INSERT ON productcodes.declaration_rows
	FOR EACH ROW EXECUTE FUNCTION baseline.check_declaration_row();
SQL
}

# load DB LABEL: DIR into DB as tools/load-generated.sh does, with timing
load() {
	(cd "$dir" && psql_db "$1" -v label="$2" -A -t) <<'SQL'
SET search_path = productcodes, public;
BEGIN;
\copy catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) FROM 'catalogue_municipalities.csv' WITH (FORMAT csv, HEADER true)
\copy tariffs (gemeentecode, agb, code, unit, validity, tariff_cents) FROM 'tariffs.csv' WITH (FORMAT csv, HEADER true)
\copy clients (bsn, birth_date, lives_at_home) FROM 'clients.csv' WITH (FORMAT csv, HEADER true)
\copy allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code, volume, unit, frequency, budget_cents, start_date, end_date, deleted) FROM 'allocations.csv' WITH (FORMAT csv, HEADER true)
\copy declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on, received_on, total_cents, total_dc) FROM 'declarations.csv' WITH (FORMAT csv, HEADER true)
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('productcodes.declarations', 'declaration_id'),
                         (SELECT max(declaration_id) FROM declarations)) \gset
SELECT clock_timestamp() AS t0 \gset
\copy declaration_rows (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) FROM 'declaration_rows.csv' WITH (FORMAT csv, HEADER true)
SELECT count(*) AS n, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs
  FROM declaration_rows \gset
COMMIT;
SELECT format('%-9s %s rows loaded in %s s: %s rows/s', :'label' || ':', :n,
              round(:secs::numeric, 1), round(:n / greatest(:secs::numeric, 0.001)));
SQL
}

# regress DB LABEL: the rule-level test files, as pg_regress runs them
regress() {
	local db=$1 label=$2 f
	fresh_db "$db"
	(cd "$root" && psql -X -a -d "$db" -f sql/setup.sql) > "$work/$label.out" 2>&1
	[ "$label" = "baseline" ] && use_baseline "$db"
	for f in validation cumulative fidelity hostile_input; do
		(cd "$root" && psql -X -a -d "$db" -f "sql/$f.sql") >> "$work/$label.out" 2>&1
	done
	psql_db "$db" -A -t -c "SELECT format('%-9s %s rows stored by the test files', '$label:', count(*)) FROM productcodes.declaration_rows"
}

# outcome DB FILE: every row's outcome, in storage order
outcome() {
	psql_db "$1" -c "\\copy (SELECT row_id, referentie_nummer, declaration_id, status, errors, warnings FROM productcodes.declaration_rows ORDER BY row_id) TO '$2' WITH (FORMAT csv)"
}

if [ "$mode" = dir ]; then
	fresh_db "$db_c"
	psql_db "$db_c" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()"
	fresh_db "$db_pl"
	psql_db "$db_pl" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()"
	use_baseline "$db_pl"
	load "$db_c" "C engine"
	load "$db_pl" "baseline"
else
	regress "$db_c" "c"
	regress "$db_pl" "baseline"
fi

outcome "$db_c" "$work/c.csv"
outcome "$db_pl" "$work/baseline.csv"

# the comparison runs in the baseline's database, on temporary tables
if [ "$mode" = dir ]; then has_expected=on; else has_expected=off; fi
[ -f "${dir:-/nonexistent}/expected.csv" ] || has_expected=off
[ "$has_expected" = on ] && cp "$dir/expected.csv" "$work/expected.csv"
set +e
(cd "$work" && psql_db "$db_pl" -v show="$show" -v has_expected="$has_expected" <<'SQL'
\pset footer off
CREATE TEMP TABLE c_rows (row_id bigint, ref text, declaration_id bigint, status text,
                          errors text[], warnings text[]);
CREATE TEMP TABLE bl_rows (LIKE c_rows);
\copy c_rows FROM 'c.csv' WITH (FORMAT csv)
\copy bl_rows FROM 'baseline.csv' WITH (FORMAT csv)
CREATE TEMP VIEW pairs AS
SELECT coalesce(c.ref, b.ref) AS ref, coalesce(c.declaration_id, b.declaration_id) AS declaration_id,
       c.row_id AS c_row, b.row_id AS bl_row,
       c.status AS c_status, b.status AS bl_status,
       c.errors AS c_errors, b.errors AS bl_errors,
       c.warnings AS c_warnings, b.warnings AS bl_warnings,
       c.ref IS NOT NULL AND b.ref IS NOT NULL
         AND c.status = b.status AND c.errors = b.errors AND c.warnings = b.warnings AS same
  FROM (SELECT *, row_number() OVER (PARTITION BY ref, declaration_id ORDER BY row_id) AS k
          FROM c_rows) c
  FULL JOIN (SELECT *, row_number() OVER (PARTITION BY ref, declaration_id ORDER BY row_id) AS k
               FROM bl_rows) b
    ON b.ref = c.ref AND b.declaration_id = c.declaration_id AND b.k = c.k;
SELECT count(*) AS n, count(*) FILTER (WHERE NOT same) AS m FROM pairs \gset
\echo baseline: :n rows compared, :m differ
SELECT :m > 0 AS some_differ \gset
\if :some_differ
\echo first differing rows (c_row, bl_row: row_id in each database; empty: no such row there):
SELECT left(ref, 24) AS ref, declaration_id, c_row, bl_row, c_status, bl_status,
       c_errors, bl_errors, c_warnings, bl_warnings
  FROM pairs WHERE NOT same
 ORDER BY coalesce(c_row, bl_row) LIMIT :show;
\endif
\pset tuples_only on
\pset format unaligned

\if :has_expected
CREATE TEMP TABLE expected (ref text PRIMARY KEY, expected_status text, expected_errors text);
\copy expected FROM 'expected.csv' WITH (FORMAT csv, HEADER true)
SELECT format('%-9s %s of %s rows as expected.csv says (status and set of errors)', r.engine || ':',
              count(*) FILTER (WHERE e.expected_status = r.status
                                 AND e.expected_errors = (SELECT '{' || coalesce(string_agg(x, ',' ORDER BY x COLLATE "C"), '') || '}'
                                                            FROM unnest(r.errors) x)),
              (SELECT count(*) FROM expected))
  FROM (SELECT 'C engine' AS engine, * FROM c_rows UNION ALL SELECT 'baseline', * FROM bl_rows) r
  LEFT JOIN expected e USING (ref)
 GROUP BY r.engine ORDER BY r.engine DESC;
\endif
\o differ
\qecho :m
\o
SQL
)
status=$?
set -e
[ $status -eq 0 ] || { echo "comparison failed" >&2; exit 2; }
status=0
[ "$(tr -d ' \n' < "$work/differ")" = "0" ] || status=1
if [ "$mode" = regress ]; then
	cp "$work/c.out" "${TMPDIR:-/tmp}/${prefix}_regress_c.out"
	cp "$work/baseline.out" "${TMPDIR:-/tmp}/${prefix}_regress_baseline.out"
	echo "(test files' output: ${TMPDIR:-/tmp}/${prefix}_regress_c.out and ${prefix}_regress_baseline.out)"
fi
exit $status
