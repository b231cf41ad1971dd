#!/bin/bash
# test/review13d_dba.sh (review 13d of 9b04d1b/6523511, a municipality
# DBA's day two, after review 13c): the drop guard on DROP EXTENSION, DROP
# SCHEMA and DROP OWNED, make_drop_guard(), CREATE EXTENSION's WARNING,
# the groups' USAGE through PUBLIC, and the README's "What a DBA needs to
# know" taken at its word.  Cases review13c_dba.sh has are not repeated.
#
# Run against a throw-away server with the extension installed:
#   cd /work/main && pg_virtualenv -t bash test/review13d_dba.sh
# Makes one scratch cluster of its own with initdb (port 5801 unless
# REV13D_PORT), as user postgres when run as root, and removes it, its
# databases and its roles at the end.
# Prints "ok - ..." / "not ok - ..." and "review13d_dba: N passed, M failed".
#
# FAILS at 6523511 (not ok), each marked "# FAILS at 6523511" below:
#  - README "Backup and restore" offers "pg_restore --no-owner
#    --no-privileges" as the way onto another cluster, equal to
#    pg_dumpall --roles-only first: the restore succeeds but there are no
#    group roles and no grant to them, install() refuses (the tables
#    exist), nothing else makes them: a reader made as the README says
#    gets "permission denied for table declaration_rows"
#  - make_drop_guard() takes any event trigger named
#    productcodes_refuse_partial_drop for the guard (by name alone): one
#    with another function, event or tags stays, is "enabled", and DROP
#    EXTENSION productcodes CASCADE goes through
#  - ALTER SCHEMA productcodes RENAME TO ...: the guard looks the schema up
#    by name, takes "no schema productcodes" for "dropped with the schema",
#    and DROP EXTENSION productcodes CASCADE strips every code column
#  - the guard is ENABLE (origin): a superuser's session with
#    session_replication_role = replica drops the extension unguarded
#  - with PUBLIC's USAGE on schema productcodes revoked (README: a DBA may),
#    the database owner's DROP SCHEMA public CASCADE is refused with
#    "permission denied for schema productcodes" from inside the guard,
#    not the guard's explanation
#  - the refusal's DETAIL gives the rows the dropping role sees under
#    row-level security as the numbers "there are" (README: "The error
#    counts the allocations, declarations, rows and messages there are")
#  - README "Removing it" says CREATE EXTENSION's word on install() is a
#    NOTICE; it is a WARNING (and must be: gen_install_sql.py says a NOTICE
#    never reaches the client)
#  - make_drop_guard() turns a guard made ENABLE ALWAYS (the workaround for
#    the replica hole) back into ENABLE
# Since the commit after 9b04d1b: the guard finds the tables by its own
# schema's oid, is ENABLE ALWAYS, reads no schema the dropper may not use;
# make_drop_guard() keeps ENABLE ALWAYS and refuses a trigger of its name
# that is not the guard; the README names the WARNING.  Known limits, the
# checks state today's behaviour: --no-owner --no-privileges leaves no
# grant to the groups (README now says so), and the counts are what the
# dropper may read (the DETAIL and the README now say so).
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

p=rev13d
pw=rev13d-pw
host=${PGHOST:-localhost}
port_other=${REV13D_PORT:-5801}
bin=$(pg_config --bindir)
dbs="${p}_src ${p}_warn ${p}_plain ${p}_fd ${p}_sec ${p}_schema ${p}_data ${p}_live ${p}_livej ${p}_livep ${p}_ne ${p}_nep ${p}_ext ${p}_ext_n ${p}_drop ${p}_own ${p}_usage ${p}_sep ${p}_guard ${p}_ren ${p}_repl ${p}_dba ${p}_dba2 ${p}_rn ${p}_v10 ${p}_v10n ${p}_noprv"
login_roles="${p}_rita ${p}_nobody ${p}_owner ${p}_other ${p}_dba"
scratch=$(mktemp -d /tmp/rev13d.XXXXXX)
chmod 755 "$scratch"
if [ "$(id -u)" = 0 ]; then
	chown postgres "$scratch"
	aspg() { runuser -u postgres -- "$@"; }
else
	aspg() { "$@"; }
fi
groups_before=$(sql postgres "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'productcodes\_%'")

