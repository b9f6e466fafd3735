-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 CaseDesk contributors
-- Attachment types per e-service: which kinds of file intake and messages accept, as a
-- comma-separated list of type ids (pdf, jpeg, png, heic, text, docx, xlsx, odt, ...; see
-- services/intake/FileTypes.cpp). NULL means the default list. Runs after 0008.
ALTER TABLE eservices ADD COLUMN allowed_file_types text
    CHECK (allowed_file_types IS NULL
           OR (allowed_file_types <> '' AND allowed_file_types NOT GLOB '*[^a-z0-9,]*'
               AND allowed_file_types NOT GLOB ',*' AND allowed_file_types NOT GLOB '*,'
               AND allowed_file_types NOT GLOB '*,,*'));
