#!/bin/bash
# test/dump_restore.sh: pg_dump / pg_restore keeps what users add to the
# catalogue and never duplicates what the extension ships.
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
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -c "CREATE EXTENSION productcodes CASCADE" \
	-f test/dump_restore_data.sql || exit 1

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
summary dump_restore
