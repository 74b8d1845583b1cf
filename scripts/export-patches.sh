#!/bin/bash
# scripts/export-patches.sh -- regenerate patches/ from the patch-queue
# repository in the build cache (branch 'series' on top of tag 'pristine',
# one commit per patch).  Edit GCC there, commit (or 'git commit --fixup'
# and 'git rebase -i --autosquash pristine'), then run this script and
# commit patches/ in the pargimple repository.
set -euo pipefail
. "$(dirname "$0")/common.sh"
REPO=$GCC_BASE/patched/src
[ -d "$REPO/.git" ] || die "no patch-queue repository at $REPO; run 'make' first"
git -C "$REPO" diff --quiet HEAD || die "$REPO has uncommitted changes"
rm -f "$REPO_ROOT"/patches/*.patch
git -C "$REPO" format-patch -q -N --no-signature --zero-commit --no-stat \
  --abbrev=12 -o "$REPO_ROOT/patches" pristine..HEAD
( echo "# pargimple patch series against GCC $GCC_VERSION, applied in this order."
  cd "$REPO_ROOT/patches" && ls -1 [0-9]*.patch ) > "$REPO_ROOT/patches/series"
stage "exported $(grep -vc '^#' "$REPO_ROOT/patches/series") patches to patches/"
