#!/bin/bash
# bench/gc-pages.sh INPUT [OPTION...] -- how the collector's pages are
# filled after each collection (bench/gc-pages.py says what each line
# means).  Compiles INPUT at -O2 -S with the patched GCC (STOCK=1: the
# stock GCC) and the OPTIONs, e.g. the plugin's
#   bench/gc-pages.sh gimple-match.ii -fplugin=pargimple \
#     -fplugin-arg-pargimple-num-threads=2
# and prints one 'gc-pages:' line per collection.  The compile runs
# under gdb, about 1.5 times as long as without.  Not a timing: two
# thread orders that lay the same objects out differently show up as a
# different number of pages and density, on any host.
set -euo pipefail
. "$(dirname "$0")/../scripts/common.sh"
IN=${1:?usage: bench/gc-pages.sh INPUT [OPTION...]}
shift
PREFIX=$(flavour_prefix "$([ "${STOCK:-0}" = 1 ] && echo stock || echo patched)")
case $IN in *.ii) DRV=$PREFIX/bin/g++ ;; *) DRV=$PREFIX/bin/gcc ;; esac
[ -x "$DRV" ] || die "no compiler at $DRV: run 'make' (or scripts/build-gcc.sh stock)"
command -v gdb >/dev/null || die "gdb not found (package gdb)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The compiler proper's command line, as the driver would run it.
CMDLINE=$("$DRV" -O2 -w -S "$IN" -o "$WORK/out.s" "$@" -### 2>&1 \
	    | grep -E '/cc1(plus)? ' | head -1)
[ -n "$CMDLINE" ] || die "cannot find the compiler proper's command line"
# Split it as the shell would (the driver quotes each argument), running
# nothing.
mapfile -t CMD < <(printf '%s\n' "$CMDLINE" | xargs -n1 printf '%s\n')
gdb -batch -x "$(dirname "$0")/gc-pages.py" --args "${CMD[@]}" 2>&1 \
  | grep -E '^gc-pages:|error' || true
[ -s "$WORK/out.s" ] || die "the compile under gdb wrote no output"
