#!/bin/bash
# bench/burst-probe.sh [ROUNDS] -- is one thread slower after a burst on
# two threads, on this host, without a compiler?  Runs bench/burst-probe.c
# ROUNDS times (default 6) in each of three configurations, rotating
# their order every round, back to back as make bench runs compiles:
#   1   the burst on the main thread alone
#   2   the same work split over two threads
#   1i  as 1, after creating and joining an idle thread (the process has
#       had a thread; no second CPU ran)
# then prints each configuration's medians and, paired by round, each
# probe's time after 2 and after 1i against after 1.  BURST (default
# 6000 units, about 10 s on one thread here) and PROBE (default 60)
# size the work.  A measurement, not a test: run it alone on the machine.
set -euo pipefail
ROUNDS=${1:-6}
BURST=${BURST:-6000}
PROBE=${PROBE:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cc -O2 -pthread "$(dirname "$0")/burst-probe.c" -o "$dir/burst-probe"
configs=(1 2 1i)
for r in $(seq 1 "$ROUNDS"); do
  for k in 0 1 2; do
    c=${configs[$(( (r + k) % 3 ))]}
    case $c in
      1)  line=$("$dir/burst-probe" 1 "$BURST" "$PROBE") ;;
      2)  line=$("$dir/burst-probe" 2 "$BURST" "$PROBE") ;;
      1i) line=$("$dir/burst-probe" 1 "$BURST" "$PROBE" 1) ;;
    esac
    echo "round $r config $c $line" | tee -a "$dir/lines"
  done
done
python3 - "$dir/lines" <<'EOF'
import sys, statistics as st
runs = {}
for line in open(sys.argv[1]):
    w = line.split()
    rnd, cfg = int(w[1]), w[3]
    kv = dict(zip(w[4::2], w[5::2]))
    runs.setdefault(cfg, {})[rnd] = {k: float(v) for k, v in kv.items()}
keys = ["burst_wall", "faults_wall", "malloc_wall", "alu_wall"]
print("medians (s):")
for cfg in ("1", "2", "1i"):
    print("  %-3s" % cfg, "  ".join("%s %.3f" % (k, st.median(r[k] for r in runs[cfg].values()))
                               for k in keys))
for cfg in ("2", "1i"):
    print("after %s against after 1, paired by round (median ratio; rounds slower):" % cfg)
    for k in keys[1:]:
        ratios = [runs[cfg][r][k] / runs["1"][r][k] for r in runs["1"] if r in runs[cfg]]
        print("  %-12s %.3fx  %d of %d" % (k, st.median(ratios),
                                           sum(x > 1 for x in ratios), len(ratios)))
EOF
