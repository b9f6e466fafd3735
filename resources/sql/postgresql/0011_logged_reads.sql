-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Reads of personal data are logged by the database itself (issue #11), whichever client reads:
-- CaseDesk, casedeskctl or psql. People (administrators, caseworkers, readers) no longer hold
-- SELECT on the columns that carry personal data: the applicant's personal number and contact
-- details, form answers, parties and signers, attachment contents, messages, notes, supplement
-- requests and decisions. They read those through the casedesk_read_* functions below, which
-- check the same rules as row-level security (e-service and protected identity) and write one
-- audit row 'case.personal_data_read' per person and case (repeated reads within five minutes
-- are that same row). Everything else of those tables stays readable column by column, so that
-- lists, counts and the write guards work as before. The inbox's applicant column comes from
-- case_applicant_names: the name and a masked personal number, not an access to log.
-- The background service keeps its rights (intake, mail, retention are not a person's reads).
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE INDEX audit_log_case_idx ON audit_log (case_id, occurred_at) WHERE case_id IS NOT NULL;

CREATE FUNCTION casedesk_log_personal_read(p_case bigint, p_what text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = p_case AND a.occurred_at > now() - interval '5 minutes'
                   AND a.actor = session_user AND a.action = 'case.personal_data_read') THEN
        INSERT INTO audit_log (occurred_at, actor, action, case_id, reference, detail)
            SELECT now(), session_user, 'case.personal_data_read', c.id, c.reference, p_what FROM cases c
            WHERE c.id = p_case;
    END IF;
END
$$;

-- The applicant of one case, in full.
CREATE FUNCTION casedesk_read_applicant(p_case bigint) RETURNS SETOF case_applicants
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT ROWS 1
AS $$
BEGIN
    IF casedesk_case_readable(p_case) THEN
        PERFORM casedesk_log_personal_read(p_case, 'applicant');
        RETURN QUERY SELECT * FROM case_applicants a WHERE a.case_id = p_case;
    END IF;
END
$$;

-- The applicant's name and a masked personal number (19780412-****), as lists show them.
CREATE VIEW case_applicant_names WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name,
           CASE WHEN c.applicant_personal_number ~ '^[0-9]{8}-[0-9]{4}$'
                THEN left(c.applicant_personal_number, 9) || '****'
                ELSE regexp_replace(coalesce(c.applicant_personal_number, ''), '.', '*', 'g') END AS personal_number
    FROM cases c
    WHERE c.eservice_id = ANY (casedesk_readable_eservices())
      AND (NOT c.protected_identity OR casedesk_can_see_protected());
GRANT SELECT ON case_applicant_names TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
REVOKE SELECT ON case_applicants FROM casedesk_admin, casedesk_caseworker, casedesk_reader;

-- One reading function per table, each returning the table's rows of one readable case, and the
-- column grants that leave out what carries personal data.
DO $$
DECLARE
    t record;
    kept text;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('form_fields', 'form', ARRAY['value_json', 'value_text']),
            ('case_parties', 'parties', ARRAY['name', 'personal_number']),
            ('signatures', 'signatures', ARRAY['name', 'personal_number']),
            ('attachments', 'attachment', ARRAY['content']),
            ('messages', 'messages', ARRAY['body']),
            ('notes', 'notes', ARRAY['body']),
            ('supplement_requests', 'supplement_requests', ARRAY['body']),
            ('decisions', 'decisions', ARRAY['body'])) AS v(tab, what, personal) LOOP
        EXECUTE format('CREATE FUNCTION %I(p_case bigint) RETURNS SETOF %I LANGUAGE plpgsql VOLATILE SECURITY DEFINER'
                       ' SET search_path FROM CURRENT ROWS 20 AS %L', 'casedesk_read_' || t.tab, t.tab,
                       format('BEGIN IF casedesk_case_readable(p_case) THEN'
                              ' PERFORM casedesk_log_personal_read(p_case, %L);'
                              ' RETURN QUERY SELECT * FROM %I x WHERE x.case_id = p_case; END IF; END', t.what, t.tab));
        EXECUTE format('REVOKE ALL ON FUNCTION %I(bigint) FROM PUBLIC', 'casedesk_read_' || t.tab);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %I(bigint) TO casedesk_admin, casedesk_caseworker, casedesk_reader,'
                       ' casedesk_service', 'casedesk_read_' || t.tab);
        SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position) INTO kept
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema() AND c.table_name = t.tab AND c.column_name <> ALL (t.personal);
        EXECUTE format('REVOKE SELECT ON %I FROM casedesk_admin, casedesk_caseworker, casedesk_reader', t.tab);
        EXECUTE format('GRANT SELECT (%s) ON %I TO casedesk_admin, casedesk_caseworker, casedesk_reader', kept, t.tab);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION casedesk_log_personal_read(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION casedesk_read_applicant(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_read_applicant(bigint)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- The outbox holds the applicant's address. Caseworkers see which mails a case has and how they
-- fared, not where they went or what they say (the write guard of 0008 reads only these).
REVOKE SELECT ON mail_outbox FROM casedesk_caseworker;
GRANT SELECT (id, case_id, kind, created_at, attempts, next_attempt_at, sent_at, failed_at) ON mail_outbox
    TO casedesk_caseworker;
