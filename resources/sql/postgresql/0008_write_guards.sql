-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The database is the last line (issue #11): whatever a login sends with psql, it can do no more
-- than CaseDesk lets it. This migration
--   1. pins the search_path of every CaseDesk function with pg_temp last, and takes TEMPORARY on
--      the database and CREATE on the schema away from PUBLIC, so that no caller's object is ever
--      resolved in place of ours;
--   2. puts a guard trigger on every table of case data: times come from the database clock,
--      authorship is the session user, status changes follow the configured transitions and come
--      with their history event, what the applicant wrote or signed is written only by intake and
--      the portal contract and never changed afterwards;
--   3. lets only the system queue mail: the recipient comes from the case or the e-service, the
--      text from the templates (rendered here, from the same texts as the client's);
--   4. keeps a case's rows pointing into the same case (composite keys);
--   5. makes audit_log and purge_log append-only for every login; the purge log names who purged.
--
-- "Trusted" below means the statement runs with the owner's rights: the owner itself, or one of
-- the SECURITY DEFINER functions of the portal contract and the expiry jobs. The guards hold for
-- everyone else, the background service included. The SQLite file of the same number holds the
-- parts that make sense for a single-user file.

-- Every function created below captures this search_path (SET search_path FROM CURRENT).
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- ---------------------------------------------------------------------------------------------
-- 1. No object resolution by the caller.
DO $$
DECLARE
    f regprocedure;
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    -- casedesk_search_text is a pure expression over its argument: left unpinned so that it stays
    -- inlinable.
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = current_schema()) AND p.proname LIKE 'casedesk\_%'
               AND p.proname <> 'casedesk_search_text' LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Who writes. Not SECURITY DEFINER on purpose: current_user is the writer's role, or the owner
-- inside our SECURITY DEFINER functions and the foreign keys' cascades.
CREATE FUNCTION casedesk_trusted_writer() RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT
AS $$
    SELECT pg_catalog.pg_has_role(current_user,
                                  (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'cases'::regclass),
                                  'MEMBER')
$$;

-- Was the case inserted by the current transaction? Intake writes the case and everything the
-- applicant sent in one transaction; nothing is added to an existing case that way.
CREATE FUNCTION casedesk_case_new_here(p_case bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT coalesce((SELECT c.xmin::text::bigint = pg_catalog.txid_current() % 4294967296
                     FROM cases c WHERE c.id = p_case), false)
$$;

-- The kind of a status ('submitted', ..., 'closed').
CREATE FUNCTION casedesk_status_kind(p_status text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT s.kind FROM statuses s WHERE s.id = p_status $$;

CREATE FUNCTION casedesk_guard_refuse(p_message text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = '42501';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2a. The case row.
CREATE FUNCTION casedesk_guard_case_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF coalesce(casedesk_status_kind(NEW.status_id), '') <> 'submitted' THEN
        PERFORM casedesk_guard_refuse('a new case starts in a submitted status');
    END IF;
    NEW.assignee := NULL;
    NEW.closed_at := NULL;
    NEW.version := 1;
    NEW.unread_count := 0;
    NEW.supplement_due_at := NULL;
    NEW.updated_at := now();
    NEW.last_activity_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION casedesk_guard_case_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
DECLARE
    v_new_kind text;
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    -- Who applied, what and when: written by intake, never changed.
    IF (NEW.reference, NEW.eservice_id, NEW.source, NEW.external_id, NEW.applicant_name,
        NEW.applicant_personal_number, NEW.applicant_email, NEW.applicant_phone, NEW.applicant_street,
        NEW.applicant_postal_code, NEW.applicant_city, NEW.protected_identity, NEW.submitted_at,
        NEW.signature_state)
       IS DISTINCT FROM
       (OLD.reference, OLD.eservice_id, OLD.source, OLD.external_id, OLD.applicant_name,
        OLD.applicant_personal_number, OLD.applicant_email, OLD.applicant_phone, OLD.applicant_street,
        OLD.applicant_postal_code, OLD.applicant_city, OLD.protected_identity, OLD.submitted_at,
        OLD.signature_state) THEN
        PERFORM casedesk_guard_refuse('what the applicant submitted cannot be changed');
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id THEN
        IF NOT EXISTS (SELECT 1 FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
                       WHERE t.from_status_id = OLD.status_id AND t.to_status_id = NEW.status_id
                         AND (s.eservice_id IS NULL OR s.eservice_id = OLD.eservice_id)) THEN
            RAISE EXCEPTION 'a case in ''%'' cannot move to ''%''', OLD.status_id, NEW.status_id
                USING ERRCODE = '22023';
        END IF;
        v_new_kind := casedesk_status_kind(NEW.status_id);
        NEW.closed_at := CASE WHEN v_new_kind = 'closed' THEN now() END;
    ELSE
        NEW.closed_at := OLD.closed_at;
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id OR NEW.assignee IS DISTINCT FROM OLD.assignee THEN
        NEW.version := OLD.version + 1;
    ELSIF NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
        PERFORM casedesk_guard_refuse('the version only ever grows by one');
    END IF;
    IF NEW.assignee IS DISTINCT FROM OLD.assignee AND NEW.assignee IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM users u WHERE u.login = NEW.assignee AND u.active
                       AND (u.role = 'admin' OR EXISTS (SELECT 1 FROM user_access a WHERE a.login = u.login
                                                        AND a.eservice_id = OLD.eservice_id AND a.level = 'work'))) THEN
        PERFORM casedesk_guard_refuse('a case is assigned only to someone who may work its e-service');
    END IF;
    -- People mark messages read; only the portal adds unread ones.
    IF NEW.unread_count > OLD.unread_count THEN
        PERFORM casedesk_guard_refuse('unread messages come only from the applicant');
    END IF;
    IF NEW.version <> OLD.version OR NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    IF NEW.last_activity_at IS DISTINCT FROM OLD.last_activity_at THEN
        NEW.last_activity_at := now();
    END IF;
    RETURN NEW;
END
$$;

-- At commit: a status change has its history event, a move to 'decided' its decision, an
-- assignment its event, all written in the same transaction. Runs as the owner so that it reads
-- what it checks whoever wrote (the portal holds no table rights).
CREATE FUNCTION casedesk_check_case_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_current_role() = 'owner' THEN
        RETURN NULL;
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id THEN
        IF NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.id AND e.to_status_id = NEW.status_id
                       AND e.occurred_at = now()) THEN
            RAISE EXCEPTION 'a status change is recorded in the case''s history' USING ERRCODE = '42501';
        END IF;
        IF NEW.status_id = 'decided' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = NEW.id
                                                     AND d.decided_at = now()) THEN
            RAISE EXCEPTION 'a case becomes decided only by recording a decision' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.assignee IS DISTINCT FROM OLD.assignee
       AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.id AND e.occurred_at = now()
                       AND e.kind IN ('assigned', 'unassigned')) THEN
        RAISE EXCEPTION 'an assignment is recorded in the case''s history' USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END
