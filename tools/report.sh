#!/bin/bash
# tools/report.sh: write the management report for a period: an HTML page
# (index.html) with charts made by gnuplot (spend per segment per month,
# exhaustion of allocations, reasons for rejection, rejection rate) and the
# key tables, from the reporting views of a database with productcodes.
#
#   bash tools/report.sh [options] FROM TO OUTDIR [psql connection options]
#   e.g.  bash tools/report.sh 2025-01 2025-12 /tmp/report -d region
#
#   FROM, TO            first and last month (YYYY-MM) of the period: spend
#                       by month of care, rejections by declaration month
#   --language nl|en    texts and headings (default: the database's
#                       productcodes.language, which is nl unless set)
#   --gemeente CODE     one municipality (default: every municipality the
#                       connecting role may see)
#   --threshold PCT     allocations used at least this much (default 80)
#   --unused-months N   allocations without declarations for N months (3)
#
# Exhaustion is computed as of the last day of TO.  Also writes the chart
# data (*.tsv) next to the page.  Prints the path of index.html.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }
lang=""
gemeente=""
threshold=80
unused_months=3
while [ $# -gt 0 ]; do
	case "$1" in
		--language) lang=$2; shift 2 ;;
		--gemeente) gemeente=$2; shift 2 ;;
		--threshold) threshold=$2; shift 2 ;;
		--unused-months) unused_months=$2; shift 2 ;;
		-h|--help) usage; exit 0 ;;
		*) break ;;
	esac
done
if [ $# -lt 3 ]; then usage >&2; exit 2; fi
from=$1 to=$2 out=$3
shift 3
month_re='^[0-9]{4}-(0[1-9]|1[0-2])$'
[[ $from =~ $month_re && $to =~ $month_re ]] || { echo "report: FROM and TO are months, YYYY-MM" >&2; exit 2; }
[[ ! $from > $to ]] || { echo "report: FROM ($from) is after TO ($to)" >&2; exit 2; }
[[ -z $gemeente || $gemeente =~ ^[0-9]{4}$ ]] || { echo "report: --gemeente is a 4-digit gemeentecode" >&2; exit 2; }
[[ $threshold =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "report: --threshold is a percentage" >&2; exit 2; }
[[ $unused_months =~ ^[1-9][0-9]*$ ]] || { echo "report: --unused-months is a whole number above 0" >&2; exit 2; }
command -v gnuplot > /dev/null || { echo "report: gnuplot is needed (Debian: gnuplot-nox)" >&2; exit 2; }

psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
if [ -z "$lang" ]; then
	lang=$(psql_q "$@" -c 'SELECT productcodes.message_language()')
fi
case "$lang" in nl|en) ;; *) echo "report: --language is nl or en" >&2; exit 2 ;; esac
from_month=$from-01
to_month=$to-01
as_of=$(psql_q "$@" -c "SELECT (date '$to_month' + interval '1 month' - interval '1 day')::date")

mkdir -p "$out"
out=$(cd "$out" && pwd)

