-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0038: the records (issue #17 §2), as on PostgreSQL: complete archive exports of a case, and per
-- e-service "archive before purge", which keeps a closed case until it was exported after its
-- last closing. The database's clock stamps every export.
ALTER TABLE eservices ADD COLUMN archive_before_purge integer NOT NULL DEFAULT 0
    CHECK (archive_before_purge IN (0, 1));

CREATE TABLE case_archive_exports (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    exported_by TEXT NOT NULL,
    exported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    mets_sha256 TEXT NOT NULL CHECK (length(mets_sha256) = 64 AND mets_sha256 NOT GLOB '*[^0-9a-f]*')
);
CREATE INDEX case_archive_exports_case ON case_archive_exports (case_id, exported_at);

CREATE TRIGGER case_archive_exports_now AFTER INSERT ON case_archive_exports
BEGIN
    UPDATE case_archive_exports SET exported_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
