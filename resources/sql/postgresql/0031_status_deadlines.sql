-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0031: handling times (issue #16 §1). Per e-service and status an administrator sets how long a
-- case may stay in the status: N calendar days or N Swedish working days. Each case carries the
-- day it must leave its status (status_due_on), kept by the database on every write of a case and
-- every change of a handling time, whoever writes: CaseDesk, psql or a script. The inbox's
-- Overdue and Due soon views, its Due column and `casedeskctl list --overdue` read the column
-- through its index.
--
-- No handling time is the day 9999-12-31 rather than NULL: the column is the inbox's sort key
-- too, never NULL for the keyset cursor (as supplement_due_order, 0016), and a constant default
-- adds the column to a million cases without rewriting them.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE status_deadlines (
    eservice_id  text NOT NULL REFERENCES eservices (id) ON DELETE CASCADE,
    status_id    text NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    days         integer NOT NULL CHECK (days BETWEEN 1 AND 3650),
    working_days boolean NOT NULL DEFAULT false,
    PRIMARY KEY (eservice_id, status_id)
);
-- Reference data like statuses: everyone reads it, administrators change it (0002).
GRANT SELECT ON status_deadlines TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT INSERT, UPDATE, DELETE ON status_deadlines TO casedesk_admin;

-- When the case entered its status, and the day it must leave it. Nobody but the owner writes
-- either (no column grant); the trigger below sets both.
ALTER TABLE cases ADD COLUMN status_since timestamptz;
ALTER TABLE cases ADD COLUMN status_due_on date NOT NULL DEFAULT '9999-12-31';
CREATE INDEX cases_status_due_idx ON cases (status_due_on, id);
GRANT SELECT (status_since, status_due_on) ON cases
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher), as
-- services/deadlines/SwedishCalendar computes it.
CREATE FUNCTION casedesk_easter_sunday(p_year integer) RETURNS date
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path FROM CURRENT
AS $$
DECLARE
    a integer := p_year % 19;
    b integer := p_year / 100;
    c integer := p_year % 100;
    d integer := b / 4;
    e integer := b % 4;
    f integer := (b + 8) / 25;
    g integer := (b - f + 1) / 3;
    h integer := (19 * a + b - d - g + 15) % 30;
    i integer := c / 4;
    k integer := c % 4;
    l integer := (32 + 2 * e + 2 * i - h - k) % 7;
    m integer := (a + 11 * h + 22 * l) / 451;
    n integer := h + l - 7 * m + 114;
BEGIN
    RETURN pg_catalog.make_date(p_year, n / 31, n % 31 + 1);
END
$$;

-- Monday to Friday but the public holidays and the days treated as such: New Year's Day,
-- Epiphany, Good Friday, Easter Monday, May Day, Ascension Day, National Day, Midsummer Eve (the
-- Friday between 19 and 25 June), Christmas Eve and Day, Boxing Day, New Year's Eve.
CREATE FUNCTION casedesk_is_swedish_working_day(p_day date) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path FROM CURRENT
AS $$
DECLARE
    v_dow integer := extract(isodow FROM p_day);
    v_md text := pg_catalog.to_char(p_day, 'MM-DD');
    v_easter date;
BEGIN
    IF v_dow >= 6 OR v_md IN ('01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31') THEN
        RETURN false;
    END IF;
    IF v_dow = 5 AND v_md BETWEEN '06-19' AND '06-25' THEN
        RETURN false;
    END IF;
    v_easter := casedesk_easter_sunday(extract(year FROM p_day)::integer);
    RETURN p_day NOT IN (v_easter - 2, v_easter + 1, v_easter + 39);
END
$$;

-- The day `p_days` working days after `p_from` (which never counts itself).
CREATE FUNCTION casedesk_add_working_days(p_from date, p_days integer) RETURNS date
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path FROM CURRENT
AS $$
DECLARE
    v_day date := p_from;
    v_left integer := p_days;
BEGIN
    WHILE v_left > 0 LOOP
        v_day := v_day + 1;
        IF casedesk_is_swedish_working_day(v_day) THEN
            v_left := v_left - 1;
        END IF;
    END LOOP;
    RETURN v_day;
END
$$;