$$;

-- Retention deletes a case only when it is due by the database's clock; any other delete
-- leaves the case as it is.
CREATE FUNCTION casedesk_guard_case_delete() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN OLD;
    END IF;
    IF coalesce(casedesk_status_kind(OLD.status_id), '') <> 'closed' OR OLD.closed_at IS NULL
       OR NOT EXISTS (SELECT 1 FROM eservices e WHERE e.id = OLD.eservice_id AND e.retention_days IS NOT NULL
                      AND OLD.closed_at + make_interval(days => e.retention_days) <= now()) THEN
        -- Not an error: a purge run with a clock ahead of the database's simply leaves it.
        RETURN NULL;
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER cases_guard_insert BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION casedesk_guard_case_insert();
CREATE TRIGGER cases_guard_update BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION casedesk_guard_case_update();
CREATE TRIGGER cases_guard_delete BEFORE DELETE ON cases FOR EACH ROW EXECUTE FUNCTION casedesk_guard_case_delete();
CREATE CONSTRAINT TRIGGER cases_history_check AFTER UPDATE ON cases DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD.status_id IS DISTINCT FROM NEW.status_id OR OLD.assignee IS DISTINCT FROM NEW.assignee)
    EXECUTE FUNCTION casedesk_check_case_history();

-- Nobody but intake writes signature_state; people change status, assignee and bookkeeping.
REVOKE UPDATE ON cases FROM casedesk_admin, casedesk_caseworker, casedesk_service;
GRANT UPDATE (status_id, assignee, updated_at, closed_at, last_activity_at, needs_action, version, unread_count,
              supplement_due_at)
    ON cases TO casedesk_admin, casedesk_caseworker;

