-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0027: an organisation as the applicant (issue #14 §1): its organisation number in place of a
-- personal number. The PostgreSQL file of the same number holds the same logical schema. SQLite's
-- CHECK has no function for the check digit: OrganisationNumber.cpp checks it before every write
-- (intake is the only writer here), the CHECKs keep the form and one number per case.
ALTER TABLE cases ADD COLUMN applicant_organisation_number text
    CHECK (applicant_organisation_number IS NULL
           OR (applicant_organisation_number GLOB '[0-9][0-9][2-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'
               AND applicant_personal_number IS NULL));

DROP VIEW case_applicants;
CREATE VIEW case_applicants AS
    SELECT c.id AS case_id, c.applicant_name AS name, c.applicant_personal_number AS personal_number,
           c.applicant_email AS email, c.applicant_phone AS phone, c.applicant_street AS street,
           c.applicant_postal_code AS postal_code, c.applicant_city AS city,
           c.applicant_organisation_number AS organisation_number
    FROM cases c;

-- Search (0007): the organisation number as written and as ten digits. It is written once, at
-- intake, before the insert trigger reads this view.
DROP VIEW case_search_document;
CREATE VIEW case_search_document AS
    SELECT c.id AS case_id,
           c.applicant_name || coalesce(' ' || c.applicant_personal_number || ' '
                                        || replace(c.applicant_personal_number, '-', '') || ' '
                                        || substr(replace(c.applicant_personal_number, '-', ''), 3), '')
                            || coalesce(' ' || c.applicant_organisation_number || ' '
                                        || replace(c.applicant_organisation_number, '-', ''), '') AS applicant,
           coalesce((SELECT group_concat(f.value_text, ' ') FROM form_fields f WHERE f.case_id = c.id), '') AS fields,
           coalesce((SELECT group_concat(m.body, ' ') FROM messages m WHERE m.case_id = c.id), '') AS messages
    FROM cases c;
