#!/bin/bash
# scripts/build-gcc.sh FLAVOUR -- build and install GCC 12.2.0 out of tree.
#
#   patched  the GCC source with patches/series applied (what the plugin needs)
#   stock    the same source and configure flags without the series (bench)
#   tsan     the patched source with cc1/cc1plus built -fsanitize=thread
#
# Layout under $PARGIMPLE_CACHE/gcc-12.2.0 (see docs/DESIGN.md, "Build cache"):
#   patched/src     git repository: tag 'pristine' is the Debian tarball,
#                   branch 'series' is pristine + one commit per patch
#   stock/src       a git worktree of the same repository at 'pristine'
#   FLAVOUR/build   the object tree        FLAVOUR/install  the prefix
#
# The series is applied into a private index (git apply --cached) and the
# work tree is then moved to the resulting commit with 'git checkout', which
# rewrites only the files whose content differs.  Unchanged files keep their
# mtimes, so make rebuilds only what a changed patch touches; ccache catches
# objects whose preprocessed input did not change at all.
set -euo pipefail
. "$(dirname "$0")/common.sh"

# GCC's build is independent of the make that may have called us: do not
# hand it our command-line variables (e.g. RUNTESTFLAGS) or job settings.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES RUNTESTFLAGS

FLAVOUR=${1:-patched}
case $FLAVOUR in patched|stock|tsan) ;; *) die "unknown flavour '$FLAVOUR'";; esac
JOBS=${JOBS:-$(nproc)}
REPO=$GCC_BASE/patched/src
mkdir -p "$GCC_BASE"

# 1. The pristine source as a git repository (once per machine).
if [ ! -d "$REPO/.git" ]; then
  [ -f "$GCC_TARBALL" ] || die "$GCC_TARBALL not found (package gcc-12-source)"
  stage "extracting $(basename "$GCC_TARBALL") (once)"
  tmp=$GCC_BASE/src.tmp
  rm -rf "$tmp"; mkdir -p "$tmp"
  tar -xJf "$GCC_TARBALL" -C "$tmp" --strip-components=1
  # Debian's tarball lacks the GFDL texinfo sources; Debian's own
  # gcc-gfdl-build.diff lets the build proceed without them.
  patch -s -d "$tmp" -p2 < "$(dirname "$GCC_TARBALL")/debian/patches/gcc-gfdl-build.diff" \
    || die "cannot apply Debian's gcc-gfdl-build.diff"
  debver=$(dpkg-query -W -f='${Version}' gcc-12-source 2>/dev/null || echo unknown)
  (cd "$tmp" && git init -q && git config core.autocrlf false \
     && git config gc.auto 0 && git add -A -f \
     && git_id git commit -q -m "GCC $GCC_VERSION from Debian gcc-12-source $debver (+ gcc-gfdl-build.diff)" \
     && git tag pristine)
  mkdir -p "$(dirname "$REPO")"
  mv "$tmp" "$REPO"
fi

# 2. Apply patches/series (patched, tsan) or nothing (stock).
apply_series () {
  local series=$REPO_ROOT/patches/series idx=$GCC_BASE/series.index
  local parent tree p tmpd
  parent=$(git -C "$REPO" rev-parse pristine^{commit})
  tmpd=$(mktemp -d)
  export GIT_INDEX_FILE=$idx
  git -C "$REPO" read-tree pristine
  if [ -f "$series" ]; then
    for p in $(sed -e 's/#.*//' "$series"); do
      [ -f "$REPO_ROOT/patches/$p" ] || die "patches/series names missing patch $p"
      git -C "$REPO" apply --cached --whitespace=nowarn "$REPO_ROOT/patches/$p" \
        || die "patch $p does not apply to GCC $GCC_VERSION"
      tree=$(git -C "$REPO" write-tree)
      git -C "$REPO" mailinfo "$tmpd/msg" "$tmpd/patch" \
        < "$REPO_ROOT/patches/$p" > "$tmpd/info"
      { sed -n 's/^Subject: //p' "$tmpd/info"; echo; cat "$tmpd/msg"; } > "$tmpd/log"
      parent=$(GIT_AUTHOR_NAME=$(sed -n 's/^Author: //p' "$tmpd/info") \
               GIT_AUTHOR_EMAIL=$(sed -n 's/^Email: //p' "$tmpd/info") \
               GIT_AUTHOR_DATE=$(sed -n 's/^Date: //p' "$tmpd/info") \
               GIT_COMMITTER_NAME=pargimple GIT_COMMITTER_EMAIL=pargimple@localhost \
               GIT_COMMITTER_DATE="2022-08-19 00:00:00 +0000" \
               git -C "$REPO" commit-tree "$tree" -p "$parent" -F "$tmpd/log")
    done
  fi
  unset GIT_INDEX_FILE
  rm -rf "$tmpd"
  if [ "$(git -C "$REPO" rev-parse HEAD^{tree})" != "$(git -C "$REPO" rev-parse "$parent^{tree}")" ]; then
    git -C "$REPO" diff --quiet HEAD \
      || die "$REPO has uncommitted changes; commit them (scripts/export-patches.sh) or 'git -C $REPO checkout .'"
    stage "moving the patched source to the series ($(git -C "$REPO" diff --name-only HEAD "$parent" | wc -l) files change)"
  fi
  git -C "$REPO" checkout -q -B series "$parent"
}

