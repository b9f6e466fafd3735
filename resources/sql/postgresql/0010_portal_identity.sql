-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The portal acts for one verified citizen (docs/portal-contract.md). Until now every
-- casedesk_portal_*() function took a bare case reference, so whoever held the portal's login
-- could read any case by counting references. Now every function takes the identity the portal
-- verified by e-ID (the personal number, 12 digits YYYYMMDDNNNN; '-', '+' and spaces are
-- ignored) first, and answers only for a case where that person is the applicant, a party or a
-- signer. A wrong pair gets exactly the answer of a missing case. casedesk_portal_cases() lists
-- the citizen's own cases for Min sida. The SQLite file of the same number adds the same
-- indexes; PortalRepository applies the same rule there.
--
-- Every function is SECURITY DEFINER with the search_path of this migration pinned, pg_temp
-- last, so that a caller's temporary table or function is never resolved instead of ours.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- Stored personal numbers are normalised "YYYYMMDD-NNNN" (PersonalNumber::normalize); the
-- applicant's column is indexed since 0001.
CREATE INDEX case_parties_personal_number_idx ON case_parties (personal_number) WHERE personal_number IS NOT NULL;
CREATE INDEX signatures_personal_number_idx ON signatures (personal_number) WHERE personal_number IS NOT NULL;

DROP FUNCTION casedesk_portal_case(text);
DROP FUNCTION casedesk_portal_messages(text);
DROP FUNCTION casedesk_portal_documents(text);
DROP FUNCTION casedesk_portal_document(text, bigint);
DROP FUNCTION casedesk_portal_decision(text);
DROP FUNCTION casedesk_portal_reply(text, text);
DROP FUNCTION casedesk_portal_supplement(text, text);
DROP FUNCTION casedesk_portal_attach(text, bigint, text, text, bytea);
DROP FUNCTION casedesk_portal_read(text);
DROP FUNCTION casedesk_portal_write(text, text, boolean);
DROP FUNCTION casedesk_portal_case_id(text);

-- The forms a stored personal number may have for an identity: {"YYYYMMDD-NNNN", "YYYYMMDDNNNN"}.
-- Anything that is not 12 digits after dropping '-', '+' and spaces is refused. Internal.
CREATE FUNCTION casedesk_portal_identity_forms(p_identity text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_digits text := pg_catalog.translate(coalesce(p_identity, ''), '-+ ', '');
BEGIN
    IF v_digits !~ '^[0-9]{12}$' THEN
        RAISE EXCEPTION 'identity: expected a personal number of 12 digits (YYYYMMDDNNNN)' USING ERRCODE = '22023';
    END IF;
    RETURN ARRAY[pg_catalog.substr(v_digits, 1, 8) || '-' || pg_catalog.substr(v_digits, 9, 4), v_digits];
END
$$;

-- Does the case concern the person: applicant, party (co-applicant, guardian, required signer)
-- or signer? Internal.
CREATE FUNCTION casedesk_portal_concerns(p_case bigint, p_forms text[]) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.applicant_personal_number = ANY (p_forms))
        OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = p_case AND p.personal_number = ANY (p_forms))
        OR EXISTS (SELECT 1 FROM signatures s WHERE s.case_id = p_case AND s.personal_number = ANY (p_forms))
$$;

