#!/bin/bash
# tools/run-demo.sh: set up a Debian 12 machine, build and install the
# extension, and run the demo (tools/demo.sql) on a throw-away cluster.
set -eu
cd "$(dirname "$0")/.."
bash tools/setup-debian.sh
make > /dev/null
make install > /dev/null
pg_virtualenv -t -v "${PG_VERSION:-15}" psql -X -f tools/demo.sql
