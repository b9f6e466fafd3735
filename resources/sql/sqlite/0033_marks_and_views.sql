-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0033: a caseworker's own marks on cases and own inbox views (issue #16 §2), as on PostgreSQL.
-- The embedded database has one user; the login still keys every row, so that a file copied to
-- a shared database keeps whose each mark and view is.
CREATE TABLE case_marks (
    login         TEXT NOT NULL,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    flagged       INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    high_priority INTEGER NOT NULL DEFAULT 0 CHECK (high_priority IN (0, 1)),
    marked_at     TEXT NOT NULL,
    PRIMARY KEY (login, case_id),
    CHECK (flagged = 1 OR high_priority = 1)
);
CREATE INDEX case_marks_case_idx ON case_marks (case_id);

CREATE TABLE inbox_views (
    id          INTEGER PRIMARY KEY,
    owner       TEXT,
    eservice_id TEXT REFERENCES eservices (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name = trim(name) AND length(name) BETWEEN 1 AND 60),
    position    INTEGER NOT NULL DEFAULT 0,
    definition  TEXT NOT NULL CHECK (length(definition) <= 4000),
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((owner IS NULL) = (eservice_id IS NOT NULL))
);
CREATE UNIQUE INDEX inbox_views_own_name ON inbox_views (owner, lower(name)) WHERE owner IS NOT NULL;
CREATE UNIQUE INDEX inbox_views_published_name ON inbox_views (eservice_id, lower(name)) WHERE owner IS NULL;
