#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Issue #12, point 6 on a real full file system: run by test_faults_disk_full inside a private
# mount namespace (unshare), so that the small tmpfs mounted here is nobody else's and vanishes
# with the namespace. Prints one "name=value" line per step; each step's stdout and stderr are
# kept in OUT/NAME.out and OUT/NAME.err, and the database is copied to OUT/cases.db at the end.
#
# usage: disk-full-scenario.sh CASEDESKCTL SUBMISSION OUT MOUNTPOINT
set -u
ctl=$1
submission=$2
out=$3
mnt=$4

# 24 MiB: the database, its 8 MiB reserve and as much again free when it is made.
if ! mount -t tmpfs -o size=24m,mode=0700 tmpfs "$mnt"; then
    echo "mount=failed"
    exit 90
fi
echo "mount=0"
db=$mnt/cases.db
export CASEDESK_DB="sqlite:$db"
unset QT_LOGGING_RULES

step() {
    name=$1
    shift
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo "$name=$?"
}
free_kib() { df -Pk "$mnt" | awk 'NR == 2 { print $4 }'; }
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

step init "$ctl" init
step demo "$ctl" demo-data --cases 60 --seed 5
# Every e-service keeps closed cases 0 days: the demo's closed cases are due now.
"$ctl" eservice list --json | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' >"$out/eservices"
while read -r eservice; do
    step "retention-$eservice" "$ctl" eservice set-retention "$eservice" 0
done <"$out/eservices"
step list_before "$ctl" list --json
step due_before "$ctl" purge --dry-run
echo "reserve_mode=$(stat -c %a "$db-reserve" 2>/dev/null || echo none)"
echo "reserve_size=$(size_of "$db-reserve")"

# Fill the file system to the last block.
dd if=/dev/zero of="$mnt/filler" bs=4k 2>"$out/dd.err"
echo "fill=$?"
echo "free_full=$(free_kib)"
echo "db_size_full=$(size_of "$db")"

step submit_full "$ctl" submit "$submission"
step list_full "$ctl" list --json
step due_full "$ctl" purge --dry-run
step purge_full "$ctl" purge
echo "free_after_purge=$(free_kib)"
echo "db_size_after_purge=$(size_of "$db")"
echo "reserve_after_purge=$(size_of "$db-reserve")"
step submit_after "$ctl" submit "$submission"
step list_after "$ctl" list --json

# Room again (the filler goes): the next writable open makes the reserve again.
rm -f "$mnt/filler"
step list_roomy "$ctl" list
echo "reserve_roomy_mode=$(stat -c %a "$db-reserve" 2>/dev/null || echo none)"
echo "reserve_roomy=$(size_of "$db-reserve")"

# Every casedeskctl has exited, so the -wal is checkpointed into the file and gone.
cp "$db" "$out/cases.db"
echo "copied=$?"
echo "leftover_wal=$(size_of "$db-wal")"
