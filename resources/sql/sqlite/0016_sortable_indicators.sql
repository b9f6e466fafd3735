-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0016: the inbox's Unread and Supplement due columns sort like the others (issue #13 §4). Each
-- ordering reads an index in its own order, (key, id) as the keyset cursor compares it. The keys
-- are the ones services/domain/InboxColumns.cpp orders by. The due date's key is a column that is
-- never NULL, as on PostgreSQL (see its 0016 for why); SQLite computes it when read (VIRTUAL)
-- and keeps it in the index.
CREATE INDEX cases_unread_order_idx ON cases (unread_count, id);

ALTER TABLE cases ADD COLUMN supplement_due_order TEXT NOT NULL
    GENERATED ALWAYS AS (coalesce(supplement_due_at, '9999-12-31')) VIRTUAL;
CREATE INDEX cases_supplement_order_idx ON cases (supplement_due_order, id);
