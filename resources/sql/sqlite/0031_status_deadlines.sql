-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0031: handling times per e-service and status (issue #16 §1), as on PostgreSQL. The embedded
-- database has no procedural language: CaseDesk's own writes set status_since and status_due_on
-- (services/deadlines) in the transaction that moves a case, creates it, or changes a handling
-- time. No handling time is the day 9999-12-31, the inbox's sort key never being NULL.
CREATE TABLE status_deadlines (
    eservice_id  TEXT NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    status_id    TEXT NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    days         INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
    working_days INTEGER NOT NULL DEFAULT 0 CHECK (working_days IN (0, 1)),
    PRIMARY KEY (eservice_id, status_id)
);

ALTER TABLE cases ADD COLUMN status_since TEXT;
ALTER TABLE cases ADD COLUMN status_due_on TEXT NOT NULL DEFAULT '9999-12-31';
CREATE INDEX cases_status_due_idx ON cases (status_due_on, id);
