-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The inbox at a million cases as a caseworker (issue #13 §3).
--
-- 1. The caller's rights are evaluated once per statement, not once per row. Written as
--    `eservice_id = ANY (casedesk_readable_eservices())`, a policy or view calls the function (and
--    casedesk_current_role() inside it) for every row it filters: at 100,000 cases a caseworker's
--    first inbox page took 129 ms, 6,000 buffer hits for 200 rows. As `(SELECT f())` it is an
--    InitPlan, run once before the scan; the ::text[] keeps `= ANY (…)` the array form rather
--    than the subquery form. The functions are STABLE, so the answer is the same either way.
--    (The child tables' policies ask casedesk_case_readable(case_id), a question about each row;
--    lists never read those tables.)
--    The rights functions themselves become PL/pgSQL: PostgreSQL plans the body of a SQL
--    function that it cannot inline (these are SECURITY DEFINER) afresh in every statement that
--    calls it, about 0.5 ms for casedesk_readable_eservices() (which asked casedesk_current_role()
--    twice); PL/pgSQL keeps its plans for the session, 0.1 ms. Same answers, read from users and
--    user_access on every call as before (grants apply at once).
-- 2. The inbox's applicant column comes from the case row: applicant_sort_name (0007: the name,
--    '' for a protected identity) and applicant_list_number below (the masked personal number,
--    '' for a protected identity), readable by whoever reads the case row, so a page needs no
--    per-row join with case_applicant_names. Only a protected case's row, for a caller with
--    that right, still looks its applicant up in case_applicant_names (CaseRepository).
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE OR REPLACE FUNCTION casedesk_current_role() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)
       OR pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'cases'::regclass),
                      'MEMBER') THEN
        RETURN 'owner';
    END IF;
    IF pg_has_role(session_user, 'casedesk_service', 'MEMBER') THEN
        RETURN 'service';
    END IF;
    RETURN (SELECT u.role FROM users u WHERE u.login = session_user AND u.active);
END
$$;

CREATE OR REPLACE FUNCTION casedesk_readable_eservices() RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    who text := casedesk_current_role();
BEGIN
    IF who IN ('owner', 'admin', 'service') THEN
        RETURN (SELECT coalesce(array_agg(e.id), '{}') FROM eservices e);
    ELSIF who IN ('caseworker', 'reader') THEN
        RETURN (SELECT coalesce(array_agg(a.eservice_id), '{}') FROM user_access a WHERE a.login = session_user);
    END IF;
    RETURN '{}'::text[];
END
$$;

CREATE OR REPLACE FUNCTION casedesk_workable_eservices() RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    who text := casedesk_current_role();
BEGIN
    IF who IN ('owner', 'admin', 'service') THEN
        RETURN (SELECT coalesce(array_agg(e.id), '{}') FROM eservices e);
    ELSIF who = 'caseworker' THEN
        RETURN (SELECT coalesce(array_agg(a.eservice_id), '{}') FROM user_access a
                WHERE a.login = session_user AND a.level = 'work');
    END IF;
    RETURN '{}'::text[];
END
$$;

CREATE OR REPLACE FUNCTION casedesk_can_see_protected() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    RETURN casedesk_current_role() IN ('owner', 'service')
        OR coalesce((SELECT u.can_see_protected FROM users u WHERE u.login = session_user AND u.active), false);
END
$$;

ALTER POLICY cases_read ON cases USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));
ALTER POLICY cases_update ON cases
    USING (eservice_id = ANY ((SELECT casedesk_workable_eservices())::text[])
           AND (NOT protected_identity OR (SELECT casedesk_can_see_protected())))
    WITH CHECK (eservice_id = ANY ((SELECT casedesk_workable_eservices())::text[]));
ALTER POLICY case_changes_read ON case_changes
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));

CREATE OR REPLACE VIEW case_applicants WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name, c.applicant_personal_number AS personal_number,
           c.applicant_email AS email, c.applicant_phone AS phone, c.applicant_street AS street,
           c.applicant_postal_code AS postal_code, c.applicant_city AS city
    FROM cases c
    WHERE c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
      AND (NOT c.protected_identity OR (SELECT casedesk_can_see_protected()));

CREATE OR REPLACE VIEW case_applicant_names WITH (security_barrier) AS
    SELECT c.id AS case_id, c.applicant_name AS name,
           CASE WHEN c.applicant_personal_number ~ '^[0-9]{8}-[0-9]{4}$'
                THEN left(c.applicant_personal_number, 9) || '****'
                ELSE regexp_replace(coalesce(c.applicant_personal_number, ''), '.', '*', 'g') END AS personal_number
    FROM cases c
    WHERE c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
      AND (NOT c.protected_identity OR (SELECT casedesk_can_see_protected()));

-- The personal number as lists show it (case_applicant_names' mask), '' for a protected
-- identity whoever asks: like applicant_sort_name it says nothing the case row's readers may not
-- know. Generated, so intake and every later change keep it; nobody writes it.
ALTER TABLE cases ADD COLUMN applicant_list_number text GENERATED ALWAYS AS
    (CASE WHEN protected_identity THEN ''
          WHEN applicant_personal_number ~ '^[0-9]{8}-[0-9]{4}$' THEN left(applicant_personal_number, 9) || '****'
          ELSE regexp_replace(coalesce(applicant_personal_number, ''), '.', '*', 'g') END) STORED;
GRANT SELECT (applicant_list_number) ON cases TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- 3. Search as a caseworker. Under row-level security PostgreSQL evaluates a condition that is
--    not leakproof, such as `document @@ query`, only after the policy, so it can never be an
--    index condition: every caseworker's search read all of case_search (50 ms at 100,000
--    cases), while the owner's used the GIN index. This function runs the match with its owner's
--    rights, so through case_search_document_idx, and applies case_search_read's rule itself (the
--    caller's readable e-services; a protected identity only with that right). It returns case
--    ids only, as the table would to the caller.
CREATE FUNCTION casedesk_search_cases(p_query text) RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT ROWS 1000
AS $$
    SELECT s.case_id FROM case_search s
    WHERE s.document @@ to_tsquery('simple', p_query)
      AND s.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
      AND (NOT s.protected_identity OR (SELECT casedesk_can_see_protected()))
$$;
REVOKE ALL ON FUNCTION casedesk_search_cases(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_search_cases(text) TO casedesk_admin, casedesk_caseworker, casedesk_reader,
    casedesk_service;
