-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0026: per e-service, "look up every applicant at intake" (issue #14 §2, off by default). A new
-- case of such an e-service gets a waiting Navet request (0025) in intake's own transaction, which
-- the background service answers like a caseworker's "Fetch from Navet".
--
-- Only administrators (and the owner) change the setting: the service updates eservices for
-- intake's own columns, so a trigger keeps this one to administrators, as 0009 does for the
-- attachment types. The request is written by a SECURITY DEFINER trigger (nobody holds INSERT on
-- register_requests); it names the intake login as the one who asked.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

ALTER TABLE eservices ADD COLUMN navet_at_intake boolean NOT NULL DEFAULT false;

CREATE FUNCTION casedesk_eservice_navet_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.navet_at_intake
        OR TG_OP = 'UPDATE' AND NEW.navet_at_intake IS DISTINCT FROM OLD.navet_at_intake)
       AND coalesce(casedesk_current_role(), '') NOT IN ('owner', 'admin') THEN
        PERFORM casedesk_guard_refuse('navet_at_intake_admins', '[]',
                                      'only administrators choose which e-services look applicants up at intake');
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION casedesk_eservice_navet_guard() FROM PUBLIC;
CREATE TRIGGER eservices_navet_guard BEFORE INSERT OR UPDATE OF navet_at_intake ON eservices
    FOR EACH ROW EXECUTE FUNCTION casedesk_eservice_navet_guard();

CREATE FUNCTION casedesk_navet_at_intake() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF (SELECT e.navet_at_intake FROM eservices e WHERE e.id = NEW.eservice_id) THEN
        INSERT INTO register_requests (case_id, requested_by, requested_at)
            VALUES (NEW.id, session_user, now())
            ON CONFLICT (case_id) WHERE answered_at IS NULL DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION casedesk_navet_at_intake() FROM PUBLIC;
CREATE TRIGGER cases_navet_at_intake AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION casedesk_navet_at_intake();
