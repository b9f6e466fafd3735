-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0018: the PostgreSQL file of the same number adds the two functions through which a search for a
-- common word walks the cases in the page's order (casedesk_search_estimate, casedesk_search_filter).
-- An embedded file has one user and reads its FTS5 index directly: SearchIndex::estimate counts the
-- matches, and the walk tests each case in the statement itself (walkCondition).
--
-- Both files make the applicant ordering's index carry each case's status and e-service: most
-- cases are closed and by name spread over the whole table, so a page of open cases sorted by
-- applicant read thousands of case rows to learn their status (22 ms at a million cases, 3 ms
-- from the index alone). SQLite has no INCLUDE: the columns follow the id, which is unique, so the
-- order stays (applicant_sort_name, id).
DROP INDEX cases_applicant_order_idx;
CREATE INDEX cases_applicant_order_idx ON cases (applicant_sort_name, id, status_id, eservice_id);
