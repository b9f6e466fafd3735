// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessageThreadModel.h"

#include "CaseText.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

#include <algorithm>

namespace casedesk {

namespace {

QString authorText(const ThreadMessage& m)
{
    return m.inbound() ? CaseText::roleName(QStringLiteral("applicant")) : CaseText::personName(m.author);
}

} // namespace

void MessageThreadModel::setMessages(QList<ThreadMessage> messages, const QList<SupplementRequest>& requests)
{
    std::stable_sort(messages.begin(), messages.end(), [](const ThreadMessage& a, const ThreadMessage& b) {
        return a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id;
    });
    beginResetModel();
    m_messages = std::move(messages);
    m_requestOfMessage.clear();
    for (const SupplementRequest& request : requests)
        if (request.messageId > 0)
            m_requestOfMessage.insert(request.messageId, request);
    endResetModel();
}

int MessageThreadModel::rowOfMessage(qint64 messageId) const
{
    for (int i = 0; i < m_messages.size(); ++i)
        if (m_messages[i].id == messageId)
            return i;
    return -1;
}

int MessageThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QString MessageThreadModel::displayText(const ThreadMessage& m) const
{
    QStringList header{authorText(m), CaseText::dateTime(m.sentAt),
                       CaseText::messageDirectionText(m.direction)};
    const QString kind = CaseText::messageKindText(m.kind);
    if (!kind.isEmpty())
        header << kind;
    // A supplement request says by when, as the applicant's mail and Min sida do.
    if (const auto request = m_requestOfMessage.constFind(m.id); request != m_requestOfMessage.cend())
        header
            << (request->open()
                    ? CaseText::supplementDueText(request->dueDate, request->overdue(QDate::currentDate()))
                    : tr("due %1, answered").arg(QLocale().toString(request->dueDate, QLocale::ShortFormat)));
    QStringList lines{header.join(QStringLiteral(" · ")), m.body};
    if (!m.attachments.isEmpty()) {
        QStringList names;
        for (const AttachmentInfo& a : m.attachments)
            names << QStringLiteral("%1 (%2)").arg(a.fileName, CaseText::fileSize(a.size));
        lines << tr("Attachments: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!m.inbound())
        lines << CaseText::readReceiptText(m.readAt);
    return lines.join(QLatin1Char('\n'));
}

QVariant MessageThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadMessage& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m);
    case Qt::AccessibleTextRole:
        return displayText(m).replace(QLatin1Char('\n'), QStringLiteral(". "));
    case Qt::ToolTipRole:
        return m.inbound() ? tr("From the applicant") : CaseText::readReceiptText(m.readAt);
    case Qt::DecorationRole:
        return CaseText::icon(m.inbound() ? QStringLiteral(":/icons/person.svg")
                                          : QStringLiteral(":/icons/inbox.svg"));
    case MessageIdRole:
        return m.id;
    case DirectionRole:
        return m.direction;
    case KindRole:
        return m.kind;
    case AuthorRole:
        return authorText(m);
    case BodyRole:
        return m.body;
    case SentAtRole:
        return m.sentAt;
    case ReadAtRole:
        return m.readAt;
    case ReadReceiptRole:
        return m.inbound() ? QString() : CaseText::readReceiptText(m.readAt);
    case AttachmentNamesRole: {
        QStringList names;
        for (const AttachmentInfo& a : m.attachments)
            names << a.fileName;
        return names;
    }
    case AttachmentIdsRole: {
        QVariantList ids;
        for (const AttachmentInfo& a : m.attachments)
            ids << a.id;
        return ids;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(DirectionRole, "direction");
    names.insert(KindRole, "kind");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(SentAtRole, "sentAt");
    names.insert(ReadAtRole, "readAt");
    names.insert(ReadReceiptRole, "readReceipt");
    names.insert(AttachmentNamesRole, "attachmentNames");
    names.insert(AttachmentIdsRole, "attachmentIds");
    return names;
}

void NoteStreamModel::setNotes(QList<NoteRow> notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const NoteRow& a, const NoteRow& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int NoteStreamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NoteStreamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteRow& n = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2\n%3").arg(n.author, CaseText::dateTime(n.createdAt), n.body);
    case Qt::AccessibleTextRole:
        return tr("Internal note by %1, %2: %3").arg(n.author, CaseText::dateTime(n.createdAt), n.body);
    case Qt::ToolTipRole:
        return CaseText::internalNoteText();
    case Qt::BackgroundRole:
        return QBrush(QColor(0xff, 0xf4, 0xc8)); // the notes' own paper colour
    case Qt::ForegroundRole:
        return QBrush(QColor(0x3a, 0x30, 0x00)); // readable on it in light and dark themes
    case NoteIdRole:
        return n.id;
    case AuthorRole:
        return n.author;
    case BodyRole:
        return n.body;
    case CreatedAtRole:
        return n.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteStreamModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

} // namespace casedesk
