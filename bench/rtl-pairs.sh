#!/bin/bash
# bench/rtl-pairs.sh INPUT [PAIRS] -- is a slow RTL phase the host's or
# the process's?  Compiles INPUT (a preprocessed .i or .ii) at $OPT
# (default -O2) with
# the patched GCC and the plugin, alternating t1 (two-phase engine, one
# thread) and t2 (two threads), t1 first in odd pairs, PAIRS pairs
# (default 6), GAP seconds apart (default 10; 0 runs them back to back
# as make bench does), with bench/host-probe.c timing fixed work
# every second beside them.  Prints per compile its wall and user time,
# the stats line's gimple_wall_s and rtl_wall_s, and the probe's median
# ALU and pointer-chase times during its RTL phase (the last rtl_wall_s
# seconds of the compile) and during the rest of it; then the probe's
# medians while no compile ran, and per configuration the medians of
# the phases.  An RTL phase that is slow while the probe is not points
# at the process.  Every output is compared with the compile without
# the plugin.  A measurement, not a test: run it alone on the machine
# (about 3 minutes a pair for gimple-match.ii).
#
# CONFIGS (default "t1 t2") names the configurations to rotate through,
# each round (PAIRS counts rounds) starting one further along the list:
#   t1pin, t2pin   t1, t2 with the whole compile pinned to CPU 0
#                  (taskset): t2pin lays out the heap as two threads
#                  do, but every page is touched from one CPU
#   t1big, t2big   t1, t2 with --param ggc-min-expand=1000: the heap
#                  may grow tenfold before a collection, so few run
#   t1arena, t2arena  t1, t2 with MALLOC_ARENA_MAX=1: the worker's malloc
#                  memory comes from the main thread's arena
#   t1gcc, t2gcc   t1, t2 with --param ggc-min-expand=100, GCC's own
#                  value here: given by the user, the engine does not
#                  halve it for the RTL phase (docs/DESIGN.md, "Memory")
#   t2exp          t2 with -fplugin-arg-pargimple-schedule=expansion:
#                  the threads take ready functions in expansion order,
#                  as t1 does, not the one heading the longest chain
#   t1small, t2small t1, t2 with -fplugin-arg-pargimple-no-huge-pages:
#                  the collector's heap in small pages and GCC's own
#                  release of free pages (no patch 0120 behaviour)
#   t1trim, t2trim t1, t2 with malloc's heap never trimmed and blocks
#                  below 32 MB never mapped on their own
#                  (MALLOC_TRIM_THRESHOLD_, MALLOC_MMAP_THRESHOLD_): freed
#                  memory stays mapped and is not faulted in again
# Each compile's line also has its peak RSS, its RTL collections and its
# minor page faults (the whole compile's, and the RTL phase's).
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
IN=${1:?usage: bench/rtl-pairs.sh INPUT [PAIRS]}
PAIRS=${2:-6}
GAP=${GAP:-10}
CONFIGS=${CONFIGS:-t1 t2}
OPT=${OPT:--O2}
PATCHED=$(flavour_prefix patched)
case $IN in *.ii) DRV=$PATCHED/bin/g++ ;; *) DRV=$PATCHED/bin/gcc ;; esac
[ -x "$DRV" ] || die "no patched GCC: run 'make' first"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (package time)"
read -r -a CFGS <<< "$CONFIGS"
for c in "${CFGS[@]}"; do
  case $c in
    t1|t2|t1pin|t2pin|t1big|t2big|t1arena|t2arena|t1gcc|t2gcc|t1trim|t2trim|t2exp|t1small|t2small) ;;
    *) die "unknown configuration '$c' in CONFIGS (t1 t2 t1pin t2pin t1big t2big t1arena t2arena t1gcc t2gcc t1trim t2trim t2exp t1small t2small)" ;;
  esac
done
case " ${CFGS[*]} " in
  *pin\ *) command -v taskset >/dev/null || die "taskset not found (util-linux)" ;;
esac
WORK=$(mktemp -d)
PROBE=
trap '[ -n "$PROBE" ] && kill "$PROBE" 2>/dev/null; rm -rf "$WORK"' EXIT
cc -O2 "$(dirname "$0")/host-probe.c" -o "$WORK/host-probe" \
  || die "cannot build bench/host-probe.c"
"$DRV" "$OPT" -w -S "$IN" -o "$WORK/ref.s"
"$WORK/host-probe" > "$WORK/probe" & PROBE=$!
sleep 10

