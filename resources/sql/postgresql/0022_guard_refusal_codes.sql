-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0022: the write guards of 0008 say which refusal they are, as the refusals of 0019 do, so that
-- CaseDesk shows them in the person's language (issue #13 §4): SQLSTATE and English message as
-- before, DETAIL 'casedesk:<reason>:<json array of args>' (services/db/DatabaseRefusals.cpp maps
-- every reason onto its text). The arguments are status ids, table names, a message kind or an
-- outcome id: never personal data.
--
-- Every function keeps its signature, its volatility, its SECURITY (invoker or definer) and its
-- grants; only the words of its refusals change. casedesk_guard_refuse takes the reason and its
-- arguments now; the one-argument form goes. The SQLite file of the same number indexes the
-- foreign keys a purge checks.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- A guard's refusal: the reason first (a test reads every reason of this file by that).
CREATE FUNCTION casedesk_guard_refuse(p_reason text, p_args jsonb, p_message text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    RAISE EXCEPTION '%', p_message
        USING ERRCODE = '42501', DETAIL = 'casedesk:' || p_reason || ':' || coalesce(p_args, '[]'::jsonb)::text;
END
$$;
REVOKE ALL ON FUNCTION casedesk_guard_refuse(text, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_guard_refuse(text, jsonb, text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- ---------------------------------------------------------------------------------------------
-- 2a. The case row.
CREATE OR REPLACE FUNCTION casedesk_guard_case_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF coalesce(casedesk_status_kind(NEW.status_id), '') <> 'submitted' THEN
        PERFORM casedesk_guard_refuse('case_starts_submitted', '[]', 'a new case starts in a submitted status');
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

CREATE OR REPLACE FUNCTION casedesk_guard_case_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
DECLARE
    v_new_kind text;
    v_allowed text;
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
        PERFORM casedesk_guard_refuse('submission_unchangeable', '[]', 'what the applicant submitted cannot be changed');
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id THEN
        IF NOT EXISTS (SELECT 1 FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
                       WHERE t.from_status_id = OLD.status_id AND t.to_status_id = NEW.status_id
                         AND (s.eservice_id IS NULL OR s.eservice_id = OLD.eservice_id)) THEN
            -- Named with the statuses that are allowed, as casedesk_change_status does (0019).
            SELECT string_agg(s.id, ', ' ORDER BY s.sort_order, s.id) INTO v_allowed
                FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
                WHERE t.from_status_id = OLD.status_id AND (s.eservice_id IS NULL OR s.eservice_id = OLD.eservice_id);
            RAISE EXCEPTION 'a case in ''%'' cannot move to ''%''', OLD.status_id, NEW.status_id
                USING ERRCODE = '22023',
                      DETAIL = 'casedesk:transition_not_allowed:'
                               || jsonb_build_array(OLD.status_id, pg_catalog.left(NEW.status_id, 40), v_allowed)::text;
        END IF;
        v_new_kind := casedesk_status_kind(NEW.status_id);
        NEW.closed_at := CASE WHEN v_new_kind = 'closed' THEN now() END;
    ELSE
        NEW.closed_at := OLD.closed_at;
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id OR NEW.assignee IS DISTINCT FROM OLD.assignee THEN
        NEW.version := OLD.version + 1;
    ELSIF NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
        PERFORM casedesk_guard_refuse('version_grows_by_one', '[]', 'the version only ever grows by one');
    END IF;
    IF NEW.assignee IS DISTINCT FROM OLD.assignee AND NEW.assignee IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM users u WHERE u.login = NEW.assignee AND u.active
                       AND (u.role = 'admin' OR EXISTS (SELECT 1 FROM user_access a WHERE a.login = u.login
                                                        AND a.eservice_id = OLD.eservice_id AND a.level = 'work'))) THEN
        PERFORM casedesk_guard_refuse('assignee_may_not_work', '[]', 'a case is assigned only to someone who may work its e-service');
    END IF;
    -- People mark messages read; only the portal adds unread ones.
    IF NEW.unread_count > OLD.unread_count THEN
        PERFORM casedesk_guard_refuse('unread_from_applicant', '[]', 'unread messages come only from the applicant');
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
CREATE OR REPLACE FUNCTION casedesk_check_case_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_current_role() = 'owner' THEN
        RETURN NULL;
    END IF;
    IF NEW.status_id IS DISTINCT FROM OLD.status_id THEN
        IF NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.id AND e.to_status_id = NEW.status_id
                       AND e.occurred_at = now()) THEN
            RAISE EXCEPTION 'a status change is recorded in the case''s history'
                USING ERRCODE = '42501', DETAIL = 'casedesk:status_change_without_history:[]';
        END IF;
        IF NEW.status_id = 'decided' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = NEW.id
                                                     AND d.decided_at = now()) THEN
            RAISE EXCEPTION 'a case becomes decided only by recording a decision'
                USING ERRCODE = '42501', DETAIL = 'casedesk:decided_without_decision:[]';
        END IF;
    END IF;
    IF NEW.assignee IS DISTINCT FROM OLD.assignee
       AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.id AND e.occurred_at = now()
                       AND e.kind IN ('assigned', 'unassigned')) THEN
        RAISE EXCEPTION 'an assignment is recorded in the case''s history'
            USING ERRCODE = '42501', DETAIL = 'casedesk:assignment_without_history:[]';
    END IF;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2b. What the applicant sent: the form, the parties, the signatures, the submission's files.
