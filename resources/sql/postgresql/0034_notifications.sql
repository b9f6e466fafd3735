-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0034: notifications (issue #16 §3). The database writes them, whoever causes them (CaseDesk,
-- the portal, psql): a message or supplement from the applicant on a case assigned to someone,
-- a case assigned to someone by another, a mention (@login) in an internal note, and (when a
-- desktop or the background service asks, every hour) a case of someone's that became overdue. Each row
-- names a recipient and a case; the recipient's desktop shows it (and marks it seen), the
-- background service mails it to those who asked. A notification holds the reference and the
-- e-service only: no personal data.
--
-- notification_settings: which kinds each person wants on the desktop and whether also by
-- e-mail, to which address (their own row).
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE notifications (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient   text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('message', 'supplement', 'assigned', 'mention', 'overdue')),
    case_id     bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    reference   text NOT NULL,
    eservice_id text NOT NULL,
    actor       text NOT NULL, -- who caused it: a login, or 'applicant'
    created_at  timestamptz NOT NULL DEFAULT now(),
    seen_at     timestamptz,
    mailed_at   timestamptz
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient, id);
CREATE INDEX notifications_case_idx ON notifications (case_id);
CREATE INDEX notifications_unmailed_idx ON notifications (id) WHERE mailed_at IS NULL;

-- The recipient reads their own and marks them seen; nobody writes one (the triggers below
-- do, as the owner). The background service reads and marks what it mails.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_own ON notifications FOR SELECT
    USING (recipient = session_user OR casedesk_current_role() IN ('owner', 'service'));
CREATE POLICY notifications_seen ON notifications FOR UPDATE
    USING (recipient = session_user OR casedesk_current_role() IN ('owner', 'service'))
    WITH CHECK (recipient = session_user OR casedesk_current_role() IN ('owner', 'service'));
GRANT SELECT ON notifications TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE (seen_at) ON notifications TO casedesk_admin, casedesk_caseworker, casedesk_reader;
GRANT UPDATE (mailed_at) ON notifications TO casedesk_service;

CREATE TABLE notification_settings (
    login      text PRIMARY KEY,
    message    boolean NOT NULL DEFAULT true,  -- a message or supplement on a case assigned to me
    assigned   boolean NOT NULL DEFAULT true,  -- a case assigned to me
    overdue    boolean NOT NULL DEFAULT true,  -- a case of mine became overdue
    mention    boolean NOT NULL DEFAULT true,  -- @me in a note
    email_to   text CHECK (email_to IS NULL OR (char_length(email_to) BETWEEN 3 AND 254
                                                AND email_to ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'))
);
ALTER TABLE notification_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY notification_settings_own ON notification_settings FOR ALL
    USING (login = session_user OR casedesk_current_role() IN ('owner', 'service'))
    WITH CHECK (login = session_user);
GRANT SELECT, INSERT, DELETE ON notification_settings TO casedesk_admin, casedesk_caseworker, casedesk_reader;
GRANT UPDATE (message, assigned, overdue, mention, email_to) ON notification_settings
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;
GRANT SELECT ON notification_settings TO casedesk_service;

-- Whether `p_login` is an active person who may read cases of `p_eservice`.
CREATE FUNCTION casedesk_login_reads(p_login text, p_eservice text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM users u WHERE u.login = p_login AND u.active
                   AND (u.role = 'admin'
                        OR EXISTS (SELECT 1 FROM user_access a
                                   WHERE a.login = p_login AND a.eservice_id = p_eservice)));
$$;
REVOKE ALL ON FUNCTION casedesk_login_reads(text, text) FROM PUBLIC;

-- A message from the applicant: its case's assignee is told.
CREATE FUNCTION casedesk_notify_message() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF NEW.direction = 'in' THEN
        INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)
            SELECT c.assignee, CASE WHEN NEW.kind = 'supplement' THEN 'supplement' ELSE 'message' END,
                   c.id, c.reference, c.eservice_id, 'applicant'
            FROM cases c WHERE c.id = NEW.case_id AND c.assignee IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER notifications_message AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION casedesk_notify_message();

-- A case assigned to someone by someone else: the new assignee is told.
CREATE FUNCTION casedesk_notify_assigned() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF NEW.assignee IS NOT NULL AND NEW.assignee IS DISTINCT FROM OLD.assignee
       AND NEW.assignee <> session_user THEN
        INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)
            VALUES (NEW.assignee, 'assigned', NEW.id, NEW.reference, NEW.eservice_id, session_user);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER notifications_assigned AFTER UPDATE OF assignee ON cases
    FOR EACH ROW EXECUTE FUNCTION casedesk_notify_assigned();

