# Share of rows rejected per declaration month.
load dir.'common.gp'
set key off
set xtics rotate by -45 noenhanced
set style data linespoints
plot infile using 0:4:xtic(1) lw 2 pt 7 lc rgb '#b0413e', \
     '' using 0:4:4 with labels offset 0,1 notitle
