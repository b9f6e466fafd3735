#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Builds the CaseDesk .deb from this tree: a Release build without tests in ./build-package,
# then "cpack -G DEB". Prints the path of the .deb on standard output, as its only line (the
# build's own output goes to standard error), so deb=$(scripts/package.sh) works. Installs the build
# dependencies first (scripts/install-deps.sh) and dpkg-dev, which cpack needs to work out
# the package's dependencies. Extra arguments go to the cmake configure step.
#   scripts/package.sh                         # -> build-package/casedesk_<version>-1_<arch>.deb
#   CASEDESK_PACKAGE_FRESH=1 scripts/package.sh   # start from an empty build-package/
set -euo pipefail
cd "$(dirname "$0")/.."
build="build-package"

exec 3>&1 1>&2 # everything but the path to standard error
scripts/install-deps.sh
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v dpkg-shlibdeps >/dev/null; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends dpkg-dev
fi

if [ "${CASEDESK_PACKAGE_FRESH:-0}" = 1 ]; then rm -rf "$build"; fi
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCASEDESK_BUILD_TESTS=OFF \
    -DCASEDESK_BUILD_BENCHMARKS=OFF \
    "$@"
cmake --build "$build" -j"${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
rm -f "$build"/casedesk_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/casedesk_*.deb)
echo "$deb" >&3
