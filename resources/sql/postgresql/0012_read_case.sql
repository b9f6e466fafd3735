-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Opening a case in one round trip (issue #13): casedesk_read_case returns everything the case
-- view shows as one JSON document, read in one snapshot, instead of some ten statements and
-- eight logged per-table reads. It checks what row-level security checks (the case's e-service
-- readable; its content only when casedesk_case_readable, i.e. protected identity needs the
-- right) and logs the read once ('case.personal_data_read', the rule of 0011). A case the caller
-- may not read is NULL, as a missing one. casedesk_open_case reads it and then, in a
-- subtransaction of its own that may not wait for locks, marks it opened: the rows a caseworker
-- clears (needs action, unread messages, as the caller, so policies and write guards apply) and
-- 'case.opened' once per person and case every five minutes. When marking fails the case is
-- still returned, with the reason. The per-table casedesk_read_* functions stay for psql users.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- Timestamps as the client parses them: UTC, milliseconds, whatever the session's TimeZone.
CREATE FUNCTION casedesk_utc_text(p_time timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT
AS $$
    SELECT pg_catalog.to_char(p_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION casedesk_read_case(p_reference text) RETURNS jsonb
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
                            FROM case_events v WHERE v_content AND v.case_id = c.id), '[]'))
        FROM cases c JOIN eservices e ON e.id = c.eservice_id JOIN statuses s ON s.id = c.status_id
        LEFT JOIN LATERAL (SELECT x.name, x.personal_number FROM case_applicant_names x WHERE x.case_id = c.id LIMIT 1) n
            ON true
        WHERE c.id = v_case);
END
$$;
REVOKE ALL ON FUNCTION casedesk_read_case(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_read_case(text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Reads the case, then marks it opened when p_mark (a caseworker looked at it, not a script).
-- SECURITY INVOKER: the marking runs with the caller's rights, exactly as CaseDesk's own UPDATEs
-- did; the read is casedesk_read_case's.
CREATE FUNCTION casedesk_open_case(p_reference text, p_mark boolean) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_doc jsonb;
    v_case bigint;
    v_lock_timeout text;
    v_cleared boolean := false;
    v_read boolean := false;
BEGIN
    v_doc := casedesk_read_case(p_reference);
    IF v_doc IS NULL THEN
        RETURN NULL;
    END IF;
    v_case := (v_doc->'summary'->>'id')::bigint;
    v_lock_timeout := pg_catalog.current_setting('lock_timeout');
    BEGIN
        -- The case is shown whatever happens here: a writer holding the case row makes this part
        -- give up after a moment instead of holding the view.
        PERFORM pg_catalog.set_config('lock_timeout', '200ms', true);
        IF p_mark AND ((v_doc->'summary'->>'needs_action')::boolean OR (v_doc->'summary'->>'unread_count')::int > 0)
           AND casedesk_case_workable(v_case) THEN
            IF (v_doc->'summary'->>'needs_action')::boolean THEN
                UPDATE cases SET needs_action = false WHERE id = v_case AND needs_action;
                v_cleared := true;
            END IF;
            IF (v_doc->'summary'->>'unread_count')::int > 0 THEN
                UPDATE messages SET read_at = now() WHERE case_id = v_case AND direction = 'in' AND read_at IS NULL;
                UPDATE cases SET unread_count = 0 WHERE id = v_case AND unread_count <> 0;
                v_read := true;
            END IF;
        END IF;
        IF NOT (v_doc->>'opened_recently')::boolean THEN
            INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
                VALUES (now(), session_user, 'case.opened', v_case, p_reference);
        END IF;
        PERFORM pg_catalog.set_config('lock_timeout', v_lock_timeout, true);
    EXCEPTION WHEN OTHERS THEN
        PERFORM pg_catalog.set_config('lock_timeout', v_lock_timeout, true);
        RETURN v_doc || jsonb_build_object('mark_error', SQLERRM);
    END;
    RETURN v_doc || jsonb_build_object('cleared_needs_action', v_cleared, 'marked_read', v_read);
END
$$;
REVOKE ALL ON FUNCTION casedesk_open_case(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_open_case(text, boolean)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
