// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MailSettings.h"
#include "SmtpSender.h"

#include <memory>

namespace casedesk {

// SMTP through libcurl: STARTTLS (required, never optional) or implicit TLS with the server's
// certificate and host name verified, optional authentication, dot-stuffing and the final
// "." done by libcurl. One object keeps its connection open across send() calls. Not shared
// between threads: each delivery run has its own.
class CurlSmtpSender : public SmtpSender
{
public:
    CurlSmtpSender(SmtpSettings settings, QByteArray password);
    ~CurlSmtpSender() override;

    CurlSmtpSender(const CurlSmtpSender&) = delete;
    CurlSmtpSender& operator=(const CurlSmtpSender&) = delete;

    SmtpSendResult send(const QByteArray& from, const QByteArray& to, const QByteArray& message) override;

    // "smtps://host:465" and the like, for messages.
    QString serverUrl() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace casedesk
