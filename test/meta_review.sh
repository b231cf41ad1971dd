#!/bin/bash
# test/meta_review.sh (review of issue 14): tools/check-meta.py must reject
# META.json files that PGXN's validator rejects and accept the shipped one;
# the version must be the control file's wherever the project writes it.
#
#   bash test/meta_review.sh        (python3-jsonschema, as setup-debian.sh installs it)
#
# Prints ok/not ok lines and "meta_review: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
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
# a copy of the sources without build output: check-meta.py looks for the
# provided files beside itself, and a built tree has the generated ones
mkdir -p "$work/repo"
tar --exclude=./.git -cf - . | tar -C "$work/repo" -xf -
rm -f "$work/repo"/productcodes--*.sql "$work/repo/productcodes.md"

# mutate NAME PYTHON: META.json changed by PYTHON (m is the dict), checked
verdict() {
	python3 - "$work/m.json" "$1" <<'PY'
import json, sys
m = json.load(open("META.json"))
exec(sys.argv[2])
json.dump(m, open(sys.argv[1], "w"))
PY
	if python3 "$work/repo/tools/check-meta.py" "$work/m.json" > "$work/out" 2>&1; then echo accepted; else echo rejected; fi
}
check "the shipped META.json is accepted" accepted "$(verdict 'pass')"
check "version 1.1 (not SemVer) is rejected" rejected "$(verdict 'm["version"] = "1.1"')"
check "no maintainer is rejected" rejected "$(verdict 'del m["maintainer"]')"
check "no license is rejected" rejected "$(verdict 'del m["license"]')"
check "license gpl (not a PGXN name) is rejected" rejected "$(verdict 'm["license"] = "gpl"')"
check "provides.file that does not exist is rejected" rejected "$(verdict 'm["provides"]["productcodes"]["file"] = "nope.control"')"
check "provides.file outside the sources (..) is rejected" rejected "$(verdict 'm["provides"]["productcodes"]["file"] = "../productcodes.control"')"
check "provides.file a generated file (the install script) is rejected" rejected "$(verdict 'm["provides"]["productcodes"]["file"] = "productcodes--1.1.sql"')"
check "an unknown top-level key is rejected" rejected "$(verdict 'm["foo"] = 1')"
check "an x_ custom key is accepted" accepted "$(verdict 'm["x_review"] = 1')"
check "release_status released is rejected" rejected "$(verdict 'm["release_status"] = "released"')"
check "a version other than the control file's is rejected" rejected "$(verdict 'm["version"] = "1.1.1"')"
# format "uri": jsonschema checks it only when rfc3987 or
# rfc3986-validator is installed, which setup-debian.sh does not install
# (python3-jsonschema's Recommends, skipped by --no-install-recommends);
# PGXN's validator checks it
check "a license URL that is not a URI is rejected" rejected "$(verdict 'm["license"] = {"PostgreSQL": "not a uri"}')"
check "resources.homepage that is not a URI is rejected" rejected "$(verdict 'm["resources"] = {"homepage": "not a uri"}')"
check "resources.repository.url that is not a URI is rejected" rejected "$(verdict 'm["resources"] = {"repository": {"url": "not a uri", "type": "git"}}')"

# the version: written in productcodes.control; debian/changelog must agree
control=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" productcodes.control)
changelog=$(sed -n '1s/^productcodes (\([^)]*\)).*/\1/p' debian/changelog)
check "debian/changelog's version is productcodes.control's" "$control" "${changelog%%-*}"
# a bump of default_version alone: some check of the project must notice
# that debian/changelog (the package's version) was left behind
sed -i "s/^default_version = .*/default_version = '1.2'/" "$work/repo/productcodes.control"
python3 - "$work/repo/META.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["version"] = m["provides"]["productcodes"]["version"] = "1.2.0"
json.dump(m, open(sys.argv[1], "w"), indent=3)
PY
if python3 "$work/repo/tools/check-meta.py" > "$work/out" 2>&1; then noticed=no; else noticed=yes; fi
check "default_version bumped, META.json bumped, debian/changelog left at the old version: check-meta.py notices" yes "$noticed"

echo "meta_review: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
