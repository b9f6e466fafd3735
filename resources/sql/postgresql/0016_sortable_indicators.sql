-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0016: the inbox's Unread and Supplement due columns sort like the others (issue #13 §4). Each
-- ordering reads an index in its own order, (key, id) as the keyset cursor compares it, so a
-- page stops after its rows instead of sorting every readable case. The keys are the ones
-- services/domain/InboxColumns.cpp orders by; the plan test checks that each is read by index.
--
-- The due date as a column of its own, never NULL (a case without an open request sorts after
-- every due date), rather than an index on coalesce(...): under row-level security the planner
-- estimated a caseworker's keyset condition on the expression at one row and sorted the whole
-- table instead of reading the index; on a plain column it has the column's statistics.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE INDEX cases_unread_order_idx ON cases (unread_count, id);

ALTER TABLE cases ADD COLUMN supplement_due_order date NOT NULL
    GENERATED ALWAYS AS (coalesce(supplement_due_at, '9999-12-31'::date)) STORED;
CREATE INDEX cases_supplement_order_idx ON cases (supplement_due_order, id);
GRANT SELECT (supplement_due_order) ON cases TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
