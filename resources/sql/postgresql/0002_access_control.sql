-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Access control enforced by PostgreSQL itself: every person connects as their own login role,
-- member of one of the group roles below, and row-level security decides which cases they
-- see and change. What psql shows a caseworker is exactly what CaseDesk shows them.
--
-- Group roles are cluster-wide; creating them needs CREATEROLE, so 'casedeskctl init' runs as
-- the database owner with that right.

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['casedesk_admin', 'casedesk_caseworker', 'casedesk_reader', 'casedesk_service',
                                'casedesk_portal'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$$;

-- Who is asking: the login role of the session (SET ROLE cannot change it), as CaseDesk knows
-- it: 'owner' (the database owner or a superuser, who may do everything), 'service', or the
-- role in the users table ('admin', 'caseworker', 'reader').
CREATE FUNCTION casedesk_current_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT CASE
        WHEN (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN 'owner'
        WHEN pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'cases'::regclass),
                         'MEMBER') THEN 'owner'
        WHEN pg_has_role(session_user, 'casedesk_service', 'MEMBER') THEN 'service'
        ELSE (SELECT u.role FROM users u WHERE u.login = session_user AND u.active)
    END
$$;

-- The e-services the session user may read / work. Policies compare with = ANY(...), which
-- PostgreSQL evaluates once per query rather than once per row.
CREATE FUNCTION casedesk_readable_eservices() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT CASE WHEN casedesk_current_role() IN ('owner', 'admin', 'service') THEN (SELECT coalesce(array_agg(e.id), '{}') FROM eservices e)
                WHEN casedesk_current_role() IN ('caseworker', 'reader')
                    THEN (SELECT coalesce(array_agg(a.eservice_id), '{}') FROM user_access a WHERE a.login = session_user)
                ELSE '{}'::text[] END
$$;

CREATE FUNCTION casedesk_workable_eservices() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT CASE WHEN casedesk_current_role() IN ('owner', 'admin', 'service') THEN (SELECT coalesce(array_agg(e.id), '{}') FROM eservices e)
                WHEN casedesk_current_role() = 'caseworker'
                    THEN (SELECT coalesce(array_agg(a.eservice_id), '{}') FROM user_access a
                          WHERE a.login = session_user AND a.level = 'work')
                ELSE '{}'::text[] END
$$;

CREATE FUNCTION casedesk_can_read(p_eservice text) RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT p_eservice = ANY (casedesk_readable_eservices()) $$;

CREATE FUNCTION casedesk_can_work(p_eservice text) RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT p_eservice = ANY (casedesk_workable_eservices()) $$;

CREATE FUNCTION casedesk_can_see_protected() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT casedesk_current_role() IN ('owner', 'service')
        OR coalesce((SELECT u.can_see_protected FROM users u WHERE u.login = session_user AND u.active), false)
$$;

CREATE FUNCTION casedesk_is_admin() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT casedesk_current_role() IN ('owner', 'admin') $$;

-- What a case holds (applicant, form, parties, signatures, attachments, messages, ...) is
-- readable when its case is, and for a case with protected identity only with that right:
-- without it, a caseworker sees that the case exists, never whose it is or what it says.
CREATE FUNCTION casedesk_case_readable(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.eservice_id = ANY (casedesk_readable_eservices())
                   AND (NOT c.protected_identity OR casedesk_can_see_protected()))
$$;

CREATE FUNCTION casedesk_case_workable(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.eservice_id = ANY (casedesk_workable_eservices())
                   AND (NOT c.protected_identity OR casedesk_can_see_protected()))
$$;

-- Nobody but the owner touches the tables directly; the group roles get exactly these rights.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_current_role(), casedesk_readable_eservices(), casedesk_workable_eservices(),
    casedesk_can_read(text), casedesk_can_work(text), casedesk_can_see_protected(), casedesk_is_admin(),
    casedesk_case_readable(bigint), casedesk_case_workable(bigint)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Reference data everyone reads; only administrators change it.
GRANT SELECT ON schema_version, settings, eservices, statuses, status_transitions, users, user_access
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT INSERT, UPDATE, DELETE ON settings, eservices, statuses, status_transitions, users, user_access TO casedesk_admin;
GRANT INSERT, UPDATE ON eservices, reference_counters TO casedesk_service;
GRANT SELECT ON reference_counters TO casedesk_service, casedesk_admin;
GRANT INSERT, UPDATE ON reference_counters TO casedesk_admin;

-- Case data: table rights say what kind of change; the policies say on which rows.
GRANT SELECT ON form_pages, form_fields, case_parties, signatures, messages, attachments, notes, case_events
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE ON messages TO casedesk_admin, casedesk_caseworker, casedesk_service;
GRANT INSERT ON messages, attachments, notes, case_events, mail_outbox TO casedesk_admin, casedesk_caseworker;
GRANT INSERT ON cases, form_pages, form_fields, case_parties, signatures, messages, attachments, notes, case_events,
    mail_outbox TO casedesk_service, casedesk_admin;
GRANT DELETE ON cases, form_pages, form_fields, case_parties, signatures, messages, attachments, notes, case_events,
    mail_outbox TO casedesk_service, casedesk_admin;
