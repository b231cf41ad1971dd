#!/bin/bash
# tools/run-tests.sh: set up a Debian machine and run every test against
# one PostgreSQL version: PG_VERSION (default: the distribution's own, 15 on
# Debian 12, 17 on 13, 18 on unstable; tools/setup-debian.sh).  The build
# uses that version's pg_config (PG_CONFIG, if set, wins).  CI runs this on
# every supported version, each in its own Debian tree (tools/ci-versions.sh).
#
#   0. META.json against the PGXN Meta Spec 1.0.0 (tools/check-meta.py)
#      and the review tests without a server: test/ci_review.sh (this
#      script's counting, ci-versions.sh's clean-up) and test/meta_review.sh
#   1. the build, with compiler warnings treated as failures
#   2. the C unit tests of the PostgreSQL-free core, plain, under valgrind
#      and under AddressSanitizer/UBSan
#   3. a bounded libFuzzer run of the core (FUZZ_SECONDS, default 60)
#   4. the checker of the shipped catalogue CSVs
#   5. pg_regress and pg_isolation_regress (make installcheck), the
#      pg_dump/pg_restore round trip, a load of generated data whose every
#      row must get the outcome the generator meant, and the upgrade from
#      1.0, on a throw-away cluster (pg_virtualenv); each test's exit
#      status counts, and each shell test's count line must be there
#
# Ends with one line "N passed, M failed" and exits non-zero on a failure.
set -u
cd "$(dirname "$0")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
PG_VERSION=${PG_VERSION:-$(bash tools/setup-debian.sh --default-version)}
export PG_VERSION
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_VERSION/bin/pg_config}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0
failed=0

pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

# add the counts of every "name: N passed, M failed" line in a log
add_counts() {
	local line n m found=0
	while read -r line; do
		n=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/' <<< "$line")
		m=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/' <<< "$line")
		passed=$((passed + n))
		failed=$((failed + m))
		found=1
		echo "$line"
	done < <(grep -E '^[a-z0-9_]+: [0-9]+ passed, [0-9]+ failed$' "$1")
	return $((1 - found))
}

bash tools/setup-debian.sh || { fail "setup-debian"; echo "$passed passed, $failed failed"; exit 1; }

# 0. PGXN metadata, on the sources before anything is generated
make clean > /dev/null 2>&1
if python3 tools/check-meta.py > "$log/meta" 2>&1; then pass "META.json valid (PGXN Meta Spec 1.0.0)"; else cat "$log/meta"; fail "META.json valid (PGXN Meta Spec 1.0.0)"; fi

# 0b. the review tests of the counting, the clean-up of tools/ci-versions.sh
# and the version checks (no server; test/ci_review.sh runs this script with
# stand-ins, which must not run the review tests again)
if [ -z "${PRODUCTCODES_REVIEW_NESTED:-}" ]; then
	export PRODUCTCODES_REVIEW_NESTED=1
	for t in ci_review meta_review; do
		bash "test/$t.sh" > "$log/$t" 2>&1
		t_status=$?
		grep -v '^ok - ' "$log/$t"
		grep -Eq "^$t: [0-9]+ passed, [0-9]+ failed\$" "$log/$t" || fail "$t printed its count line"
		add_counts "$log/$t" > /dev/null
		[ "$t_status" -eq 0 ] || fail "$t exited with status $t_status"
	done
	unset PRODUCTCODES_REVIEW_NESTED
fi

# 1. build
if make clean > /dev/null && make COPT=-Werror > "$log/build" 2>&1 && ! grep -qi 'warning:' "$log/build"; then
	pass "build without compiler warnings"
else
	cat "$log/build"; fail "build without compiler warnings"
fi
if make install > "$log/install" 2>&1; then pass "make install"; else cat "$log/install"; fail "make install"; fi

# 2. unit tests of the core
make -s core-unit > "$log/unit" 2>&1
unit_status=$?
if ! add_counts "$log/unit" || [ "$unit_status" -ne 0 ]; then
	cat "$log/unit"; fail "core unit tests ran to completion"
