// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

namespace casedesk {

class Database;

// What a case holds besides its row: the form, parties and signatures, attachments, messages
// and notes. Writes never open transactions of their own; the calling service does.
class CaseContentRepository
{
public:
    explicit CaseContentRepository(const Database& db)
        : m_db(db)
    {}

    VoidResult insertForm(qint64 caseId, const QList<FormPage>& pages) const;
    VoidResult insertRequiredSigners(qint64 caseId, const QList<RequiredSigner>& signers) const;
    VoidResult insertSignatures(qint64 caseId, const QList<IncomingSignature>& signatures) const;
    Result<qint64> insertAttachment(qint64 caseId, qint64 messageId, const IncomingAttachment& attachment,
                                    const QDateTime& now) const;

    Result<QList<FormPage>> form(qint64 caseId) const;
    Result<QList<RequiredSigner>> requiredSigners(qint64 caseId) const;
    Result<QList<IncomingSignature>> signatures(qint64 caseId) const;
    Result<QList<AttachmentInfo>> attachments(qint64 caseId) const;
    // Content of one attachment of this case (the case id guards against reading another's).
    Result<QByteArray> attachmentContent(qint64 caseId, qint64 attachmentId) const;
    Result<QList<MessageRow>> messages(qint64 caseId) const;
    Result<QList<NoteRow>> notes(qint64 caseId) const;
    Result<Applicant> applicant(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace casedesk
