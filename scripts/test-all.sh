#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Runs every test: installs the dependencies, builds, and runs CTest. The tests start their
# own PostgreSQL cluster, SMTP server and keyring; nothing is mocked and nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The keyring integration test and the GUI tests need a session bus; give the run its own.
exec dbus-run-session -- ctest --test-dir build --output-on-failure --timeout 900 -j2
