#!/bin/bash
# scripts/tsan.sh build|check -- the ThreadSanitizer run (make tsan,
# make check-tsan).
#
#   build   the patched GCC's cc1/cc1plus built with -fsanitize=thread
#           (scripts/build-gcc.sh tsan, cached under $PARGIMPLE_CACHE like
#           the main build) and the plugin built with -fsanitize=thread
#           against it, installed into its plugin directory
#   check   compiles, with that compiler and the plugin at TSAN_THREADS
#           (default 4) threads, inputs where functions really overlap:
#           bench's preprocessed gimple-match.cc (TSAN_GIMPLE_MATCH=0 skips
#           it: about 15 minutes here), TSAN_CSMITH csmith programs of 40
#           functions (default 6), a file whose threads start one by one
#           as a named pipe standing for make's jobserver gets bytes
#           (threads.cc, pg_ws_grow), and a slice of the torture differential
#           (TSAN_TORTURE, a runtest pattern; default
#           "torture.exp=*/pr1*.c"), all at TSAN_OPT (default -O2); and the
#           regression tests pargimple.regress/*.c with their own options
#           and at -O3 (TSAN_REGRESS=0 skips them).
#           Every report goes to
#           build/tsan/reports.*; scripts/tsan.supp suppresses reports proven
#           benign (each entry says why).  The passes that overlap are those
#           of the pass-safety table (plugin/serial.cc); TSAN_CONCURRENT, if
#           set, is passed as -fplugin-arg-pargimple-concurrent instead (to
#           try candidates).  Prints the report count and the distinct
#           reports; exits non-zero if there is any.
set -uo pipefail
. "$(dirname "$0")/common.sh"
ACTION=${1:-check}
TSAN=$(flavour_prefix tsan)
PATCHED=$(flavour_prefix patched)
OUT=$REPO_ROOT/build/tsan

