-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0032: the case as CaseDesk reads it (casedesk_read_case, and the case after a change,
-- casedesk_case_summary) carries its due day in its status (0031), so that the case header says
-- when it must leave the status. 'status_due_on' is added to the summary; 9999-12-31 is no due day.
--
-- casedesk_read_case keeps its body (0027) under a new name, which only the wrapper calls; the
-- wrapper runs as the caller and reads the day from the case the caller was just shown.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

ALTER FUNCTION casedesk_read_case(text) RENAME TO casedesk_read_case_document;

CREATE FUNCTION casedesk_read_case(p_reference text) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_doc jsonb;
BEGIN
    v_doc := casedesk_read_case_document(p_reference);
    IF v_doc IS NULL OR NOT (v_doc ? 'summary') THEN
        RETURN v_doc;
    END IF;
    RETURN jsonb_set(v_doc, '{summary,status_due_on}',
                     coalesce(to_jsonb((SELECT c.status_due_on::text FROM cases c
                                        WHERE c.id = (v_doc->'summary'->>'id')::bigint)), 'null'::jsonb));
END
$$;
REVOKE ALL ON FUNCTION casedesk_read_case(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_read_case(text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- 0013's summary, with the due day.
CREATE OR REPLACE FUNCTION casedesk_case_summary(p_case bigint) RETURNS jsonb
    LANGUAGE sql STABLE SET search_path FROM CURRENT
AS $$
    SELECT jsonb_build_object(
        'id', c.id, 'reference', c.reference, 'eservice_id', c.eservice_id, 'eservice_name', e.name,
        'status_id', c.status_id, 'status_name_sv', s.name_sv, 'status_name_en', s.name_en,
        'status_kind', s.kind, 'assignee', c.assignee, 'applicant_name', n.name,
        'personal_number', n.personal_number, 'protected_identity', c.protected_identity,
        'submitted_at', casedesk_utc_text(c.submitted_at), 'updated_at', casedesk_utc_text(c.updated_at),
        'closed_at', casedesk_utc_text(c.closed_at), 'last_activity_at', casedesk_utc_text(c.last_activity_at),
        'signature_state', c.signature_state, 'needs_action', c.needs_action, 'version', c.version,
        'unread_count', c.unread_count, 'supplement_due_at', c.supplement_due_at::text,
        'status_due_on', c.status_due_on::text)
    FROM cases c JOIN eservices e ON e.id = c.eservice_id JOIN statuses s ON s.id = c.status_id
    LEFT JOIN LATERAL (SELECT x.name, x.personal_number FROM case_applicant_names x WHERE x.case_id = c.id LIMIT 1) n
        ON true
    WHERE c.id = p_case
$$;
