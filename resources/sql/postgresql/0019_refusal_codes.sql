-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Refusals the database words itself now say which refusal they are, with its arguments, so that
-- CaseDesk shows them in the person's language (issue #13 §4). The English text stays for psql,
-- the server log and clients older than this migration.
--
-- The change functions of 0013 answer {"error": {"code", "reason", "args", "message", "field"}}:
-- `code` is the kind (not_found, permission_denied, conflict, invalid_input) as before, `reason`
-- names the refusal and `args` holds its words from outside (a reference, a status, a version).
-- The functions that RAISE (the portal's, casedesk_user_add, the attachment types' guard) keep
-- their SQLSTATE and English message and add DETAIL 'casedesk:<reason>:<json array of args>',
-- which the client reads (services/db/DatabaseRefusals.cpp maps every reason onto its text).
--
-- Every function keeps its signature, its volatility, its SECURITY (invoker or definer) and its
-- grants; only the words of its refusals change. The SQLite file of the same number is a
-- comment: CaseDesk words the embedded database's refusals itself.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- The answer of a refused change: the kind, the reason with its arguments, the English words.
CREATE FUNCTION casedesk_coded_refusal(p_code text, p_reason text, p_args jsonb, p_message text,
                                       p_field text DEFAULT NULL) RETURNS jsonb
    LANGUAGE sql IMMUTABLE SET search_path FROM CURRENT
AS $$
    SELECT jsonb_build_object('error', jsonb_build_object('code', p_code, 'reason', p_reason,
                                                          'args', coalesce(p_args, '[]'::jsonb),
                                                          'message', p_message, 'field', p_field))
