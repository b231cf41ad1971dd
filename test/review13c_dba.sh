#!/bin/bash
# test/review13c_dba.sh (review 13c of 3ec7b64, a municipality DBA's day
# two): dump and restore in every form a DBA uses, DROP in every form,
# the upgrade from 1.0 with data, pg_upgrade, a second cluster without the
# group roles, two databases sharing the roles, install() edge cases.
#
# Run against a throw-away server with the extension installed:
#   cd /work/main && pg_virtualenv -t bash test/review13c_dba.sh
# Makes three scratch clusters of its own with initdb (ports 5795, 5796,
# 5797 unless REV13C_PORT_OLD/_NEW/_OTHER), as user postgres when run as
# root, and removes them, its databases and its roles at the end.
# Prints "ok - ..." / "not ok - ..." and "review13c_dba: N passed, M failed".
#
# FAILED at 3ec7b64 (not ok), each marked "# FAILS at 3ec7b64" below, and
# what became of it:
#  - pg_dump -n productcodes (what the drop guard's HINT and the README said
#    to run "to keep the data") has no CREATE EXTENSION and no event
#    trigger, so it does not restore into a new database, and restored
#    after a CREATE EXTENSION it has no drop guard; its --clean restore onto
#    the live database fails. Since: PostgreSQL's rule, a known limit; the
#    HINT says to dump the whole database, the README says -n is no backup
#    and gives the way (-e productcodes -e btree_gist, make_drop_guard())
#  - DROP SCHEMA public CASCADE (btree_gist lives there) drops productcodes
#    and every code and BSN column, unguarded. Since: the guard fires on
#    DROP SCHEMA and DROP OWNED too
#  - the guard lets DROP EXTENSION productcodes CASCADE through once any of
#    its four probe tables is gone. Since a7f03fc: it counts the tables
#    there are
#  - pg_restore --no-owner --no-privileges leaves the three SECURITY
#    DEFINER functions executable by PUBLIC. Since a7f03fc: they check the
#    caller in their body
#  - the group roles are cluster-wide: a reader or administrator made for
#    one database reads, resp. switches off separation in, every other
#    productcodes database of the cluster. Since: a known limit, in the
#    README, with REVOKE CONNECT per database against it (checked)
#  - CREATE EXTENSION without install() says nothing of install(). Since:
#    a WARNING says it comes next
#  - a database upgraded from 1.0 loses the groups' USAGE on the schema in
#    pg_dump/pg_restore (recorded as initial privileges by the upgrade).
#    Since: no grant of USAGE to the groups (PUBLIC's serves them; the
#    README says to grant it where a DBA revokes PUBLIC's)
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

p=rev13c
pw=rev13c-pw
host=${PGHOST:-localhost}
port_old=${REV13C_PORT_OLD:-5795}
port_new=${REV13C_PORT_NEW:-5796}
port_other=${REV13C_PORT_OTHER:-5797}
bin=$(pg_config --bindir)
dbs="${p}_bare ${p}_src ${p}_fc ${p}_j4 ${p}_one ${p}_noown ${p}_plain ${p}_clean ${p}_n ${p}_sd ${p}_ei ${p}_drop ${p}_pub ${p}_msg ${p}_a ${p}_b ${p}_v10 ${p}_v10r ${p}_owner"
login_roles="${p}_anna ${p}_rita ${p}_nobody ${p}_owner ${p}_backup"
scratch=$(mktemp -d /tmp/rev13c.XXXXXX)
chmod 755 "$scratch"
if [ "$(id -u)" = 0 ]; then
	chown postgres "$scratch"
	aspg() { runuser -u postgres -- "$@"; }
else
	aspg() { "$@"; }
fi
groups_before=$(sql postgres "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'productcodes\_%'")

cleanup() {
	for d in old new other; do
		[ -f "$scratch/$d/postmaster.pid" ] && aspg "$bin/pg_ctl" -D "$scratch/$d" -m fast -w stop >/dev/null 2>&1
	done
	for d in $dbs; do psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
	for r in $login_roles; do psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
	if [ "$groups_before" = 0 ]; then
		psql -X -q -d postgres -c "DROP ROLE IF EXISTS productcodes_admin, productcodes_loader, productcodes_analyst, productcodes_reader" >/dev/null 2>&1
	fi
	rm -rf "$scratch" "$work"
}
trap cleanup EXIT

