#!/bin/bash
# test/roles.sh: the shipped group roles, each persona doing its work with
# nothing granted by hand.  A superuser creates the extension, runs
# install() and makes login roles members of the groups; that is all.
# Then, each connecting as itself (a password, as on a real cluster):
#   anna  (productcodes_admin)   switches separation on, says who works for
#                                which municipality, loads the region's
#                                settings, refreshes the reports
#   lars  (productcodes_loader)  loads a generated year and imports the test
#                                messages, for the whole region
#   mia   (productcodes_loader)  loads a provider's file for one municipality
#   ali   (productcodes_analyst) runs the management report
#   rita  (productcodes_reader)  reads her municipality's data, only that
# and what each may not do is refused.
#
# Run against a server with the extension installed:
#   pg_virtualenv -t bash test/roles.sh
# Prints "ok - ..." / "not ok - ..." and "roles: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

db=pc_roles
gen=$work/gen
pw=roles-test
host=${PGHOST:-localhost}
as() { # as ROLE SQL...: psql as a login role, unaligned, errors on stdout
	local r=$1; shift
	local args=()
	for s in "$@"; do args+=(-c "$s"); done
	PGPASSWORD=$pw psql -X -q -At -v ON_ERROR_STOP=1 -h "$host" -U "$r" -d "$db" "${args[@]}" 2>&1
}
state() { # state ROLE SQL: the SQLSTATE the statement fails with, or "ok"
	PGPASSWORD=$pw psql -X -q -At -h "$host" -U "$1" -d "$db" -v VERBOSITY=sqlstate \
		-c "\\set VERBOSITY sqlstate" -c "$2" 2>&1 >/dev/null | sed -n 's/^ERROR: *//p' | head -1 | grep . || echo ok
}

