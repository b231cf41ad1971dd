#!/bin/bash
# tools/run-demo.sh: the main job on a throw-away cluster.  Sets up a Debian
# 12 machine, builds and installs the extension, shows the catalogue and the
# checks (tools/demo.sql), then generates a year of a region's declarations
# (tools/generate.py, deterministic: seed 42, scale 1.0 = ten municipalities,
# about 50 providers, 35,000 rows) and loads them, printing the outcome:
# rows accepted and rejected, findings per rule and return code, and
# rejected rows with their reasons (tools/load-generated.sh).  Ends by
# writing the management report of 2025 (tools/report.sh: an HTML page with
# charts) to REPORT_DIR (default /tmp/productcodes-report) and printing its
# path.
set -eu
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
make > /dev/null
make install > /dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# the management report of the year (tools/report.sh), kept after the run
report=${REPORT_DIR:-/tmp/productcodes-report}
python3 tools/generate.py --seed "${SEED:-42}" --scale "${SCALE:-1.0}" --out "$data"
pg_virtualenv -t -v "${PG_VERSION:-15}" bash -c "
	psql -X -f tools/demo.sql &&
	createdb region &&
	psql -X -q -d region -c 'CREATE EXTENSION productcodes CASCADE' -c 'SELECT productcodes.install()' &&
	bash tools/load-generated.sh '$data' -d region &&
	bash tools/report.sh 2025-01 2025-12 '$report' -d region > /dev/null"
echo "run-demo: management report written to $report/index.html"
