-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0037: follow-up statistics (issue #17 §3). Daily aggregates per Swedish calendar day
-- (Europe/Stockholm) and e-service, with no personal data: counts, durations in whole days as
-- histograms (for medians and 90th percentiles) and decisions by outcome. They are written by
-- the database alone, as things happen (SECURITY DEFINER triggers on cases, decisions and
-- supplement requests), never on a delete: a purge of a case leaves its contribution where it
-- is, so a year's follow-up is the same before and after that year's cases are purged.
--
-- Backlog and overdue cases are kept as changes per day (open_delta, overdue_delta): the number
-- open (or overdue) at the end of day D is the sum of the changes of the days up to D. A case
-- counts as overdue at the end of D when it is open in a status whose due day is before D; it
-- enters that state on max(the day it entered the status, due day + 1) and leaves it on
-- max(the day it left, due day + 1), so a change for a future day is a projection that holds
-- as long as nothing happens to the case.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

-- The Swedish calendar day of a time (Europe/Stockholm: CET/CEST).
CREATE FUNCTION casedesk_swedish_day(p_time timestamptz) RETURNS date
    LANGUAGE sql STABLE PARALLEL SAFE SET search_path FROM CURRENT
AS $$ SELECT (p_time AT TIME ZONE 'Europe/Stockholm')::date $$;

CREATE TABLE stats_daily (
    day                 date NOT NULL,
    eservice_id         text NOT NULL,
    submitted           bigint NOT NULL DEFAULT 0,
    decided             bigint NOT NULL DEFAULT 0,
    closed              bigint NOT NULL DEFAULT 0,
    reopened            bigint NOT NULL DEFAULT 0,
    supplement_requests bigint NOT NULL DEFAULT 0,
    open_delta          bigint NOT NULL DEFAULT 0,
    overdue_delta       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, eservice_id)
);

-- measure: 'decision' (submission to first decision), 'closing' (submission to closing),
-- 'status' (time spent in status_id, counted on the day the case left it).
CREATE TABLE stats_durations (
    day         date NOT NULL,
    eservice_id text NOT NULL,
    measure     text NOT NULL CHECK (measure IN ('decision', 'closing', 'status')),
    status_id   text NOT NULL DEFAULT '',
    days        integer NOT NULL CHECK (days >= 0),
    n           bigint NOT NULL,
    PRIMARY KEY (day, eservice_id, measure, status_id, days)
);

-- First decisions by outcome, on the day decided (a correction does not move it).
CREATE TABLE stats_outcomes (
    day         date NOT NULL,
    eservice_id text NOT NULL,
    outcome_id  text NOT NULL,
    n           bigint NOT NULL,
    PRIMARY KEY (day, eservice_id, outcome_id)
);

-- Nobody writes them but the triggers below (owned by the owner, who bypasses row-level
-- security); people read the rows of the e-services they may read.
ALTER TABLE stats_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE stats_durations ENABLE ROW LEVEL SECURITY;
ALTER TABLE stats_outcomes ENABLE ROW LEVEL SECURITY;
CREATE POLICY stats_daily_read ON stats_daily FOR SELECT
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));
CREATE POLICY stats_durations_read ON stats_durations FOR SELECT
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));
CREATE POLICY stats_outcomes_read ON stats_outcomes FOR SELECT
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));
REVOKE ALL ON stats_daily, stats_durations, stats_outcomes FROM PUBLIC;
GRANT SELECT ON stats_daily, stats_durations, stats_outcomes TO casedesk_admin, casedesk_caseworker, casedesk_reader;

-- One case's move as the statistics see it (a new case, or a change of status, due day or
-- closing).
CREATE TYPE stats_move AS (
    eservice_id   text,
    submitted_day date,
    closed_day    date,    -- closed by this write (or a new case that is closed)
    since_day     date,    -- a new case: the day it entered its status
    due           date,    -- the due day in the new state
    left_day      date,    -- a change: the day it happened
    old_status    text,    -- a change of status: the status left
    old_since_day date,
    old_due       date,
    old_open      boolean,
    new_open      boolean,
    is_new        boolean,
    reopened      boolean
);

