#!/bin/bash
# test/upgrade.sh: ALTER EXTENSION productcodes UPDATE from 1.0 to 1.1 on a
# database that holds data keeps the data and gives the same objects and
# shipped rows as a fresh 1.1 install.  Run against a server with the
# extension installed, e.g.  pg_virtualenv -t -v 15 bash test/upgrade.sh
# Prints "ok - ..." / "not ok - ..." and "upgrade: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

old=pc_upgraded
new=pc_fresh
# Every object of productcodes, described with its definition, one per line:
# the extension's members and the objects in its schema (install() makes
# those; the upgrade detaches them from the extension), whether each is a
# member, its owner, the event trigger and the schema's privileges.
catalog_sql="
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'productcodes'),
ext_members AS (
	SELECT d.classid, d.objid FROM pg_depend d, ext
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
members AS (
	SELECT classid, objid FROM ext_members
	UNION
	SELECT 'pg_class'::regclass, c.oid FROM pg_class c
	 WHERE c.relnamespace = 'productcodes'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'c')
	UNION
	SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p WHERE p.pronamespace = 'productcodes'::regnamespace
	UNION
	SELECT 'pg_type'::regclass, y.oid FROM pg_type y WHERE y.typnamespace = 'productcodes'::regnamespace),
rels AS (SELECT c.oid, c.relname FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid)
SELECT line FROM (
	SELECT 'object ' || pg_describe_object(classid, objid, 0) AS line FROM members
	UNION ALL
	SELECT 'member ' || pg_describe_object(classid, objid, 0) FROM ext_members
	UNION ALL
	SELECT format('owner %s %s', c.relname, pg_get_userbyid(c.relowner)) FROM rels r JOIN pg_class c ON c.oid = r.oid
	UNION ALL
	SELECT format('event trigger %s %s %s %s %s', evtname, evtevent, evttags, evtfoid::regprocedure, evtenabled)
	  FROM pg_event_trigger
	UNION ALL
	SELECT format('schema %s acl=%s', nspname, nspacl) FROM pg_namespace WHERE nspname = 'productcodes'
	UNION ALL
	SELECT format('column %s.%s %s %s %s %s', r.relname, a.attnum, a.attname,
				  format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid))
	  FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
	  LEFT JOIN pg_attrdef ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
	UNION ALL
	SELECT format('constraint %s %s %s', r.relname, co.conname, pg_get_constraintdef(co.oid))
	  FROM rels r JOIN pg_constraint co ON co.conrelid = r.oid
	UNION ALL
	SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM rels r JOIN pg_index i ON i.indrelid = r.oid
	UNION ALL
	SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM rels r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
	UNION ALL
	SELECT format('policy %s %s %s %s', p.tablename, p.policyname, p.qual, p.with_check)
	  FROM pg_policies p WHERE p.schemaname = 'productcodes'
	UNION ALL
	SELECT format('relation %s %s rls=%s acl=%s comment=%s', r.relname, c.relkind, c.relrowsecurity, c.relacl,
				  obj_description(r.oid, 'pg_class'))
	  FROM rels r JOIN pg_class c ON c.oid = r.oid
	UNION ALL
	SELECT format('view %s %s', r.relname, pg_get_viewdef(r.oid)) FROM rels r JOIN pg_class c ON c.oid = r.oid AND c.relkind = 'v'
	UNION ALL
	SELECT format('column comment %s.%s %s', r.relname, a.attname, col_description(r.oid, a.attnum))
	  FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
	 WHERE col_description(r.oid, a.attnum) IS NOT NULL
	UNION ALL
	SELECT format('function %s acl=%s comment=%s %s', p.oid::regprocedure, p.proacl,
				  obj_description(p.oid, 'pg_proc'),
				  CASE WHEN p.prokind = 'a' THEN '' ELSE pg_get_functiondef(p.oid) END)
	  FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
	UNION ALL
	SELECT 'config ' || c.relname || ' ' || coalesce(x.cond, '')
	  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(oid, cond)
	  JOIN pg_class c ON c.oid = x.oid WHERE e.extname = 'productcodes'
) all_lines ORDER BY line"

