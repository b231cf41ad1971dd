#!/bin/bash
# test/dump_restore.sh: pg_dump / pg_restore keeps what users add to the
# catalogue and never duplicates what the extension ships (part 1); a
# region's whole database (a generated year, the test messages and their
# 325 answers, separation on, a DBA's own policy, the reports refreshed)
# restored with pg_restore, pg_restore -j 4 and a plain dump through psql
# equals its source (part 2); DROP EXTENSION refuses while the tables exist
# (part 3).
#
# Run against a server where the extension is installed, e.g.
#   pg_virtualenv -v 15 bash test/dump_restore.sh
# Prints "ok - ..." / "not ok - ..." per check and a last line
# "dump_restore: N passed, M failed"; exits non-zero on a failure.
set -u
cd "$(dirname "$0")/.."

src=pc_dump_src
dst=pc_dump_dst
. test/checks.sh

psql -X -q -v ON_ERROR_STOP=1 -d postgres \
	-c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" \
	-c "CREATE DATABASE $src" -c "CREATE DATABASE $dst" || exit 1
create_productcodes "$src" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -f test/dump_restore_data.sql || exit 1

pg_dump -Fc -d "$src" -f "$work/db.dump" || exit 1
pg_restore --exit-on-error -d "$dst" "$work/db.dump" 2> "$work/restore.err"
check "pg_restore succeeds without errors" "0:" "$?:$(cat "$work/restore.err")"

table_fingerprints "$src" > "$work/src.fp"
table_fingerprints "$dst" > "$work/dst.fp"
check "every table has the same row count and checksum after restore" \
	"$(cat "$work/src.fp")" "$(cat "$work/dst.fp")"
check "the fingerprint covers every table of the extension, with rows" \
	"29 tables, declaration_rows 2" \
	"$(wc -l < "$work/src.fp") tables, $(grep '^declaration_rows ' "$work/src.fp" | cut -d' ' -f1,2)"
check "shipped products are not duplicated, user products are kept" \
	"31|3" "$(sql "$dst" "SELECT count(*) FILTER (WHERE shipped) || '|' || count(*) FILTER (WHERE NOT shipped) FROM productcodes.products")"
check "checked rows keep their stored outcome" \
	"R-1 accepted {}|R-2 rejected {TR346,TR389}" \
	"$(sql "$dst" "SELECT string_agg(referentie_nummer || ' ' || status || ' ' || errors::text, '|' ORDER BY referentie_nummer) FROM productcodes.declaration_rows")"
check "user tariffs are kept" \
	"3" "$(sql "$dst" "SELECT count(*) FROM productcodes.tariffs")"
check "a user product in a shipped catalogue looks up after restore" \
	"Maatwerk jeugd (eigen code in gedeelde catalogus)" \
	"$(sql "$dst" "SELECT name FROM productcodes.product_for('50H1A', '0363', '2024-06-01')")"
check "a user municipality's own catalogue looks up after restore" \
	"Jeugdhulp ambulant licht|A.1" \
	"$(sql "$dst" "SELECT name || '|' || local_ref FROM productcodes.product_for('45A03', '1990', '2027-02-01')")"
check "identity sequences continue after the restored user rows" \
	"$(sql "$src" "SELECT max(product_id) + 1 FROM productcodes.products")" \
	"$(sql "$dst" "INSERT INTO productcodes.products (catalogue_id, code, category, domain, name, unit, frequency, variant) VALUES (1000, '45A05', '45', 'JW', 'na restore', '04', '4', 'inspanningsgericht') RETURNING product_id")"
check "shipped rows are still protected after restore" \
	"cannot delete a row of \"productcodes.products\" that was shipped with extension productcodes" \
	"$(sql "$dst" "SET search_path = public, productcodes; DELETE FROM productcodes.products WHERE code = '43Z03'" 2>&1 | sed -n 's/^ERROR: *//p')"
revalidated="SELECT string_agg(referentie_nummer || ' ' || status || ' ' || errors::text, '|' ORDER BY referentie_nummer) FROM productcodes.revalidate()"
check "checking every row again gives the same outcomes in the restored database" \
	"$(sql "$src" "$revalidated")" "$(sql "$dst" "$revalidated")"
check "and those reflect today's settings (TR346 was switched off after the load)" \
	"R-1 accepted {}|R-2 rejected {TR389}" "$(sql "$dst" "SELECT string_agg(referentie_nummer || ' ' || status || ' ' || errors::text, '|' ORDER BY referentie_nummer) FROM productcodes.declaration_rows")"
