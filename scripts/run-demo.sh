#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Quick start: installs the dependencies, builds, and starts CaseDesk on an embedded demo
# database (created and filled with demo cases on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db="${CASEDESK_DEMO_DB:-$HOME/.local/share/CaseDesk/casedesk/demo.db}"
exec build/bin/casedesk --db "sqlite:$db" --demo "$@"
