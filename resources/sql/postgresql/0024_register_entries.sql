-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0024: what Navet, the population register, answered about a case's people (issue #14 §2), and
-- the audited showing of a personal number (§1).
--
-- register_entries keeps one answer per case and person: the object of docs/navet.md (name,
-- registered and special postal address, protection, deregistration, relations), who fetched it
-- and when. Nobody reads or writes the table directly: people read it inside the case document
-- (casedesk_read_case, a logged read of personal data; extended in 0025) and it is written only by
-- casedesk_record_register_entry, which the background service and administrators may call (the
-- organisation's certificate is theirs). That function also makes the case a protected-identity
-- case when Navet says Sekretessmarkering or Skyddad folkbokföring, in the same transaction and
-- audited, so caseworkers without that right lose sight of the person at once; and the table
-- refuses an address beside Skyddad folkbokföring whoever writes.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE register_entries (
    case_id            bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    personal_number    text NOT NULL CHECK (personal_number ~ '^[0-9]{8}-[0-9]{4}$'),
    fetched_at         timestamptz NOT NULL,
    fetched_by         text NOT NULL,
    protected_identity boolean NOT NULL,
    deceased           boolean NOT NULL,
    person             jsonb NOT NULL CHECK (jsonb_typeof(person) = 'object' AND person ->> 'personalNumber' = personal_number),
    PRIMARY KEY (case_id, personal_number),
    CONSTRAINT register_entries_no_protected_address CHECK (
        NOT coalesce((person -> 'protection' ->> 'skyddadFolkbokforing')::boolean, false)
        OR (coalesce(person -> 'registeredAddress', 'null'::jsonb) = 'null'::jsonb
            AND coalesce(person -> 'specialPostalAddress', 'null'::jsonb) = 'null'::jsonb))
);
ALTER TABLE register_entries ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON register_entries FROM PUBLIC;

-- Is p_number one of the people the case names: the applicant, a party, a signer?
CREATE FUNCTION casedesk_case_names_person(p_case bigint, p_number text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path FROM CURRENT
AS $$
    SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND c.applicant_personal_number = p_number)
        OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = p_case AND p.personal_number = p_number)
        OR EXISTS (SELECT 1 FROM signatures g WHERE g.case_id = p_case AND g.personal_number = p_number)
$$;
REVOKE ALL ON FUNCTION casedesk_case_names_person(bigint, text) FROM PUBLIC;

-- Stores what Navet answered about one of the case's people and answers
-- {"protected_now": true} when that answer made the case a protected-identity case.
CREATE FUNCTION casedesk_record_register_entry(p_reference text, p_person jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
    v_was_protected boolean;
    v_number text := p_person ->> 'personalNumber';
    v_protected boolean;
    v_deceased boolean;
BEGIN
    IF coalesce(casedesk_current_role(), '') NOT IN ('owner', 'service', 'admin') THEN
        PERFORM casedesk_guard_refuse('register_writers', '[]',
                                      'only the background service and administrators record what Navet answered');
    END IF;
    SELECT c.id, c.protected_identity INTO v_case, v_was_protected FROM cases c WHERE c.reference = p_reference
        FOR UPDATE;
    IF v_case IS NULL THEN
        PERFORM casedesk_guard_refuse('no_case', jsonb_build_array(p_reference), 'no case with reference ' || p_reference);
    END IF;
    IF jsonb_typeof(p_person) IS DISTINCT FROM 'object' OR v_number IS NULL OR v_number !~ '^[0-9]{8}-[0-9]{4}$' THEN
        PERFORM casedesk_guard_refuse('register_entry_number', '[]',
                                      'a register entry names its person by a personal number YYYYMMDD-XXXX');
    END IF;
    -- The register is asked about the case's own people only, never anybody else.
    IF NOT casedesk_case_names_person(v_case, v_number) THEN
        PERFORM casedesk_guard_refuse('register_not_a_party', jsonb_build_array(p_reference),
                                      'the person is not named in case ' || p_reference);
    END IF;
    v_protected := coalesce((p_person -> 'protection' ->> 'sekretessmarkering')::boolean, false)
                   OR coalesce((p_person -> 'protection' ->> 'skyddadFolkbokforing')::boolean, false);
    v_deceased := coalesce((p_person ->> 'deceased')::boolean, false);
    INSERT INTO register_entries (case_id, personal_number, fetched_at, fetched_by, protected_identity, deceased, person)
        VALUES (v_case, v_number, now(), session_user, v_protected, v_deceased, p_person)
        ON CONFLICT (case_id, personal_number) DO UPDATE
            SET fetched_at = excluded.fetched_at, fetched_by = excluded.fetched_by,
                protected_identity = excluded.protected_identity, deceased = excluded.deceased,
                person = excluded.person;
    INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
        VALUES (now(), session_user, 'case.register_fetched', v_case, p_reference);
    -- The case changed (a new version, so open windows read it again through the live updates).
    UPDATE cases SET protected_identity = protected_identity OR v_protected, updated_at = now(), version = version + 1
        WHERE id = v_case;
    IF v_protected AND NOT v_was_protected THEN
        INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
            VALUES (now(), session_user, 'case.protected_by_register', v_case, p_reference);
    END IF;
    RETURN jsonb_build_object('protected_now', v_protected AND NOT v_was_protected);
END
$$;
REVOKE ALL ON FUNCTION casedesk_record_register_entry(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_record_register_entry(text, jsonb) TO casedesk_admin, casedesk_service;

-- A person looked at the personal numbers of a case they may read in full: one audit row
-- 'case.personal_number_shown' each time. The case document (a logged read already) carries the
-- numbers; CaseDesk shows them masked until this has answered true.
CREATE FUNCTION casedesk_show_personal_numbers(p_reference text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_case bigint;
BEGIN
    SELECT c.id INTO v_case FROM cases c
        WHERE c.reference = p_reference AND c.eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
          AND (NOT c.protected_identity OR casedesk_can_see_protected());
    IF v_case IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, action, case_id, reference)
        VALUES (now(), session_user, 'case.personal_number_shown', v_case, p_reference);
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION casedesk_show_personal_numbers(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_show_personal_numbers(text)
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;