-- The case of a reference when it concerns the identity, else NULL (a missing case and someone
-- else's case look the same). Internal: not granted to anyone.
CREATE FUNCTION casedesk_portal_case_id(p_identity text, p_reference text) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.id FROM cases c
    WHERE c.reference = p_reference AND casedesk_portal_concerns(c.id, casedesk_portal_identity_forms(p_identity))
$$;

-- Min sida: the citizen's own cases, most recent activity first; unread_count is the messages
-- from the municipality the citizen has not read.
CREATE FUNCTION casedesk_portal_cases(p_identity text)
    RETURNS TABLE (reference text, eservice_name text, status_id text, status_name text,
                   last_activity_at timestamptz, unread_count integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    WITH forms AS (SELECT casedesk_portal_identity_forms(p_identity) AS f),
    mine AS (
        SELECT c.id FROM cases c, forms WHERE c.applicant_personal_number = ANY (forms.f)
        UNION
        SELECT p.case_id FROM case_parties p, forms WHERE p.personal_number = ANY (forms.f)
        UNION
        SELECT s.case_id FROM signatures s, forms WHERE s.personal_number = ANY (forms.f)
    )
    SELECT c.reference, e.name, c.status_id, CASE WHEN e.language = 'en' THEN s.name_en ELSE s.name_sv END,
           c.last_activity_at,
           (SELECT pg_catalog.count(*)::integer FROM messages m
            WHERE m.case_id = c.id AND m.direction = 'out' AND m.read_at IS NULL)
    FROM mine
    JOIN cases c ON c.id = mine.id
    JOIN eservices e ON e.id = c.eservice_id
    JOIN statuses s ON s.id = c.status_id
    ORDER BY c.last_activity_at DESC, c.id DESC
$$;

CREATE FUNCTION casedesk_portal_case(p_identity text, p_reference text)
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
    WHERE c.id = casedesk_portal_case_id(p_identity, p_reference)
$$;

CREATE FUNCTION casedesk_portal_messages(p_identity text, p_reference text)
    RETURNS TABLE (id bigint, direction text, kind text, body text, sent_at timestamptz, read_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT m.id, m.direction, m.kind, m.body, m.sent_at, m.read_at
    FROM messages m
    WHERE m.case_id = casedesk_portal_case_id(p_identity, p_reference)
    ORDER BY m.sent_at, m.id
$$;

-- Attachments of messages (never the caseworkers' handling of the submission's own files).
CREATE FUNCTION casedesk_portal_documents(p_identity text, p_reference text)
    RETURNS TABLE (id bigint, message_id bigint, file_name text, mime_type text, size_bytes bigint, sha256 text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size_bytes, a.sha256
    FROM attachments a
    WHERE a.case_id = casedesk_portal_case_id(p_identity, p_reference) AND a.message_id IS NOT NULL
    ORDER BY a.id
$$;

CREATE FUNCTION casedesk_portal_document(p_identity text, p_reference text, p_attachment bigint)
    RETURNS TABLE (id bigint, file_name text, mime_type text, size_bytes bigint, sha256 text, content bytea)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.id, a.file_name, a.mime_type, a.size_bytes, a.sha256, a.content
    FROM attachments a
    WHERE a.id = p_attachment AND a.case_id = casedesk_portal_case_id(p_identity, p_reference)
      AND a.message_id IS NOT NULL
$$;

CREATE FUNCTION casedesk_portal_decision(p_identity text, p_reference text)
    RETURNS TABLE (id bigint, outcome_id text, outcome_name_sv text, outcome_name_en text, body text,
                   decided_at timestamptz, corrects_decision_id bigint, document_attachment_id bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT d.id, d.outcome_id, d.outcome_name_sv, d.outcome_name_en, d.body, d.decided_at, d.corrects_decision_id,
           d.document_attachment_id
    FROM decisions d
    WHERE d.case_id = casedesk_portal_case_id(p_identity, p_reference)
    ORDER BY d.decided_at, d.id
$$;

-- A message from the applicant (p_supplement: the answer to the open supplement request,
-- which moves the case to 'supplemented'). Unread for caseworkers, needs action. Returns the
-- new message's id. Internal.
CREATE FUNCTION casedesk_portal_write(p_identity text, p_reference text, p_body text, p_supplement boolean)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case cases%ROWTYPE;
    v_request bigint;
    v_message bigint;
    v_status text;
BEGIN
    SELECT * INTO v_case FROM cases c WHERE c.id = casedesk_portal_case_id(p_identity, p_reference) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no case with reference %', pg_catalog.left(p_reference, 40) USING ERRCODE = 'P0002';
    END IF;
    IF p_body IS NULL THEN
        RAISE EXCEPTION 'text: missing (use an empty text for files only)' USING ERRCODE = '22023';
    END IF;
    IF pg_catalog.length(p_body) > 20000 THEN
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
        VALUES (v_case.id, 'in', CASE WHEN p_supplement THEN 'supplement' ELSE 'message' END, 'applicant', p_body,
                pg_catalog.now())
        RETURNING messages.id INTO v_message;
    IF p_supplement THEN
        UPDATE supplement_requests SET answered_at = pg_catalog.now(), answer_message_id = v_message
            WHERE id = v_request;
    END IF;
    UPDATE cases SET status_id = v_status, unread_count = unread_count + 1, needs_action = true,
                     supplement_due_at = CASE WHEN p_supplement THEN NULL ELSE supplement_due_at END,
                     updated_at = pg_catalog.now(), last_activity_at = pg_catalog.now(), version = version + 1
        WHERE id = v_case.id;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail)
        VALUES (v_case.id, pg_catalog.now(), 'portal',
                CASE WHEN p_supplement THEN 'supplement_received' ELSE 'message_received' END,
                CASE WHEN v_status <> v_case.status_id THEN v_case.status_id END,
                CASE WHEN v_status <> v_case.status_id THEN v_status END, NULL);
    RETURN v_message;
END
$$;

CREATE FUNCTION casedesk_portal_reply(p_identity text, p_reference text, p_body text) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT casedesk_portal_write(p_identity, p_reference, p_body, false) $$;

CREATE FUNCTION casedesk_portal_supplement(p_identity text, p_reference text, p_body text) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT casedesk_portal_write(p_identity, p_reference, p_body, true) $$;

-- A file attached to a message the applicant wrote in this same transaction (the portal has
-- already checked its name and type with the intake rules). Returns the attachment's id.
CREATE FUNCTION casedesk_portal_attach(p_identity text, p_reference text, p_message bigint, p_file_name text,
                                       p_mime_type text, p_content bytea) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_id bigint;
BEGIN
    SELECT m.case_id INTO v_case FROM messages m
        WHERE m.id = p_message AND m.case_id = casedesk_portal_case_id(p_identity, p_reference)
          AND m.direction = 'in' AND m.sent_at = pg_catalog.now();
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'attachments go with a message written in the same transaction' USING ERRCODE = '42501';
    END IF;
    IF p_file_name IS NULL OR pg_catalog.length(p_file_name) NOT BETWEEN 1 AND 180 OR p_file_name ~ '[/\\[:cntrl:]]'
       OR p_content IS NULL OR pg_catalog.octet_length(p_content) NOT BETWEEN 1 AND 26214400
       OR p_mime_type !~ '^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$' THEN
        RAISE EXCEPTION 'attachment refused' USING ERRCODE = '22023';
    END IF;
    INSERT INTO attachments (case_id, message_id, field_key, file_name, mime_type, size_bytes, sha256, content, created_at)
        VALUES (v_case, p_message, NULL, p_file_name, p_mime_type, pg_catalog.octet_length(p_content),
                pg_catalog.encode(pg_catalog.sha256(p_content), 'hex'), p_content, pg_catalog.now())
        RETURNING attachments.id INTO v_id;
    RETURN v_id;
END
$$;

-- The applicant has read every message from the municipality (read receipts). Returns how many
-- were new.
CREATE FUNCTION casedesk_portal_read(p_identity text, p_reference text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_count integer;
BEGIN
    SELECT c.id INTO v_case FROM cases c WHERE c.id = casedesk_portal_case_id(p_identity, p_reference) FOR UPDATE;
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'no case with reference %', pg_catalog.left(p_reference, 40) USING ERRCODE = 'P0002';
    END IF;
    UPDATE messages SET read_at = pg_catalog.now() WHERE case_id = v_case AND direction = 'out' AND read_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count > 0 THEN
        UPDATE cases SET version = version + 1, last_activity_at = pg_catalog.now() WHERE id = v_case;
        INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)
            VALUES (v_case, pg_catalog.now(), 'portal', 'messages_read', v_count::text);
    END IF;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION casedesk_portal_identity_forms(text), casedesk_portal_concerns(bigint, text[]),
    casedesk_portal_case_id(text, text), casedesk_portal_cases(text), casedesk_portal_case(text, text),
    casedesk_portal_messages(text, text), casedesk_portal_documents(text, text),
    casedesk_portal_document(text, text, bigint), casedesk_portal_decision(text, text),
    casedesk_portal_write(text, text, text, boolean), casedesk_portal_reply(text, text, text),
    casedesk_portal_supplement(text, text, text), casedesk_portal_attach(text, text, bigint, text, text, bytea),
    casedesk_portal_read(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_portal_cases(text), casedesk_portal_case(text, text),
    casedesk_portal_messages(text, text), casedesk_portal_documents(text, text),
    casedesk_portal_document(text, text, bigint), casedesk_portal_decision(text, text),
    casedesk_portal_reply(text, text, text), casedesk_portal_supplement(text, text, text),
    casedesk_portal_attach(text, text, bigint, text, text, bytea), casedesk_portal_read(text, text)
    TO casedesk_portal;
