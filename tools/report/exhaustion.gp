# Exhaustion: how many allocations used what share of their volume or budget.
load dir.'common.gp'
set key off
set boxwidth 0.7
set xlabel xlab
set xtics noenhanced
plot infile using 0:2:xtic(1) with boxes lc rgb '#2f6f9f', \
     '' using 0:2:2 with labels offset 0,0.7 notitle
