#!/bin/bash
# tools/package-smoke.sh: smoke test of the installed Debian package
# postgresql-NN-productcodes, on a machine (or tree) that has nothing else
# of productcodes: where the files are, CREATE EXTENSION on a throw-away
# cluster, and a few queries on the types and the shipped catalogue.
#
#   PG_VERSION=17 bash tools/package-smoke.sh [DEB...]     as root
#
# With the .deb files that were installed, also checks that every file in
# them is installed unchanged.
#
# Prints a line "package_smoke: N passed, M failed"; exits non-zero on a
# failure.  tools/ci-versions.sh runs it in a clean Debian tree.
set -u
v=${PG_VERSION:?PG_VERSION: the PostgreSQL major version of the package}
passed=0
failed=0
check() {
	if [ "$2" = "$3" ]; then
		echo "ok: $1"; passed=$((passed + 1))
	else
		echo "FAIL: $1: expected [$2], got [$3]"; failed=$((failed + 1))
	fi
}

pkg=postgresql-$v-productcodes
check "$pkg is installed" "install ok installed" "$(dpkg-query -W -f='${Status}' "$pkg" 2>&1)"
share=/usr/share/postgresql/$v/extension
for f in "$share/productcodes.control" "$share/productcodes--1.1.sql" "$share/productcodes--1.0.sql" \
	"$share/productcodes--1.0--1.1.sql" "/usr/lib/postgresql/$v/lib/productcodes.so" \
	"/usr/share/doc/postgresql-doc-$v/extension/productcodes.md.gz"; do
	check "the package ships $f" yes "$([ -f "$f" ] && echo yes || echo no)"
done
check "the package's files are not from a make install" "$pkg" \
	"$(dpkg -S "$share/productcodes.control" 2>&1 | cut -d: -f1)"
# the installed files are those of the .deb just built (an install of the
# same version over an earlier build can leave the old files)
for deb in "$@"; do
	x=$(mktemp -d)
	dpkg-deb -x "$deb" "$x"
	differ=$(cd "$x" && find . -type f | while read -r f; do cmp -s "$f" "/${f#./}" || echo "${f#.}"; done)
	check "the installed files are those of $(basename "$deb") ($(cd "$x" && find . -type f | wc -l) files)" "" "$differ"
	rm -rf "$x"
done

# one psql session: every line of its output is compared (pg_virtualenv's
# and the server's messages go to the log, shown on a failure)
err=$(mktemp)
res=$(mktemp)
trap 'rm -f "$err" "$res"' EXIT
pg_virtualenv -t -v "$v" psql -X -q -A -t -v ON_ERROR_STOP=1 -o "$res" <<'EOF' > "$err" 2>&1
CREATE EXTENSION productcodes CASCADE;
SELECT productcodes.install();
SELECT extversion FROM pg_extension WHERE extname = 'productcodes';
SELECT extname FROM pg_extension WHERE extname = 'btree_gist';
SELECT '43z03'::productcodes.productcode::text;
SELECT productcodes.is_valid_bsn('123456782'), productcodes.is_valid_bsn('123456789');
SELECT count(*) FROM productcodes.municipalities;
SELECT count(*) > 0 FROM productcodes.products;
SELECT current_setting('server_version_num')::int / 10000;
EOF
status=$?
out=$(cat "$res")
check "CREATE EXTENSION and the queries ran" 0 "$status"
[ "$status" -eq 0 ] || cat "$err"
expected="
1.1
btree_gist
43Z03
t|f
342
t
$v"
check "the queries' results" "$expected" "$out"

echo "package_smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