-- ---------------------------------------------------------------------------------------------
-- 2b. What the applicant sent: the form, the parties, the signatures, the submission's files.
-- Written by intake (the service or an administrator) together with the case, never afterwards.
CREATE FUNCTION casedesk_guard_submission_content() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NOT casedesk_case_new_here(NEW.case_id) THEN
        PERFORM casedesk_guard_refuse(format('%s are written only with a new submission', TG_TABLE_NAME));
    END IF;
    RETURN NEW;
END
$$;

-- What a case holds is never changed. Rows of a case go only with their case: nobody but the
-- owner holds DELETE on them, and the cascade of a purge runs with the owner's rights (no
-- per-row delete trigger, so that purging stays one cheap cascade).
CREATE FUNCTION casedesk_guard_case_content_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    PERFORM casedesk_guard_refuse(format('%s cannot be changed', TG_TABLE_NAME));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['form_pages', 'form_fields', 'case_parties', 'signatures'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION casedesk_guard_submission_content()', t || '_guard_insert', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['form_pages', 'form_fields', 'case_parties', 'signatures', 'attachments', 'notes',
                             'case_events', 'supplement_requests'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION casedesk_guard_case_content_change()', t || '_guard_change', t);
        EXECUTE format('REVOKE UPDATE, DELETE ON %I FROM casedesk_admin, casedesk_caseworker, casedesk_reader,'
                       ' casedesk_service', t);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2c. Messages: people write outgoing ones in their own name; incoming ones come only through
-- the portal contract. The one change: a caseworker marks an incoming message read.
CREATE FUNCTION casedesk_guard_message_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.direction <> 'out' THEN
        PERFORM casedesk_guard_refuse('messages from the applicant come only through the portal');
    END IF;
    IF NEW.kind NOT IN ('message', 'supplement_request', 'decision') THEN
        PERFORM casedesk_guard_refuse(format('unknown message kind %s', NEW.kind));
    END IF;
    NEW.author := session_user;
    NEW.sent_at := now();
    NEW.read_at := NULL;
    RETURN NEW;
END
$$;

CREATE FUNCTION casedesk_guard_message_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.case_id, NEW.direction, NEW.kind, NEW.author, NEW.body, NEW.sent_at)
       IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.direction, OLD.kind, OLD.author, OLD.body, OLD.sent_at)
       OR OLD.direction <> 'in' OR OLD.read_at IS NOT NULL OR NEW.read_at IS NULL THEN
        PERFORM casedesk_guard_refuse('a message cannot be changed; an incoming one can only be marked read');
    END IF;
    NEW.read_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER messages_guard_insert BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION casedesk_guard_message_insert();
CREATE TRIGGER messages_guard_update BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION casedesk_guard_message_update();
REVOKE UPDATE, DELETE ON messages FROM casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE (read_at) ON messages TO casedesk_admin, casedesk_caseworker;

-- ---------------------------------------------------------------------------------------------
-- 2d. Attachments: the submission's files with the new case; a caseworker's file only with an
-- outgoing message written in the same transaction. Size and checksum are computed here.
CREATE FUNCTION casedesk_guard_attachment_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.message_id IS NULL THEN
        IF NOT casedesk_case_new_here(NEW.case_id) THEN
            PERFORM casedesk_guard_refuse('a file goes with a message or with a new submission');
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id
                      AND m.direction = 'out' AND m.sent_at = now()) THEN
        PERFORM casedesk_guard_refuse('a file goes with an outgoing message written in the same transaction');
    END IF;
    NEW.size_bytes := octet_length(NEW.content);
    NEW.sha256 := encode(sha256(NEW.content), 'hex');
    NEW.created_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER attachments_guard_insert BEFORE INSERT ON attachments FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_attachment_insert();