# --- the superuser's part ---------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1
create_productcodes "$db" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL || exit 1
SET client_min_messages = warning;
DROP ROLE IF EXISTS pc_anna, pc_lars, pc_mia, pc_ali, pc_rita;
CREATE ROLE pc_anna LOGIN PASSWORD '$pw' IN ROLE productcodes_admin;
CREATE ROLE pc_lars LOGIN PASSWORD '$pw' IN ROLE productcodes_loader;
CREATE ROLE pc_mia LOGIN PASSWORD '$pw' IN ROLE productcodes_loader;
CREATE ROLE pc_ali LOGIN PASSWORD '$pw' IN ROLE productcodes_analyst;
CREATE ROLE pc_rita LOGIN PASSWORD '$pw' IN ROLE productcodes_reader;
SQL
check "the groups exist, none can log in" "productcodes_admin false|productcodes_analyst false|productcodes_loader false|productcodes_reader false" \
	"$(sql "$db" "SELECT string_agg(rolname || ' ' || rolcanlogin, '|' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'productcodes\_%'")"
check "no login role holds a privilege of its own on productcodes' objects" "0" \
	"$(sql "$db" "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a WHERE c.relnamespace = 'productcodes'::regnamespace AND a.grantee IN (SELECT oid FROM pg_roles WHERE rolname LIKE 'pc\_%')")"
check "none of the personas is a superuser or may bypass row-level security" "0" \
	"$(sql "$db" "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pc\_%' AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)")"

python3 tools/generate.py --seed 11 --scale 0.05 --out "$gen" > "$work/gen.out" || exit 1
own=0344   # rita's and mia's municipality
other=0632

# --- anna, the administrator ------------------------------------------
check "anna switches separation on" "" "$(as pc_anna 'SELECT productcodes.enable_municipality_separation()')"
check "anna says who works for which municipality, and that lars loads for the region" "" \
	"$(as pc_anna "INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('pc_rita', '$own'), ('pc_mia', '$own')" \
		"INSERT INTO productcodes.region_roles (role_name) VALUES ('pc_lars')")"
PGPASSWORD=$pw bash tools/load-generated.sh --settings-only "$gen" -h "$host" -U pc_anna -d "$db" > "$work/settings.out" 2>&1
rc=$?
check "anna loads the region's settings (catalogue links, tariffs)" "0:$(($(wc -l < "$gen/tariffs.csv") - 1))" \
	"$rc:$(sql "$db" "SELECT count(*) FROM productcodes.tariffs")"
check "anna adds the catalogue link the test messages need" "" \
	"$(as pc_anna "INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0518', 'JW', '[2023-01-01,)')")"
check "anna may not create the tables again (install() is a superuser's)" "42501" "$(state pc_anna 'SELECT productcodes.install()')"
check "anna does not own the tables: she may not add a trigger to one, which would run as whoever writes to it" "42501" \
	"$(state pc_anna "CREATE TRIGGER t BEFORE INSERT ON productcodes.tariffs FOR EACH ROW EXECUTE FUNCTION productcodes.protect_shipped_rows()")"
check "nor switch a table's row-level security but through the two functions" "42501" \
	"$(state pc_anna "ALTER TABLE productcodes.declarations DISABLE ROW LEVEL SECURITY")"
check "separation is on for every table with a policy" "t" \
	"$(sql "$db" "SELECT bool_and(c.relrowsecurity) FROM pg_class c WHERE c.oid IN (SELECT (schemaname || '.' || tablename)::regclass FROM pg_policies WHERE policyname = 'own_municipality')")"

# --- lars, the region's loader -----------------------------------------
PGPASSWORD=$pw bash tools/load-generated.sh --data-only "$gen" -h "$host" -U pc_lars -d "$db" > "$work/load.out" 2>&1
status=$?
check "lars loads the generated year (separation on: through temporary tables)" "0" "$status"
[ "$status" = 0 ] || sed -n '1,30p' "$work/load.out"
expected_rows=$(($(wc -l < "$gen/declaration_rows.csv") - 1))
check "every row is there, with the outcome the generator meant" "$expected_rows|$expected_rows" \
	"$(sed -n 's/^ *\([0-9]*\) | *\([0-9]*\) | *0$/\1|\2/p' "$work/load.out" | tail -1)"
check "the load says it is committed" "1" "$(grep -c '^== Loaded and committed: ' "$work/load.out")"
check "nothing of the report after it failed" "0" "$(grep -c 'ERROR' "$work/load.out")"
PGPASSWORD=$pw bash tools/import-messages.sh -o "$work/325" test/messages -h "$host" -U pc_lars -d "$db" > "$work/import.out" 2>&1
check "lars imports the test messages" "0" "$?"
check "and every message is stored, with a 325 answer to each 323" "15|12" \
	"$(sql "$db" "SELECT count(*) FROM productcodes.messages")|$(ls "$work/325" | grep -c '\.325\.xml$')"
check "lars may not change a tariff" "42501" "$(state pc_lars "UPDATE productcodes.tariffs SET tariff_cents = 1")"
check "lars may not forge an outcome" "42501" \
	"$(state pc_lars "UPDATE productcodes.declaration_rows SET status = 'accepted' WHERE status = 'rejected'")"
check "lars may not switch separation off" "42501" "$(state pc_lars 'SELECT productcodes.disable_municipality_separation()')"

# --- mia, a municipality's loader: a provider's file through staged_rows
decl_own=$(sql "$db" "SELECT min(declaration_id) FROM productcodes.declarations WHERE gemeentecode = '$own'")
decl_other=$(sql "$db" "SELECT min(declaration_id) FROM productcodes.declarations WHERE gemeentecode = '$other'")
check "mia loads two staged rows, one naming another municipality's declaration: both kept" "2" \
	"$(as pc_mia "INSERT INTO productcodes.staged_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
		VALUES ('$decl_own', 'ROLES-1', '1', '123456782', '54', '54001', '2025-01-01', '2025-01-31', '1', '01', '100', '100', 'D'),
		       ('$decl_other', 'ROLES-2', '1', '123456782', '54', '54001', '2025-01-01', '2025-01-31', '1', '01', '100', '100', 'D')" \
		"SELECT count(*) FROM productcodes.staged_rows WHERE referentie_nummer LIKE 'ROLES-%'")"
check "the one for another municipality is rejected as naming no declaration (FMT_VELD)" "ROLES-2 {FMT_VELD}" \
	"$(as pc_mia "SELECT referentie_nummer || ' ' || errors::text FROM productcodes.staged_rows WHERE referentie_nummer = 'ROLES-2'")"
check "mia sees only her municipality's declarations" "$own" \
	"$(as pc_mia "SELECT string_agg(DISTINCT gemeentecode, ',') FROM productcodes.declarations")"

# --- anna refreshes the reports; ali reads them -------------------------
check "anna refreshes the reports" "" "$(as pc_anna 'SELECT productcodes.refresh_reporting()')"
check "ali (analyst) reads the materialized report of every municipality" \
	"$(sql "$db" "SELECT count(DISTINCT gemeentecode) FROM productcodes.declarations")" \
	"$(as pc_ali "SELECT count(DISTINCT gemeentecode) FROM productcodes.spend_per_month_mv")"
check "ali sees every declaration row" "$(sql "$db" "SELECT count(*) FROM productcodes.declaration_rows")" \
	"$(as pc_ali "SELECT count(*) FROM productcodes.declaration_rows")"
PGPASSWORD=$pw bash tools/report.sh 2025-01 2025-12 "$work/report" -h "$host" -U pc_ali -d "$db" > "$work/report.out" 2>&1
check "ali runs the management report" "0" "$?"
check "which writes its page" "yes" "$([ -s "$work/report/index.html" ] && echo yes || echo no)"
check "ali may not change data" "42501" "$(state pc_ali "DELETE FROM productcodes.declarations")"

# --- rita, a municipality's reader -------------------------------------
check "rita reads her municipality's declarations, and only those" "$own|$(sql "$db" "SELECT count(*) FROM productcodes.declarations WHERE gemeentecode = '$own'")" \
	"$(as pc_rita "SELECT string_agg(DISTINCT gemeentecode, ',') || '|' || count(*) FROM productcodes.declarations")"
check "her rows and their findings are her municipality's, all of them" \
	"$(sql "$db" "SELECT count(*) FROM productcodes.declaration_rows r JOIN productcodes.declarations d USING (declaration_id) WHERE d.gemeentecode = '$own'")|$(sql "$db" "SELECT count(*) FROM productcodes.row_findings f JOIN productcodes.declaration_rows r USING (row_id) JOIN productcodes.declarations d ON d.declaration_id = r.declaration_id WHERE d.gemeentecode = '$own'")" \
	"$(as pc_rita "SELECT count(*) FROM productcodes.declaration_rows" "SELECT count(*) FROM productcodes.row_findings" | tr '\n' '|' | sed 's/|$//')"
check "and so is the spend she sees" "$own" \
	"$(as pc_rita "SELECT string_agg(DISTINCT gemeentecode, ',') FROM productcodes.spend_per_month")"
check "she may not read the materialized reports (no row-level security there)" "42501" \
	"$(state pc_rita "SELECT count(*) FROM productcodes.spend_per_month_mv")"
check "she may not load" "42501" "$(state pc_rita "INSERT INTO productcodes.clients (bsn, birth_date) VALUES ('123456782', '2010-01-01')")"
check "she may not refresh the reports" "42501" "$(state pc_rita 'SELECT productcodes.refresh_reporting()')"
# a restore with --no-privileges leaves out the REVOKE ... FROM PUBLIC of the
# three SECURITY DEFINER functions (DBA review 13c): they check the caller
sql "$db" "GRANT EXECUTE ON FUNCTION productcodes.disable_municipality_separation(), productcodes.refresh_reporting(boolean) TO PUBLIC" >/dev/null
check "with EXECUTE granted to PUBLIC, as after pg_restore --no-privileges, she still may not switch separation off" "42501" \
	"$(state pc_rita 'SELECT productcodes.disable_municipality_separation()')"
check "nor refresh the reports" "42501" "$(state pc_rita 'SELECT productcodes.refresh_reporting()')"
check "and separation is still on" "t" "$(sql "$db" "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declarations'::regclass")"

psql -X -q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE pc_anna, pc_lars, pc_mia, pc_ali, pc_rita" >/dev/null 2>&1
summary roles