-- The day a case of `p_eservice` that entered `p_status` at `p_since` must leave it, counted in
-- Swedish days from the day it entered (in Sweden); 9999-12-31 without a handling time, and for
-- a closed status, which nothing leaves.
CREATE FUNCTION casedesk_status_due_on(p_eservice text, p_status text, p_since timestamptz) RETURNS date
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT
AS $$
DECLARE
    v_days integer;
    v_working boolean;
    v_start date;
BEGIN
    SELECT d.days, d.working_days INTO v_days, v_working
        FROM status_deadlines d JOIN statuses s ON s.id = d.status_id
        WHERE d.eservice_id = p_eservice AND d.status_id = p_status AND s.kind <> 'closed';
    IF v_days IS NULL OR p_since IS NULL THEN
        RETURN DATE '9999-12-31';
    END IF;
    v_start := (p_since AT TIME ZONE 'Europe/Stockholm')::date;
    RETURN CASE WHEN v_working THEN casedesk_add_working_days(v_start, v_days) ELSE v_start + v_days END;
END
$$;

-- Every write of a case: a new case entered its status when it was submitted; a case that moves
-- enters its new status now. Only the owner's own writes (migrations, demo data, the deadline
-- trigger below) may say otherwise; anybody else's values of the two columns are replaced.
CREATE FUNCTION casedesk_case_due() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
AS $$
DECLARE
    v_trusted boolean := casedesk_trusted_writer();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT v_trusted OR NEW.status_since IS NULL THEN
            NEW.status_since := NEW.submitted_at;
        END IF;
    ELSIF NEW.status_id IS DISTINCT FROM OLD.status_id OR NEW.eservice_id IS DISTINCT FROM OLD.eservice_id THEN
        IF NOT v_trusted OR NEW.status_since IS NOT DISTINCT FROM OLD.status_since THEN
            NEW.status_since := now();
        END IF;
    ELSIF NOT v_trusted THEN
        NEW.status_since := OLD.status_since;
        NEW.status_due_on := OLD.status_due_on;
        RETURN NEW;
    ELSIF NEW.status_since IS NOT DISTINCT FROM OLD.status_since THEN
        RETURN NEW; -- the owner's own due day stands (the deadline trigger sets it)
    END IF;
    NEW.status_due_on := casedesk_status_due_on(NEW.eservice_id, NEW.status_id, NEW.status_since);
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_set_due BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION casedesk_case_due();

-- A handling time set, changed or removed: the open cases of that e-service in that status get
-- their new due day at once, counted from when they entered the status (a case that entered it
-- before this migration: its last move there, or its submission).
CREATE FUNCTION casedesk_deadline_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_eservice text;
    v_status text;
BEGIN
    FOR v_eservice, v_status IN
        SELECT OLD.eservice_id, OLD.status_id WHERE TG_OP <> 'INSERT'
        UNION SELECT NEW.eservice_id, NEW.status_id WHERE TG_OP <> 'DELETE'
    LOOP
        UPDATE cases c SET status_since = x.since,
                           status_due_on = casedesk_status_due_on(c.eservice_id, c.status_id, x.since)
            FROM (SELECT c2.id,
                         coalesce(c2.status_since,
                                  (SELECT max(e.occurred_at) FROM case_events e
                                   WHERE e.case_id = c2.id AND e.to_status_id = c2.status_id),
                                  c2.submitted_at) AS since
                  FROM cases c2
                  WHERE c2.eservice_id = v_eservice AND c2.status_id = v_status AND c2.closed_at IS NULL) x
            WHERE c.id = x.id;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER status_deadlines_changed AFTER INSERT OR UPDATE OR DELETE ON status_deadlines
    FOR EACH ROW EXECUTE FUNCTION casedesk_deadline_changed();

REVOKE ALL ON FUNCTION casedesk_easter_sunday(integer), casedesk_is_swedish_working_day(date),
    casedesk_add_working_days(date, integer), casedesk_status_due_on(text, text, timestamptz),
    casedesk_case_due(), casedesk_deadline_changed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casedesk_easter_sunday(integer), casedesk_is_swedish_working_day(date),
    casedesk_add_working_days(date, integer), casedesk_status_due_on(text, text, timestamptz), casedesk_case_due()
    TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
