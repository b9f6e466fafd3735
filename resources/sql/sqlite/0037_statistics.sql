-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0037: follow-up statistics (issue #17 §3), as on PostgreSQL (see its 0037 for the meaning of
-- every column): daily aggregates per Swedish calendar day and e-service, no personal data,
-- kept by triggers on the writes that create cases, move them, record first decisions and ask
-- for supplements, never on a delete, so a purge leaves them as they are.
--
-- SQLite knows no time zones: the Swedish day of a UTC time (ISO text, as stored) is computed
-- with the EU rule Sweden follows since 1996: CEST (UTC+2) from 01:00 UTC on the last Sunday of
-- March (the Sunday on or after 25 March) to 01:00 UTC on the last Sunday of October, CET
-- (UTC+1) otherwise. tests/repository/StatisticsTest compares it with Qt's Europe/Stockholm.
-- The expression is written out in each trigger (a trigger cannot call a function of ours).

CREATE TABLE stats_daily (
    day                 TEXT NOT NULL,
    eservice_id         TEXT NOT NULL,
    submitted           INTEGER NOT NULL DEFAULT 0,
    decided             INTEGER NOT NULL DEFAULT 0,
    closed              INTEGER NOT NULL DEFAULT 0,
    reopened            INTEGER NOT NULL DEFAULT 0,
    supplement_requests INTEGER NOT NULL DEFAULT 0,
    open_delta          INTEGER NOT NULL DEFAULT 0,
    overdue_delta       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, eservice_id)
) WITHOUT ROWID;

CREATE TABLE stats_durations (
    day         TEXT NOT NULL,
    eservice_id TEXT NOT NULL,
    measure     TEXT NOT NULL CHECK (measure IN ('decision', 'closing', 'status')),
    status_id   TEXT NOT NULL DEFAULT '',
    days        INTEGER NOT NULL CHECK (days >= 0),
    n           INTEGER NOT NULL,
    PRIMARY KEY (day, eservice_id, measure, status_id, days)
) WITHOUT ROWID;

CREATE TABLE stats_outcomes (
    day         TEXT NOT NULL,
    eservice_id TEXT NOT NULL,
    outcome_id  TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (day, eservice_id, outcome_id)
) WITHOUT ROWID;

