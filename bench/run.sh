#!/bin/bash
# bench/run.sh -- time the compilers on large inputs, paired in one run.
#
# Inputs (prepared once under $PARGIMPLE_CACHE/bench):
#   gimple-match  gcc/gimple-match.cc of the patched GCC build tree,
#                 preprocessed once with the build's own flags (C++)
#   duktape       duktape.c from Debian's duktape-dev, a real-world C
#                 library shipped as one 3.7 MB translation unit
# Configurations, run interleaved after a warm-up (each configuration once
# on the smallest input); each round runs them in another order (see
# round_order), so that t1 and t2 follow the same compiles as often:
#   stock         GCC 12.2.0 built from the same source and flags, no series
#   patched       the patched GCC, no plugin
#   t1            the plugin, two-phase engine, one thread
#   tN            the plugin with num-threads=N for each N of THREADS > 1
#   lto-N         what a user could do instead: GCC's partitioning of one
#                 file, -flto -c then -flto=N -flinker-output=nolto-rel -r
#                 (patched compiler, N = nproc; produces an object, not .s)
# Each run is measured by GNU time (wall, user+sys CPU, peak RSS); the
# plugin's stats line gives the GIMPLE-phase wall time.  bench/report.py
# turns the raw CSV into the table and the plot.
#
# Environment: THREADS (default "1 2 $(nproc)"), RUNS (default 3),
# BENCH_INPUTS (default "gimple-match duktape"), BENCH_OPT (default -O2),
# BENCH_WARMUP=0 to skip the warm-up (right after another bench run,
# when the compilers are in the page cache and the only input is large).
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"

NPROC=$(nproc)
THREADS=${THREADS:-"1 2 $NPROC"}
RUNS=${RUNS:-3}
BENCH_INPUTS=${BENCH_INPUTS:-"gimple-match duktape"}
BENCH_OPT=${BENCH_OPT:--O2}
BENCH_WARMUP=${BENCH_WARMUP:-1}
PATCHED=$(flavour_prefix patched)
STOCK=$(flavour_prefix stock)
BDIR=$PARGIMPLE_CACHE/bench
mkdir -p "$BDIR"
[ -x "$PATCHED/bin/gcc" ] || die "no patched GCC: run 'make' first"
[ -x "$STOCK/bin/gcc" ] || die "no stock GCC: run 'scripts/build-gcc.sh stock' (make bench does)"
THREADS=$(for t in $THREADS; do echo "$t"; done | sort -n -u | tr '\n' ' ')

# The preprocessed inputs (scripts/common.sh prepares them once).

declare -A SRC LANGDRV
for inp in $BENCH_INPUTS; do
  case $inp in
    gimple-match) prepare_gimple_match "$BDIR/gimple-match.ii"; SRC[$inp]=$BDIR/gimple-match.ii; LANGDRV[$inp]=g++ ;;
    duktape) prepare_duktape "$BDIR/duktape.i"; SRC[$inp]=$BDIR/duktape.i; LANGDRV[$inp]=gcc ;;
    *) die "unknown bench input '$inp'";;
  esac
done

CONFIGS="stock patched"
for t in $THREADS; do CONFIGS="$CONFIGS t$t"; done
CONFIGS="$CONFIGS lto-$NPROC"