as() {	# as ROLE DB SQL...: psql as a login role, errors on stdout
	local r=$1 d=$2; shift 2
	local args=()
	for s in "$@"; do args+=(-c "$s"); done
	PGPASSWORD=$pw psql -X -q -At -v ON_ERROR_STOP=1 -h "$host" -U "$r" -d "$d" "${args[@]}" 2>&1
}
err() {	# err DB SQL: the first ERROR line of a statement, or "ok"
	psql -X -q -At -d "$1" -c "$2" 2>&1 >/dev/null | sed -n 's/^ERROR: *//p' | head -1 | grep . || echo ok
}
fresh() { sql postgres "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1; sql postgres "CREATE DATABASE $1" >/dev/null; }
codes_left() {	# rows and whether declaration_rows still has its code column
	sql "$1" "SELECT count(*) || ' rows, code column ' || EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'productcodes.declaration_rows'::regclass AND attname = 'code' AND NOT attisdropped) FROM productcodes.declaration_rows" 2>&1
}

# Everything a restore must bring back, one line per item (test/dump_restore.sh's
# state_of, with a trigger line that runs, the event trigger, function
# privileges, owners and sequences).
state_of() {	# state_of DB
	table_fingerprints "$1"
	sql "$1" "SELECT 'row level security: ' || string_agg(relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity, ', ' ORDER BY relname) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'r'"
	sql "$1" "SELECT 'policies: ' || count(*) || ' ' || md5(string_agg(tablename || policyname || permissive || roles::text || cmd || coalesce(qual, '') || coalesce(with_check, ''), '|' ORDER BY tablename, policyname)) FROM pg_policies WHERE schemaname = 'productcodes'"
	sql "$1" "SELECT 'triggers: ' || count(*) || ' ' || md5(string_agg(c.relname::text || ' ' || t.tgname::text || ' ' || t.tgenabled::text, '|' ORDER BY c.relname, t.tgname)) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'productcodes'::regnamespace AND NOT t.tgisinternal"
	sql "$1" "SELECT 'event triggers: ' || coalesce(string_agg(evtname || ' ' || evtenabled::text || ' ' || pg_get_userbyid(evtowner) || ' ' || evtfoid::regprocedure::text, ',' ORDER BY evtname), 'none') FROM pg_event_trigger"
	for mv in $(sql "$1" "SELECT relname FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'm' ORDER BY 1"); do
		sql "$1" "SELECT '$mv: populated ' || relispopulated FROM pg_class WHERE oid = 'productcodes.$mv'::regclass"
		sql "$1" "SELECT '$mv: ' || count(*) || ' ' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM productcodes.$mv x" 2>&1
	done
	sql "$1" "SELECT '325 answers: ' || count(*) || ' ' || md5(coalesce(string_agg(productcodes.answer_325(message_id)::text, '|' ORDER BY message_id), '')) FROM productcodes.messages WHERE message_type LIKE '%323'"
	sql "$1" "SELECT 'privileges: ' || md5(string_agg(relname || coalesce(relacl, acldefault('r', relowner))::text, '|' ORDER BY relname)) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'function privileges: ' || md5(string_agg(oid::regprocedure::text || coalesce(proacl, acldefault('f', proowner))::text || prosecdef::text, '|' ORDER BY oid::regprocedure::text)) FROM pg_proc WHERE pronamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'schema: ' || nspacl::text FROM pg_namespace WHERE nspname = 'productcodes'"
	sql "$1" "SELECT 'owners: ' || string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'sequences: ' || string_agg(sequencename || ' ' || coalesce(last_value::text, 'null'), ',' ORDER BY sequencename) FROM pg_sequences WHERE schemaname = 'productcodes'"
	sql "$1" "SELECT 'extension members: ' || count(*) FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'productcodes') AND deptype = 'e'"
	psql -X -q -A -t -d "$1" -c "SET ROLE ${p}_rita" -c "SELECT 'the reader sees: ' || coalesce(string_agg(DISTINCT gemeentecode, ','), '-') || ' ' || count(*) FROM productcodes.declarations" 2>&1
}

# ====================================================================
# 0. install() itself, in a cluster without the group roles yet
# ====================================================================
fresh ${p}_bare
create_out=$(psql -X -q -d ${p}_bare -c "CREATE EXTENSION productcodes CASCADE" 2>&1)
# FAILS at 3ec7b64: CREATE EXTENSION says only 'installing required extension
# "btree_gist"'; the schema is empty and a user then gets 'relation
# "productcodes.products" does not exist' with no word of install()
check "CREATE EXTENSION without install() tells the DBA that SELECT productcodes.install() comes next" \
	"WARNING:  productcodes has no tables yet: run SELECT productcodes.install() next" "$(grep -m1 'install()' <<< "$create_out")"
check "install() in a transaction that rolls back leaves no table and no group role behind" \
	"0|$groups_before" \
	"$(psql -X -q -At -d ${p}_bare -c "BEGIN" -c "SELECT productcodes.install()" -c "ROLLBACK" >/dev/null 2>&1; sql ${p}_bare "SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'r') || '|' || (SELECT count(*) FROM pg_roles WHERE rolname LIKE 'productcodes\_%')")"
sql ${p}_bare "SELECT productcodes.install()" >/dev/null
check "install() a second time refuses (42710) and says why" \
	"productcodes is installed in database \"${p}_bare\" already" "$(err ${p}_bare "SELECT productcodes.install()")"
psql -X -q -d postgres >/dev/null 2>&1 <<SQL
SET client_min_messages = warning;
DROP ROLE IF EXISTS ${p}_anna, ${p}_rita, ${p}_nobody, ${p}_owner, ${p}_backup;
CREATE ROLE ${p}_anna LOGIN PASSWORD '$pw' IN ROLE productcodes_admin;
CREATE ROLE ${p}_rita LOGIN PASSWORD '$pw' IN ROLE productcodes_reader;
CREATE ROLE ${p}_nobody LOGIN PASSWORD '$pw';
CREATE ROLE ${p}_owner LOGIN PASSWORD '$pw';
CREATE ROLE ${p}_backup LOGIN PASSWORD '$pw' IN ROLE pg_read_all_data;
SQL
check "install() by a non-superuser (the database's owner) refuses" "permission denied for function install" \
	"$(as ${p}_owner ${p}_bare "SELECT productcodes.install()" | sed -n 's/^ERROR: *//p')"
sql postgres "DROP DATABASE ${p}_bare"

