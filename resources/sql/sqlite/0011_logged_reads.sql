-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The PostgreSQL file of the same number makes the database log every read of personal data.
-- An embedded file has one user, who holds the whole file; CaseDesk logs its own opens there
-- (case.opened). The index keeps "what was read about this case" quick on both backends.
CREATE INDEX audit_log_case_idx ON audit_log (case_id, occurred_at) WHERE case_id IS NOT NULL;
