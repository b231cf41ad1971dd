# test/checks.sh: the small harness the shell tests share; source it.
# check NAME EXPECTED ACTUAL prints "ok - NAME" or "not ok - NAME" with both
# values; summary NAME prints "NAME: N passed, M failed" and returns
# non-zero when a check failed; sql DB QUERY runs one query;
# table_fingerprints DB [COLUMN] sums up the extension's tables.  Also
# gives each test a scratch directory ($work).
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {	# check NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1"
		echo "#   expected: $2"
		echo "#   actual:   $3"
		failed=$((failed + 1))
	fi
}

summary() {	# summary NAME
	echo "$1: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

sql() {		# sql DB QUERY: one unaligned result
	psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

# Count and md5 of the rows of every table of the extension, one line per
# table; with a column name, only tables that have that column, and only
# their rows where it is true (e.g. "shipped").
table_fingerprints() {	# table_fingerprints DB [COLUMN]
	local t tables filter=""
	if [ $# -ge 2 ]; then
		tables="SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = '$2' WHERE c.relnamespace = 'productcodes'::regnamespace AND c.relkind = 'r' ORDER BY 1"
		filter="WHERE $2"
	else
		tables="SELECT relname FROM pg_class WHERE relnamespace = 'productcodes'::regnamespace AND relkind = 'r' ORDER BY 1"
	fi
	for t in $(sql "$1" "$tables"); do
		echo "$t $(sql "$1" "SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM productcodes.$t x $filter")"
	done
}

# CREATE EXTENSION productcodes and productcodes.install() (which makes the
# tables; a build before it had none, and made them in CREATE EXTENSION, so
# that the same test runs against an older build to show what it fixed)
create_productcodes() {	# create_productcodes DB
	psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "SET client_min_messages = warning" \
		-c "CREATE EXTENSION productcodes CASCADE" \
		-c "DO \$\$ BEGIN IF to_regprocedure('productcodes.install()') IS NOT NULL THEN EXECUTE 'SELECT productcodes.install()'; END IF; END \$\$" >/dev/null
}
