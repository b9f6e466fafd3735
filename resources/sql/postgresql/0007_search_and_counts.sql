-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Search and view counts at a million cases (issue #5). The SQLite file of the same number
-- holds the same logical schema.
--
-- 1. case_search: one row per case with a tsvector (the 'simple' configuration, no stemming,
--    searched by word prefix) over the applicant (name and personal number as stored, as 12
--    and as 10 digits), the form's values and the text of every message in or out, behind a
--    GIN index. The reference is not in it: searches match the reference by prefix on its own
--    index. Statement-level triggers keep it current in the writing transaction.
-- 2. case_counts: how many cases per (e-service, status, assignee, needs action), kept by
--    statement-level triggers, so that the saved views count by summing a few hundred rows.
-- 3. Indexes that give every sort of the inbox its order.
--
-- Access: both tables are written only by the trigger functions (SECURITY DEFINER, the
-- owner's rights); nobody holds write rights on them. Reading follows the rows they describe:
-- case_counts rows of e-services the caller may read (exactly the cases rows the caller sees,
-- protected identities included, since those case rows are visible too), case_search rows of
-- readable e-services and, for a protected identity, only with that right, as for
-- case_applicants: nobody finds a protected case by its applicant's name or form.

-- While a bulk writer (demo data) holds its write transaction it sets `deferred`, skips the
-- per-statement search triggers and indexes its whole batch at once before it commits, in the
-- same transaction. Other transactions never see it set (it is cleared before the commit).
CREATE TABLE search_maintenance (
    id       integer PRIMARY KEY CHECK (id = 1),
    deferred boolean NOT NULL DEFAULT false
);
INSERT INTO search_maintenance (id, deferred) VALUES (1, false);
GRANT SELECT ON search_maintenance TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
GRANT UPDATE ON search_maintenance TO casedesk_admin, casedesk_service;

-- Text as the index keeps it: punctuation becomes space (so "850101-1234", "a.b@c.se" and
-- "CD-2026" are words the client splits the same way) and Swedish capitals are folded here,
-- because lower() folds only ASCII in a database with the C locale.
CREATE FUNCTION casedesk_search_text(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT lower(translate(left(coalesce(p, ''), 200000),
                           'ÅÄÖÉÈÜÆØ-_.,;:/\()''"+@#&!?*[]{}<>=|~^%$`',
                           'åäöéèüæø' || repeat(' ', 32)))
$$;

CREATE FUNCTION casedesk_search_document(p_case bigint) RETURNS tsvector
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT strip(to_tsvector('simple', casedesk_search_text(concat_ws(' ',
               c.applicant_name, c.applicant_personal_number, replace(c.applicant_personal_number, '-', ''),
               substr(replace(c.applicant_personal_number, '-', ''), 3),
               (SELECT string_agg(f.value_text, ' ') FROM form_fields f WHERE f.case_id = c.id),
               (SELECT string_agg(m.body, ' ') FROM messages m WHERE m.case_id = c.id)))))
    FROM cases c WHERE c.id = p_case
$$;

CREATE TABLE case_search (
    case_id            bigint PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    eservice_id        text NOT NULL,
    protected_identity boolean NOT NULL,
    document           tsvector NOT NULL
);
CREATE INDEX case_search_document_idx ON case_search USING gin (document);

INSERT INTO case_search (case_id, eservice_id, protected_identity, document)
    SELECT c.id, c.eservice_id, c.protected_identity, casedesk_search_document(c.id) FROM cases c;

ALTER TABLE case_search ENABLE ROW LEVEL SECURITY;
-- (SELECT f()) makes each function an InitPlan, evaluated once per query rather than per row.
CREATE POLICY case_search_read ON case_search FOR SELECT
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[])
           AND (NOT protected_identity OR (SELECT casedesk_can_see_protected())));
GRANT SELECT ON case_search TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- Recomputes the rows of the given cases (those that still exist).
CREATE FUNCTION casedesk_search_refresh(p_cases bigint[]) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    INSERT INTO case_search (case_id, eservice_id, protected_identity, document)
        SELECT c.id, c.eservice_id, c.protected_identity, casedesk_search_document(c.id)
        FROM cases c WHERE c.id = ANY (p_cases)
        ON CONFLICT (case_id) DO UPDATE SET eservice_id = excluded.eservice_id,
            protected_identity = excluded.protected_identity, document = excluded.document
$$;

CREATE FUNCTION casedesk_search_deferred() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT coalesce((SELECT s.deferred FROM search_maintenance s WHERE s.id = 1), false) $$;

-- Inserted cases; fields or messages inserted, changed or deleted (their cases, old and new).
CREATE FUNCTION casedesk_search_on_new_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF NOT casedesk_search_deferred() THEN
        IF TG_TABLE_NAME = 'cases' THEN
            PERFORM casedesk_search_refresh(ARRAY(SELECT n.id FROM new_rows n));
        ELSE
            PERFORM casedesk_search_refresh(ARRAY(SELECT DISTINCT n.case_id FROM new_rows n));
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION casedesk_search_on_changed_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_TABLE_NAME = 'cases' THEN
        -- Only what the index holds: the applicant, the e-service and protection.
        PERFORM casedesk_search_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.applicant_name IS DISTINCT FROM o.applicant_name
               OR n.applicant_personal_number IS DISTINCT FROM o.applicant_personal_number
               OR n.eservice_id IS DISTINCT FROM o.eservice_id
               OR n.protected_identity IS DISTINCT FROM o.protected_identity));
    ELSIF TG_TABLE_NAME = 'messages' THEN
        -- Marking a message read changes nothing the index holds.
        PERFORM casedesk_search_refresh(ARRAY(
            SELECT n.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.body IS DISTINCT FROM o.body OR n.case_id IS DISTINCT FROM o.case_id
            UNION
            SELECT o.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.case_id IS DISTINCT FROM o.case_id));
    ELSE
        PERFORM casedesk_search_refresh(ARRAY(SELECT n.case_id FROM new_rows n UNION SELECT o.case_id FROM old_rows o));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION casedesk_search_on_old_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    -- Deleted cases take their row with them (ON DELETE CASCADE); for a purged case the
    -- refresh finds no case and does nothing.
    PERFORM casedesk_search_refresh(ARRAY(SELECT DISTINCT o.case_id FROM old_rows o));
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_new_rows();
CREATE TRIGGER cases_search_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_changed_rows();
CREATE TRIGGER form_fields_search_insert AFTER INSERT ON form_fields REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_new_rows();
CREATE TRIGGER form_fields_search_update AFTER UPDATE ON form_fields
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_changed_rows();
CREATE TRIGGER form_fields_search_delete AFTER DELETE ON form_fields REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_old_rows();
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_new_rows();
CREATE TRIGGER messages_search_update AFTER UPDATE ON messages
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_changed_rows();
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_search_on_old_rows();

