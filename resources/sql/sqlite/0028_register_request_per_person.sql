-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0028: "Fetch from Navet" for one person of the case: a request names the person it is about,
-- or nobody for everyone the case names. The PostgreSQL file of the same number holds the same
-- logical schema (RegisterRepository keeps its rules here: one waiting request per case, widened
-- when a second asks about someone else).
ALTER TABLE register_requests ADD COLUMN personal_number text
    CHECK (personal_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]');
