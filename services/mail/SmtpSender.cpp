// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SmtpSender.h"

namespace casedesk {

const char* smtpStageName(SmtpStage stage)
{
    switch (stage) {
    case SmtpStage::Connect:
        return "connect";
    case SmtpStage::Auth:
        return "AUTH";
    case SmtpStage::MailFrom:
        return "MAIL FROM";
    case SmtpStage::RcptTo:
        return "RCPT TO";
    case SmtpStage::Data:
        return "DATA";
    }
    return "connect";
}

SmtpSendResult classifySmtpReply(SmtpStage stage, int code, const QString& text)
{
    SmtpSendResult result;
    result.stage = stage;
    result.smtpCode = code;
    const bool aboutThisMail = stage == SmtpStage::RcptTo || stage == SmtpStage::Data;
    const bool permanentCode = code >= 500 && code < 600;
    result.outcome = aboutThisMail && permanentCode ? SmtpSendResult::Outcome::Permanent
                                                    : SmtpSendResult::Outcome::Temporary;
    // 421: the server is closing the connection, whatever the command was.
    result.serverWide = !aboutThisMail || code == 421;
    const QString what =
        code > 0 ? QStringLiteral("SMTP %1 at %2").arg(code).arg(QString::fromLatin1(smtpStageName(stage)))
                 : QStringLiteral("SMTP failure at %1").arg(QString::fromLatin1(smtpStageName(stage)));
    result.error = text.isEmpty() ? what : what + QStringLiteral(": ") + text;
    return result;
}

} // namespace casedesk