# headings and texts: Dutch, or English
declare -A T
if [ "$lang" = en ]; then
	T=([title]='Management report product codes' [period]='Period' [scope]='Municipality'
	   [all]='all municipalities you may see' [made]='Made on'
	   [c_spend]='Spend per segment per month (thousands of euros)'
	   [c_spend_y]='k€' [c_exh]="Allocations by share used on $as_of"
	   [c_exh_x]='% used' [c_exh_y]='allocations'
	   [c_reasons]='Most frequent reasons for rejection (rows)' [c_reasons_y]='rows'
	   [c_rate]='Rows rejected per declaration month (%)' [c_rate_y]='%' [nodata]='no data in this period'
	   [nosegment]='(no segment: code not in a catalogue in use)'
	   [f_spend]='Accepted debits minus credits, by the month the care was given; rejected rows do not count.'
	   [f_exh]='Allocations in force in the period, by the share of their volume or budget used (accepted debits that no credit cancels).'
	   [f_reasons]='Rule and return code; a row rejected for two rules counts for both.'
	   [t_summary]='In short' [t_segments]='Spend per segment' [t_products]='Products with the highest spend'
	   [t_providers]='Providers with the highest spend' [t_exh]="Allocations at or above $threshold% on $as_of"
	   [t_unused]="Allocations without declarations in the last $unused_months months (up to $as_of)"
	   [t_reasons]='Reasons for rejection' [t_rejecting]='Providers with the most rejected rows'
	   [note]='Amounts in euros. Spend counts accepted rows only, debits minus credits. Source: the reporting views of productcodes (docs/reporting.md).')
	H=(h_rows=rows h_rejected_rows='rejected rows' h_rejection_pct='% rejected' h_spend='spend (€)'
	   h_allocations='allocations running' h_above="≥ $threshold% used" h_unused='unused'
	   h_domain=domain h_segment=segment h_amount='amount (€)' h_credits='credits (€)' h_providers=providers
	   h_code=code h_product=product h_category=category h_provider='provider (AGB)' h_products=products
	   h_gemeente=municipality h_allocation=allocation h_basis=basis h_allocated=allocated h_used=used
	   h_used_pct='% used' h_end='end' h_start='start' h_rate='per month (last 3)'
	   h_projected='runs out on' h_last_declared='last declared' h_rule=rule h_return_code='return code'
	   h_reason=reason h_share='% of rejected')
else
	T=([title]='Managementrapportage productcodes' [period]='Periode' [scope]='Gemeente'
	   [all]='alle gemeenten die u mag zien' [made]='Gemaakt op'
	   [c_spend]='Uitgaven per segment per maand (duizenden euro)'
	   [c_spend_y]='k€' [c_exh]="Toewijzingen naar deel verbruikt op $as_of"
	   [c_exh_x]='% verbruikt' [c_exh_y]='toewijzingen'
	   [c_reasons]='Meest voorkomende redenen van afkeuring (prestaties)' [c_reasons_y]='prestaties'
	   [c_rate]='Afgekeurde prestaties per declaratiemaand (%)' [c_rate_y]='%' [nodata]='geen gegevens in deze periode'
	   [nosegment]='(geen segment: code niet in een gebruikte catalogus)'
	   [f_spend]='Goedgekeurde debet- min creditbedragen, naar de maand waarin de zorg is geleverd; afgekeurde prestaties tellen niet mee.'
	   [f_exh]='Toewijzingen die in de periode liepen, naar het deel van hun volume of budget dat verbruikt is (goedgekeurde debetregels die geen credit opheft).'
	   [f_reasons]='Regel en retourcode; een prestatie die om twee regels is afgekeurd telt bij beide mee.'
	   [t_summary]='In het kort' [t_segments]='Uitgaven per segment' [t_products]='Producten met de hoogste uitgaven'
	   [t_providers]='Aanbieders met de hoogste uitgaven' [t_exh]="Toewijzingen op of boven $threshold% op $as_of"
	   [t_unused]="Toewijzingen zonder declaratie in de laatste $unused_months maanden (tot en met $as_of)"
	   [t_reasons]='Redenen van afkeuring' [t_rejecting]='Aanbieders met de meeste afgekeurde prestaties'
	   [note]='Bedragen in euro. Uitgaven tellen alleen goedgekeurde prestaties, debet min credit. Bron: de rapportageviews van productcodes (docs/reporting.md).')
	H=(h_rows=prestaties h_rejected_rows=afgekeurd h_rejection_pct='% afgekeurd' h_spend='uitgaven (€)'
	   h_allocations='lopende toewijzingen' h_above="≥ $threshold% verbruikt" h_unused='onbenut'
	   h_domain=domein h_segment=segment h_amount='bedrag (€)' h_credits='credit (€)' h_providers=aanbieders
	   h_code=productcode h_product=product h_category=categorie h_provider='aanbieder (AGB)' h_products=producten
	   h_gemeente=gemeente h_allocation=toewijzing h_basis=basis h_allocated=toegewezen h_used=verbruikt
	   h_used_pct='% verbruikt' h_end=einde h_start=begin h_rate='per maand (laatste 3)'
	   h_projected='op op' h_last_declared='laatst gedeclareerd' h_rule=regel h_return_code=retourcode
	   h_reason=reden h_share='% van afgekeurd')
