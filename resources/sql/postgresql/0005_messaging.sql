-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Messaging (issue 7): read receipts and unread counts, supplement requests, decisions with
-- outcomes per e-service, message and mail templates per e-service, which events an e-service
-- announces by mail, and the portal contract (docs/portal-contract.md). The SQLite file of the
-- same number holds the same logical schema.

-- Inbound messages no caseworker has opened yet (the inbox shows them), and the due date of
-- the open supplement request, for overdue marking.
ALTER TABLE cases ADD COLUMN unread_count integer NOT NULL DEFAULT 0 CHECK (unread_count >= 0);
ALTER TABLE cases ADD COLUMN supplement_due_at date;
CREATE INDEX cases_supplement_due_idx ON cases (supplement_due_at) WHERE supplement_due_at IS NOT NULL;

-- Does the e-service mail the applicant when a case is closed (case_closed)?
ALTER TABLE eservices ADD COLUMN announce_closed boolean NOT NULL DEFAULT false;

-- A decision closes the case.
INSERT INTO statuses (id, eservice_id, name_sv, name_en, kind, sort_order, built_in) VALUES
    ('decided', NULL, 'Beslutat', 'Decided', 'closed', 80, true);
INSERT INTO status_transitions (from_status_id, to_status_id) VALUES
    ('submitted', 'decided'), ('registered', 'decided'), ('in_progress', 'decided'),
    ('waiting_supplement', 'decided'), ('supplemented', 'decided'), ('decided', 'in_progress'),
    -- A supplement can be asked for as soon as a case is in.
    ('submitted', 'waiting_supplement');

CREATE TABLE supplement_requests (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    message_id        bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    body              text NOT NULL,
    due_date          date NOT NULL,
    requested_by      text NOT NULL,
    requested_at      timestamptz NOT NULL,
    answered_at       timestamptz,
    answer_message_id bigint REFERENCES messages (id) ON DELETE CASCADE
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
    active      boolean NOT NULL DEFAULT true
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
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    outcome_id             text NOT NULL,
    outcome_name_sv        text NOT NULL,
    outcome_name_en        text NOT NULL,
    body                   text NOT NULL,
    document_attachment_id bigint REFERENCES attachments (id),
    message_id             bigint REFERENCES messages (id),
    decided_by             text NOT NULL,
    decided_at             timestamptz NOT NULL,
    corrects_decision_id   bigint REFERENCES decisions (id)
);
CREATE INDEX decisions_case_idx ON decisions (case_id);
CREATE UNIQUE INDEX decisions_corrects_idx ON decisions (corrects_decision_id) WHERE corrects_decision_id IS NOT NULL;

-- Nobody holds UPDATE or DELETE on decisions; these triggers stop the owner too. Only purging
-- the whole case (the cascade from cases) removes a decision.
CREATE FUNCTION casedesk_decisions_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'decisions cannot be changed: record a correction' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM cases c WHERE c.id = OLD.case_id) THEN
        RAISE EXCEPTION 'decisions cannot be deleted' USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION casedesk_decisions_append_only();

CREATE TABLE message_templates (
    eservice_id text NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    name        text NOT NULL,
    body        text NOT NULL,
    updated_at  timestamptz NOT NULL,
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
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (eservice_id, kind, language)
);

-- ---------------------------------------------------------------------------------------------
-- Rights. The new case columns: read by everyone who reads the case row, kept up to date by
-- whoever works the case.
GRANT SELECT (unread_count, supplement_due_at) ON cases
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE (unread_count, supplement_due_at) ON cases TO casedesk_admin, casedesk_caseworker, casedesk_service;

-- Supplement requests and decisions are case data: readable with the case, written by those
-- who work it. Decisions get no UPDATE or DELETE for anyone.
GRANT SELECT ON supplement_requests, decisions TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT INSERT ON supplement_requests, decisions TO casedesk_admin, casedesk_caseworker, casedesk_service;
GRANT UPDATE (answered_at, answer_message_id) ON supplement_requests TO casedesk_admin, casedesk_caseworker, casedesk_service;
GRANT DELETE ON supplement_requests TO casedesk_admin, casedesk_service;

ALTER TABLE supplement_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY supplement_requests_read ON supplement_requests FOR SELECT USING (casedesk_case_readable(case_id));
CREATE POLICY supplement_requests_insert ON supplement_requests FOR INSERT WITH CHECK (casedesk_case_workable(case_id));
CREATE POLICY supplement_requests_update ON supplement_requests FOR UPDATE
    USING (casedesk_case_workable(case_id)) WITH CHECK (casedesk_case_workable(case_id));
CREATE POLICY supplement_requests_delete ON supplement_requests FOR DELETE
    USING (casedesk_current_role() IN ('owner', 'service', 'admin'));

ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY decisions_read ON decisions FOR SELECT USING (casedesk_case_readable(case_id));
CREATE POLICY decisions_insert ON decisions FOR INSERT
    WITH CHECK (casedesk_case_workable(case_id) AND decided_by = session_user);