cleanup() {
	[ -f "$scratch/other/postmaster.pid" ] && aspg "$bin/pg_ctl" -D "$scratch/other" -m fast -w stop >/dev/null 2>&1
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
err() {	# err DB SQL...: the first ERROR line, or "ok"
	local d=$1; shift
	local args=()
	for s in "$@"; do args+=(-c "$s"); done
	psql -X -q -At -d "$d" -c "SET client_min_messages = warning" "${args[@]}" 2>&1 >/dev/null | sed -n 's/^ERROR: *//p' | head -1 | grep . || echo ok
}
as_err() {	# as_err ROLE DB SQL...: the first ERROR line as a login role, or "ok"
	as "$@" | sed -n 's/^ERROR: *//p' | head -1 | grep . || echo ok
}
fresh() { sql postgres "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1; sql postgres "CREATE DATABASE $1" >/dev/null; }
copy_of() { sql postgres "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1; sql postgres "CREATE DATABASE $1 TEMPLATE $src" >/dev/null; }
codes_left() {	# rows, whether declaration_rows still has its code column, whether the extension is there
	sql "$1" "SELECT count(*) || ' rows, code column ' || EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'productcodes.declaration_rows'::regclass AND attname = 'code' AND NOT attisdropped) || ', extension ' || EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'productcodes') FROM productcodes.declaration_rows" 2>&1
}
guard_of() {	# the event triggers: name, enabled, event, tags, function
	sql "$1" "SELECT coalesce(string_agg(evtname || ' ' || evtenabled::text || ' ' || evtevent || ' ' || coalesce(evttags::text, '-') || ' ' || evtfoid::regprocedure::text, ',' ORDER BY evtname), 'none') FROM pg_event_trigger"
}

# Everything a restore must bring back (review13c_dba.sh's state_of, less
# the messages this smaller source has none of).
state_of() {	# state_of DB
	table_fingerprints "$1"
	sql "$1" "SELECT 'row level security: ' || string_agg(relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity, ', ' ORDER BY relname) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'r'"
	sql "$1" "SELECT 'policies: ' || count(*) || ' ' || md5(string_agg(tablename || policyname || permissive || roles::text || cmd || coalesce(qual, '') || coalesce(with_check, ''), '|' ORDER BY tablename, policyname)) FROM pg_policies WHERE schemaname = 'productcodes'"
	sql "$1" "SELECT 'triggers: ' || count(*) || ' ' || md5(string_agg(c.relname::text || ' ' || t.tgname::text || ' ' || t.tgenabled::text, '|' ORDER BY c.relname, t.tgname)) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'productcodes'::regnamespace AND NOT t.tgisinternal"
	echo "event triggers: $(guard_of "$1")"
	for mv in $(sql "$1" "SELECT relname FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'm' ORDER BY 1"); do
		sql "$1" "SELECT '$mv: populated ' || relispopulated FROM pg_class WHERE oid = 'productcodes.$mv'::regclass"
		sql "$1" "SELECT '$mv: ' || count(*) || ' ' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM productcodes.$mv x" 2>&1
	done
	sql "$1" "SELECT 'privileges: ' || md5(string_agg(relname || coalesce(relacl, acldefault('r', relowner))::text, '|' ORDER BY relname)) FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'function privileges: ' || md5(string_agg(oid::regprocedure::text || coalesce(proacl, acldefault('f', proowner))::text || prosecdef::text, '|' ORDER BY oid::regprocedure::text)) FROM pg_proc WHERE pronamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'schema: ' || nspacl::text FROM pg_namespace WHERE nspname = 'productcodes'"
	sql "$1" "SELECT 'owners: ' || string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace"
	sql "$1" "SELECT 'sequences: ' || string_agg(sequencename || ' ' || coalesce(last_value::text, 'null'), ',' ORDER BY sequencename) FROM pg_sequences WHERE schemaname = 'productcodes'"
	sql "$1" "SELECT 'extension members: ' || count(*) FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'productcodes') AND deptype = 'e'"
	psql -X -q -A -t -d "$1" -c "SET ROLE ${p}_rita" -c "SELECT 'the reader sees: ' || count(*) FROM productcodes.declaration_rows" 2>&1
}

psql -X -q -d postgres >/dev/null 2>&1 <<SQL
SET client_min_messages = warning;
DROP ROLE IF EXISTS ${p}_rita, ${p}_nobody, ${p}_owner, ${p}_other, ${p}_dba;
CREATE ROLE ${p}_nobody LOGIN PASSWORD '$pw';
CREATE ROLE ${p}_owner LOGIN PASSWORD '$pw';
CREATE ROLE ${p}_other LOGIN PASSWORD '$pw';
CREATE ROLE ${p}_dba LOGIN SUPERUSER PASSWORD '$pw';
SQL

# ====================================================================
# 1. CREATE EXTENSION's word on install(), and what it says in a restore
# ====================================================================
fresh ${p}_warn
create_out=$(psql -X -q -d ${p}_warn -c "CREATE EXTENSION productcodes CASCADE" 2>&1)
# FAILS at 6523511: README ("Removing it") says "CREATE EXTENSION says that
# install() comes next (a NOTICE)"; it is a WARNING (gen_install_sql.py:
# an extension script's NOTICE never reaches the client), so a DBA who
# greps a deployment log for NOTICE, or sets client_min_messages = warning
# expecting to silence it, is told the wrong thing. (Passes since: the
# README says WARNING, and why.)
check "README: CREATE EXTENSION's word that install() comes next is the level the README names" \
	"$(grep -o 'comes next (a `[A-Z]*`' README.md | grep -o '[A-Z][A-Z]*')" \
	"$(grep -m1 'install() next' <<< "$create_out" | sed 's/:.*//')"
check "and it goes with a HINT that a restore must not run install()" \
	"HINT:  A restore from pg_dump makes the tables from the dump: do not run install() there." \
	"$(grep -m1 '^HINT' <<< "$create_out")"
sql ${p}_warn "SELECT productcodes.install()" >/dev/null 2>&1
check "ALTER EXTENSION productcodes UPDATE on 1.1 (nothing to do) says nothing of install()" "" \
	"$(psql -X -q -d ${p}_warn -c "ALTER EXTENSION productcodes UPDATE" 2>&1 | grep 'install()')"

# ====================================================================
# 2. the source: CREATE EXTENSION and install(), a municipality's rows,
#    separation on, the reports refreshed, a reader for 0344 (who sees none
#    of 0363's rows)
# ====================================================================
src=${p}_src
fresh $src
create_productcodes $src 2>"$work/create.err" || { cat "$work/create.err"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d $src -f test/dump_restore_data.sql >/dev/null || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE ${p}_rita LOGIN PASSWORD '$pw' IN ROLE productcodes_reader" >/dev/null || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d $src >/dev/null <<SQL || exit 1
SET client_min_messages = warning;
INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_rita', '0363');
SELECT productcodes.enable_municipality_separation();
SELECT productcodes.refresh_reporting(false);
SQL
state_of $src > "$work/src.state"
rows=$(grep '^declaration_rows ' "$work/src.state" | cut -d' ' -f2)
check "(the source: rows, separation on, the guard, the reader sees her 0363 rows)" \
	"2|t|productcodes_refuse_partial_drop A sql_drop {\"DROP EXTENSION\",\"DROP SCHEMA\",\"DROP OWNED\"} productcodes.refuse_partial_drop()|the reader sees: 2" \
	"$rows|$(sql $src "SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declarations'::regclass")|$(guard_of $src)|$(grep '^the reader sees' "$work/src.state")"
pg_dump -Fc -d $src -f "$work/src.dump" || exit 1
pg_dump -d $src -f "$work/src.sql" || exit 1

# --- the WARNING in a restore
fresh ${p}_warn
check "pg_restore -Fc prints no WARNING of install() (pg_restore shows server warnings only with -v)" "0:" \
	"$(pg_restore --exit-on-error -d ${p}_warn "$work/src.dump" > "$work/warn.out" 2>&1; echo $?):$(grep -m1 'install()' "$work/warn.out")"
fresh ${p}_plain
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_plain -f "$work/src.sql" > "$work/plain.out" 2>&1
check "a plain dump through psql prints the WARNING, with its HINT that a restore must not run install()" \
	"0|WARNING:  productcodes has no tables yet: run SELECT productcodes.install() next|HINT:  A restore from pg_dump makes the tables from the dump: do not run install() there." \
	"$?|$(grep -o -m1 'WARNING: .*' "$work/plain.out")|$(grep -m1 '^HINT' "$work/plain.out")"
check "a DBA who follows the WARNING after the restore is refused (install() once), and nothing changes" \
	"productcodes is installed in database \"${p}_plain\" already|" \
	"$(err ${p}_plain "SELECT productcodes.install()")|$(diff "$work/src.state" <(state_of ${p}_plain 2>&1) | head -5)"

# ====================================================================
# 3. dump and restore in the forms review13c does not use
# ====================================================================
pg_dump -Fd -j 4 -d $src -f "$work/src.dir" || exit 1
fresh ${p}_fd
pg_restore --exit-on-error -j 4 -d ${p}_fd "$work/src.dir" > "$work/fd.out" 2>&1
check "pg_dump -Fd -j 4, pg_restore -j 4: equals the source" "0:" "$?:$(diff "$work/src.state" <(state_of ${p}_fd 2>&1) | head -8)"
fresh ${p}_sec
rc=0
for s in pre-data data post-data; do
	pg_restore --exit-on-error --section=$s -d ${p}_sec "$work/src.dump" >> "$work/sec.out" 2>&1 || rc=$s
done
check "pg_restore --section=pre-data, then data, then post-data: equals the source" "0:" "$rc:$(diff "$work/src.state" <(state_of ${p}_sec 2>&1) | head -8)"

# --schema-only: the shipped catalogue is data now
fresh ${p}_schema
pg_restore --exit-on-error --schema-only -d ${p}_schema "$work/src.dump" > "$work/schema.out" 2>&1
check "known: a --schema-only restore (a DBA's test database) has no shipped catalogue, and install() refuses to add it" \
	"0|0|productcodes is installed in database \"${p}_schema\" already" \
	"$?|$(sql ${p}_schema "SELECT count(*) FROM productcodes.products")|$(err ${p}_schema "SELECT productcodes.install()")"
# --data-only without --disable-triggers: the foreign keys are there, the
# data comes in the dump's (name) order
pg_restore --exit-on-error --data-only -d ${p}_schema "$work/src.dump" > "$work/data.out" 2>&1
check "known (PostgreSQL's rule): --data-only onto it without --disable-triggers stops at a foreign key, and leaves the tables empty" \
	"1|violates foreign key constraint|0" \
	"$?|$(grep -o -m1 'violates foreign key constraint' "$work/data.out")|$(sql ${p}_schema "SELECT count(*) FROM productcodes.declaration_rows")"

# --- onto the live database: a plain --clean dump through psql -1, and pg_restore --clean -j 4
pg_dump --clean --if-exists -d $src -f "$work/clean.sql" || exit 1
copy_of ${p}_livep
sql ${p}_livep "INSERT INTO productcodes.region_roles (role_name) VALUES ('added_after_the_dump')" >/dev/null
psql -X -q -1 -v ON_ERROR_STOP=1 -d ${p}_livep -f "$work/clean.sql" > "$work/livep.out" 2>&1
check "pg_dump --clean --if-exists (plain) through psql -1 onto the live database: the dump's state" "0:" \
	"$?:$(diff "$work/src.state" <(state_of ${p}_livep 2>&1) | head -8)"
copy_of ${p}_livej
sql ${p}_livej "INSERT INTO productcodes.region_roles (role_name) VALUES ('added_after_the_dump')" >/dev/null
pg_restore --exit-on-error --clean --if-exists -j 4 -d ${p}_livej "$work/src.dump" > "$work/livej.out" 2>&1
check "pg_restore --clean --if-exists -j 4 (no -1) onto the live database: the dump's state" "0:" \
	"$?:$(diff "$work/src.state" <(state_of ${p}_livej 2>&1) | head -8)"

# --- the schema's dump with the two extensions (README), plain and -j 4
pg_dump -n productcodes -e productcodes -e btree_gist -d $src -f "$work/ne.sql" || exit 1
pg_dump -Fc -n productcodes -e productcodes -e btree_gist -d $src -f "$work/ne.dump" || exit 1
fresh ${p}_ne
pg_restore --exit-on-error -j 4 -d ${p}_ne "$work/ne.dump" > "$work/ne.out" 2>&1
rc=$?
sql ${p}_ne "SELECT productcodes.make_drop_guard()" >/dev/null
check "pg_dump -Fc -n productcodes -e productcodes -e btree_gist, pg_restore -j 4, make_drop_guard(): equals the source" "0:" \
	"$rc:$(diff "$work/src.state" <(state_of ${p}_ne 2>&1) | head -8)"
fresh ${p}_nep
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_nep -f "$work/ne.sql" > "$work/nep.out" 2>&1
rc=$?
sql ${p}_nep "SELECT productcodes.make_drop_guard()" >/dev/null
check "the same as a plain dump through psql, then make_drop_guard(): equals the source, and the guard refuses DROP SCHEMA public CASCADE" \
	"0:|cannot drop extension productcodes while its tables exist" \
	"$rc:$(diff "$work/src.state" <(state_of ${p}_nep 2>&1) | head -8)|$(err ${p}_nep "DROP SCHEMA public CASCADE")"

# --- one schema out of the whole database's dump: pg_restore -n (the README
# speaks of pg_dump -n only)
fresh ${p}_rn
pg_restore -n productcodes -d ${p}_rn "$work/src.dump" > "$work/rn.out" 2>&1
check "known: pg_restore -n productcodes from the whole database's dump into a new database restores nothing (no schema, no extension)" \
	"schema \"productcodes\" does not exist" "$(grep -o -m1 'schema "productcodes" does not exist' "$work/rn.out")"
fresh ${p}_rn
psql -X -q -d ${p}_rn -c "SET client_min_messages = error" -c "CREATE EXTENSION productcodes CASCADE" >/dev/null
pg_restore --exit-on-error -n productcodes -d ${p}_rn "$work/src.dump" > "$work/rn.out" 2>&1
rc=$?
sql ${p}_rn "SELECT productcodes.make_drop_guard()" >/dev/null
check "after CREATE EXTENSION productcodes CASCADE it restores, and with make_drop_guard() equals the source" "0:" \
	"$rc:$(diff "$work/src.state" <(state_of ${p}_rn 2>&1) | head -8)"

# --- btree_gist in a schema of its own (not the default)
fresh ${p}_ext
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_ext -c "SET client_min_messages = warning" -c "CREATE SCHEMA ext" \
	-c "CREATE EXTENSION btree_gist SCHEMA ext" -c "CREATE EXTENSION productcodes" -c "SELECT productcodes.install()" \
	-f test/dump_restore_data.sql >/dev/null 2>"$work/ext.err" || { cat "$work/ext.err"; exit 1; }
check "btree_gist in schema ext: DROP SCHEMA public CASCADE (a reset of the DBA's own objects) goes through, productcodes untouched" \
	"ok|2 rows, code column true, extension true" \
	"$(err ${p}_ext "CREATE TABLE public.scratch (x int)" "DROP SCHEMA public CASCADE" "CREATE SCHEMA public")|$(codes_left ${p}_ext)"
check "and DROP SCHEMA ext CASCADE (which takes btree_gist, and productcodes) refuses" \
	"cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(err ${p}_ext "DROP SCHEMA ext CASCADE")|$(codes_left ${p}_ext)"
pg_dump -Fc -n productcodes -e productcodes -e btree_gist -d ${p}_ext -f "$work/ext.dump" || exit 1
fresh ${p}_ext_n
check "known limit: with btree_gist outside public the README's pg_dump -n productcodes -e productcodes -e btree_gist restores only with that schema made first" \
	"schema \"ext\" does not exist" \
	"$(pg_restore --exit-on-error -d ${p}_ext_n "$work/ext.dump" 2>&1 | grep -o -m1 'schema "ext" does not exist')"

# ====================================================================
# 4. DROP in the combinations review13c does not try
# ====================================================================
copy_of ${p}_drop
check "DROP TYPE productcodes.productcode CASCADE refuses (a member of the extension), every code kept" \
	"cannot drop type productcodes.productcode because extension productcodes requires it|2 rows, code column true, extension true" \
	"$(err ${p}_drop "DROP TYPE productcodes.productcode CASCADE")|$(codes_left ${p}_drop)"
check "ALTER EXTENSION productcodes SET SCHEMA public refuses (README: it cannot be moved)" \
	"extension \"productcodes\" does not support SET SCHEMA" "$(err ${p}_drop "ALTER EXTENSION productcodes SET SCHEMA public")"
check "DROP SCHEMA public, productcodes CASCADE and DROP SCHEMA productcodes, public CASCADE remove it whole: both extensions, the guard, the tables" \
	"0|0|0|0" \
	"$(psql -X -q -At -d ${p}_drop -c "SET client_min_messages = warning" -c "BEGIN" -c "DROP SCHEMA public, productcodes CASCADE" -c "SELECT (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql') || '|' || (SELECT count(*) FROM pg_event_trigger)" -c "ROLLBACK" 2>&1)|$(psql -X -q -At -d ${p}_drop -c "SET client_min_messages = warning" -c "BEGIN" -c "DROP SCHEMA productcodes, public CASCADE" -c "SELECT (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql') || '|' || (SELECT count(*) FROM pg_namespace WHERE nspname = 'productcodes')" -c "ROLLBACK" 2>&1)"
check "DROP SCHEMA public (no CASCADE) refuses as PostgreSQL does, the guard does not get in the way" \
	"cannot drop schema public because other objects depend on it" "$(err ${p}_drop "DROP SCHEMA public")"
# a DBA's own schema with a view over productcodes, owned by an unrelated role
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_drop >/dev/null <<SQL || exit 1
SET client_min_messages = warning;
CREATE SCHEMA dba_reports AUTHORIZATION ${p}_other;
CREATE VIEW dba_reports.row_codes AS SELECT row_id, code FROM productcodes.declaration_rows;
ALTER VIEW dba_reports.row_codes OWNER TO ${p}_other;
CREATE TABLE dba_reports.notes (code productcodes.productcode, note text);
ALTER TABLE dba_reports.notes OWNER TO ${p}_other;
CREATE FUNCTION dba_reports.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
ALTER FUNCTION dba_reports.f() OWNER TO ${p}_other;
CREATE EXTENSION pg_trgm SCHEMA dba_reports;
SQL
check "DROP SCHEMA of an unrelated schema (a view over productcodes, a column of type productcode, another extension in it) goes through" \
	"ok|2 rows, code column true, extension true" \
	"$(err ${p}_drop "BEGIN" "DROP SCHEMA dba_reports CASCADE" "COMMIT")|$(codes_left ${p}_drop)"
sql ${p}_drop "CREATE SCHEMA dba_reports AUTHORIZATION ${p}_other; CREATE TABLE dba_reports.notes (code productcodes.productcode); ALTER TABLE dba_reports.notes OWNER TO ${p}_other" >/dev/null
check "DROP OWNED BY an unrelated role (its schema, a table with a code column) goes through, by the role itself too" \
	"ok|0|2 rows, code column true, extension true" \
	"$(as_err ${p}_other ${p}_drop "DROP OWNED BY ${p}_other")|$(sql ${p}_drop "SELECT count(*) FROM pg_namespace WHERE nspname = 'dba_reports'")|$(codes_left ${p}_drop)"
check "DROP OWNED BY productcodes_loader, productcodes_reader, productcodes_analyst drops no table (only their privileges here)" \
	"ok|2 rows, code column true, extension true|f" \
	"$(err ${p}_drop "DROP OWNED BY productcodes_loader, productcodes_reader, productcodes_analyst")|$(codes_left ${p}_drop)|$(sql ${p}_drop "SELECT has_table_privilege('productcodes_reader', 'productcodes.declaration_rows', 'SELECT')")"

# --- the database owner (a non-superuser) resets public
copy_of ${p}_own
sql postgres "ALTER DATABASE ${p}_own OWNER TO ${p}_owner" >/dev/null
check "the database owner's DROP SCHEMA public CASCADE (public is pg_database_owner's) refuses, counting what it may not read as unknown" \
	"cannot drop extension productcodes while its tables exist|an unknown number of allocations|2 rows, code column true, extension true" \
	"$(as_err ${p}_owner ${p}_own "SET client_min_messages = warning" "DROP SCHEMA public CASCADE")|$(as ${p}_owner ${p}_own "SET client_min_messages = warning" "DROP SCHEMA public CASCADE" | grep -o -m1 'an unknown number of allocations')|$(codes_left ${p}_own)"
copy_of ${p}_usage
sql postgres "ALTER DATABASE ${p}_usage OWNER TO ${p}_owner" >/dev/null
sql ${p}_usage "REVOKE USAGE ON SCHEMA productcodes FROM PUBLIC; GRANT USAGE ON SCHEMA productcodes TO productcodes_admin, productcodes_loader, productcodes_analyst, productcodes_reader" >/dev/null
# FAILS at 6523511: the guard's to_regclass('productcodes.' || t) raises
# "permission denied for schema productcodes" for a dropper without USAGE
# (README "Roles out of the box" tells the DBA how to revoke PUBLIC's);
# the drop is still refused, but the DBA is told about a privilege, not
# that the statement would strip the codes
check "with PUBLIC's USAGE on the schema revoked (README), the database owner's DROP SCHEMA public CASCADE is refused with the guard's reason" \
	"cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(as_err ${p}_owner ${p}_usage "SET client_min_messages = warning" "DROP SCHEMA public CASCADE")|$(codes_left ${p}_usage)"

# --- the count under row-level security
copy_of ${p}_sep
sql postgres "ALTER DATABASE ${p}_sep OWNER TO ${p}_owner; GRANT productcodes_reader TO ${p}_owner" >/dev/null
sql ${p}_sep "INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('${p}_owner', '0344')" >/dev/null
# FAILS at 6523511: the database owner, a reader for 0344, sees none of
# 0363's rows; the DETAIL says "(0 allocations, 0 declarations, 0
# declaration rows, ...)" as if there were none (README: "The error counts
# the allocations, declarations, rows and messages there are")
# Since: the DETAIL says the counts are "as far as you may read them", and
# the README says so (the guard does not read past row-level security for
# whoever drops).
check "the refusal to a reader of another municipality counts what she may read, and says so" \
	"refused|0 allocations, as far as you may read them" \
	"$(as_err ${p}_owner ${p}_sep "SET client_min_messages = warning" "DROP SCHEMA public CASCADE" | grep -q 'cannot drop extension productcodes while its tables exist' && echo refused)|$(as ${p}_owner ${p}_sep "SET client_min_messages = warning" "DROP SCHEMA public CASCADE" | grep -q '(0 allocations, 0 declarations, 0 declaration rows, 0 received messages, as far as you may read them)' && echo '0 allocations, as far as you may read them' || echo 'other counts')"
sql postgres "REVOKE productcodes_reader FROM ${p}_owner" >/dev/null

# --- a second superuser installed it; people leave
fresh ${p}_dba
PGPASSWORD=$pw psql -X -q -v ON_ERROR_STOP=1 -h "$host" -U ${p}_dba -d ${p}_dba -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" -f test/dump_restore_data.sql >/dev/null 2>"$work/dba.err" || { cat "$work/dba.err"; exit 1; }
check "the installer (a superuser of its own) leaves: REASSIGN OWNED BY it TO postgres and DROP OWNED go through; the guard stays, owned by postgres, and refuses" \
	"ok|productcodes_refuse_partial_drop A sql_drop {\"DROP EXTENSION\",\"DROP SCHEMA\",\"DROP OWNED\"} productcodes.refuse_partial_drop() postgres|cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(sql postgres "CREATE DATABASE ${p}_dba2 TEMPLATE ${p}_dba" >/dev/null; err ${p}_dba2 "REASSIGN OWNED BY ${p}_dba TO postgres" "DROP OWNED BY ${p}_dba")|$(guard_of ${p}_dba2) $(sql ${p}_dba2 "SELECT pg_get_userbyid(evtowner) FROM pg_event_trigger")|$(err ${p}_dba2 "DROP EXTENSION productcodes CASCADE")|$(codes_left ${p}_dba2)"
sql postgres "DROP DATABASE ${p}_dba2" >/dev/null
check "DROP OWNED BY the installer without REASSIGN removes productcodes whole (as DROP SCHEMA productcodes CASCADE), nothing half" \
	"ok|0|0|0" \
	"$(err ${p}_dba "DROP OWNED BY ${p}_dba")|$(sql ${p}_dba "SELECT count(*) FROM pg_namespace WHERE nspname = 'productcodes'")|$(sql ${p}_dba "SELECT count(*) FROM pg_extension WHERE extname = 'productcodes'")|$(sql ${p}_dba "SELECT count(*) FROM pg_event_trigger")"

# --- ways around the guard
copy_of ${p}_ren
# FAILS at 6523511: refuse_partial_drop() asks to_regnamespace('productcodes')
# whether the schema went too; after ALTER SCHEMA productcodes RENAME TO
# productcodes_2024 (a DBA keeping last year's database aside) there is
# none of that name, the guard returns, and DROP EXTENSION productcodes
# CASCADE drops the code and BSN columns of every table.  It would have to
# ask for the extension's own schema (its oid), not a name.
check "after ALTER SCHEMA productcodes RENAME, DROP EXTENSION productcodes CASCADE still refuses" \
	"cannot drop extension productcodes while its tables exist|t" \
	"$(err ${p}_ren "ALTER SCHEMA productcodes RENAME TO productcodes_2024" "DROP EXTENSION productcodes CASCADE")|$(sql ${p}_ren "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'productcodes_2024.declaration_rows'::regclass AND attname = 'code' AND NOT attisdropped)")"
copy_of ${p}_repl
# FAILS at 6523511: the event trigger is made ENABLE (fires only when
# session_replication_role is origin or local); a superuser's session in
# replica mode (some bulk-load and migration tools set it) drops the
# extension and every code column unguarded.  ENABLE ALWAYS would not.
check "with session_replication_role = replica (a superuser's bulk-load session) DROP EXTENSION productcodes CASCADE still refuses" \
	"cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(err ${p}_repl "SET session_replication_role = replica" "DROP EXTENSION productcodes CASCADE")|$(codes_left ${p}_repl)"
check "a non-superuser may not set session_replication_role (so only a superuser gets around it)" \
	"permission denied to set parameter \"session_replication_role\"" \
	"$(as_err ${p}_nobody ${p}_repl "SET session_replication_role = replica")"
copy_of ${p}_repl
check "the workaround, ALTER EVENT TRIGGER productcodes_refuse_partial_drop ENABLE ALWAYS, refuses in replica mode too" \
	"cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(err ${p}_repl "ALTER EVENT TRIGGER productcodes_refuse_partial_drop ENABLE ALWAYS" "SET session_replication_role = replica" "DROP EXTENSION productcodes CASCADE")|$(codes_left ${p}_repl)"
# FAILS at 6523511: make_drop_guard() finds the trigger and runs ALTER EVENT
# TRIGGER ... ENABLE, which turns a DBA's ENABLE ALWAYS back into origin
# only (the replica hole above open again)
check "make_drop_guard() keeps a guard the DBA made ENABLE ALWAYS" "A" \
	"$(sql ${p}_repl "SELECT productcodes.make_drop_guard()" >/dev/null; sql ${p}_repl "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'productcodes_refuse_partial_drop'")"

# ====================================================================
# 5. the event trigger and make_drop_guard(): who may do what
# ====================================================================
copy_of ${p}_guard
sql postgres "ALTER DATABASE ${p}_guard OWNER TO ${p}_owner" >/dev/null
check "the database owner may not disable, drop or take over the event trigger" \
	"must be owner of event trigger productcodes_refuse_partial_drop|must be owner of event trigger productcodes_refuse_partial_drop|must be owner of event trigger productcodes_refuse_partial_drop" \
	"$(as_err ${p}_owner ${p}_guard "ALTER EVENT TRIGGER productcodes_refuse_partial_drop DISABLE")|$(as_err ${p}_owner ${p}_guard "DROP EVENT TRIGGER productcodes_refuse_partial_drop")|$(as_err ${p}_owner ${p}_guard "ALTER EVENT TRIGGER productcodes_refuse_partial_drop OWNER TO ${p}_owner")"
check "a superuser may not give it to a non-superuser either" \
	"permission denied to change owner of event trigger \"productcodes_refuse_partial_drop\"" \
	"$(err ${p}_guard "ALTER EVENT TRIGGER productcodes_refuse_partial_drop OWNER TO ${p}_owner")"
check "disabled by a superuser the guard lets DROP EXTENSION productcodes CASCADE through (in a transaction, rolled back)" \
	"0" "$(psql -X -q -At -d ${p}_guard -c "SET client_min_messages = warning" -c "BEGIN" -c "ALTER EVENT TRIGGER productcodes_refuse_partial_drop DISABLE" -c "DROP EXTENSION productcodes CASCADE" -c "SELECT count(*) FROM pg_extension WHERE extname = 'productcodes'" -c "ROLLBACK" 2>&1)"
sql ${p}_guard "ALTER EVENT TRIGGER productcodes_refuse_partial_drop DISABLE" >/dev/null
check "make_drop_guard() enables a disabled guard, again a no-op" \
	"productcodes_refuse_partial_drop A sql_drop {\"DROP EXTENSION\",\"DROP SCHEMA\",\"DROP OWNED\"} productcodes.refuse_partial_drop()|cannot drop extension productcodes while its tables exist" \
	"$(sql ${p}_guard "SELECT productcodes.make_drop_guard()" >/dev/null; sql ${p}_guard "SELECT productcodes.make_drop_guard()" >/dev/null; guard_of ${p}_guard)|$(err ${p}_guard "DROP EXTENSION productcodes CASCADE")"
# a hostile search path in the superuser's session: functions and an
# operator named like those the guard and make_drop_guard() call
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_guard >/dev/null <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE SCHEMA hostile;
CREATE TABLE hostile.calls (what text);
GRANT ALL ON SCHEMA hostile TO PUBLIC; GRANT ALL ON hostile.calls TO PUBLIC;
CREATE FUNCTION hostile.to_regnamespace(text) RETURNS regnamespace LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('to_regnamespace') RETURNING NULL::regnamespace $$;
CREATE FUNCTION hostile.to_regclass(text) RETURNS regclass LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('to_regclass') RETURNING NULL::regclass $$;
CREATE FUNCTION hostile.has_table_privilege(text, text) RETURNS boolean LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('has_table_privilege') RETURNING false $$;
CREATE FUNCTION hostile.format(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('format') RETURNING 'SELECT 0' $$;
CREATE FUNCTION hostile.texteq_(text, text) RETURNS boolean LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('=') RETURNING false $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq_);
CREATE FUNCTION hostile.refuse_partial_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO hostile.calls VALUES ('refuse_partial_drop'); END $$;
SQL
check "a hostile search path (to_regnamespace, to_regclass, format, = for text in a schema first on it) neither gets around the guard nor runs" \
	"cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true|0" \
	"$(err ${p}_guard "SET search_path = hostile, pg_catalog, public" "DROP SCHEMA public CASCADE")|$(codes_left ${p}_guard)|$(sql ${p}_guard "SELECT count(*) FROM hostile.calls")"
check "nor does it in make_drop_guard(): the guard it makes calls productcodes.refuse_partial_drop()" \
	"productcodes_refuse_partial_drop A sql_drop {\"DROP EXTENSION\",\"DROP SCHEMA\",\"DROP OWNED\"} productcodes.refuse_partial_drop()|0" \
	"$(psql -X -q -d ${p}_guard -c "SET search_path = hostile, productcodes, pg_catalog" -c "DROP EVENT TRIGGER productcodes_refuse_partial_drop" -c "SELECT productcodes.make_drop_guard()" >/dev/null 2>&1; guard_of ${p}_guard)|$(sql ${p}_guard "SELECT count(*) FROM hostile.calls")"
# make_drop_guard() when a restore with --no-privileges left it PUBLIC's
sql ${p}_guard "GRANT EXECUTE ON FUNCTION productcodes.make_drop_guard() TO PUBLIC; ALTER EVENT TRIGGER productcodes_refuse_partial_drop DISABLE" >/dev/null
check "executable by PUBLIC (as after --no-privileges), make_drop_guard() by a non-superuser neither enables nor makes the guard" \
	"must be owner of event trigger productcodes_refuse_partial_drop|permission denied to create event trigger \"productcodes_refuse_partial_drop\"" \
	"$(as_err ${p}_nobody ${p}_guard "SELECT productcodes.make_drop_guard()")|$(sql ${p}_guard "DROP EVENT TRIGGER productcodes_refuse_partial_drop" >/dev/null; as_err ${p}_nobody ${p}_guard "SELECT productcodes.make_drop_guard()")"
# an event trigger of the guard's name made by someone else (another
# superuser's no-op, or one of an older build with other tags)
psql -X -q -v ON_ERROR_STOP=1 -d ${p}_guard >/dev/null <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE FUNCTION public.audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER productcodes_refuse_partial_drop ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.audit_ddl();
SQL
# FAILS at 6523511: make_drop_guard() finds the name, runs ALTER EVENT
# TRIGGER ... ENABLE and returns without a word; the "guard" is an
# ddl_command_end trigger calling public.audit_ddl(), and DROP EXTENSION
# productcodes CASCADE strips the codes.  It checks neither the function,
# nor the event, nor the tags.
mdg_out=$(err ${p}_guard "SELECT productcodes.make_drop_guard()")
if [ "$mdg_out" != ok ]; then mdg="refused"
elif [ "$(err ${p}_guard "BEGIN" "DROP EXTENSION productcodes CASCADE" "ROLLBACK")" = "cannot drop extension productcodes while its tables exist" ]; then mdg="made the guard"
else mdg="returned ok; the trigger is still $(guard_of ${p}_guard); DROP EXTENSION productcodes CASCADE goes through"; fi
check "make_drop_guard() with an event trigger of that name that is not the guard makes the guard (or refuses and says why)" \
	"made the guard" "$(sed 's/^refused$/made the guard/' <<< "$mdg")"

# ====================================================================
# 6. the upgrade from 1.0, then the README's dumps of it
# ====================================================================
v10=${p}_v10
fresh $v10
psql -X -q -v ON_ERROR_STOP=1 -d $v10 -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" -f test/dump_restore_data.sql >/dev/null || exit 1
up_out=$(psql -X -q -d $v10 -c "ALTER EXTENSION productcodes UPDATE" 2>&1)
check "ALTER EXTENSION productcodes UPDATE from 1.0 succeeds and does not tell the DBA to run install()" "1.1|" \
	"$(sql $v10 "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")|$(grep 'install()' <<< "$up_out")"
check "upgraded: the guard is the database's own (no member), as is make_drop_guard(); both the superuser's" \
	"productcodes_refuse_partial_drop A sql_drop {\"DROP EXTENSION\",\"DROP SCHEMA\",\"DROP OWNED\"} productcodes.refuse_partial_drop()|0|postgres" \
	"$(guard_of $v10)|$(sql $v10 "SELECT count(*) FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e' AND ((classid = 'pg_event_trigger'::regclass) OR (classid = 'pg_proc'::regclass AND objid IN ('productcodes.make_drop_guard()'::regprocedure, 'productcodes.refuse_partial_drop()'::regprocedure)))")|$(sql $v10 "SELECT string_agg(DISTINCT pg_get_userbyid(proowner), ',') FROM pg_proc WHERE oid IN ('productcodes.make_drop_guard()'::regprocedure, 'productcodes.refuse_partial_drop()'::regprocedure)")"
check "upgraded: DROP SCHEMA public CASCADE and DROP EXTENSION btree_gist CASCADE refuse" \
	"cannot drop extension productcodes while its tables exist|cannot drop extension productcodes while its tables exist|2 rows, code column true, extension true" \
	"$(err $v10 "DROP SCHEMA public CASCADE")|$(err $v10 "DROP EXTENSION btree_gist CASCADE")|$(codes_left $v10)"
check "upgraded: a new member of productcodes_reader reads through PUBLIC's USAGE (none of the groups' own)" \
	"2|{postgres=UC/postgres,=U/postgres}" \
	"$(as ${p}_rita $v10 "SELECT count(*) FROM productcodes.declaration_rows")|$(sql $v10 "SELECT nspacl FROM pg_namespace WHERE nspname = 'productcodes'")"
state_of $v10 > "$work/v10.state"
pg_dump -Fc -d $v10 -f "$work/v10.dump" || exit 1
pg_restore --exit-on-error --clean --if-exists -1 -d $v10 "$work/v10.dump" > "$work/v10clean.out" 2>&1
check "upgraded, dumped, restored with --clean --if-exists -1 onto itself: the dump's state (a fresh 1.1 extension now)" "0:" \
	"$?:$(diff "$work/v10.state" <(state_of $v10 2>&1) | head -8)"
pg_dump -Fc -n productcodes -e productcodes -e btree_gist -d $v10 -f "$work/v10n.dump" || exit 1
fresh ${v10}n
pg_restore --exit-on-error -d ${v10}n "$work/v10n.dump" > "$work/v10n.out" 2>&1
rc=$?
sql ${v10}n "SELECT productcodes.make_drop_guard()" >/dev/null
check "upgraded, pg_dump -n productcodes -e productcodes -e btree_gist, restored, make_drop_guard(): equals it, the guard refuses" \
	"0:|cannot drop extension productcodes while its tables exist" \
	"$rc:$(diff "$work/v10.state" <(state_of ${v10}n 2>&1) | head -8)|$(err ${v10}n "DROP EXTENSION productcodes CASCADE")"

# ====================================================================
# 7. another cluster, without the group roles: the README's
#    "or pg_restore --no-owner --no-privileges"
# ====================================================================
start_cluster() {	# start_cluster NAME PORT
	aspg "$bin/initdb" -D "$scratch/$1" -E UTF8 -U postgres --auth=trust >/dev/null || return 1
	aspg "$bin/pg_ctl" -D "$scratch/$1" -o "-p $2 -k $scratch -c listen_addresses=''" -l "$scratch/$1.log" -w start >/dev/null
}
on() { local port=$1; shift; ( export PGHOST=$scratch PGPORT=$port PGUSER=postgres; unset PGPASSWORD PGDATABASE; "$@" ); }
if start_cluster other "$port_other"; then
	on "$port_other" sql postgres "CREATE DATABASE x1" >/dev/null
	on "$port_other" pg_restore --exit-on-error --no-owner --no-privileges -d x1 "$work/src.dump" > "$work/x1.out" 2>&1
	rc=$?
	check "pg_restore --no-owner --no-privileges onto a cluster without the group roles succeeds, every row there" \
		"0:|$(grep '^declaration_rows ' "$work/src.state")" "$rc:$(grep -m3 ERROR "$work/x1.out")|$(on "$port_other" table_fingerprints x1 | grep '^declaration_rows ')"
	on "$port_other" sql postgres "CREATE ROLE rita LOGIN" >/dev/null
	on "$port_other" sql x1 "INSERT INTO productcodes.municipality_roles (role_name, gemeentecode) VALUES ('rita', '0363')" >/dev/null
	# FAILS at 6523511: README "Backup and restore": "with the roles present
	# (on another cluster: pg_dumpall --roles-only first, or pg_restore
	# --no-owner --no-privileges)". The second leaves no group role and no
	# grant to one; install() refuses ("installed already"), make_drop_guard()
	# makes only the trigger, and nothing makes the groups or their
	# privileges: a reader made as "Roles out of the box" says (CREATE ROLE
	# ... IN ROLE productcodes_reader) cannot even be made, and with the group
	# made by hand she gets "permission denied for table declaration_rows"
	# Since: a known limit; the README no longer offers --no-privileges as
	# a way to keep the groups: it leaves out every grant (PostgreSQL's
	# meaning of it), the groups' too; pg_dumpall --roles-only first keeps
	# them (review13c_dba.sh, 5b).
	check "known limit (README, Backup and restore): after --no-owner --no-privileges on another cluster there are no group roles, and install() does not make them" \
		"0|" "$(on "$port_other" sql postgres "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'productcodes\_%'")|$(on "$port_other" err x1 "SELECT productcodes.install()" | grep -v 'installed in database')"
	on "$port_other" sql postgres "CREATE ROLE productcodes_reader NOLOGIN; GRANT productcodes_reader TO rita" >/dev/null 2>&1
	check "known limit: and a reader made a member of a productcodes_reader made by hand there reads nothing (no grant came)" "permission denied for table declaration_rows" \
		"$(on "$port_other" psql -X -q -At -U rita -d x1 -c "SELECT count(*) FROM productcodes.declaration_rows" 2>&1 | sed 's/^ERROR: *//')"
	check "(there the guard came with the dump, enabled)" "cannot drop extension productcodes while its tables exist" \
		"$(on "$port_other" err x1 "DROP SCHEMA public CASCADE")"
	aspg "$bin/pg_ctl" -D "$scratch/other" -m fast -w stop >/dev/null
else
	check "(the scratch cluster without the roles starts)" "yes" "no"
fi

summary review13d_dba
