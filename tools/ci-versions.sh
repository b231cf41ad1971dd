#!/bin/bash
# tools/ci-versions.sh: run every test (tools/run-tests.sh) against several
# PostgreSQL versions, each in its own minimal Debian tree made with
# debootstrap, so that nothing is installed on this machine itself.
#
#   bash tools/ci-versions.sh [VERSION...]      default: 15 17 18
#
# CI_HOST_VERSION=15 runs that version on this machine itself instead
# (tools/run-tests.sh in the working copy, as on a developer's Debian 12):
# .ci/run does so, since CI's machine is Debian 12 with PostgreSQL 15.
#
# Version -> Debian suite: 15 bookworm, 17 trixie, 18 sid (the only
# suites that ship these versions).  Each tree is made with
# "debootstrap --variant=minbase" and the packages of tools/setup-debian.sh;
# the trees are made at the same time (mostly downloading), the test runs
# one after another (they want both cores).  Each run works on a copy of
# this repository in the tree (/build/productcodes, with ../shared beside it
# bound read-only when it exists), so the runs cannot disturb each other or
# the working copy.
#
# Prints each run's output, then one line per version
#   PostgreSQL 17 (trixie): N passed, M failed
# and last the total "N passed, M failed"; exits non-zero if any version
# failed (a version that could not be set up counts as "0 passed, 1 failed").
#
#   CI_TREES=DIR         where the trees are (default /var/tmp/productcodes-trees)
#   CI_FRESH_TREES=1     remove existing trees first; otherwise a complete tree
#                        from an earlier run is used again (its packages are
#                        brought up to date by setup-debian.sh only if missing)
#   CI_MIRROR=URL        Debian mirror (default http://deb.debian.org/debian)
#   CI_SECURITY_MIRROR=URL  its security suites (default http://deb.debian.org/debian-security)
#   CI_INFORMATIONAL="18"  versions whose result is shown but not counted in
#                        the total nor the exit status (default: none)
#   CI_TESTS=0           only the Debian package, not tools/run-tests.sh
#   CI_PACKAGE_PORT=5731 the port of test/package_review.sh's cluster
#   CI_TIMEOUT_SETUP=1800, CI_TIMEOUT_RUN=2400, CI_TIMEOUT_PACKAGE=1200
#                        seconds a tree's setup (debootstrap, apt), a
#                        version's tools/run-tests.sh and its package step may
#                        take; a step that takes longer is stopped and counts
#                        as a failure
#   FUZZ_SECONDS         passed on to tools/run-tests.sh
#
# Needs root and debootstrap (apt-get install debootstrap).
set -u
cd "$(dirname "$0")/.."
repo=$(pwd)

versions=("$@")
[ "${#versions[@]}" -gt 0 ] || versions=(15 17 18)
host_version=${CI_HOST_VERSION:-}
trees=${CI_TREES:-/var/tmp/productcodes-trees}
mirror=${CI_MIRROR:-http://deb.debian.org/debian}
informational=" ${CI_INFORMATIONAL:-} "

suite_of() {
	case "$1" in
		15) echo bookworm ;;
		17) echo trixie ;;
		18) echo sid ;;
		*) return 1 ;;
	esac
}

if [ "$(id -u)" -ne 0 ]; then
	echo "ci-versions: must run as root (debootstrap, chroot, mount)" >&2
	exit 2
fi
if ! command -v debootstrap > /dev/null; then
	echo "ci-versions: installing debootstrap"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null ||
		{ echo "ci-versions: cannot install debootstrap" >&2; exit 2; }
fi
for v in "${versions[@]}"; do
	suite_of "$v" > /dev/null || { echo "ci-versions: no Debian suite known for PostgreSQL $v" >&2; exit 2; }
done
mkdir -p "$trees"
logs=$(mktemp -d)
declare -A prep_pid=()

