-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0024: what Navet, the population register, answered about a case's people (issue #14 §2). The
-- PostgreSQL file of the same number keeps the table behind functions; an embedded file has one
-- user, and CaseDesk writes it in the transaction that also marks the case protected.
CREATE TABLE register_entries (
    case_id            integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    personal_number    text NOT NULL CHECK (personal_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    fetched_at         text NOT NULL,
    fetched_by         text NOT NULL,
    protected_identity integer NOT NULL,
    deceased           integer NOT NULL,
    person             text NOT NULL CHECK (json_valid(person)
                                            AND json_extract(person, '$.personalNumber') = personal_number),
    PRIMARY KEY (case_id, personal_number),
    -- Skyddad folkbokföring: the address is never stored, whoever writes.
    CHECK (coalesce(json_extract(person, '$.protection.skyddadFolkbokforing'), 0) = 0
           OR (json_type(person, '$.registeredAddress') IS NULL OR json_type(person, '$.registeredAddress') = 'null')
              AND (json_type(person, '$.specialPostalAddress') IS NULL OR json_type(person, '$.specialPostalAddress') = 'null'))
) WITHOUT ROWID;
