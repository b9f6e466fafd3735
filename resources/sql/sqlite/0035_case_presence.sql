-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0035: who has a case open (issue #16 §3), as on PostgreSQL; the database's clock stamps every
-- mark. The embedded database has one user, so it shows nobody else; the table keeps the two
-- schemas alike and CaseDesk's code the same.
CREATE TABLE case_presence (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    login   TEXT NOT NULL,
    seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (case_id, login)
);
