-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Retention (gallring). Purging a case cascades to its mails; without an index on case_id each
-- deleted case would scan the whole outbox.
CREATE INDEX mail_outbox_case_idx ON mail_outbox (case_id);
