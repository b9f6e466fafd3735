-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0021: a submission stored by one statement (issue #13 §3). Intake sent a submission as twelve
-- statements, each a round trip (the duplicate check, the reference counter, the case, then each
-- child table's rows, with a savepoint around them in a batch). Now IntakeWriter sends
-- SELECT casedesk_intake_submission(<the submission as jsonb>, <its files' bytes, concatenated>),
-- kept prepared on the connection, and a batch as SELECT casedesk_intake_submissions(<the
-- submissions as a jsonb array>, <all their files>): one round trip per submission alone, one per
-- batch.
--
-- SECURITY INVOKER: the caller's rights, guards and row-level security apply to every insert as
-- they applied to the separate statements (the service's rows are checked by 0008's guards, the
-- owner's are trusted). Nothing here widens what anyone may write: whoever may not insert a case
-- fails here as before, and EXECUTE is granted only to those who hold INSERT on cases.
--
-- The submission's writes run inside a BEGIN ... EXCEPTION block, a subtransaction like the
-- savepoint the batch used to set: a submission the database refuses leaves nothing, its
-- reference number included, the transaction goes on, and the refusal comes back as the result
-- ({"error": {sqlstate, message, detail}}) for the client to report like a failed statement.
-- A duplicate (its external id stored already, in this transaction too) is {"duplicate_of":
-- reference}; a stored one {"case_id", "reference"}.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- The writer's check on every guarded row (0008) was a SQL function with its own search_path,
-- which PostgreSQL cannot inline and so planned again in every statement, about 15 times per
-- submission. PL/pgSQL keeps its plan for the session; what it decides is unchanged.
CREATE OR REPLACE FUNCTION casedesk_trusted_writer() RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT
AS $$
BEGIN
    RETURN pg_catalog.pg_has_role(current_user,
                                  (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'cases'::regclass),
                                  'MEMBER');
END
$$;

-- p_submission (built by IntakeStatement.cpp; keep the two in step):
--   source, external_id, eservice_id, eservice_name, status_id, reference_prefix, year,
--   applicant {name, personal_number, email, phone, street, postal_code, city, protected_identity},
--   submitted_at, now, signature_state,
--   pages, fields, parties, signatures, events: rows as the tables' columns (no case_id),
--   attachments: rows with field_key, file_name, mime_type, sha256 and the file's place in
--     p_files (byte_offset, byte_length),
--   mails: rows with kind, recipient and the e-service's unfilled template (subject, body).
CREATE FUNCTION casedesk_intake_submission(p_submission jsonb, p_files bytea) RETURNS jsonb
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
                           applicant_postal_code, applicant_city, protected_identity, submitted_at, updated_at,
                           last_activity_at, signature_state, needs_action)
            VALUES (v_reference, s ->> 'eservice_id', s ->> 'status_id', s ->> 'source', s ->> 'external_id',
                    a ->> 'name', a ->> 'personal_number', a ->> 'email', a ->> 'phone', a ->> 'street',
                    a ->> 'postal_code', a ->> 'city', (a ->> 'protected_identity')::boolean,
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

-- A batch (IntakeService::submitBatch) in one call: each submission as above, in order, each in
-- its own subtransaction; p_files holds the files of all of them (the offsets count from its
-- start). Returns the outcomes as a JSON array in the submissions' order.
CREATE FUNCTION casedesk_intake_submissions(p_submissions jsonb, p_files bytea) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path FROM CURRENT
AS $$
DECLARE
    v_outcomes jsonb := '[]'::jsonb;
    v_submission jsonb;
BEGIN
    FOR v_submission IN SELECT e.value FROM jsonb_array_elements(p_submissions) WITH ORDINALITY AS e(value, n)
                        ORDER BY e.n LOOP
        v_outcomes := v_outcomes || jsonb_build_array(casedesk_intake_submission(v_submission, p_files));
    END LOOP;
    RETURN v_outcomes;
END
$$;

-- Only those who may intake today (INSERT on cases and its content: the service and
-- administrators; the owner always).
REVOKE ALL ON FUNCTION casedesk_intake_submission(jsonb, bytea), casedesk_intake_submissions(jsonb, bytea)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_intake_submission(jsonb, bytea), casedesk_intake_submissions(jsonb, bytea)
    TO casedesk_service, casedesk_admin;
