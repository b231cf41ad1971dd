#!/bin/bash
# test/package_review.sh (review of issue 14): the Debian package as a
# municipal DBA uses it, on a real cluster (pg_createcluster), not a
# throw-away one.  Run as root in a clean Debian tree (never on a machine
# whose PostgreSQL others use), with /proc, /dev, /dev/pts and /sys mounted:
#
#   PG_VERSION=17 PORT=5721 bash test/package_review.sh /tmp/pkg/postgresql-17-productcodes_1.1_amd64.deb
#
# Installs the package (apt-get), creates cluster "review14" on PORT,
# tries the extension, removes and purges the package, drops the cluster.
# Prints ok/not ok lines and "package_review: N passed, M failed".
set -u
v=${PG_VERSION:?PG_VERSION: the major version of the package}
port=${PORT:-5721}
deb=${1:?the .deb of postgresql-NN-productcodes}
deb=$(readlink -f "$deb")
pkg=postgresql-$v-productcodes
export DEBIAN_FRONTEND=noninteractive
passed=0
failed=0
check() {
	if [ "$2" = "$3" ]; then
		echo "ok - $1"; passed=$((passed + 1))
	else
		echo "not ok - $1: expected [$2], got [$3]"; failed=$((failed + 1))
	fi
}
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
	pg_dropcluster --stop "$v" review14 > /dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT
q() { # q DB SQL...: psql as postgres on the review cluster, unaligned
	local db=$1
	shift
	local args=()
	for s in "$@"; do args+=(-c "$s"); done
	su postgres -c "$(printf '%q ' psql -X -q -At -p "$port" -d "$db" -v ON_ERROR_STOP=1 "${args[@]}")" 2>&1
}

apt-get install -y -qq --no-install-recommends "$deb" > "$work/install" 2>&1
check "apt-get install of the .deb" "install ok installed" "$(dpkg-query -W -f='${Status}' "$pkg" 2>&1)"
pgc=/usr/lib/postgresql/$v/bin/pg_config
share=$($pgc --sharedir)/extension
lib=$($pgc --pkglibdir)
doc=$($pgc --docdir)/extension
for f in "$share/productcodes.control" "$share/productcodes--1.1.sql" "$share/productcodes--1.0.sql" \
	"$share/productcodes--1.0--1.1.sql" "$lib/productcodes.so"; do
	check "$f (where pg_config says) comes from $pkg" "$pkg" "$(dpkg -S "$f" 2>/dev/null | cut -d: -f1)"
done
check "the README is in pg_config --docdir/extension under the extension's name" yes \
	"$(ls "$doc"/productcodes.md* > /dev/null 2>&1 && echo yes || echo no)"
check "no README.md in pg_config --docdir/extension" no \
	"$(ls "$doc"/README* > /dev/null 2>&1 && echo yes || echo no)"

# a real cluster, as a DBA makes it
pg_dropcluster --stop "$v" review14 > /dev/null 2>&1
pg_createcluster "$v" review14 --start -p "$port" > "$work/cluster" 2>&1
check "pg_createcluster $v review14 --start -p $port" online \
	"$(pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "review14" { print $4 }')"
# CREATE EXTENSION's word that install() comes next (a WARNING, three
# lines), and nothing else
next_step='^(WARNING:  productcodes has no tables yet: run SELECT productcodes.install\(\) next|DETAIL:  CREATE EXTENSION makes the types productcode and bsn; .*|HINT:  A restore from pg_dump makes the tables from the dump: do not run install\(\) there\.)$'
create_out=$(q postgres 'CREATE EXTENSION productcodes CASCADE' 'SELECT productcodes.install()')
check "CREATE EXTENSION productcodes CASCADE, then SELECT productcodes.install()" "3|" \
	"$(grep -c -E "$next_step" <<< "$create_out")|$(grep -v NOTICE <<< "$create_out" | grep -v -E "$next_step")"
check "the README's query: SELECT '43z03'::productcodes.productcode" 43Z03 \
	"$(q postgres "SELECT '43z03'::productcodes.productcode")"
check "extensions present" "btree_gist productcodes:1.1" \
	"$(q postgres "SELECT string_agg(extname || CASE WHEN extname = 'productcodes' THEN ':' || extversion ELSE '' END, ' ' ORDER BY extname) FROM pg_extension WHERE extname <> 'plpgsql'")"
check "the README's search_path, then operators and the BSN check" "t|t|f" \
	"$(q postgres 'SET search_path = productcodes, public' "SELECT '43z03'::productcode = '43Z03'::productcode, is_valid_bsn('123456782'), is_valid_bsn('123456789')")"
check "the shipped catalogue is there" 342 "$(q postgres 'SELECT count(*) FROM productcodes.municipalities')"

