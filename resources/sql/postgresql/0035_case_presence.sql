-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0035: who has a case open (issue #16 §3), so that two people do not answer the same applicant.
-- A desktop with a case open marks its login present on it every 10 seconds and removes the mark
-- when it leaves the case; a mark older than 30 seconds (a desktop that died) counts as gone.
-- The database's clock stamps every mark, so desktops with wrong clocks agree.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE case_presence (
    case_id bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    login   text NOT NULL DEFAULT session_user,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, login)
);

-- Whoever may read the case sees who has it open; each marks and removes only their own.
ALTER TABLE case_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_presence_read ON case_presence FOR SELECT USING (casedesk_case_readable(case_id));
CREATE POLICY case_presence_insert ON case_presence FOR INSERT
    WITH CHECK (login = session_user AND casedesk_case_readable(case_id));
CREATE POLICY case_presence_update ON case_presence FOR UPDATE
    USING (login = session_user) WITH CHECK (login = session_user);
CREATE POLICY case_presence_delete ON case_presence FOR DELETE USING (login = session_user);
GRANT SELECT, INSERT, DELETE ON case_presence TO casedesk_admin, casedesk_caseworker, casedesk_reader;
GRANT UPDATE (seen_at) ON case_presence TO casedesk_admin, casedesk_caseworker, casedesk_reader;

-- A mark is always "now": nobody stays present forever by writing a time to come.
CREATE FUNCTION casedesk_presence_now() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    NEW.seen_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER case_presence_now BEFORE INSERT OR UPDATE ON case_presence
    FOR EACH ROW EXECUTE FUNCTION casedesk_presence_now();
