#!/bin/bash
# test/review13b_upgrade_dump.sh (review 13b of c849132, the analyst's
# operators): what users wrote under 1.0 survives 1.1, by upgrade and by
# dump and restore, and a 1.1 database with users' views on the new
# operators dumps and restores.  Run against a server with the extension
# installed:  pg_virtualenv -t bash test/review13b_upgrade_dump.sh
# Prints "ok - ..." / "not ok - ..." and "review13b_upgrade_dump: N passed, M failed".
#
# FAILS at c849132 (not ok):
#  - "1.0's documented comparison ... after the upgrade": 1.0's README said
#    "compare codes as code OPERATOR(productcodes.=) '43Z03'"; 1.1 moves the
#    operator to pg_catalog, so that query text (in reports, applications,
#    PL/pgSQL bodies) fails with "operator does not exist: productcodes.=".
#  - "a 1.0 database dumped and restored into 1.1": pg_dump writes a view on
#    a code comparison (made under 1.0, with productcodes on the search path
#    as 1.0 required) as OPERATOR(productcodes.=) and productcodes.min(...);
#    CREATE EXTENSION in the new database makes 1.1, and the views fail.
#  - "the 1.1 library on a 1.0 schema reads a client under row-level
#    security": eng_client_of's SQL names OPERATOR(pg_catalog.=) for BSNs,
#    which a 1.0 schema (still supported before ALTER EXTENSION UPDATE,
#    commit 44bd1db) does not have.
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

v10=rev13b_v10
up=rev13b_up
re10=rev13b_re10
reup=rev13b_reup
v11=rev13b_v11
re11=rev13b_re11
all="$v10 $up $re10 $reup $v11 $re11"
for d in $all; do sql postgres "DROP DATABASE IF EXISTS $d" >/dev/null; done
for d in $all; do sql postgres "CREATE DATABASE $d" >/dev/null || exit 1; done

# Users' objects under 1.0, written as 1.0's README said: the schema on the
# search path, or OPERATOR(productcodes.=).
users_10="
SET search_path = \"\$user\", public, productcodes;
CREATE TABLE public.wanted (code productcodes.productcode, bsn productcodes.bsn);
INSERT INTO public.wanted VALUES ('43Z03', '123456782'), ('02U01', '111222333');
CREATE VIEW public.v_eq AS SELECT code FROM productcodes.products WHERE code = '43Z03';
CREATE VIEW public.v_op AS SELECT code FROM productcodes.products WHERE code OPERATOR(productcodes.=) '02U01';
CREATE VIEW public.v_min AS SELECT min(code) AS lo, max(code) AS hi FROM productcodes.products WHERE code < '1';
CREATE VIEW public.v_join AS SELECT p.code FROM productcodes.products p JOIN public.wanted w ON w.code = p.code;
CREATE FUNCTION public.count_code(c text) RETURNS bigint LANGUAGE plpgsql AS \$f\$
BEGIN
	RETURN (SELECT count(*) FROM productcodes.products
			 WHERE code OPERATOR(productcodes.=) c::productcodes.productcode);
END \$f\$;
"
views="SELECT (SELECT string_agg(code::text, ',' ORDER BY code) FROM public.v_eq) || '|' ||
	(SELECT string_agg(code::text, ',' ORDER BY code) FROM public.v_op) || '|' ||
	(SELECT lo::text || '-' || hi::text FROM public.v_min) || '|' ||
	(SELECT string_agg(code::text, ',' ORDER BY code) FROM public.v_join)"

for d in $v10 $up; do
	psql -X -q -v ON_ERROR_STOP=1 -d "$d" -c "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" \
		-c "$users_10" >/dev/null || exit 1
done
expected_views=$(sql "$v10" "$views")
check "(the users' views under 1.0)" "43Z03|02U01|02U01-08Z01|02U01,43Z03" "$expected_views"

# --- the upgrade
sql "$up" "ALTER EXTENSION productcodes UPDATE TO '1.1'" >/dev/null
check "ALTER EXTENSION UPDATE succeeds with users' views on the operators" "1.1" \
	"$(sql "$up" "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
