# The most frequent reasons for rejection: bars per rule (return code).
load dir.'common.gp'
set key off
set boxwidth 0.7
set xtics rotate by -30 noenhanced
plot infile using 0:2:xtic(1) with boxes lc rgb '#b0413e', \
     '' using 0:2:2 with labels offset 0,0.7 notitle