# ====================================================================
# 1. a region's database: a generated year, the test messages, separation
#    on, a DBA's own policy and trigger, the reports refreshed
# ====================================================================
src=${p}_src
fresh $src
create_productcodes $src || exit 1
python3 tools/generate.py --seed 5 --scale 0.02 --out "$work/gen" > /dev/null || exit 1
bash tools/load-generated.sh "$work/gen" -d $src > "$work/load.out" 2>&1 || { cat "$work/load.out"; exit 1; }
sql $src "INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0518', 'JW', '[2023-01-01,)')" >/dev/null
bash tools/import-messages.sh -o "$work/325" test/messages -d $src > "$work/import.out" 2>&1 || { cat "$work/import.out"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d $src >/dev/null <<SQL || exit 1
SET client_min_messages = warning;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_rita', '0344');
SELECT productcodes.enable_municipality_separation();
ALTER TABLE productcodes.clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY dba_clients ON productcodes.clients USING (lives_at_home IS NOT FALSE);
CREATE TABLE public.dba_audit (at timestamptz DEFAULT now(), what text);
CREATE FUNCTION public.dba_audit_declaration() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN INSERT INTO public.dba_audit (what) VALUES (TG_OP || ' ' || NEW.declaration_id); RETURN NEW; END \$\$;
CREATE TRIGGER dba_audit AFTER INSERT ON productcodes.declarations FOR EACH ROW EXECUTE FUNCTION public.dba_audit_declaration();
SELECT productcodes.refresh_reporting(false);
SQL
state_of $src > "$work/src.state"
check "(the source: separation on, 15 messages, reports populated, the guard there, the reader sees only 0344)" \
	"t|15|t|event triggers: productcodes_refuse_partial_drop A postgres productcodes.refuse_partial_drop()|0344" \
	"$(sql $src "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declarations'::regclass")|$(sql $src "SELECT count(*) FROM productcodes.messages")|$(sql $src "SELECT relispopulated FROM pg_class WHERE oid = 'productcodes.spend_per_month_mv'::regclass")|$(grep '^event triggers' "$work/src.state")|$(grep '^the reader sees' "$work/src.state" | cut -d' ' -f4)"
pg_dump -Fc -d $src -f "$work/src.dump" || exit 1
pg_dump -d $src -f "$work/src.sql" || exit 1
next_declaration=$(sql $src "SELECT max(declaration_id) + 1 FROM productcodes.declarations")

# --- 1a. the restores the README names, and their variants: all equal the source
restored() {	# restored NAME DB COMMAND...: run the restore, compare the state
	local name=$1 db=$2; shift 2
	"$@" > "$work/$db.out" 2>&1
	local rc=$?
	check "restore ($name) succeeds without errors" "0:" "$rc:$(grep -m3 -i 'error' "$work/$db.out")"
	state_of $db > "$work/$db.state" 2>&1
	check "restored ($name): rows, outcomes, 325 answers, separation, policies (the DBA's too), triggers, event trigger, reports, privileges, owners, sequences" \
		"" "$(diff "$work/src.state" "$work/$db.state" | head -12)"
}
fresh ${p}_fc;    restored "pg_restore --exit-on-error" ${p}_fc pg_restore --exit-on-error -d ${p}_fc "$work/src.dump"
fresh ${p}_j4;    restored "pg_restore -j 4" ${p}_j4 pg_restore --exit-on-error -j 4 -d ${p}_j4 "$work/src.dump"
fresh ${p}_one;   restored "pg_restore --single-transaction" ${p}_one pg_restore --exit-on-error --single-transaction -d ${p}_one "$work/src.dump"
fresh ${p}_plain; restored "plain dump, psql -1 ON_ERROR_STOP" ${p}_plain psql -X -q -1 -v ON_ERROR_STOP=1 -d ${p}_plain -f "$work/src.sql"
sql postgres "CREATE DATABASE ${p}_clean TEMPLATE $src" >/dev/null
sql ${p}_clean "INSERT INTO productcodes.region_roles (role_name) VALUES ('added_after_the_dump')" >/dev/null
restored "pg_restore --clean --if-exists -1 onto a live copy" ${p}_clean pg_restore --exit-on-error --clean --if-exists -1 -d ${p}_clean "$work/src.dump"

check "restored: a new declaration continues the identity after the source's ids" "$next_declaration" \
	"$(sql ${p}_j4 "INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on) SELECT agb, gemeentecode, domain, 'REV13CNEW', declaration_month, submitted_on FROM productcodes.declarations ORDER BY declaration_id LIMIT 1 RETURNING declaration_id" 2>&1)"
check "restored: and the DBA's own trigger fired on it" "INSERT $next_declaration" \
	"$(sql ${p}_j4 "SELECT what FROM public.dba_audit ORDER BY at DESC LIMIT 1")"
check "restored: a member of productcodes_admin refreshes the reports (also concurrently) and switches separation" "" \
	"$(as ${p}_anna ${p}_j4 "SELECT productcodes.refresh_reporting(false)" "SELECT productcodes.refresh_reporting(true)" "SELECT productcodes.disable_municipality_separation()" "SELECT productcodes.enable_municipality_separation()" | grep -v '^$')"
check "restored: the drop guard refuses DROP EXTENSION productcodes CASCADE" \
	"cannot drop extension productcodes while its tables exist" "$(err ${p}_fc "DROP EXTENSION productcodes CASCADE")"

