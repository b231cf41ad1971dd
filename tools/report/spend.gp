# Spend per segment per month: stacked bars, one colour per segment.
load dir.'common.gp'
set key outside below center horizontal Left reverse noenhanced maxcols 3 width 2
set terminal pngcairo size 1000,600 enhanced font "DejaVu Sans,10" background "#ffffff"
set output outfile
set offsets 0, 0, 0, 0
set style data histograms
set style histogram rowstacked
set boxwidth 0.75
set xtics rotate by -45 noenhanced
ncol = system("head -1 '".infile."' | awk -F'\t' '{print NF}'") + 0
plot for [i=2:ncol] infile using i:xtic(1) title columnhead(i)