-- ---------------------------------------------------------------------------------------------
-- 2e. Notes, history events, supplement requests and decisions: in the writer's name, at the
-- database's time.
CREATE FUNCTION casedesk_guard_authored_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    CASE TG_TABLE_NAME
        WHEN 'notes' THEN
            NEW.author := session_user;
            NEW.created_at := now();
        WHEN 'case_events' THEN
            NEW.actor := session_user;
            NEW.occurred_at := now();
        WHEN 'supplement_requests' THEN
            NEW.requested_by := session_user;
            NEW.requested_at := now();
            NEW.answered_at := NULL;
            NEW.answer_message_id := NULL;
            IF NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id
                           AND m.direction = 'out' AND m.kind = 'supplement_request' AND m.sent_at = now()) THEN
                PERFORM casedesk_guard_refuse('a supplement request goes with its message to the applicant');
            END IF;
        WHEN 'decisions' THEN
            NEW.decided_by := session_user;
            NEW.decided_at := now();
            SELECT o.name_sv, o.name_en INTO NEW.outcome_name_sv, NEW.outcome_name_en
                FROM decision_outcomes o JOIN cases c ON c.id = NEW.case_id
                WHERE o.id = NEW.outcome_id AND o.active
                  AND (o.eservice_id = c.eservice_id
                       OR (o.eservice_id IS NULL AND NOT EXISTS (SELECT 1 FROM decision_outcomes x
                                                                 WHERE x.eservice_id = c.eservice_id)));
            IF NOT FOUND THEN
                PERFORM casedesk_guard_refuse(format('unknown outcome %s', NEW.outcome_id));
            END IF;
            -- Sent to the applicant as a message in the same transaction; one decision per case,
            -- then only corrections of the latest.
            IF NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id
                           AND m.direction = 'out' AND m.kind = 'decision' AND m.sent_at = now()) THEN
                PERFORM casedesk_guard_refuse('a decision goes to the applicant with its message');
            END IF;
            IF NEW.corrects_decision_id IS DISTINCT FROM (SELECT max(d.id) FROM decisions d
                                                          WHERE d.case_id = NEW.case_id) THEN
                PERFORM casedesk_guard_refuse('a case has one decision; later ones correct the latest');
            END IF;
    END CASE;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['notes', 'case_events', 'supplement_requests', 'decisions'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION casedesk_guard_authored_insert()', t || '_guard_insert', t);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 4. A case's rows point only into the same case, so that no case can ever hold up the purge
-- of another.
CREATE UNIQUE INDEX messages_case_id_key ON messages (case_id, id);
CREATE UNIQUE INDEX attachments_case_id_key ON attachments (case_id, id);
CREATE UNIQUE INDEX decisions_case_id_key ON decisions (case_id, id);

ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_message_id_fkey;
ALTER TABLE attachments ADD CONSTRAINT attachments_message_same_case
    FOREIGN KEY (case_id, message_id) REFERENCES messages (case_id, id) ON DELETE CASCADE;
ALTER TABLE supplement_requests DROP CONSTRAINT IF EXISTS supplement_requests_message_id_fkey;
ALTER TABLE supplement_requests DROP CONSTRAINT IF EXISTS supplement_requests_answer_message_id_fkey;
ALTER TABLE supplement_requests ADD CONSTRAINT supplement_requests_message_same_case
    FOREIGN KEY (case_id, message_id) REFERENCES messages (case_id, id) ON DELETE CASCADE;
ALTER TABLE supplement_requests ADD CONSTRAINT supplement_requests_answer_same_case
    FOREIGN KEY (case_id, answer_message_id) REFERENCES messages (case_id, id) ON DELETE CASCADE;
ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_document_attachment_id_fkey;
ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_message_id_fkey;
ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_corrects_decision_id_fkey;
ALTER TABLE decisions ADD CONSTRAINT decisions_document_same_case
    FOREIGN KEY (case_id, document_attachment_id) REFERENCES attachments (case_id, id) ON DELETE CASCADE;
ALTER TABLE decisions ADD CONSTRAINT decisions_message_same_case
    FOREIGN KEY (case_id, message_id) REFERENCES messages (case_id, id) ON DELETE CASCADE;
ALTER TABLE decisions ADD CONSTRAINT decisions_corrects_same_case
    FOREIGN KEY (case_id, corrects_decision_id) REFERENCES decisions (case_id, id) ON DELETE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- 3. Mail is queued by the system. The built-in texts (the same as the client's
-- MailTemplates::builtIn; a test compares the two) and the e-services' own templates are
-- rendered here; the recipient is the case's applicant or the e-service's functional mailbox.
CREATE TABLE mail_builtin_texts (
    kind     text NOT NULL,
    language text NOT NULL CHECK (language IN ('sv', 'en')),
    subject  text NOT NULL,
    body     text NOT NULL,
    PRIMARY KEY (kind, language)
);
INSERT INTO mail_builtin_texts (kind, language, subject, body) VALUES
    ('confirmation', 'sv', 'Vi har tagit emot ditt ärende {reference}',
     E'Hej!\n\nVi har tagit emot ditt ärende {reference} ({eservice}).\n\n'
     || E'Du kan följa ditt ärende och läsa meddelanden från oss när du loggar in på Min sida.\n\n'
     || E'Det här meddelandet går inte att svara på.\n'),
    ('confirmation', 'en', 'We have received your case {reference}',
     E'Hello,\n\nWe have received your case {reference} ({eservice}).\n\n'
     || E'You can follow your case and read messages from us when you log in to Min sida.\n\n'
     || E'This message cannot be replied to.\n'),
    ('functional_mailbox', 'sv', 'Nytt ärende {reference} i {eservice}',
     E'Ett nytt ärende {reference} har kommit in i e-tjänsten {eservice}.\n\nÖppna det i CaseDesk.\n'),
    ('functional_mailbox', 'en', 'New case {reference} in {eservice}',
     E'A new case {reference} has been submitted in the e-service {eservice}.\n\nOpen it in CaseDesk.\n'),
    ('new_message', 'sv', 'Nytt meddelande i ditt ärende {reference}',
     E'Hej!\n\nDu har fått ett nytt meddelande i ditt ärende {reference} ({eservice}).\n\n'
     || E'Logga in på Min sida för att läsa mer.\n\nDet här meddelandet går inte att svara på.\n'),
    ('new_message', 'en', 'New message about your case {reference}',
     E'Hello,\n\nThere is a new message about your case {reference} ({eservice}).\n\n'
     || E'Log in to Min sida to read more.\n\nThis message cannot be replied to.\n'),
    ('supplement_requested', 'sv', 'Komplettering behövs i ditt ärende {reference}',
     E'Hej!\n\nVi behöver en komplettering i ditt ärende {reference} ({eservice}) senast {due_date}.\n\n'
     || E'Logga in på Min sida för att se vad som behövs och skicka in kompletteringen.\n\n'
     || E'Det här meddelandet går inte att svara på.\n'),
    ('supplement_requested', 'en', 'Your case {reference} needs a supplement',
     E'Hello,\n\nWe need a supplement to your case {reference} ({eservice}) by {due_date}.\n\n'
     || E'Log in to Min sida to see what is needed and to send it.\n\nThis message cannot be replied to.\n'),
    ('decision_available', 'sv', 'Beslut i ditt ärende {reference}',
     E'Hej!\n\nDet finns ett beslut i ditt ärende {reference} ({eservice}).\n\n'
     || E'Logga in på Min sida för att läsa beslutet.\n\nDet här meddelandet går inte att svara på.\n'),
    ('decision_available', 'en', 'A decision on your case {reference}',
     E'Hello,\n\nThere is a decision on your case {reference} ({eservice}).\n\n'
     || E'Log in to Min sida to read it.\n\nThis message cannot be replied to.\n'),
    ('case_closed', 'sv', 'Ditt ärende {reference} är avslutat',
     E'Hej!\n\nDitt ärende {reference} ({eservice}) är avslutat.\n\n'
     || E'Logga in på Min sida för att läsa mer.\n\nDet här meddelandet går inte att svara på.\n'),
    ('case_closed', 'en', 'Your case {reference} is closed',
     E'Hello,\n\nYour case {reference} ({eservice}) is closed.\n\n'
     || E'Log in to Min sida to read more.\n\nThis message cannot be replied to.\n'),
    ('test', 'sv', 'CaseDesk: provmeddelande',
     E'Det här är ett provmeddelande från CaseDesk. Om det kom fram fungerar e-postinställningarna.\n'),
    ('test', 'en', 'CaseDesk test e-mail',
     E'This is a test e-mail from CaseDesk. If it arrived, the mail settings work.\n');
ALTER TABLE mail_builtin_texts ENABLE ROW LEVEL SECURITY;
CREATE POLICY mail_builtin_texts_read ON mail_builtin_texts FOR SELECT USING (true);
GRANT SELECT ON mail_builtin_texts TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Subject and body of one mail about a case, as MailTemplates::fill does it: the e-service's
-- template when it has one, else the built-in text; {reference}, {eservice}, {due_date}.
CREATE FUNCTION casedesk_render_mail(p_case bigint, p_kind text, OUT subject text, OUT body text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case cases%ROWTYPE;
    v_eservice eservices%ROWTYPE;
    v_due date;
BEGIN
    SELECT * INTO v_case FROM cases c WHERE c.id = p_case;
    SELECT * INTO v_eservice FROM eservices e WHERE e.id = v_case.eservice_id;
    SELECT t.subject, t.body INTO subject, body FROM mail_templates t
        WHERE t.eservice_id = v_eservice.id AND t.kind = p_kind AND t.language = v_eservice.language;
    IF NOT FOUND THEN
        SELECT b.subject, b.body INTO subject, body FROM mail_builtin_texts b
            WHERE b.kind = p_kind AND b.language = v_eservice.language;
    END IF;
    IF p_kind = 'supplement_requested' THEN
        SELECT r.due_date INTO v_due FROM supplement_requests r
            WHERE r.case_id = p_case AND r.answered_at IS NULL ORDER BY r.id DESC LIMIT 1;
    END IF;
    subject := replace(replace(replace(subject, '{reference}', v_case.reference), '{eservice}', v_eservice.name),
                       '{due_date}', coalesce(to_char(v_due, 'YYYY-MM-DD'), ''));
    body := replace(replace(replace(body, '{reference}', v_case.reference), '{eservice}', v_eservice.name),
                    '{due_date}', coalesce(to_char(v_due, 'YYYY-MM-DD'), ''));
END
$$;

-- Where a mail about a case may go.
CREATE FUNCTION casedesk_mail_recipient(p_case bigint, p_kind text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT CASE WHEN p_kind = 'functional_mailbox' THEN nullif(btrim(e.functional_mailbox), '')
                WHEN p_kind IN ('confirmation', 'new_message', 'supplement_requested', 'decision_available',
                                'case_closed') THEN nullif(btrim(c.applicant_email), '')
           END
    FROM cases c JOIN eservices e ON e.id = c.eservice_id WHERE c.id = p_case
$$;

-- A test mail goes only to the municipality's own addresses: the sender address or a
-- functional mailbox.
CREATE FUNCTION casedesk_is_own_address(p_address text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM settings s WHERE s.key = 'smtp.from' AND lower(btrim(s.value)) = lower(btrim(p_address)))
        OR EXISTS (SELECT 1 FROM eservices e WHERE lower(btrim(e.functional_mailbox)) = lower(btrim(p_address)))
$$;

CREATE FUNCTION casedesk_guard_mail_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
DECLARE
    v_recipient text;
    v_text record;
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.case_id IS NULL THEN
        IF NEW.kind <> 'test' OR NOT casedesk_is_admin() OR NOT casedesk_is_own_address(NEW.recipient) THEN
            PERFORM casedesk_guard_refuse(
                'a mail that is not about a case is a test mail, sent by an administrator to the sender address'
                ' or a functional mailbox');
        END IF;
        SELECT b.subject, b.body INTO NEW.subject, NEW.body FROM mail_builtin_texts b
            WHERE b.kind = 'test' AND b.language = 'sv';
    ELSE
        v_recipient := casedesk_mail_recipient(NEW.case_id, NEW.kind);
        IF v_recipient IS NULL OR lower(btrim(NEW.recipient)) <> lower(v_recipient) THEN
            PERFORM casedesk_guard_refuse('a mail about a case goes to its applicant or its e-service''s mailbox');
        END IF;
        -- Only with something that happened to the case in this same transaction, once per kind.
        IF NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.case_id AND e.occurred_at = now())
           OR EXISTS (SELECT 1 FROM mail_outbox o WHERE o.case_id = NEW.case_id AND o.kind = NEW.kind
                      AND o.created_at = now()) THEN
            PERFORM casedesk_guard_refuse('a mail about a case is queued with the change it announces');
        END IF;
        v_text := casedesk_render_mail(NEW.case_id, NEW.kind);
        NEW.recipient := v_recipient;
        NEW.subject := v_text.subject;
        NEW.body := v_text.body;
    END IF;
    NEW.created_at := now();
    NEW.next_attempt_at := now();
    NEW.attempts := 0;
    NEW.sent_at := NULL;
    NEW.failed_at := NULL;
    NEW.last_error := NULL;
    NEW.claimed_until := NULL;
    NEW.claimed_by := NULL;
    NEW.message_id := NULL;
    RETURN NEW;
END
$$;

-- Delivery changes only the bookkeeping; a queued mail's address and text stay as queued. (Mails
-- go only with their case: nobody but the owner holds DELETE on the outbox.)
CREATE FUNCTION casedesk_guard_mail_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.case_id, NEW.kind, NEW.recipient, NEW.subject, NEW.body, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.kind, OLD.recipient, OLD.subject, OLD.body, OLD.created_at) THEN
        PERFORM casedesk_guard_refuse('a queued mail cannot be changed');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER mail_outbox_guard_insert BEFORE INSERT ON mail_outbox FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_mail_insert();