# --- 1b. --no-owner --no-privileges (README: "on another cluster ... or
# pg_restore --no-owner --no-privileges")
fresh ${p}_noown
pg_restore --exit-on-error --no-owner --no-privileges -d ${p}_noown "$work/src.dump" > "$work/noown.out" 2>&1
check "pg_restore --no-owner --no-privileges succeeds" "0" "$?"
# FAILS at 3ec7b64: --no-privileges also drops the REVOKE ALL ... FROM PUBLIC
# of enable/disable_municipality_separation() and refresh_reporting(); they are
# SECURITY DEFINER (run as the superuser), so any login role, granted nothing,
# switches separation off for every municipality (and on, and refreshes).
# README offers this restore as an equal alternative and says nothing of it.
# (Passes from a7f03fc on: the functions check the caller in their body.)
check "after --no-privileges a role granted nothing still may not switch separation off (42501), and it stays on" \
	"42501|t" \
	"$(PGPASSWORD=$pw psql -X -q -At -h "$host" -U ${p}_nobody -d ${p}_noown -c '\set VERBOSITY sqlstate' -c "SELECT productcodes.disable_municipality_separation()" 2>&1 | sed -n 's/^ERROR: *//p' | head -1)|$(sql ${p}_noown "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declaration_rows'::regclass")"

# --- 1c. pg_dump -n productcodes
pg_dump -Fc -n productcodes -d $src -f "$work/n.dump" || exit 1
# FAILED at 3ec7b64 as "holds CREATE EXTENSION and the drop guard", which
# pg_dump -n cannot: it leaves out extensions and event triggers
# (PostgreSQL's rule). Since: a known limit, in the README ("Backup and
# restore": -n is no backup; name the extensions, make the guard again), and
# the guard's HINT no longer points at -n.
check "known limit (README, Backup and restore): pg_dump -n productcodes has neither CREATE EXTENSION nor the event trigger" "0 0" \
	"$(pg_restore -l "$work/n.dump" | grep -c 'EXTENSION - productcodes') $(pg_restore -l "$work/n.dump" | grep -c 'EVENT TRIGGER')"
fresh ${p}_n
pg_restore -d ${p}_n "$work/n.dump" > "$work/n.out" 2>&1
check "known limit: so it does not restore into a new database, and says why" \
	"type \"productcodes.bsn\" does not exist" "$(grep -o -m1 'type "productcodes.bsn" does not exist' "$work/n.out")"
check "the guard's HINT says to dump the whole database, not -n" "To keep the data, dump the whole database first" \
	"$(psql -X -q -d $src -c "BEGIN" -c "DROP EXTENSION productcodes CASCADE" -c "ROLLBACK" 2>&1 | grep -o 'To keep the data, dump the whole database first')"
# the README's way: the two extensions named, the guard made again
pg_dump -Fc -n productcodes -e productcodes -e btree_gist -d $src -f "$work/ne.dump" || exit 1
fresh ${p}_n
# (the DBA's trigger calls a function in public, which -n leaves out: PostgreSQL's rule)
pg_restore -l "$work/ne.dump" | grep -v 'TRIGGER productcodes declarations dba_audit' > "$work/ne.list"
pg_restore --exit-on-error -L "$work/ne.list" -d ${p}_n "$work/ne.dump" > "$work/ne.out" 2>&1
rc=$?
check "pg_dump -n productcodes -e productcodes -e btree_gist restores into a new database with every row" \
	"0:$(grep '^declaration_rows ' "$work/src.state")" "$rc:$(table_fingerprints ${p}_n | grep '^declaration_rows ')"
check "known limit: and has no drop guard until make_drop_guard()" "none" \
	"$(sql ${p}_n "SELECT coalesce(string_agg(evtname, ','), 'none') FROM pg_event_trigger")"
sql ${p}_n "SELECT productcodes.make_drop_guard()" >/dev/null
check "after SELECT productcodes.make_drop_guard() (README) it refuses DROP EXTENSION productcodes CASCADE, every code kept" \
	"cannot drop extension productcodes while its tables exist|$(grep '^declaration_rows ' "$work/src.state" | cut -d' ' -f2) rows, code column true|$(grep '^event triggers' "$work/src.state")" \
	"$(psql -X -q -d ${p}_n -c "SET client_min_messages = warning" -c "DROP EXTENSION productcodes CASCADE" 2>&1 | sed -n 's/^ERROR: *//p' | head -1)|$(codes_left ${p}_n)|$(state_of ${p}_n | grep '^event triggers')"
check "make_drop_guard() a second time changes nothing; a role granted nothing may not run it" \
	"ok|permission denied for function make_drop_guard" \
	"$(err ${p}_n "SELECT productcodes.make_drop_guard()")|$(as ${p}_nobody ${p}_n "SELECT productcodes.make_drop_guard()" | sed -n 's/^ERROR: *//p')"
# FAILED at 3ec7b64 as "restores with --clean onto the live database": the
# live event trigger needs the function --clean drops. Since: a known
# limit, in the README (restore such a dump into a new database; the whole
# database's dump restores with --clean, section 1a).
sql postgres "DROP DATABASE IF EXISTS ${p}_n" >/dev/null
sql postgres "CREATE DATABASE ${p}_n TEMPLATE $src" >/dev/null
pg_restore -l "$work/ne.dump" | grep -v ' SCHEMA - productcodes ' > "$work/ne.clean.list"
pg_restore --exit-on-error --clean --if-exists -1 -L "$work/ne.clean.list" -d ${p}_n "$work/ne.dump" > "$work/n3.out" 2>&1
rc=$?
check "known limit (README): a schema's dump does not restore with --clean onto the live database, and leaves it as it was" \
	"1:cannot drop function productcodes.refuse_partial_drop() because other objects depend on it|$(grep '^declaration_rows ' "$work/src.state")" \
	"$rc:$(grep -o -m1 'cannot drop function productcodes.refuse_partial_drop() because other objects depend on it' "$work/n3.out")|$(table_fingerprints ${p}_n | grep '^declaration_rows ')"

