-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0025: a caseworker's "Fetch from Navet" waits here for the background service, which holds the
-- organisation's certificate (issue #14 §2). One request waiting per case; the answer is the
-- register entries (0024), or why Navet could not give them.
--
-- Nobody touches the table directly. casedesk_request_register_lookup queues a request for a
-- case the caller may work (so a reader cannot, and nobody can ask about a person: the service
-- looks up the people the case itself names); casedesk_waiting_register_requests and
-- casedesk_answer_register_request are the background service's (and administrators'). The case
-- document carries the case's latest request, so the case view says "waiting" or why it failed.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE register_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL,
    answered_at  timestamptz,
    failure      text, -- why Navet could not answer, in English; never personal data
    CHECK (answered_at IS NOT NULL OR failure IS NULL)
);
CREATE UNIQUE INDEX register_requests_one_waiting ON register_requests (case_id) WHERE answered_at IS NULL;
CREATE INDEX register_requests_case_idx ON register_requests (case_id, requested_at);
ALTER TABLE register_requests ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON register_requests FROM PUBLIC;

-- Queues a lookup of every person the case names; the id of the request waiting for the case
-- (an earlier one that still waits is that request).
CREATE FUNCTION casedesk_request_register_lookup(p_reference text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_request bigint;
BEGIN
    SELECT c.id INTO v_case FROM cases c WHERE c.reference = p_reference;
    -- A case the caller may not work is answered as a missing one.
    IF v_case IS NULL OR NOT casedesk_case_workable(v_case) THEN
        PERFORM casedesk_guard_refuse('no_case', jsonb_build_array(p_reference), 'no case with reference ' || p_reference);
    END IF;
    INSERT INTO register_requests (case_id, requested_by, requested_at) VALUES (v_case, session_user, now())
        ON CONFLICT (case_id) WHERE answered_at IS NULL DO NOTHING
        RETURNING id INTO v_request;
    IF v_request IS NULL THEN
        SELECT r.id INTO v_request FROM register_requests r WHERE r.case_id = v_case AND r.answered_at IS NULL;
        RETURN v_request;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
        VALUES (now(), session_user, 'case.register_requested', v_case, p_reference);
    RETURN v_request;
END
$$;
REVOKE ALL ON FUNCTION casedesk_request_register_lookup(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_request_register_lookup(text) TO casedesk_admin, casedesk_caseworker;

-- The requests waiting, oldest first.
CREATE FUNCTION casedesk_waiting_register_requests(p_limit integer)
    RETURNS TABLE (id bigint, reference text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service', 'admin') THEN
        PERFORM casedesk_guard_refuse('register_writers', '[]',
                                      'only the background service and administrators record what Navet answered');
    END IF;
    RETURN QUERY SELECT r.id, c.reference FROM register_requests r JOIN cases c ON c.id = r.case_id
        WHERE r.answered_at IS NULL ORDER BY r.requested_at, r.id LIMIT greatest(p_limit, 0);
END
$$;
REVOKE ALL ON FUNCTION casedesk_waiting_register_requests(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_waiting_register_requests(integer) TO casedesk_admin, casedesk_service;

-- The request is answered: NULL p_failure when every person's answer was stored, else why not.
-- The case gets a new version, so an open case view reads it again through the live updates.
CREATE FUNCTION casedesk_answer_register_request(p_id bigint, p_failure text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service', 'admin') THEN
        PERFORM casedesk_guard_refuse('register_writers', '[]',
                                      'only the background service and administrators record what Navet answered');
    END IF;
    UPDATE register_requests SET answered_at = now(), failure = left(p_failure, 2000)
        WHERE id = p_id AND answered_at IS NULL RETURNING case_id INTO v_case;
    IF v_case IS NOT NULL THEN
        UPDATE cases SET updated_at = now(), version = version + 1 WHERE id = v_case;
    END IF;
END
$$;
REVOKE ALL ON FUNCTION casedesk_answer_register_request(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_answer_register_request(bigint, text) TO casedesk_admin, casedesk_service;

-- The case document of 0012 with what the register answered ('register': [{person, fetched_by,
-- fetched_at}], 0024) and the case's latest request ('register_request': {requested_by,
-- requested_at, answered_at, failure}, or null), under the same rule as the rest of its content.
-- Unchanged otherwise.
CREATE OR REPLACE FUNCTION casedesk_read_case(p_reference text) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_content boolean;
BEGIN
    SELECT c.id, (NOT c.protected_identity OR casedesk_can_see_protected()) INTO v_case, v_content
        FROM cases c
        WHERE c.reference = p_reference AND c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]);
    IF v_case IS NULL THEN
        RETURN NULL;
    END IF;
    IF v_content THEN
        PERFORM casedesk_log_personal_read(v_case, 'case');
    END IF;
    -- One statement, so one snapshot: the parts agree with each other.
    RETURN (SELECT jsonb_build_object(
        'summary', jsonb_build_object(
            'id', c.id, 'reference', c.reference, 'eservice_id', c.eservice_id, 'eservice_name', e.name,
            'status_id', c.status_id, 'status_name_sv', s.name_sv, 'status_name_en', s.name_en,
            'status_kind', s.kind, 'assignee', c.assignee, 'applicant_name', n.name,
            'personal_number', n.personal_number, 'protected_identity', c.protected_identity,
            'submitted_at', casedesk_utc_text(c.submitted_at), 'updated_at', casedesk_utc_text(c.updated_at),
            'closed_at', casedesk_utc_text(c.closed_at), 'last_activity_at', casedesk_utc_text(c.last_activity_at),
            'signature_state', c.signature_state, 'needs_action', c.needs_action, 'version', c.version,
            'unread_count', c.unread_count, 'supplement_due_at', c.supplement_due_at::text,
            'source', c.source, 'external_id', c.external_id),
        'content', v_content,
        'opened_recently', EXISTS (SELECT 1 FROM audit_log l WHERE l.case_id = c.id AND l.actor = session_user
                                   AND l.action = 'case.opened' AND l.occurred_at > now() - interval '5 minutes'),
        'applicant', CASE WHEN v_content THEN jsonb_build_object(
            'personal_number', c.applicant_personal_number, 'name', c.applicant_name, 'email', c.applicant_email,
            'phone', c.applicant_phone, 'street', c.applicant_street, 'postal_code', c.applicant_postal_code,
            'city', c.applicant_city) END,
        'pages', coalesce((SELECT jsonb_agg(jsonb_build_object('page_index', p.page_index, 'title', p.title)
                                            ORDER BY p.page_index)
                           FROM form_pages p WHERE v_content AND p.case_id = c.id), '[]'),
        -- value_json as text: the signature digest is computed over exactly what was stored.
        'fields', coalesce((SELECT jsonb_agg(jsonb_build_object('page_index', f.page_index, 'field_key', f.field_key,
                                                                'label', f.label, 'field_type', f.field_type,
                                                                'value_json', f.value_json, 'value_text', f.value_text,
                                                                'visible_when', f.visible_when)
                                             ORDER BY f.page_index, f.field_index)
                            FROM form_fields f WHERE v_content AND f.case_id = c.id), '[]'),
        'required', coalesce((SELECT jsonb_agg(jsonb_build_object('role', r.role, 'name', r.name,
                                                                  'personal_number', r.personal_number) ORDER BY r.id)
                              FROM case_parties r WHERE v_content AND r.case_id = c.id AND r.required_signature), '[]'),
        'signatures', coalesce((SELECT jsonb_agg(jsonb_build_object('role', g.role, 'personal_number', g.personal_number,
                                                                    'name', g.name, 'signed_at', casedesk_utc_text(g.signed_at),
                                                                    'provider', g.provider, 'signed_digest', g.signed_digest,
                                                                    'kind', g.kind) ORDER BY g.signed_at, g.id)
                                FROM signatures g WHERE v_content AND g.case_id = c.id), '[]'),
        'attachments', coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'message_id', t.message_id,
                                                                     'field_key', t.field_key, 'file_name', t.file_name,
                                                                     'mime_type', t.mime_type, 'size', t.size_bytes,
                                                                     'sha256', t.sha256) ORDER BY t.id)
                                 FROM attachments t WHERE v_content AND t.case_id = c.id), '[]'),
        'messages', coalesce((SELECT jsonb_agg(jsonb_build_object('id', m.id, 'direction', m.direction, 'kind', m.kind,
                                                                  'author', m.author, 'body', m.body,
                                                                  'sent_at', casedesk_utc_text(m.sent_at),
                                                                  'read_at', casedesk_utc_text(m.read_at))
                                              ORDER BY m.sent_at, m.id)
                              FROM messages m WHERE v_content AND m.case_id = c.id), '[]'),
        'notes', coalesce((SELECT jsonb_agg(jsonb_build_object('id', o.id, 'author', o.author, 'body', o.body,
                                                               'created_at', casedesk_utc_text(o.created_at))
                                           ORDER BY o.created_at, o.id)
                           FROM notes o WHERE v_content AND o.case_id = c.id), '[]'),
        'events', coalesce((SELECT jsonb_agg(jsonb_build_object('id', v.id, 'occurred_at', casedesk_utc_text(v.occurred_at),
                                                                'actor', v.actor, 'kind', v.kind,
                                                                'from_status_id', v.from_status_id,
                                                                'to_status_id', v.to_status_id, 'detail', v.detail)
                                            ORDER BY v.occurred_at, v.id)
                            FROM case_events v WHERE v_content AND v.case_id = c.id), '[]'),
        'register', coalesce((SELECT jsonb_agg(jsonb_build_object('person', r.person, 'fetched_by', r.fetched_by,
                                                                  'fetched_at', casedesk_utc_text(r.fetched_at))
                                               ORDER BY r.fetched_at, r.personal_number)
                              FROM register_entries r WHERE v_content AND r.case_id = c.id), '[]'),
        'register_request', (SELECT jsonb_build_object('requested_by', q.requested_by,
                                                       'requested_at', casedesk_utc_text(q.requested_at),
                                                       'answered_at', casedesk_utc_text(q.answered_at),
                                                       'failure', q.failure)
                             FROM register_requests q WHERE v_content AND q.case_id = c.id
                             ORDER BY q.requested_at DESC, q.id DESC LIMIT 1))
        FROM cases c JOIN eservices e ON e.id = c.eservice_id JOIN statuses s ON s.id = c.status_id
        LEFT JOIN LATERAL (SELECT x.name, x.personal_number FROM case_applicant_names x WHERE x.case_id = c.id LIMIT 1) n
            ON true
        WHERE c.id = v_case);
END
$$;