CREATE TRIGGER cases_stats_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO stats_daily (day, eservice_id, submitted, open_delta)
        SELECT v.sd, new.eservice_id, 1, 1 FROM (SELECT date(new.submitted_at, CASE WHEN new.submitted_at >= date(substr(new.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.submitted_at < date(substr(new.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS sd) v WHERE true
        ON CONFLICT (day, eservice_id) DO UPDATE SET submitted = submitted + 1, open_delta = open_delta + 1;
    INSERT INTO stats_daily (day, eservice_id, closed, open_delta)
        SELECT v.cd, new.eservice_id, 1, -1 FROM (SELECT date(new.closed_at, CASE WHEN new.closed_at >= date(substr(new.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.closed_at < date(substr(new.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS cd) v
        WHERE new.closed_at IS NOT NULL
        ON CONFLICT (day, eservice_id) DO UPDATE SET closed = closed + 1, open_delta = open_delta - 1;
    INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
        SELECT v.cd, new.eservice_id, 'closing', '', max(0, CAST(julianday(v.cd) - julianday(v.sd) AS INTEGER)), 1
        FROM (SELECT date(new.closed_at, CASE WHEN new.closed_at >= date(substr(new.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.closed_at < date(substr(new.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS cd, date(new.submitted_at, CASE WHEN new.submitted_at >= date(substr(new.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.submitted_at < date(substr(new.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS sd) v
        WHERE new.closed_at IS NOT NULL
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = n + 1;
    INSERT INTO stats_daily (day, eservice_id, overdue_delta)
        SELECT max(v.since, date(new.status_due_on, '+1 day')), new.eservice_id, 1
        FROM (SELECT date(coalesce(new.status_since, new.submitted_at), CASE WHEN coalesce(new.status_since, new.submitted_at) >= date(substr(coalesce(new.status_since, new.submitted_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(new.status_since, new.submitted_at) < date(substr(coalesce(new.status_since, new.submitted_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS since) v
        WHERE new.closed_at IS NULL AND new.status_due_on < '9999-12-31'
        ON CONFLICT (day, eservice_id) DO UPDATE SET overdue_delta = overdue_delta + 1;
END;

-- A move (another status, or the time it entered its status), another due day, closing or
-- reopening. The day of a move is the day the case entered its new status; of a due day changed
-- in place (a handling time changed) today.
CREATE TRIGGER cases_stats_update AFTER UPDATE OF status_id, status_since, status_due_on, closed_at ON cases
    WHEN new.status_id IS NOT old.status_id OR new.status_since IS NOT old.status_since
      OR new.status_due_on IS NOT old.status_due_on OR (new.closed_at IS NULL) <> (old.closed_at IS NULL)
BEGIN
    INSERT INTO stats_daily (day, eservice_id, closed, open_delta)
        SELECT v.cd, new.eservice_id, 1, -1 FROM (SELECT date(new.closed_at, CASE WHEN new.closed_at >= date(substr(new.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.closed_at < date(substr(new.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS cd) v
        WHERE old.closed_at IS NULL AND new.closed_at IS NOT NULL
        ON CONFLICT (day, eservice_id) DO UPDATE SET closed = closed + 1, open_delta = open_delta - 1;
    INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
        SELECT v.cd, new.eservice_id, 'closing', '', max(0, CAST(julianday(v.cd) - julianday(v.sd) AS INTEGER)), 1
        FROM (SELECT date(new.closed_at, CASE WHEN new.closed_at >= date(substr(new.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.closed_at < date(substr(new.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS cd, date(new.submitted_at, CASE WHEN new.submitted_at >= date(substr(new.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.submitted_at < date(substr(new.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS sd) v
        WHERE old.closed_at IS NULL AND new.closed_at IS NOT NULL
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = n + 1;
    INSERT INTO stats_daily (day, eservice_id, reopened, open_delta, overdue_delta)
        SELECT v.l, new.eservice_id,
               CASE WHEN old.closed_at IS NOT NULL AND new.closed_at IS NULL THEN 1 ELSE 0 END,
               CASE WHEN old.closed_at IS NOT NULL AND new.closed_at IS NULL THEN 1 ELSE 0 END, 0
        FROM (SELECT CASE WHEN new.status_id IS NOT old.status_id OR new.status_since IS NOT old.status_since
                          THEN date(coalesce(new.status_since, new.updated_at), CASE WHEN coalesce(new.status_since, new.updated_at) >= date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(new.status_since, new.updated_at) < date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END)
                          ELSE date(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), CASE WHEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') >= date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND strftime('%Y-%m-%dT%H:%M:%fZ', 'now') < date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) END AS l) v
        WHERE old.closed_at IS NOT NULL AND new.closed_at IS NULL
        ON CONFLICT (day, eservice_id) DO UPDATE SET reopened = reopened + 1, open_delta = open_delta + 1;
    INSERT INTO stats_daily (day, eservice_id, overdue_delta)
        SELECT max(v.l, date(old.status_due_on, '+1 day')), new.eservice_id, -1
        FROM (SELECT CASE WHEN new.status_id IS NOT old.status_id OR new.status_since IS NOT old.status_since
                          THEN date(coalesce(new.status_since, new.updated_at), CASE WHEN coalesce(new.status_since, new.updated_at) >= date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(new.status_since, new.updated_at) < date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END)
                          ELSE date(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), CASE WHEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') >= date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND strftime('%Y-%m-%dT%H:%M:%fZ', 'now') < date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) END AS l) v
        WHERE old.closed_at IS NULL AND old.status_due_on < '9999-12-31'
        ON CONFLICT (day, eservice_id) DO UPDATE SET overdue_delta = overdue_delta - 1;
    INSERT INTO stats_daily (day, eservice_id, overdue_delta)
        SELECT max(v.l, date(new.status_due_on, '+1 day')), new.eservice_id, 1
        FROM (SELECT CASE WHEN new.status_id IS NOT old.status_id OR new.status_since IS NOT old.status_since
                          THEN date(coalesce(new.status_since, new.updated_at), CASE WHEN coalesce(new.status_since, new.updated_at) >= date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(new.status_since, new.updated_at) < date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END)
                          ELSE date(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), CASE WHEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') >= date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND strftime('%Y-%m-%dT%H:%M:%fZ', 'now') < date(substr(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) END AS l) v
        WHERE new.closed_at IS NULL AND new.status_due_on < '9999-12-31'
        ON CONFLICT (day, eservice_id) DO UPDATE SET overdue_delta = overdue_delta + 1;
    INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
        SELECT v.l, new.eservice_id, 'status', old.status_id, max(0, CAST(julianday(v.l) - julianday(v.os) AS INTEGER)), 1
        FROM (SELECT date(coalesce(new.status_since, new.updated_at), CASE WHEN coalesce(new.status_since, new.updated_at) >= date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(new.status_since, new.updated_at) < date(substr(coalesce(new.status_since, new.updated_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS l, date(old.status_since, CASE WHEN old.status_since >= date(substr(old.status_since, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND old.status_since < date(substr(old.status_since, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS os) v
        WHERE new.status_id IS NOT old.status_id AND old.status_since IS NOT NULL
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = n + 1;
END;

-- First decisions (a correction does not count again): decided, time to decision, outcome.
CREATE TRIGGER decisions_stats_insert AFTER INSERT ON decisions WHEN new.corrects_decision_id IS NULL
BEGIN
    INSERT INTO stats_daily (day, eservice_id, decided)
        SELECT date(new.decided_at, CASE WHEN new.decided_at >= date(substr(new.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.decided_at < date(substr(new.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 1 FROM cases c WHERE c.id = new.case_id
        ON CONFLICT (day, eservice_id) DO UPDATE SET decided = decided + 1;
    INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
        SELECT v.dd, c.eservice_id, 'decision', '', max(0, CAST(julianday(v.dd) - julianday(date(c.submitted_at, CASE WHEN c.submitted_at >= date(substr(c.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.submitted_at < date(substr(c.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER)), 1
        FROM cases c, (SELECT date(new.decided_at, CASE WHEN new.decided_at >= date(substr(new.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.decided_at < date(substr(new.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS dd) v WHERE c.id = new.case_id
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = n + 1;
    INSERT INTO stats_outcomes (day, eservice_id, outcome_id, n)
        SELECT date(new.decided_at, CASE WHEN new.decided_at >= date(substr(new.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.decided_at < date(substr(new.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, new.outcome_id, 1 FROM cases c WHERE c.id = new.case_id
        ON CONFLICT (day, eservice_id, outcome_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER supplement_requests_stats_insert AFTER INSERT ON supplement_requests
BEGIN
    INSERT INTO stats_daily (day, eservice_id, supplement_requests)
        SELECT date(new.requested_at, CASE WHEN new.requested_at >= date(substr(new.requested_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND new.requested_at < date(substr(new.requested_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 1 FROM cases c WHERE c.id = new.case_id
        ON CONFLICT (day, eservice_id) DO UPDATE SET supplement_requests = supplement_requests + 1;
END;

-- The cases already there, as they are now (as on PostgreSQL; time in each status is counted
-- from now on).
INSERT INTO stats_daily (day, eservice_id, submitted, decided, closed, supplement_requests, open_delta, overdue_delta)
    SELECT d.day, d.eservice_id, sum(d.submitted), sum(d.decided), sum(d.closed), sum(d.supplement_requests),
           sum(d.open_delta), sum(d.overdue_delta)
    FROM (SELECT date(c.submitted_at, CASE WHEN c.submitted_at >= date(substr(c.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.submitted_at < date(substr(c.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS day, c.eservice_id, 1 AS submitted, 0 AS decided,
                 0 AS closed, 0 AS supplement_requests, 1 AS open_delta, 0 AS overdue_delta
          FROM cases c
          UNION ALL
          SELECT date(c.closed_at, CASE WHEN c.closed_at >= date(substr(c.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.closed_at < date(substr(c.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 0, 0, 1, 0, -1, 0 FROM cases c WHERE c.closed_at IS NOT NULL
          UNION ALL
          SELECT max(date(coalesce(c.status_since, c.submitted_at), CASE WHEN coalesce(c.status_since, c.submitted_at) >= date(substr(coalesce(c.status_since, c.submitted_at), 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND coalesce(c.status_since, c.submitted_at) < date(substr(coalesce(c.status_since, c.submitted_at), 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), date(c.status_due_on, '+1 day')),
                 c.eservice_id, 0, 0, 0, 0, 0, 1
          FROM cases c WHERE c.closed_at IS NULL AND c.status_due_on < '9999-12-31'
          UNION ALL
          SELECT date(x.decided_at, CASE WHEN x.decided_at >= date(substr(x.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND x.decided_at < date(substr(x.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 0, 1, 0, 0, 0, 0
          FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL
          UNION ALL
          SELECT date(r.requested_at, CASE WHEN r.requested_at >= date(substr(r.requested_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND r.requested_at < date(substr(r.requested_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 0, 0, 0, 1, 0, 0
          FROM supplement_requests r JOIN cases c ON c.id = r.case_id) d
    GROUP BY 1, 2;

INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
    SELECT d.day, d.eservice_id, d.measure, '', max(0, CAST(julianday(d.day) - julianday(d.sd) AS INTEGER)), count(*)
    FROM (SELECT date(c.closed_at, CASE WHEN c.closed_at >= date(substr(c.closed_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.closed_at < date(substr(c.closed_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS day, c.eservice_id, 'closing' AS measure, date(c.submitted_at, CASE WHEN c.submitted_at >= date(substr(c.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.submitted_at < date(substr(c.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END) AS sd
          FROM cases c WHERE c.closed_at IS NOT NULL
          UNION ALL
          SELECT date(x.decided_at, CASE WHEN x.decided_at >= date(substr(x.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND x.decided_at < date(substr(x.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, 'decision', date(c.submitted_at, CASE WHEN c.submitted_at >= date(substr(c.submitted_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND c.submitted_at < date(substr(c.submitted_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END)
          FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL) d
    GROUP BY 1, 2, 3, 5;

INSERT INTO stats_outcomes (day, eservice_id, outcome_id, n)
    SELECT date(x.decided_at, CASE WHEN x.decided_at >= date(substr(x.decided_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00' AND x.decided_at < date(substr(x.decided_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00' THEN '+2 hours' ELSE '+1 hours' END), c.eservice_id, x.outcome_id, count(*)
    FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL
    GROUP BY 1, 2, 3;