psql -X -q -v ON_ERROR_STOP=1 -d postgres \
	-c "DROP DATABASE IF EXISTS $old" -c "DROP DATABASE IF EXISTS $new" \
	-c "CREATE DATABASE $old" -c "CREATE DATABASE $new" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$old" -c "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" \
	-f test/dump_restore_data.sql || exit 1
check "version 1.0 installs" "1.0" "$(sql "$old" "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
rows_before=$(sql "$old" "SELECT string_agg(referentie_nummer || ' ' || status || ' ' || errors::text || ' ' || checked_at, '|' ORDER BY row_id) FROM productcodes.declaration_rows")
user_products="SELECT string_agg(format('%s %s %s %s %s', product_id, code, name, description, validity), '|' ORDER BY product_id) FROM productcodes.products WHERE NOT shipped"
user_before=$(sql "$old" "$user_products")

sql "$old" "ALTER EXTENSION productcodes UPDATE TO '1.1'" > "$work/update.out" 2>&1
check "ALTER EXTENSION productcodes UPDATE TO '1.1' succeeds" "0" "$?"
check "the database now has 1.1" "1.1" "$(sql "$old" "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
check "checked rows keep their outcome" "$rows_before" \
	"$(sql "$old" "SELECT string_agg(referentie_nummer || ' ' || status || ' ' || errors::text || ' ' || checked_at, '|' ORDER BY row_id) FROM productcodes.declaration_rows")"
check "users' products are untouched" "$user_before" "$(sql "$old" "$user_products")"
check "and get no staff qualification" "0" \
	"$(sql "$old" "SELECT count(*) FROM productcodes.products WHERE NOT shipped AND staff_qualification IS NOT NULL")"
check "the shipped products got their staff qualification" "2.03A MBO3|2.03B MBO4|2.03C HBO" \
	"$(sql "$old" "SELECT string_agg(local_ref || ' ' || staff_qualification, '|' ORDER BY local_ref) FROM productcodes.products WHERE staff_qualification IS NOT NULL")"

psql -X -q -v ON_ERROR_STOP=1 -d "$new" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" || exit 1
check "a fresh install is 1.1" "1.1" "$(sql "$new" "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
sql "$old" "$catalog_sql" > "$work/upgraded.catalog"
sql "$new" "$catalog_sql" > "$work/fresh.catalog"
check "an upgraded and a fresh 1.1 have the same objects ($(wc -l < "$work/fresh.catalog") lines compared)" \
	"" "$(diff "$work/fresh.catalog" "$work/upgraded.catalog" | head -20)"
shipped_fresh=$(table_fingerprints "$new" shipped)
check "and the same shipped rows" "$shipped_fresh" "$(table_fingerprints "$old" shipped)"
check "(the shipped-row fingerprint counts rows: 31 products, 342 municipalities)" "31 342" \
	"$(sed -n 's/^products \([0-9]*\) .*/\1/p' <<< "$shipped_fresh") $(sed -n 's/^municipalities \([0-9]*\) .*/\1/p' <<< "$shipped_fresh")"
check "product_for returns the new column after the upgrade" "MBO4" \
	"$(sql "$old" "SELECT staff_qualification FROM productcodes.product_for('02U02', '0632', '2026-03-01')")"
check "the upgraded database checks new rows" "accepted" \
	"$(sql "$old" "INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc) SELECT declaration_id, 'R-3', 5001, '123456782', '43', '43Z03', '2024-02-01', '2024-02-29', 1, '82', 1234567, 1234567, 'D' FROM productcodes.declarations RETURNING status")"

sql postgres "DROP DATABASE $old" && sql postgres "DROP DATABASE $new"
summary upgrade
