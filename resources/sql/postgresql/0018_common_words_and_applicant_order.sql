-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0018: two inbox pages that read far more than a page (issue #13 §3).
--
-- 1. A common word's first page without reading every case that holds it.
--
-- casedesk_search_cases (0014) returns every readable case that holds the words; the page is then
-- sorted from them. For a word a few cases hold that is the fastest plan. A common surname holds
-- 18,000 of a million cases, a common message word 100,000 and more: reading and sorting them all
-- for a page of 200 took 0.2–0.6 s. For such words the inbox walks the cases in the page's order
-- instead, a chunk at a time, and keeps those that hold the words (CaseRepository::list). Two
-- functions serve that, both SECURITY DEFINER because no login role reads case_search (0015):
--
-- casedesk_search_estimate: how many cases the planner expects to hold the words, and how many
--   cases there are, to choose between the plans before running either. It plans the match, it
--   does not run it. What it tells is the planner's statistics: a count over all e-services, exact
--   only for words among the most common elements of the index (a word in roughly 1 case in 200 or
--   more: surnames, first names, everyday words), a floor value otherwise. It names no case. See
--   docs/security.md.
-- casedesk_search_filter: of the given cases, those that the caller may read (case_search_read's
--   rule, as in casedesk_search_cases) and that hold the words. The caller passes the cases it walked
--   under its own row-level security; passing other ids gains nothing.
--
-- The portal reads neither: it has no search.
--
-- 2. The open cases sorted by applicant. Most cases are closed, and by name they are spread over
--    the whole table: a page of 200 open cases walked 5,000 index entries and read each case's row
--    to learn its status and e-service (13 ms at a million cases). The applicant ordering's index
--    now carries both, so that the walk reads the index alone.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- VOLATILE: EXPLAIN is a utility statement, which a STABLE function may not run.
CREATE FUNCTION casedesk_search_estimate(p_query text, OUT matches bigint, OUT cases bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    plan json;
BEGIN
    IF NOT coalesce(casedesk_current_role() IN ('owner', 'admin', 'caseworker', 'reader', 'service'), false) THEN
        RAISE EXCEPTION 'only CaseDesk''s staff roles search cases' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The query as a literal: planned with its words, as a search would be.
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM case_search WHERE document @@ to_tsquery(''simple'', %L)',
                   p_query) INTO plan;
    matches := round((plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric)::bigint;
    SELECT greatest(round(c.reltuples), 0)::bigint INTO cases FROM pg_class c WHERE c.oid = 'case_search'::regclass;
END
$$;
REVOKE ALL ON FUNCTION casedesk_search_estimate(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_search_estimate(text) TO casedesk_admin, casedesk_caseworker, casedesk_reader,
    casedesk_service;

-- ROWS 100: a walk's chunk is sized so that about a page of its cases hold the words.
-- The chunk of the inbox's usual order (newest first) is a run of consecutive ids, as cases
-- arrive in the order they were submitted: then one range of the index is read and each id
-- tested in a hash of the chunk (the ids bound as a constant, which EXECUTE ... USING does, so
-- that PostgreSQL hashes them), 14,000 cases in 9 ms where looking each up took 21. A scattered
-- chunk (sorted by name) is looked up id by id.
CREATE FUNCTION casedesk_search_filter(p_query text, p_cases bigint[]) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT ROWS 100
AS $$
DECLARE
    lowest bigint;
    highest bigint;
BEGIN
    SELECT min(id), max(id) INTO lowest, highest FROM unnest(p_cases) AS walked(id);
    IF highest - lowest < 2 * cardinality(p_cases) THEN
        RETURN QUERY EXECUTE
            'SELECT s.case_id FROM case_search s'
            ' WHERE s.case_id BETWEEN $3 AND $4'
            '   AND s.document @@ to_tsquery(''simple'', $1)'
            '   AND (s.case_id + 0) = ANY ($2)'
            '   AND s.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])'
            '   AND (NOT s.protected_identity OR (SELECT casedesk_can_see_protected()))'
            USING p_query, p_cases, lowest, highest;
    ELSE
        RETURN QUERY
            SELECT s.case_id FROM case_search s
            WHERE s.case_id = ANY (p_cases)
              AND s.document @@ to_tsquery('simple', p_query)
              AND s.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
              AND (NOT s.protected_identity OR (SELECT casedesk_can_see_protected()));
    END IF;
END
$$;
REVOKE ALL ON FUNCTION casedesk_search_filter(text, bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_search_filter(text, bigint[]) TO casedesk_admin, casedesk_caseworker, casedesk_reader,
    casedesk_service;

DROP INDEX cases_applicant_order_idx;
CREATE INDEX cases_applicant_order_idx ON cases (applicant_sort_name, id) INCLUDE (status_id, eservice_id);
