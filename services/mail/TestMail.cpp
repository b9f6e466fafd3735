// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TestMail.h"

#include "CurlSmtpSender.h"
#include "MailMessage.h"

namespace casedesk {

Result<TestMailReceipt> sendTestMail(const SmtpSettings& settings, const QByteArray& password,
                                     const QString& to)
{
    if (auto usable = MailSettings::checkUsable(settings, password); !usable.ok())
        return usable.error();
    auto from = MailMessage::wireAddress(settings.from);
    if (!from.ok())
        return withField(from.error(), QStringLiteral("smtp.from"));
    auto recipient = MailMessage::wireAddress(to);
    if (!recipient.ok())
        return withField(recipient.error(), QStringLiteral("address"));
    MailMessageParts parts;
    parts.fromAddress = settings.from;
    parts.fromName = settings.fromName;
    parts.to = to;
    parts.subject = QStringLiteral("CaseDesk: test e-mail / testmejl");
    parts.body = QStringLiteral("Detta är ett testmejl från CaseDesks inställningar.\n"
                                "This is a test e-mail from CaseDesk's settings.\n");
    parts.messageId = MailMessage::newMessageId(settings.from);
    parts.date = QDateTime::currentDateTimeUtc();
    auto message = MailMessage::build(parts);
    if (!message.ok())
        return message.error();
    CurlSmtpSender sender(settings, password);
    const SmtpSendResult result = sender.send(*from, *recipient, *message);
    if (!result.sent())
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 did not take the test e-mail (%2): %3"),
             {sender.serverUrl(), QString::fromLatin1(smtpStageName(result.stage)), result.error}});
    return TestMailReceipt{sender.serverUrl(), result.smtpCode};
}

} // namespace casedesk
