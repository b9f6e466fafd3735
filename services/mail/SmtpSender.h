// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk {

// Where in the SMTP dialogue something went wrong; decides whose problem a refusal is.
enum class SmtpStage
{
    Connect,  // TCP, TLS handshake, greeting, EHLO, STARTTLS
    Auth,     // AUTH
    MailFrom, // MAIL FROM: the sender, i.e. our settings
    RcptTo,   // RCPT TO: this recipient
    Data,     // DATA and the message itself
};

struct SmtpSendResult
{
    enum class Outcome
    {
        Sent,      // the server took responsibility for the mail (250 after the final ".")
        Temporary, // try again later: 4xx, no answer, no connection
        Permanent, // the server refused this mail for good: 5xx to RCPT TO or to the message
    };
    Outcome outcome = Outcome::Sent;
    // The failure is not about this mail (no connection, TLS, login, sender refused): the
    // delivery run stops instead of trying the next mail against the same wall.
    bool serverWide = false;
    int smtpCode = 0; // the server's last reply code, 0 if it never answered
    SmtpStage stage = SmtpStage::Connect;
    QString error; // for last_error and the administrator; never holds the password

    bool sent() const { return outcome == Outcome::Sent; }
};

// Sends one finished message to one recipient. Implementations may keep the connection open
// between calls (one delivery run sends many mails over one connection).
class SmtpSender
{
public:
    virtual ~SmtpSender() = default;
    // `from` and `to` are bare ASCII addresses (no angle brackets); `message` is the complete
    // message with CRLF line endings, not dot-stuffed (the sender does that).
    virtual SmtpSendResult send(const QByteArray& from, const QByteArray& to, const QByteArray& message) = 0;
};

// Whose problem is an SMTP reply `code` at `stage`: a 5xx to RCPT TO or to the message is this
// mail's (permanent); a 4xx to those is this mail's too (temporary); anything at the connection,
// AUTH or MAIL FROM stage is the server's or our settings' (temporary, server-wide), so that a
// wrong password or sender address never turns the whole outbox into permanent failures.
SmtpSendResult classifySmtpReply(SmtpStage stage, int code, const QString& text);

const char* smtpStageName(SmtpStage stage);

} // namespace casedesk