# --- 1d. schema and data apart; a database that has productcodes already
fresh ${p}_sd
pg_restore --exit-on-error --schema-only -d ${p}_sd "$work/src.dump" > "$work/sd.out" 2>&1 &&
	pg_restore --exit-on-error --data-only --disable-triggers -d ${p}_sd "$work/src.dump" >> "$work/sd.out" 2>&1
check "--schema-only, then --data-only --disable-triggers: every row of every table" "0:" \
	"$?:$(diff <(table_fingerprints $src) <(table_fingerprints ${p}_sd) | head -5)"
fresh ${p}_ei
create_productcodes ${p}_ei
pg_restore --exit-on-error -d ${p}_ei "$work/src.dump" > "$work/ei.out" 2>&1
check "a restore into a database that has CREATE EXTENSION and install() already fails loudly, not half-way silently" \
	"1:pg_restore: error: could not execute query: ERROR:  schema \"productcodes\" already exists" "$?:$(head -1 "$work/ei.out")"
fresh ${p}_owner
sql postgres "ALTER DATABASE ${p}_owner OWNER TO ${p}_owner" >/dev/null
check "a restore by the database's owner (not a superuser) stops at CREATE EXTENSION, with PostgreSQL's reason" \
	"ERROR:  permission denied to create extension \"productcodes\"" \
	"$(PGPASSWORD=$pw pg_restore --exit-on-error --no-owner -h "$host" -U ${p}_owner -d ${p}_owner "$work/src.dump" 2>&1 | grep -m1 -o 'ERROR: .*')"
check "a backup role (pg_read_all_data, no BYPASSRLS) gets a refusal once separation is on, not a dump short of rows" \
	"1:query would be affected by row-level security policy" \
	"$(PGPASSWORD=$pw pg_dump -h "$host" -U ${p}_backup -Fc -d $src -f "$work/backup.dump" 2>"$work/backup.err"; echo "$?"):$(grep -m1 -o 'query would be affected by row-level security policy' "$work/backup.err")"

# ====================================================================
# 2. DROP in every form
# ====================================================================
sql postgres "CREATE DATABASE ${p}_drop TEMPLATE $src" >/dev/null
rows=$(grep '^declaration_rows ' "$work/src.state" | cut -d' ' -f2)
check "DROP EXTENSION productcodes refuses (the tables use the types)" \
	"cannot drop extension productcodes because other objects depend on it" "$(err ${p}_drop "DROP EXTENSION productcodes")"
check "DROP EXTENSION productcodes CASCADE in a transaction refuses, and counts the data" \
	"ERROR:  cannot drop extension productcodes while its tables exist|1" \
	"$(psql -X -q -d ${p}_drop -c "BEGIN" -c "DROP EXTENSION productcodes CASCADE" -c "COMMIT" 2>&1 | grep -m1 '^ERROR')|$(psql -X -q -d ${p}_drop -c "DROP EXTENSION productcodes CASCADE" 2>&1 | grep -c "^DETAIL: .*($(sql $src "SELECT count(*) FROM productcodes.allocations") allocations, $(sql $src "SELECT count(*) FROM productcodes.declarations") declarations, $rows declaration rows, 15 received messages, as far as you may read them)")"
check "DROP EXTENSION IF EXISTS btree_gist, productcodes CASCADE refuses too" \
	"cannot drop extension productcodes while its tables exist" "$(err ${p}_drop "DROP EXTENSION IF EXISTS btree_gist, productcodes CASCADE")"
check "DROP EXTENSION btree_gist CASCADE (which takes productcodes) refuses" \
	"cannot drop extension productcodes while its tables exist" "$(err ${p}_drop "DROP EXTENSION btree_gist CASCADE")"
check "the guard leaves other extensions alone (pg_trgm created and dropped, with and without CASCADE)" "ok|ok|ok|ok" \
	"$(err ${p}_drop "CREATE EXTENSION pg_trgm")|$(err ${p}_drop "DROP EXTENSION pg_trgm")|$(err ${p}_drop "CREATE EXTENSION pg_trgm")|$(err ${p}_drop "DROP EXTENSION pg_trgm CASCADE")"
check "and every row still has its code" "$rows rows, code column true" "$(codes_left ${p}_drop)"
check "DROP OWNED BY productcodes_admin in one database drops no table, only the group's privileges there" \
	"ok|$rows|f" \
	"$(err ${p}_drop "DROP OWNED BY productcodes_admin")|$(sql ${p}_drop "SELECT count(*) FROM productcodes.declaration_rows")|$(sql ${p}_drop "SELECT has_function_privilege('productcodes_admin', 'productcodes.refresh_reporting(boolean)', 'EXECUTE')")"
check "DROP ROLE productcodes_admin refuses while a database grants it privileges" \
	"role \"productcodes_admin\" cannot be dropped because some objects depend on it" "$(err postgres "DROP ROLE productcodes_admin")"
check "DROP SCHEMA productcodes CASCADE removes productcodes whole: extension, tables, guard" "0|0|0" \
	"$(psql -X -q -At -d ${p}_drop -c "SET client_min_messages = warning" -c "DROP SCHEMA productcodes CASCADE" -c "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'productcodes') || '|' || (SELECT count(*) FROM pg_namespace WHERE nspname = 'productcodes') || '|' || (SELECT count(*) FROM pg_event_trigger)" 2>&1)"
