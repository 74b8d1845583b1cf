#!/bin/bash
# scripts/check.sh -- run the DejaGnu testsuite in CHECK_JOBS shards at once
# (default: nproc + 1) and merge their results with GCC's
# contrib/dg-extract-results.sh into build/testsuite/pargimple.{sum,log}.
# Each shard is a runtest process (PG_SHARD=k/n); shard 0 runs the plugin
# and regression tests and one torture file in every 2n-1, each other
# shard two (lib/pargimple.exp, pg_my_shard), so that they end closer
# together.
# Usage (from the Makefile): scripts/check.sh OUTDIR runtest-variables...
set -uo pipefail
. "$(dirname "$0")/common.sh"
OUT=$1; shift
JOBS=${CHECK_JOBS:-$(($(nproc) + 1))}
GCC_SRC=$GCC_BASE/patched/src
rm -rf "$OUT"; mkdir -p "$OUT"
stage "runtest in $JOBS shards (logs: $OUT/shard*/pargimple.log)"
pids=()
for k in $(seq 0 $((JOBS - 1))); do
  mkdir -p "$OUT/shard$k"
  (cd "$OUT/shard$k" && runtest --tool pargimple --srcdir "$REPO_ROOT/testsuite" \
     "PG_SHARD=$k/$JOBS" "$@" > runtest.out 2>&1; echo $? > status) &
  pids+=($!)
done
wait "${pids[@]}"
"$GCC_SRC/contrib/dg-extract-results.sh" "$OUT"/shard*/pargimple.sum > "$OUT/pargimple.sum"
"$GCC_SRC/contrib/dg-extract-results.sh" -L "$OUT"/shard*/pargimple.log > "$OUT/pargimple.log"
rc=0
for k in $(seq 0 $((JOBS - 1))); do
  st=$(cat "$OUT/shard$k/status" 2>/dev/null || echo 1)
  if [ "$st" != 0 ]; then
    rc=1
    grep -E '^(ERROR|WARNING)' "$OUT/shard$k/runtest.out" | head -5
  fi
done
grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$OUT/pargimple.sum" | head -50
echo "pargimple: results in $OUT/pargimple.sum and $OUT/pargimple.log"
# DejaGnu's totals last (its line naming the compiler version before them).
sed -n '/=== pargimple Summary ===/,$p' "$OUT/pargimple.sum" | grep -v '^#\|^[[:space:]]*$\|Summary ==='
sed -n '/=== pargimple Summary ===/,$p' "$OUT/pargimple.sum" | grep '^#\|Summary ==='

exit $rc
