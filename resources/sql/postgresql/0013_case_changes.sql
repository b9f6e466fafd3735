-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- A status change and an assignment in one round trip (issue #13): casedesk_change_status and
-- casedesk_assign_case do in one statement what CaseWork did in some ten (find the case, check
-- the right to work it, lock it, compare the version, check the transition, update, write the
-- history event, queue the closing mail, read the case back). The client calls them as one
-- autocommit statement kept prepared, so the statement is its own transaction and the commit
-- costs no round trip of its own.
--
-- Both are SECURITY INVOKER: every write runs with the caller's rights, so row-level security,
-- the column grants and the write guards of 0008 (transitions, version, history at commit,
-- authorship from the session, mail rendered and addressed by the database) apply exactly as to
-- the statements CaseDesk sent before, and to anything a login sends with psql. The checks done
-- here first only give the answer CaseWork gives (not found, permission denied, conflict naming
-- the last change, invalid status with the allowed ones) without changing anything; they are
-- no guard of their own. A refusal is returned as {"error": {"code", "message", "field"}}.
-- The SQLite file of the same number is a comment: an embedded file has no round trips.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- The case as the inbox shows it (the "summary" of casedesk_read_case), read as the caller.
CREATE FUNCTION casedesk_case_summary(p_case bigint) RETURNS jsonb
    LANGUAGE sql STABLE SET search_path FROM CURRENT
AS $$
    SELECT jsonb_build_object(
        'id', c.id, 'reference', c.reference, 'eservice_id', c.eservice_id, 'eservice_name', e.name,
        'status_id', c.status_id, 'status_name_sv', s.name_sv, 'status_name_en', s.name_en,
        'status_kind', s.kind, 'assignee', c.assignee, 'applicant_name', n.name,
        'personal_number', n.personal_number, 'protected_identity', c.protected_identity,
        'submitted_at', casedesk_utc_text(c.submitted_at), 'updated_at', casedesk_utc_text(c.updated_at),
        'closed_at', casedesk_utc_text(c.closed_at), 'last_activity_at', casedesk_utc_text(c.last_activity_at),
        'signature_state', c.signature_state, 'needs_action', c.needs_action, 'version', c.version,
        'unread_count', c.unread_count, 'supplement_due_at', c.supplement_due_at::text)
    FROM cases c JOIN eservices e ON e.id = c.eservice_id JOIN statuses s ON s.id = c.status_id
    LEFT JOIN LATERAL (SELECT x.name, x.personal_number FROM case_applicant_names x WHERE x.case_id = c.id LIMIT 1) n
        ON true
    WHERE c.id = p_case
$$;

CREATE FUNCTION casedesk_change_refusal(p_code text, p_message text, p_field text DEFAULT NULL) RETURNS jsonb
    LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT
AS $$
    SELECT jsonb_build_object('error', jsonb_build_object('code', p_code, 'message', p_message, 'field', p_field))
$$;

-- CaseWork::begin as one function: the case by reference (not found when the caller may not read
-- it), the right to work it, its row locked, the version the caller read. Returns the case's id,
-- e-service, status and version, or `refusal` set.
CREATE FUNCTION casedesk_case_for_change(p_reference text, p_expected_version integer,
                                         OUT o_case bigint, OUT o_eservice text, OUT o_status text,
                                         OUT o_version integer, OUT refusal jsonb)
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_protected boolean;
    v_eservice_name text;
    v_last record;
    v_message text;
BEGIN
    SELECT c.id, c.eservice_id, c.protected_identity INTO o_case, o_eservice, v_protected
        FROM cases c WHERE c.reference = p_reference;
    IF o_case IS NULL THEN
        refusal := casedesk_change_refusal('not_found', format('no case with reference %s', p_reference), 'reference');
        RETURN;
    END IF;
    IF NOT casedesk_can_work(o_eservice) THEN
        SELECT e.name INTO v_eservice_name FROM eservices e WHERE e.id = o_eservice;
        refusal := casedesk_change_refusal('permission_denied',
                                           format('you may not work cases of the e-service ''%s''', v_eservice_name));
        RETURN;
    END IF;
    IF v_protected AND NOT casedesk_can_see_protected() THEN
        refusal := casedesk_change_refusal('permission_denied',
                                           'the case has a protected identity, which you may not see');
        RETURN;
    END IF;
    -- Changes that do not race (no expected version) wait for the row and work from what it is
    -- now; only a version the caller read earlier can be stale.
    SELECT c.status_id, c.version INTO o_status, o_version FROM cases c WHERE c.id = o_case FOR UPDATE;
    IF p_expected_version IS NOT NULL AND p_expected_version <> o_version THEN
        v_message := format('the case was changed by someone else since you opened it (version %s)',
                            p_expected_version);
        SELECT v.kind, v.to_status_id, v.actor, v.occurred_at INTO v_last
            FROM case_events v WHERE v.case_id = o_case
            ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1;
        IF FOUND THEN
            v_message := v_message || format('; last change: %s by %s at %s',
                                             coalesce('status ' || v_last.to_status_id, v_last.kind), v_last.actor,
                                             pg_catalog.to_char(v_last.occurred_at AT TIME ZONE 'UTC',
                                                                'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
        END IF;
        refusal := casedesk_change_refusal('conflict', v_message);
    END IF;
END
$$;

-- Moves a case to p_status along its e-service's transitions (CaseService::changeStatus). With
-- p_expected_version the change is refused when the case changed since that version was read.
-- The history event carries p_note; a move into a closed-kind status queues the "case closed"
-- mail when the e-service announces closing and the applicant gave an address (the address and
-- the text are the database's, see 0008). Returns {"summary": the case after the change}.
CREATE FUNCTION casedesk_change_status(p_reference text, p_status text, p_expected_version integer, p_note text)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v record;
    v_kind text;
    v_allowed text;
    v_recipient text;
    v_text record;
    v_now timestamptz;
BEGIN
    SELECT * INTO v FROM casedesk_case_for_change(p_reference, p_expected_version);
    IF v.refusal IS NOT NULL THEN
        RETURN v.refusal;
    END IF;
    -- The time of the change, taken once the row is held, so that the history of changes that
    -- queued for the row is in the order they were made. (The guards of 0008 put the
    -- transaction's now() instead for everyone but the owner.)
    v_now := pg_catalog.clock_timestamp();
    SELECT s.kind INTO v_kind FROM statuses s WHERE s.id = p_status;
    IF v_kind IS NULL THEN
        RETURN casedesk_change_refusal('invalid_input', format('no status ''%s''', p_status), 'status');
    END IF;
    IF p_status = 'decided' THEN
        RETURN casedesk_change_refusal('invalid_input',
                                       'a case becomes ''decided'' by recording a decision (casedeskctl decide)',
                                       'status');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
                   WHERE t.from_status_id = v.o_status AND t.to_status_id = p_status
                     AND (s.eservice_id IS NULL OR s.eservice_id = v.o_eservice)) THEN
        SELECT string_agg(s.id, ', ' ORDER BY s.sort_order, s.id) INTO v_allowed
            FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
            WHERE t.from_status_id = v.o_status AND (s.eservice_id IS NULL OR s.eservice_id = v.o_eservice);
        RETURN casedesk_change_refusal('invalid_input',
                                       format('a case in ''%s'' cannot move to ''%s''; allowed: %s', v.o_status,
                                              p_status, coalesce(v_allowed, 'none')),
                                       'status');
    END IF;
    -- The caller's own UPDATE and INSERTs: policies, column grants and guards decide.
    UPDATE cases c SET status_id = p_status, closed_at = CASE WHEN v_kind = 'closed' THEN v_now END,
                       updated_at = v_now, last_activity_at = v_now, version = c.version + 1
        WHERE c.id = v.o_case AND c.version = v.o_version;
    IF NOT FOUND THEN
        RETURN casedesk_change_refusal('conflict', 'the case was changed by someone else meanwhile');
    END IF;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail)
        VALUES (v.o_case, v_now, session_user, 'status_changed', v.o_status, p_status, nullif(p_note, ''));
    IF v_kind = 'closed' AND EXISTS (SELECT 1 FROM eservices e WHERE e.id = v.o_eservice AND e.announce_closed) THEN
        v_recipient := casedesk_mail_recipient(v.o_case, 'case_closed');
        IF v_recipient IS NOT NULL THEN
            -- From the e-service's template, as the outbox's guard renders it again for anyone but
            -- the owner (who writes unguarded).
            v_text := casedesk_render_mail(v.o_case, 'case_closed');
            INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at, next_attempt_at)
                VALUES (v.o_case, 'case_closed', v_recipient, v_text.subject, v_text.body, v_now, v_now);
        END IF;
    END IF;
    RETURN jsonb_build_object('summary', casedesk_case_summary(v.o_case));
END
$$;

-- Takes the case or hands it to p_assignee; '' or NULL unassigns (CaseService::assign). Whom a
-- case may go to is the guard's rule (someone who may work its e-service).
CREATE FUNCTION casedesk_assign_case(p_reference text, p_assignee text, p_expected_version integer)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v record;
    v_assignee text := nullif(p_assignee, '');
    v_now timestamptz;
BEGIN
    SELECT * INTO v FROM casedesk_case_for_change(p_reference, p_expected_version);
    IF v.refusal IS NOT NULL THEN
        RETURN v.refusal;
    END IF;
    v_now := pg_catalog.clock_timestamp(); -- as in casedesk_change_status
    UPDATE cases c SET assignee = v_assignee, updated_at = v_now, version = c.version + 1
        WHERE c.id = v.o_case AND c.version = v.o_version;
    IF NOT FOUND THEN
        RETURN casedesk_change_refusal('conflict', 'the case was changed by someone else meanwhile');
    END IF;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)
        VALUES (v.o_case, v_now, session_user, CASE WHEN v_assignee IS NULL THEN 'unassigned' ELSE 'assigned' END,
                v_assignee);
    RETURN jsonb_build_object('summary', casedesk_case_summary(v.o_case));
END
$$;

-- People who work cases call them; the background service and the portal change no case this way
-- (nor could they: they hold no UPDATE on cases).
REVOKE ALL ON FUNCTION casedesk_case_summary(bigint), casedesk_change_refusal(text, text, text),
    casedesk_case_for_change(text, integer), casedesk_change_status(text, text, integer, text),
    casedesk_assign_case(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_case_summary(bigint), casedesk_change_refusal(text, text, text),
    casedesk_case_for_change(text, integer), casedesk_change_status(text, text, integer, text),
    casedesk_assign_case(text, text, integer)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;

-- The inbox pages by keyset on (submitted_at | last_activity_at, id), and the client reads times
-- to the millisecond (Qt's QDateTime): a time with microseconds would make the next page start
-- inside the previous one's last millisecond and show rows twice. The database's own clocks
-- (now(), clock_timestamp(): the guards, the portal's functions, the changes above) keep
-- microseconds, so every case's sort times are cut to the millisecond as they are written. Named
-- to run after the guards (PostgreSQL runs a table's BEFORE triggers in name order).
CREATE FUNCTION casedesk_case_times_to_milliseconds() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.submitted_at := pg_catalog.date_trunc('milliseconds', NEW.submitted_at);
    NEW.last_activity_at := pg_catalog.date_trunc('milliseconds', NEW.last_activity_at);
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_times_to_milliseconds BEFORE INSERT OR UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION casedesk_case_times_to_milliseconds();