$$;
REVOKE ALL ON FUNCTION casedesk_coded_refusal(text, text, jsonb, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_coded_refusal(text, text, jsonb, text, text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;

-- As in 0013, with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_case_for_change(p_reference text, p_expected_version integer,
                                                   OUT o_case bigint, OUT o_eservice text, OUT o_status text,
                                                   OUT o_version integer, OUT refusal jsonb)
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_protected boolean;
    v_eservice_name text;
    v_last record;
    v_at text;
BEGIN
    SELECT c.id, c.eservice_id, c.protected_identity INTO o_case, o_eservice, v_protected
        FROM cases c WHERE c.reference = p_reference;
    IF o_case IS NULL THEN
        refusal := casedesk_coded_refusal('not_found', 'no_case', jsonb_build_array(p_reference),
                                          format('no case with reference %s', p_reference), 'reference');
        RETURN;
    END IF;
    IF NOT casedesk_can_work(o_eservice) THEN
        SELECT e.name INTO v_eservice_name FROM eservices e WHERE e.id = o_eservice;
        refusal := casedesk_coded_refusal('permission_denied', 'may_not_work_eservice',
                                          jsonb_build_array(v_eservice_name),
                                          format('you may not work cases of the e-service ''%s''', v_eservice_name));
        RETURN;
    END IF;
    IF v_protected AND NOT casedesk_can_see_protected() THEN
        refusal := casedesk_coded_refusal('permission_denied', 'protected_identity', '[]'::jsonb,
                                          'the case has a protected identity, which you may not see');
        RETURN;
    END IF;
    -- Changes that do not race (no expected version) wait for the row and work from what it is
    -- now; only a version the caller read earlier can be stale.
    SELECT c.status_id, c.version INTO o_status, o_version FROM cases c WHERE c.id = o_case FOR UPDATE;
    IF p_expected_version IS NOT NULL AND p_expected_version <> o_version THEN
        SELECT v.kind, v.to_status_id, v.actor, v.occurred_at INTO v_last
            FROM case_events v WHERE v.case_id = o_case
            ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1;
        IF FOUND THEN
            v_at := pg_catalog.to_char(v_last.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            -- The last change is a status (translated as "status X") or the kind of event as stored.
            refusal := casedesk_coded_refusal(
                'conflict', 'changed_since_opened_last',
                jsonb_build_array(p_expected_version, v_last.kind, v_last.to_status_id, v_last.actor, v_at),
                format('the case was changed by someone else since you opened it (version %s); last change: %s by %s at %s',
                       p_expected_version, coalesce('status ' || v_last.to_status_id, v_last.kind), v_last.actor,
                       v_at));
        ELSE
            refusal := casedesk_coded_refusal(
                'conflict', 'changed_since_opened', jsonb_build_array(p_expected_version),
                format('the case was changed by someone else since you opened it (version %s)', p_expected_version));
        END IF;
    END IF;
END
$$;

-- As in 0013, with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_change_status(p_reference text, p_status text, p_expected_version integer,
                                                  p_note text)
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
        RETURN casedesk_coded_refusal('invalid_input', 'no_status', jsonb_build_array(p_status),
                                      format('no status ''%s''', p_status), 'status');
    END IF;
    IF p_status = 'decided' THEN
        RETURN casedesk_coded_refusal('invalid_input', 'decided_by_decision', '[]'::jsonb,
                                      'a case becomes ''decided'' by recording a decision (casedeskctl decide)',
                                      'status');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
                   WHERE t.from_status_id = v.o_status AND t.to_status_id = p_status
                     AND (s.eservice_id IS NULL OR s.eservice_id = v.o_eservice)) THEN
        SELECT string_agg(s.id, ', ' ORDER BY s.sort_order, s.id) INTO v_allowed
            FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id
            WHERE t.from_status_id = v.o_status AND (s.eservice_id IS NULL OR s.eservice_id = v.o_eservice);
        -- No allowed status is a null argument: the client says "none" in the person's language.
        RETURN casedesk_coded_refusal('invalid_input', 'transition_not_allowed',
                                      jsonb_build_array(v.o_status, p_status, v_allowed),
                                      format('a case in ''%s'' cannot move to ''%s''; allowed: %s', v.o_status,
                                             p_status, coalesce(v_allowed, 'none')),
                                      'status');
    END IF;
    -- The caller's own UPDATE and INSERTs: policies, column grants and guards decide.
    UPDATE cases c SET status_id = p_status, closed_at = CASE WHEN v_kind = 'closed' THEN v_now END,
                       updated_at = v_now, last_activity_at = v_now, version = c.version + 1
        WHERE c.id = v.o_case AND c.version = v.o_version;
    IF NOT FOUND THEN
        RETURN casedesk_coded_refusal('conflict', 'changed_meanwhile', '[]'::jsonb,
                                      'the case was changed by someone else meanwhile');
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

-- As in 0013, with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_assign_case(p_reference text, p_assignee text, p_expected_version integer)
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
        RETURN casedesk_coded_refusal('conflict', 'changed_meanwhile', '[]'::jsonb,
                                      'the case was changed by someone else meanwhile');
    END IF;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)
        VALUES (v.o_case, v_now, session_user, CASE WHEN v_assignee IS NULL THEN 'unassigned' ELSE 'assigned' END,
                v_assignee);
    RETURN jsonb_build_object('summary', casedesk_case_summary(v.o_case));
END
$$;

-- As in 0010 (SECURITY DEFINER, not granted), with a coded refusal.
CREATE OR REPLACE FUNCTION casedesk_portal_identity_forms(p_identity text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_digits text := pg_catalog.translate(coalesce(p_identity, ''), '-+ ', '');
BEGIN
    IF v_digits !~ '^[0-9]{12}$' THEN
        RAISE EXCEPTION 'identity: expected a personal number of 12 digits (YYYYMMDDNNNN)'
            USING ERRCODE = '22023', DETAIL = 'casedesk:identity_digits:[]';
    END IF;
    RETURN ARRAY[pg_catalog.substr(v_digits, 1, 8) || '-' || pg_catalog.substr(v_digits, 9, 4), v_digits];
END
$$;

-- As in 0010, with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_portal_write(p_identity text, p_reference text, p_body text,
                                                 p_supplement boolean)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case cases%ROWTYPE;
    v_request bigint;
    v_message bigint;
    v_status text;
BEGIN
    SELECT * INTO v_case FROM cases c WHERE c.id = casedesk_portal_case_id(p_identity, p_reference) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no case with reference %', pg_catalog.left(p_reference, 40)
            USING ERRCODE = 'P0002',
                  DETAIL = 'casedesk:no_case:' || jsonb_build_array(pg_catalog.left(p_reference, 40))::text;
    END IF;
    IF p_body IS NULL THEN
        RAISE EXCEPTION 'text: missing (use an empty text for files only)'
            USING ERRCODE = '22023', DETAIL = 'casedesk:text_missing:[]';
    END IF;
    IF pg_catalog.length(p_body) > 20000 THEN
        RAISE EXCEPTION 'text: at most 20000 characters'
            USING ERRCODE = '22023', DETAIL = 'casedesk:text_too_long:[20000]';
    END IF;
    v_status := v_case.status_id;
    IF p_supplement THEN
        SELECT r.id INTO v_request FROM supplement_requests r JOIN statuses s ON s.id = v_case.status_id
            WHERE r.case_id = v_case.id AND r.answered_at IS NULL AND s.kind <> 'closed';
        IF v_request IS NULL THEN
            RAISE EXCEPTION 'the case has no open supplement request'
                USING ERRCODE = 'P0002', DETAIL = 'casedesk:no_open_supplement_request:[]';
        END IF;
        IF EXISTS (SELECT 1 FROM status_transitions t WHERE t.from_status_id = v_case.status_id
                   AND t.to_status_id = 'supplemented') THEN
            v_status := 'supplemented';
        END IF;
    END IF;
    INSERT INTO messages (case_id, direction, kind, author, body, sent_at)
        VALUES (v_case.id, 'in', CASE WHEN p_supplement THEN 'supplement' ELSE 'message' END, 'applicant', p_body,
                pg_catalog.now())
        RETURNING messages.id INTO v_message;
    IF p_supplement THEN
        UPDATE supplement_requests SET answered_at = pg_catalog.now(), answer_message_id = v_message
            WHERE id = v_request;
    END IF;
    UPDATE cases SET status_id = v_status, unread_count = unread_count + 1, needs_action = true,
                     supplement_due_at = CASE WHEN p_supplement THEN NULL ELSE supplement_due_at END,
                     updated_at = pg_catalog.now(), last_activity_at = pg_catalog.now(), version = version + 1
        WHERE id = v_case.id;
    INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail)
        VALUES (v_case.id, pg_catalog.now(), 'portal',
                CASE WHEN p_supplement THEN 'supplement_received' ELSE 'message_received' END,
                CASE WHEN v_status <> v_case.status_id THEN v_case.status_id END,
                CASE WHEN v_status <> v_case.status_id THEN v_status END, NULL);
    RETURN v_message;
END
$$;

-- As in 0010, with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_portal_attach(p_identity text, p_reference text, p_message bigint,
                                                  p_file_name text, p_mime_type text, p_content bytea) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_id bigint;
BEGIN
    SELECT m.case_id INTO v_case FROM messages m
        WHERE m.id = p_message AND m.case_id = casedesk_portal_case_id(p_identity, p_reference)
          AND m.direction = 'in' AND m.sent_at = pg_catalog.now();
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'attachments go with a message written in the same transaction'
            USING ERRCODE = '42501', DETAIL = 'casedesk:attachment_without_message:[]';
    END IF;
    IF p_file_name IS NULL OR pg_catalog.length(p_file_name) NOT BETWEEN 1 AND 180 OR p_file_name ~ '[/\\[:cntrl:]]'
       OR p_content IS NULL OR pg_catalog.octet_length(p_content) NOT BETWEEN 1 AND 26214400
       OR p_mime_type !~ '^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$' THEN
        RAISE EXCEPTION 'attachment refused' USING ERRCODE = '22023', DETAIL = 'casedesk:attachment_refused:[]';
    END IF;
    INSERT INTO attachments (case_id, message_id, field_key, file_name, mime_type, size_bytes, sha256, content, created_at)
        VALUES (v_case, p_message, NULL, p_file_name, p_mime_type, pg_catalog.octet_length(p_content),
                pg_catalog.encode(pg_catalog.sha256(p_content), 'hex'), p_content, pg_catalog.now())
        RETURNING attachments.id INTO v_id;
    RETURN v_id;
END
$$;

-- As in 0010, with a coded refusal.
CREATE OR REPLACE FUNCTION casedesk_portal_read(p_identity text, p_reference text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_count integer;
BEGIN
    SELECT c.id INTO v_case FROM cases c WHERE c.id = casedesk_portal_case_id(p_identity, p_reference) FOR UPDATE;
    IF v_case IS NULL THEN
        RAISE EXCEPTION 'no case with reference %', pg_catalog.left(p_reference, 40)
            USING ERRCODE = 'P0002',
                  DETAIL = 'casedesk:no_case:' || jsonb_build_array(pg_catalog.left(p_reference, 40))::text;
    END IF;
    UPDATE messages SET read_at = pg_catalog.now() WHERE case_id = v_case AND direction = 'out' AND read_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count > 0 THEN
        UPDATE cases SET version = version + 1, last_activity_at = pg_catalog.now() WHERE id = v_case;
        INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)
            VALUES (v_case, pg_catalog.now(), 'portal', 'messages_read', v_count::text);
    END IF;
    RETURN v_count;
END
$$;

-- As in 0002 (SECURITY DEFINER, administrators only), with coded refusals.
CREATE OR REPLACE FUNCTION casedesk_user_add(p_login text, p_role text, p_display_name text,
                                             p_can_see_protected boolean)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    group_role text;
BEGIN
    IF NOT casedesk_is_admin() THEN
        RAISE EXCEPTION 'only administrators manage users'
            USING ERRCODE = '42501', DETAIL = 'casedesk:admins_manage_users:[]';
    END IF;
    IF p_login !~ '^[a-z_][a-z0-9_.]{0,62}$' THEN
        RAISE EXCEPTION 'user name must be lower-case letters, digits, "_" or "." (at most 63), starting with a letter'
            USING ERRCODE = '22023', DETAIL = 'casedesk:user_name_form:[]';
    END IF;
    IF p_login LIKE 'casedesk\_%' OR p_login IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'user name "%" is reserved', p_login
            USING ERRCODE = '22023', DETAIL = 'casedesk:user_name_reserved:' || jsonb_build_array(p_login)::text;
    END IF;
    group_role := CASE p_role WHEN 'admin' THEN 'casedesk_admin' WHEN 'caseworker' THEN 'casedesk_caseworker'
                              WHEN 'reader' THEN 'casedesk_reader' END;
    IF group_role IS NULL THEN
        RAISE EXCEPTION 'role must be admin, caseworker or reader'
            USING ERRCODE = '22023', DETAIL = 'casedesk:user_role:[]';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    EXECUTE format('REVOKE casedesk_admin, casedesk_caseworker, casedesk_reader FROM %I', p_login);
    EXECUTE format('GRANT %I TO %I', group_role, p_login);
    INSERT INTO users (login, display_name, role, can_see_protected, active)
        VALUES (p_login, coalesce(nullif(p_display_name, ''), p_login), p_role, p_can_see_protected, true)
        ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                                          can_see_protected = excluded.can_see_protected, active = true;
END
$$;

-- As in 0009, with a coded refusal.
CREATE OR REPLACE FUNCTION casedesk_eservice_file_types_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.allowed_file_types IS NOT NULL
        OR TG_OP = 'UPDATE' AND NEW.allowed_file_types IS DISTINCT FROM OLD.allowed_file_types)
       AND casedesk_current_role() NOT IN ('owner', 'admin') THEN
        RAISE EXCEPTION 'only administrators change the attachment types of an e-service'
            USING ERRCODE = '42501', DETAIL = 'casedesk:admins_set_file_types:[]';
    END IF;
    RETURN NEW;
END
$$;
