// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailMessage.h"

#include "MimeEncoding.h"
#include "intake/TextRules.h"

#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace casedesk::MailMessage {

Result<QByteArray> wireAddress(const QString& address)
{
    if (auto r = checkEmail(address, QStringLiteral("recipient")); !r.ok() || address.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid e-mail address"),
                         QStringLiteral("recipient"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = address.left(at);
    if (std::any_of(local.begin(), local.end(), [](QChar c) { return c.unicode() > 0x7E; }))
        return makeError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "the part before @ is not ASCII, which needs SMTPUTF8 (not supported)"),
            QStringLiteral("recipient"));
    const QByteArray domain = QUrl::toAce(address.mid(at + 1));
    if (domain.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the domain is not a valid host name"),
                         QStringLiteral("recipient"));
    return QByteArray(local.toLatin1() + '@' + domain);
}

QByteArray newMessageId(const QString& fromAddress)
{
    const QString domain = fromAddress.mid(fromAddress.lastIndexOf(QLatin1Char('@')) + 1);
    QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        ace = "casedesk.invalid";
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + ace + '>';
}

Result<QByteArray> build(const MailMessageParts& parts)
{
    auto from = wireAddress(parts.fromAddress);
    if (!from.ok())
        return withField(from.error(), QStringLiteral("smtp.from"));
    auto to = wireAddress(parts.to);
    if (!to.ok())
        return to.error();
    if (!parts.messageId.startsWith('<') || !parts.messageId.endsWith('>') || parts.messageId.contains(' ') ||
        parts.messageId.contains('\r') || parts.messageId.contains('\n'))
        return makeError(ErrorCode::Internal, QT_TRANSLATE_NOOP("casedesk::Errors", "malformed Message-ID"));

    QByteArray message;
    const auto header = [&message](const QByteArray& line) { message += line + "\r\n"; };
    header("Date: " + mime::rfc5322Date(parts.date.isValid() ? parts.date : QDateTime::currentDateTimeUtc()));
    header(mime::mailboxHeader("From", parts.fromName, *from));
    header("To: " + *to);
    header(mime::unstructuredHeader("Subject", parts.subject));
    header("Message-ID: " + parts.messageId);
    header("MIME-Version: 1.0");
    header("Content-Type: text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding: quoted-printable");
    header("Auto-Submitted: auto-generated");
    message += "\r\n";
    message += mime::quotedPrintable(parts.body);
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

} // namespace casedesk::MailMessage
