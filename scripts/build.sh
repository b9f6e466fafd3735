#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Configures and builds CaseDesk into ./build (programs in build/bin), with the benchmark suite
# (tests/benchmarks; CTest runs it at 10,000 cases as casedesk_bench_ci).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
    -DCASEDESK_BUILD_BENCHMARKS=ON "$@"
cmake --build build -j"$(nproc)"