uptime_s () { cut -d' ' -f1 /proc/uptime; }
# one CFG: compile, append "CFG START END WALL USER RSS_KB GIMPLE RTL
# COLLECTIONS MINFLT RTL_MINFLT" to runs.
one () {
  local cfg=$1 plug s e pre=() extra=()
  case $cfg in
    t1*) plug=-fplugin-arg-pargimple-two-phase ;;
    t2*) plug=-fplugin-arg-pargimple-num-threads=2 ;;
  esac
  case $cfg in
    *pin) pre=(taskset -c 0) ;;
    *big) extra=(--param ggc-min-expand=1000) ;;
    *arena) pre=(env MALLOC_ARENA_MAX=1) ;;
    *gcc) extra=(--param ggc-min-expand=100) ;;
    *exp) extra=(-fplugin-arg-pargimple-schedule=expansion) ;;
    *small) extra=(-fplugin-arg-pargimple-no-huge-pages) ;;
    *trim) pre=(env MALLOC_TRIM_THRESHOLD_=$((1 << 40))
		MALLOC_MMAP_THRESHOLD_=$((32 << 20))) ;;
  esac
  s=$(uptime_s)
  /usr/bin/time -f "%e %U %M %R" -o "$WORK/time" "${pre[@]}" "$DRV" "$OPT" -w -S "$IN" \
    -o "$WORK/$cfg.s" -fplugin=pargimple -fplugin-arg-pargimple-stats \
    "$plug" "${extra[@]}" 2> "$WORK/$cfg.err"
  e=$(uptime_s)
  cmp -s "$WORK/$cfg.s" "$WORK/ref.s" || die "$cfg: output differs from GCC's"
  read -r wall user rss flt < "$WORK/time"
  echo "$cfg $s $e $wall $user $rss" \
    "$(sed -n 's/.* gimple_wall_s=\([0-9.]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$(sed -n 's/.* rtl_wall_s=\([0-9.]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$(sed -n 's/.* rtl_collections=\([0-9]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$flt" "$(sed -n 's/.* rtl_minflt=\([0-9]*\).*/\1/p' "$WORK/$cfg.err")" \
    >> "$WORK/runs"
  sleep "$GAP"
}
n=${#CFGS[@]}
for p in $(seq "$PAIRS"); do
  for i in $(seq 0 $((n - 1))); do one "${CFGS[$(( (p - 1 + i) % n ))]}"; done
done
python3 - "$WORK/runs" "$WORK/probe" "${CFGS[@]}" <<'PY'
import sys, statistics as st
runs = [l.split() for l in open(sys.argv[1])]
probe = [tuple(map(float, l.split())) for l in open(sys.argv[2])
         if len(l.split()) == 3]
def med(a, b):
    w = [p for p in probe if a <= p[0] <= b]
    if not w:
        return '      -      -'
    return '%7.1f %6.1f' % (st.median(p[1] for p in w), st.median(p[2] for p in w))
print('cfg       wall   user rss_mb gimple    rtl coll  minflt rtl_flt | probe in RTL: alu  chase | rest: alu  chase')
for cfg, s, e, wall, user, rss, g, r, c, flt, rflt in runs:
    s, e, r = float(s), float(e), float(r)
    print('%-7s %6.1f %6.1f %6d %6.1f %6.1f %4s %7s %7s | %24s | %17s'
          % (cfg, float(wall), float(user), int(rss) // 1024, float(g), r, c,
             flt, rflt,
             med(e - r, e), med(s, e - r)))
idle = [p for p in probe
        if not any(float(x[1]) - 1 <= p[0] <= float(x[2]) + 1 for x in runs)]
if idle:
    print('probe while no compile ran (ms): alu %.1f, chase %.1f (%d readings)'
          % (st.median(p[1] for p in idle), st.median(p[2] for p in idle), len(idle)))
for cfg in sys.argv[3:]:
    rs = [x for x in runs if x[0] == cfg]
    print('%s medians: wall %.1f s, peak RSS %d MB, gimple_wall_s %.1f, rtl_wall_s %.1f'
          % (cfg, st.median(float(x[3]) for x in rs),
             st.median(int(x[5]) for x in rs) // 1024,
             st.median(float(x[6]) for x in rs), st.median(float(x[7]) for x in rs)))
PY
