#!/bin/bash
# test/generated_load.sh: the engine decides every generated row as the
# generator expects.
#
# Generates a small dataset with tools/generate.py (fixed seed), loads it
# with tools/load-generated.sh into a fresh database, and compares every
# row's status and set of broken rules with expected.csv, by
# ReferentieNummer.  Run against a server where the extension is installed:
#   pg_virtualenv -t -v 15 bash test/generated_load.sh
# Prints "ok - ..." / "not ok - ..." per check and a last line
# "generated_load: N passed, M failed"; exits non-zero on a failure.
# GENERATED_ROWS (default 5000) and GENERATED_SEED (default 7) change the data.
set -u
cd "$(dirname "$0")/.."

db=pc_generated
rows=${GENERATED_ROWS:-5000}
seed=${GENERATED_SEED:-7}
. test/checks.sh

sql() {		# sql QUERY: one unaligned result from the test database
	psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"
}

finish() {
	summary generated_load
	exit
}

# 1. the generator: its date and amount rules on the standard's examples,
# exact row count, same files for the same arguments
python3 tools/generate.py --self-check 2> "$work/selfcheck.err"
check "generator's rules pass the standard's examples (--self-check)" "0" "$?"
sed 's/^/# /' "$work/selfcheck.err"
python3 tools/generate.py --seed "$seed" --rows "$rows" --out "$work/a" 2> "$work/gen.err"
status=$?
sed 's/^/# /' "$work/gen.err"
check "generator runs" "0" "$status"
python3 tools/generate.py --seed "$seed" --rows "$rows" --out "$work/b" 2> /dev/null
check "generator output is identical for identical arguments" \
	"$(cd "$work/a" && md5sum *)" "$(cd "$work/b" && md5sum *)"
check "generator writes exactly --rows rows, each with an expected outcome" \
	"$rows $rows" "$(($(wc -l < "$work/a/declaration_rows.csv") - 1)) $(($(wc -l < "$work/a/expected.csv") - 1))"
[ -s "$work/a/declaration_rows.csv" ] || finish

# 2. load into a fresh database
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" || exit 1
bash tools/load-generated.sh "$work/a" -d "$db" > "$work/report" 2>&1
status=$?
sed 's/^/# /' "$work/report"
check "tools/load-generated.sh loads the directory" "0" "$status"

# 3. the outcome of every row, by ReferentieNummer
psql -X -q -v ON_ERROR_STOP=1 -d "$db" > "$work/compare.err" 2>&1 <<SQL
CREATE TABLE expected (referentie_nummer text PRIMARY KEY, expected_status text, expected_errors text);
\copy expected FROM '$work/a/expected.csv' WITH (FORMAT csv, HEADER true)
CREATE VIEW outcome AS
SELECT coalesce(e.referentie_nummer, r.referentie_nummer) AS ref,
       e.expected_status, e.expected_errors, r.status AS actual_status,
       (SELECT '{' || coalesce(string_agg(x, ',' ORDER BY x COLLATE "C"), '') || '}'
          FROM unnest(r.errors) x) AS actual_errors,
       r.row_id
  FROM expected e FULL JOIN productcodes.declaration_rows r USING (referentie_nummer);
SQL
check "expected.csv loads" "0" "$?"
cat "$work/compare.err"

check "rows in the database and in expected.csv" \
	"$rows|$rows" "$(sql "SELECT count(r.row_id) || '|' || count(e.referentie_nummer) FROM productcodes.declaration_rows r FULL JOIN expected e USING (referentie_nummer)")"
check "accepted and rejected rows as expected" \
	"$(sql "SELECT string_agg(expected_status || ' ' || n, ', ' ORDER BY expected_status) FROM (SELECT expected_status, count(*) n FROM expected GROUP BY 1) x")" \
	"$(sql "SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n FROM productcodes.declaration_rows GROUP BY 1) x")"
check "findings per rule as expected" \
	"$(sql "SELECT string_agg(e || ' ' || n, ', ' ORDER BY e COLLATE \"C\") FROM (SELECT e, count(*) n FROM expected, unnest(expected_errors::text[]) e GROUP BY 1) x")" \
	"$(sql "SELECT string_agg(e || ' ' || n, ', ' ORDER BY e COLLATE \"C\") FROM (SELECT e, count(*) n FROM productcodes.declaration_rows, unnest(errors) e GROUP BY 1) x")"
mismatches=$(sql "SELECT count(*) FROM outcome WHERE expected_status IS DISTINCT FROM actual_status OR expected_errors IS DISTINCT FROM actual_errors")
check "every row has exactly the expected status and rules" "0" "$mismatches"
if [ "$mismatches" != 0 ]; then
	echo "# first mismatches (ref: expected -> actual; the row as loaded):"
	psql -X -q -A -F ' ' -t -d "$db" -c "
		SELECT o.ref || ': ' || coalesce(o.expected_status, '-') || ' ' || coalesce(o.expected_errors, '')
		       || ' -> ' || coalesce(o.actual_status, '-') || ' ' || coalesce(o.actual_errors, '')
		       || '  [decl ' || r.declaration_id || ' ' || d.agb || ' ' || d.gemeentecode || ' ' || d.domain
		       || ', toewijzing ' || r.toewijzing_nummer || ', bsn ' || r.bsn || ', ' || r.category || '/' || r.code::text
		       || ', ' || r.period_start || '..' || r.period_end || ', ' || r.volume || ' x ' || r.unit
		       || ' @ ' || coalesce(r.tariff_cents::text, '-') || ' = ' || r.amount_cents || ' ' || r.dc
		       || coalesce(' vorig ' || r.vorig_referentie_nummer, '') || ']'
		  FROM outcome o LEFT JOIN productcodes.declaration_rows r USING (row_id)
		  LEFT JOIN productcodes.declarations d USING (declaration_id)
		 WHERE o.expected_status IS DISTINCT FROM o.actual_status
		    OR o.expected_errors IS DISTINCT FROM o.actual_errors
		 ORDER BY r.row_id NULLS LAST LIMIT 15" | sed 's/^/#   /'
