#!/bin/bash
# test/stress.sh: concurrent loads keep the engine's guarantees.
#
# Six pgbench clients (two as the superuser, on the engine's direct index
# path; two as each of two municipality roles under row-level security, on
# its SQL path) load declaration rows for STRESS_SECONDS (default 45) in
# transactions of one to three rows, in READ COMMITTED, REPEATABLE READ and
# SERIALIZABLE, an eighth of them rolled back: debits near the total of small allocations
# (TR322) and near a client's weekly maximum over two allocations
# (REG_MAX_WEEK), reused ReferentieNummers (TR314), credits of the counted
# debit and its correction (two loaders crediting the same debit: TR390;
# billing it twice: TR389), credits that carry another ToewijzingNummer
# (TR323), blind credits of the same few debits, debits on allocations with a
# budget (TR369).
# Serialization failures (the engine's 40001 in REPEATABLE READ and
# SERIALIZABLE for a row committed after the snapshot, and PostgreSQL's
# own) and deadlocks are retried (pgbench --max-tries);
# any other error fails the test.  Afterwards, in plain SQL and without the
# engine (test/stress/views.sql): nothing lost, nothing rolled back kept;
# the invariants of the stored rows (no total exceeded, no reference used
# twice, no double billing, no debit credited twice, no weekly maximum
# exceeded); and every row's verdict on those rules recomputed from the rows
# its check had to see, which the order the transactions took just before
# COMMIT (stress.commits) gives, so a limit exceeded for a moment and
# repaired by a later credit is caught too, and so is a rejection for a row
# that never committed.  Last, the run must have produced the contention it
# is meant to.  The scripts and the numbering are in test/stress/.
#
# Run against a server where the extension is installed, as a superuser,
# connecting over TCP with passwords (the roles log in with one):
#   pg_virtualenv -t -v 15 bash test/stress.sh
# Prints "ok - ..." / "not ok - ..." per check, figures as "# ..." lines
# and a last line "stress: N passed, M failed"; exits non-zero on a
# failure.  About 60 seconds with the default STRESS_SECONDS.
set -u
cd "$(dirname "$0")/.." || exit 1

db=pc_stress
seconds=${STRESS_SECONDS:-45}
# STRESS_READ_COMMITTED_ONLY=1: no REPEATABLE READ or SERIALIZABLE loads
# (to tell whether a failure needs them)
isomax=2
[ -z "${STRESS_READ_COMMITTED_ONLY:-}" ] || isomax=0
roles="stress_woerden stress_montfoort"
. test/checks.sh

