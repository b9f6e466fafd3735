-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Live updates: a change log that every open CaseDesk and 'casedeskctl watch' read from. Rows
-- are written by triggers in the writer's own transaction, so a change is in the log exactly
-- when it is committed, whoever made it (a caseworker, the portal, intake, retention).
-- No personal data: the case's id and reference, its e-service, what kind of change, when.
-- Each new row also sends NOTIFY casedesk_changes with its sequence number as the only payload
-- (delivered at commit); listeners then read the rows row-level security lets them see.
CREATE TABLE case_changes (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL, -- no foreign key: the row of a purge outlives its case
    reference   text NOT NULL,
    eservice_id text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'message', 'note', 'decision',
                                              'supplement', 'purged', 'updated')),
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_changes_time_idx ON case_changes (changed_at);
CREATE INDEX case_changes_case_idx ON case_changes (case_id);

-- The trigger functions write the log with the owner's rights: nobody holds INSERT on it, so
-- nobody can write a change that did not happen. (Trigger functions cannot be called directly.)
CREATE FUNCTION casedesk_log_case_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO case_changes (case_id, reference, eservice_id, kind)
            VALUES (NEW.id, NEW.reference, NEW.eservice_id, 'created');
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO case_changes (case_id, reference, eservice_id, kind)
            VALUES (NEW.id, NEW.reference, NEW.eservice_id,
                    CASE WHEN OLD.status_id IS DISTINCT FROM NEW.status_id THEN 'status'
                         WHEN OLD.assignee IS DISTINCT FROM NEW.assignee THEN 'assigned'
                         ELSE 'updated' END);
    ELSE
        -- A purged case leaves one row, the announcement that it is gone (trimmed with the
        -- rest); its earlier rows go with it.
        DELETE FROM case_changes WHERE case_id = OLD.id;
        INSERT INTO case_changes (case_id, reference, eservice_id, kind)
            VALUES (OLD.id, OLD.reference, OLD.eservice_id, 'purged');
    END IF;
    RETURN NULL;
END
$$;

-- Rows that belong to a case (messages, notes, history events). The kind of change is the
-- trigger's argument, or for history events derived from the event's kind.
CREATE FUNCTION casedesk_log_case_content_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    change_kind text := TG_ARGV[0];
BEGIN
    IF change_kind = 'event' THEN
        change_kind := CASE WHEN NEW.kind LIKE '%decision%' THEN 'decision'
                            WHEN NEW.kind LIKE '%supplement%' THEN 'supplement'
                            WHEN NEW.kind LIKE '%note%' THEN 'note'
                            WHEN NEW.kind LIKE '%message%' THEN 'message'
                            ELSE 'updated' END;
    END IF;
    INSERT INTO case_changes (case_id, reference, eservice_id, kind)
        SELECT c.id, c.reference, c.eservice_id, change_kind FROM cases c WHERE c.id = NEW.case_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION casedesk_notify_case_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('casedesk_changes', NEW.seq::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER case_changes_case AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION casedesk_log_case_change();
CREATE TRIGGER case_changes_message_insert AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION casedesk_log_case_content_change('message');
-- Read receipts: the applicant read a message.
CREATE TRIGGER case_changes_message_read AFTER UPDATE OF read_at ON messages
    FOR EACH ROW WHEN (OLD.read_at IS DISTINCT FROM NEW.read_at)
    EXECUTE FUNCTION casedesk_log_case_content_change('message');
CREATE TRIGGER case_changes_note_insert AFTER INSERT ON notes
    FOR EACH ROW EXECUTE FUNCTION casedesk_log_case_content_change('note');
-- Intake, status changes and assignment already show as the case row's own change.
CREATE TRIGGER case_changes_event_insert AFTER INSERT ON case_events
    FOR EACH ROW WHEN (NEW.kind NOT IN ('submitted', 'status_changed', 'assigned', 'unassigned'))
    EXECUTE FUNCTION casedesk_log_case_content_change('event');
CREATE TRIGGER case_changes_notify AFTER INSERT ON case_changes
    FOR EACH ROW EXECUTE FUNCTION casedesk_notify_case_change();

-- Everyone who reads cases reads the changes of the e-services they may read, the same rule
-- as for the case rows themselves (cases_read); this also covers the rows of purged cases,
-- whose case no longer exists. The portal reads cases through its own contract, not here.
ALTER TABLE case_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_changes_read ON case_changes FOR SELECT USING (eservice_id = ANY (casedesk_readable_eservices()));
REVOKE ALL ON case_changes FROM PUBLIC;
GRANT SELECT ON case_changes TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Trimming by age, by the background service or an administrator: at most p_limit rows older
-- than p_before (short transactions). Returns how many.
CREATE FUNCTION casedesk_trim_case_changes(p_before timestamptz, p_limit integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    removed bigint;
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service', 'admin') THEN
        RAISE EXCEPTION 'only the background service trims the change log' USING ERRCODE = '42501';
    END IF;
    DELETE FROM case_changes
        WHERE seq IN (SELECT c.seq FROM case_changes c WHERE c.changed_at < p_before ORDER BY c.seq LIMIT p_limit);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION casedesk_trim_case_changes(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_trim_case_changes(timestamptz, integer) TO casedesk_service, casedesk_admin;
