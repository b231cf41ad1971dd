#!/bin/bash
# test/build_review.sh (review of issue 14): the version is written once,
# in productcodes.control; after it changes, "make" must build a module
# that reports the new version (PC_EXTENSION_VERSION is compiled in:
# src/validate.c writes "productcodes <version>" into its results).
# Needs a PostgreSQL server-dev (PG_VERSION or PG_CONFIG); builds in a copy.
#
# Prints ok/not ok lines and "build_review: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
PG_VERSION=${PG_VERSION:-$(bash tools/setup-debian.sh --default-version)}
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_VERSION/bin/pg_config}
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
trap 'rm -rf "$work"' EXIT
tar --exclude=./.git -cf - . | tar -C "$work" -xf -
cd "$work" || exit 1
make clean > /dev/null 2>&1
make -s > build1.log 2>&1
check "the module reports the control file's version" "productcodes 1.1" \
	"$(strings productcodes.so | grep -m1 '^productcodes [0-9]')"
sed -i "s/^default_version = .*/default_version = '1.2'/" productcodes.control
make -s > build2.log 2>&1
check "default_version changed to 1.2, make: the install script is productcodes--1.2.sql" yes \
	"$([ -f productcodes--1.2.sql ] && echo yes || echo no)"
check "default_version changed to 1.2, make: the module reports 1.2" "productcodes 1.2" \
	"$(strings productcodes.so | grep -m1 '^productcodes [0-9]')"
echo "build_review: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