-- Written by intake (the service or an administrator) together with the case, never afterwards.
CREATE OR REPLACE FUNCTION casedesk_guard_submission_content() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NOT casedesk_case_new_here(NEW.case_id) THEN
        PERFORM casedesk_guard_refuse('written_with_submission', jsonb_build_array(TG_TABLE_NAME),
                                      format('%s are written only with a new submission', TG_TABLE_NAME));
    END IF;
    RETURN NEW;
END
$$;

-- What a case holds is never changed. Rows of a case go only with their case: nobody but the
-- owner holds DELETE on them, and the cascade of a purge runs with the owner's rights (no
-- per-row delete trigger, so that purging stays one cheap cascade).
CREATE OR REPLACE FUNCTION casedesk_guard_case_content_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    PERFORM casedesk_guard_refuse('rows_unchangeable', jsonb_build_array(TG_TABLE_NAME),
                          format('%s cannot be changed', TG_TABLE_NAME));
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2c. Messages: people write outgoing ones in their own name; incoming ones come only through
-- the portal contract. The one change: a caseworker marks an incoming message read.
CREATE OR REPLACE FUNCTION casedesk_guard_message_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.direction <> 'out' THEN
        PERFORM casedesk_guard_refuse('incoming_through_portal', '[]', 'messages from the applicant come only through the portal');
    END IF;
    IF NEW.kind NOT IN ('message', 'supplement_request', 'decision') THEN
        PERFORM casedesk_guard_refuse('unknown_message_kind', jsonb_build_array(pg_catalog.left(NEW.kind, 40)),
                              format('unknown message kind %s', pg_catalog.left(NEW.kind, 40)));
    END IF;
    NEW.author := session_user;
    NEW.sent_at := now();
    NEW.read_at := NULL;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION casedesk_guard_message_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.case_id, NEW.direction, NEW.kind, NEW.author, NEW.body, NEW.sent_at)
       IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.direction, OLD.kind, OLD.author, OLD.body, OLD.sent_at)
       OR OLD.direction <> 'in' OR OLD.read_at IS NOT NULL OR NEW.read_at IS NULL THEN
        PERFORM casedesk_guard_refuse('message_unchangeable', '[]',
                              'a message cannot be changed; an incoming one can only be marked read');
    END IF;
    NEW.read_at := now();
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2d. Attachments: the submission's files with the new case; a caseworker's file only with an
-- outgoing message written in the same transaction. Size and checksum are computed here.
CREATE OR REPLACE FUNCTION casedesk_guard_attachment_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF NEW.message_id IS NULL THEN
        IF NOT casedesk_case_new_here(NEW.case_id) THEN
            PERFORM casedesk_guard_refuse('file_without_message', '[]', 'a file goes with a message or with a new submission');
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id
                      AND m.direction = 'out' AND m.sent_at = now()) THEN
        PERFORM casedesk_guard_refuse('file_with_outgoing_message', '[]',
                              'a file goes with an outgoing message written in the same transaction');
    END IF;
    NEW.size_bytes := octet_length(NEW.content);
    NEW.sha256 := encode(sha256(NEW.content), 'hex');
    NEW.created_at := now();
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 2e. Notes, history events, supplement requests and decisions: in the writer's name, at the
-- database's time.
CREATE OR REPLACE FUNCTION casedesk_guard_authored_insert() RETURNS trigger
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
                PERFORM casedesk_guard_refuse('supplement_request_without_message', '[]',
                                      'a supplement request goes with its message to the applicant');
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
                PERFORM casedesk_guard_refuse('unknown_outcome', jsonb_build_array(pg_catalog.left(NEW.outcome_id, 40)),
                                      format('unknown outcome %s', pg_catalog.left(NEW.outcome_id, 40)));
            END IF;
            -- Sent to the applicant as a message in the same transaction; one decision per case,
            -- then only corrections of the latest.
            IF NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = NEW.message_id AND m.case_id = NEW.case_id
                           AND m.direction = 'out' AND m.kind = 'decision' AND m.sent_at = now()) THEN
                PERFORM casedesk_guard_refuse('decision_without_message', '[]', 'a decision goes to the applicant with its message');
            END IF;
            IF NEW.corrects_decision_id IS DISTINCT FROM (SELECT max(d.id) FROM decisions d
                                                          WHERE d.case_id = NEW.case_id) THEN
                PERFORM casedesk_guard_refuse('decision_corrects_latest', '[]',
                                      'a case has one decision; later ones correct the latest');
            END IF;
    END CASE;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION casedesk_guard_mail_insert() RETURNS trigger
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
                'test_mail_only', '[]',
                'a mail that is not about a case is a test mail, sent by an administrator to the sender address'
                ' or a functional mailbox');
        END IF;
        SELECT b.subject, b.body INTO NEW.subject, NEW.body FROM mail_builtin_texts b
            WHERE b.kind = 'test' AND b.language = 'sv';
    ELSE
        v_recipient := casedesk_mail_recipient(NEW.case_id, NEW.kind);
        IF v_recipient IS NULL OR lower(btrim(NEW.recipient)) <> lower(v_recipient) THEN
            PERFORM casedesk_guard_refuse('mail_recipient', '[]',
                                  'a mail about a case goes to its applicant or its e-service''s mailbox');
        END IF;
        -- Only with something that happened to the case in this same transaction, once per kind.
        IF NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = NEW.case_id AND e.occurred_at = now())
           OR EXISTS (SELECT 1 FROM mail_outbox o WHERE o.case_id = NEW.case_id AND o.kind = NEW.kind
                      AND o.created_at = now()) THEN
            PERFORM casedesk_guard_refuse('mail_with_change', '[]', 'a mail about a case is queued with the change it announces');
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
CREATE OR REPLACE FUNCTION casedesk_guard_mail_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.case_id, NEW.kind, NEW.recipient, NEW.subject, NEW.body, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.kind, OLD.recipient, OLD.subject, OLD.body, OLD.created_at) THEN
        PERFORM casedesk_guard_refuse('queued_mail_unchangeable', '[]', 'a queued mail cannot be changed');
    END IF;
    RETURN NEW;
END
$$;

-- Append-only: only the expiry function (the owner's rights) removes audit rows, and only those
-- older than the configured audit retention; nobody changes a row of either log.
CREATE OR REPLACE FUNCTION casedesk_guard_log_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log' AND casedesk_trusted_writer() THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
        USING ERRCODE = '42501', DETAIL = 'casedesk:append_only:' || jsonb_build_array(TG_TABLE_NAME)::text;
END
$$;

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
        RAISE EXCEPTION 'only the background service expires the audit log'
            USING ERRCODE = '42501', DETAIL = 'casedesk:service_expires_audit:[]';
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

-- Nothing calls the one-argument form any more.
DROP FUNCTION casedesk_guard_refuse(text);
