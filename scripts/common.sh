# scripts/common.sh -- shared settings for pargimple's build scripts.
# Sourced, not run.  Everything heavy lives outside the repository clone,
# under $PARGIMPLE_CACHE (default ~/.cache/pargimple), so that a fresh clone
# on a machine that already built reuses the GCC build and the ccache.

GCC_VERSION=12.2.0
GCC_TARBALL=${GCC_TARBALL:-/usr/src/gcc-12/gcc-$GCC_VERSION-dfsg.tar.xz}
PARGIMPLE_CACHE=${PARGIMPLE_CACHE:-$HOME/.cache/pargimple}
GCC_BASE=$PARGIMPLE_CACHE/gcc-$GCC_VERSION
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

export CCACHE_DIR=${CCACHE_DIR:-$PARGIMPLE_CACHE/ccache}
export CCACHE_BASEDIR=$GCC_BASE
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-20G}

# Install prefix of a flavour: patched (the series applied), stock (none),
# tsan (patched, cc1 built with -fsanitize=thread).
flavour_prefix () { echo "$GCC_BASE/$1/install"; }

stage () { echo "pargimple: [$(date +%H:%M:%S)] $*"; }
die () { echo "pargimple: error: $*" >&2; exit 1; }

# run_logged LOG CMD...: run CMD with its output in LOG; on failure show
# where the log is and its tail, then exit non-zero.
run_logged () {
  local log=$1; shift
  if ! "$@" >"$log" 2>&1; then
    echo "pargimple: error: '$*' failed; log: $log" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

git_id () {
  GIT_AUTHOR_NAME=pargimple GIT_AUTHOR_EMAIL=pargimple@localhost \
  GIT_COMMITTER_NAME=pargimple GIT_COMMITTER_EMAIL=pargimple@localhost \
  "$@"
}

# prepare_gimple_match OUT: gcc/gimple-match.cc of the patched build tree,
# preprocessed once into OUT with the build's own flags (the large C++
# input of bench, stress and the TSan run).
prepare_gimple_match () {
  local out=$1 objdir=$GCC_BASE/patched/build/gcc cmd
  [ -s "$out" ] && return
  mkdir -p "$(dirname "$out")"
  stage "preprocessing gimple-match.cc with the build's flags"
  cmd=$(cd "$objdir" && make -s -n -W gimple-match.cc gimple-match.o \
	  | grep -m1 -- ' gimple-match.cc') \
    || die "cannot find the compile command of gimple-match.o in $objdir"
  cmd=${cmd#ccache }
  cmd=$(echo "$cmd" | sed -e 's/ -c / -E /' -e 's/ -o gimple-match.o/ -o '"${out//\//\\/}"'/' \
			  -e 's/ -MT [^ ]* -MMD -MP -MF [^ ]*//')
  (cd "$objdir" && eval "$cmd") || die "preprocessing gimple-match.cc failed"
}

# prepare_duktape OUT: duktape.c of Debian's duktape-dev (a real-world C
# input), preprocessed once into OUT by the patched compiler; the
# package's version goes next to it in duktape.version (bench and icount).
prepare_duktape () {
  local out=$1 dir tmp
  [ -s "$out" ] && return
  dir=$(dirname "$out"); tmp=$dir/duktape-pkg
  stage "fetching duktape-dev and preprocessing duktape.c"
  rm -rf "$tmp"; mkdir -p "$tmp"
  (cd "$tmp" && apt-get download -qq duktape-dev >/dev/null 2>&1 && dpkg -x duktape-dev_*.deb x) \
    || die "cannot download Debian's duktape-dev"
  dpkg-deb -f "$tmp"/duktape-dev_*.deb Version > "$dir/duktape.version"
  "$(flavour_prefix patched)/bin/gcc" -E -I"$tmp/x/usr/share/duktape" \
    "$tmp/x/usr/share/duktape/duktape.c" -o "$out" \
    || die "preprocessing duktape.c failed"
}