WORK=$(mktemp -d "$BDIR/run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RAW=${RAW:-$BDIR/raw-$(date +%Y%m%d-%H%M%S).csv}
echo "input,config,run,wall_s,cpu_s,rss_kb,gimple_wall_s,asm_sha,lock_share,slot" > "$RAW"
STATS=${RAW%.csv}-stats.txt
: > "$STATS"

# round_order R: the configurations in round R's order.  The host (one
# PVM guest on a shared machine) may treat a compile by what ran just
# before it (session 39: first touches of memory the compile before freed
# cost the host's fault), so the order is chosen for what precedes each
# compile: the two
# compilers without the plugin swap places every round, the plugin's
# configurations follow them rotated by one place per round, and lto-N,
# which runs two processes and frees the most memory, comes last.  With
# two plugin configurations each of t1 and t2 follows a compiler without
# the plugin in half the rounds and the other plugin configuration in
# the other half (take RUNS even).  Until session 46 the whole list was
# rotated, and backwards in even rounds; a rotation keeps neighbours, so
# t2 followed lto-N in every even round and t1 never did.  Pooled over
# the rotated benches of sessions 39-45 that asymmetry does not show in
# t2's RTL phase (bench/pool-rounds.py: longer than t1's by a median
# 4.2 s where t2 ran right after t1, 4.4 s where t1 ran right after
# t2), but a fair order should not need that check.
round_order () {
  local r=$1 nopl=() plug=() other=() cfg n i
  for cfg in $CONFIGS; do
    case $cfg in
      stock|patched) nopl+=("$cfg") ;;
      t*) plug+=("$cfg") ;;
      *) other+=("$cfg") ;;
    esac
  done
  if (( r % 2 == 0 )); then
    for ((i = ${#nopl[@]} - 1; i >= 0; i--)); do printf '%s ' "${nopl[i]}"; done
  else
    printf '%s ' "${nopl[@]}"
  fi
  n=${#plug[@]}
  for ((i = 0; i < n; i++)); do printf '%s ' "${plug[(i + r - 1) % n]}"; done
  printf '%s ' "${other[@]}"
}

# failed INPUT CONFIG RUN ERR: stop the bench, keeping the failed
# compile's whole stderr (a backtrace's deeper frames; session 41 lost
# them with the run's temporary directory).
failed () {
  local keep=$BDIR/failed-$1-$2-run$3.err
  cp "$4" "$keep"
  die "$1/$2 failed (stderr kept in $keep): $(tail -5 "$4")"
}

# run_one INPUT CONFIG RUN SLOT: compile once, append a CSV row (RUN 0 =
# warm-up; SLOT = its place in the round, from 1).
run_one () {
  local inp=$1 cfg=$2 run=$3 slot=${4:-0} drv=${LANGDRV[$1]} src=${SRC[$1]}
  local out=$WORK/out.s tf=$WORK/time err=$WORK/err
  local bin=$PATCHED/bin/$drv plug=() wall cpu rss gw sha ls
  case $cfg in
    stock) bin=$STOCK/bin/$drv ;;
    patched) ;;
    t1) plug=(-fplugin=pargimple -fplugin-arg-pargimple-two-phase -fplugin-arg-pargimple-stats) ;;
    t*) plug=(-fplugin=pargimple -fplugin-arg-pargimple-num-threads=${cfg#t} -fplugin-arg-pargimple-stats) ;;
  esac
  rm -f "$out"
  if [[ $cfg == lto-* ]]; then
    local n=${cfg#lto-}
    /usr/bin/time -f "%e %U %S %M" -o "$tf" bash -c \
      "'$bin' $BENCH_OPT -w -flto -c '$src' -o '$WORK/lto.o' && \
       '$bin' $BENCH_OPT -w -flto=$n -flinker-output=nolto-rel -r -nostdlib '$WORK/lto.o' -o '$WORK/out.o'" \
      2> "$err" || failed "$inp" "$cfg" "$run" "$err"
    read -r wall u s rss < "$tf"
    sha=object
  else
    /usr/bin/time -f "%e %U %S %M" -o "$tf" "$bin" $BENCH_OPT -w "${plug[@]}" -S "$src" -o "$out" \
      2> "$err" || failed "$inp" "$cfg" "$run" "$err"
    read -r wall u s rss < "$tf"
    sha=$(sha256sum "$out" | cut -c1-16)
  fi
  cpu=$(echo "$u + $s" | bc)
  gw=$(sed -n 's/.*gimple_wall_s=\([0-9.]*\).*/\1/p' "$err" | head -1)
  ls=$(sed -n 's/.*lock_share=\([0-9.]*\).*/\1/p' "$err" | head -1)
  # The whole stats line of counted runs, for the report.
  if (( run > 0 )); then
    grep -h '^pargimple: threads=' "$err" | sed "s/^pargimple: /$inp $cfg run $run: /; s/\$/ slot=$slot/" >> "$STATS" || true
  fi
  echo "$inp,$cfg,$run,$wall,$cpu,$rss,${gw:-},$sha,${ls:-},$slot" >> "$RAW"
  printf '  %-13s %-8s run %d: wall %6.2fs cpu %6.2fs rss %4d MB%s\n' "$inp" "$cfg" "$run" \
    "$wall" "$cpu" "$((rss / 1024))" "${gw:+ gimple ${gw}s}"
}

# Warm-up: each configuration once on the last (smallest) input, so that
# every compiler binary and the plugin are in the page cache.
warm=${BENCH_INPUTS##* }
if [ "$BENCH_WARMUP" != 0 ]; then
  stage "warm-up: each configuration once on $warm (not counted)"
  for cfg in $CONFIGS; do run_one "$warm" "$cfg" 0; done
else
  stage "no warm-up (BENCH_WARMUP=0)"
fi
for r in $(seq 1 "$RUNS"); do
  order=$(round_order "$r")
  stage "round $r of $RUNS: $order"
  for inp in $BENCH_INPUTS; do
    slot=0
    for cfg in $order; do slot=$((slot + 1)); run_one "$inp" "$cfg" "$r" "$slot"; done
  done
done

commit=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
debver=$(dpkg-query -W -f='${Version}' gcc-12-source 2>/dev/null || echo unknown)
name=$(date +%Y-%m-%d)-$commit
# A second run of the same commit with other options gets its own name.
[ "$BENCH_OPT" = -O2 ] || name=$name-${BENCH_OPT//[^A-Za-z0-9=]/}
python3 "$REPO_ROOT/bench/report.py" --raw "$RAW" --out "$REPO_ROOT/bench/results/$name" \
  --nproc "$NPROC" --commit "$commit" --gcc "GCC 12.2.0 (Debian gcc-12-source $debver)" \
  --opt="$BENCH_OPT" --warmup "$BENCH_WARMUP" --stats "$STATS" --duktape "$(cat "$BDIR/duktape.version" 2>/dev/null || echo -)"