fi
vars=()
for kv in "${H[@]}"; do vars+=(-v "$kv"); done

# the data, in the output directory
(cd "$out" && psql -X -q -v ON_ERROR_STOP=1 "${vars[@]}" -v lang="$lang" -v from_month="$from_month" \
	-v to_month="$to_month" -v as_of="$as_of" -v gemeente="$gemeente" -v threshold="$threshold" \
	-v unused_months="$unused_months" -v nosegment="${T[nosegment]}" -f "$here/report/report.sql" "$@")

# the charts
chart() {	# chart SCRIPT DATA PNG TITLE YLABEL [XLABEL]
	local empty=0
	[ "$(wc -l < "$out/$2")" -gt 1 ] || empty=1
	gnuplot -e "dir='$here/report/'; infile='$out/$2'; outfile='$out/$3'; ttl='$4'; ylab='$5'; xlab='${6:-}'; empty=$empty; nodata='${T[nodata]}'" \
		"$here/report/$1"
}
chart spend.gp spend_per_segment.tsv spend_per_segment.png "${T[c_spend]}" "${T[c_spend_y]}"
chart exhaustion.gp exhaustion.tsv exhaustion.png "${T[c_exh]}" "${T[c_exh_y]}" "${T[c_exh_x]}"
chart reasons.gp rejection_reasons.tsv rejection_reasons.png "${T[c_reasons]}" "${T[c_reasons_y]}"
chart rate.gp rejection_rate.tsv rejection_rate.png "${T[c_rate]}" "${T[c_rate_y]}"

# the page
scope=${gemeente:-${T[all]}}
{
	cat <<HTML
<!DOCTYPE html>
<html lang="$lang">
<head>
<meta charset="utf-8">
<title>${T[title]} $from – $to</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
p.meta { color: #555; margin-top: 0; }
figure { margin: 1.5em 0; }
figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { color: #555; font-size: 0.85em; }
table.data { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }
table.data th, table.data td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
table.data th { background: #f0f3f6; text-align: left; }
table.data td[align=right] { font-variant-numeric: tabular-nums; }
p.note { color: #666; font-size: 0.85em; margin-top: 2em; }
</style>
</head>
<body>
<h1>${T[title]}</h1>
<p class="meta">${T[period]}: $from – $to · ${T[scope]}: $scope · ${T[made]} $(date +%Y-%m-%d)</p>
<h2>${T[t_summary]}</h2>
HTML
	cat "$out/_summary.html"
	echo "<figure id=\"chart-spend\"><img src=\"spend_per_segment.png\" alt=\"${T[c_spend]}\"><figcaption>${T[f_spend]}</figcaption></figure>"
	echo "<h2>${T[t_segments]}</h2>"; cat "$out/_spend_segments.html"
	echo "<h2>${T[t_products]}</h2>"; cat "$out/_spend_products.html"
	echo "<h2>${T[t_providers]}</h2>"; cat "$out/_spend_providers.html"
	echo "<figure id=\"chart-exhaustion\"><img src=\"exhaustion.png\" alt=\"${T[c_exh]}\"><figcaption>${T[f_exh]}</figcaption></figure>"
	echo "<h2>${T[t_exh]}</h2>"; cat "$out/_exhaustion.html"
	echo "<h2>${T[t_unused]}</h2>"; cat "$out/_unused.html"
	echo "<figure id=\"chart-reasons\"><img src=\"rejection_reasons.png\" alt=\"${T[c_reasons]}\"><figcaption>${T[f_reasons]}</figcaption></figure>"
	echo "<figure id=\"chart-rate\"><img src=\"rejection_rate.png\" alt=\"${T[c_rate]}\"></figure>"
	echo "<h2>${T[t_reasons]}</h2>"; cat "$out/_reasons.html"
	echo "<h2>${T[t_rejecting]}</h2>"; cat "$out/_rejecting_providers.html"
	echo "<p class=\"note\">${T[note]}</p>"
	echo "</body>"
	echo "</html>"
} > "$out/index.html"
rm -f "$out"/_*.html
echo "$out/index.html"
