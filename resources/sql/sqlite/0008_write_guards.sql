-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The SQLite side of the write guards (issue #11; see the PostgreSQL file of the same number).
-- An embedded file has one user and no roles, so what applies here is what keeps the data
-- itself consistent: a case's rows point only into the same case (so that no case can hold up
-- the purge of another), both logs are never rewritten, and the purge log names who purged.
ALTER TABLE purge_log ADD COLUMN purged_by text NOT NULL DEFAULT '';

CREATE TRIGGER attachments_same_case BEFORE INSERT ON attachments
    WHEN NEW.message_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'an attachment belongs to a message of the same case');
END;

CREATE TRIGGER supplement_requests_same_case BEFORE INSERT ON supplement_requests
    WHEN NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a supplement request belongs to a message of the same case');
END;

CREATE TRIGGER supplement_requests_answer_same_case BEFORE UPDATE OF answer_message_id ON supplement_requests
    WHEN NEW.answer_message_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.answer_message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a supplement answer belongs to a message of the same case');
END;

CREATE TRIGGER decisions_same_case BEFORE INSERT ON decisions
    WHEN (NEW.document_attachment_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = NEW.document_attachment_id
                          AND a.case_id = NEW.case_id))
      OR (NEW.message_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id))
      OR (NEW.corrects_decision_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = NEW.corrects_decision_id
                          AND d.case_id = NEW.case_id))
BEGIN
    SELECT RAISE(ABORT, 'a decision points only into its own case');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER purge_log_append_only_update BEFORE UPDATE ON purge_log
BEGIN
    SELECT RAISE(ABORT, 'purge_log is append-only');
END;

CREATE TRIGGER purge_log_append_only_delete BEFORE DELETE ON purge_log
BEGIN
    SELECT RAISE(ABORT, 'purge_log is append-only');
END;
