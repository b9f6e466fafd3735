// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace casedesk {

// What goes into one message; the outbox row plus the sender from the settings.
struct MailMessageParts
{
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString body;
    QByteArray messageId; // "<uuid@domain>"
    QDateTime date;
};

namespace MailMessage {

// An address as it goes on the wire and into the envelope: checked (one @, no spaces, angle
// brackets, commas or control characters), the domain converted to its ASCII form
// (IDNA). A non-ASCII part before the @ would need SMTPUTF8, which is not used: InvalidInput.
Result<QByteArray> wireAddress(const QString& address);

// "<uuid@domain>" for a new mail from `fromAddress`.
QByteArray newMessageId(const QString& fromAddress);

// The complete message (RFC 5322 + MIME): Date, From, To, Subject (RFC 2047), Message-ID,
// MIME-Version, a text/plain UTF-8 quoted-printable body, Auto-Submitted (RFC 3834, so that
// auto-responders stay quiet). CRLF line endings, 7-bit, ends with CRLF. Not dot-stuffed.
Result<QByteArray> build(const MailMessageParts& parts);

} // namespace MailMessage
} // namespace casedesk
