-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0027: an organisation as the applicant (issue #14 §1). A company or association applies with its
-- organisation number (organisationsnummer) in place of a personal number: `NNNNNN-NNNN`, the
-- third digit at least 2 (which no personal number has: it is a month's first digit) and the
-- last a Luhn check digit over the other nine.
--
-- An organisation number is public, so lists and the case show it whole, where a personal number
-- is masked until revealed. It is still the applicant's: like the name, nobody without the right
-- sees it on a protected case (a representative's protected identity, from Navet, protects the
-- whole case).
--
-- Writing: only intake, as for the rest of the applicant. Nobody but the owner holds UPDATE on
-- cases except for the columns of 0002/0008, so the column cannot be changed afterwards; the
-- CHECKs refuse a malformed number and a case with both numbers, whoever inserts.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- The database's own check of the form and check digit (OrganisationNumber.cpp checks the same
-- before the database is asked, so that intake names the field).
CREATE FUNCTION casedesk_valid_organisation_number(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT
AS $$
    SELECT p ~ '^[0-9]{2}[2-9][0-9]{3}-[0-9]{4}$'
       AND (SELECT sum(CASE WHEN i % 2 = 1 THEN (2 * d) / 10 + (2 * d) % 10 ELSE d END) % 10 = 0
            FROM (SELECT i, substr(replace(p, '-', ''), i, 1)::integer AS d FROM generate_series(1, 10) AS i) digits)
$$;

ALTER TABLE cases ADD COLUMN applicant_organisation_number text
    CONSTRAINT cases_organisation_number_valid
        CHECK (applicant_organisation_number IS NULL OR casedesk_valid_organisation_number(applicant_organisation_number)),
    ADD CONSTRAINT cases_one_applicant_number
        CHECK (applicant_organisation_number IS NULL OR applicant_personal_number IS NULL);

-- The applicant views gain the number (appended: CREATE OR REPLACE keeps the columns before it).
-- case_applicant_names shows it whole where it shows a personal number masked.
CREATE OR REPLACE VIEW case_applicants WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name, c.applicant_personal_number AS personal_number,
           c.applicant_email AS email, c.applicant_phone AS phone, c.applicant_street AS street,
           c.applicant_postal_code AS postal_code, c.applicant_city AS city,
           c.applicant_organisation_number AS organisation_number
    FROM cases c
    WHERE c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
      AND (NOT c.protected_identity OR (SELECT casedesk_can_see_protected()));

CREATE OR REPLACE VIEW case_applicant_names WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name,
           CASE WHEN c.applicant_organisation_number IS NOT NULL THEN c.applicant_organisation_number
                WHEN c.applicant_personal_number ~ '^[0-9]{8}-[0-9]{4}$'
                THEN left(c.applicant_personal_number, 9) || '****'
                ELSE regexp_replace(coalesce(c.applicant_personal_number, ''), '.', '*', 'g') END AS personal_number
    FROM cases c
    WHERE c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
      AND (NOT c.protected_identity OR (SELECT casedesk_can_see_protected()));

-- Lists (0014): the number as case_applicant_names shows it, '' for a protected identity. A
-- generated column's expression cannot be changed in place, so it is made again (one rewrite of
-- the table, at upgrade only).
ALTER TABLE cases DROP COLUMN applicant_list_number;
ALTER TABLE cases ADD COLUMN applicant_list_number text GENERATED ALWAYS AS
    (CASE WHEN protected_identity THEN ''
          WHEN applicant_organisation_number IS NOT NULL THEN applicant_organisation_number
          WHEN applicant_personal_number ~ '^[0-9]{8}-[0-9]{4}$' THEN left(applicant_personal_number, 9) || '****'
          ELSE regexp_replace(coalesce(applicant_personal_number, ''), '.', '*', 'g') END) STORED;
GRANT SELECT (applicant_list_number) ON cases TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Search (0007): the organisation number as written and as ten digits. It is written once, at
-- intake, so the index's triggers need no change.
CREATE OR REPLACE FUNCTION casedesk_search_document(p_case bigint) RETURNS tsvector
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT strip(to_tsvector('simple', casedesk_search_text(concat_ws(' ',
               c.applicant_name, c.applicant_personal_number, replace(c.applicant_personal_number, '-', ''),
               substr(replace(c.applicant_personal_number, '-', ''), 3),
               c.applicant_organisation_number, replace(c.applicant_organisation_number, '-', ''),
               (SELECT string_agg(f.value_text, ' ') FROM form_fields f WHERE f.case_id = c.id),
               (SELECT string_agg(m.body, ' ') FROM messages m WHERE m.case_id = c.id)))))
    FROM cases c WHERE c.id = p_case
$$;

-- Intake (0021) writes the number: casedesk_intake_submission again, with applicant.organisation_number
-- (IntakeStatement.cpp) as applicant_organisation_number. Unchanged otherwise.
CREATE OR REPLACE FUNCTION casedesk_intake_submission(p_submission jsonb, p_files bytea) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path FROM CURRENT
AS $$
DECLARE
    s jsonb := p_submission;
    a jsonb := p_submission -> 'applicant';
    v_now timestamptz := (p_submission ->> 'now')::timestamptz;
    v_case bigint;
    v_number integer;
    v_reference text;
    v_existing text;
    v_state text;
    v_message text;
    v_detail text;
BEGIN
    -- The portal may hand a case over twice.
    SELECT c.reference INTO v_existing FROM cases c
        WHERE c.source = s ->> 'source' AND c.external_id = s ->> 'external_id';
    IF v_existing IS NOT NULL THEN
        RETURN jsonb_build_object('duplicate_of', v_existing);
    END IF;

    BEGIN
        INSERT INTO reference_counters AS r (year, last_number) VALUES ((s ->> 'year')::integer, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = r.last_number + 1
            RETURNING r.last_number INTO v_number;
        -- As CaseRepository::nextReference: at least six digits.
        v_reference := (s ->> 'reference_prefix') || '-' || (s ->> 'year') || '-'
                       || lpad(v_number::text, greatest(6, length(v_number::text)), '0');

        -- Two copies of one submission at once: the second waits for the first and stores nothing.
        INSERT INTO cases (reference, eservice_id, status_id, source, external_id, applicant_name,
                           applicant_personal_number, applicant_email, applicant_phone, applicant_street,
                           applicant_postal_code, applicant_city, applicant_organisation_number, protected_identity,
                           submitted_at, updated_at, last_activity_at, signature_state, needs_action)
            VALUES (v_reference, s ->> 'eservice_id', s ->> 'status_id', s ->> 'source', s ->> 'external_id',
                    a ->> 'name', a ->> 'personal_number', a ->> 'email', a ->> 'phone', a ->> 'street',
                    a ->> 'postal_code', a ->> 'city', a ->> 'organisation_number', (a ->> 'protected_identity')::boolean,
                    (s ->> 'submitted_at')::timestamptz, v_now, v_now, s ->> 'signature_state', true)
            ON CONFLICT (source, external_id) DO NOTHING
            RETURNING id INTO v_case;
        IF v_case IS NULL THEN
            -- Undoes the counter's step; answered below as a duplicate.
            RAISE EXCEPTION 'stored meanwhile' USING ERRCODE = 'unique_violation', CONSTRAINT = 'intake_duplicate';
        END IF;

        INSERT INTO form_pages (case_id, page_index, title)
            SELECT v_case, r.page_index, r.title
            FROM jsonb_to_recordset(s -> 'pages') AS r(page_index integer, title text);
        INSERT INTO form_fields (case_id, page_index, field_index, field_key, label, field_type, value_json,
                                 value_text, visible_when)
            SELECT v_case, r.page_index, r.field_index, r.field_key, r.label, r.field_type, r.value_json,
                   r.value_text, r.visible_when
            FROM jsonb_to_recordset(s -> 'fields') AS r(page_index integer, field_index integer, field_key text,
                                                        label text, field_type text, value_json text,
                                                        value_text text, visible_when text);
        INSERT INTO case_parties (case_id, role, name, personal_number, required_signature)
            SELECT v_case, r.role, r.name, r.personal_number, r.required_signature
            FROM jsonb_to_recordset(s -> 'parties') AS r(role text, name text, personal_number text,
                                                         required_signature boolean);
        INSERT INTO signatures (case_id, role, name, personal_number, signed_at, provider, signed_digest, kind)
            SELECT v_case, r.role, r.name, r.personal_number, r.signed_at, r.provider, r.signed_digest, r.kind
            FROM jsonb_to_recordset(s -> 'signatures') AS r(role text, name text, personal_number text,
                                                            signed_at timestamptz, provider text,
                                                            signed_digest text, kind text);
        INSERT INTO attachments (case_id, field_key, file_name, mime_type, size_bytes, sha256, content, created_at)
            SELECT v_case, r.field_key, r.file_name, r.mime_type, r.byte_length, r.sha256,
                   substring(p_files FROM r.byte_offset + 1 FOR r.byte_length), v_now
            FROM jsonb_to_recordset(s -> 'attachments') AS r(field_key text, file_name text, mime_type text,
                                                             sha256 text, byte_offset integer,
                                                             byte_length integer);
        INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail)
            SELECT v_case, r.occurred_at, r.actor, r.kind, r.from_status_id, r.to_status_id, r.detail
            FROM jsonb_to_recordset(s -> 'events') AS r(occurred_at timestamptz, actor text, kind text,
                                                        from_status_id text, to_status_id text, detail text);
        -- The templates filled as MailTemplates::fill does, in its order (intake has no due date).
        INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at, next_attempt_at)
            SELECT v_case, r.kind, r.recipient,
                   replace(replace(replace(r.subject, '{reference}', v_reference), '{eservice}',
                                   s ->> 'eservice_name'), '{due_date}', ''),
                   replace(replace(replace(r.body, '{reference}', v_reference), '{eservice}',
                                   s ->> 'eservice_name'), '{due_date}', ''),
                   v_now, v_now
            FROM jsonb_to_recordset(s -> 'mails') AS r(kind text, recipient text, subject text, body text);
    EXCEPTION
        WHEN unique_violation THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT,
                                    v_detail = PG_EXCEPTION_DETAIL;
            SELECT c.reference INTO v_existing FROM cases c
                WHERE c.source = s ->> 'source' AND c.external_id = s ->> 'external_id';
            IF v_existing IS NOT NULL THEN
                RETURN jsonb_build_object('duplicate_of', v_existing);
            END IF;
            RETURN jsonb_build_object('error', jsonb_build_object('sqlstate', v_state, 'message', v_message,
                                                                  'detail', v_detail));
        WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT,
                                    v_detail = PG_EXCEPTION_DETAIL;
            RETURN jsonb_build_object('error', jsonb_build_object('sqlstate', v_state, 'message', v_message,
                                                                  'detail', v_detail));
    END;
    RETURN jsonb_build_object('case_id', v_case, 'reference', v_reference);
END
$$;

-- The case document (0025) gains applicant.organisation_number. Unchanged otherwise.
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
            'city', c.applicant_city, 'organisation_number', c.applicant_organisation_number) END,
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
