// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "core/SettingKeyInfo.h"

#include <QList>
#include <QString>

namespace casedesk {

class Database;

enum class SmtpSecurity
{
    None,     // plain SMTP: only for a relay on the same machine or a trusted network
    StartTls, // SMTP, then STARTTLS before anything else; refused if the server does not offer it
    Tls,      // implicit TLS from the first byte (SMTPS, port 465)
};

// Where and how to deliver mail: the shared settings smtp.* (see smtpSettingKeys()). The
// password is not among them: it never lives in the database (smtpPasswordFromEnvironment).
struct SmtpSettings
{
    QString host;
    int port = 0; // 0: the usual port for `security` (25, 587, 465)
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no authentication
    QString from; // the sender address, e.g. noreply@kommun.se
    QString fromName;
    int timeoutSeconds = 30;
    QString caFile; // PEM bundle for a private certificate authority; empty: the system's

    int effectivePort() const;
    // The domain of `from`, for Message-IDs.
    QString fromDomain() const;
};

namespace MailSettings {

// The documented SMTP keys, in the order `casedeskctl settings list` shows them.
const QList<SettingKeyInfo>& smtpSettingKeys();
bool isSmtpKey(const QString& key);

// Checks one value before it is stored: port 1..65535, security none|starttls|tls, from an
// e-mail address, timeout 5..600 seconds. An empty value means "not set" (the default). A key
// for the password is refused with a message saying where the password goes instead.
VoidResult validate(const QString& key, const QString& value);

// Reads smtp.* from the settings table. InvalidInput naming the key when SMTP is not
// configured (no smtp.host or smtp.from) or a stored value is not valid.
Result<SmtpSettings> load(const Database& db);
// The same from values as the settings hold them (smtp.* -> text), e.g. a settings page's form.
Result<SmtpSettings> fromValues(const QMap<QString, QString>& values);

const char* securityName(SmtpSecurity security);

// The SMTP password for the service: the file named in CASEDESK_SMTP_PASSWORD_FILE (which must
// not be readable or writable by group or others; one trailing newline is dropped), else the
// variable CASEDESK_SMTP_PASSWORD, else empty. The password is never logged or stored.
Result<QByteArray> passwordFromEnvironment();
Result<QByteArray> passwordFromFile(const QString& path);

// Refuses settings that would be unsafe to use: a user without a password, or a password sent
// unencrypted (security none) to anything but this machine.
VoidResult checkUsable(const SmtpSettings& settings, const QByteArray& password);

} // namespace MailSettings
} // namespace casedesk
