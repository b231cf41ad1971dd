#!/bin/bash
# tools/import-messages.sh: import a folder of iStandaarden messages (JW301,
# WMO301, JW323, WMO323) into a database with productcodes, and write the
# 325 answer to every 323.
#
#   bash tools/import-messages.sh [-o OUTDIR] DIR [psql options, e.g. -d mydb]
#
# Every *.xml file in DIR is imported with productcodes.import_message(), each
# in its own transaction: first the 301s (allocations), then the others,
# each group in name order.  The 325 of a 323 goes to OUTDIR (default
# DIR/325) as NAME.325.xml, formatted by xmllint when it is installed.
# One line per message:
#
#   10-jw323-april.xml: JW323 JW323-0401 message 4: 4 rows, 2 accepted, 2 rejected; 325: out/10-jw323-april.325.xml
#   12-jw323-afgekeurd-totaal.xml: JW323 JW323-0601 message 6: refused (0001 MSG_TOTAAL: ...); 325: out/...
#   bad.xml: error: invalid JW323 message: element ... (nothing stored)
#
# and a last line "N messages: A imported, R refused, E with errors".  Exits
# with 1 when a message had an error, 2 on wrong usage.
set -u

usage() { echo "usage: $0 [-o OUTDIR] DIR [psql options]" >&2; exit 2; }
outdir=
while getopts o: opt; do
	case $opt in
		o) outdir=$OPTARG ;;
		*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
dir=$1
shift
[ -d "$dir" ] || { echo "$0: $dir is not a directory" >&2; exit 2; }
outdir=${outdir:-$dir/325}
mkdir -p "$outdir" || exit 2

psql_() { PGCLIENTENCODING=UTF8 psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

# 301s first: a declaration is checked against the allocations it names
mapfile -t files < <(
	for f in "$dir"/*.xml; do
		[ -f "$f" ] || continue
		if grep -qE '/3_2/(jw|wmo)301/schema' "$f"; then echo "1 $f"; else echo "2 $f"; fi
	done | sort -k1,1 -k2 | cut -d' ' -f2-)

imported=0 refused=0 errors=0
for f in "${files[@]}"; do
	name=$(basename "$f")
	# the file goes in through a psql variable (no size limit, no quoting)
	if ! result=$(MESSAGE_FILE=$f psql_ "$@" 2>&1 <<'EOF'
\set message `cat "$MESSAGE_FILE"`
-- not public: no operator or function of someone else's there takes part
SET search_path = productcodes, pg_catalog;
SELECT concat_ws(E'\x1f', message_id, message_type, identificatie, rows_stored, rows_accepted,
				 rows_rejected, refused, coalesce(reason, ''))
  FROM productcodes.import_message(:'message');
EOF
	); then
		echo "$name: error: $(sed -n 's/^psql:[^ ]* ERROR:  //p; s/^ERROR:  //p' <<< "$result" | head -1) (nothing stored)"
		errors=$((errors + 1))
		continue
	fi
	IFS=$'\x1f' read -r id type ident stored accepted rejected was_refused reason <<< "$result"
	line="$name: $type $ident message $id:"
	if [ "$was_refused" = t ]; then
		line="$line refused ($reason)"
		refused=$((refused + 1))
	else
		line="$line $stored rows, $accepted accepted, $rejected rejected"
		imported=$((imported + 1))
	fi
	case $type in
		*323)
			out="$outdir/${name%.xml}.325.xml"
			if psql_ "$@" -c "SET search_path = productcodes, pg_catalog" -c "SELECT productcodes.answer_325($id)" > "$out.tmp" 2>&1; then
				if command -v xmllint > /dev/null; then
					xmllint --format "$out.tmp" > "$out" && rm -f "$out.tmp"
				else
					{ echo '<?xml version="1.0" encoding="UTF-8"?>'; cat "$out.tmp"; } > "$out" && rm -f "$out.tmp"
				fi
				line="$line; 325: $out"
			else
				line="$line; 325 not written: $(head -1 "$out.tmp")"
				rm -f "$out.tmp"
				errors=$((errors + 1))
			fi
			;;
	esac
	echo "$line"
done
echo "${#files[@]} messages: $imported imported, $refused refused, $errors with errors"
[ "$errors" -eq 0 ]