-- The moves' part: submitted, closed, reopened, backlog and overdue changes, time to closing and
-- time in each status, grouped and upserted in key order (two transactions lock the rows they
-- share in the same order). Called by the triggers only (nobody holds EXECUTE).
CREATE FUNCTION casedesk_stats_apply(p_moves stats_move[]) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO stats_daily AS k (day, eservice_id, submitted, closed, reopened, open_delta, overdue_delta)
        SELECT d.day, d.eservice_id, sum(d.submitted), sum(d.closed), sum(d.reopened), sum(d.open_delta),
               sum(d.overdue_delta)
        FROM (SELECT m.submitted_day AS day, m.eservice_id, 1 AS submitted, 0 AS closed, 0 AS reopened,
                     1 AS open_delta, 0 AS overdue_delta
              FROM unnest(p_moves) m WHERE m.is_new
              UNION ALL
              SELECT m.closed_day, m.eservice_id, 0, 1, 0, -1, 0 FROM unnest(p_moves) m WHERE m.closed_day IS NOT NULL
              UNION ALL
              SELECT m.left_day, m.eservice_id, 0, 0, 1, 1, 0 FROM unnest(p_moves) m WHERE m.reopened
              UNION ALL -- leaves its old status (or due day): no longer overdue from then
              SELECT greatest(m.left_day, m.old_due + 1), m.eservice_id, 0, 0, 0, 0, -1
              FROM unnest(p_moves) m WHERE NOT m.is_new AND m.old_open AND m.old_due < DATE '9999-12-31'
              UNION ALL -- enters a status with a due day: overdue from the day after it
              SELECT greatest(CASE WHEN m.is_new THEN m.since_day ELSE m.left_day END, m.due + 1), m.eservice_id,
                     0, 0, 0, 0, 1
              FROM unnest(p_moves) m WHERE m.new_open AND m.due < DATE '9999-12-31') d
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (day, eservice_id) DO UPDATE
            SET submitted = k.submitted + excluded.submitted, closed = k.closed + excluded.closed,
                reopened = k.reopened + excluded.reopened, open_delta = k.open_delta + excluded.open_delta,
                overdue_delta = k.overdue_delta + excluded.overdue_delta;

    INSERT INTO stats_durations AS k (day, eservice_id, measure, status_id, days, n)
        SELECT d.day, d.eservice_id, d.measure, d.status_id, d.days, count(*)
        FROM (SELECT m.closed_day AS day, m.eservice_id, 'closing' AS measure, '' AS status_id,
                     greatest(0, m.closed_day - m.submitted_day) AS days
              FROM unnest(p_moves) m WHERE m.closed_day IS NOT NULL
              UNION ALL
              SELECT m.left_day, m.eservice_id, 'status', m.old_status, greatest(0, m.left_day - m.old_since_day)
              FROM unnest(p_moves) m WHERE m.old_status IS NOT NULL AND m.old_since_day IS NOT NULL) d
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = k.n + excluded.n;
END
$$;
REVOKE ALL ON FUNCTION casedesk_stats_apply(stats_move[]) FROM PUBLIC;

CREATE FUNCTION casedesk_stats_cases() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casedesk_stats_apply(ARRAY(
            SELECT ROW(n.eservice_id, casedesk_swedish_day(n.submitted_at), casedesk_swedish_day(n.closed_at),
                       coalesce(casedesk_swedish_day(n.status_since), casedesk_swedish_day(n.submitted_at)),
                       n.status_due_on, NULL, NULL, NULL, NULL, false, n.closed_at IS NULL, true, false)::stats_move
            FROM new_rows n));
    ELSE
        PERFORM casedesk_stats_apply(ARRAY(
            SELECT ROW(n.eservice_id, casedesk_swedish_day(n.submitted_at),
                       CASE WHEN o.closed_at IS NULL THEN casedesk_swedish_day(n.closed_at) END,
                       casedesk_swedish_day(n.status_since), n.status_due_on,
                       CASE WHEN n.status_id IS DISTINCT FROM o.status_id OR n.status_since IS DISTINCT FROM o.status_since
                            THEN casedesk_swedish_day(coalesce(n.status_since, n.updated_at))
                            ELSE casedesk_swedish_day(now()) END,
                       CASE WHEN n.status_id IS DISTINCT FROM o.status_id THEN o.status_id END,
                       casedesk_swedish_day(o.status_since), o.status_due_on, o.closed_at IS NULL,
                       n.closed_at IS NULL, false, o.closed_at IS NOT NULL AND n.closed_at IS NULL)::stats_move
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE n.status_id IS DISTINCT FROM o.status_id OR n.status_due_on IS DISTINCT FROM o.status_due_on
               OR n.status_since IS DISTINCT FROM o.status_since OR (n.closed_at IS NULL) <> (o.closed_at IS NULL)));
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION casedesk_stats_cases() FROM PUBLIC;

CREATE TRIGGER cases_stats_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_stats_cases();
CREATE TRIGGER cases_stats_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_stats_cases();

