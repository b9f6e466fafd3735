-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Mail delivery (casedeskctl send-mail, casedeskctl serve). A delivery run claims one row at a
-- time: it sets claimed_until (a lease) and claimed_by (the run's id) in a short transaction,
-- sends outside any transaction, then marks the row sent, retrying or failed, but only while
-- it still holds the claim. A run that dies leaves a lease that simply runs out.
ALTER TABLE mail_outbox ADD COLUMN claimed_until text;
ALTER TABLE mail_outbox ADD COLUMN claimed_by text;
-- <uuid@sender-domain>, chosen at the first attempt and kept for every retry, so that a mail
-- sent twice (a crash between sending and marking) carries the same Message-ID both times.
ALTER TABLE mail_outbox ADD COLUMN message_id text;
-- Permanent failures, listed for administrators (casedeskctl send-mail --failed).
CREATE INDEX mail_outbox_failed_idx ON mail_outbox (failed_at) WHERE failed_at IS NOT NULL;