check "DROP DATABASE of a productcodes database goes through the guard" "ok" "$(err postgres "DROP DATABASE ${p}_drop")"

sql postgres "CREATE DATABASE ${p}_pub TEMPLATE $src" >/dev/null
# FAILS at 3ec7b64: btree_gist is in public; DROP SCHEMA public CASCADE (a
# common "reset") drops btree_gist, with it productcodes (it requires
# btree_gist), its types, and every code and BSN column of the tables. The
# guard fires only on the tag DROP EXTENSION. The extension is gone and the
# rows are left without codes, exactly what the guard exists to prevent.
# (Passes since: the guard fires on DROP SCHEMA and DROP OWNED as well.)
check "DROP SCHEMA public CASCADE does not strip productcodes' code and BSN columns" \
	"$rows rows, code column true|1" \
	"$(psql -X -q -d ${p}_pub -c "SET client_min_messages = warning" -c "DROP SCHEMA public CASCADE" >/dev/null 2>&1; codes_left ${p}_pub)|$(sql ${p}_pub "SELECT count(*) FROM pg_extension WHERE extname = 'productcodes'")"
check "and the refusal counts the data and names the statement" \
	"DETAIL:  DROP SCHEMA drops extension productcodes, its types productcode and bsn" \
	"$(psql -X -q -d ${p}_pub -c "SET client_min_messages = warning" -c "DROP SCHEMA public CASCADE" 2>&1 | grep -o -m1 'DETAIL:  DROP SCHEMA drops extension productcodes, its types productcode and bsn')"
# a database owner who made btree_gist (a trusted extension) before the
# superuser made productcodes: DROP OWNED BY that owner takes btree_gist
sql postgres "DROP DATABASE IF EXISTS ${p}_pub" >/dev/null
fresh ${p}_pub
sql postgres "ALTER DATABASE ${p}_pub OWNER TO ${p}_owner" >/dev/null
as ${p}_owner ${p}_pub "CREATE EXTENSION btree_gist" >/dev/null
create_productcodes ${p}_pub
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_pub -f test/dump_restore_data.sql >/dev/null || exit 1
check "DROP OWNED BY the database owner who made btree_gist refuses too, every code kept" \
	"cannot drop extension productcodes while its tables exist|$(sql ${p}_pub "SELECT count(*) FROM productcodes.declaration_rows") rows, code column true" \
	"$(as ${p}_owner ${p}_pub "SET client_min_messages = warning" "DROP OWNED BY ${p}_owner CASCADE" | sed -n 's/^ERROR: *//p' | head -1)|$(codes_left ${p}_pub)"

sql postgres "CREATE DATABASE ${p}_msg TEMPLATE $src" >/dev/null
psql -X -q -d ${p}_msg -c "SET client_min_messages = warning" \
	-c "DROP TABLE productcodes.message_allocations, productcodes.message_rows, productcodes.message_refusals, productcodes.messages CASCADE" >/dev/null 2>&1
# FAILS at 3ec7b64: refuse_partial_drop() takes a missing messages table (one
# of four it probes with to_regclass) for "dropped with the schema" and lets
# DROP EXTENSION ... CASCADE through: a region that does not receive
# iStandaarden messages and dropped those tables loses every code.  (Passes
# from a7f03fc on: the guard counts the tables there are.)
check "the guard still refuses DROP EXTENSION productcodes CASCADE where the message tables were dropped" \
	"cannot drop extension productcodes while its tables exist|$rows rows, code column true" \
	"$(psql -X -q -d ${p}_msg -c "SET client_min_messages = warning" -c "DROP EXTENSION productcodes CASCADE" 2>&1 | sed -n 's/^ERROR: *//p' | head -1)|$(codes_left ${p}_msg)"

# ====================================================================
# 3. two databases in one cluster share the group roles
# ====================================================================
for d in ${p}_a ${p}_b; do
	fresh $d
	create_productcodes $d
	psql -X -q -v ON_ERROR_STOP=1 -d $d -f test/dump_restore_data.sql >/dev/null || exit 1
done
sql ${p}_a "INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_rita', '0363'); SELECT productcodes.enable_municipality_separation()" >/dev/null
sql ${p}_b "SELECT productcodes.enable_municipality_separation()" >/dev/null
check "(rita, a reader for database A, reads her declaration rows there)" "2" \
	"$(as ${p}_rita ${p}_a "SELECT count(*) FROM productcodes.declaration_rows")"
# FAILS at 3ec7b64: the groups are the cluster's, CONNECT is PUBLIC's by
# default, install() grants the same groups in every database: anna, made
# administrator for database A as the README says ("make login roles
# members and grant nothing else"), switches separation off in database B
# (another region, or production next to test), and rita then reads all of
# B's declaration rows. Nothing in the README says to REVOKE CONNECT.
# Since: a known limit, in the README ("Where it stops"), with what is
# enough against it: REVOKE CONNECT ... FROM PUBLIC, CONNECT per database.
anna_b=$(as ${p}_anna ${p}_b "SELECT productcodes.disable_municipality_separation()")
rita_b=$(as ${p}_rita ${p}_b "SELECT count(*) FROM productcodes.declaration_rows")
check "known limit (README, Where it stops): a member of productcodes_admin for database A switches separation off in database B; rita then reads B's rows" \
	"switched off|rows" \
	"$(grep -q 'permission denied' <<< "$anna_b" && echo refused || echo "switched off")|$(case "$rita_b" in 0|*ERROR*) echo nothing ;; *) echo "rows" ;; esac)"