check "a second dump of the restored database restores as well" \
	"0" "$(pg_dump -Fc -d "$dst" -f "$work/db2.dump" && sql postgres "DROP DATABASE IF EXISTS ${dst}2" && sql postgres "CREATE DATABASE ${dst}2" && pg_restore --exit-on-error -d "${dst}2" "$work/db2.dump"; echo $?)"

sql postgres "DROP DATABASE $src" && sql postgres "DROP DATABASE $dst" && sql postgres "DROP DATABASE ${dst}2"

# --- 2. a region's whole database, restored three ways ------------------
full=pc_dump_full
for d in $full ${full}_fc ${full}_j4 ${full}_plain; do
	sql postgres "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
	sql postgres "CREATE DATABASE $d" || exit 1
done
create_productcodes "$full" || exit 1
python3 tools/generate.py --seed 5 --scale 0.05 --out "$work/gen" > /dev/null || exit 1
bash tools/load-generated.sh "$work/gen" -d "$full" > "$work/load.out" 2>&1 || { cat "$work/load.out"; exit 1; }
sql "$full" "INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0518', 'JW', '[2023-01-01,)')" >/dev/null
bash tools/import-messages.sh -o "$work/325" test/messages -d "$full" > "$work/import.out" 2>&1 || { cat "$work/import.out"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d "$full" >/dev/null <<'SQL' || exit 1
SET client_min_messages = warning;
DO $$ BEGIN CREATE ROLE pc_dump_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON SCHEMA productcodes TO pc_dump_reader;
GRANT SELECT ON productcodes.declarations, productcodes.declaration_rows TO pc_dump_reader;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('pc_dump_reader', '0344');
SELECT productcodes.enable_municipality_separation();
-- a DBA's own policy, on a table the extension ships none for
ALTER TABLE productcodes.clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY dba_clients ON productcodes.clients USING (lives_at_home IS NOT FALSE);
SELECT productcodes.refresh_reporting(false);
SQL

# everything a restore must bring back, one line per item
state_of() {	# state_of DB
	table_fingerprints "$1"
	sql "$1" "SELECT 'row level security: ' || string_agg(relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity, ', ' ORDER BY relname) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'r'"
	sql "$1" "SELECT 'policies: ' || count(*) || ' ' || md5(string_agg(tablename || policyname || permissive || roles::text || cmd || coalesce(qual, '') || coalesce(with_check, ''), '|' ORDER BY tablename, policyname)) FROM pg_policies WHERE schemaname = 'productcodes'"
	sql "$1" "SELECT 'triggers: ' || count(*) || ' ' || md5(string_agg(c.relname::text || ' ' || t.tgname::text || ' ' || t.tgenabled::text, '|' ORDER BY c.relname, t.tgname)) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'productcodes'::regnamespace AND NOT t.tgisinternal"
	for mv in $(sql "$1" "SELECT relname FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'm' ORDER BY 1"); do
		sql "$1" "SELECT '$mv: populated ' || relispopulated FROM pg_class WHERE oid = 'productcodes.$mv'::regclass"
		sql "$1" "SELECT '$mv: ' || count(*) || ' ' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM productcodes.$mv x" 2>&1
	done
	sql "$1" "SELECT '325 answers: ' || count(*) || ' ' || md5(string_agg(productcodes.answer_325(message_id)::text, '|' ORDER BY message_id)) FROM productcodes.messages WHERE message_type LIKE '%323'"
	sql "$1" "SELECT 'privileges: ' || md5(string_agg(relname || coalesce(relacl::text, ''), '|' ORDER BY relname)) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace"
	psql -X -q -A -t -d "$1" -c "SET ROLE pc_dump_reader" -c "SELECT 'the reader sees: ' || string_agg(DISTINCT gemeentecode, ',') || ' ' || count(*) FROM productcodes.declarations" 2>&1
}
state_of "$full" > "$work/full.state"
check "(the source has separation on, 15 messages, refreshed reports, and the reader sees only 0344)" "1|15|t|0344" \
	"$(sql "$full" "SELECT count(*) FILTER (WHERE relname = 'declarations' AND relrowsecurity) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace")|$(sql "$full" "SELECT count(*) FROM productcodes.messages")|$(sql "$full" "SELECT relispopulated FROM pg_class WHERE oid = 'productcodes.spend_per_month_mv'::regclass")|$(grep '^the reader sees' "$work/full.state" | cut -d' ' -f4)"

pg_dump -Fc -d "$full" -f "$work/full.dump" || exit 1
pg_dump -d "$full" -f "$work/full.sql" || exit 1
pg_restore --exit-on-error -d "${full}_fc" "$work/full.dump" 2> "$work/fc.err"
check "pg_restore of the whole database succeeds without errors" "0:" "$?:$(head -5 "$work/fc.err")"
pg_restore --exit-on-error -j 4 -d "${full}_j4" "$work/full.dump" 2> "$work/j4.err"
check "pg_restore -j 4 succeeds without errors" "0:" "$?:$(head -5 "$work/j4.err")"
psql -X -q -v ON_ERROR_STOP=1 -d "${full}_plain" -f "$work/full.sql" > "$work/plain.out" 2>&1
check "a plain pg_dump restored with psql succeeds without errors" "0:" "$?:$(grep -m 5 ERROR "$work/plain.out")"
for how in fc j4 plain; do
	state_of "${full}_$how" > "$work/$how.state"
	check "restored ($how): every row, outcome, message and 325 answer, separation, policies, triggers, privileges and reports as in the source" \
		"" "$(diff "$work/full.state" "$work/$how.state" | head -20)"
done
check "restored: row-level security is on where it was" \
	"$(grep '^row level security' "$work/full.state")" "$(grep '^row level security' "$work/fc.state")"
check "restored: the reports are populated, not silently empty" \
	"$(grep -c 'populated true' "$work/full.state")" "$(grep -c 'populated true' "$work/j4.state")"
check "restored: the reader still sees only her municipality" \
	"$(grep '^the reader sees' "$work/full.state")" "$(grep '^the reader sees' "$work/plain.state")"
check "the restored database checks a new row as the source does" \
	"$(psql -X -q -A -t -d "$full" -c "BEGIN" -c "INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) SELECT declaration_id, 'DUMP-NEW', toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc FROM productcodes.declaration_rows ORDER BY row_id LIMIT 1 RETURNING status, errors" -c "ROLLBACK" 2>&1)" \
	"$(psql -X -q -A -t -d "${full}_j4" -c "BEGIN" -c "INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) SELECT declaration_id, 'DUMP-NEW', toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc FROM productcodes.declaration_rows ORDER BY row_id LIMIT 1 RETURNING status, errors" -c "ROLLBACK" 2>&1)"