sql() {		# sql QUERY: one unaligned result from the test database
	psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"
}

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
superuser=$(psql -X -q -A -t -d postgres -c "SELECT current_user") || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" \
	-c "DROP ROLE IF EXISTS ${roles// /, }" -c "CREATE DATABASE $db" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" \
	-f test/stress/setup.sql > "$work/setup.out" 2>&1
status=$?
sed 's/^/# /' "$work/setup.out"
check "setup loads" "0" "$status"
[ "$status" -eq 0 ] || { summary stress; exit; }
check "setup: 64 allocations, 8 declarations, 48 base debits all accepted, separation on" \
	"64 8 48 48 true" \
	"$(sql "SELECT (SELECT count(*) FROM productcodes.allocations) || ' ' ||
		(SELECT count(*) FROM productcodes.declarations) || ' ' ||
		(SELECT count(*) FROM productcodes.declaration_rows) || ' ' ||
		(SELECT count(*) FROM productcodes.declaration_rows WHERE status = 'accepted') || ' ' ||
		(SELECT relrowsecurity FROM pg_class WHERE oid = 'productcodes.declaration_rows'::regclass)")"
check "each municipality's role sees only its own declarations (row-level security: the SQL path)" \
	"1|0632 1|0335" \
	"$(for r in $roles; do PGPASSWORD=stress psql -X -q -A -t -U "$r" -d "$db" -c "SELECT count(DISTINCT gemeentecode) || '|' || min(gemeentecode) FROM productcodes.declarations"; done | tr '\n' ' ' | sed 's/ $//')"

# 1. the loaders, all at once, each bounded
run_pgbench() {		# run_pgbench NAME ROLE MLO MHI SEED
	local password=${PGPASSWORD:-}
	[ "$2" = "$superuser" ] || password=stress
	PGPASSWORD=$password timeout -k 10 $((seconds + 90)) \
		pgbench -n -U "$2" -d "$db" -c 2 -j 1 -T "$seconds" --max-tries=100 \
		--failures-detailed --verbose-errors --random-seed="$5" \
		-D mlo="$3" -D mhi="$4" -D loader="$1" -D isomax="$isomax" \
		-f test/stress/debit.sql@4 -f test/stress/credit.sql@4 -f test/stress/blind.sql@1 \
		-f test/stress/budget.sql@2 \
		> "$work/pgbench_$1.out" 2> "$work/pgbench_$1.err"
	echo $? > "$work/pgbench_$1.rc"
}
loaders="su woerden montfoort"
started=$(date +%s)
run_pgbench su "$superuser" 0 1 11 & pids="$!"
run_pgbench woerden stress_woerden 0 0 12 & pids="$pids $!"
run_pgbench montfoort stress_montfoort 1 1 13 & pids="$pids $!"
# shellcheck disable=SC2086
wait $pids
echo "# loaders ran $(($(date +%s) - started)) s"

figure() {		# figure FILE PATTERN: the sum of the numbers after PATTERN
	grep -h "^$2" "$1" 2>/dev/null | sed "s/^$2[^0-9]*\([0-9]*\).*/\1/" | awk '{ s += $1 } END { print s + 0 }'
}
for l in $loaders; do
	rc=$(cat "$work/pgbench_$l.rc")
	aborted=$(grep -c 'aborted' "$work/pgbench_$l.err")
	other=$(grep 'ERROR' "$work/pgbench_$l.err" | grep -v 'could not serialize\|deadlock detected' | head -5)
	check "pgbench $l: ran to its end, no error but serialization failures and deadlocks" \
		"0 0 none" "$rc $aborted ${other:-none}"
	if [ "$rc" != 0 ] || [ "$aborted" != 0 ]; then
		grep -v 'repeats the transaction\|could not serialize\|deadlock detected\|^DETAIL\|^HINT\|^CONTEXT\|^Process\|^ *$' \
			"$work/pgbench_$l.err" | head -10 | sed 's/^/#   /'
	fi
	echo "# pgbench $l: $(figure "$work/pgbench_$l.out" 'number of transactions actually processed') transactions," \
		"$(figure "$work/pgbench_$l.out" 'number of transactions retried') retried" \
		"($(figure "$work/pgbench_$l.out" 'total number of retries') retries: $(grep -c 'could not serialize access' "$work/pgbench_$l.err") of PostgreSQL's and $(grep -c 'could not serialize the check' "$work/pgbench_$l.err") of the engine's serialization failures," \
		"$(grep -c 'deadlock detected' "$work/pgbench_$l.err") deadlocks)," \
		"$(figure "$work/pgbench_$l.out" 'number of failed transactions') failed after $(grep -h '^maximum number of tries' "$work/pgbench_$l.out" | sed 's/.*: //') tries"
done

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f test/stress/views.sql || { summary stress; exit; }

# 2. nothing lost, nothing rolled back kept
check "every committed attempt has exactly its declaration row (nothing lost)" "0" \
	"$(sql "SELECT count(*) FROM stress.attempts t LEFT JOIN productcodes.declaration_rows r USING (row_id) WHERE r.row_id IS NULL")"
check "every declaration row has its attempt (nothing of a rolled-back or failed transaction kept)" "0" \
	"$(sql "SELECT count(*) FROM productcodes.declaration_rows r LEFT JOIN stress.attempts t USING (row_id) WHERE t.row_id IS NULL")"
check "no row, and no attempt, of a transaction that rolled back" "0 0" \
	"$(sql "SELECT (SELECT count(*) FROM productcodes.declaration_rows WHERE row_id < 900000000 AND (row_id / 4) % 8 = 0) || ' ' ||
		(SELECT count(*) FROM stress.attempts WHERE row_id < 900000000 AND (row_id / 4) % 8 = 0)")"

# 3. the invariants, from the stored rows
check "every row is accepted or rejected; a rejected row has an error, an accepted one none" "0" \
	"$(sql "SELECT count(*) FROM productcodes.declaration_rows
		WHERE status NOT IN ('accepted', 'rejected') OR (status = 'rejected') <> (cardinality(errors) > 0)")"
tr322=$(sql "SELECT count(*) || coalesce(': ' || string_agg(toewijzing_nummer || ' counts ' || counted || ' of ' || volume, ', ' ORDER BY toewijzing_nummer), '')
	FROM (SELECT a.toewijzing_nummer, a.volume, sum(l.volume) AS counted
		    FROM productcodes.allocations a
		    JOIN stress.live l ON (l.gemeentecode, l.toewijzing_nummer) = (a.gemeentecode, a.toewijzing_nummer)
		   WHERE a.frequency = '6' GROUP BY 1, 2) x WHERE counted > volume")
check "TR322: no allocation's accepted, uncredited debits exceed its total volume" "0" "$tr322"
check "TR314: no two accepted rows of one provider and domain share a ReferentieNummer" "0" \
	"$(sql "SELECT count(*) FROM (SELECT 1 FROM stress.r WHERE status = 'accepted'
		GROUP BY agb, domain, referentie_nummer HAVING count(*) > 1) x")"
check "TR314: of every provider's, domain's ReferentieNummer exactly one row (the first) is not TR314" "0" \
	"$(sql "SELECT count(*) FROM (SELECT 1 FROM stress.r GROUP BY agb, domain, referentie_nummer
		HAVING count(*) FILTER (WHERE NOT 'TR314' = ANY (errors)) <> 1) x")"
check "TR389: no two accepted, uncredited debits bill one allocation, product and period" "0" \
	"$(sql "SELECT count(*) FROM stress.live x JOIN stress.live y
		ON (x.gemeentecode, x.toewijzing_nummer, x.category, x.code) = (y.gemeentecode, y.toewijzing_nummer, y.category, y.code)
	   AND x.row_id < y.row_id AND x.period_start <= y.period_end AND y.period_start <= x.period_end")"
tr390=$(sql "SELECT count(*) || coalesce(': ' || string_agg(referentie_nummer || ' ' || n || 'x', ', ' ORDER BY row_id)
		FILTER (WHERE i <= 10), '')
	FROM (SELECT d.row_id, d.referentie_nummer, count(*) AS n, row_number() OVER (ORDER BY d.row_id) AS i FROM stress.debits d
		    JOIN stress.r c ON c.dc = 'C' AND c.status = 'accepted' AND c.vorig_referentie_nummer = d.referentie_nummer
		     AND (c.agb, c.domain, c.gemeentecode) = (d.agb, d.domain, d.gemeentecode)
		   GROUP BY d.row_id, d.referentie_nummer HAVING count(*) > 1) x")
check "TR390: no debit has two accepted credits" "0" "${tr390%%:*}"
[ "${tr390%%:*}" = 0 ] || echo "#   debits credited more than once (at most 10): ${tr390#*: }"
check "TR323: every accepted credit is identical to an accepted debit it names (same allocation too)" "0" \
	"$(sql "SELECT count(*) FROM stress.r c WHERE c.dc = 'C' AND c.status = 'accepted' AND NOT EXISTS (
		SELECT FROM stress.debits d WHERE d.referentie_nummer = c.vorig_referentie_nummer
		   AND (d.agb, d.domain, d.gemeentecode, d.toewijzing_nummer, d.bsn, d.category, d.code, d.period_start,
				d.period_end, d.volume, d.unit, d.tariff_cents, d.amount_cents)
			   IS NOT DISTINCT FROM (c.agb, c.domain, c.gemeentecode, c.toewijzing_nummer, c.bsn, c.category, c.code,
				c.period_start, c.period_end, c.volume, c.unit, c.tariff_cents, c.amount_cents))")"
check "REG_MAX_WEEK: no client's accepted short stay in a month exceeds 3 x the ISO weeks touching it" "0" \
	"$(sql "SELECT count(*) FROM stress.stay_months WHERE counted > maximum")"
check "TR369: no budget allocation's accepted, uncredited debits exceed its budget" "0" \
	"$(sql "SELECT count(*) FROM (SELECT l.gemeentecode, l.toewijzing_nummer FROM stress.live l
		JOIN productcodes.allocations a USING (gemeentecode, toewijzing_nummer)
		WHERE a.budget_cents IS NOT NULL GROUP BY 1, 2, a.budget_cents HAVING sum(l.amount_cents) > a.budget_cents) x")"
check "REG_MAX_JAAR: no client's accepted short stay in 2025 exceeds 156" "0" \
	"$(sql "SELECT count(*) FROM (SELECT bsn FROM stress.live WHERE code = '04U01' GROUP BY bsn HAVING sum(volume) > 156) x")"

# 4. every row's check against the rows before it.  Each transaction took
# a number just before COMMIT, still holding its locks
# (stress.commits).  Of two transactions that locked one allocation (or
# client, or reference), the one with the smaller number committed before
# the other checked its row, or the other would have waited for it; so, by
# (number, row_id), the rows before a row are exactly those its check had to
# count, and what it counted can be recomputed, whatever the timing was.
# Counts are "accepted that should not have been" and "rejected that should
# not have been".
detail() {	# detail QUERY: up to 5 lines, as comments
	psql -X -q -A -t -F ' ' -d "$db" -c "$1 LIMIT 5" | sed 's/^/#   /'
}
check "every committed transaction took its number before COMMIT" "0" \
	"$(sql "SELECT count(*) FROM stress.o WHERE seq IS NULL")"
q="FROM stress.debit_expected WHERE ('TR322' = ANY (errors)) <> (counted + volume > allocated)"
r=$(sql "SELECT count(*) FILTER (WHERE NOT 'TR322' = ANY (errors)) || ' ' || count(*) FILTER (WHERE 'TR322' = ANY (errors)) $q")
check "TR322, row by row: exactly the debits that did not fit beside the counted ones before them" "0 0" "$r"
[ "$r" = "0 0" ] || detail "SELECT 'row ' || row_id || ' (' || loader || '): ' || counted || ' counted before it + ' || volume || ' of ' || allocated || ', errors ' || errors::text $q ORDER BY row_id"
q="FROM stress.debit_expected WHERE ('TR389' = ANY (errors)) <> same_period"
r=$(sql "SELECT count(*) FILTER (WHERE NOT 'TR389' = ANY (errors)) || ' ' || count(*) FILTER (WHERE 'TR389' = ANY (errors)) $q")
check "TR389, row by row: exactly the debits of an allocation, product and period counted before them" "0 0" "$r"
[ "$r" = "0 0" ] || detail "SELECT 'row ' || row_id || ' (' || loader || '): billed before it ' || same_period || ', errors ' || errors::text $q ORDER BY row_id"
q="FROM stress.debit_expected WHERE budget IS NOT NULL AND ('TR369' = ANY (errors)) <> (counted_amount + amount > budget)"
r=$(sql "SELECT count(*) FILTER (WHERE NOT 'TR369' = ANY (errors)) || ' ' || count(*) FILTER (WHERE 'TR369' = ANY (errors)) $q")
check "TR369, row by row: exactly the debits that did not fit the budget beside the counted ones before them" "0 0" "$r"
[ "$r" = "0 0" ] || detail "SELECT 'row ' || row_id || ' (' || loader || '): ' || counted_amount || ' counted before it + ' || amount || ' of ' || budget || ', errors ' || errors::text $q ORDER BY row_id"
# a credit with its debit's ToewijzingNummer locks the debit's allocation
q="FROM stress.o x, LATERAL (SELECT EXISTS (SELECT FROM stress.o c WHERE c.dc = 'C' AND c.status = 'accepted'
		AND c.vorig_referentie_nummer = x.vorig_referentie_nummer AND (c.agb, c.domain, c.gemeentecode) = (x.agb, x.domain, x.gemeentecode)
		AND (c.seq, c.row_id) < (x.seq, x.row_id)) AS credited) e
	WHERE x.dc = 'C' AND x.kind IN ('credit', 'blind credit') AND ('TR390' = ANY (x.errors)) <> e.credited"
