#!/bin/bash
# Review (attacker): a backend holding the engine's locks dies.
#   1. SIGTERM (pg_terminate_backend): the waiting load proceeds at once and
#      counts nothing of the dead one (its row was never committed).
#   2. kill -9: the postmaster resets every backend (the waiting one too,
#      PostgreSQL's own behaviour); after recovery nothing of the killed load
#      is stored and a new load proceeds (no lock survives the crash).
# Run: pg_virtualenv -t -v 15 bash test/review_trust_kill.sh   (as root)
set -u
cd "$(dirname "$0")/.."
# shellcheck source=test/checks.sh
. test/checks.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d rt_kill -c "$1"; }
dropdb --if-exists rt_kill >/dev/null 2>&1; createdb -E UTF8 -T template0 rt_kill
q "CREATE EXTENSION productcodes CASCADE" >/dev/null
q "SELECT productcodes.install()" >/dev/null
q "INSERT INTO productcodes.allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code, volume, unit, frequency, start_date, end_date)
   VALUES ('0632', 503, '111222333', '12345678', 'WMO', '02', '02U01', 10, '04', '6', '2025-01-01', '2025-12-31');
   INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
   VALUES (4, '12345678', '0632', 'WMO', 'K202504', '2025-04-01', '2025-05-05'), (5, '12345678', '0632', 'WMO', 'K202505', '2025-05-01', '2025-06-05'), (6, '12345678', '0632', 'WMO', 'K202506', '2025-06-01', '2025-07-05')" >/dev/null
row() { echo "INSERT INTO productcodes.declaration_rows (declaration_id, referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc)
   VALUES ($1, '$2', 503, '111222333', '02', '02U01', make_date(2025, $1, 1), (make_date(2025, $1, 1) + interval '1 month - 1 day')::date, ${3:-6}, '04', 3000, ${3:-6}* 3000, 'D') RETURNING status || ' ' || errors::text"; }
for sig in TERM KILL; do
	q "DELETE FROM productcodes.declaration_rows" >/dev/null
	# the holder: inserts 6 of 10 hours and stays in its transaction
	psql -X -At -d rt_kill -c "SET application_name = 'rt_holder'" -c "BEGIN" -c "$(row 4 HOLDER-$sig)" -c "SELECT pg_sleep(60)" >/dev/null 2>&1 &
	holder=$!
	for i in $(seq 50); do [ "$(q "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'rt_holder' AND l.locktype = 'object' AND l.classid = 'pg_extension'::regclass")" -ge 1 ] && break; sleep 0.1; done
	pid=$(q "SELECT pid FROM pg_stat_activity WHERE application_name = 'rt_holder'")
	# the waiter: 6 more hours, waits for the holder's lock
	psql -X -At -d rt_kill -c "$(row 5 WAITER-$sig)" > "$work/waiter.out" 2>&1 &
	waiter=$!
	for i in $(seq 50); do [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'object'")" -ge 1 ] && break; sleep 0.1; done
	echo "$sig: waiting on an object lock: $(q "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'object'")"
	if [ $sig = TERM ]; then q "SELECT pg_terminate_backend($pid)" >/dev/null; else kill -9 "$pid"; fi
	wait $waiter; wait $holder 2>/dev/null
	for i in $(seq 100); do q "SELECT 1" >/dev/null 2>&1 && break; sleep 0.2; done
	echo "$sig: waiter: $(tr '\n' ' ' < "$work/waiter.out" | cut -c1-120)"
	stored=$(q "SELECT string_agg(referentie_nummer || '=' || status, ',' ORDER BY row_id) FROM productcodes.declaration_rows")
	echo "$sig: stored: ${stored:-none}"
	if [ $sig = TERM ]; then expected=WAITER-TERM=accepted; else expected=""; fi
	check "$sig of the lock holder: what is stored" "$expected" "$stored"
	# no lock outlives the dead backend: a new load proceeds within 5 s
	out=$(PGOPTIONS='-c lock_timeout=5s' q "$(row 6 AFTER-$sig 1)" 2>&1)
	echo "$sig: a new load: $out"
	check "$sig of the lock holder: a new load proceeds" "accepted {}" "$out"
done
dropdb rt_kill
summary review_trust_kill
