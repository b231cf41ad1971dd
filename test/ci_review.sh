#!/bin/bash
# test/ci_review.sh (review of issue 14): the counting of tools/run-tests.sh
# and the clean-up of tools/ci-versions.sh, with every outside program
# (make, pg_virtualenv, python3, mount, umount, chroot, debootstrap,
# apt-get) replaced by a stand-in on PATH, so that it is quick and touches
# nothing on this machine: no make install, no server, no real mount.
#
#   bash test/ci_review.sh          (root for the ci-versions cases)
#
# Prints ok/not ok lines and "ci_review: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
repo=$(pwd)
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

copy() {
	rm -rf "$work/src"
	mkdir -p "$work/src"
	tar -C "$repo" --exclude=./.git -cf - . | tar -C "$work/src" -xf -
	printf '#!/bin/bash\n[ "${1:-}" = --default-version ] && echo 17\nexit 0\n' > "$work/src/tools/setup-debian.sh"
}

# ---- tools/run-tests.sh: a server test script that dies before its count
bin=$work/bin
mkdir -p "$bin"
cat > "$bin/make" <<'SH'
#!/bin/bash
case " $* " in
	*" core-unit "*) echo "core_unit: 3 passed, 0 failed" ;;
	*" core-fuzz "*) echo "core_fuzz: 1 passed, 0 failed" ;;
esac
exit 0
SH
printf '#!/bin/bash\nexit 0\n' > "$bin/python3"
# pg_virtualenv stand-in: prints what the server run prints; SERVER_LINES
# names the shell tests whose count line appears, SERVER_STATUS its status
cat > "$bin/pg_virtualenv" <<'SH'
#!/bin/bash
echo "ok 1         - setup                                      12 ms"
echo "ok 2         - productcode                                20 ms"
for t in $SERVER_LINES; do echo "$t: 4 passed, 0 failed"; done
exit "$SERVER_STATUS"
SH
chmod +x "$bin"/*

run_tests() {
	copy
	(cd "$work/src" && PATH="$bin:$PATH" SERVER_LINES="$1" SERVER_STATUS="$2" \
		PG_VERSION=17 bash tools/run-tests.sh 2>&1 | tail -n 1)
}
# the server test scripts, as run-tests.sh lists them
scripts=$(sed -n 's/^server_scripts="\(.*\)"$/\1/p' "$repo/tools/run-tests.sh")
last=${scripts##* }
check "run-tests: stand-ins work (every server script counted)" "yes" \
	"$(run_tests "$scripts" 0 | grep -Eq '^[0-9]+ passed, 0 failed$' && echo yes || echo no)"
check "run-tests: a server run that prints nothing and fails is a failure" "yes" \
	"$(run_tests "" 1 | grep -Eq '^[0-9]+ passed, [1-9][0-9]* failed$' && echo yes || echo no)"
# test/upgrade.sh dies before its count line (set -e, a crash, a psql that
# cannot connect): bash -c's status is the last script's, 0
check "run-tests: a server test script (upgrade.sh) that dies before its count line is a failure" "yes" \
	"$(run_tests "$(sed 's/\<upgrade\>//' <<< "$scripts")" 0 | grep -Eq '^[0-9]+ passed, [1-9][0-9]* failed$' && echo yes || echo no)"
check "run-tests: the last server script ($last.sh) missing its count line is a failure" "yes" \
	"$(run_tests "${scripts% *}" 0 | grep -Eq '^[0-9]+ passed, [1-9][0-9]* failed$' && echo yes || echo no)"

# ---- tools/ci-versions.sh: killed while a tree is being prepared
if [ "$(id -u)" -ne 0 ]; then
	echo "ci_review: (not root: ci-versions cases skipped)"
else
	sb=$work/sbin
	mkdir -p "$sb"
	log=$work/mounts.log
	: > "$log"
	# mount/umount record the mount point (the last argument) only
	printf '#!/bin/bash\necho "mount ${@: -1}" >> %q\nexit 0\n' "$log" > "$sb/mount"
	printf '#!/bin/bash\necho "umount ${@: -1}" >> %q\nexit 0\n' "$log" > "$sb/umount"
	# the setup in the tree takes a while (apt-get downloading)
	printf '#!/bin/bash\nsleep 20\nexit 0\n' > "$sb/chroot"
	printf '#!/bin/bash\nexit 0\n' > "$sb/debootstrap"
	chmod +x "$sb"/*
	trees=$work/trees
	for t in trixie trixie-clean; do
		mkdir -p "$trees/$t/etc" "$trees/$t/usr/sbin"
		echo present > "$trees/$t/etc/productcodes-tree"
	done
	copy
	(cd "$work/src" && PATH="$sb:$PATH" CI_TREES=$trees CI_HOST_VERSION= \
		exec bash tools/ci-versions.sh 17) > "$work/ci.out" 2>&1 &
	ci=$!
	# wait until the tree's file systems are mounted, then stop CI as a
	# time-out or Ctrl-C would
	for _ in $(seq 50); do
		grep -q "mount $trees/trixie/dev/shm" "$log" && break
		sleep 0.2
	done
	sleep 1
	kill -TERM "$ci"
	wait "$ci" 2> /dev/null
	sleep 1
	left=$(awk '$1 == "mount" { m[$2]++ } $1 == "umount" { m[$2]-- } END { for (p in m) if (m[p] > 0) print p }' "$log" | sort | tr '\n' ' ')
	check "ci-versions: the tree was mounted before the stop (stand-ins work)" "yes" \
		"$(grep -q "mount $trees/trixie/proc" "$log" && echo yes || echo no)"
	check "ci-versions: stopped during a tree's setup, it leaves nothing mounted" "" "$left"
	pkill_pids=$(pgrep -f "$sb/chroot" || true)
	check "ci-versions: stopped during a tree's setup, nothing of it goes on running in the tree" "" "$pkill_pids"
	for p in $pkill_pids; do kill "$p" 2> /dev/null; done
fi

echo "ci_review: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
