#!/bin/bash
# test/messages.sh: the iStandaarden messages end to end.  Every test
# message validates against its schema (xmllint) and every invalid one does
# not; tools/import-messages.sh imports the folder (301s first) with the
# outcome each message is written for; every 325 it writes validates
# against the 325 schema and has the expected content; the invalid messages
# each give an error and leave nothing behind.  The schemas are the copies
# in test/messages/xsd (WMO325.xsd derived from JW325.xsd, see its header).
# Run against a server with the extension installed, e.g.
#   pg_virtualenv -t -v 15 bash test/messages.sh
# Prints "ok - ..." / "not ok - ..." and "messages: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

msgs=test/messages
xsd=$msgs/xsd
db=pc_messages

schema_of() {	# the XSD of a message, from the namespace of its root element
	case $(grep -oE 'istandaarden.nl/i(jw|wmo)/3_2/(jw|wmo)3[0-9]{2}/schema' "$1" | head -1) in
		*ijw/3_2/jw301/*) echo "$xsd/ijw/JW301.xsd" ;;
		*ijw/3_2/jw323/*) echo "$xsd/ijw/JW323.xsd" ;;
		*ijw/3_2/jw325/*) echo "$xsd/ijw/JW325.xsd" ;;
		*iwmo/3_2/wmo301/*) echo "$xsd/iwmo/WMO301.xsd" ;;
		*iwmo/3_2/wmo323/*) echo "$xsd/iwmo/WMO323.xsd" ;;
		*iwmo/3_2/wmo325/*) echo "$xsd/iwmo/WMO325.xsd" ;;
		*) echo "$xsd/ijw/JW323.xsd" ;;	# not a message: checked as a 323
	esac
}

# 1. the test messages against their schemas
for f in "$msgs"/*.xml; do
	xmllint --noout --schema "$(schema_of "$f")" "$f" > "$work/xmllint" 2>&1
	status=$?
	check "$(basename "$f") validates against $(basename "$(schema_of "$f")")" "0" "$status"
done
# the allocation variants sql/messages.sql imports
for f in "$msgs"/variants/*.xml; do
	xmllint --noout --schema "$(schema_of "$f")" "$f" > "$work/xmllint" 2>&1
	status=$?
	check "variants/$(basename "$f") validates against $(basename "$(schema_of "$f")")" "0" "$status"
done
for f in "$msgs"/invalid/*.xml; do
	xmllint --noout --schema "$(schema_of "$f")" "$f" > "$work/xmllint" 2>&1
	status=$?
	check "invalid/$(basename "$f") does not validate" "1" "$(( status != 0 ))"
done
# the derived WMO325 schema differs from JW325 only in namespace, code and versions
check "WMO325.xsd is JW325.xsd in the iwmo namespace with BerichtCode 485" "" \
	"$(sed '/^<!--/,/^-->/d' "$xsd/iwmo/WMO325.xsd" | sed -e 's/iwmo/ijw/g; s/wmo325/jw325/g; s/"485"/"491"/; s/1\.0\.0/0.1.0/g; s/Wmo-ondersteuning/Jeugdhulp/' | diff - "$xsd/ijw/JW325.xsd")"

# 2. a database: Den Haag (0518) uses the seed 000 handbook for Jeugd;
# Stichtse Vecht (1904) uses seed 004 for Wmo as shipped
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" \
	-c "INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0518', 'JW', '[2023-01-01,)')" \
	> /dev/null 2>&1 || exit 1

# 3. the folder through the command-line tool
bash tools/import-messages.sh -o "$work/325" "$msgs" -d "$db" > "$work/import.out" 2>&1
status=$?
check "import-messages.sh exits 0" "0" "$status"
sed "s|$work/325/||" "$work/import.out" > "$work/import.txt"
while IFS='|' read -r name expected; do
	check "$name: $expected" "$name: $expected" "$(grep -F "$name: " "$work/import.txt" | sed 's/; 325: .*//')"
done <<'EOF'
01-jw301-toewijzing.xml|JW301 JW301-0001 message 1: 3 rows, 3 accepted, 0 rejected
02-jw301-wijziging.xml|JW301 JW301-0002 message 2: 2 rows, 2 accepted, 0 rejected
03-wmo301-toewijzing.xml|WMO301 WMO301-0001 message 3: 1 rows, 1 accepted, 0 rejected
10-jw323-april.xml|JW323 JW323-0401 message 4: 4 rows, 2 accepted, 2 rejected
11-jw323-mei.xml|JW323 JW323-0501 message 5: 3 rows, 3 accepted, 0 rejected
12-jw323-afgekeurd-totaal.xml|JW323 JW323-0601 message 6: refused (0001 MSG_TOTAAL: TotaalIngediendBedrag is 300000 D; the Prestaties add up to 250000 D (debits 250000, credits 0))
13-jw323-afgekeurd-periode.xml|JW323 JW323-0602 message 7: refused (0001 MSG_PERIODE: DeclaratiePeriode is 2025-06-01 to 2025-07-31)
14-jw323-afgekeurd-referentie.xml|JW323 JW323-0603 message 8: refused (0001 MSG_REFERENTIE_UNIEK: ReferentieNummer "R-0603-1" (2 times))
15-jw323-afgekeurd-dubbel.xml|JW323 JW323-0604 message 9: refused (0001 MSG_DUBBELE_PRESTATIE: the Prestaties with ReferentieNummer "R-0604-1" and "R-0604-2" are the same)
16-jw323-afgekeurd-vorigref.xml|JW323 JW323-0605 message 10: refused (0001 MSG_VORIGREF_UNIEK: VorigReferentieNummer "R-0501-3" (2 times))
17-jw323-afgekeurd-gecrediteerd.xml|JW323 JW323-0606 message 11: refused (0001 MSG_DEBET_GECREDITEERD: "R-0606-2" credits "R-0606-1", a debit of this message)
18-jw323-afgekeurd-identificatie.xml|JW323 JW323-0401 message 12: refused (9056 MSG_IDENTIFICATIE: BerichtIdentificatie "JW323-0401" of 87654321 was imported before as message 4)
20-wmo323-maart.xml|WMO323 WMO323-0301 message 13: 2 rows, 1 accepted, 1 rejected
21-wmo323-april.xml|WMO323 WMO323-0401 message 14: 3 rows, 3 accepted, 0 rejected
22-wmo323-afgekeurd-referentie.xml|WMO323 WMO323-0501 message 15: refused (0001 MSG_REFERENTIE_UNIEK: ReferentieNummer "R-W0501-1" (2 times))
EOF
check "the tool's summary" "15 messages: 7 imported, 8 refused, 0 with errors" "$(tail -1 "$work/import.txt")"

# 4. every 323 got a 325 that validates against the 325 schema and says
# what it should (the answer's own Dagtekening is today: compared as TODAY)
for f in "$msgs"/*323*.xml; do
	name=$(basename "$f" .xml)
	out="$work/325/$name.325.xml"
	if [ ! -f "$out" ]; then
		check "$name.325.xml was written" "yes" "no"
		continue
	fi
	xmllint --noout --schema "$(schema_of "$out")" "$out" > "$work/xmllint" 2>&1
	status=$?
	[ "$status" -eq 0 ] || cat "$work/xmllint"
	check "$name.325.xml validates against $(basename "$(schema_of "$out")")" "0" "$status"
	sed '/<BerichtIdentificatie>/,/<\/BerichtIdentificatie>/s|\(<[a-z]*:Dagtekening>\)[0-9-]*<|\1TODAY<|' "$out" > "$work/actual.xml"
	if diff -u "$msgs/expected/$name.325.xml" "$work/actual.xml" > "$work/diff"; then
		check "$name.325.xml has the expected content" "same" "same"
	else
		cat "$work/diff"
		check "$name.325.xml has the expected content" "same" "different"
	fi
done

# 5. what the database holds: rows booked only for processed messages
check "rows booked per 323 (refused: none)" \
	"JW323-0401 processed 4|JW323-0501 processed 3|JW323-0601 refused 0|JW323-0602 refused 0|JW323-0603 refused 0|JW323-0604 refused 0|JW323-0605 refused 0|JW323-0606 refused 0|JW323-0401 refused 0|WMO323-0301 processed 2|WMO323-0401 processed 3|WMO323-0501 refused 0" \
	"$(sql "$db" "SELECT string_agg(m.identificatie || ' ' || m.status || ' ' || (SELECT count(*) FROM productcodes.declaration_rows r WHERE r.declaration_id = m.declaration_id), '|' ORDER BY m.message_id) FROM productcodes.messages m WHERE m.message_type LIKE '%323'")"
check "the allocations of the 301s, changed and deleted" \
	"7001 10 2025-12-31 f|7002 8 2025-06-30 f|7003 2025-12-31 t|7101 4 2025-12-31 f" \
	"$(sql "$db" "SELECT string_agg(concat_ws(' ', toewijzing_nummer, volume, end_date, deleted), '|' ORDER BY toewijzing_nummer) FROM productcodes.allocations")"

# 6. invalid messages: an error naming the element, nothing stored
before=$(table_fingerprints "$db")
bash tools/import-messages.sh -o "$work/invalid325" "$msgs/invalid" -d "$db" > "$work/invalid.out" 2>&1
status=$?
check "import-messages.sh exits 1 on invalid messages" "1" "$status"
while IFS='|' read -r name expected; do
	check "invalid/$name: $expected" "$name: error: $expected (nothing stored)" "$(grep -F "$name: " "$work/invalid.out")"
done <<'EOF'
bad-bsn.xml|invalid JW323 message: element Bericht/Declaratie/Clienten/Client[1]/Bsn has value "12345678", which does not match the pattern [0-9]{9}
bad-category.xml|invalid JW323 message: element Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductCategorie has value "02", which is not one of 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55
bad-date.xml|invalid JW323 message: element Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum has value "2025-04-31", which is not a date that exists
missing-element.xml|invalid JW323 message: element GeleverdVolume is missing in Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]
not-xml.xml|the message is not an XML document
truncated.xml|invalid XML content
volume-too-large.xml|invalid JW323 message: element Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]/GeleverdVolume has value "100000000", which is more than 99999999
wrong-element-namespace.xml|invalid JW323 message: element Begindatum (namespace "http://www.istandaarden.nl/ijw/3_2/jw323/schema") is not allowed in Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode
wrong-namespace.xml|the message is not a supported iStandaarden message: its root element is Bericht in namespace "http://www.istandaarden.nl/ijw/3_1/jw323/schema"
wrong-order.xml|invalid JW323 message: element Eenheid comes before GeleverdVolume in Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]
EOF
check "invalid messages leave every table as it was" "$before" "$(table_fingerprints "$db")"
check "and no 325 was written for them" "0" "$(find "$work/invalid325" -name '*.xml' | wc -l)"

# Received messages are the municipality's data: pg_dump keeps them, and
# every 325 answer is the same after a restore.
answers="SELECT string_agg(message_id || ' ' || status || ' ' || md5(productcodes.answer_325(message_id)::text), '|' ORDER BY message_id) FROM productcodes.messages WHERE message_type LIKE '%323'"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db}_restored" -c "CREATE DATABASE ${db}_restored" > /dev/null 2>&1
pg_dump -Fc -d "$db" -f "$work/messages.dump" && pg_restore --exit-on-error -d "${db}_restored" "$work/messages.dump" 2> "$work/restore.err"
check "a database with messages dumps and restores" "0:" "$?:$(cat "$work/restore.err")"
check "with every message table's rows" \
	"$(table_fingerprints "$db" | grep '^message')" "$(table_fingerprints "${db}_restored" | grep '^message')"
check "(all 7 message tables are compared)" "7" \
	"$(table_fingerprints "$db" | grep -c '^message')"
check "and the same 325 answers" "$(sql "$db" "$answers")" "$(sql "${db}_restored" "$answers")"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS ${db}_restored" > /dev/null 2>&1
summary messages