r=$(sql "SELECT count(*) FILTER (WHERE NOT 'TR390' = ANY (errors)) || ' ' || count(*) FILTER (WHERE 'TR390' = ANY (errors)) $q")
check "TR390, row by row: exactly the credits of a debit credited before them" "0 0" "$r"
[ "$r" = "0 0" ] || detail "SELECT 'row ' || x.row_id || ' (' || x.kind || ', ' || x.loader || ') credits ' || x.vorig_referentie_nummer || ': credited before it ' || e.credited || ', errors ' || x.errors::text $q ORDER BY x.row_id"
check "TR323: every credit of another allocation is rejected by it, every credit of a debit before it is not" "0 0" \
	"$(sql "SELECT count(*) FILTER (WHERE kind LIKE '%other allocation' AND NOT 'TR323' = ANY (errors)) || ' ' ||
		count(*) FILTER (WHERE kind IN ('credit', 'blind credit') AND ('TR323' = ANY (errors)) = EXISTS (
			SELECT FROM stress.d d WHERE d.referentie_nummer = o.vorig_referentie_nummer
			   AND (d.agb, d.domain, d.gemeentecode) = (o.agb, o.domain, o.gemeentecode)
			   AND (d.seq, d.row_id) < (o.seq, o.row_id)))
		FROM stress.o WHERE dc = 'C'")"
