-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0030: a status change or an assignment by casedesk_change_status / casedesk_assign_case is
-- refused by the statement itself when a commit-time check of 0008 (cases_history_check, last
-- stated in 0029) would refuse it. CaseDesk calls them outside a transaction, so the statement's
-- commit is the check: PostgreSQL sends its refusal after the row the function returned, and a
-- client that reads that row and stops (Qt's driver discards what follows) could take a change
-- the database rolled back for one it stored. Each function now runs the deferred check at its
-- end, so a refusal is the statement's own error with its DETAIL code (DatabaseRefusals).
--
-- The functions' bodies stay as they are (0019): each gets a wrapper under its old name, with
-- the same grants, and the body lives on under a new name that only the wrapper calls.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

ALTER FUNCTION casedesk_change_status(text, text, integer, text) RENAME TO casedesk_change_status_unchecked;
ALTER FUNCTION casedesk_assign_case(text, text, integer) RENAME TO casedesk_assign_case_unchecked;

-- The check runs now, for what this statement changed and anything pending before it, and is
-- deferred again afterwards: a caller's own transaction that goes on to update a case before
-- writing its event is checked at its commit as before.
CREATE FUNCTION casedesk_check_case_history_now() RETURNS void
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
BEGIN
    SET CONSTRAINTS cases_history_check IMMEDIATE;
    SET CONSTRAINTS cases_history_check DEFERRED;
END
$$;

CREATE FUNCTION casedesk_change_status(p_reference text, p_status text, p_expected_version integer,
                                       p_note text)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_answer jsonb;
BEGIN
    v_answer := casedesk_change_status_unchecked(p_reference, p_status, p_expected_version, p_note);
    PERFORM casedesk_check_case_history_now();
    RETURN v_answer;
END
$$;

CREATE FUNCTION casedesk_assign_case(p_reference text, p_assignee text, p_expected_version integer)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SET search_path FROM CURRENT
AS $$
DECLARE
    v_answer jsonb;
BEGIN
    v_answer := casedesk_assign_case_unchecked(p_reference, p_assignee, p_expected_version);
    PERFORM casedesk_check_case_history_now();
    RETURN v_answer;
END
$$;

-- The wrappers are what people who work cases call (0013's grants, restated for the new
-- functions). The bodies keep their grants: the wrappers run as the caller, who needs them, and
-- calling a body directly only leaves its check to the commit, as before.
REVOKE ALL ON FUNCTION casedesk_check_case_history_now(), casedesk_change_status(text, text, integer, text),
    casedesk_assign_case(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_check_case_history_now(), casedesk_change_status(text, text, integer, text),
    casedesk_assign_case(text, text, integer)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;