case $FLAVOUR in
  stock)
    SRC=$GCC_BASE/stock/src
    if [ ! -d "$SRC" ]; then
      stage "creating the stock source worktree"
      git -C "$REPO" worktree add -q --detach "$SRC" pristine
    fi
    ;;
  *)
    apply_series
    SRC=$REPO
    ;;
esac

# 3. Configure (again only when the flags change).
BUILD=$GCC_BASE/$FLAVOUR/build
PREFIX=$GCC_BASE/$FLAVOUR/install
HOSTFLAGS="-O2 -g"
[ "$FLAVOUR" = tsan ] && HOSTFLAGS="-O1 -g -fsanitize=thread"
CONFIG=(--prefix="$PREFIX" --enable-languages=c,c++ --disable-bootstrap
        --enable-plugin --enable-checking=release --disable-multilib
        --disable-libsanitizer --disable-nls --with-system-zlib
        --build=x86_64-linux-gnu --host=x86_64-linux-gnu --target=x86_64-linux-gnu)
ENVS=(CC="ccache gcc" CXX="ccache g++" CFLAGS="$HOSTFLAGS" CXXFLAGS="$HOSTFLAGS")
[ "$FLAVOUR" = tsan ] && ENVS+=(LDFLAGS="-fsanitize=thread")
want="$(printf '%q ' "${ENVS[@]}" "$SRC/configure" "${CONFIG[@]}")"
mkdir -p "$BUILD"
if [ "$(cat "$BUILD/.pargimple-configure" 2>/dev/null)" != "$want" ]; then
  stage "configuring $FLAVOUR GCC in $BUILD"
  rm -rf "$BUILD"; mkdir -p "$BUILD"
  (cd "$BUILD" && run_logged "$BUILD/configure.log" env "${ENVS[@]}" "$SRC/configure" "${CONFIG[@]}")
  echo "$want" > "$BUILD/.pargimple-configure"
fi

# 4. Build and install.
LOG=$BUILD/build.log
if [ "$FLAVOUR" = tsan ]; then
  TARGETS=(all-gcc); INSTALLS=(install-gcc)
else
  TARGETS=(all-gcc all-target-libgcc all-lto-plugin)
  INSTALLS=(install-gcc install-target-libgcc install-lto-plugin)
fi
stage "building $FLAVOUR GCC if needed (make -j$JOBS ${TARGETS[*]}; a first build takes ~20-30 min; log: $LOG)"
(cd "$BUILD" && run_logged "$LOG" make -j"$JOBS" "${TARGETS[@]}")
# Install only when something was rebuilt since the last install, so that
# the installed headers keep their mtimes and the plugin is not rebuilt.
STAMP=$PREFIX/.pargimple-installed
# (libgcc's make copies its outputs into gcc/ every time: not a change.)
if [ ! -f "$STAMP" ] || [ -n "$(find "$BUILD" -newer "$STAMP" -type f \
	  \( -perm -u+x -o -name '*.a' -o -name '*.h' \) \
	  ! -path "$BUILD/gcc/libgc*" ! -path "$BUILD/gcc/crt*" ! -name "libgcc_s.so*" -print -quit)" ]; then
  stage "installing $FLAVOUR GCC into $PREFIX"
  (cd "$BUILD" && run_logged "$BUILD/install.log" make "${INSTALLS[@]}")
  touch "$STAMP"
fi
stage "$FLAVOUR GCC ready: $PREFIX/bin/gcc"
