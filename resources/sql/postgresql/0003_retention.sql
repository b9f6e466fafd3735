-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Retention (gallring). Purging a case cascades to its mails; without an index on case_id each
-- deleted case would scan the whole outbox.
CREATE INDEX mail_outbox_case_idx ON mail_outbox (case_id);

-- Expiring the audit log. The service may delete audit rows but not read them, and a DELETE
-- with a WHERE clause needs both; so it goes through this function, which checks the caller
-- and deletes at most p_limit rows older than p_before (short transactions). Returns how many.
CREATE FUNCTION casedesk_expire_audit_log(p_before timestamptz, p_limit integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    removed bigint;
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service') THEN
        RAISE EXCEPTION 'only the background service expires the audit log' USING ERRCODE = '42501';
    END IF;
    DELETE FROM audit_log
        WHERE id IN (SELECT a.id FROM audit_log a WHERE a.occurred_at < p_before ORDER BY a.id LIMIT p_limit);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION casedesk_expire_audit_log(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_expire_audit_log(timestamptz, integer) TO casedesk_service;
