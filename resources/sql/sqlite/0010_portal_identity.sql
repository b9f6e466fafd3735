-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- The portal acts for one verified citizen (docs/portal-contract.md): PortalRepository answers
-- only for a case where the identity the portal verified is the applicant, a party or a signer,
-- and lists that citizen's own cases. The PostgreSQL file of the same number replaces the
-- casedesk_portal_*() functions; here the lookups by personal number get their indexes (the
-- applicant's column is indexed since 0001). Stored numbers are normalised "YYYYMMDD-NNNN".
CREATE INDEX case_parties_personal_number_idx ON case_parties (personal_number) WHERE personal_number IS NOT NULL;
CREATE INDEX signatures_personal_number_idx ON signatures (personal_number) WHERE personal_number IS NOT NULL;
