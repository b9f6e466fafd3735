-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0038: the records (issue #17 §2). A case exported as a complete archive package is recorded
-- here (who, when, the SHA-256 of the package's METS.xml); an e-service set to "archive before
-- purge" keeps its closed cases past their retention time until such an export exists from after
-- their last closing. The purge's predicate skips them and says so; the delete guard below
-- leaves them even for a purge written by hand.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

ALTER TABLE eservices ADD COLUMN archive_before_purge boolean NOT NULL DEFAULT false;

CREATE TABLE case_archive_exports (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    exported_by text NOT NULL DEFAULT session_user,
    exported_at timestamptz NOT NULL DEFAULT now(),
    mets_sha256 text NOT NULL CHECK (mets_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX case_archive_exports_case ON case_archive_exports (case_id, exported_at);

-- Whoever may read the case sees its exports. An export is recorded by the person who made it,
-- now, on a case they may read in full; nobody changes or removes the record afterwards (the
-- purge removes it with its case).
ALTER TABLE case_archive_exports ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_archive_exports_read ON case_archive_exports FOR SELECT USING (casedesk_case_readable(case_id));
CREATE POLICY case_archive_exports_insert ON case_archive_exports FOR INSERT
    WITH CHECK (exported_by = session_user AND casedesk_case_readable(case_id));
GRANT SELECT ON case_archive_exports TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT INSERT (case_id, exported_by, mets_sha256) ON case_archive_exports
    TO casedesk_admin, casedesk_caseworker, casedesk_service;

-- The database's clock: an export recorded "in the future" would let retention purge a case
-- that was closed again after it.
CREATE FUNCTION casedesk_archive_export_now() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    NEW.exported_at := now();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION casedesk_archive_export_now() FROM PUBLIC;
CREATE TRIGGER case_archive_exports_now BEFORE INSERT ON case_archive_exports
    FOR EACH ROW EXECUTE FUNCTION casedesk_archive_export_now();

-- Only administrators turn "archive before purge" on or off, as with Navet at intake (0026).
CREATE FUNCTION casedesk_eservice_archive_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.archive_before_purge
        OR TG_OP = 'UPDATE' AND NEW.archive_before_purge IS DISTINCT FROM OLD.archive_before_purge)
       AND coalesce(casedesk_current_role(), '') NOT IN ('owner', 'admin') THEN
        PERFORM casedesk_guard_refuse('archive_before_purge_admins', '[]',
                                      'only administrators choose which e-services are archived before purge');
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION casedesk_eservice_archive_guard() FROM PUBLIC;
CREATE TRIGGER eservices_archive_guard BEFORE INSERT OR UPDATE OF archive_before_purge ON eservices
    FOR EACH ROW EXECUTE FUNCTION casedesk_eservice_archive_guard();
GRANT UPDATE (archive_before_purge) ON eservices TO casedesk_admin;

-- Has the case been exported completely since it was last closed? Definer: the purge runs as the
-- service, and the answer must not depend on which exports the purging login may read.
CREATE FUNCTION casedesk_case_archived(p_case bigint, p_closed_at timestamptz) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM case_archive_exports x WHERE x.case_id = p_case AND x.exported_at >= p_closed_at)
$$;
REVOKE ALL ON FUNCTION casedesk_case_archived(bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_case_archived(bigint, timestamptz)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Retention deletes a case only when it is due by the database's clock and, for an e-service
-- archived before purge, exported since its closing; any other delete leaves the case as it is.
CREATE OR REPLACE FUNCTION casedesk_guard_case_delete() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF casedesk_trusted_writer() THEN
        RETURN OLD;
    END IF;
    IF coalesce(casedesk_status_kind(OLD.status_id), '') <> 'closed' OR OLD.closed_at IS NULL
       OR NOT EXISTS (SELECT 1 FROM eservices e WHERE e.id = OLD.eservice_id AND e.retention_days IS NOT NULL
                      AND OLD.closed_at + make_interval(days => e.retention_days) <= now()
                      AND (NOT e.archive_before_purge OR casedesk_case_archived(OLD.id, OLD.closed_at))) THEN
        -- Not an error: a purge run with a clock ahead of the database's simply leaves it.
        RETURN NULL;
    END IF;
    RETURN OLD;
END
$$;
