-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0028: "Fetch from Navet" for one person of the case (issue #14 §2: per party, and "refresh
-- all"). A request names the person it is about, or nobody for everyone the case names. Still one
-- request waiting per case: a second request while one waits makes the waiting one cover both
-- (everyone, unless both name the same person), so the service asks nobody twice.
--
-- The person must be one the case names (applicant, party, signer: casedesk_case_names_person of
-- 0024), so the register is still no directory; the caller must still be able to work the case.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

ALTER TABLE register_requests ADD COLUMN personal_number text
    CHECK (personal_number ~ '^[0-9]{8}-[0-9]{4}$');

DROP FUNCTION casedesk_request_register_lookup(text);
CREATE FUNCTION casedesk_request_register_lookup(p_reference text, p_personal_number text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_request bigint;
    v_waiting_for text;
BEGIN
    SELECT c.id INTO v_case FROM cases c WHERE c.reference = p_reference;
    -- A case the caller may not work is answered as a missing one.
    IF v_case IS NULL OR NOT casedesk_case_workable(v_case) THEN
        PERFORM casedesk_guard_refuse('no_case', jsonb_build_array(p_reference), 'no case with reference ' || p_reference);
    END IF;
    IF p_personal_number IS NOT NULL AND NOT casedesk_case_names_person(v_case, p_personal_number) THEN
        PERFORM casedesk_guard_refuse('register_not_a_party', jsonb_build_array(p_reference),
                                      'the person is not named in case ' || p_reference);
    END IF;
    -- The waiting request, locked, so that two requests at once agree on what it covers.
    SELECT r.id, r.personal_number INTO v_request, v_waiting_for FROM register_requests r
        WHERE r.case_id = v_case AND r.answered_at IS NULL FOR UPDATE;
    IF v_request IS NOT NULL THEN
        IF v_waiting_for IS NOT NULL AND v_waiting_for IS DISTINCT FROM p_personal_number THEN
            UPDATE register_requests SET personal_number = NULL WHERE id = v_request;
            INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
                VALUES (now(), session_user, 'case.register_requested', v_case, p_reference);
        END IF;
        RETURN v_request;
    END IF;
    INSERT INTO register_requests (case_id, requested_by, requested_at, personal_number)
        VALUES (v_case, session_user, now(), p_personal_number)
        ON CONFLICT (case_id) WHERE answered_at IS NULL DO NOTHING
        RETURNING id INTO v_request;
    IF v_request IS NULL THEN
        -- Another request was queued at the same moment and waits now; asking again widens it
        -- when it names somebody else.
        SELECT r.id INTO v_request FROM register_requests r WHERE r.case_id = v_case AND r.answered_at IS NULL;
        RETURN v_request;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
        VALUES (now(), session_user, 'case.register_requested', v_case, p_reference);
    RETURN v_request;
END
$$;
REVOKE ALL ON FUNCTION casedesk_request_register_lookup(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_request_register_lookup(text, text) TO casedesk_admin, casedesk_caseworker;

-- The requests waiting, oldest first, with the person each is about (NULL: everyone).
DROP FUNCTION casedesk_waiting_register_requests(integer);
CREATE FUNCTION casedesk_waiting_register_requests(p_limit integer)
    RETURNS TABLE (id bigint, reference text, personal_number text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service', 'admin') THEN
        PERFORM casedesk_guard_refuse('register_writers', '[]',
                                      'only the background service and administrators record what Navet answered');
    END IF;
    RETURN QUERY SELECT r.id, c.reference, r.personal_number FROM register_requests r JOIN cases c ON c.id = r.case_id
        WHERE r.answered_at IS NULL ORDER BY r.requested_at, r.id LIMIT greatest(p_limit, 0);
END
$$;
REVOKE ALL ON FUNCTION casedesk_waiting_register_requests(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_waiting_register_requests(integer) TO casedesk_admin, casedesk_service;
