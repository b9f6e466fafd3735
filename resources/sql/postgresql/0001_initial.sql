-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- CaseDesk schema, version 1 (PostgreSQL). The SQLite file of the same number holds the same
-- logical schema; keep the two in step.

CREATE TABLE schema_version (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL
);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE eservices (
    id                 text PRIMARY KEY,
    name               text NOT NULL,
    functional_mailbox text,
    retention_days     integer DEFAULT 30 CHECK (retention_days IS NULL OR retention_days >= 0), -- NULL: never purge
    language           text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE statuses (
    id          text PRIMARY KEY,
    eservice_id text REFERENCES eservices (id) ON DELETE CASCADE, -- NULL: used by every e-service
    name_sv     text NOT NULL,
    name_en     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('submitted', 'registered', 'in_progress', 'waiting', 'closed')),
    sort_order  integer NOT NULL,
    built_in    boolean NOT NULL DEFAULT false
);

CREATE TABLE status_transitions (
    from_status_id text NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    to_status_id   text NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    PRIMARY KEY (from_status_id, to_status_id)
);

CREATE TABLE users (
    login             text PRIMARY KEY,
    display_name      text NOT NULL,
    role              text NOT NULL CHECK (role IN ('admin', 'caseworker', 'reader')),
    can_see_protected boolean NOT NULL DEFAULT false,
    active            boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_access (
    login       text NOT NULL REFERENCES users (login) ON DELETE CASCADE,
    eservice_id text NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    level       text NOT NULL CHECK (level IN ('read', 'work')),
    PRIMARY KEY (login, eservice_id)
);

CREATE TABLE reference_counters (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL
);

CREATE TABLE cases (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference                 text NOT NULL UNIQUE,
    eservice_id               text NOT NULL REFERENCES eservices (id),
    status_id                 text NOT NULL REFERENCES statuses (id),
    assignee                  text,
    source                    text NOT NULL,
    external_id               text NOT NULL,
    applicant_name            text NOT NULL,
    applicant_personal_number text,
    applicant_email           text,
    applicant_phone           text,
    applicant_street          text,
    applicant_postal_code     text,
    applicant_city            text,
    protected_identity        boolean NOT NULL DEFAULT false,
    submitted_at              timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    closed_at                 timestamptz,
    last_activity_at          timestamptz NOT NULL,
    signature_state           text NOT NULL DEFAULT 'none'
                              CHECK (signature_state IN ('none', 'valid', 'mismatch', 'external', 'awaiting')),
    needs_action              boolean NOT NULL DEFAULT true,
    version                   integer NOT NULL DEFAULT 1,
    UNIQUE (source, external_id)
);
CREATE INDEX cases_status_idx ON cases (status_id, submitted_at DESC, id DESC);
CREATE INDEX cases_eservice_idx ON cases (eservice_id, submitted_at DESC, id DESC);
CREATE INDEX cases_assignee_idx ON cases (assignee, submitted_at DESC, id DESC);
CREATE INDEX cases_submitted_idx ON cases (submitted_at DESC, id DESC);
CREATE INDEX cases_activity_idx ON cases (last_activity_at DESC, id DESC);
CREATE INDEX cases_personal_number_idx ON cases (applicant_personal_number);
CREATE INDEX cases_closed_idx ON cases (closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE form_pages (
    case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    page_index integer NOT NULL,
    title      text NOT NULL,
    PRIMARY KEY (case_id, page_index)
);

CREATE TABLE form_fields (
    case_id      bigint NOT NULL,
    page_index   integer NOT NULL,
    field_index  integer NOT NULL,
    field_key    text NOT NULL,
    label        text NOT NULL,
    field_type   text NOT NULL,
    value_json   text NOT NULL, -- the value exactly as submitted (signatures are checked over it)
    value_text   text NOT NULL, -- the value as a person reads it
    visible_when text,
    PRIMARY KEY (case_id, page_index, field_index),
    FOREIGN KEY (case_id, page_index) REFERENCES form_pages (case_id, page_index) ON DELETE CASCADE
);

CREATE TABLE case_parties (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role               text NOT NULL,
    name               text NOT NULL,
    personal_number    text,
    required_signature boolean NOT NULL DEFAULT false
);
CREATE INDEX case_parties_case_idx ON case_parties (case_id);

CREATE TABLE signatures (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role            text NOT NULL,
    name            text NOT NULL,
    personal_number text,
    signed_at       timestamptz NOT NULL,
    provider        text NOT NULL,
    signed_digest   text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('pages_digest', 'oep'))
);
CREATE INDEX signatures_case_idx ON signatures (case_id);

CREATE TABLE messages (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    direction  text NOT NULL CHECK (direction IN ('in', 'out')),
    kind       text NOT NULL DEFAULT 'message',
    author     text NOT NULL,
    body       text NOT NULL,
    sent_at    timestamptz NOT NULL,
    read_at    timestamptz
);
CREATE INDEX messages_case_idx ON messages (case_id, sent_at);

CREATE TABLE attachments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    message_id bigint REFERENCES messages (id) ON DELETE CASCADE,
    field_key  text,
    file_name  text NOT NULL,
    mime_type  text NOT NULL,
    size_bytes bigint NOT NULL,
    sha256     text NOT NULL,
    content    bytea NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX attachments_case_idx ON attachments (case_id);
CREATE INDEX attachments_message_idx ON attachments (message_id);

CREATE TABLE notes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author     text NOT NULL,
    body       text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX notes_case_idx ON notes (case_id);

CREATE TABLE case_events (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    occurred_at    timestamptz NOT NULL,
    actor          text NOT NULL,
    kind           text NOT NULL,
    from_status_id text,
    to_status_id   text,
    detail         text
);
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at);

CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint REFERENCES cases (id) ON DELETE CASCADE,
    kind            text NOT NULL,
    recipient       text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- No personal data here: reference, e-service, times and counts only.
CREATE TABLE purge_log (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference        text NOT NULL,
    eservice_id      text NOT NULL,
    closed_at        timestamptz NOT NULL,
    purged_at        timestamptz NOT NULL,
    field_count      integer NOT NULL,
    attachment_count integer NOT NULL,
    message_count    integer NOT NULL,
    note_count       integer NOT NULL,
    signature_count  integer NOT NULL,
    event_count      integer NOT NULL,
    mail_count       integer NOT NULL
);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    case_id     bigint,
    reference   text,
    detail      text
);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at);

INSERT INTO statuses (id, eservice_id, name_sv, name_en, kind, sort_order, built_in) VALUES
    ('submitted', NULL, 'Inskickat', 'Submitted', 'submitted', 10, true),
    ('registered', NULL, 'Registrerat', 'Registered', 'registered', 20, true),
    ('in_progress', NULL, 'Under handläggning', 'In progress', 'in_progress', 30, true),
    ('waiting_supplement', NULL, 'Väntar på komplettering', 'Waiting for supplement', 'waiting', 40, false),
    ('supplemented', NULL, 'Kompletterat', 'Supplemented', 'submitted', 50, false),
    ('closed', NULL, 'Avslutat', 'Closed', 'closed', 90, true);

INSERT INTO status_transitions (from_status_id, to_status_id) VALUES
    ('submitted', 'registered'), ('submitted', 'in_progress'), ('submitted', 'closed'),
    ('registered', 'in_progress'), ('registered', 'waiting_supplement'), ('registered', 'closed'),
    ('in_progress', 'registered'), ('in_progress', 'waiting_supplement'), ('in_progress', 'closed'),
    ('waiting_supplement', 'supplemented'), ('waiting_supplement', 'in_progress'), ('waiting_supplement', 'closed'),
    ('supplemented', 'in_progress'), ('supplemented', 'waiting_supplement'), ('supplemented', 'closed'),
    ('closed', 'in_progress');

INSERT INTO settings (key, value) VALUES ('case.reference_prefix', 'CD');
