-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- SQLite is single-user: access control lives in the PostgreSQL dialect of this migration.
-- The view exists here too so that the repositories read applicants the same way on both.
CREATE VIEW case_applicants AS
    SELECT c.id AS case_id, c.applicant_name AS name, c.applicant_personal_number AS personal_number,
           c.applicant_email AS email, c.applicant_phone AS phone, c.applicant_street AS street,
           c.applicant_postal_code AS postal_code, c.applicant_city AS city
    FROM cases c;