q="FROM stress.o x, LATERAL (SELECT EXISTS (SELECT FROM stress.o y WHERE y.referentie_nummer = x.referentie_nummer
		AND (y.agb, y.domain) = (x.agb, x.domain) AND (y.seq, y.row_id) < (x.seq, x.row_id)) AS used) e
	WHERE ('TR314' = ANY (x.errors)) <> e.used"
r=$(sql "SELECT count(*) FILTER (WHERE NOT 'TR314' = ANY (errors)) || ' ' || count(*) FILTER (WHERE 'TR314' = ANY (errors)) $q")
check "TR314, row by row: exactly the rows whose ReferentieNummer the provider used before them" "0 0" "$r"
[ "$r" = "0 0" ] || detail "SELECT 'row ' || x.row_id || ' (' || x.loader || ') ' || x.referentie_nummer || ': used before it ' || e.used || ', errors ' || x.errors::text $q ORDER BY x.row_id"
q="FROM stress.stay_expected WHERE NOT 'REG_MAX_WEEK' = ANY (errors) AND month_least + volume > week_maximum"
r=$(sql "SELECT count(*) $q")
check "REG_MAX_WEEK, row by row: no short stay accepted beside more than the client's month allows" "0" "$r"
[ "$r" = 0 ] || detail "SELECT 'row ' || row_id || ' (' || loader || '): at least ' || month_least || ' counted before it + ' || volume || ' > ' || week_maximum || ', errors ' || errors::text $q ORDER BY row_id"
q="FROM stress.stay_expected WHERE 'REG_MAX_WEEK' = ANY (errors) AND month_most + volume <= week_maximum"
r=$(sql "SELECT count(*) $q")
check "REG_MAX_WEEK, row by row: no short stay rejected that fitted beside all the client's month before it" "0" "$r"
[ "$r" = 0 ] || detail "SELECT 'row ' || row_id || ' (' || loader || '): at most ' || month_most || ' counted before it + ' || volume || ' <= ' || week_maximum $q ORDER BY row_id"
check "REG_MAX_JAAR, row by row: no short stay accepted beside more than 156 of the client's year" "0" \
	"$(sql "SELECT count(*) FROM stress.stay_expected WHERE NOT 'REG_MAX_JAAR' = ANY (errors) AND year_least + volume > 156")"

