// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "messaging/MessagingTypes.h"

#include <QAbstractListModel>
#include <QHash>

namespace casedesk {

// The conversation with the applicant, oldest first: one row per message with its author,
// time, direction, attachments and the applicant's read receipt.
class MessageThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        DirectionRole, // "in" or "out"
        KindRole,      // MessageKind id
        AuthorRole,    // as shown ("Applicant" for inbound)
        BodyRole,
        SentAtRole,          // QDateTime
        ReadAtRole,          // QDateTime, invalid while unread
        ReadReceiptRole,     // "Read by the applicant 14:02" / "Not read yet"; empty for inbound
        AttachmentNamesRole, // QStringList
        AttachmentIdsRole    // QVariantList of qint64
    };

    using QAbstractListModel::QAbstractListModel;

    // `requests`: the case's supplement requests, whose due dates their messages show.
    void setMessages(QList<ThreadMessage> messages, const QList<SupplementRequest>& requests = {});
    const QList<ThreadMessage>& messages() const { return m_messages; }
    const ThreadMessage& messageAt(int row) const { return m_messages.at(row); }
    int rowOfMessage(qint64 messageId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const ThreadMessage& m) const;
    QList<ThreadMessage> m_messages;
    QHash<qint64, SupplementRequest> m_requestOfMessage;
};

// Internal notes: the caseworkers' own stream, never shown to the applicant. Every row says so
// in its accessible text and carries a background of its own.
class NoteStreamModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        AuthorRole,
        BodyRole,
        CreatedAtRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setNotes(QList<NoteRow> notes);
    const QList<NoteRow>& notes() const { return m_notes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<NoteRow> m_notes;
};

} // namespace casedesk
