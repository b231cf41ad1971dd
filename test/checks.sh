# test/checks.sh: the small harness the shell tests share; source it.
# check NAME EXPECTED ACTUAL prints "ok - NAME" or "not ok - NAME" with both
# values; summary NAME prints "NAME: N passed, M failed" and returns
# non-zero when a check failed.  Also gives each test a scratch directory.
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
