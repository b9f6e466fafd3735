-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0029: a case waits for a supplement only while a supplement request is open (issue #15). Moving
-- a case to 'waiting_supplement' by hand left the applicant unasked: no message, no due date, no
-- mail, and "Request supplement…" then refused because the case already waited. The move now
-- needs an open request on the case at the commit, as 'decided' needs its decision (0008): the
-- request written in the same transaction by CaseDesk's supplement request, or one still open.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- 0022's check at commit, with the waiting rule. Unchanged otherwise.
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
        IF NEW.status_id = 'waiting_supplement'
           AND NOT EXISTS (SELECT 1 FROM supplement_requests r WHERE r.case_id = NEW.id AND r.answered_at IS NULL) THEN
            RAISE EXCEPTION 'a case waits for a supplement by requesting one'
                USING ERRCODE = '42501', DETAIL = 'casedesk:waiting_without_request:[]';
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
