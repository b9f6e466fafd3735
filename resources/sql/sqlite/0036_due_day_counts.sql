-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0036: how many cases are due on each day, per e-service, kept by triggers (as case_counts,
-- 0007), so that the Overdue and Due soon views count by summing a few hundred rows. Only cases
-- with a due day are counted (not 9999-12-31).
CREATE TABLE case_due_counts (
    eservice_id TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (due_on, eservice_id)
) WITHOUT ROWID;

INSERT INTO case_due_counts (eservice_id, due_on, n)
    SELECT eservice_id, status_due_on, count(*) FROM cases WHERE status_due_on < '9999-12-31' GROUP BY 1, 2;

CREATE TRIGGER cases_due_count_insert AFTER INSERT ON cases WHEN new.status_due_on < '9999-12-31'
BEGIN
    INSERT INTO case_due_counts (due_on, eservice_id, n) VALUES (new.status_due_on, new.eservice_id, 1)
        ON CONFLICT (due_on, eservice_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER cases_due_count_delete AFTER DELETE ON cases WHEN old.status_due_on < '9999-12-31'
BEGIN
    UPDATE case_due_counts SET n = n - 1 WHERE due_on = old.status_due_on AND eservice_id = old.eservice_id;
END;

CREATE TRIGGER cases_due_count_update AFTER UPDATE OF eservice_id, status_due_on ON cases
    WHEN old.eservice_id IS NOT new.eservice_id OR old.status_due_on IS NOT new.status_due_on
BEGIN
    UPDATE case_due_counts SET n = n - 1
        WHERE old.status_due_on < '9999-12-31' AND due_on = old.status_due_on AND eservice_id = old.eservice_id;
    INSERT INTO case_due_counts (due_on, eservice_id, n)
        SELECT new.status_due_on, new.eservice_id, 1 WHERE new.status_due_on < '9999-12-31'
        ON CONFLICT (due_on, eservice_id) DO UPDATE SET n = n + 1;
END;
