-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0022: the PostgreSQL file of the same number gives the write guards refusal codes; here the
-- foreign keys that point at messages and attachments get their indexes.
--
-- Deleting a message or an attachment (the cascade of a purge) makes SQLite look for rows that
-- still point at it. Without an index on the pointing column that is a scan of the whole table,
-- once per deleted row: with one decision per closed case a purge of 10,000 of 100,000 cases
-- ran at 118 cases/s instead of 2,000. (PostgreSQL's keys are (case_id, ...) since 0008 and
-- find the rows by the case.) Partial where the column may be empty: SQLite uses them for
-- "column = ?", and the empty rows cost no index entries.
CREATE INDEX decisions_message_idx ON decisions (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX decisions_document_idx ON decisions (document_attachment_id) WHERE document_attachment_id IS NOT NULL;
CREATE INDEX supplement_requests_message_idx ON supplement_requests (message_id);
CREATE INDEX supplement_requests_answer_idx ON supplement_requests (answer_message_id)
    WHERE answer_message_id IS NOT NULL;
