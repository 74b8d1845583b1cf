#!/bin/bash
# scripts/apt-deps.sh -- install the Debian packages pargimple needs, if
# any is missing.  Runs apt-get only when something is absent.
set -euo pipefail
PKGS="gcc g++ make gcc-12-source libgmp-dev libmpfr-dev libmpc-dev dejagnu
      ccache flex bison texinfo time gnuplot-nox csmith libcsmith-dev creduce
      xz-utils git file duktape-dev python3 valgrind strace"
missing=
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' \
    || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "pargimple: installing:$missing"
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
