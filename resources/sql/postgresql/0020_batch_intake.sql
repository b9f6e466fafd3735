-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- 0020: batch intake (casedeskctl submit of many files, IntakeService::submitBatch). A batch
-- stores up to 50 submissions in one transaction, each inside a savepoint of its own, so that a
-- refused one leaves nothing and the others stay. Inside a savepoint the rows a submission writes
-- carry the savepoint's subtransaction id, not the transaction's: 0008's
-- casedesk_case_new_here (may this transaction still add the form, parties and signatures of
-- the case?) compared the case row's xmin with the top-level id only, and refused every batch
-- case's form to the service and administrators.
--
-- Now a case is new here when its row was written by this transaction or one of its
-- subtransactions: its xmin is this transaction's id, or it was inserted by a (non-owner) intake
-- of this transaction (0008's insert guard sets updated_at to now(), the transaction's start,
-- and version 1) and its inserter is still in progress. A row we can see whose inserter is still
-- in progress can only be our own (another transaction's uncommitted rows are invisible), and
-- pg_xact_status says 'in progress' for our own released subtransactions too. The 32-bit xmin
-- is read as the first id after ours with those bits (our subtransactions' ids come after ours).
-- Nothing else changes: still SECURITY DEFINER (it reads cases whatever the caller may see),
-- still false for a case of any other transaction.
SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', true);

CREATE OR REPLACE FUNCTION casedesk_case_new_here(p_case bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    v_top bigint := pg_catalog.pg_current_xact_id()::text::bigint;
    v_xmin bigint;
    v_fresh boolean;
    v_ahead bigint;
BEGIN
    SELECT c.xmin::text::bigint, c.updated_at = now() AND c.version = 1 INTO v_xmin, v_fresh
        FROM cases c WHERE c.id = p_case;
    IF v_xmin IS NULL THEN
        RETURN false;
    END IF;
    IF v_xmin = v_top % 4294967296 THEN
        RETURN true;
    END IF;
    IF NOT v_fresh THEN
        RETURN false;
    END IF;
    v_ahead := (v_xmin - v_top % 4294967296 + 4294967296) % 4294967296;
    IF v_ahead >= 2147483648 THEN
        RETURN false; -- written before this transaction began
    END IF;
    RETURN pg_catalog.pg_xact_status((v_top + v_ahead)::text::pg_catalog.xid8) = 'in progress';
END
$$;
