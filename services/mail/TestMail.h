// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MailSettings.h"
#include "core/Result.h"

namespace casedesk {

// "Send a test e-mail" on the Mail settings page: one message to `to`, sent now with `settings`
// and `password` as given (the values on the page, saved or not; the password only for this
// test, never stored), so that the administrator learns what the SMTP server answers before
// the background service depends on it. No personal data: a fixed text. Returns who took it and
// with which reply, or why it was refused (the server's reply code and text, the stage of the
// dialogue); blocks for up to the settings' timeout, so never on a GUI thread.
struct TestMailReceipt
{
    QString server; // "smtp://host:587"
    int replyCode = 0;
};
Result<TestMailReceipt> sendTestMail(const SmtpSettings& settings, const QByteArray& password,
                                     const QString& to);

} // namespace casedesk