-- First decisions: decided, time to decision, outcome.
CREATE FUNCTION casedesk_stats_decisions() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO stats_daily AS k (day, eservice_id, decided)
        SELECT casedesk_swedish_day(n.decided_at), c.eservice_id, count(*)
        FROM new_rows n JOIN cases c ON c.id = n.case_id WHERE n.corrects_decision_id IS NULL
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (day, eservice_id) DO UPDATE SET decided = k.decided + excluded.decided;
    INSERT INTO stats_durations AS k (day, eservice_id, measure, status_id, days, n)
        SELECT casedesk_swedish_day(n.decided_at), c.eservice_id, 'decision', '',
               greatest(0, casedesk_swedish_day(n.decided_at) - casedesk_swedish_day(c.submitted_at)), count(*)
        FROM new_rows n JOIN cases c ON c.id = n.case_id WHERE n.corrects_decision_id IS NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, eservice_id, measure, status_id, days) DO UPDATE SET n = k.n + excluded.n;
    INSERT INTO stats_outcomes AS k (day, eservice_id, outcome_id, n)
        SELECT casedesk_swedish_day(n.decided_at), c.eservice_id, n.outcome_id, count(*)
        FROM new_rows n JOIN cases c ON c.id = n.case_id WHERE n.corrects_decision_id IS NULL
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (day, eservice_id, outcome_id) DO UPDATE SET n = k.n + excluded.n;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION casedesk_stats_decisions() FROM PUBLIC;
CREATE TRIGGER decisions_stats_insert AFTER INSERT ON decisions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_stats_decisions();

CREATE FUNCTION casedesk_stats_supplement_requests() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO stats_daily AS k (day, eservice_id, supplement_requests)
        SELECT casedesk_swedish_day(n.requested_at), c.eservice_id, count(*)
        FROM new_rows n JOIN cases c ON c.id = n.case_id
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (day, eservice_id) DO UPDATE SET supplement_requests = k.supplement_requests + excluded.supplement_requests;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION casedesk_stats_supplement_requests() FROM PUBLIC;
CREATE TRIGGER supplement_requests_stats_insert AFTER INSERT ON supplement_requests REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_stats_supplement_requests();

-- The cases already there, as they are now: submitted, closed, time to closing, backlog, the
-- overdue of open cases, first decisions and supplement requests. Time in each status before
-- this migration is not known (it is counted from now on).
INSERT INTO stats_daily (day, eservice_id, submitted, decided, closed, supplement_requests, open_delta, overdue_delta)
    SELECT d.day, d.eservice_id, sum(d.submitted), sum(d.decided), sum(d.closed), sum(d.supplement_requests),
           sum(d.open_delta), sum(d.overdue_delta)
    FROM (SELECT casedesk_swedish_day(c.submitted_at) AS day, c.eservice_id, 1 AS submitted, 0 AS decided,
                 0 AS closed, 0 AS supplement_requests, 1 AS open_delta, 0 AS overdue_delta
          FROM cases c
          UNION ALL
          SELECT casedesk_swedish_day(c.closed_at), c.eservice_id, 0, 0, 1, 0, -1, 0
          FROM cases c WHERE c.closed_at IS NOT NULL
          UNION ALL
          SELECT greatest(coalesce(casedesk_swedish_day(c.status_since), casedesk_swedish_day(c.submitted_at)),
                          c.status_due_on + 1), c.eservice_id, 0, 0, 0, 0, 0, 1
          FROM cases c WHERE c.closed_at IS NULL AND c.status_due_on < DATE '9999-12-31'
          UNION ALL
          SELECT casedesk_swedish_day(x.decided_at), c.eservice_id, 0, 1, 0, 0, 0, 0
          FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL
          UNION ALL
          SELECT casedesk_swedish_day(r.requested_at), c.eservice_id, 0, 0, 0, 1, 0, 0
          FROM supplement_requests r JOIN cases c ON c.id = r.case_id) d
    GROUP BY 1, 2;

INSERT INTO stats_durations (day, eservice_id, measure, status_id, days, n)
    SELECT d.day, d.eservice_id, d.measure, '', d.days, count(*)
    FROM (SELECT casedesk_swedish_day(c.closed_at) AS day, c.eservice_id, 'closing' AS measure,
                 greatest(0, casedesk_swedish_day(c.closed_at) - casedesk_swedish_day(c.submitted_at)) AS days
          FROM cases c WHERE c.closed_at IS NOT NULL
          UNION ALL
          SELECT casedesk_swedish_day(x.decided_at), c.eservice_id, 'decision',
                 greatest(0, casedesk_swedish_day(x.decided_at) - casedesk_swedish_day(c.submitted_at))
          FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL) d
    GROUP BY 1, 2, 3, 5;

INSERT INTO stats_outcomes (day, eservice_id, outcome_id, n)
    SELECT casedesk_swedish_day(x.decided_at), c.eservice_id, x.outcome_id, count(*)
    FROM decisions x JOIN cases c ON c.id = x.case_id WHERE x.corrects_decision_id IS NULL
    GROUP BY 1, 2, 3;