# 5. the run did what it is for
check "rows are rejected only by the rules the load provokes" "" \
	"$(sql "SELECT string_agg(DISTINCT e, ' ' ORDER BY e) FROM productcodes.declaration_rows, unnest(errors) e
		WHERE e NOT IN ('TR314', 'TR322', 'TR323', 'TR369', 'TR389', 'TR390', 'REG_MAX_WEEK', 'REG_MAX_JAAR')")"
check "contention: rows rejected by each of TR322, TR314, TR389, TR390, TR323, REG_MAX_WEEK and TR369" \
	"TR322 TR314 TR389 TR390 TR323 REG_MAX_WEEK TR369" \
	"$(sql "SELECT string_agg(rule, ' ' ORDER BY o) FROM (VALUES (1, 'TR322'), (2, 'TR314'), (3, 'TR389'),
		(4, 'TR390'), (5, 'TR323'), (6, 'REG_MAX_WEEK'), (7, 'TR369')) v (o, rule)
		WHERE EXISTS (SELECT FROM productcodes.declaration_rows WHERE rule = ANY (errors) AND row_id < 900000000)")"
check "contention: debits and credits accepted, allocations filled to their total, transactions rolled back" \
	"yes yes yes yes" \
	"$(sql "SELECT CASE WHEN count(*) FILTER (WHERE dc = 'D' AND status = 'accepted' AND row_id < 900000000) > 0 THEN 'yes' ELSE 'no' END
		|| ' ' || CASE WHEN count(*) FILTER (WHERE dc = 'C' AND status = 'accepted') > 0 THEN 'yes' ELSE 'no' END
		|| ' ' || CASE WHEN EXISTS (SELECT FROM stress.debit_expected WHERE allocated = 10
			AND cardinality(errors) = 0 AND counted + volume = allocated) THEN 'yes' ELSE 'no' END
		|| ' ' || CASE WHEN (SELECT is_called FROM stress.rolled_back) THEN 'yes' ELSE 'no' END
		FROM productcodes.declaration_rows")"
