#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Installs what CaseDesk needs to build, run and test on Debian 12 / Ubuntu 24.04 or newer.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-pdf-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libgl-dev libgtest-dev libgmock-dev libbenchmark-dev
    postgresql python3-aiosmtpd libcurl4-openssl-dev libsqlite3-dev libpq-dev openssl
    dbus gnome-keyring libsecret-1-0 tzdata
    fonts-dejavu-core poppler-utils
    xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