fi

# 4. the data is what it should be
# The engine reads rows on the table's own indexes where it has them and
# with SPI queries where not (a table of one's own, mapped by trigger
# arguments, may have none): the same rows in a copy of the table without
# indexes must get the same outcomes.
psql -X -q -v ON_ERROR_STOP=1 -d "$db" > "$work/copy.err" 2>&1 <<SQL
CREATE TABLE rows_without_indexes (LIKE productcodes.declaration_rows INCLUDING DEFAULTS INCLUDING IDENTITY);
CREATE TRIGGER check_declaration_row BEFORE INSERT ON rows_without_indexes
	FOR EACH ROW EXECUTE FUNCTION productcodes.check_declaration_row();
\copy rows_without_indexes (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) FROM '$work/a/declaration_rows.csv' WITH (FORMAT csv, HEADER true)
SQL
check "the rows load into a copy of the table without indexes" "0" "$?"
cat "$work/copy.err"
check "and get the same outcome, row by row, through the engine's SPI queries" "$rows 0" \
	"$(sql "SELECT count(*) || ' ' || count(*) FILTER (WHERE (a.referentie_nummer, a.status, a.errors, a.warnings) IS DISTINCT FROM (b.referentie_nummer, b.status, b.errors, b.warnings)) FROM productcodes.declaration_rows a FULL JOIN rows_without_indexes b USING (row_id)")"
check "(which has no index the engine could use)" "0" \
	"$(sql "SELECT count(*) FROM pg_index WHERE indrelid = 'rows_without_indexes'::regclass")"

# With productcodes.memo_limit at its least (1 MB) a statement forgets what
# it remembered several times during these rows, and reads it again: the
# outcomes must not change.
psql -X -q -v ON_ERROR_STOP=1 -d "$db" > "$work/forget.err" 2>&1 <<SQL
CREATE TABLE rows_forgetful (LIKE productcodes.declaration_rows INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES);
CREATE TRIGGER check_declaration_row BEFORE INSERT ON rows_forgetful
	FOR EACH ROW EXECUTE FUNCTION productcodes.check_declaration_row();
SET productcodes.memo_limit = '1MB';
SET client_min_messages = debug1;
\copy rows_forgetful (declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) FROM '$work/a/declaration_rows.csv' WITH (FORMAT csv, HEADER true)
SQL
check "the rows load with the least memo_limit" "0" "$?"
check "(and the statement forgot its memo along the way)" "yes" \
	"$([ "$(grep -c 'memo passed productcodes.memo_limit' "$work/forget.err")" -ge 1 ] && echo yes)"
grep -v 'memo passed productcodes.memo_limit' "$work/forget.err"
check "and get the same outcome, row by row" "$rows 0" \
	"$(sql "SELECT count(*) || ' ' || count(*) FILTER (WHERE (a.referentie_nummer, a.status, a.errors, a.warnings) IS DISTINCT FROM (b.referentie_nummer, b.status, b.errors, b.warnings)) FROM productcodes.declaration_rows a FULL JOIN rows_forgetful b USING (row_id)")"

check "the error mix has every kind of error the generator makes" \
	"FMT_BSN TR304 TR307 TR308 TR318 TR321 TR322 TR323 TR338 TR340 TR341 TR369 TR387 TR388 TR389 TR418" \
	"$(sql "SELECT string_agg(DISTINCT e, ' ' ORDER BY e) FROM expected, unnest(expected_errors::text[]) e")"
check "between 2% and 7% of the rows are meant to be rejected" "t" \
	"$(sql "SELECT count(*) FILTER (WHERE expected_status = 'rejected') BETWEEN 0.02 * count(*) AND 0.07 * count(*) FROM expected")"
check "credits are accepted, but for those of an unknown debit or that differ from their debit (TR323, IV091)" "t" \
	"$(sql "SELECT count(*) > 0 AND bool_and(status = 'accepted' OR vorig_referentie_nummer LIKE 'R9%' OR errors = '{TR323}') FROM productcodes.declaration_rows WHERE dc = 'C'")"
check "and some credits differ from their debit: TR323 on a known debit" "t" \
	"$(sql "SELECT count(*) > 0 FROM productcodes.declaration_rows WHERE dc = 'C' AND errors = '{TR323}' AND vorig_referentie_nummer NOT LIKE 'R9%'")"
check "transport rows are accepted next to a day programme or short stay" "t" \
	"$(sql "SELECT count(*) > 0 AND count(*) FILTER (WHERE status = 'accepted') > 0.9 * count(*) FROM productcodes.declaration_rows WHERE code::text IN ('08U01', '08U02')")"
check "every rejected row has its findings, with return code and text" "0" \
	"$(sql "SELECT count(*) FROM productcodes.declaration_rows r WHERE status = 'rejected' AND NOT EXISTS (SELECT 1 FROM productcodes.row_findings f WHERE f.row_id = r.row_id AND f.text_nl <> '' AND f.return_code <> '')")"
missing=""
for rule in $(sql "SELECT DISTINCT unnest(errors) FROM productcodes.declaration_rows ORDER BY 1"); do
	grep -qE "^ *$rule +\| " "$work/report" || missing="$missing $rule"
done
check "the report lists every rule that rejected rows" "" "$missing"

psql -X -q -d postgres -c "DROP DATABASE $db"
finish
