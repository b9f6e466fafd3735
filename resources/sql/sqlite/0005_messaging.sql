-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Messaging (issue 7): read receipts and unread counts, supplement requests, decisions with
-- outcomes per e-service, message and mail templates per e-service, and which events an
-- e-service announces by mail. The PostgreSQL file of the same number holds the same logical
-- schema plus its grants, policies and the portal contract's functions.

-- Inbound messages no caseworker has opened yet (the inbox shows them), and the due date
-- (YYYY-MM-DD) of the open supplement request, for overdue marking.
ALTER TABLE cases ADD COLUMN unread_count integer NOT NULL DEFAULT 0 CHECK (unread_count >= 0);
ALTER TABLE cases ADD COLUMN supplement_due_at text;
CREATE INDEX cases_supplement_due_idx ON cases (supplement_due_at) WHERE supplement_due_at IS NOT NULL;

-- Does the e-service mail the applicant when a case is closed (case_closed)?
ALTER TABLE eservices ADD COLUMN announce_closed integer NOT NULL DEFAULT 0;

-- A decision closes the case.
INSERT INTO statuses (id, eservice_id, name_sv, name_en, kind, sort_order, built_in) VALUES
    ('decided', NULL, 'Beslutat', 'Decided', 'closed', 80, 1);
INSERT INTO status_transitions (from_status_id, to_status_id) VALUES
    ('submitted', 'decided'), ('registered', 'decided'), ('in_progress', 'decided'),
    ('waiting_supplement', 'decided'), ('supplemented', 'decided'), ('decided', 'in_progress'),
    -- A supplement can be asked for as soon as a case is in.
    ('submitted', 'waiting_supplement');

CREATE TABLE supplement_requests (
    id                INTEGER PRIMARY KEY,
    case_id           integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    message_id        integer NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    body              text NOT NULL,
    due_date          text NOT NULL, -- YYYY-MM-DD
    requested_by      text NOT NULL,
    requested_at      text NOT NULL,
    answered_at       text,
    answer_message_id integer REFERENCES messages (id) ON DELETE CASCADE
);
CREATE INDEX supplement_requests_case_idx ON supplement_requests (case_id);
-- At most one open request per case.
CREATE UNIQUE INDEX supplement_requests_open_idx ON supplement_requests (case_id) WHERE answered_at IS NULL;

-- Outcomes a decision can have. eservice_id NULL: the built-in list, used by every e-service
-- without a list of its own.
CREATE TABLE decision_outcomes (
    eservice_id text REFERENCES eservices (id) ON DELETE CASCADE,
    id          text NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
    name_sv     text NOT NULL,
    name_en     text NOT NULL,
    sort_order  integer NOT NULL DEFAULT 0,
    active      integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX decision_outcomes_key ON decision_outcomes (coalesce(eservice_id, ''), id);
INSERT INTO decision_outcomes (eservice_id, id, name_sv, name_en, sort_order) VALUES
    (NULL, 'approved', 'Beviljas', 'Approved', 10),
    (NULL, 'partly_approved', 'Beviljas delvis', 'Partly approved', 20),
    (NULL, 'rejected', 'Avslås', 'Rejected', 30),
    (NULL, 'dismissed', 'Avvisas', 'Dismissed', 40);

-- Decisions are append-only: a correction is a new row naming the decision it corrects. The
-- outcome's names are kept as they were when decided.
CREATE TABLE decisions (
    id                     INTEGER PRIMARY KEY,
    case_id                integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    outcome_id             text NOT NULL,
    outcome_name_sv        text NOT NULL,
    outcome_name_en        text NOT NULL,
    body                   text NOT NULL,
    document_attachment_id integer REFERENCES attachments (id),
    message_id             integer REFERENCES messages (id),
    decided_by             text NOT NULL,
    decided_at             text NOT NULL,
    corrects_decision_id   integer REFERENCES decisions (id)
);
CREATE INDEX decisions_case_idx ON decisions (case_id);
-- A decision is corrected at most once: corrections form a chain.
CREATE UNIQUE INDEX decisions_corrects_idx ON decisions (corrects_decision_id) WHERE corrects_decision_id IS NOT NULL;

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions cannot be changed: record a correction');
END;

-- Only purging the whole case (the cascade from cases) removes a decision.
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
WHEN EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'decisions cannot be deleted');
END;

CREATE TABLE message_templates (
    eservice_id text NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    name        text NOT NULL,
    body        text NOT NULL,
    updated_at  text NOT NULL,
    PRIMARY KEY (eservice_id, name)
);

-- An e-service's own text for an automatic mail; without a row the built-in text applies.
CREATE TABLE mail_templates (
    eservice_id text NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('confirmation', 'functional_mailbox', 'new_message',
                                              'supplement_requested', 'decision_available', 'case_closed')),
    language    text NOT NULL CHECK (language IN ('sv', 'en')),
    subject     text NOT NULL,
    body        text NOT NULL,
    updated_at  text NOT NULL,
    PRIMARY KEY (eservice_id, kind, language)
);
