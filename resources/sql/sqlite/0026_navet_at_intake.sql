-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0026: per e-service, "look up every applicant at intake" (issue #14 §2, off by default). A new
-- case of such an e-service gets a waiting Navet request (0025) in intake's own transaction, which
-- the background service answers like a caseworker's "Fetch from Navet".
ALTER TABLE eservices ADD COLUMN navet_at_intake integer NOT NULL DEFAULT 0 CHECK (navet_at_intake IN (0, 1));

CREATE TRIGGER cases_navet_at_intake AFTER INSERT ON cases
    WHEN (SELECT e.navet_at_intake FROM eservices e WHERE e.id = NEW.eservice_id) = 1
BEGIN
    INSERT INTO register_requests (case_id, requested_by, requested_at)
        VALUES (NEW.id, 'intake', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