# --- 3. DROP EXTENSION never silently destroys the data ----------------
rows_before=$(sql "${full}_fc" "SELECT count(*) FROM productcodes.declaration_rows")
drop_err=$(psql -X -q -d "${full}_fc" -v VERBOSITY=default -c "DROP EXTENSION productcodes" 2>&1 | grep -m1 '^ERROR')
check "DROP EXTENSION productcodes refuses while the tables exist" \
	"ERROR:  cannot drop extension productcodes because other objects depend on it" "$drop_err"
drop_err=$(psql -X -q -d "${full}_fc" -c "DROP EXTENSION productcodes CASCADE" 2>&1 | grep -E -m3 '^(ERROR|HINT)' | tr '\n' ' ')
check "DROP EXTENSION productcodes CASCADE refuses too, and says how to keep or remove the data" \
	"ERROR:  cannot drop extension productcodes while its tables exist HINT:  To keep the data, dump the whole database first (pg_dump -Fc; README: \"Backup and restore\"). To remove productcodes with all its data: DROP SCHEMA productcodes CASCADE. " "$drop_err"
check "and every row is still there, with its codes" "$rows_before|0" \
	"$(sql "${full}_fc" "SELECT count(*) || '|' || count(*) FILTER (WHERE code IS NULL) FROM productcodes.declaration_rows" 2>&1)"
check "DROP SCHEMA productcodes CASCADE removes productcodes whole" "0|0" \
	"$(sql "${full}_fc" "SET client_min_messages = warning; DROP SCHEMA productcodes CASCADE; SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'productcodes') || '|' || (SELECT count(*) FROM pg_event_trigger)" 2>&1)"

for d in $full ${full}_fc ${full}_j4 ${full}_plain; do sql postgres "DROP DATABASE $d" >/dev/null; done
sql postgres "DROP ROLE pc_dump_reader" >/dev/null 2>&1
summary dump_restore
