-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0025: a caseworker's "Fetch from Navet" waits here for the background service, which holds the
-- organisation's certificate (issue #14 §2). One request waiting per case; the answer is the
-- register entries (0024), or why Navet could not give them.
CREATE TABLE register_requests (
    id           INTEGER PRIMARY KEY,
    case_id      integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    requested_by text NOT NULL,
    requested_at text NOT NULL,
    answered_at  text,
    failure      text, -- why Navet could not answer, in English; never personal data
    CHECK (answered_at IS NOT NULL OR failure IS NULL)
);
CREATE UNIQUE INDEX register_requests_one_waiting ON register_requests (case_id) WHERE answered_at IS NULL;
CREATE INDEX register_requests_case_idx ON register_requests (case_id, requested_at);
