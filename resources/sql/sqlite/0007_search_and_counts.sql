-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Search and view counts at a million cases (issue #5). The PostgreSQL file of the same number
-- holds the same logical schema.
--
-- 1. case_search: an FTS5 index with one row per case (rowid = the case's id) over the
--    applicant (name and personal number as stored, as 12 and as 10 digits), the form's values
--    and the text of every message in or out. The reference is not in it: searches match the
--    reference by prefix on its own unique index. The writes keep it current through the
--    triggers below, in their own transaction.
-- 2. case_counts: how many cases per (e-service, status, assignee, needs action), kept by
--    triggers, so that the saved views count by summing a few hundred rows.
-- 3. Indexes that give every sort of the inbox its order, so that a page reads its rows in
--    order and stops, whatever the size of the table.

-- While a bulk writer (demo data) holds its write transaction it sets `deferred`, skips the
-- per-row search triggers and indexes its whole batch at once before it commits, in the same
-- transaction. Nobody else ever sees the flag set: it is set and cleared inside that transaction.
CREATE TABLE search_maintenance (
    id       integer PRIMARY KEY CHECK (id = 1),
    deferred integer NOT NULL DEFAULT 0
);
INSERT INTO search_maintenance (id, deferred) VALUES (1, 0);

CREATE VIRTUAL TABLE case_search USING fts5(applicant, fields, messages, tokenize = 'unicode61 remove_diacritics 0');

-- What the index holds for each case, computed from the tables themselves.
CREATE VIEW case_search_document AS
    SELECT c.id AS case_id,
           c.applicant_name || coalesce(' ' || c.applicant_personal_number || ' '
                                        || replace(c.applicant_personal_number, '-', '') || ' '
                                        || substr(replace(c.applicant_personal_number, '-', ''), 3), '') AS applicant,
           coalesce((SELECT group_concat(f.value_text, ' ') FROM form_fields f WHERE f.case_id = c.id), '') AS fields,
           coalesce((SELECT group_concat(m.body, ' ') FROM messages m WHERE m.case_id = c.id), '') AS messages
    FROM cases c;

INSERT INTO case_search (rowid, applicant, fields, messages)
    SELECT case_id, applicant, fields, messages FROM case_search_document;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
    WHEN NOT (SELECT deferred FROM search_maintenance)
BEGIN
    INSERT INTO case_search (rowid, applicant, fields, messages)
        SELECT case_id, applicant, fields, messages FROM case_search_document WHERE case_id = new.id;
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF applicant_name, applicant_personal_number ON cases
BEGIN
    UPDATE case_search SET applicant = (SELECT d.applicant FROM case_search_document d WHERE d.case_id = new.id)
        WHERE rowid = new.id;
END;

-- Purged cases leave the index with their row (their fields and messages go by cascade first,
-- and the triggers on those skip cases that no longer exist).
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.id;
END;

-- A new field or message is appended; changes and deletions recompute the column.
CREATE TRIGGER form_fields_search_insert AFTER INSERT ON form_fields
    WHEN NOT (SELECT deferred FROM search_maintenance)
BEGIN
    UPDATE case_search SET fields = fields || ' ' || new.value_text WHERE rowid = new.case_id;
END;

CREATE TRIGGER form_fields_search_update AFTER UPDATE OF case_id, value_text ON form_fields
BEGIN
    UPDATE case_search SET fields = (SELECT d.fields FROM case_search_document d WHERE d.case_id = old.case_id)
        WHERE rowid = old.case_id;
    UPDATE case_search SET fields = (SELECT d.fields FROM case_search_document d WHERE d.case_id = new.case_id)
        WHERE rowid = new.case_id;
END;

CREATE TRIGGER form_fields_search_delete AFTER DELETE ON form_fields
    WHEN EXISTS (SELECT 1 FROM cases WHERE id = old.case_id)
BEGIN
    UPDATE case_search SET fields = (SELECT d.fields FROM case_search_document d WHERE d.case_id = old.case_id)
        WHERE rowid = old.case_id;
END;

CREATE TRIGGER messages_search_insert AFTER INSERT ON messages
    WHEN NOT (SELECT deferred FROM search_maintenance)
BEGIN
    UPDATE case_search SET messages = messages || ' ' || new.body WHERE rowid = new.case_id;
END;

CREATE TRIGGER messages_search_update AFTER UPDATE OF case_id, body ON messages
BEGIN
    UPDATE case_search SET messages = (SELECT d.messages FROM case_search_document d WHERE d.case_id = old.case_id)
        WHERE rowid = old.case_id;
    UPDATE case_search SET messages = (SELECT d.messages FROM case_search_document d WHERE d.case_id = new.case_id)
        WHERE rowid = new.case_id;
END;

CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
    WHEN EXISTS (SELECT 1 FROM cases WHERE id = old.case_id)
BEGIN
    UPDATE case_search SET messages = (SELECT d.messages FROM case_search_document d WHERE d.case_id = old.case_id)
        WHERE rowid = old.case_id;
END;

-- View counts. The assignee '' stands for "unassigned" (a key column cannot usefully be NULL).
-- Rows that drop to zero stay; there are at most e-services x statuses x assignees x 2 of them.
CREATE TABLE case_counts (
    eservice_id  text NOT NULL,
    status_id    text NOT NULL,
    assignee     text NOT NULL,
    needs_action integer NOT NULL,
    n            integer NOT NULL,
    PRIMARY KEY (eservice_id, status_id, assignee, needs_action)
) WITHOUT ROWID;

INSERT INTO case_counts (eservice_id, status_id, assignee, needs_action, n)
    SELECT eservice_id, status_id, coalesce(assignee, ''), CASE WHEN needs_action THEN 1 ELSE 0 END, count(*)
    FROM cases GROUP BY 1, 2, 3, 4;

CREATE TRIGGER cases_count_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_counts (eservice_id, status_id, assignee, needs_action, n)
        VALUES (new.eservice_id, new.status_id, coalesce(new.assignee, ''), CASE WHEN new.needs_action THEN 1 ELSE 0 END, 1)
        ON CONFLICT (eservice_id, status_id, assignee, needs_action) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER cases_count_delete AFTER DELETE ON cases
BEGIN
    UPDATE case_counts SET n = n - 1
        WHERE eservice_id = old.eservice_id AND status_id = old.status_id AND assignee = coalesce(old.assignee, '')
          AND needs_action = CASE WHEN old.needs_action THEN 1 ELSE 0 END;
END;

CREATE TRIGGER cases_count_update AFTER UPDATE OF eservice_id, status_id, assignee, needs_action ON cases
    WHEN old.eservice_id IS NOT new.eservice_id OR old.status_id IS NOT new.status_id
      OR old.assignee IS NOT new.assignee OR (CASE WHEN old.needs_action THEN 1 ELSE 0 END) <> (CASE WHEN new.needs_action THEN 1 ELSE 0 END)
BEGIN
    UPDATE case_counts SET n = n - 1
        WHERE eservice_id = old.eservice_id AND status_id = old.status_id AND assignee = coalesce(old.assignee, '')
          AND needs_action = CASE WHEN old.needs_action THEN 1 ELSE 0 END;
    INSERT INTO case_counts (eservice_id, status_id, assignee, needs_action, n)
        VALUES (new.eservice_id, new.status_id, coalesce(new.assignee, ''), CASE WHEN new.needs_action THEN 1 ELSE 0 END, 1)
        ON CONFLICT (eservice_id, status_id, assignee, needs_action) DO UPDATE SET n = n + 1;
END;

-- Sort orders of the inbox: each sort key with the id that breaks ties. (Submitted and last
-- activity have theirs since 0001; the reference is unique.)
CREATE INDEX cases_eservice_order_idx ON cases (eservice_id, id);
CREATE INDEX cases_status_order_idx ON cases (status_id, id);
CREATE INDEX cases_assignee_order_idx ON cases (coalesce(assignee, ''), id);
-- The applicant's name as lists sort it: '' for a protected identity, so that the order of a
-- list never tells a protected name to anybody (on PostgreSQL this column is readable where
-- the name is not).
ALTER TABLE cases ADD COLUMN applicant_sort_name text GENERATED ALWAYS AS
    (CASE WHEN protected_identity THEN '' ELSE applicant_name END) VIRTUAL;
CREATE INDEX cases_applicant_order_idx ON cases (applicant_sort_name, id);
