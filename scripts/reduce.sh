#!/bin/bash
# scripts/reduce.sh FAILDIR OUT.c -- reduce a failing fuzz case with creduce.
# FAILDIR is what scripts/fuzz.sh kept (p.c, opts, threads).  The reduced
# program keeps the property "compiles without the plugin, and with the
# plugin either fails or gives other assembly"; it is written to OUT.c with
# a pargimple-options line, so that testsuite/pargimple.regress runs it.
set -euo pipefail
. "$(dirname "$0")/common.sh"
fail=$1 out=$2
GCC=$(flavour_prefix patched)/bin/gcc
opts=$(cat "$fail/opts"); t=$(cat "$fail/threads")
if [ "$t" = 1 ]; then pf="-fplugin=pargimple -fplugin-arg-pargimple-two-phase"
else pf="-fplugin=pargimple -fplugin-arg-pargimple-num-threads=$t"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$fail/p.c" "$work/p.c"
cat > "$work/test.sh" <<T
#!/bin/bash
timeout 60 $GCC $opts -w -I/usr/include/csmith -S p.c -o a.s 2>/dev/null || exit 1
timeout 60 $GCC $opts -w -I/usr/include/csmith $pf -S p.c -o b.s 2>/dev/null || exit 0
! cmp -s a.s b.s
T
chmod +x "$work/test.sh"
(cd "$work" && ./test.sh) || die "$fail/p.c is not interesting any more"
stage "creduce on $fail/p.c ($opts, threads=$t)"
(cd "$work" && creduce --n "$(nproc)" ./test.sh p.c > creduce.log 2>&1) || die "creduce failed: $work/creduce.log"
{ echo "/* pargimple-options: $opts -w */"
  echo "/* Reduced by scripts/reduce.sh from csmith $(basename "$fail"); threads=$t. */"
  cat "$work/p.c"; } > "$out"
stage "reduced case: $out"
