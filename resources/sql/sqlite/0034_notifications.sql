-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0034: notifications (issue #16 §3), as on PostgreSQL. The embedded database's trigger writes
-- those of the applicant's messages (the portal's writes too). An assignment and a mention
-- (@login in a note) are written by CaseDesk's own write, in its transaction: a trigger here
-- cannot know who acts, nor match a regular expression.
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    recipient   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('message', 'supplement', 'assigned', 'mention', 'overdue')),
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    reference   TEXT NOT NULL,
    eservice_id TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    seen_at     TEXT,
    mailed_at   TEXT
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient, id);
CREATE INDEX notifications_case_idx ON notifications (case_id);

CREATE TABLE notification_settings (
    login    TEXT PRIMARY KEY,
    message  INTEGER NOT NULL DEFAULT 1 CHECK (message IN (0, 1)),
    assigned INTEGER NOT NULL DEFAULT 1 CHECK (assigned IN (0, 1)),
    overdue  INTEGER NOT NULL DEFAULT 1 CHECK (overdue IN (0, 1)),
    mention  INTEGER NOT NULL DEFAULT 1 CHECK (mention IN (0, 1)),
    email_to TEXT CHECK (email_to IS NULL OR length(email_to) BETWEEN 3 AND 254)
);

CREATE TRIGGER notifications_message AFTER INSERT ON messages WHEN NEW.direction = 'in'
BEGIN
    INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)
        SELECT c.assignee, CASE WHEN NEW.kind = 'supplement' THEN 'supplement' ELSE 'message' END,
               c.id, c.reference, c.eservice_id, 'applicant'
        FROM cases c WHERE c.id = NEW.case_id AND c.assignee IS NOT NULL;
END;

-- Mailed too, to whoever asked for the kind: the case's reference and e-service only, in Swedish
-- and English, queued with the notification (as casedesk_mail_notification on PostgreSQL).
CREATE TRIGGER notifications_mail AFTER INSERT ON notifications
BEGIN
    INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at, next_attempt_at)
        SELECT NEW.case_id, 'notification', s.email_to,
               'CaseDesk: ' || NEW.reference || ' – ' || w.sv,
               'Ärende ' || NEW.reference || ' i e-tjänsten ' || coalesce(e.name, NEW.eservice_id) || ': ' || w.sv
                   || '.' || char(10) || 'Öppna ärendet i CaseDesk.' || char(10) || char(10) || 'Case '
                   || NEW.reference || ' in the e-service ' || coalesce(e.name, NEW.eservice_id) || ': ' || w.en
                   || '.' || char(10) || 'Open the case in CaseDesk.' || char(10),
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM notification_settings s
             LEFT JOIN eservices e ON e.id = NEW.eservice_id
             JOIN (SELECT CASE NEW.kind WHEN 'message' THEN 'nytt meddelande från sökanden'
                                        WHEN 'supplement' THEN 'komplettering från sökanden'
                                        WHEN 'assigned' THEN 'ärendet har tilldelats dig'
                                        WHEN 'overdue' THEN 'ärendet är försenat'
                                        ELSE 'du har nämnts i en anteckning' END AS sv,
                          CASE NEW.kind WHEN 'message' THEN 'a new message from the applicant'
                                        WHEN 'supplement' THEN 'a supplement from the applicant'
                                        WHEN 'assigned' THEN 'the case was assigned to you'
                                        WHEN 'overdue' THEN 'the case is overdue'
                                        ELSE 'you were mentioned in a note' END AS en) w
        WHERE s.login = NEW.recipient AND s.email_to IS NOT NULL
          AND CASE NEW.kind WHEN 'assigned' THEN s.assigned WHEN 'mention' THEN s.mention WHEN 'overdue' THEN s.overdue ELSE s.message END;
    UPDATE notifications SET mailed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM notification_settings s WHERE s.login = NEW.recipient
            AND s.email_to IS NOT NULL
            AND CASE NEW.kind WHEN 'assigned' THEN s.assigned WHEN 'mention' THEN s.mention WHEN 'overdue' THEN s.overdue ELSE s.message END);
END;
CREATE INDEX notifications_overdue_idx ON notifications (case_id, created_at) WHERE kind = 'overdue';