check "users' views made under 1.0 give the same rows after the upgrade" "$expected_views" "$(sql "$up" "$views")"
check "and a code comparison needs no search path after the upgrade" "1" \
	"$(sql "$up" "SELECT count(*) FROM productcodes.products WHERE code = '43z03'")"
# FAILS at c849132: operator does not exist: productcodes.=
check "1.0's documented comparison (code OPERATOR(productcodes.=) '43Z03') still runs after the upgrade" "1" \
	"$(sql "$up" "SELECT count(*) FROM productcodes.products WHERE code OPERATOR(productcodes.=) '43Z03'" 2>&1)"
check "and so does a user's PL/pgSQL function written that way under 1.0" "1" \
	"$(sql "$up" "SELECT public.count_code('43Z03')" 2>&1)"
check "min(code) qualified as under 1.0 (productcodes.min) still runs after the upgrade" "02U01" \
	"$(sql "$up" "SELECT productcodes.min(code) FROM productcodes.products WHERE code < '1'" 2>&1)"

# --- dump of the upgraded database, restored
pg_dump -Fc -d "$up" -f "$work/up.dump" || exit 1
pg_restore -d "$reup" "$work/up.dump" 2> "$work/reup.err"
check "an upgraded database with users' views dumps and restores without errors" "0:" "$?:$(cat "$work/reup.err")"
check "and its views give the same rows" "$expected_views" "$(sql "$reup" "$views" 2>&1)"

# --- dump of the 1.0 database, restored where CREATE EXTENSION makes 1.1
# (1.0's tables were members of the extension, and its dump holds only
# their rows: as the README says, the new database gets 1.0 first, the dump
# without its CREATE SCHEMA (CREATE EXTENSION made the schema), then the
# upgrade, as a database upgraded in place)
pg_dump -Fc -d "$v10" -f "$work/v10.dump" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$re10" -c "SET client_min_messages = warning" -c "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" >/dev/null || exit 1
pg_restore -l "$work/v10.dump" | grep -v ' SCHEMA - productcodes ' > "$work/v10.list"
pg_restore -L "$work/v10.list" -d "$re10" "$work/v10.dump" 2> "$work/re10.err" &&
	psql -X -q -v ON_ERROR_STOP=1 -d "$re10" -c "ALTER EXTENSION productcodes UPDATE" 2>> "$work/re10.err" >/dev/null
# FAILS at c849132: the views are dumped as OPERATOR(productcodes.=) and productcodes.min
check "a 1.0 database dumped and restored into 1.1 restores without errors" "0:" \
	"$?:$(grep -o 'ERROR: .*' "$work/re10.err" | sort -u | tr '\n' ' ')"
check "and its users' views give the same rows" "$expected_views" "$(sql "$re10" "$views" 2>&1 | head -1)"

# --- 1.1: users' views on the new operators (text, varchar, LIKE, ILIKE, BSN LIKE, min/max of BSNs)
psql -X -q -v ON_ERROR_STOP=1 -d "$v11" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" -c "
CREATE TABLE public.wanted (t text, v varchar(8), b text);
INSERT INTO public.wanted VALUES ('43z03', ' 02U01 ', '123456782');
CREATE TABLE public.clients_seen (bsn productcodes.bsn);
INSERT INTO public.clients_seen VALUES ('123456782'), ('111222333'), ('012345672');
CREATE VIEW public.v_new AS
SELECT (SELECT count(*) FROM productcodes.products p JOIN public.wanted w ON p.code = w.t) AS by_text,
	   (SELECT count(*) FROM productcodes.products p JOIN public.wanted w ON w.v = p.code) AS by_varchar,
	   (SELECT count(*) FROM productcodes.products WHERE code <> '43z03'::text AND code LIKE '43%') AS ne_like,
	   (SELECT count(*) FROM productcodes.products WHERE code ILIKE '43z0_') AS ilike_,
	   (SELECT count(*) FROM productcodes.products WHERE code NOT LIKE '%') AS not_like,
	   (SELECT count(*) FROM public.clients_seen c JOIN public.wanted w ON w.b = c.bsn) AS bsn_text,
	   (SELECT count(*) FROM public.clients_seen WHERE bsn LIKE '0%') AS bsn_like,
	   (SELECT min(bsn)::text || '-' || max(bsn)::text FROM public.clients_seen) AS bsn_min_max;
