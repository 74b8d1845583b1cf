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
# minor page faults (the whole compile's, and the RTL phase's); then its
# system CPU time (the whole compile's, and the RTL phase's), the
# kernel's counts (/proc/vmstat) over the compile of huge pages faulted
# in (thp_fault_alloc), of huge pages khugepaged made from small ones
# (thp_collapse_alloc), of huge page mappings split (thp_split_pmd) and
# of direct compactions (compact_stall), and the median of the
# compiler's memory in huge pages (AnonHugePages of
# /proc/PID/smaps_rollup, read every 5 s) during its RTL phase.  The
# kernel's counts are the machine's: run nothing else beside.
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
PROBE= THP=
trap '[ -n "$PROBE" ] && kill "$PROBE" 2>/dev/null
      [ -n "$THP" ] && kill "$THP" 2>/dev/null; rm -rf "$WORK"' EXIT
cc -O2 "$(dirname "$0")/host-probe.c" -o "$WORK/host-probe" \
  || die "cannot build bench/host-probe.c"
"$DRV" "$OPT" -w -S "$IN" -o "$WORK/ref.s"
"$WORK/host-probe" > "$WORK/probe" & PROBE=$!
uptime_s () { cut -d' ' -f1 /proc/uptime; }
# "T HUGE_KB RSS_KB" of the newest compiler proper, every 5 s.
( while :; do
    pid=$(pgrep -n -x cc1plus || pgrep -n -x cc1 || true)
    [ -n "$pid" ] && awk -v t="$(uptime_s)" \
      '/^Rss:/ { r = $2 } /^AnonHugePages:/ { h = $2 }
       END { if (r != "") print t, h + 0, r }' \
      "/proc/$pid/smaps_rollup" 2>/dev/null
    sleep 5
  done > "$WORK/thp" ) & THP=$!
sleep 10

# The kernel's counters of huge pages and compaction, in the order the
# header above names them.
thp_counts () {
  awk '{ v[$1] = $2 } END { print v["thp_fault_alloc"] + 0,
       v["thp_collapse_alloc"] + 0, v["thp_split_pmd"] + 0,
       v["compact_stall"] + 0 }' /proc/vmstat
}
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
  local k0 k1
  k0=$(thp_counts)
  s=$(uptime_s)
  /usr/bin/time -f "%e %U %M %R %S" -o "$WORK/time" "${pre[@]}" "$DRV" "$OPT" -w -S "$IN" \
    -o "$WORK/$cfg.s" -fplugin=pargimple -fplugin-arg-pargimple-stats \
    "$plug" "${extra[@]}" 2> "$WORK/$cfg.err"
  e=$(uptime_s)
  k1=$(thp_counts)
  cmp -s "$WORK/$cfg.s" "$WORK/ref.s" || die "$cfg: output differs from GCC's"
  read -r wall user rss flt sys < "$WORK/time"
  echo "$cfg $s $e $wall $user $rss" \
    "$(sed -n 's/.* gimple_wall_s=\([0-9.]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$(sed -n 's/.* rtl_wall_s=\([0-9.]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$(sed -n 's/.* rtl_collections=\([0-9]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$flt" "$(sed -n 's/.* rtl_minflt=\([0-9]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$sys" "$(sed -n 's/.* rtl_sys_s=\([0-9.]*\).*/\1/p' "$WORK/$cfg.err")" \
    "$(awk -v a="$k1" -v b="$k0" 'BEGIN { n = split(a, x); split(b, y)
       for (i = 1; i <= n; i++) printf "%s%d", (i > 1 ? " " : ""), x[i] - y[i] }')" \
    >> "$WORK/runs"
  sleep "$GAP"
}
n=${#CFGS[@]}
for p in $(seq "$PAIRS"); do
  for i in $(seq 0 $((n - 1))); do one "${CFGS[$(( (p - 1 + i) % n ))]}"; done
done
python3 - "$WORK/runs" "$WORK/probe" "$WORK/thp" "${CFGS[@]}" <<'PY'
import sys, statistics as st
runs = [l.split() for l in open(sys.argv[1])]
probe = [tuple(map(float, l.split())) for l in open(sys.argv[2])
         if len(l.split()) == 3]
thp = [tuple(map(float, l.split())) for l in open(sys.argv[3])
       if len(l.split()) == 3]
def huge(a, b):
    w = [h for t, h, r in thp if a <= t <= b]
    return '%5d' % (st.median(w) // 1024) if w else '    -'
def med(a, b):
    w = [p for p in probe if a <= p[0] <= b]
    if not w:
        return '      -      -'
    return '%7.1f %6.1f' % (st.median(p[1] for p in w), st.median(p[2] for p in w))
print('cfg       wall   user rss_mb gimple    rtl coll  minflt rtl_flt | probe in RTL: alu  chase | rest: alu  chase')
for cfg, s, e, wall, user, rss, g, r, c, flt, rflt, *_ in runs:
    s, e, r = float(s), float(e), float(r)
    print('%-7s %6.1f %6.1f %6d %6.1f %6.1f %4s %7s %7s | %24s | %17s'
          % (cfg, float(wall), float(user), int(rss) // 1024, float(g), r, c,
             flt, rflt,
             med(e - r, e), med(s, e - r)))
print('cfg        sys rtl_sys thp_fault collapse split_pmd compact_stall huge_mb_in_rtl')
for cfg, s, e, *x in runs:
    sys_s, rsys, fault, coll, split, stall = x[8:14]
    print('%-7s %6.1f %7.1f %9s %8s %9s %13s %14s'
          % (cfg, float(sys_s), float(rsys or 0), fault, coll, split, stall,
             huge(float(e) - float(x[4]), float(e))))
idle = [p for p in probe
        if not any(float(x[1]) - 1 <= p[0] <= float(x[2]) + 1 for x in runs)]
if idle:
    print('probe while no compile ran (ms): alu %.1f, chase %.1f (%d readings)'
          % (st.median(p[1] for p in idle), st.median(p[2] for p in idle), len(idle)))
for cfg in sys.argv[4:]:
    rs = [x for x in runs if x[0] == cfg]
    print('%s medians: wall %.1f s, peak RSS %d MB, gimple_wall_s %.1f, rtl_wall_s %.1f'
          % (cfg, st.median(float(x[3]) for x in rs),
             st.median(int(x[5]) for x in rs) // 1024,
             st.median(float(x[6]) for x in rs), st.median(float(x[7]) for x in rs)))
PY