fi
if make -s core-valgrind > "$log/valgrind" 2>&1; then pass "core unit tests under valgrind"; else cat "$log/valgrind"; fail "core unit tests under valgrind"; fi
if make -s core-asan > "$log/asan" 2>&1; then pass "core unit tests under ASan/UBSan"; else cat "$log/asan"; fail "core unit tests under ASan/UBSan"; fi

# 3. fuzzing, bounded
make -s core-fuzz CORE_FUZZ_SECONDS="$FUZZ_SECONDS" > "$log/fuzz" 2>&1
fuzz_status=$?
grep -E '^(stat::|#[0-9]+ +DONE)' "$log/fuzz" | tail -3
if ! add_counts "$log/fuzz" || [ "$fuzz_status" -ne 0 ]; then
	tail -40 "$log/fuzz"; fail "fuzz run completed"
fi

# 4. shipped data
if python3 tools/check_products_csv.py > "$log/csv" 2>&1; then pass "catalogue CSV invariants"; else cat "$log/csv"; fail "catalogue CSV invariants"; fi

# 5. server tests on a throw-away cluster
rm -f regression.diffs output_iso/regression.diffs
# Each runs on its own in the one cluster and its exit status is recorded
# as a line "server_status: NAME STATUS": the regression and isolation
# suites apart (make stops after the first failing one, and each result must
# be counted), then the shell tests, each of which must print its line
# "NAME: N passed, M failed" (a script that dies before it is a failure).
server_scripts="dump_restore roles review13c_roles review13c_dba review13d_dba generated_load upgrade messages report_render review_trust_kill review13_logical_replication review13b_upgrade_dump review13b_pg_upgrade stress"
# shellcheck disable=SC2016
pg_virtualenv -t -v "$PG_VERSION" -o max_prepared_transactions=5 -o wal_level=logical bash -c '
	rc=0
	make installcheck ISOLATION=; s=$?; echo "server_status: regress $s"; [ "$s" -eq 0 ] || rc=1
	make installcheck REGRESS=; s=$?; echo "server_status: isolation $s"; [ "$s" -eq 0 ] || rc=1
	for t in '"$server_scripts"'; do
		bash "test/$t.sh"; s=$?; echo "server_status: $t $s"; [ "$s" -eq 0 ] || rc=1
	done
	exit $rc' > "$log/server" 2>&1
server_status=$?
while read -r name result; do
	if [ "$result" = ok ]; then pass "server test $name"; else fail "server test $name"; fi
done < <(sed -nE 's/^(test| ) *([a-z0-9_]+) +\.\.\. +(ok|FAILED|failed).*/\2 \3/p; s/^(not ok|ok) +[0-9]+ +[-+] +([a-z0-9_]+) .*/\2 \1/p' "$log/server" | sed 's/ not$/ FAILED/')
grep -E '^(ok|not ok|#) ' "$log/server" | grep -v -E '^(ok|not ok) +[0-9]+ ' || true
add_counts "$log/server" > /dev/null
for t in $server_scripts; do
	line=$(grep -E "^$t: [0-9]+ passed, [0-9]+ failed\$" "$log/server")
	if [ -n "$line" ]; then
		echo "$line"
	else
		fail "server test script $t printed its count line"
	fi
done
while read -r name status; do
	fail "server test $name exited with status $status"
done < <(sed -nE 's/^server_status: ([a-z0-9_]+) ([1-9][0-9]*)$/\1 \2/p' "$log/server")
for diffs in regression.diffs output_iso/regression.diffs; do
	if [ -f "$diffs" ]; then
		echo "---- $diffs ----"; cat "$diffs"
	fi
done
if [ "$server_status" -ne 0 ]; then
	tail -60 "$log/server"
	grep -q '^server_status: ' "$log/server" ||
		fail "server test run (pg_virtualenv) exited with status $server_status"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