GRANT SELECT, UPDATE ON mail_outbox TO casedesk_service, casedesk_admin;
GRANT SELECT ON mail_outbox TO casedesk_caseworker;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Append-only logs: insert, never update or delete (the service purges expired audit rows).
GRANT INSERT ON audit_log TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT SELECT ON audit_log TO casedesk_admin;
GRANT DELETE ON audit_log TO casedesk_service;
GRANT INSERT ON purge_log TO casedesk_service, casedesk_admin;
GRANT SELECT ON purge_log TO casedesk_admin, casedesk_service;

-- The case row: everything but the applicant's personal data, which is read through the
-- case_applicants view below. Work is changing the status, the assignee and their bookkeeping;
-- nobody but intake writes who applied or what the reference is.
GRANT SELECT (id, reference, eservice_id, status_id, assignee, source, external_id, protected_identity, submitted_at,
              updated_at, closed_at, last_activity_at, signature_state, needs_action, version)
    ON cases TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE (status_id, assignee, updated_at, closed_at, last_activity_at, signature_state, needs_action, version)
    ON cases TO casedesk_admin, casedesk_caseworker, casedesk_service;
GRANT SELECT ON cases TO casedesk_service;

-- The applicant of each case the caller may read; for a protected identity only with that
-- right. A security-barrier view running with its owner's rights, so that the filter below is
-- the only way to the personal columns for caseworkers and readers.
CREATE VIEW case_applicants WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name, c.applicant_personal_number AS personal_number,
           c.applicant_email AS email, c.applicant_phone AS phone, c.applicant_street AS street,
           c.applicant_postal_code AS postal_code, c.applicant_city AS city
    FROM cases c
    WHERE c.eservice_id = ANY (casedesk_readable_eservices())
      AND (NOT c.protected_identity OR casedesk_can_see_protected());
GRANT SELECT ON case_applicants TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_read ON cases FOR SELECT USING (eservice_id = ANY (casedesk_readable_eservices()));
CREATE POLICY cases_insert ON cases FOR INSERT WITH CHECK (casedesk_current_role() IN ('owner', 'service', 'admin'));
CREATE POLICY cases_update ON cases FOR UPDATE
    USING (eservice_id = ANY (casedesk_workable_eservices()) AND (NOT protected_identity OR casedesk_can_see_protected()))
    WITH CHECK (eservice_id = ANY (casedesk_workable_eservices()));
CREATE POLICY cases_delete ON cases FOR DELETE USING (casedesk_current_role() IN ('owner', 'service', 'admin'));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['form_pages', 'form_fields', 'case_parties', 'signatures', 'messages', 'attachments', 'notes',
                             'case_events', 'mail_outbox'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (casedesk_case_readable(case_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (casedesk_case_workable(case_id))', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (casedesk_case_workable(case_id))'
                       ' WITH CHECK (casedesk_case_workable(case_id))', t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (casedesk_current_role() IN (''owner'', ''service'', ''admin''))',
                       t || '_delete', t);
    END LOOP;
END
$$;

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON audit_log FOR INSERT WITH CHECK (actor = session_user);
CREATE POLICY audit_read ON audit_log FOR SELECT USING (casedesk_is_admin());
CREATE POLICY audit_expire ON audit_log FOR DELETE USING (casedesk_current_role() IN ('owner', 'service'));
-- Mail not about a case (a test mail) and the delivery bookkeeping belong to administrators
-- and the background service.
CREATE POLICY mail_outbox_operations ON mail_outbox FOR ALL
    USING (casedesk_current_role() IN ('owner', 'admin', 'service'))
    WITH CHECK (casedesk_current_role() IN ('owner', 'admin', 'service'));

-- Users are PostgreSQL login roles. Creating one needs rights on roles that administrators do
-- not hold themselves, so it happens in this function, which checks the caller first and
-- takes the name as a parameter (quoted with %I, never pasted into SQL).
CREATE FUNCTION casedesk_user_add(p_login text, p_role text, p_display_name text, p_can_see_protected boolean)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    group_role text;
BEGIN
    IF NOT casedesk_is_admin() THEN
        RAISE EXCEPTION 'only administrators manage users' USING ERRCODE = '42501';
    END IF;
    IF p_login !~ '^[a-z_][a-z0-9_.]{0,62}$' THEN
        RAISE EXCEPTION 'user name must be lower-case letters, digits, "_" or "." (at most 63), starting with a letter'
            USING ERRCODE = '22023';
    END IF;
    IF p_login LIKE 'casedesk\_%' OR p_login IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'user name "%" is reserved', p_login USING ERRCODE = '22023';
    END IF;
    group_role := CASE p_role WHEN 'admin' THEN 'casedesk_admin' WHEN 'caseworker' THEN 'casedesk_caseworker'
                              WHEN 'reader' THEN 'casedesk_reader' END;
    IF group_role IS NULL THEN
        RAISE EXCEPTION 'role must be admin, caseworker or reader' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    EXECUTE format('REVOKE casedesk_admin, casedesk_caseworker, casedesk_reader FROM %I', p_login);
    EXECUTE format('GRANT %I TO %I', group_role, p_login);
    INSERT INTO users (login, display_name, role, can_see_protected, active)
        VALUES (p_login, coalesce(nullif(p_display_name, ''), p_login), p_role, p_can_see_protected, true)
        ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                                          can_see_protected = excluded.can_see_protected, active = true;
END
$$;
REVOKE ALL ON FUNCTION casedesk_user_add(text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_user_add(text, text, text, boolean) TO casedesk_admin;
