#!/bin/bash
# test/report_render.sh: the management report, checked as a person would
# look at it.  Generates a small region (tools/generate.py), loads it,
# writes the report with tools/report.sh, opens the page in headless
# Chromium and checks that every chart is there: each image loaded and is
# drawn on the page at its size, the chart files and a screenshot of the
# page are not blank (tools/report/pngstat.py counts colours and non-white
# pixels), the figures in the page equal the same figures queried straight
# from the tables, and the language option gives English headings and
# rule texts.  Run against a server with the extension installed:
#   pg_virtualenv -t -v 15 bash test/report_render.sh
# Prints "ok - ..." / "not ok - ..." and "report_render: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
. test/checks.sh

db=report_render
browser=$(command -v chromium || command -v chromium-browser || true)
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1
sql "$db" 'CREATE EXTENSION productcodes CASCADE' > /dev/null 2>&1
sql "$db" 'SELECT productcodes.install()' > /dev/null 2>&1
python3 tools/generate.py --seed 11 --scale 0.1 --out "$work/gen" > /dev/null
bash tools/load-generated.sh "$work/gen" -d "$db" > "$work/load.log" 2>&1
check "generated region loaded" 0 $?

# --- the Dutch report (the default language) -------------------------
out=$work/report
printed=$(bash tools/report.sh 2025-01 2025-12 "$out" -d "$db" 2> "$work/report.err")
check "report.sh succeeds and prints the page's path" "$out/index.html" "$printed"
[ -s "$work/report.err" ] && sed 's/^/# /' "$work/report.err"
charts="spend_per_segment exhaustion rejection_reasons rejection_rate"
for c in $charts; do
	check "chart $c.png written" yes "$([ -s "$out/$c.png" ] && echo yes || echo no)"
	check "index.html shows $c.png" 1 "$(grep -c "<img src=\"$c.png\"" "$out/index.html")"
done

# every chart file is drawn: 1000 pixels wide, many colours, not blank
while read -r file width height colours share; do
	name=$(basename "$file")
	check "$name is 1000 pixels wide" 1000 "$width"
	check "$name has more than 20 colours" yes "$([ "$colours" -gt 20 ] && echo yes || echo "no ($colours)")"
	check "$name is not blank (>1% non-white pixels)" yes \
		"$(awk -v s="$share" 'BEGIN { print (s > 0.01) ? "yes" : "no (" s ")" }')"
done < <(python3 tools/report/pngstat.py $(for c in $charts; do echo "$out/$c.png"; done))

# the page in a browser: every image loaded, with its natural size, and
# laid out on the page (not hidden, not zero-sized)
if [ -z "$browser" ]; then
	check "chromium is installed (Debian package chromium)" yes no
else
	sed 's|</body>|<script>window.addEventListener("load", function () { var p = document.createElement("pre"); p.id = "imgcheck"; p.textContent = "\\n" + Array.from(document.images).map(function (i) { var r = i.getBoundingClientRect(); return "IMG " + i.getAttribute("src") + " " + (i.complete ? "loaded" : "pending") + " " + i.naturalWidth + "x" + i.naturalHeight + " shown " + Math.round(r.width) + "x" + Math.round(r.height); }).join("\\n"); document.body.appendChild(p); });</script></body>|' \
		"$out/index.html" > "$out/render-check.html"
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--virtual-time-budget=10000 --dump-dom "file://$out/render-check.html" > "$work/dom.html" 2> "$work/chromium.err"
	check "chromium renders the page" 0 $?
	rm -f "$out/render-check.html"
	sed 's/<[^>]*>/\n/g' "$work/dom.html" > "$work/dom.txt"
	check "the rendered page has 4 images" 4 "$(grep -c '^IMG ' "$work/dom.txt")"
	for c in $charts; do
		line=$(grep "^IMG $c.png " "$work/dom.txt")
		check "$c.png loaded in the browser" loaded "$(awk '{print $3}' <<< "$line")"
		size=$(awk '{print $4}' <<< "$line")
		check "$c.png has a natural size" yes "$([[ $size =~ ^[1-9][0-9]*x[1-9][0-9]*$ ]] && echo yes || echo "no ($size)")"
		shown=$(awk '{print $6}' <<< "$line")
		check "$c.png is shown on the page" yes "$([[ $shown =~ ^[1-9][0-9]{2,}x[1-9][0-9]{2,}$ ]] && echo yes || echo "no ($shown)")"
	done
	check "the rendered page has its tables" yes \
		"$([ "$(grep -c '<table' "$work/dom.html")" -ge 8 ] && echo yes || echo no)"

	# a screenshot, as a person would see it: not blank, in colour
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--window-size=1200,4200 --screenshot="$work/page.png" "file://$out/index.html" > /dev/null 2>&1
	check "chromium takes a screenshot" yes "$([ -s "$work/page.png" ] && echo yes || echo no)"
	read -r _ width height colours share < <(python3 tools/report/pngstat.py "$work/page.png")
	check "the screenshot has the charts' colours (>100 colours)" yes "$([ "${colours:-0}" -gt 100 ] && echo yes || echo "no ($colours)")"
	check "the screenshot is not blank (>3% non-white)" yes \
		"$(awk -v s="${share:-0}" 'BEGIN { print (s > 0.03) ? "yes" : "no (" s ")" }')"
