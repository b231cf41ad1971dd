#!/bin/bash
# tools/run-valgrind-regress.sh: the regression and isolation suites once
# with every server process under valgrind (memcheck), as root on Debian 12.
#
# PostgreSQL's own code gives a few known reports under valgrind without the
# suppression file of its source tree (uninitialised padding written to WAL,
# an overlapping memcpy in its regex cache); they are listed, not counted.
# It fails when a test fails or when any report has the extension
# (productcodes.so) in its stack.  Takes a few minutes; not part of CI.
set -u
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh || exit 1
make > /dev/null && make install > /dev/null || exit 1

bin=$(pg_config --bindir)
port=${PGPORT_VALGRIND:-5499}
dir=$(mktemp -d /tmp/pc-valgrind.XXXX)
chmod 755 "$dir"
chown postgres "$dir"
su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" > "$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log"; exit 1; }
su postgres -c "valgrind --quiet --trace-children=yes --leak-check=no --num-callers=30 \
	--log-file=$dir/valgrind.%p.log $bin/postgres -D $dir/data -p $port -k $dir \
	-c listen_addresses= -c fsync=off -c autovacuum=off -c max_prepared_transactions=5" > "$dir/server.log" 2>&1 &
for _ in $(seq 1 120); do pg_isready -q -h "$dir" -p "$port" && break; sleep 1; done

export PGHOST=$dir PGPORT=$port PGUSER=postgres
status=0
make installcheck ISOLATION= > "$dir/regress.out" 2>&1 || status=1
make installcheck REGRESS= >> "$dir/regress.out" 2>&1 || status=1
grep -E '^test |tests' "$dir/regress.out"
su postgres -c "$bin/pg_ctl -D $dir/data -m fast stop" > /dev/null 2>&1
sleep 3

reports='^==[0-9]+== (Invalid|Conditional|Use of|Syscall|Mismatched|Source and|Argument)'
ours=$(grep -h -A30 -E "$reports" "$dir"/valgrind.*.log | grep -c 'productcodes\.so')
echo "valgrind reports in PostgreSQL itself (not counted):"
grep -h -E "$reports" "$dir"/valgrind.*.log | sed 's/^==[0-9]*== //; s/(0x[0-9a-f]*, 0x[0-9a-f]*, /(..., /' | sort | uniq -c
echo "valgrind report lines naming productcodes.so: $ours"
[ "$ours" -eq 0 ] || status=1
echo "logs in $dir"
if [ "$status" -eq 0 ]; then echo "valgrind regress: passed"; else echo "valgrind regress: FAILED"; fi
exit "$status"
