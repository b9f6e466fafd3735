#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Re-renders the committed application icons from resources/icons/casedesk.svg. Run it by hand
# after the SVG changes and commit the result; the build itself only copies these files, so it
# needs no SVG renderer.
#   packaging/icons/casedesk-N.png    hicolor PNGs for Linux (N = 16 32 48 64 128 256)
#   packaging/windows/casedesk.ico    the Windows icon (the same PNGs, stored inside an .ico)
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
sizes=(16 32 48 64 128 256)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" resources/icons/casedesk.svg -o "packaging/icons/casedesk-$size.png"
done
# An .ico is a directory of images; since Windows Vista each image may simply be a PNG.
python3 - "${sizes[@]}" <<'PY'
import struct, sys
sizes = [int(s) for s in sys.argv[1:]]
images = [open(f"packaging/icons/casedesk-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(images)
header = struct.pack("<HHH", 0, 1, len(images))
entries = b""
for size, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("packaging/windows/casedesk.ico", "wb") as ico:
    ico.write(header + entries + b"".join(images))
PY
echo "render-icons: wrote packaging/icons/casedesk-{$(IFS=,; echo "${sizes[*]}")}.png and packaging/windows/casedesk.ico"