fi

# the figures in the page are the database's: rows, rejected rows and
# accepted spend of 2025, counted straight from the tables
expected=$(sql "$db" "SELECT count(*) || ' ' || count(*) FILTER (WHERE r.status = 'rejected') || ' ' ||
	translate(to_char(sum(CASE WHEN r.dc = 'C' THEN -r.amount_cents ELSE r.amount_cents END) FILTER (WHERE r.status = 'accepted') / 100.0, 'FM999,999,999,990.00'), ',.', '.,')
	FROM productcodes.declaration_rows r JOIN productcodes.declarations d USING (declaration_id)
	WHERE d.declaration_month BETWEEN '2025-01-01' AND '2025-12-01'")
summary=$(sed -n '/<h2>In het kort/,/<\/table>/p' "$out/index.html" | grep -o '<td[^>]*>[^<]*</td>' | sed 's/<[^>]*>//g' | head -4 | tr '\n' ' ')
read -r rows rejected pct spend <<< "$summary"
check "page: rows and rejected rows of 2025" "$(cut -d' ' -f1,2 <<< "$expected")" "$rows $rejected"
check "page: accepted spend of 2025, written the Dutch way (all of it declared in 2025)" "$(cut -d' ' -f3 <<< "$expected")" "$spend"
# the chart's cells are thousands of euros rounded to one decimal: their
# sum may differ from the exact total by at most 0.05 a cell
exact=$(sql "$db" "SELECT sum(CASE WHEN dc = 'C' THEN -amount_cents ELSE amount_cents END) / 100000.0 FROM productcodes.declaration_rows WHERE status = 'accepted'")
check "page: the chart data add up to the spend (within the chart's rounding)" yes \
	"$(awk -F'\t' -v exact="$exact" 'NR > 1 { for (i = 2; i <= NF; i++) { s += $i; n++ } }
		END { d = s - exact; if (d < 0) d = -d; print (n > 0 && d <= n * 0.05 + 1e-9) ? "yes" : "no (" s " against " exact ")" }' "$out/spend_per_segment.tsv")"
check "page is in Dutch by default" 1 "$(grep -c '<html lang="nl">' "$out/index.html")"
top=$(sql "$db" "SELECT text_nl FROM productcodes.rules WHERE rule_id = (SELECT rule_id FROM productcodes.top_rejection_reasons('2025-01-01', '2025-12-01', 1))")
check "the top reason is shown with its Dutch text" yes "$(grep -qF "$top" "$out/index.html" && echo yes || echo no)"

# --- English, one municipality ---------------------------------------
gem=$(sql "$db" "SELECT gemeentecode FROM productcodes.declarations GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
bash tools/report.sh --language en --gemeente "$gem" 2025-01 2025-06 "$work/report_en" -d "$db" > /dev/null 2> "$work/report_en.err"
check "English report for $gem written" yes "$([ -s "$work/report_en/index.html" ] && echo yes || echo no)"
check "English headings" 1 "$(grep -c '<h1>Management report product codes</h1>' "$work/report_en/index.html")"
top=$(sql "$db" "SELECT text_en FROM productcodes.rules WHERE rule_id = (SELECT rule_id FROM productcodes.top_rejection_reasons('2025-01-01', '2025-06-01', 1, '$gem'))")
check "the top reason is shown with its English text" yes "$(grep -qF "$top" "$work/report_en/index.html" && echo yes || echo no)"
check "one municipality only" "$(sql "$db" "SELECT count(*) FROM productcodes.declaration_rows r JOIN productcodes.declarations d USING (declaration_id) WHERE d.gemeentecode = '$gem' AND d.declaration_month BETWEEN '2025-01-01' AND '2025-06-01'")" \
	"$(sed -n '/<h2>In short/,/<\/table>/p' "$work/report_en/index.html" | grep -o '<td[^>]*>[^<]*</td>' | sed 's/<[^>]*>//g' | head -1)"

# --- refused input ---------------------------------------------------
bash tools/report.sh 2025-13 2025-12 "$work/bad" -d "$db" > /dev/null 2>&1
check "a month that does not exist is refused" 2 $?
bash tools/report.sh --language fr 2025-01 2025-12 "$work/bad" -d "$db" > /dev/null 2>&1
check "an unknown language is refused" 2 $?

psql -X -q -d postgres -c "DROP DATABASE $db"
summary report_render