check "committed rows in READ COMMITTED, SERIALIZABLE and REPEATABLE READ, from each loader (superuser, both roles)" \
	"0:yes$([ "$isomax" = 0 ] || echo " 1:yes 2:yes") montfoort:yes su:yes woerden:yes" \
	"$(sql "SELECT string_agg(k || ':' || CASE WHEN n > 0 THEN 'yes' ELSE 'no' END, ' ' ORDER BY k) FROM (
		SELECT iso::text AS k, count(*) AS n FROM stress.attempts WHERE loader <> 'setup' GROUP BY 1
		UNION ALL SELECT loader, count(*) FROM stress.attempts WHERE loader <> 'setup' GROUP BY 1) x")"
check "contention: credits carrying another ToewijzingNummer than their debit's (another lock bucket)" "yes" \
	"$(sql "SELECT CASE WHEN count(*) > 0 THEN 'yes' ELSE 'no' END FROM stress.o WHERE kind LIKE '%other allocation'")"

# 6. figures
echo "# committed: $(sql "SELECT count(*) || ' rows (' || count(*) FILTER (WHERE status = 'accepted') || ' accepted, '
	|| count(*) FILTER (WHERE status = 'rejected') || ' rejected), ' || count(*) FILTER (WHERE dc = 'C') || ' of them credits'
	FROM productcodes.declaration_rows WHERE row_id < 900000000"); rolled back: $(sql "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM stress.rolled_back") transactions"
echo "# by isolation level (0 READ COMMITTED, 1 SERIALIZABLE, 2 REPEATABLE READ) and loader: $(sql "SELECT string_agg(iso || '/' || loader || ' ' || n, ', ' ORDER BY iso, loader)
	FROM (SELECT iso, loader, count(*) AS n FROM stress.attempts WHERE loader <> 'setup' GROUP BY 1, 2) x")"
echo "# rejections per rule: $(sql "SELECT string_agg(e || ' ' || n, ', ' ORDER BY e) FROM (SELECT e, count(*) AS n
	FROM productcodes.declaration_rows, unnest(errors) e GROUP BY 1) x")"
echo "# rejections per kind of attempt and rule: $(sql "SELECT string_agg(kind || ' ' || e || ' ' || n, ', ' ORDER BY kind, e)
	FROM (SELECT t.kind, e, count(*) AS n FROM stress.attempts t JOIN productcodes.declaration_rows r USING (row_id), unnest(r.errors) e
		   WHERE t.kind <> 'base' GROUP BY 1, 2) x")"

# kept after a failure or with STRESS_KEEP=1, for a look (the next run drops it)
[ "$failed" -ne 0 ] || [ -n "${STRESS_KEEP:-}" ] || psql -X -q -d postgres -c "DROP DATABASE $db" -c "DROP ROLE ${roles// /, }"
summary stress