-- View counts. The assignee '' stands for "unassigned". Rows that drop to zero stay; there
-- are at most e-services x statuses x assignees x 2 of them.
CREATE TABLE case_counts (
    eservice_id  text NOT NULL,
    status_id    text NOT NULL,
    assignee     text NOT NULL,
    needs_action boolean NOT NULL,
    n            bigint NOT NULL,
    PRIMARY KEY (eservice_id, status_id, assignee, needs_action)
);

INSERT INTO case_counts (eservice_id, status_id, assignee, needs_action, n)
    SELECT eservice_id, status_id, coalesce(assignee, ''), needs_action, count(*) FROM cases GROUP BY 1, 2, 3, 4;

ALTER TABLE case_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_counts_read ON case_counts FOR SELECT
    USING (eservice_id = ANY ((SELECT casedesk_readable_eservices())::text[]));
GRANT SELECT ON case_counts TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;

-- One statement's change to the counters: +1 per new row, -1 per old row, in key order so
-- that two transactions lock the counter rows they share in the same order.
CREATE FUNCTION casedesk_count_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO case_counts AS k (eservice_id, status_id, assignee, needs_action, n)
            SELECT n.eservice_id, n.status_id, coalesce(n.assignee, ''), n.needs_action, count(*)
            FROM new_rows n GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            ON CONFLICT (eservice_id, status_id, assignee, needs_action) DO UPDATE SET n = k.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO case_counts AS k (eservice_id, status_id, assignee, needs_action, n)
            SELECT o.eservice_id, o.status_id, coalesce(o.assignee, ''), o.needs_action, -count(*)
            FROM old_rows o GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            ON CONFLICT (eservice_id, status_id, assignee, needs_action) DO UPDATE SET n = k.n + excluded.n;
    ELSE
        INSERT INTO case_counts AS k (eservice_id, status_id, assignee, needs_action, n)
            SELECT d.eservice_id, d.status_id, d.assignee, d.needs_action, sum(d.delta)
            FROM (SELECT n.eservice_id, n.status_id, coalesce(n.assignee, '') AS assignee, n.needs_action, 1 AS delta
                  FROM new_rows n
                  UNION ALL
                  SELECT o.eservice_id, o.status_id, coalesce(o.assignee, ''), o.needs_action, -1 FROM old_rows o) d
            GROUP BY 1, 2, 3, 4 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (eservice_id, status_id, assignee, needs_action) DO UPDATE SET n = k.n + excluded.n;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_count_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_count_rows();
CREATE TRIGGER cases_count_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_count_rows();
CREATE TRIGGER cases_count_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casedesk_count_rows();

REVOKE ALL ON FUNCTION casedesk_search_text(text), casedesk_search_document(bigint), casedesk_search_refresh(bigint[]),
    casedesk_search_deferred(), casedesk_search_on_new_rows(), casedesk_search_on_changed_rows(),
    casedesk_search_on_old_rows(), casedesk_count_rows() FROM PUBLIC;
-- The client builds its queries with casedesk_search_text's rules; only the bulk writer (an
-- administrator or the service) indexes a batch itself.
GRANT EXECUTE ON FUNCTION casedesk_search_text(text) TO casedesk_admin, casedesk_caseworker, casedesk_reader,
    casedesk_service;
GRANT EXECUTE ON FUNCTION casedesk_search_refresh(bigint[]) TO casedesk_admin, casedesk_service;

-- Sort orders of the inbox: each sort key with the id that breaks ties, and the reference in
-- byte order for prefix searches whatever the database's collation.
CREATE INDEX cases_eservice_order_idx ON cases (eservice_id, id);
CREATE INDEX cases_status_order_idx ON cases (status_id, id);
CREATE INDEX cases_assignee_order_idx ON cases ((coalesce(assignee, '')), id);
CREATE INDEX cases_reference_prefix_idx ON cases ((reference COLLATE "C"), id);
-- The applicant's name as lists sort it: '' for a protected identity, so that the order of a
-- list never tells a protected name; readable by everyone who reads the case row.
ALTER TABLE cases ADD COLUMN applicant_sort_name text GENERATED ALWAYS AS
    (CASE WHEN protected_identity THEN '' ELSE applicant_name END) STORED;
CREATE INDEX cases_applicant_order_idx ON cases (applicant_sort_name, id);
GRANT SELECT (applicant_sort_name) ON cases TO casedesk_admin, casedesk_caseworker, casedesk_reader, casedesk_service;
