#!/bin/bash
# test/review13b_pg_upgrade.sh (review 13b): pg_upgrade of a cluster whose
# database has productcodes 1.1, whose operators and min/max live in
# pg_catalog as members of the extension, and a user's view on them.
# Makes its own two clusters (ports 5565, 5566 unless PORT_OLD/PORT_NEW);
# run as a user that may run initdb, or as root (it then runs as postgres):
#   bash test/review13b_pg_upgrade.sh
# Prints "ok - ..." / "not ok - ..." and "review13b_pg_upgrade: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then
	exec runuser -u postgres -- bash "$PWD/test/review13b_pg_upgrade.sh" "$@"
fi
. test/checks.sh
bin=$(pg_config --bindir)
old_port=${PORT_OLD:-5565}
new_port=${PORT_NEW:-5566}
chmod 700 "$work"
cd "$work"
"$bin/initdb" -D old -E UTF8 -U postgres --auth=trust >/dev/null || exit 1
"$bin/initdb" -D new -E UTF8 -U postgres --auth=trust >/dev/null || exit 1
"$bin/pg_ctl" -D old -o "-p $old_port -k $work -c listen_addresses=''" -l old.log -w start >/dev/null || exit 1
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$work" -p "$1" -U postgres -d pc -c "$2"; }
psql -X -q -h "$work" -p "$old_port" -U postgres -d postgres -c "CREATE DATABASE pc" || exit 1
q "$old_port" "CREATE EXTENSION productcodes CASCADE" || exit 1
q "$old_port" "SELECT productcodes.install()" >/dev/null || exit 1
q "$old_port" "
CREATE TABLE public.wanted (t text, b productcodes.bsn);
INSERT INTO public.wanted VALUES ('43z03', '123456782'), ('02u01', '111222333');
CREATE VIEW public.v AS
SELECT (SELECT count(*) FROM productcodes.products p JOIN public.wanted w ON p.code = w.t) AS by_text,
	   (SELECT count(*) FROM productcodes.products WHERE code LIKE '43z%') AS like_,
	   (SELECT min(code)::text FROM productcodes.products) AS min_code,
	   (SELECT max(b)::text FROM public.wanted) AS max_bsn;
CREATE INDEX wanted_b ON public.wanted (b);" || exit 1
before=$(q "$old_port" "SELECT row(v.*)::text FROM public.v v")
check "(the view before pg_upgrade)" "(2,4,02U01,123456782)" "$before"
"$bin/pg_ctl" -D old -w stop >/dev/null || exit 1

"$bin/pg_upgrade" -b "$bin" -B "$bin" -d old -D new -p "$old_port" -P "$new_port" -U postgres \
	-s "$work" > upgrade.out 2>&1
rc=$?
check "pg_upgrade of a database with productcodes 1.1 succeeds" "0" "$rc"
[ "$rc" = 0 ] || { tail -20 upgrade.out; ls "$work"/new/pg_upgrade_output.d/*/log/ 2>/dev/null; \
	grep -h -B2 -A8 'ERROR' "$work"/new/pg_upgrade_output.d/*/log/pg_upgrade_dump_*.log 2>/dev/null | head -40; }
if [ "$rc" = 0 ]; then
	"$bin/pg_ctl" -D new -o "-p $new_port -k $work -c listen_addresses=''" -l new.log -w start >/dev/null || exit 1
	check "the user's view gives the same row after pg_upgrade" "$before" "$(q "$new_port" "SELECT row(v.*)::text FROM public.v v" 2>&1)"
	check "the operators in pg_catalog are still the extension's" "0" \
		"$(q "$new_port" "SELECT count(*) FROM pg_operator o WHERE o.oprnamespace = 'pg_catalog'::regnamespace
			AND 'productcodes.productcode'::regtype IN (o.oprleft, o.oprright)
			AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e')")"
	check "and DROP SCHEMA productcodes CASCADE (the extension with it) then removes them" "0" \
		"$(q "$new_port" "DROP SCHEMA productcodes CASCADE; SELECT count(*) FROM pg_operator o WHERE o.oprnamespace = 'pg_catalog'::regnamespace AND o.oprleft::regtype::text LIKE '%productcode%'" 2>&1 | tail -1)"
	"$bin/pg_ctl" -D new -w stop >/dev/null
fi
cd /
summary review13b_pg_upgrade
