#!/bin/bash
# scripts/fuzz.sh -- differential fuzzing with csmith (make fuzz).
#
#   SEEDS=a-b      seeds to run (default 1-500)
#   FUZZ_OPTS      option sets, ';'-separated (default "-O2;-O3")
#   FUZZ_THREADS   plugin thread counts (default "1 2 4 L"; 1 = two-phase,
#                  L = one thread with the schedule=latest testing order)
#   REDUCE=0       do not run creduce on failures
#   FUZZ_CONCURRENT  passes to run concurrently at thread counts above 1
#                  (-fplugin-arg-pargimple-concurrent; default: the table)
#
# Each seed's program (csmith --max-funcs 40: many functions) is compiled
# without the plugin and with it; the assembly must be identical and the
# programs must print the same output and exit the same way.  A failing
# seed is kept under $PARGIMPLE_CACHE/fuzz/fail-SEED and, unless REDUCE=0,
# reduced with creduce into testsuite/pargimple.regress/csmith-SEED.c, which
# 'make check' then runs as a regression test.  Seeds run in parallel
# (nproc at a time).
set -uo pipefail
. "$(dirname "$0")/common.sh"
SEEDS=${SEEDS:-1-500}
export FUZZ_OPTS=${FUZZ_OPTS:-"-O2;-O3"}
export FUZZ_THREADS=${FUZZ_THREADS:-"1 2 4 L"}
export FUZZ_CONCURRENT=${FUZZ_CONCURRENT:-}
export GCC=$(flavour_prefix patched)/bin/gcc
export FUZZ_DIR=$PARGIMPLE_CACHE/fuzz
[ -x "$GCC" ] || die "no patched GCC: run 'make' first"
command -v csmith >/dev/null || die "csmith is not installed (make deps)"
mkdir -p "$FUZZ_DIR"

plugin_flags () {
  case $1 in
    1) echo "-fplugin=pargimple -fplugin-arg-pargimple-two-phase";;
    L) echo "-fplugin=pargimple -fplugin-arg-pargimple-two-phase -fplugin-arg-pargimple-schedule=latest";;
    *) echo "-fplugin=pargimple -fplugin-arg-pargimple-num-threads=$1${FUZZ_CONCURRENT:+ -fplugin-arg-pargimple-concurrent=$FUZZ_CONCURRENT}";;
  esac
}
export -f plugin_flags

# fuzz_one SEED: print "SEED ok", "SEED skip: why" or "SEED FAIL: what".
fuzz_one () {
  local s=$1 d
  d=$(mktemp -d "$FUZZ_DIR/seed$s.XXXX")
  local src=$d/p.c inc="-I/usr/include/csmith -frandom-seed=pargimple"
  timeout 60 csmith --seed "$s" --max-funcs 40 -o "$src" >/dev/null 2>&1 \
    || { echo "$s skip: csmith failed"; rm -rf "$d"; return; }
  local IFS_SAVE=$IFS opts t what=""
  IFS=';'; set -f
  for opts in $FUZZ_OPTS; do
    IFS=$IFS_SAVE
    timeout 300 "$GCC" $opts -w $inc -S "$src" -o "$d/ref.s" 2>"$d/ref.err" \
      || { what="compiler failed without plugin ($opts)"; break; }
    timeout 300 "$GCC" $opts -w "$d/ref.s" -o "$d/ref.exe" 2>/dev/null
    (cd "$d" && timeout 10 setarch "$(uname -m)" -R ./ref.exe > ref.out 2>&1; echo "exit $?" >> ref.out)
    for t in $FUZZ_THREADS; do
      timeout 300 "$GCC" $opts -w $inc $(plugin_flags "$t") -S "$src" -o "$d/t$t.s" 2>"$d/t$t.err" \
	|| { what="compiler failed with plugin ($opts threads=$t)"; break 2; }
      cmp -s "$d/ref.s" "$d/t$t.s" || { what="assembly differs ($opts threads=$t)"; break 2; }
      timeout 300 "$GCC" $opts -w "$d/t$t.s" -o "$d/t$t.exe" 2>/dev/null
      (cd "$d" && timeout 10 setarch "$(uname -m)" -R ./t$t.exe > t$t.out 2>&1; echo "exit $?" >> t$t.out)
      cmp -s "$d/ref.out" "$d/t$t.out" || { what="program output differs ($opts threads=$t)"; break 2; }
    done
    IFS=';'
  done
  IFS=$IFS_SAVE
  if [ -z "$what" ]; then
    echo "$s ok"; rm -rf "$d"
  else
    rm -rf "$FUZZ_DIR/fail-$s"; mv "$d" "$FUZZ_DIR/fail-$s"
    echo "$opts" > "$FUZZ_DIR/fail-$s/opts"; echo "$t" > "$FUZZ_DIR/fail-$s/threads"
    echo "$s FAIL: $what"
  fi
}
export -f fuzz_one

lo=${SEEDS%-*}; hi=${SEEDS#*-}
stage "csmith seeds $lo..$hi, options '$FUZZ_OPTS', threads '$FUZZ_THREADS' (work: $FUZZ_DIR)"
log=$FUZZ_DIR/fuzz-$lo-$hi.log
seq "$lo" "$hi" | xargs -P "$(nproc)" -I{} bash -c 'fuzz_one {}' | tee "$log"
ok=$(grep -c ' ok$' "$log"); skip=$(grep -c ' skip:' "$log"); failed=$(grep ' FAIL:' "$log" | cut -d' ' -f1)
for s in $failed; do
  [ "${REDUCE:-1}" = 0 ] && break
  "$REPO_ROOT/scripts/reduce.sh" "$FUZZ_DIR/fail-$s" \
    "$REPO_ROOT/testsuite/pargimple.regress/csmith-$s.c" || echo "pargimple: reducing seed $s failed"
done
echo "fuzz: $ok passed, $(echo $failed | wc -w) failed, $skip skipped (seeds $lo-$hi)"
[ -z "$failed" ]
