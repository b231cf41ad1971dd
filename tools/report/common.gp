# tools/report/common.gp: the look shared by the report's charts (loaded by
# each chart script).  Variables from tools/report.sh: infile, outfile,
# ttl (title), ylab (y-axis label).
set encoding utf8
set terminal pngcairo size 1000,480 enhanced font 'DejaVu Sans,10' background '#ffffff'
set output outfile
set datafile separator "\t"
set title ttl font 'DejaVu Sans,13'
set ylabel ylab
set grid ytics lc rgb '#dddddd'
set border 3
set tics nomirror
set yrange [0:*]
set style fill solid 0.9 border -1
set offsets 0.6, 0.6, 0, 0
# twelve distinct colours (the segments of a region's catalogues)
array colours[12] = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', \
                     '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#e7ba52']
do for [i=1:12] { set linetype i lc rgb colours[i] }
# a chart without data says so instead of failing
if (exists("empty") && empty) {
	unset border; unset tics; unset grid; unset ylabel; unset xlabel; unset key
	set xrange [0:1]; set yrange [0:1]
	set label 1 nodata at graph 0.5,0.5 center font 'DejaVu Sans,14'
	plot -1 notitle
	exit
}