# every process started by this script (or by a subshell of it), deepest
# first: found through /proc, so that a stop leaves nothing running
descendants() {
	local f s pid ppid
	local -A kids=()
	for f in /proc/[0-9]*/stat; do
		s=$(cat "$f" 2> /dev/null) || continue
		pid=${s%% *}
		s=${s##*) }
		read -r _ ppid _ <<< "$s"
		kids[$ppid]+=" $pid"
	done
	_descend() {
		local p
		for p in ${kids[$1]:-}; do
			_descend "$p"
			echo "$p"
		done
	}
	_descend "$1"
}

mounted=()
unmount_all() {
	local i
	for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
		umount "${mounted[$i]}" 2> /dev/null || umount -l "${mounted[$i]}"
	done
	mounted=()
}
cleanup() {
	local pid p
	trap - INT TERM
	# the subshells that prepare trees unmount their own mounts on TERM
	# (prepare_tree_bg); every process is listed before any is stopped, as
	# one whose parent ends is no longer found under this one
	local all
	all=$(descendants $$)
	for p in $all; do kill -TERM "$p" 2> /dev/null; done
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		for pid in "${prep_pid[@]}"; do kill -0 "$pid" 2> /dev/null && break; done
		kill -0 "$pid" 2> /dev/null || break
		sleep 1
	done
	for p in $(descendants $$); do kill -KILL "$p" 2> /dev/null; done
	wait
	unmount_all
	# anything still mounted under a tree of this run (a subshell killed
	# before it could unmount)
	for v in "${versions[@]}"; do
		for p in "$trees/$(suite_of "$v")" "$trees/$(suite_of "$v")-clean" "$trees/$(suite_of "$v")-pkg"; do
			mounts_under "$p" | sort -r | while read -r m; do
				umount "$m" 2> /dev/null || umount -l "$m"
			done
		done
	done
	rm -rf "$logs"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# run a command with a time limit (seconds); 124 when it was stopped
limit() {
	local secs=$1
	shift
	# in the background, so that a stop (INT, TERM) is handled at once
	timeout --kill-after=30 "$secs" "$@" &
	wait $!
	local status=$?
	[ "$status" -eq 124 ] || [ "$status" -eq 137 ] && echo "ci-versions: stopped after $secs s: $*" >&2
	return "$status"
}
t_setup=${CI_TIMEOUT_SETUP:-1800}
t_run=${CI_TIMEOUT_RUN:-2400}
t_package=${CI_TIMEOUT_PACKAGE:-1200}

# mounts under a tree (none must be left when it is removed)
mounts_under() {
	awk -v p="$1/" 'index($2, p) == 1 { print $2 }' /proc/self/mounts
}

mount_tree() {
	local tree=$1
	mount -t proc proc "$tree/proc" && mounted+=("$tree/proc")
	mount -t sysfs sysfs "$tree/sys" && mounted+=("$tree/sys")
	mount --bind /dev "$tree/dev" && mounted+=("$tree/dev")
	mount --bind /dev/pts "$tree/dev/pts" && mounted+=("$tree/dev/pts")
	mount -t tmpfs -o mode=1777 tmpfs "$tree/dev/shm" && mounted+=("$tree/dev/shm")
	if [ -d "$repo/../shared" ]; then
		mkdir -p "$tree/build/shared"
		mount --bind "$repo/../shared" "$tree/build/shared" && mounted+=("$tree/build/shared") &&
			mount -o remount,bind,ro "$tree/build/shared"
	fi
}

# the repository as it is in the working copy, without .git and build output
copy_repo() {
	local tree=$1
	rm -rf "$tree/build/productcodes"
	mkdir -p "$tree/build/productcodes"
	tar -C "$repo" --exclude=./.git --exclude=./test/build --exclude='*.o' --exclude='*.so' \
		-cf - . | tar -C "$tree/build/productcodes" -xf -
}

# in_tree SECONDS TREE COMMAND...: COMMAND in TREE with a clean environment,
# stopped after SECONDS
in_tree() {
	local secs=$1 tree=$2
	shift 2
	limit "$secs" chroot "$tree" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
		LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "$@"
}

# the tree's package sources: the suite, and for a stable suite its
# updates and security suites too, so that a package built here against an
# up-to-date Debian (this machine's PostgreSQL 15 may be a newer point
# release than bookworm's first) installs in the tree
write_sources() {
	local tree=$1 suite=$2
	{
		echo "deb $mirror $suite main"
		if [ "$suite" != sid ]; then
			echo "deb $mirror $suite-updates main"
			echo "deb ${CI_SECURITY_MIRROR:-http://deb.debian.org/debian-security} $suite-security main"
		fi
	} > "$tree/etc/apt/sources.list"
}

# a minimal Debian tree of a suite: debootstrap, no services started
debootstrap_tree() {
	local v=$1 suite=$2 tree=$3
	if [ -n "$(mounts_under "$tree")" ]; then
		echo "tree $tree: something is mounted in it, not removing it" >&2
		return 1
	fi
	rm -rf "$tree"
	echo "tree $tree: debootstrap $suite"
	limit "$t_setup" debootstrap --variant=minbase --include=make,gcc,python3 \
		"$suite" "$tree" "$mirror" > "$logs/debootstrap-$v-$(basename "$tree")" 2>&1 ||
		{ tail -20 "$logs/debootstrap-$v-$(basename "$tree")"; return 1; }
	# packages must not start services in the tree (postgresql's main cluster)
	printf '#!/bin/sh\nexit 101\n' > "$tree/usr/sbin/policy-rc.d"
	chmod 755 "$tree/usr/sbin/policy-rc.d"
	# the signatures are checked, but not the Release file's date: a
	# mirror that is a snapshot, or a clock that is off, must not stop
	# apt-get update (sid's Release is valid only a week)
	echo 'Acquire::Check-Valid-Until "false";' > "$tree/etc/apt/apt.conf.d/99productcodes-ci"
	write_sources "$tree" "$suite"
	echo "productcodes CI tree for PostgreSQL $v ($suite)" > "$tree/etc/productcodes-tree"
}

# make the trees of one version: $suite for the tests and the package
# build (with the packages of setup-debian.sh), $suite-clean, a copy of the
# bare tree, where the package is installed.  Only the clean tree when the
# tests run on this machine ($2 = clean).
prepare_tree() {
	local v=$1 what=${2:-all} suite tree clean status
	suite=$(suite_of "$v")
	tree=$trees/$suite
	clean=$trees/$suite-clean
	if [ "${CI_FRESH_TREES:-0}" = 1 ]; then
		rm -f "$tree/etc/productcodes-tree" "$clean/etc/productcodes-tree"
	fi
	# the clean tree stays as debootstrap made it: the package is tried in a
	# copy of it (package_test); one that has PostgreSQL (an older
	# ci-versions.sh installed into it) is made again
	if [ -f "$clean/etc/productcodes-tree" ] && [ -e "$clean/var/lib/dpkg/info/postgresql-common.list" ]; then
		echo "tree $clean: not pristine (PostgreSQL installed), made again"
		debootstrap_tree "$v" "$suite" "$clean" || return 1
	elif [ -f "$clean/etc/productcodes-tree" ]; then
		echo "tree $clean: present"
	elif [ "$what" = clean ] || [ -f "$tree/etc/productcodes-tree" ]; then
		debootstrap_tree "$v" "$suite" "$clean" || return 1
	fi
	[ "$what" = clean ] && return 0
	if [ -f "$tree/etc/productcodes-tree" ]; then
		echo "tree $tree: present"
	else
		debootstrap_tree "$v" "$suite" "$tree" || return 1
		if [ ! -f "$clean/etc/productcodes-tree" ]; then
			rm -rf "$clean"
			cp -a "$tree" "$clean" || return 1
		fi
	fi
	cp /etc/resolv.conf "$tree/etc/resolv.conf" 2> /dev/null
	cp /etc/resolv.conf "$clean/etc/resolv.conf" 2> /dev/null
	copy_repo "$tree"
	mount_tree "$tree"
	in_tree "$t_setup" "$tree" bash -c "cd /build/productcodes && PG_VERSION=$v bash tools/setup-debian.sh &&
		apt-get install -y -qq --no-install-recommends build-essential debhelper dpkg-dev postgresql-server-dev-all > /dev/null"
	status=$?
	unmount_all
	return $status
}

# prepare_tree in the background: a stop (cleanup) sends it TERM; it then
# unmounts what it mounted, once the command it waits for is stopped
prepare_tree_bg() {
	trap 'unmount_all; exit 143' TERM
	trap 'unmount_all; exit 130' INT
	prepare_tree "$@"
}

# Build postgresql-$v-productcodes with pg_buildext (debian/) from a copy of
# the repository, in the tree or, for the version tested on this machine,
# here (test/build_review.sh first, in the same copy); install it into a
# fresh copy of the clean tree ($suite-pkg, removed afterwards, so that no
# package of an earlier run is there) and run tools/package-smoke.sh
# (which compares the installed files with the .deb's) and
# test/package_review.sh (a real cluster, remove, purge) there.  Prints
# "build_review: ...", "package_build: ...", "package_smoke: ..." and
# "package_review: ..." count lines.
package_test() {
	local v=$1 where=$2 suite clean pkgtree dir debs
	suite=$(suite_of "$v")
	clean=$trees/$suite-clean
	pkgtree=$trees/$suite-pkg
	if [ "$where" = here ]; then
		dir=$(mktemp -d)
		DEBIAN_FRONTEND=noninteractive limit "$t_setup" apt-get install -y -qq --no-install-recommends \
			build-essential debhelper dpkg-dev postgresql-server-dev-all > /dev/null
	else
		dir=$trees/$suite/build/pkg
		rm -rf "$dir"
	fi
	mkdir -p "$dir/productcodes"
	tar -C "$repo" --exclude=./.git --exclude=./test/build --exclude='*.o' --exclude='*.so' \
		-cf - . | tar -C "$dir/productcodes" -xf -
	local build="cd ${dir#"$trees/$suite"}/productcodes && PG_VERSION=$v bash test/build_review.sh > ../build_review.log 2>&1;
		make clean > /dev/null 2>&1;
		pg_buildext updatecontrol && dpkg-buildpackage -b -uc -us"
	if [ "$where" = here ]; then
		limit "$t_package" bash -c "$build" > "$logs/package-$v" 2>&1
	else
		in_tree "$t_package" "$trees/$suite" bash -c "$build" > "$logs/package-$v" 2>&1
	fi
	grep -v '^ok - ' "$dir/build_review.log" 2> /dev/null
	grep -q '^build_review: [0-9]* passed, [0-9]* failed$' "$dir/build_review.log" 2> /dev/null ||
		echo "build_review: 0 passed, 1 failed"
	debs=$(ls "$dir"/postgresql-"$v"-productcodes_*.deb 2> /dev/null)
	if [ -z "$debs" ]; then
		tail -40 "$logs/package-$v"
		echo "package_build: 0 passed, 1 failed"
		[ "$where" = here ] && rm -rf "$dir"
		return 1
	fi
	echo "built: $(basename "$debs") ($(grep -c . <<< "$debs") package)"
	echo "package_build: 1 passed, 0 failed"
	if [ -n "$(mounts_under "$pkgtree")" ]; then
		echo "tree $pkgtree: something is mounted in it"
		echo "package_smoke: 0 passed, 1 failed"
		return 1
	fi
	rm -rf "$pkgtree"
	cp -a "$clean" "$pkgtree" || { echo "package_smoke: 0 passed, 1 failed"; return 1; }
	write_sources "$pkgtree" "$suite"
	mkdir -p "$pkgtree/tmp/pkg"
	cp "$debs" "$repo/tools/package-smoke.sh" "$repo/test/package_review.sh" "$pkgtree/tmp/pkg/"
	[ "$where" = here ] && rm -rf "$dir"
	mount_tree "$pkgtree"
	in_tree "$t_package" "$pkgtree" bash -c "apt-get update -qq &&
		apt-get install -y -qq --no-install-recommends --reinstall /tmp/pkg/*.deb > /dev/null;
		PG_VERSION=$v bash /tmp/pkg/package-smoke.sh /tmp/pkg/*.deb > /tmp/pkg/smoke.log 2>&1;
		PG_VERSION=$v PORT=${CI_PACKAGE_PORT:-5731} bash /tmp/pkg/package_review.sh /tmp/pkg/*.deb > /tmp/pkg/review.log 2>&1" \
		> "$logs/smoke-$v" 2>&1
	unmount_all
	cat "$logs/smoke-$v"
	grep -v '^ok: ' "$pkgtree/tmp/pkg/smoke.log" 2> /dev/null
	grep -q '^package_smoke: [0-9]* passed, [0-9]* failed$' "$pkgtree/tmp/pkg/smoke.log" 2> /dev/null ||
		echo "package_smoke: 0 passed, 1 failed"
	grep -v '^ok - ' "$pkgtree/tmp/pkg/review.log" 2> /dev/null
	grep -q '^package_review: [0-9]* passed, [0-9]* failed$' "$pkgtree/tmp/pkg/review.log" 2> /dev/null ||
		echo "package_review: 0 passed, 1 failed"
	rm -rf "$pkgtree"
}

# the sum of the "name: N passed, M failed" lines of a log, as "N M"
sum_counts() {
	sed -nE 's/^[a-z0-9_]+: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$1" |
		awk '{ n += $1; m += $2 } END { print n + 0, m + 0 }'
}

# the trees are made at the same time, in the background
for v in "${versions[@]}"; do
	if [ "$v" = "$host_version" ]; then
		prepare_tree_bg "$v" clean > "$logs/prepare-$v" 2>&1 &
	else
		prepare_tree_bg "$v" > "$logs/prepare-$v" 2>&1 &
	fi
	prep_pid[$v]=$!
done

total_passed=0
total_failed=0
summary=()
start_all=$SECONDS
for v in "${versions[@]}"; do
	suite=$(suite_of "$v")
	tree=$trees/$suite
	label="PostgreSQL $v ($suite)"
	[ "$v" = "$host_version" ] && label="PostgreSQL $v (this machine)"
	case "$informational" in *" $v "*) label="$label, informational" ;; esac
	start=$SECONDS
	# the test suite: its count line is the last of "$logs/run-$v"
	if [ "$v" = "$host_version" ]; then
		echo "==== $label: tools/run-tests.sh"
		PG_VERSION=$v limit "$t_run" bash tools/run-tests.sh 2>&1 | tee "$logs/run-$v"
		echo "==== $label: the package's clean tree"
		wait "${prep_pid[$v]}"
		prep_status=$?
		cat "$logs/prepare-$v"
		where=here
	else
		echo "==== $label: waiting for the tree"
		wait "${prep_pid[$v]}"
		prep_status=$?
		cat "$logs/prepare-$v"
		where=tree
		if [ "$prep_status" -eq 0 ] && [ "${CI_TESTS:-1}" = 0 ]; then
			echo "0 passed, 0 failed" > "$logs/run-$v"
		elif [ "$prep_status" -eq 0 ]; then
			echo "==== $label: tree ready after $((SECONDS - start_all)) s; tools/run-tests.sh"
			copy_repo "$tree"
			mount_tree "$tree"
			in_tree "$t_run" "$tree" bash -c "cd /build/productcodes && PG_VERSION=$v FUZZ_SECONDS=${FUZZ_SECONDS:-60} bash tools/run-tests.sh" 2>&1 |
				tee "$logs/run-$v"
			unmount_all
		else
			echo "==== $label: the tree could not be made"
			echo "0 passed, 1 failed" > "$logs/run-$v"
		fi
	fi
	line=$(tail -n 1 "$logs/run-$v")
	if ! grep -Eq '^[0-9]+ passed, [0-9]+ failed$' <<< "$line"; then
		echo "==== $label: tools/run-tests.sh ended without its count"
		line="0 passed, 1 failed"
	fi
	n=${line%% passed*}
	m=${line#*passed, }
	m=${m%% failed}
	# the Debian package: built, installed into the clean tree, smoke test
	if [ "$prep_status" -eq 0 ]; then
		echo "==== $label: Debian package"
		package_test "$v" "$where" > "$logs/pkg-$v" 2>&1
	else
		echo "package_build: 0 passed, 1 failed" > "$logs/pkg-$v"
	fi
	cat "$logs/pkg-$v"
	read -r pn pm < <(sum_counts "$logs/pkg-$v")
	summary+=("$label: $((n + pn)) passed, $((m + pm)) failed (tests $n/$((n + m)), package $pn/$((pn + pm)), $((SECONDS - start)) s)")
	case "$informational" in
		*" $v "*) ;;
		*)
			total_passed=$((total_passed + n + pn))
			total_failed=$((total_failed + m + pm))
			;;
	esac
done

echo "==== all versions, $((SECONDS - start_all)) s"
for s in "${summary[@]}"; do echo "$s"; done
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