# the upgrade path from 1.0
q postgres 'CREATE DATABASE up' > /dev/null
check "CREATE EXTENSION productcodes VERSION '1.0' CASCADE, then ALTER EXTENSION UPDATE" "1.0 1.1" \
	"$(q up "CREATE EXTENSION productcodes VERSION '1.0' CASCADE" "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'" | grep -v NOTICE | tr '\n' ' ')$(q up 'ALTER EXTENSION productcodes UPDATE' "SELECT extversion FROM pg_extension WHERE extname = 'productcodes'")"
check "after the update the README's query works" 43Z03 "$(q up "SELECT '43z03'::productcodes.productcode")"

# a database in LATIN9 (older Dutch installations): the shipped texts have
# characters LATIN9 lacks (en dash, curly quotes), so CREATE EXTENSION
# fails; the installed README should say that the database must be UTF8
q postgres "CREATE DATABASE l9 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" > /dev/null
if q l9 'CREATE EXTENSION productcodes CASCADE' > "$work/l9" 2>&1; then l9=works; else l9=fails; fi
documented=no
zcat -f "$doc"/productcodes.md* 2>/dev/null | grep -Eiq '(UTF-?8|encoding)[^.]*(database|cluster)|(database|cluster)[^.]*(UTF-?8|encoding)' && documented=yes
check "CREATE EXTENSION in a LATIN9 database works, or the installed README says a UTF8 database is needed" yes \
	"$([ "$l9" = works ] || [ "$documented" = yes ] && echo yes || echo no)"

# CI installs each new build into a clean tree (tools/ci-versions.sh:
# "apt-get install ... --reinstall /tmp/pkg/*.deb"): a new build of the same
# version must replace the installed files
mkdir -p "$work/x" "$work/rebuilt"
dpkg-deb -R "$deb" "$work/x/p"
sed -i "s/^comment = '/comment = 'rebuilt /" "$work/x/p/usr/share/postgresql/$v/extension/productcodes.control"
(cd "$work/x/p" && find usr -type f -print0 | xargs -0 md5sum > DEBIAN/md5sums)
dpkg-deb -b "$work/x/p" "$work/rebuilt/$(basename "$deb")" > /dev/null 2>&1
apt-get install -y -qq --no-install-recommends --reinstall "$work/rebuilt/"*.deb > "$work/reinstall" 2>&1
check "a rebuilt .deb of the same version, installed as ci-versions.sh installs it, replaces the files" yes \
	"$(grep -q "^comment = 'rebuilt" "$share/productcodes.control" && echo yes || echo no)"
apt-get install -y -qq --no-install-recommends --reinstall "$deb" > /dev/null 2>&1

# remove while databases use it, then purge
apt-get remove -y -qq "$pkg" > "$work/remove" 2>&1
check "after apt-get remove, a database that has it says the library is missing" yes \
	"$(q postgres "SELECT '43z03'::productcodes.productcode" | grep -q 'could not access file "\(\$libdir/\)\?productcodes"' && echo yes || echo no)"
check "DROP EXTENSION without CASCADE refuses while the tables exist" "2BP01" \
	"$(q postgres '\set VERBOSITY sqlstate' 'DROP EXTENSION productcodes' 2>&1 | grep -o 2BP01)"
check "DROP EXTENSION productcodes CASCADE refuses too (it would keep the tables without their code columns)" "2BP01" \
	"$(q postgres '\set VERBOSITY sqlstate' 'DROP EXTENSION productcodes CASCADE' 2>&1 | grep -o 2BP01)"
check "DROP SCHEMA productcodes CASCADE removes it all, without the package" "0" \
	"$(q postgres 'SET client_min_messages = warning' 'DROP SCHEMA productcodes CASCADE' "SELECT count(*) FROM pg_extension WHERE extname = 'productcodes'" 2>&1)"
apt-get purge -y -qq "$pkg" > "$work/purge" 2>&1
check "purged" "" "$(dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -v '^unknown ok not-installed$' | grep -v '^$')"
check "nothing of productcodes left under /usr" "" \
	"$(find /usr -name '*productcodes*' 2> /dev/null | tr '\n' ' ')"
check "the extension's doc directory is gone with it" no \
	"$([ -e "$doc/productcodes.md.gz" ] || [ -e "$doc/productcodes.md" ] && echo yes || echo no)"
apt-get install -y -qq --no-install-recommends "$deb" > /dev/null 2>&1
check "installed again: CREATE EXTENSION works again" "342" \
	"$(q postgres 'CREATE EXTENSION productcodes CASCADE' 'SELECT productcodes.install()' 'SELECT count(*) FROM productcodes.municipalities' | grep -v NOTICE | grep -v -E "$next_step" | grep -v '^$')"

echo "package_review: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
