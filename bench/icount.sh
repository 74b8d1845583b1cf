#!/bin/bash
# bench/icount.sh -- the patch series' own cost, in instructions.
#
# Wall-clock noise on this kind of machine (a few percent between paired
# runs) is larger than the bounds issue 6 sets for the series' cost
# (patched without the plugin within 2% of stock; the plugin loaded with
# no arguments within 1% of patched).  Valgrind's callgrind counts the
# instructions cc1 executes, which is the same every run, so one run per
# configuration is enough:
#   stock      cc1 of GCC 12.2.0 built from the same source, no series
#   patched    cc1 of the patched GCC, no plugin
#   noargs     the patched cc1 with -fplugin=pargimple and no argument
#              (the plugin then registers nothing: the default path)
# Each is run on cc1 directly (no driver, no assembler), with -quiet and
# the output to /dev/null; the three run at once (about 20 minutes on two
# cores for duktape.c).  Output: one line per configuration and the
# ratios, also appended to $PARGIMPLE_CACHE/bench/icount.log.
#
# Environment: ICOUNT_INPUT (default duktape, the bench input;
# gimple-match takes hours under callgrind), ICOUNT_OPT (default -O2).
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"

ICOUNT_INPUT=${ICOUNT_INPUT:-duktape}
ICOUNT_OPT=${ICOUNT_OPT:--O2}
PATCHED=$(flavour_prefix patched)
STOCK=$(flavour_prefix stock)
BDIR=$PARGIMPLE_CACHE/bench
command -v valgrind >/dev/null || die "valgrind is not installed (apt-get install valgrind)"
[ -x "$PATCHED/bin/gcc" ] || die "no patched GCC: run 'make' first"
[ -x "$STOCK/bin/gcc" ] || die "no stock GCC: run 'scripts/build-gcc.sh stock'"

case $ICOUNT_INPUT in
  duktape) src=$BDIR/duktape.i; drv=gcc; lang=cc1; prepare_duktape "$src" ;;
  gimple-match) src=$BDIR/gimple-match.ii; drv=g++; lang=cc1plus; prepare_gimple_match "$src" ;;
  *) die "unknown input '$ICOUNT_INPUT' (duktape or gimple-match)" ;;
esac

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# count CONFIG: print the instructions cc1 executes for CONFIG.
count () {
  local cfg=$1 cc1 plug=()
  case $cfg in
    stock) cc1=$("$STOCK/bin/$drv" -print-prog-name=$lang) ;;
    patched) cc1=$("$PATCHED/bin/$drv" -print-prog-name=$lang) ;;
    noargs) cc1=$("$PATCHED/bin/$drv" -print-prog-name=$lang)
	    plug=(-fplugin="$("$PATCHED/bin/$drv" -print-file-name=plugin)/pargimple.so") ;;
  esac
  valgrind --tool=callgrind --callgrind-out-file="$WORK/$cfg.out" \
    "$cc1" -quiet -fpreprocessed "$ICOUNT_OPT" -w "${plug[@]}" "$src" -o /dev/null \
    2> "$WORK/$cfg.err" || die "$cfg failed: $(tail -5 "$WORK/$cfg.err")"
  sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$WORK/$cfg.err" | tail -1
}

# The counts do not depend on the load, so the three run at once.
stage "callgrind: stock, patched and noargs on $ICOUNT_INPUT $ICOUNT_OPT, at once"
for cfg in stock patched noargs; do
  count $cfg > "$WORK/$cfg.ir" &
done
wait
declare -A IR
for cfg in stock patched noargs; do
  IR[$cfg]=$(cat "$WORK/$cfg.ir")
  [ -n "${IR[$cfg]}" ] || die "no instruction count for $cfg"
done
{
  echo "icount $(date +%Y-%m-%d) $(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
       "input=$ICOUNT_INPUT opt=$ICOUNT_OPT"
  for cfg in stock patched noargs; do printf '  %-8s %15d instructions\n' "$cfg" "${IR[$cfg]}"; done
  echo "  patched/stock  $(echo "scale=5; ${IR[patched]} / ${IR[stock]}" | bc)"
  echo "  noargs/patched $(echo "scale=5; ${IR[noargs]} / ${IR[patched]}" | bc)"
} | tee -a "$BDIR/icount.log"
