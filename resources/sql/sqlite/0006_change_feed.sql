-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Live updates: a change log that every open CaseDesk and 'casedeskctl watch' read from. Rows
-- are written by triggers in the writer's own transaction, so a change is in the log exactly
-- when it is committed, whoever made it (a caseworker, the portal, intake, retention).
-- No personal data: the case's id and reference, its e-service, what kind of change, when.
-- AUTOINCREMENT: a sequence number is never handed out twice, even after old rows are trimmed.
CREATE TABLE case_changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     integer NOT NULL, -- no foreign key: the row of a purge outlives its case
    reference   text NOT NULL,
    eservice_id text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'message', 'note', 'decision',
                                              'supplement', 'purged', 'updated')),
    changed_at  text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX case_changes_time_idx ON case_changes (changed_at);
CREATE INDEX case_changes_case_idx ON case_changes (case_id);

CREATE TRIGGER case_changes_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        VALUES (NEW.id, NEW.reference, NEW.eservice_id, 'created');
END;

CREATE TRIGGER case_changes_case_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        VALUES (NEW.id, NEW.reference, NEW.eservice_id,
                CASE WHEN OLD.status_id IS NOT NEW.status_id THEN 'status'
                     WHEN OLD.assignee IS NOT NEW.assignee THEN 'assigned'
                     ELSE 'updated' END);
END;

-- A purged case leaves one row, the announcement that it is gone (trimmed with the rest);
-- its earlier rows go with it.
CREATE TRIGGER case_changes_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_changes WHERE case_id = OLD.id;
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        VALUES (OLD.id, OLD.reference, OLD.eservice_id, 'purged');
END;

CREATE TRIGGER case_changes_message_insert AFTER INSERT ON messages
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        SELECT c.id, c.reference, c.eservice_id, 'message' FROM cases c WHERE c.id = NEW.case_id;
END;

-- Read receipts: the applicant read a message.
CREATE TRIGGER case_changes_message_read AFTER UPDATE OF read_at ON messages
    WHEN OLD.read_at IS NOT NEW.read_at
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        SELECT c.id, c.reference, c.eservice_id, 'message' FROM cases c WHERE c.id = NEW.case_id;
END;

CREATE TRIGGER case_changes_note_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        SELECT c.id, c.reference, c.eservice_id, 'note' FROM cases c WHERE c.id = NEW.case_id;
END;

-- History events. Intake, status changes and assignment already show as the case row's own
-- change; the rest (messages, decisions, supplements, ...) are named by their event kind.
CREATE TRIGGER case_changes_event_insert AFTER INSERT ON case_events
    WHEN NEW.kind NOT IN ('submitted', 'status_changed', 'assigned', 'unassigned')
BEGIN
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        SELECT c.id, c.reference, c.eservice_id,
               CASE WHEN NEW.kind LIKE '%decision%' THEN 'decision'
                    WHEN NEW.kind LIKE '%supplement%' THEN 'supplement'
                    WHEN NEW.kind LIKE '%note%' THEN 'note'
                    WHEN NEW.kind LIKE '%message%' THEN 'message'
                    ELSE 'updated' END
        FROM cases c WHERE c.id = NEW.case_id;
END;