sql ${p}_b "SELECT productcodes.enable_municipality_separation()" >/dev/null
sql postgres "REVOKE CONNECT ON DATABASE ${p}_b FROM PUBLIC" >/dev/null
anna_b=$(as ${p}_anna ${p}_b "SELECT productcodes.disable_municipality_separation()")
rita_b=$(as ${p}_rita ${p}_b "SELECT count(*) FROM productcodes.declaration_rows")
check "with the README's REVOKE CONNECT ON DATABASE B FROM PUBLIC, A's administrator and reader cannot connect to B; separation stays on" \
	"permission denied for database \"${p}_b\"|permission denied for database \"${p}_b\"|t" \
	"$(grep -o -m1 "permission denied for database \"${p}_b\"" <<< "$anna_b")|$(grep -o -m1 "permission denied for database \"${p}_b\"" <<< "$rita_b")|$(sql ${p}_b "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declaration_rows'::regclass")"
check "and in A they still work" "2|" \
	"$(as ${p}_rita ${p}_a "SELECT count(*) FROM productcodes.declaration_rows")|$(as ${p}_anna ${p}_a "SELECT productcodes.refresh_reporting()")"
sql postgres "DROP DATABASE ${p}_b" >/dev/null
check "DROP DATABASE of one leaves the other's personas working (the roles stay)" "2|" \
	"$(as ${p}_rita ${p}_a "SELECT count(*) FROM productcodes.declaration_rows")|$(as ${p}_anna ${p}_a "SELECT productcodes.refresh_reporting()")"

# ====================================================================
# 4. the upgrade from 1.0 with data, then dump and restore
# ====================================================================
v10=${p}_v10
fresh $v10
psql -X -q -v ON_ERROR_STOP=1 -d $v10 -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" -f test/dump_restore_data.sql >/dev/null || exit 1
sql $v10 "GRANT SELECT ON productcodes.declarations, productcodes.declaration_rows TO ${p}_rita; INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_rita', '0363'); SELECT productcodes.enable_municipality_separation()" >/dev/null
sql $v10 "ALTER EXTENSION productcodes UPDATE" > "$work/v10.out" 2>&1
check "ALTER EXTENSION productcodes UPDATE from 1.0 with data and separation on" "0:1.1" \
	"$?:$(sql $v10 "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
check "upgraded: no table is left registered for pg_extension_config_dump, none is a member" "0|0" \
	"$(sql $v10 "SELECT coalesce(array_length(extconfig, 1), 0) FROM pg_extension WHERE extname = 'productcodes'")|$(sql $v10 "SELECT count(*) FROM pg_depend d JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND c.relkind IN ('r', 'v', 'm', 'S')")"
check "upgraded: the tables stay the superuser's (README, Roles out of the box), separation still on" "postgres|t" \
	"$(sql $v10 "SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace")|$(sql $v10 "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declaration_rows'::regclass")"
check "upgraded: install() refuses (42710), the guard refuses DROP EXTENSION ... CASCADE" \
	"productcodes is installed in database \"$v10\" already|cannot drop extension productcodes while its tables exist" \
	"$(err $v10 "SELECT productcodes.install()")|$(err $v10 "DROP EXTENSION productcodes CASCADE")"
check "upgraded: the administrator refreshes and switches; the DBA's reader sees her rows" "|2" \
	"$(as ${p}_anna $v10 "SELECT productcodes.refresh_reporting()" "SELECT productcodes.disable_municipality_separation()" "SELECT productcodes.enable_municipality_separation()" | grep -v '^$')|$(as ${p}_rita $v10 "SELECT count(*) FROM productcodes.declaration_rows")"
pg_dump -Fc -d $v10 -f "$work/v10.dump" || exit 1
fresh ${v10}r
pg_restore --exit-on-error -j 4 -d ${v10}r "$work/v10.dump" > "$work/v10r.out" 2>&1
check "a dump of the upgraded database restores (-j 4) without errors" "0:" "$?:$(grep -m3 ERROR "$work/v10r.out")"
# FAILS at 3ec7b64: the upgrade script GRANTs USAGE ON SCHEMA productcodes to
# the four groups while creating_extension, so PostgreSQL records the grants
# in pg_init_privs (the schema is no member, but the record is made all the
# same); pg_dump leaves initial privileges to CREATE EXTENSION, which in 1.1
# grants only PUBLIC's. The restored schema ACL is {postgres=UC/postgres,
# =U/postgres}: the groups' USAGE is lost (a fresh install()'s is not).
# (Passes since: neither install() nor the upgrade grants the groups USAGE;
# they use PUBLIC's, and a DBA who revokes that grants it to them.)
check "and equals the upgraded database (schema privileges too)" "" "$(diff <(state_of $v10 2>&1) <(state_of ${v10}r 2>&1) | head -12)"
check "(upgraded: no group's schema USAGE is an initial privilege in pg_init_privs, as in a fresh install)" "0" \
	"$(sql $v10 "SELECT count(*) FROM pg_init_privs WHERE classoid = 'pg_namespace'::regclass AND objoid = 'productcodes'::regnamespace AND initprivs::text LIKE '%productcodes_%'")"
