-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Attachment types per e-service: which kinds of file intake and messages accept, as a
-- comma-separated list of type ids (pdf, jpeg, png, heic, text, docx, xlsx, odt, ...; see
-- services/intake/FileTypes.cpp). NULL means the default list. Runs after 0008.
--
-- Everyone reads it (the table grant of 0002). Only administrators (and the owner) set it:
-- the service role may update eservices for intake's own columns, so a trigger, not a column
-- grant, keeps this column to administrators and survives columns added later.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

ALTER TABLE eservices ADD COLUMN allowed_file_types text
    CHECK (allowed_file_types IS NULL OR allowed_file_types ~ '^[a-z0-9]+(,[a-z0-9]+)*$');

CREATE FUNCTION casedesk_eservice_file_types_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.allowed_file_types IS NOT NULL
        OR TG_OP = 'UPDATE' AND NEW.allowed_file_types IS DISTINCT FROM OLD.allowed_file_types)
       AND casedesk_current_role() NOT IN ('owner', 'admin') THEN
        RAISE EXCEPTION 'only administrators change the attachment types of an e-service'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION casedesk_eservice_file_types_guard() FROM PUBLIC;

CREATE TRIGGER eservices_file_types_guard BEFORE INSERT OR UPDATE OF allowed_file_types ON eservices
    FOR EACH ROW EXECUTE FUNCTION casedesk_eservice_file_types_guard();