-- Templates and outcomes: reference data everyone reads and administrators keep.
GRANT SELECT ON decision_outcomes, message_templates, mail_templates
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT INSERT, UPDATE, DELETE ON decision_outcomes, message_templates, mail_templates TO casedesk_admin;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['decision_outcomes', 'message_templates', 'mail_templates'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (casedesk_current_role() IS NOT NULL)', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (casedesk_is_admin()) WITH CHECK (casedesk_is_admin())',
                       t || '_write', t);
    END LOOP;
END
$$;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- ---------------------------------------------------------------------------------------------
-- The portal contract. The casedesk_portal role holds no table rights at all: the portal reads
-- and writes one case at a time, by reference, through these SECURITY DEFINER functions, which
-- return only what the applicant may see (never notes, assignees, caseworker logins, audit data
-- or personal data). The citizen's identity is checked by the portal before it calls.

-- The case of a reference, or NULL. Internal: not granted to anyone.
CREATE FUNCTION casedesk_portal_case_id(p_reference text) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT c.id FROM cases c WHERE c.reference = p_reference $$;

CREATE FUNCTION casedesk_portal_case(p_reference text)
    RETURNS TABLE (reference text, eservice_name text, status_id text, status_name_sv text, status_name_en text,
                   status_kind text, submitted_at timestamptz, closed_at timestamptz, supplement_id bigint,
                   supplement_body text, supplement_due date, supplement_requested_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.reference, e.name, c.status_id, s.name_sv, s.name_en, s.kind, c.submitted_at, c.closed_at,
           r.id, r.body, r.due_date, r.requested_at
    FROM cases c
    JOIN eservices e ON e.id = c.eservice_id
    JOIN statuses s ON s.id = c.status_id
    LEFT JOIN supplement_requests r ON r.case_id = c.id AND r.answered_at IS NULL AND s.kind <> 'closed'
    WHERE c.reference = p_reference
$$;

CREATE FUNCTION casedesk_portal_messages(p_reference text)
    RETURNS TABLE (id bigint, direction text, kind text, body text, sent_at timestamptz, read_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT m.id, m.direction, m.kind, m.body, m.sent_at, m.read_at
    FROM messages m
    WHERE m.case_id = casedesk_portal_case_id(p_reference)
    ORDER BY m.sent_at, m.id
$$;

-- Attachments of messages (never the caseworkers' handling of the submission's own files).
CREATE FUNCTION casedesk_portal_documents(p_reference text)
    RETURNS TABLE (id bigint, message_id bigint, file_name text, mime_type text, size_bytes bigint, sha256 text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size_bytes, a.sha256
    FROM attachments a
    WHERE a.case_id = casedesk_portal_case_id(p_reference) AND a.message_id IS NOT NULL
    ORDER BY a.id
$$;

CREATE FUNCTION casedesk_portal_document(p_reference text, p_attachment bigint)
    RETURNS TABLE (id bigint, file_name text, mime_type text, size_bytes bigint, sha256 text, content bytea)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.id, a.file_name, a.mime_type, a.size_bytes, a.sha256, a.content
    FROM attachments a
    WHERE a.id = p_attachment AND a.case_id = casedesk_portal_case_id(p_reference) AND a.message_id IS NOT NULL
$$;

CREATE FUNCTION casedesk_portal_decision(p_reference text)
    RETURNS TABLE (id bigint, outcome_id text, outcome_name_sv text, outcome_name_en text, body text,
                   decided_at timestamptz, corrects_decision_id bigint, document_attachment_id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT d.id, d.outcome_id, d.outcome_name_sv, d.outcome_name_en, d.body, d.decided_at, d.corrects_decision_id,
           d.document_attachment_id
    FROM decisions d
    WHERE d.case_id = casedesk_portal_case_id(p_reference)
    ORDER BY d.decided_at, d.id
$$;

-- A message from the applicant (p_supplement: the answer to the open supplement request,
-- which moves the case to 'supplemented'). Unread for caseworkers, needs action. Returns the
-- new message's id.
CREATE FUNCTION casedesk_portal_write(p_reference text, p_body text, p_supplement boolean) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case cases%ROWTYPE;
    v_request bigint;
    v_message bigint;
    v_status text;
BEGIN
    SELECT * INTO v_case FROM cases c WHERE c.reference = p_reference FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no case with reference %', p_reference USING ERRCODE = 'P0002';
    END IF;
    IF p_body IS NULL THEN
        RAISE EXCEPTION 'text: missing (use an empty text for files only)' USING ERRCODE = '22023';
    END IF;
    IF length(p_body) > 20000 THEN
        RAISE EXCEPTION 'text: at most 20000 characters' USING ERRCODE = '22023';
    END IF;
    v_status := v_case.status_id;
    IF p_supplement THEN
        SELECT r.id INTO v_request FROM supplement_requests r JOIN statuses s ON s.id = v_case.status_id
            WHERE r.case_id = v_case.id AND r.answered_at IS NULL AND s.kind <> 'closed';
        IF v_request IS NULL THEN
            RAISE EXCEPTION 'the case has no open supplement request' USING ERRCODE = 'P0002';
        END IF;
        IF EXISTS (SELECT 1 FROM status_transitions t WHERE t.from_status_id = v_case.status_id
                   AND t.to_status_id = 'supplemented') THEN
            v_status := 'supplemented';
        END IF;
    END IF;
    INSERT INTO messages (case_id, direction, kind, author, body, sent_at)
        VALUES (v_case.id, 'in', CASE WHEN p_supplement THEN 'supplement' ELSE 'message' END, 'applicant', p_body, now())
        RETURNING messages.id INTO v_message;
    IF p_supplement THEN
        UPDATE supplement_requests SET answered_at = now(), answer_message_id = v_message WHERE id = v_request;
    END IF;
    UPDATE cases SET status_id = v_status, unread_count = unread_count + 1, needs_action = true,
                     supplement_due_at = CASE WHEN p_supplement THEN NULL ELSE supplement_due_at END,
                     updated_at = now(), last_activity_at = now(), version = version + 1
        WHERE id = v_case.id;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail)
        VALUES (v_case.id, now(), 'portal', CASE WHEN p_supplement THEN 'supplement_received' ELSE 'message_received' END,
                CASE WHEN v_status <> v_case.status_id THEN v_case.status_id END,
                CASE WHEN v_status <> v_case.status_id THEN v_status END, NULL);
    RETURN v_message;
END
$$;

CREATE FUNCTION casedesk_portal_reply(p_reference text, p_body text) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT casedesk_portal_write(p_reference, p_body, false) $$;

CREATE FUNCTION casedesk_portal_supplement(p_reference text, p_body text) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT casedesk_portal_write(p_reference, p_body, true) $$;

-- A file attached to a message the applicant wrote in this same transaction (the portal has
-- already checked its name and type with the intake rules). Returns the attachment's id.
CREATE FUNCTION casedesk_portal_attach(p_reference text, p_message bigint, p_file_name text, p_mime_type text,
                                       p_content bytea) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_id bigint;
BEGIN
    SELECT m.case_id INTO v_case FROM messages m JOIN cases c ON c.id = m.case_id
        WHERE m.id = p_message AND c.reference = p_reference AND m.direction = 'in' AND m.sent_at = now();
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'attachments go with a message written in the same transaction' USING ERRCODE = '42501';
    END IF;
    IF p_file_name IS NULL OR length(p_file_name) NOT BETWEEN 1 AND 180 OR p_file_name ~ '[/\\[:cntrl:]]'
       OR p_content IS NULL OR octet_length(p_content) NOT BETWEEN 1 AND 26214400
       OR p_mime_type !~ '^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$' THEN
        RAISE EXCEPTION 'attachment refused' USING ERRCODE = '22023';
    END IF;
    INSERT INTO attachments (case_id, message_id, field_key, file_name, mime_type, size_bytes, sha256, content, created_at)
        VALUES (v_case, p_message, NULL, p_file_name, p_mime_type, octet_length(p_content),
                encode(sha256(p_content), 'hex'), p_content, now())
        RETURNING attachments.id INTO v_id;
    RETURN v_id;
END
$$;

-- The applicant has read every message from the municipality (read receipts). Returns how many
-- were new.
CREATE FUNCTION casedesk_portal_read(p_reference text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_count integer;
BEGIN
    SELECT c.id INTO v_case FROM cases c WHERE c.reference = p_reference FOR UPDATE;
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'no case with reference %', p_reference USING ERRCODE = 'P0002';
    END IF;
    UPDATE messages SET read_at = now() WHERE case_id = v_case AND direction = 'out' AND read_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count > 0 THEN
        UPDATE cases SET version = version + 1, last_activity_at = now() WHERE id = v_case;
        INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)
            VALUES (v_case, now(), 'portal', 'messages_read', v_count::text);
    END IF;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION casedesk_portal_case_id(text), casedesk_portal_case(text), casedesk_portal_messages(text),
    casedesk_portal_documents(text), casedesk_portal_document(text, bigint), casedesk_portal_decision(text),
    casedesk_portal_write(text, text, boolean), casedesk_portal_reply(text, text), casedesk_portal_supplement(text, text),
    casedesk_portal_attach(text, bigint, text, text, bytea), casedesk_portal_read(text),
    casedesk_decisions_append_only() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_portal_case(text), casedesk_portal_messages(text), casedesk_portal_documents(text),
    casedesk_portal_document(text, bigint), casedesk_portal_decision(text), casedesk_portal_reply(text, text),
    casedesk_portal_supplement(text, text), casedesk_portal_attach(text, bigint, text, text, bytea),
    casedesk_portal_read(text) TO casedesk_portal;
