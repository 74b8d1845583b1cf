#!/bin/bash
# bench/pinned.sh INPUT [ROUNDS] -- where does the extra CPU of two threads
# come from?  Compiles INPUT (a preprocessed .i or .ii) with the patched
# GCC and the plugin in four configurations, back to back in each round:
#   t1      two-phase engine, one thread
#   t2      two threads
#   t2pin   two threads, both pinned to CPU 0 (taskset)
#   side    two t1 compiles at once, as two processes
# and prints, per configuration, the median over ROUNDS (default 12) of
# the GIMPLE phase's CPU time (the stats line's cpu_s, summed over the
# threads) and of its ratio to t1 in the same round.  If t2 uses more
# than t1 but t2pin and side do not, the overhead is data that the two
# cores of one process share (docs/DESIGN.md, "Cache lines shared by
# the threads").  Every output is compared with the compile without the
# plugin.  A measurement, not a test: run it alone on the machine.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
IN=${1:?usage: bench/pinned.sh INPUT [ROUNDS]}
ROUNDS=${2:-12}
PATCHED=$(flavour_prefix patched)
case $IN in *.ii) DRV=$PATCHED/bin/g++ ;; *) DRV=$PATCHED/bin/gcc ;; esac
[ -x "$DRV" ] || die "no patched GCC: run 'make' first"
command -v taskset >/dev/null || die "taskset not found (util-linux)"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
"$DRV" -O2 -w -S "$IN" -o "$WORK/ref.s"

# one TAG [PREFIX...]: compile with $PLUG, print "TAG CPU".
one () {
  local tag=$1; shift
  "$@" "$DRV" -O2 -w -S "$IN" -o "$WORK/$tag.s" -fplugin=pargimple \
    -fplugin-arg-pargimple-stats $PLUG 2> "$WORK/$tag.err"
  cmp -s "$WORK/$tag.s" "$WORK/ref.s" || die "$tag: output differs from GCC's"
  sed -n 's/.* cpu_s=\([0-9.,]*\).*/\1/p' "$WORK/$tag.err" | tr , '\n' \
    | awk -v t="$tag" '{s+=$1} END {print t, s}'
}
for r in $(seq "$ROUNDS"); do
  PLUG=-fplugin-arg-pargimple-two-phase one t1
  PLUG=-fplugin-arg-pargimple-num-threads=2 one t2
  PLUG=-fplugin-arg-pargimple-num-threads=2 one t2pin taskset -c 0
  PLUG=-fplugin-arg-pargimple-two-phase one sideA & pid=$!
  PLUG=-fplugin-arg-pargimple-two-phase one sideB
  wait $pid
  echo "round $r"
done > "$WORK/raw"
python3 - "$WORK/raw" <<'PY'
import sys, statistics as st
rounds, cur = [], {}
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == 'round':
        rounds.append(cur); cur = {}
    else:
        cur[f[0]] = float(f[1])
for r in rounds:
    r['side'] = (r.pop('sideA') + r.pop('sideB')) / 2
print('config  cpu_s(median)  ratio_to_t1(median)  ratios')
for c in ('t1', 't2', 't2pin', 'side'):
    ratios = [r[c] / r['t1'] for r in rounds]
    print('%-7s %13.3f %20.3f  %s' % (c, st.median(r[c] for r in rounds),
          st.median(ratios), ' '.join('%.2f' % x for x in ratios)))
PY