CREATE TRIGGER mail_outbox_guard_change BEFORE UPDATE ON mail_outbox FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_mail_update();
REVOKE UPDATE, DELETE ON mail_outbox FROM casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE (attempts, next_attempt_at, sent_at, failed_at, last_error, claimed_until, claimed_by, message_id)
    ON mail_outbox TO casedesk_admin, casedesk_service;

-- ---------------------------------------------------------------------------------------------
-- 6. Logs that cannot be rewritten. Times from the database, actors from the session.
ALTER TABLE purge_log ADD COLUMN purged_by text NOT NULL DEFAULT '';

CREATE FUNCTION casedesk_guard_log_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'audit_log' THEN
        NEW.actor := session_user;
        NEW.occurred_at := now();
    ELSE
        NEW.purged_by := session_user;
        NEW.purged_at := now();
    END IF;
    RETURN NEW;
END
$$;

-- Append-only: only the expiry function (the owner's rights) removes audit rows, and only those
-- older than the configured audit retention; nobody changes a row of either log.
CREATE FUNCTION casedesk_guard_log_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log' AND casedesk_trusted_writer() THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_log_guard_insert BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION casedesk_guard_log_insert();
CREATE TRIGGER purge_log_guard_insert BEFORE INSERT ON purge_log FOR EACH ROW EXECUTE FUNCTION casedesk_guard_log_insert();
CREATE TRIGGER audit_log_guard_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_log_change();
CREATE TRIGGER purge_log_guard_change BEFORE UPDATE OR DELETE ON purge_log FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_log_change();
REVOKE UPDATE, DELETE ON audit_log, purge_log FROM casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Expiry by the service keeps every row younger than audit.retention_days (default 730) by the
-- database's clock, whatever p_before says.
CREATE OR REPLACE FUNCTION casedesk_expire_audit_log(p_before timestamptz, p_limit integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    removed bigint;
    v_days integer;
    v_text text;
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service') THEN
        RAISE EXCEPTION 'only the background service expires the audit log' USING ERRCODE = '42501';
    END IF;
    v_text := btrim(coalesce((SELECT s.value FROM settings s WHERE s.key = 'audit.retention_days'), '730'));
    v_days := CASE WHEN v_text ~ '^[0-9]{1,5}$' THEN v_text::integer END;
    IF v_days IS NULL OR v_days < 1 THEN
        RETURN 0;
    END IF;
    -- The service expires by the database's clock; the owner (tests, repairs) names the time.
    IF casedesk_current_role() = 'service' THEN
        p_before := least(p_before, now() - make_interval(days => v_days));
    END IF;
    DELETE FROM audit_log
        WHERE id IN (SELECT a.id FROM audit_log a
                     WHERE a.occurred_at < p_before
                     ORDER BY a.id LIMIT p_limit);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

-- The functional mailbox is the administrators' choice, never a submission's: intake (the
-- service) creates an e-service by its id and name only, and changes none.
CREATE FUNCTION casedesk_guard_eservice_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() OR casedesk_is_admin() THEN
        RETURN NEW;
    END IF;
    NEW.functional_mailbox := NULL;
    NEW.announce_closed := false;
    RETURN NEW;
END
$$;
CREATE TRIGGER eservices_guard_insert BEFORE INSERT ON eservices FOR EACH ROW
    EXECUTE FUNCTION casedesk_guard_eservice_insert();
REVOKE UPDATE ON eservices FROM casedesk_service;

REVOKE ALL ON FUNCTION casedesk_trusted_writer(), casedesk_case_new_here(bigint), casedesk_status_kind(text),
    casedesk_guard_refuse(text), casedesk_render_mail(bigint, text), casedesk_mail_recipient(bigint, text),
    casedesk_is_own_address(text), casedesk_check_case_history() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_trusted_writer(), casedesk_case_new_here(bigint), casedesk_status_kind(text),
    casedesk_guard_refuse(text), casedesk_render_mail(bigint, text), casedesk_mail_recipient(bigint, text),
    casedesk_is_own_address(text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