" >/dev/null || exit 1
new_views="SELECT row(v.*)::text FROM public.v_new v"
expected_new=$(sql "$v11" "$new_views")
check "(a 1.1 user's view on the new operators)" "(1,1,3,4,0,1,1,012345672-123456782)" "$expected_new"
pg_dump -Fc -d "$v11" -f "$work/v11.dump" || exit 1
pg_restore -d "$re11" "$work/v11.dump" 2> "$work/re11.err"
check "a 1.1 database with such a view dumps and restores without errors" "0:" "$?:$(cat "$work/re11.err")"
check "and the view gives the same row" "$expected_new" "$(sql "$re11" "$new_views" 2>&1)"
check "pg_dump writes the view's comparisons without a schema (pg_catalog)" "0" \
	"$(pg_restore -f - "$work/v11.dump" | grep -c 'OPERATOR(productcodes')"

# --- the 1.1 library on a database still on 1.0 (before ALTER EXTENSION
# UPDATE), a client read under row-level security (a policy of the DBA's own)
psql -X -q -v ON_ERROR_STOP=1 -d "$v10" -c "
SET search_path = \"\$user\", public, productcodes;
INSERT INTO productcodes.clients (bsn, birth_date, lives_at_home) VALUES ('123456782', '2012-05-01', true);
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
	volume, unit, frequency, start_date, end_date)
VALUES ('0632', 5001, '123456782', '12345678', 'WMO', '07', '07U01', 10, '04', '2', '2024-01-01', '2024-12-31');
INSERT INTO productcodes.declarations (agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES ('12345678', '0632', 'WMO', 'D202403', '2024-03-01', '2024-04-02');
DROP ROLE IF EXISTS rev13b_loader;
CREATE ROLE rev13b_loader;
GRANT USAGE ON SCHEMA productcodes TO rev13b_loader;
GRANT SELECT ON ALL TABLES IN SCHEMA productcodes TO rev13b_loader;
GRANT INSERT ON productcodes.declaration_rows TO rev13b_loader;
" >/dev/null || exit 1
load_row="INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) SELECT declaration_id, 'R-1', 5001, '123456782', '07', '07U01', '2024-03-04', '2024-03-10', 1, '04', 100, 100, 'D' FROM productcodes.declarations RETURNING status, errors"
check "(the row, loaded by the role into the 1.0 schema without row-level security on clients: REG_LEEFTIJD, so the client was read)" "rejected|{TR387,TR388,REG_LEEFTIJD}" \
	"$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$v10" -c "BEGIN" -c "SET LOCAL ROLE rev13b_loader" -c "$load_row" -c "ROLLBACK" 2>&1 | head -1)"
sql "$v10" "ALTER TABLE productcodes.clients ENABLE ROW LEVEL SECURITY; CREATE POLICY everyone ON productcodes.clients USING (true)" >/dev/null
check "(a product with an age limit, so the checks read the client)" "t" \
	"$(sql "$v10" "SELECT max_age_years IS NOT NULL OR min_age_years IS NOT NULL FROM productcodes.products WHERE code::text = '07U01' AND shipped LIMIT 1")"
# FAILS at c849132: operator does not exist: productcodes.bsn pg_catalog.= productcodes.bsn
check "the 1.1 library on a 1.0 schema reads a client under row-level security (the same outcome)" "rejected|{TR387,TR388,REG_LEEFTIJD}" \
	"$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$v10" -c "SET ROLE rev13b_loader" -c "$load_row" 2>&1 | head -1)"

psql -X -q -d postgres -c "DROP OWNED BY rev13b_loader" >/dev/null 2>&1
for d in $all; do sql postgres "DROP DATABASE IF EXISTS $d" >/dev/null; done
sql postgres "DROP ROLE IF EXISTS rev13b_loader" >/dev/null 2>&1
summary review13b_upgrade_dump