# where a DBA keeps PUBLIC out of the schema, and grants the groups USAGE
# (README, Roles out of the box)
sql $v10 "REVOKE USAGE ON SCHEMA productcodes FROM PUBLIC; GRANT USAGE ON SCHEMA productcodes TO productcodes_admin, productcodes_loader, productcodes_analyst, productcodes_reader" >/dev/null
pg_dump -Fc -d $v10 -f "$work/v10b.dump" || exit 1
fresh ${v10}r
pg_restore --exit-on-error -d ${v10}r "$work/v10b.dump" > "$work/v10rb.out" 2>&1
# FAILS at 3ec7b64: after the restore the reader gets 'permission denied for
# schema productcodes' (in the upgraded database itself she reads her rows)
check "upgraded, PUBLIC's USAGE revoked and the groups' granted, dumped and restored: the reader still reads her rows" "2|2" \
	"$(as ${p}_rita $v10 "SELECT count(*) FROM productcodes.declaration_rows")|$(as ${p}_rita ${v10}r "SELECT count(*) FROM productcodes.declaration_rows")"
check "and install() refuses there too" "productcodes is installed in database \"${v10}r\" already" \
	"$(err ${v10}r "SELECT productcodes.install()")"

# ====================================================================
# 5. other clusters: pg_upgrade, and a restore where the roles do not exist
# ====================================================================
start_cluster() {	# start_cluster NAME PORT
	aspg "$bin/initdb" -D "$scratch/$1" -E UTF8 -U postgres --auth=trust >/dev/null || return 1
	aspg "$bin/pg_ctl" -D "$scratch/$1" -o "-p $2 -k $scratch -c listen_addresses=''" -l "$scratch/$1.log" -w start >/dev/null
}
on() { local port=$1; shift; ( export PGHOST=$scratch PGPORT=$port PGUSER=postgres; unset PGPASSWORD PGDATABASE; "$@" ); }

# --- 5a. pg_upgrade of a cluster with productcodes in use
if start_cluster old "$port_old" && aspg "$bin/initdb" -D "$scratch/new" -E UTF8 -U postgres --auth=trust >/dev/null; then
	on "$port_old" sql postgres "CREATE DATABASE pc" >/dev/null
	on "$port_old" create_productcodes pc
	on "$port_old" psql -X -q -v ON_ERROR_STOP=1 -d pc -f test/dump_restore_data.sql >/dev/null
	on "$port_old" sql pc "CREATE ROLE ${p}_rita; INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_rita', '0363'); GRANT productcodes_reader TO ${p}_rita; SELECT productcodes.enable_municipality_separation(); SELECT productcodes.refresh_reporting()" >/dev/null
	on "$port_old" state_of pc > "$work/pgu.before" 2>&1
	aspg "$bin/pg_ctl" -D "$scratch/old" -w stop >/dev/null
	( cd "$scratch" && aspg "$bin/pg_upgrade" -b "$bin" -B "$bin" -d "$scratch/old" -D "$scratch/new" \
		-p "$port_old" -P "$port_new" -U postgres -s "$scratch" > "$scratch/pg_upgrade.out" 2>&1 )
	check "pg_upgrade of a cluster whose database uses productcodes (separation on, reports, guard)" "0" "$?"
	aspg "$bin/pg_ctl" -D "$scratch/new" -o "-p $port_new -k $scratch -c listen_addresses=''" -l "$scratch/new.log" -w start >/dev/null
	on "$port_new" state_of pc > "$work/pgu.after" 2>&1
	check "after pg_upgrade: every row, separation, policies, triggers, the guard enabled, reports populated, privileges" \
		"" "$(diff "$work/pgu.before" "$work/pgu.after" | head -12)"
	check "after pg_upgrade the guard still refuses" "cannot drop extension productcodes while its tables exist" \
		"$(on "$port_new" err pc "DROP EXTENSION productcodes CASCADE")"
	aspg "$bin/pg_ctl" -D "$scratch/new" -w stop >/dev/null
else
	check "(the scratch clusters for pg_upgrade start)" "yes" "no"
fi

# --- 5b. another cluster without the group roles
if start_cluster other "$port_other"; then
	on "$port_other" sql postgres "CREATE DATABASE x1" >/dev/null
	on "$port_other" pg_restore --exit-on-error -d x1 "$work/src.dump" > "$work/x1.out" 2>&1
	check "restore onto a cluster without the group roles stops, naming the missing role (README: roles first)" \
		"1:ERROR:  role \"productcodes_(group)\" does not exist" "$?:$(grep -m1 -o 'ERROR: .*' "$work/x1.out" | sed -E 's/productcodes_(admin|loader|analyst|reader)/productcodes_(group)/')"
	pg_dumpall --roles-only > "$work/roles.sql" 2>/dev/null
	on "$port_other" psql -X -q -d postgres -f "$work/roles.sql" > "$work/roles.out" 2>&1
	on "$port_other" sql postgres "CREATE DATABASE x2" >/dev/null
	on "$port_other" pg_restore --exit-on-error -j 4 -d x2 "$work/src.dump" > "$work/x2.out" 2>&1
	check "after pg_dumpall --roles-only, pg_restore -j 4 onto the other cluster succeeds" "0:" "$?:$(grep -m3 ERROR "$work/x2.out")"
	on "$port_other" state_of x2 > "$work/x2.state" 2>&1
	check "and the database there equals the source" "" "$(diff "$work/src.state" "$work/x2.state" | head -12)"
	check "and the group roles there are NOLOGIN with their comments" "4|0|4" \
		"$(on "$port_other" sql postgres "SELECT count(*) || '|' || count(*) FILTER (WHERE rolcanlogin) || '|' || count(shobj_description(oid, 'pg_authid')) FROM pg_roles WHERE rolname LIKE 'productcodes\_%'")"
	aspg "$bin/pg_ctl" -D "$scratch/other" -w stop >/dev/null
else
	check "(the scratch cluster without the roles starts)" "yes" "no"
fi

summary review13c_dba
