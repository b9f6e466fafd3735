#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Remakes docs/screenshots/*.png from the real window under Xvfb, on a fresh demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/casedesk_screenshots ] || scripts/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/bin/casedeskctl --db "sqlite:$work/shots.db" init >/dev/null
build/bin/casedeskctl --db "sqlite:$work/shots.db" demo-data --cases 500 --seed 7 >/dev/null
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" \
    build/bin/casedesk_screenshots --db "sqlite:$work/shots.db" --out docs/screenshots --lang "${CASEDESK_LANG:-sv}"
# The parties panel in the other language too.
other=en; [ "${CASEDESK_LANG:-sv}" = en ] && other=sv
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" \
    build/bin/casedesk_screenshots --db "sqlite:$work/shots.db" --out docs/screenshots --lang "$other" --parties-only
