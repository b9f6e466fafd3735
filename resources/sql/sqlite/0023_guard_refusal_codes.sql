-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0023: the embedded file's guards (0005, 0008) say which refusal they are, as PostgreSQL's do
-- since 0019 and 0022, so that CaseDesk shows them in the person's language: the English words as
-- before, then a line 'DETAIL:  casedesk:<reason>:<json array of args>' that
-- services/db/DatabaseRefusals.cpp maps onto its text. SQLite cannot change a trigger's body:
-- each is dropped and made again, with the same table, timing and condition. The PostgreSQL file
-- of the same number is empty.

DROP TRIGGER attachments_same_case;
CREATE TRIGGER attachments_same_case BEFORE INSERT ON attachments
    WHEN NEW.message_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'an attachment belongs to a message of the same case
DETAIL:  casedesk:attachment_other_case:[]');
END;

DROP TRIGGER supplement_requests_same_case;
CREATE TRIGGER supplement_requests_same_case BEFORE INSERT ON supplement_requests
    WHEN NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a supplement request belongs to a message of the same case
DETAIL:  casedesk:supplement_request_other_case:[]');
END;

DROP TRIGGER supplement_requests_answer_same_case;
CREATE TRIGGER supplement_requests_answer_same_case BEFORE UPDATE OF answer_message_id ON supplement_requests
    WHEN NEW.answer_message_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.answer_message_id AND m.case_id = NEW.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a supplement answer belongs to a message of the same case
DETAIL:  casedesk:supplement_answer_other_case:[]');
END;

DROP TRIGGER decisions_same_case;
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
    SELECT RAISE(ABORT, 'a decision points only into its own case
DETAIL:  casedesk:decision_other_case:[]');
END;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only
DETAIL:  casedesk:append_only:["audit_log"]');
END;

DROP TRIGGER purge_log_append_only_update;
CREATE TRIGGER purge_log_append_only_update BEFORE UPDATE ON purge_log
BEGIN
    SELECT RAISE(ABORT, 'purge_log is append-only
DETAIL:  casedesk:append_only:["purge_log"]');
END;

DROP TRIGGER purge_log_append_only_delete;
CREATE TRIGGER purge_log_append_only_delete BEFORE DELETE ON purge_log
BEGIN
    SELECT RAISE(ABORT, 'purge_log is append-only
DETAIL:  casedesk:append_only:["purge_log"]');
END;

DROP TRIGGER decisions_no_update;
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions cannot be changed: record a correction
DETAIL:  casedesk:decision_unchangeable:[]');
END;

DROP TRIGGER decisions_no_delete;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
WHEN EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'decisions cannot be deleted
DETAIL:  casedesk:rows_undeletable:["decisions"]');
END;