-- @login in an internal note: each person named who may read the case is told once (not the
-- note's author). Logins are lower-case ASCII letters, digits, "_" and "." (AccessService); one
-- named ends in a letter, digit or "_", so "@Anna." at a sentence's end is anna, and
-- "anna@kommun.se" names nobody. Spelled out rather than [[:alnum:]], which follows the locale.
CREATE FUNCTION casedesk_notify_mentions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)
        SELECT DISTINCT m.login, 'mention', c.id, c.reference, c.eservice_id, session_user
        FROM cases c,
             LATERAL (SELECT pg_catalog.lower((pg_catalog.regexp_matches(
                                 NEW.body, '(?:^|[^A-Za-z0-9_.])@([A-Za-z0-9_.]*[A-Za-z0-9_])', 'g'))[1]) AS login) m
        WHERE c.id = NEW.case_id AND m.login <> session_user AND casedesk_login_reads(m.login, c.eservice_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER notifications_mention AFTER INSERT ON notes
    FOR EACH ROW EXECUTE FUNCTION casedesk_notify_mentions();

-- Mailed too, to whoever asked for the kind (notification_settings.email_to): the case's
-- reference and e-service only, in Swedish and English (the database knows nobody's language).
-- Queued in the same transaction as the notification; the background service sends it.
CREATE FUNCTION casedesk_mail_notification() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_sv text := CASE NEW.kind WHEN 'message' THEN 'nytt meddelande från sökanden'
                               WHEN 'supplement' THEN 'komplettering från sökanden'
                               WHEN 'assigned' THEN 'ärendet har tilldelats dig'
                               WHEN 'overdue' THEN 'ärendet är försenat'
                               ELSE 'du har nämnts i en anteckning' END;
    v_en text := CASE NEW.kind WHEN 'message' THEN 'a new message from the applicant'
                               WHEN 'supplement' THEN 'a supplement from the applicant'
                               WHEN 'assigned' THEN 'the case was assigned to you'
                               WHEN 'overdue' THEN 'the case is overdue'
                               ELSE 'you were mentioned in a note' END;
BEGIN
    INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at, next_attempt_at)
        SELECT NEW.case_id, 'notification', s.email_to,
               'CaseDesk: ' || NEW.reference || ' – ' || v_sv,
               'Ärende ' || NEW.reference || ' i e-tjänsten ' || coalesce(e.name, NEW.eservice_id) || ': ' || v_sv
                   || E'.\nÖppna ärendet i CaseDesk.\n\nCase ' || NEW.reference || ' in the e-service '
                   || coalesce(e.name, NEW.eservice_id) || ': ' || v_en || E'.\nOpen the case in CaseDesk.\n',
               now(), now()
        FROM notification_settings s LEFT JOIN eservices e ON e.id = NEW.eservice_id
        WHERE s.login = NEW.recipient AND s.email_to IS NOT NULL
          AND CASE NEW.kind WHEN 'assigned' THEN s.assigned WHEN 'mention' THEN s.mention
                            WHEN 'overdue' THEN s.overdue ELSE s.message END;
    IF FOUND THEN
        UPDATE notifications SET mailed_at = now() WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER notifications_mail AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION casedesk_mail_notification();

-- The assignees of the cases that are overdue (their due day, a Swedish day, has passed) are
-- told, once per case and status: not again while a notification of it since the case entered
-- its status exists. Anyone who works cases may ask (the desktops and the background service do,
-- every hour); it tells only the cases' own assignees. Returns how many were told.
CREATE FUNCTION casedesk_notify_overdue() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_told integer;
BEGIN
    INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)
        SELECT c.assignee, 'overdue', c.id, c.reference, c.eservice_id, 'casedesk'
        FROM cases c
        WHERE c.status_due_on < (pg_catalog.now() AT TIME ZONE 'Europe/Stockholm')::date
          AND c.assignee IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.case_id = c.id AND n.kind = 'overdue'
                          AND n.recipient = c.assignee AND n.created_at >= coalesce(c.status_since, c.submitted_at))
        ORDER BY c.id;
    GET DIAGNOSTICS v_told = ROW_COUNT;
    RETURN v_told;
END
$$;
REVOKE ALL ON FUNCTION casedesk_notify_overdue() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_notify_overdue() TO casedesk_admin, casedesk_caseworker, casedesk_reader,
    casedesk_service;
CREATE INDEX notifications_overdue_idx ON notifications (case_id, created_at) WHERE kind = 'overdue';
