// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseDetailModels.h"

#include "CaseText.h"
#include "intake/PersonalNumber.h"

#include <QIcon>

namespace casedesk {

QString AttachmentListModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Checksum:
        return tr("SHA-256");
    }
    return {};
}

QVariant AttachmentListModel::cell(const AttachmentInfo& a, int column, int role) const
{
    if (role == AttachmentIdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole && column == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return role == Qt::ToolTipRole ? CaseText::plainToolTip(a.fileName) : a.fileName;
    case Type:
        return role == Qt::ToolTipRole ? CaseText::plainToolTip(a.mimeType) : a.mimeType;
    case Size:
        return CaseText::fileSize(a.size);
    case Checksum:
        return role == Qt::ToolTipRole ? a.sha256 : a.sha256.left(8) + QStringLiteral("…");
    }
    return {};
}

QString SignatureListModel::header(int column) const
{
    switch (column) {
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    case PersonalNumber:
        return tr("Personal number");
    case SignedAt:
        return tr("Signed");
    case Provider:
        return tr("Provider");
    case Check:
        return tr("Check");
    case SignedData:
        return tr("What was signed");
    case RegisteredGuardian:
        return tr("Registered guardian");
    }
    return {};
}

QVariant SignatureListModel::cell(const SignatureRow& s, int column, int role) const
{
    if (role == CheckRole)
        return int(s.check);
    if (role == Qt::DecorationRole && column == Check) {
        switch (s.check) {
        case SignatureCheck::Valid:
        case SignatureCheck::SignedInOpenEPlatform:
            return CaseText::icon(QStringLiteral(":/icons/signature-valid.svg"));
        case SignatureCheck::Mismatch:
            return CaseText::icon(QStringLiteral(":/icons/signature-mismatch.svg"));
        case SignatureCheck::Awaiting:
            return CaseText::icon(QStringLiteral(":/icons/signature-awaiting.svg"));
        }
    }
    if (role == Qt::ToolTipRole && column == SignedData && !s.signedDigest.isEmpty())
        return s.signedDigest; // whole, to compare with the e-ID provider's record
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Role:
        return CaseText::roleName(s.role);
    case Name:
        return s.name;
    case PersonalNumber:
        return PersonalNumber::mask(s.personalNumber);
    case SignedAt:
        return CaseText::dateTime(s.signedAt);
    case Provider:
        return s.provider;
    case Check:
        return CaseText::signatureCheckText(s.check);
    case SignedData:
        if (s.signedDigest.isEmpty())
            return QString();
        // "sha256:0f3a…9c1e": enough to recognise; the tooltip holds it whole.
        return s.signedDigest.size() > 24
                   ? s.signedDigest.left(15) + QStringLiteral("…") + s.signedDigest.right(6)
                   : s.signedDigest;
    case RegisteredGuardian:
        if (!s.registeredGuardian)
            return s.signsAsGuardian() ? tr("not checked") : QString();
        return *s.registeredGuardian ? tr("yes (Navet)") : tr("NO (Navet)");
    }
    return {};
}

QString HistoryModel::header(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Event:
        return tr("Event");
    }
    return {};
}

QVariant HistoryModel::cell(const EventRow& e, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == User)
        return e.actor; // the login; the cell shows the name
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time:
        return CaseText::dateTime(e.occurredAt);
    case User:
        return CaseText::personName(e.actor);
    case Event:
        return CaseText::eventText(e);
    }
    return {};
}

} // namespace casedesk
