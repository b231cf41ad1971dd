#!/bin/bash
# bench/copy_per_transaction.sh: what reading the catalogue copy costs, and
# how often each isolation level pays it: in READ COMMITTED and REPEATABLE
# READ the copy is read with the latest snapshot and kept by the session
# until something it was read from changes; in SERIALIZABLE each transaction
# reads its own (README "Cached, and consistent per statement").  Prints, for one-row what-if transactions (pgbench, one
# client):
#   - the transactions per second at each level, nothing changing meanwhile;
#   - the time of one copy read: two what-ifs as two roles in turn (each
#     reads a copy of its own) against two as one role.
# Not part of the test suite.
#
#   bash bench/copy_per_transaction.sh [--transactions N]   (default 2000)
set -eu
cd "$(dirname "$0")/.."
n=2000
[ "${1:-}" = --transactions ] && n=$2
if [ "${INSIDE:-no}" != yes ]; then
	bash tools/setup-debian.sh > /dev/null
	make -s > /dev/null && make -s install > /dev/null
	INSIDE=yes exec pg_virtualenv -t -v "${PG_VERSION:-15}" bash "$0" --transactions "$n"
fi
psql -qX -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION productcodes CASCADE;
SELECT productcodes.install();
INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain,
	category, code, volume, unit, frequency, start_date, end_date)
VALUES ('0632', 1, '111222333', '11113333', 'WMO', '02', '02U01', 1000, '04', '6', '2025-01-01', '2025-12-31');
INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain,
	declaratie_nummer, declaration_month, submitted_on, received_on)
VALUES (1, '11113333', '0632', 'WMO', 'B202504', '2025-04-01', '2025-05-05', '2025-05-06');
CREATE ROLE bench_copy_a;
CREATE ROLE bench_copy_b;
GRANT SELECT ON ALL TABLES IN SCHEMA productcodes TO bench_copy_a, bench_copy_b;
SQL
script=$(mktemp)
cat > "$script" <<'SQL'
SELECT errors FROM productcodes.check_row(1, 'B-1', 1, '111222333', '02', '02U01',
	'2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');
SQL
same=$(mktemp)
turn=$(mktemp)
what_if="SELECT errors FROM productcodes.check_row(1, 'B-1', 1, '111222333', '02', '02U01',
	'2025-04-01', '2025-04-30', 1, '04', 3117, 3117, 'D');"
printf 'SET ROLE bench_copy_a;\n%s\n%s\nRESET ROLE;\n' "$what_if" "$what_if" > "$same"
printf 'SET ROLE bench_copy_a;\n%s\nSET ROLE bench_copy_b;\n%s\nRESET ROLE;\n' "$what_if" "$what_if" > "$turn"
tps() {
	PGOPTIONS="-c default_transaction_isolation=$1" pgbench -n -t "$n" -f "${2:-$script}" 2>/dev/null |
		sed -n 's/^tps = \([0-9.]*\) .*/\1/p'
}
products=$(psql -qXAt -c 'SELECT count(*) FROM productcodes.products')
tariffs=$(psql -qXAt -c 'SELECT count(*) FROM productcodes.tariffs')
rc=$(tps 'read\ committed')
rr=$(tps 'repeatable\ read')
ser=$(tps serializable)
echo "catalogue: $products products, $tariffs tariffs; $n one-row what-if transactions each"
printf 'READ COMMITTED   %10.0f tps (%.3f ms a transaction)\n' "$rc" "$(echo "1000/$rc" | bc -l)"
printf 'REPEATABLE READ  %10.0f tps (%.3f ms a transaction)\n' "$rr" "$(echo "1000/$rr" | bc -l)"
printf 'SERIALIZABLE     %10.0f tps (%.3f ms a transaction)\n' "$ser" "$(echo "1000/$ser" | bc -l)"
printf 'ratio READ COMMITTED / REPEATABLE READ: %.2f (nothing changed meanwhile: the copy is kept)\n' \
	"$(echo "$rc/$rr" | bc -l)"
one=$(tps 'read\ committed' "$same")
two=$(tps 'read\ committed' "$turn")
printf 'two what-ifs as one role %8.0f tps; as two roles in turn %8.0f tps\n' "$one" "$two"
printf 'one copy read: about %.3f ms (paid by the first statement after a change)\n' \
	"$(echo "(1000/$two - 1000/$one) / 2" | bc -l)"
rm -f "$script" "$same" "$turn"
