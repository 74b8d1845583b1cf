#!/bin/bash
# scripts/stress.sh -- repeated parallel compiles of one large input, each
# output compared to the first (make stress).
#
#   STRESS_INPUT    a .c/.i/.ii file (default: gcc/gimple-match.cc of the
#                   patched build, preprocessed once as bench does)
#   STRESS_THREADS  thread counts (default "2 4")
#   STRESS_RUNS     runs per thread count (default 3; each gimple-match
#                   compile takes about a minute and a half here)
#   STRESS_OPTS     compiler options (default "-O2"; with -g, add
#                   -gno-record-gcc-switches, as the producer string would
#                   record -fplugin)
# Every output must equal the compiler's without the plugin, byte for byte.
set -uo pipefail
. "$(dirname "$0")/common.sh"
GCC=$(flavour_prefix patched)/bin/gcc
INPUT=${STRESS_INPUT:-$PARGIMPLE_CACHE/bench/gimple-match.ii}
THREADS=${STRESS_THREADS:-"2 4"}
RUNS=${STRESS_RUNS:-3}
read -r -a OPTS <<< "${STRESS_OPTS:--O2}"
[ -n "${STRESS_INPUT:-}" ] || prepare_gimple_match "$INPUT"
[ -s "$INPUT" ] || die "no input $INPUT"
drv=$GCC; case $INPUT in *.ii|*.cc|*.cpp) drv=${GCC%gcc}g++;; esac
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
rm -rf "$PARGIMPLE_CACHE/stress"
stage "stress: $INPUT ${OPTS[*]}, threads '$THREADS', $RUNS runs each"
timeout 1200 "$drv" "${OPTS[@]}" -w -S "$INPUT" -o "$work/ref.s" || die "reference compile failed"
pass=0 failn=0
for t in $THREADS; do
  # threads=1 is the two-phase engine on one thread.
  tp=(); [ "$t" = 1 ] && tp=(-fplugin-arg-pargimple-two-phase)
  for r in $(seq 1 "$RUNS"); do
    if timeout 1200 "$drv" "${OPTS[@]}" -w -fplugin=pargimple -fplugin-arg-pargimple-num-threads="$t" -fplugin-arg-pargimple-stats "${tp[@]}" \
	 -S "$INPUT" -o "$work/out.s" 2>"$work/err" && cmp -s "$work/ref.s" "$work/out.s"; then
      pass=$((pass + 1)); echo "stress: threads=$t run $r: identical; $(grep -m1 '^pargimple: threads' "$work/err")"
    else
      failn=$((failn + 1)); echo "stress: threads=$t run $r: DIFFERENT or failed"; tail -3 "$work/err"
      # Keep the first difference of each thread count for a look.
      keep=$PARGIMPLE_CACHE/stress/threads-$t
      if [ -s "$work/out.s" ] && [ ! -e "$keep.s" ]; then
	mkdir -p "$PARGIMPLE_CACHE/stress"
	cp "$work/out.s" "$keep.s"; cp "$work/ref.s" "$PARGIMPLE_CACHE/stress/ref.s"
	echo "stress: $(diff "$work/ref.s" "$work/out.s" | grep -c '^[<>]') lines differ; kept $keep.s and ref.s"
      fi
    fi
  done
done
echo "stress: $pass passed, $failn failed"
[ "$failn" = 0 ]
