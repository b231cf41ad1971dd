#!/bin/bash
# bench/staging_scaling.sh: does staging, and the import of a 323, cost the
# same per row at 1k and at 16k rows that all name one allocation?  Not a
# test: it prints figures.  Run against a server with the extension
# installed, e.g.
#   pg_virtualenv -t -v 15 bash bench/staging_scaling.sh [SIZES...]
# (default sizes 1000 4000 16000).  For each size N it times, in a fresh
# database that holds the allocations of test/messages/01-jw301-toewijzing.xml:
#   stage  one INSERT ... SELECT of N rows into productcodes.staged_rows
#   copy   one COPY of the same N rows into productcodes.declaration_rows
#   import import_message() of a JW323 with N Prestaties
# all on allocation 7001, and prints the time and the time per row; then
# the time until a 323 with a 10 MB ReferentieNummer is refused.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000 16000)
db=pc_bench_staging
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
ms() {	# run SQL from stdin with \timing; print the last statement's milliseconds
	{ echo '\timing on'; cat; } | q 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
}

# a 323 of N Prestaties on allocation 7001 (client 123456782, April 2025),
# no two alike (period and volume differ), the total their sum
gen_323() {
	python3 - "$1" "$2" <<'PY'
import sys
n, ident = int(sys.argv[1]), sys.argv[2]
rows, total = [], 0
combos = [(b, e, v) for v in range(1, 41) for b in range(1, 31) for e in range(b, 31)]
for i in range(n):
    b, e, v = combos[i]
    total += v * 250000
    rows.append(f"""<Prestatie><ProductReferentie><ijw:ReferentieNummer>B-{ident}-{i}</ijw:ReferentieNummer></ProductReferentie>
<ToewijzingNummer>7001</ToewijzingNummer><ProductCategorie>43</ProductCategorie><ProductCode>43Z03</ProductCode>
<ProductPeriode><ijw:Begindatum>2025-04-{b:02d}</ijw:Begindatum><ijw:Einddatum>2025-04-{e:02d}</ijw:Einddatum></ProductPeriode>
<GeleverdVolume>{v}</GeleverdVolume><Eenheid>82</Eenheid><ProductTarief>250000</ProductTarief>
<IngediendBedrag><ijw:Bedrag>{v * 250000}</ijw:Bedrag><ijw:DebetCredit>D</ijw:DebetCredit></IngediendBedrag></Prestatie>""")
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw323/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
<Header><BerichtCode>490</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
<Afzender>87654321</Afzender><Ontvanger>0518</Ontvanger>
<BerichtIdentificatie><ijw:Identificatie>{ident}</ijw:Identificatie><ijw:Dagtekening>2025-05-05</ijw:Dagtekening></BerichtIdentificatie>
<XsdVersie><ijw:BasisschemaXsdVersie>0.1.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>0.1.0</ijw:BerichtXsdVersie></XsdVersie></Header>
<Declaratie><DeclaratieNummer>{ident.replace('-', '')[:12]}</DeclaratieNummer>
<DeclaratiePeriode><ijw:Begindatum>2025-04-01</ijw:Begindatum><ijw:Einddatum>2025-04-30</ijw:Einddatum></DeclaratiePeriode>
<DeclaratieDagtekening>2025-05-05</DeclaratieDagtekening>
<TotaalIngediendBedrag><ijw:TotaalBedrag>{total}</ijw:TotaalBedrag><ijw:DebetCredit>D</ijw:DebetCredit></TotaalIngediendBedrag>
<Clienten><Client><Bsn>123456782</Bsn><Prestaties>{''.join(rows)}</Prestaties></Client></Clienten></Declaratie></Bericht>""")
PY
}

fresh_db() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" > /dev/null
	q -c "CREATE EXTENSION productcodes CASCADE" -c "SELECT productcodes.install()" \
	  -c "INSERT INTO productcodes.catalogue_municipalities (catalogue_id, gemeentecode, domain, validity) VALUES (1, '0518', 'JW', '[2023-01-01,)')" \
	  -c "INSERT INTO productcodes.declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on) VALUES (900, '87654321', '0518', 'JW', 'BENCH', '2025-04-01', '2025-05-05')"
	MESSAGE_FILE=test/messages/01-jw301-toewijzing.xml q > /dev/null <<'SQL'
\set message `cat "$MESSAGE_FILE"`
SELECT * FROM productcodes.import_message(:'message');
SQL
}

rows_sql() {	# the N rows, as text, for staging
	echo "SELECT '900', 'S-' || g, NULL, '7001', '123456782', '43', '43Z03', '2025-04-01', '2025-04-30', '1', '82', '250000', '250000', 'D' FROM generate_series(1, $1) g"
}
cols="declaration_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, bsn, category, code, period_start, period_end, volume, unit, tariff_cents, amount_cents, dc"

printf '%-8s %8s %12s %14s\n' what rows ms "us per row"
for n in "${sizes[@]}"; do
	fresh_db
	t=$(echo "INSERT INTO productcodes.staged_rows ($cols) $(rows_sql "$n");" | ms)
	printf '%-8s %8d %12.1f %14.1f\n' stage "$n" "$t" "$(awk -v t="$t" -v n="$n" 'BEGIN { print t * 1000 / n }')"
	fresh_db
	q -c "\\copy ($(rows_sql "$n")) TO '$work/rows.csv' WITH (FORMAT csv)"
	t=$(echo "\\copy productcodes.declaration_rows ($cols) FROM '$work/rows.csv' WITH (FORMAT csv)" | ms)
	printf '%-8s %8d %12.1f %14.1f\n' copy "$n" "$t" "$(awk -v t="$t" -v n="$n" 'BEGIN { print t * 1000 / n }')"
	fresh_db
	gen_323 "$n" "BENCH-$n" > "$work/m.xml"
	t=$(MESSAGE_FILE=$work/m.xml ms <<'SQL'
\set message `cat "$MESSAGE_FILE"`
SELECT rows_stored, refused, reason FROM productcodes.import_message(:'message');
SQL
)
	printf '%-8s %8d %12.1f %14.1f\n' import "$n" "$t" "$(awk -v t="$t" -v n="$n" 'BEGIN { print t * 1000 / n }')"
	q -At -c "SELECT 'import   ' || rows_stored || ' rows stored, refused: ' || (status = 'refused') FROM productcodes.messages WHERE identificatie = 'BENCH-$n'"
done

# a 10 MB ReferentieNummer: how long until it is refused
fresh_db
gen_323 1 BENCH-LONG | python3 -c "import sys; s = sys.stdin.read(); print(s.replace('B-BENCH-LONG-0', 'X' * 10_000_000))" > "$work/long.xml"
start=$(date +%s.%N)
MESSAGE_FILE=$work/long.xml psql -X -q -d "$db" > "$work/long.out" 2>&1 <<'SQL' || true
\set message `cat "$MESSAGE_FILE"`
SELECT * FROM productcodes.import_message(:'message');
SQL
t=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print (b - a) * 1000 }')
echo "10 MB ReferentieNummer: $(grep -o 'ERROR: .\{0,120\}' "$work/long.out" | head -1)"
printf "10 MB ReferentieNummer: refused after %.0f ms (psql included)\n" "$t"
psql -X -q -d postgres -c "DROP DATABASE $db"