build_plugin () {
  local inc objdir=$OUT/plugin
  inc=$("$TSAN/bin/gcc" -print-file-name=plugin)/include
  mkdir -p "$objdir"
  stage "building the plugin with -fsanitize=thread"
  g++ -std=gnu++14 -fPIC -fno-rtti -fno-exceptions -O1 -g -fsanitize=thread \
      -shared -I"$inc" "$REPO_ROOT"/plugin/*.cc -o "$objdir/pargimple.so" \
    || die "plugin build failed"
  install -m 755 "$objdir/pargimple.so" "$("$TSAN/bin/gcc" -print-file-name=plugin)/pargimple.so"
}

case $ACTION in
  build)
    "$REPO_ROOT/scripts/build-gcc.sh" tsan || exit 1
    build_plugin
    exit 0;;
  check) ;;
  *) die "usage: scripts/tsan.sh build|check";;
esac

[ -x "$TSAN/bin/gcc" ] || die "no TSan GCC: run 'make tsan' first"
T=${TSAN_THREADS:-4}
O=${TSAN_OPT:--O2}
rm -rf "$OUT/run" "$OUT"/reports.*; mkdir -p "$OUT/run"
export TSAN_OPTIONS="log_path=$OUT/reports exitcode=0 halt_on_error=0 history_size=4 suppressions=$REPO_ROOT/scripts/tsan.supp"
# The passes to run concurrently: the pass-safety table (plugin/serial.cc)
# unless TSAN_CONCURRENT names others.
C=${TSAN_CONCURRENT:-}
PG=(-fplugin=pargimple -fplugin-arg-pargimple-num-threads="$T")
[ -n "$C" ] && PG+=(-fplugin-arg-pargimple-concurrent="$C")

if [ "${TSAN_GIMPLE_MATCH:-1}" != 0 ]; then
  gm=$PARGIMPLE_CACHE/bench/gimple-match.ii
  prepare_gimple_match "$gm"
  stage "tsan: gimple-match.ii at $T threads"
  timeout 3600 "$TSAN/bin/g++" $O -w "${PG[@]}" -S "$gm" -o "$OUT/run/gm.s" \
    || echo "tsan: gimple-match compile failed (status $?)"
fi

n=${TSAN_CSMITH:-6}
for seed in $(seq 1 "$n"); do
  c=$OUT/run/csmith-$seed.c
  csmith --seed "$seed" --max-funcs 40 > "$c" 2>/dev/null || continue
  stage "tsan: csmith seed $seed at $T threads, $O"
  timeout 600 "$TSAN/bin/gcc" $O -w -I/usr/include/csmith "${PG[@]}" -S "$c" -o "$c.s" \
    || echo "tsan: csmith seed $seed failed (status $?)"
done

# The regression tests (pargimple.regress/*.c), each written to make
# threads overlap in one of the table's cases (ICF wrappers and node-less
# callees, late passes, prologues, ...), with their own options and again
# with -O3 added, unless TSAN_REGRESS=0.
if [ "${TSAN_REGRESS:-1}" != 0 ]; then
  stage "tsan: pargimple.regress/*.c at $T threads, their options and -O3"
  for c in "$REPO_ROOT"/testsuite/pargimple.regress/*.c; do
    opts=$(sed -n '1s|.*pargimple-options:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*\*/.*|\1|p' "$c")
    opts=${opts:--O2}
    for o in "$opts" "$opts -O3"; do
      # shellcheck disable=SC2086
      timeout 600 "$TSAN/bin/gcc" $o -w -I/usr/include/csmith "${PG[@]}" -S "$c" \
	-o "$OUT/run/regress.s" \
	|| echo "tsan: $(basename "$c") $o failed (status $?)"
    done
  done
fi

# Threads that start during the phase, as make's jobserver frees slots
# (threads.cc, pg_ws_grow): an empty named pipe at first, then a byte
# every half second once the compile says it runs one thread.
if [ "$T" -gt 1 ]; then
  stage "tsan: threads started late by make's jobserver, up to $T"
  late=$OUT/run/late
  mkdir -p "$late"
  for i in $(seq 600); do
    echo "int g$i (int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i] * $i; return s; }"
  done > "$late/late.c"
  rm -f "$late/jobs"; mkfifo "$late/jobs"
  exec 7<>"$late/jobs"
  MAKEFLAGS=" -j$T --jobserver-auth=fifo:$late/jobs" \
    timeout 1800 "$TSAN/bin/gcc" $O -w "${PG[@]}" -fplugin-arg-pargimple-verbose \
    -fplugin-arg-pargimple-stats -S "$late/late.c" -o "$late/late.s" \
    2> "$late/late.err" &
  pid=$!
  for i in $(seq 600); do
    grep -q 'so 1 of the' "$late/late.err" 2>/dev/null && break
    sleep 0.1
  done
  for i in $(seq 2 "$T"); do printf x >&7; sleep 0.5; done
  wait "$pid" || echo "tsan: the late-thread compile failed (status $?)"
  grep -h 'threads=' "$late/late.err" | sed 's/ functions=.*//'
  exec 7>&-
fi

stage "tsan: torture slice ${TSAN_TORTURE:-torture.exp=*/pr1*.c} at $T threads"
(cd "$OUT/run" && runtest --tool pargimple --srcdir "$REPO_ROOT/testsuite" \
   GCC_UNDER_TEST="$TSAN/bin/gcc" GCC_TESTSUITE="$GCC_BASE/patched/src/gcc/testsuite" \
   "TORTURE_OPTS=$O" "THREADS=$T" "CONCURRENT=$C" "${TSAN_TORTURE:-torture.exp=*/pr1*.c}" > runtest.out 2>&1)
grep -E '^# of' "$OUT/run/pargimple.sum"

reports=$(cat "$OUT"/reports.* 2>/dev/null | grep -c '^WARNING: ThreadSanitizer' || true)
echo "tsan: $reports reports"
if [ "$reports" != 0 ]; then
  cat "$OUT"/reports.* | grep '^SUMMARY: ThreadSanitizer' | sort | uniq -c | sort -rn | head -40
  exit 1
fi
