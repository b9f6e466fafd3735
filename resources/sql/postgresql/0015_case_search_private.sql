-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- 0015: the search table is read only through casedesk_search_cases (0014).
--
-- case_search.document holds the words of a case: the applicant's name and number, the form's
-- answers, the messages. Read directly, a caseworker could test any word against any case they
-- may read (`document @@ 'word'`) without the access being logged as a read of personal data,
-- and an administrator could dump the words of every case. The search itself no longer needs the
-- table: casedesk_search_cases (SECURITY DEFINER) matches through the index, applies the
-- caller's rights and returns case ids only. The triggers that keep the table are SECURITY
-- DEFINER too, so no login role needs any right on it.
REVOKE ALL ON case_search FROM casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
