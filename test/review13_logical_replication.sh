#!/bin/bash
# Review 13 (attacker) of 8480d4f: sql/review_trust4.sql case 5 with a real
# logical replication subscriber instead of session_replication_role set by
# hand.  The apply worker writes with session_replication_role = replica, so
# the catalogue_changed statement triggers (tgenabled 'O') do not fire and
# no invalidation is sent: a session of the subscriber that holds a copy
# keeps checking against the old tariff, while a new session reads the
# replicated one.
# Claimed: after_3117 {TR418}, after_3200 {} (as new_session_).
# FAILED at 8480d4f: after_3117 {}, after_3200 {TR418} (fixed in 9ec2660:
# row triggers enabled for replica sessions).  Prints the checks and a last
# line "review13_logical_replication: N passed, M failed".
# Run (throw-away cluster; needs the extension installed and dblink; CI's
# cluster has wal_level = logical, tools/run-tests.sh):
#   pg_virtualenv -t -o wal_level=logical bash test/review13_logical_replication.sh
set -e
cd "$(dirname "$0")/.."
. test/checks.sh
P="psql -X -q -v ON_ERROR_STOP=1"
OUT=$(mktemp)
$P -c "CREATE DATABASE rt4_pub" -c "CREATE DATABASE rt4_sub"
for db in rt4_pub rt4_sub; do
  $P -d $db -c "SET client_min_messages=warning" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" -c "CREATE EXTENSION dblink"
done
$P -d rt4_pub -c "INSERT INTO productcodes.tariffs (tariff_id, gemeentecode, agb, code, unit, validity, tariff_cents) VALUES (990001, '0632', '11114444', '02U01', '04', '[2025-01-01,2026-01-01)', 3117)" \
   -c "CREATE PUBLICATION rt4_tariffs FOR TABLE productcodes.tariffs" \
   -c "SELECT 1 FROM pg_create_logical_replication_slot('rt4_slot', 'pgoutput')"
CONN="dbname=rt4_pub port=$PGPORT host=/var/run/postgresql user=$PGUSER password=$PGPASSWORD"
$P -d rt4_sub <<SQL | tee "$OUT"
SET client_min_messages = warning;
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 99801, '111222333', '11114444', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (99801, '11114444', '0632', 'WMO', 'RT4W202504', '2025-04-01', '2025-05-05', '2025-05-06');
INSERT INTO productcodes.tariffs (tariff_id, gemeentecode, agb, code, unit, validity, tariff_cents)
VALUES (990001, '0632', '11114444', '02U01', '04', '[2025-01-01,2026-01-01)', 3117);
CREATE SUBSCRIPTION rt4_sub CONNECTION '$CONN' PUBLICATION rt4_tariffs WITH (create_slot = false, slot_name = 'rt4_slot', copy_data = false);
CREATE FUNCTION at(tariff bigint) RETURNS text LANGUAGE sql AS \$\$
	SELECT errors::text FROM productcodes.check_row(99801, 'RT4-P', 99801, '111222333', '02', '02U01',
		'2025-04-01', '2025-04-30', 1, '04', tariff, tariff, 'D') \$\$;
SELECT at(3117) AS before_3117, at(3200) AS before_3200;
SELECT dblink_exec('$CONN', \$\$UPDATE productcodes.tariffs SET tariff_cents = 3200 WHERE agb = '11114444'\$\$);
DO \$\$ BEGIN
  FOR i IN 1..100 LOOP
    EXIT WHEN (SELECT tariff_cents FROM productcodes.tariffs WHERE agb = '11114444') = 3200;
    PERFORM pg_sleep(0.1);
  END LOOP; END \$\$;
SELECT tariff_cents AS replicated FROM productcodes.tariffs WHERE agb = '11114444';
SELECT at(3117) AS after_3117, at(3200) AS after_3200;
\c rt4_sub
SELECT at(3117) AS new_session_3117, at(3200) AS new_session_3200;
DROP SUBSCRIPTION rt4_sub;
SQL

# the old session's verdicts must be the new session's
old=$(grep -A2 'after_3117' "$OUT" | tail -1 | tr -d ' ')
new=$(grep -A2 'new_session_3117' "$OUT" | tail -1 | tr -d ' ')
rm -f "$OUT"
$P -d postgres -c "DROP DATABASE rt4_sub" -c "DROP DATABASE rt4_pub"
check "the change replicated to the subscriber" "{TR418}|{}" "$new"
check "a subscriber session that held a copy checks against the replicated tariff" "$new" "$old"
summary review13_logical_replication