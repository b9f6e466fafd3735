-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Opening a case in the window in one round trip (issue #13 §2). casedesk_open_case (0012)
-- returns the case, but the window also shows its conversation, the statuses it may move to, the
-- person's access, the e-service's attachment types and its message templates: some twenty
-- further round trips through the per-part readers. casedesk_open_case_screen returns
-- casedesk_open_case's document with those parts added, in one statement.
--
-- SECURITY INVOKER: every part is read with the caller's own rights. The case comes from
-- casedesk_open_case (its checks and marking unchanged, so a case the caller may not read is
-- NULL); supplement requests and decisions from the logged readers of 0011
-- (casedesk_read_supplement_requests, casedesk_read_decisions: casedesk_case_readable, a
-- protected identity only with that right); the rest from tables every login role reads, and
-- only for the e-service of the case the caller could read.
--
-- The audit trail: the read of the case's personal data, the conversation included, is the one
-- 'case.personal_data_read' row of casedesk_read_case (0011's rule, once per person and case
-- every five minutes) and the opening is 'case.opened' (same rule). The window's separate
-- 'case.thread_read' row on every open said nothing those two do not, so the screen read writes
-- none; MessageService::thread, which reads the conversation alone, still does.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE FUNCTION casedesk_open_case_screen(p_reference text, p_mark boolean) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_doc jsonb;
    v_case bigint;
    v_eservice text;
    v_status text;
    v_content boolean;
BEGIN
    v_doc := casedesk_open_case(p_reference, p_mark);
    IF v_doc IS NULL THEN
        RETURN NULL;
    END IF;
    v_case := (v_doc->'summary'->>'id')::bigint;
    v_eservice := v_doc->'summary'->>'eservice_id';
    v_status := v_doc->'summary'->>'status_id';
    v_content := (v_doc->>'content')::boolean;
    -- The document was read before the marking: the applicant's messages it marked read were read
    -- at now(), the time of this transaction, which the UPDATE of casedesk_open_case wrote.
    IF (v_doc->>'marked_read')::boolean THEN
        v_doc := v_doc || jsonb_build_object('messages', coalesce((
            SELECT jsonb_agg(CASE WHEN m->>'direction' = 'in' AND jsonb_typeof(m->'read_at') = 'null'
                                  THEN m || jsonb_build_object('read_at', casedesk_utc_text(now())) ELSE m END
                             ORDER BY x.n)
            FROM jsonb_array_elements(v_doc->'messages') WITH ORDINALITY AS x(m, n)), '[]'));
    END IF;
    RETURN v_doc || jsonb_build_object(
        'supplement_requests', coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', r.id, 'case_id', r.case_id, 'message_id', r.message_id,
                                                'body', r.body, 'due_date', r.due_date::text,
                                                'requested_by', r.requested_by,
                                                'requested_at', casedesk_utc_text(r.requested_at),
                                                'answered_at', casedesk_utc_text(r.answered_at),
                                                'answer_message_id', r.answer_message_id)
                             ORDER BY r.requested_at, r.id)
            FROM casedesk_read_supplement_requests(v_case) r WHERE v_content), '[]'),
        'decisions', coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', d.id, 'case_id', d.case_id, 'outcome_id', d.outcome_id,
                                                'outcome_name_sv', d.outcome_name_sv,
                                                'outcome_name_en', d.outcome_name_en, 'body', d.body,
                                                'document_attachment_id', d.document_attachment_id,
                                                'document_file_name', a.file_name, 'message_id', d.message_id,
                                                'decided_by', d.decided_by,
                                                'decided_at', casedesk_utc_text(d.decided_at),
                                                'corrects_decision_id', d.corrects_decision_id)
                             ORDER BY d.decided_at, d.id)
            FROM casedesk_read_decisions(v_case) d LEFT JOIN attachments a ON a.id = d.document_attachment_id
            WHERE v_content), '[]'),
        'allowed_next', coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', s.id, 'eservice_id', s.eservice_id, 'name_sv', s.name_sv,
                                                'name_en', s.name_en, 'kind', s.kind, 'sort_order', s.sort_order,
                                                'built_in', s.built_in)
                             ORDER BY s.sort_order, s.id)
            FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
            WHERE t.from_status_id = v_status AND (s.eservice_id IS NULL OR s.eservice_id = v_eservice)), '[]'),
        'role', casedesk_current_role(),
        'can_work', coalesce(casedesk_can_work(v_eservice), false),
        'allowed_file_types', (SELECT e.allowed_file_types FROM eservices e WHERE e.id = v_eservice),
        'message_templates', coalesce((
            SELECT jsonb_agg(jsonb_build_object('eservice_id', m.eservice_id, 'name', m.name, 'body', m.body)
                             ORDER BY m.name)
            FROM message_templates m WHERE m.eservice_id = v_eservice), '[]'));
END
$$;
REVOKE ALL ON FUNCTION casedesk_open_case_screen(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_open_case_screen(text, boolean)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
