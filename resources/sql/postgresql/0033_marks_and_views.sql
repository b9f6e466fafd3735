-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0033: a caseworker's own marks on cases and own inbox views (issue #16 §2). Both are per login
-- and follow the caseworker to another desktop; nobody reads or writes another's, whether
-- through CaseDesk or psql.
--
-- case_marks: a flag (a personal bookmark, the Flagged view) and a high priority (listed first
-- where a view says so). A row holds at least one of them; clearing both deletes it. A mark is
-- set only on a case its login may read; a caseworker who loses an e-service keeps the rows, and
-- their cases no longer show.
--
-- inbox_views: a named filter, search and sort. A caseworker's own (owner = the login), in the
-- order they choose (position); or published by an administrator to everyone who reads one
-- e-service (owner NULL, eservice_id set), read-only to them.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE TABLE case_marks (
    login         text NOT NULL,
    case_id       bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    flagged       boolean NOT NULL DEFAULT false,
    high_priority boolean NOT NULL DEFAULT false,
    marked_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (login, case_id),
    CONSTRAINT case_marks_something CHECK (flagged OR high_priority)
);
-- A purge deletes a case's marks through this index.
CREATE INDEX case_marks_case_idx ON case_marks (case_id);

-- Reading needs one's own login only: the inbox joins the marks to the cases it reads, whose own
-- policy decides which cases show (a rights check per mark here would run once per row of every
-- page). Writing also needs a case the login may read.
ALTER TABLE case_marks ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_marks_read ON case_marks FOR SELECT USING (login = session_user);
CREATE POLICY case_marks_insert ON case_marks FOR INSERT
    WITH CHECK (login = session_user AND casedesk_case_readable(case_id));
CREATE POLICY case_marks_update ON case_marks FOR UPDATE
    USING (login = session_user) WITH CHECK (login = session_user AND casedesk_case_readable(case_id));
CREATE POLICY case_marks_delete ON case_marks FOR DELETE USING (login = session_user);
GRANT SELECT, INSERT, DELETE ON case_marks TO casedesk_admin, casedesk_caseworker, casedesk_reader;
-- The background service reads case rows as the inbox does (with the reader's marks: none).
GRANT SELECT ON case_marks TO casedesk_service;
-- Which login and which case a mark is for never change: a new mark is a new row.
GRANT UPDATE (flagged, high_priority, marked_at) ON case_marks
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;

CREATE TABLE inbox_views (
    id          bigserial PRIMARY KEY,
    owner       text,
    eservice_id text REFERENCES eservices (id) ON DELETE CASCADE,
    name        text NOT NULL,
    position    integer NOT NULL DEFAULT 0,
    definition  jsonb NOT NULL,
    created_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    -- A view is someone's own, or published for one e-service; never both, never neither.
    CONSTRAINT inbox_views_whose CHECK ((owner IS NULL) = (eservice_id IS NOT NULL)),
    CONSTRAINT inbox_views_name CHECK (name = btrim(name) AND char_length(name) BETWEEN 1 AND 60
                                       AND name !~ '[[:cntrl:]]'),
    CONSTRAINT inbox_views_definition CHECK (jsonb_typeof(definition) = 'object'
                                             AND octet_length(definition::text) <= 4000)
);
CREATE UNIQUE INDEX inbox_views_own_name ON inbox_views (owner, lower(name)) WHERE owner IS NOT NULL;
CREATE UNIQUE INDEX inbox_views_published_name ON inbox_views (eservice_id, lower(name)) WHERE owner IS NULL;

ALTER TABLE inbox_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY inbox_views_read ON inbox_views FOR SELECT
    USING (owner = session_user
           OR (owner IS NULL AND eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])));
CREATE POLICY inbox_views_insert ON inbox_views FOR INSERT
    WITH CHECK (created_by = session_user
                AND ((owner = session_user AND casedesk_current_role() IN ('admin', 'caseworker', 'reader'))
                     OR (owner IS NULL AND casedesk_is_admin())));
CREATE POLICY inbox_views_update ON inbox_views FOR UPDATE
    USING (owner = session_user OR (owner IS NULL AND casedesk_is_admin()))
    WITH CHECK (owner = session_user OR (owner IS NULL AND casedesk_is_admin()));
CREATE POLICY inbox_views_delete ON inbox_views FOR DELETE
    USING (owner = session_user OR (owner IS NULL AND casedesk_is_admin()));
GRANT SELECT, INSERT, DELETE ON inbox_views TO casedesk_admin, casedesk_caseworker, casedesk_reader;
-- Whose a view is, and for which e-service, is set when it is made.
GRANT UPDATE (name, position, definition, updated_at) ON inbox_views
    TO casedesk_admin, casedesk_caseworker, casedesk_reader;
GRANT USAGE ON SEQUENCE inbox_views_id_seq TO casedesk_admin, casedesk_caseworker, casedesk_reader;
