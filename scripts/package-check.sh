#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Checks the Linux package as a user would meet it (CI runs it after the tests): builds the
# .deb with scripts/package.sh, installs it with apt-get, runs the installed programs,
# validates the desktop entry, the AppStream metadata, the man pages and the systemd unit,
# then removes and purges the package again. Ends with "package-check: N passed, M failed"
# and exits non-zero when a check failed. Needs root (or sudo); installs its own tools.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
log=$(mktemp -d /tmp/casedesk-package-check.XXXXXX)
installed=0
pulled_in=()

pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    if [ -s "$log/out" ]; then sed 's/^/    /' "$log/out" | head -40; fi
}
# check NAME COMMAND... : passes when the command exits 0.
check() {
    local name=$1
    shift
    if "$@" >"$log/out" 2>&1; then pass "$name"; else fail "$name (exit $?)"; fi
}
# check_quiet NAME COMMAND... : passes when the command exits 0 and prints nothing at all.
check_quiet() {
    local name=$1
    shift
    if "$@" >"$log/out" 2>&1 && [ ! -s "$log/out" ]; then pass "$name"; else fail "$name"; fi
}

uninstall() {
    if [ "$installed" = 1 ]; then
        installed=0
        check "apt-get remove casedesk" $SUDO apt-get remove -y casedesk
        check "programs are gone after remove" test ! -e /usr/bin/casedesk -a ! -e /usr/bin/casedeskctl
        check "apt-get purge casedesk" $SUDO apt-get purge -y casedesk
        check "settings file is gone after purge" test ! -e /etc/casedesk/casedesk-service.env
        check "no mask or enablement left after purge" bash -c \
            "test ! -e /etc/systemd/system/casedesk-service.service && ! ls /etc/systemd/system/*.wants/casedesk-service.service 2>/dev/null"
        # Leave the machine as it was: also remove what the install pulled in. (The system
        # user casedesk stays, as Debian does for every package's system user.)
        if [ ${#pulled_in[@]} -gt 0 ]; then
            $SUDO apt-get remove -y "${pulled_in[@]}" >/dev/null 2>&1 || true
        fi
    fi
}
finish() {
    uninstall
    rm -rf "$log"
    echo "package-check: $passed passed, $failed failed"
    if [ "$failed" -ne 0 ]; then exit 1; fi
}
trap finish EXIT

# The tools the checks need.
tools=(dpkg-dev desktop-file-utils appstream groff-base man-db systemd file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== build"
if ! deb=$(scripts/package.sh); then
    fail "scripts/package.sh builds the .deb"
    exit 1
fi
pass "scripts/package.sh builds the .deb ($deb)"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 \
    libqt6pdfwidgets6 libqt6keychain1; do
    if ! grep -Eq "(^|, )$dep( |,|$)" <<<"$depends"; then
        echo "missing dependency: $dep" >"$log/out"
        fail "the .deb depends on $dep"
        continue
    fi
    pass "the .deb depends on $dep"
done
check "the .deb carries its licence (/usr/share/doc/casedesk/copyright, GPL-3.0-or-later)" \
    bash -c "dpkg-deb --fsys-tarfile '$deb' | tar -xO ./usr/share/doc/casedesk/copyright | grep -q '^License: GPL-3.0-or-later'"
check "the .deb marks the service settings as a conffile" \
    bash -c "dpkg-deb --ctrl-tarfile '$deb' | tar -xO ./conffiles | grep -qx /etc/casedesk/casedesk-service.env"

echo "== install"
if dpkg-query -W -f='${Status}' casedesk 2>/dev/null | grep -q "install ok installed"; then
    echo "casedesk is installed already; removing it first"
    $SUDO apt-get purge -y casedesk >/dev/null
fi
# Recommends (Wayland, Qt's translations) are left out so that only what the package needs
# comes and goes; what the install pulls in is removed again at the end.
mapfile -t pulled_in < <(apt-get install -s --no-install-recommends "./$deb" 2>/dev/null |
    awk '/^Inst / && $2 != "casedesk" {print $2}')
if [ ${#pulled_in[@]} -gt 0 ]; then echo "the install pulls in: ${pulled_in[*]}"; fi
if $SUDO apt-get install -y --no-install-recommends "./$deb" >"$log/out" 2>&1; then
    installed=1
    pass "apt-get install ./$deb"
else
    fail "apt-get install ./$deb"
    exit 1
fi
check "casedesk $version is installed" \
    bash -c "dpkg-query -W -f='\${Status} \${Version}' casedesk | grep -qx 'install ok installed $version'"
check "system user casedesk exists" getent passwd casedesk
# shellcheck disable=SC2016
check "service settings are readable by the casedesk group only" \
    bash -c '[ "$(stat -c %U:%G:%a /etc/casedesk)" = root:casedesk:750 ]'
for size in 16 32 48 64 128 256; do
    check "icon ${size}x${size}" bash -c \
        "file /usr/share/icons/hicolor/${size}x${size}/apps/se.casedesk.CaseDesk.png | grep -q 'PNG image data, $size x $size'"
done
check "scalable icon" test -s /usr/share/icons/hicolor/scalable/apps/se.casedesk.CaseDesk.svg

echo "== programs"
tmp=$(mktemp -d /tmp/casedesk-package-check-db.XXXXXX)
check "casedeskctl --help" /usr/bin/casedeskctl --help
check "casedeskctl --version" bash -c "/usr/bin/casedeskctl --version | grep -q ' ${version%-*}$'"
check "casedeskctl init on SQLite" env -u CASEDESK_DB /usr/bin/casedeskctl --db "sqlite:$tmp/x.db" init
check "casedeskctl list on the new database" /usr/bin/casedeskctl --db "sqlite:$tmp/x.db" list
# Nothing listens on port 1: the command must fail to connect, not for a missing driver.
check "the PostgreSQL driver is installed" bash -c \
    "! /usr/bin/casedeskctl --db postgresql://nobody@127.0.0.1:1/casedesk init 2>&1 | grep -q 'is not installed'"
check "casedesk --version (offscreen)" env QT_QPA_PLATFORM=offscreen /usr/bin/casedesk --version
check "casedesk --help (offscreen)" env QT_QPA_PLATFORM=offscreen /usr/bin/casedesk --help
rm -rf "$tmp"

echo "== desktop integration"
check "desktop-file-validate" desktop-file-validate /usr/share/applications/se.casedesk.CaseDesk.desktop
check "appstreamcli validate --no-net" appstreamcli validate --no-net /usr/share/metainfo/se.casedesk.CaseDesk.metainfo.xml
# dpkg may be told to leave man pages out (path-exclude in /etc/dpkg/dpkg.cfg.d, as in some
# container images); then the pages are checked from the package itself.
mandir=/usr/share/man/man1
if ! [ -e $mandir/casedeskctl.1.gz ] && grep -rqs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d; then
    echo "dpkg excludes /usr/share/man on this machine: checking the man pages inside the .deb"
    dpkg-deb -x "$deb" "$log/deb"
    mandir="$log/deb/usr/share/man/man1"
fi
for page in casedesk casedeskctl; do
    check_quiet "groff -ww $page.1" bash -c "zcat $mandir/$page.1.gz | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z"
    check_quiet "man -l $page.1 without warnings" \
        bash -c "LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l $mandir/$page.1.gz >/dev/null"
done
check "man finds casedeskctl(1)" man -w casedeskctl

echo "== service"
unit=/usr/lib/systemd/system/casedesk-service.service
check "systemd unit installed" test -s $unit
# systemd-analyze verify loads the unit as systemd would: it checks every setting, that the
# programs it runs exist, and that the man page in Documentation= is there.
if systemd-analyze verify $unit >"$log/out" 2>&1 && [ ! -s "$log/out" ]; then
    pass "systemd-analyze verify $unit"
elif grep -Eqi 'failed to (initialize|set up|setup) manager|Operation not permitted|System has not been booted' "$log/out"; then
    # A container may refuse what verify needs; say so plainly instead of failing silently.
    fail "systemd-analyze verify cannot run in this container (see above); the unit is NOT verified"
else
    fail "systemd-analyze verify $unit"
fi
# shellcheck disable=SC2016
check "the service is not enabled by the package" \
    bash -c '[ "$(systemctl is-enabled casedesk-service.service 2>/dev/null)" = disabled ]'
check "sysusers.d entry installed" test -s /usr/lib/sysusers.d/casedesk.conf
# An upgrade runs prerm upgrade and postinst configure with the old version.
check "reinstall (the upgrade path)" $SUDO apt-get install -y --reinstall --no-install-recommends "./$deb"
check "the settings file is still a conffile after reinstall" \
    bash -c "dpkg-query -W -f='\${Conffiles}' casedesk | grep -q '/etc/casedesk/casedesk-service.env'"

echo "== remove"
uninstall
