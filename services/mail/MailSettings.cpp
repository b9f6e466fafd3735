// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailSettings.h"

#include "core/SecretFile.h"
#include "db/Database.h"
#include "intake/TextRules.h"
#include "repositories/SettingsRepository.h"

#include <QFile>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace casedesk {

namespace {

const QString kHost = QStringLiteral("smtp.host");
const QString kPort = QStringLiteral("smtp.port");
const QString kSecurity = QStringLiteral("smtp.security");
const QString kUser = QStringLiteral("smtp.user");
const QString kFrom = QStringLiteral("smtp.from");
const QString kFromName = QStringLiteral("smtp.from_name");
const QString kTimeout = QStringLiteral("smtp.timeout_seconds");
const QString kCaFile = QStringLiteral("smtp.ca_file");

Error invalid(const QString& key, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), key);
}

std::optional<int> parseInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<SmtpSecurity> parseSecurity(const QString& text)
{
    if (text == QLatin1String("none"))
        return SmtpSecurity::None;
    if (text == QLatin1String("starttls"))
        return SmtpSecurity::StartTls;
    if (text == QLatin1String("tls"))
        return SmtpSecurity::Tls;
    return std::nullopt;
}

bool isValidHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    // A DNS name (internationalised names are converted to their ASCII form).
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (ace.isEmpty())
        return false;
    const QStringList labels = ace.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), [](const QString& label) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        return std::all_of(label.begin(), label.end(), [](QChar c) {
            return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('-'));
        });
    });
}

bool isLoopback(const QString& host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

int SmtpSettings::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    }
    return 587;
}

QString SmtpSettings::fromDomain() const
{
    return from.mid(from.lastIndexOf(QLatin1Char('@')) + 1);
}

namespace MailSettings {

const QList<SettingKeyInfo>& smtpSettingKeys()
{
    static const QList<SettingKeyInfo> keys{
        {kHost,
         QStringLiteral("SMTP server (relay) that delivers the outbox; mail is not sent until it is set"),
         {}},
        {kPort, QStringLiteral("SMTP port, 1-65535"), QStringLiteral("587 (starttls), 465 (tls), 25 (none)")},
        {kSecurity,
         QStringLiteral("none, starttls (STARTTLS required) or tls (implicit TLS); none only for a relay on "
                        "this machine "
                        "or a trusted network"),
         QStringLiteral("starttls")},
        {kUser,
         QStringLiteral(
             "user name for SMTP authentication; empty: none. The password is never stored here: the service "
             "reads CASEDESK_SMTP_PASSWORD_FILE (mode 0600) or CASEDESK_SMTP_PASSWORD"),
         {}},
        {kFrom, QStringLiteral("sender address of every mail, e.g. noreply@kommun.se"), {}},
        {kFromName, QStringLiteral("sender name shown to recipients, e.g. Sundsvalls kommun"), {}},
        {kTimeout, QStringLiteral("seconds to wait for the SMTP server, 5-600"), QStringLiteral("30")},
        {kCaFile, QStringLiteral("PEM file of a private certificate authority for the server's certificate"),
         QStringLiteral("the system's certificate store")},
    };
    return keys;
}

bool isSmtpKey(const QString& key)
{
    const auto& keys = smtpSettingKeys();
    return std::any_of(keys.begin(), keys.end(), [&](const SettingKeyInfo& info) { return info.key == key; });
}

const char* securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return "none";
    case SmtpSecurity::StartTls:
        return "starttls";
    case SmtpSecurity::Tls:
        return "tls";
    }
    return "starttls";
}

VoidResult validate(const QString& key, const QString& value)
{
    if (key.startsWith(QLatin1String("smtp.")) && key.contains(QLatin1String("pass")))
        return invalid(
            key,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "the SMTP password is never stored in the database: give it to the service in "
                              "a file named by CASEDESK_SMTP_PASSWORD_FILE (mode 0600) or in "
                              "CASEDESK_SMTP_PASSWORD"));
    if (!isSmtpKey(key))
        return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("casedesk::Errors", "not an SMTP setting"),
                         key);
    if (auto r = checkSingleLine(value, key, 1000); !r.ok())
        return r;
    if (value.isEmpty())
        return {};
    if (key == kHost && !isValidHost(value))
        return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be a host name or an IP address"));
    if (key == kPort && !parseInt(value, 1, 65535))
        return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be a port number from 1 to 65535"));
    if (key == kSecurity && !parseSecurity(value))
        return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be none, starttls or tls"));
    if (key == kFrom) {
        if (auto r = checkEmail(value, key); !r.ok())
            return r;
        const QString local = value.left(value.indexOf(QLatin1Char('@')));
        if (std::any_of(local.begin(), local.end(), [](QChar c) { return c.unicode() > 0x7F; }))
            return invalid(
                key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be an ASCII address (the part before @)"));
    }
    if (key == kTimeout && !parseInt(value, 5, 600))
        return invalid(key,
                       QT_TRANSLATE_NOOP("casedesk::Errors", "must be a number of seconds from 5 to 600"));
    if (key == kCaFile && !QFile::exists(value))
        return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "no such file"));
    return {};
}

Result<SmtpSettings> load(const Database& db)
{
    auto all = SettingsRepository(db).all();
    if (!all.ok())
        return all.error();
    return fromValues(*all);
}

Result<SmtpSettings> fromValues(const QMap<QString, QString>& values)
{
    const QMap<QString, QString>* all = &values;
    SmtpSettings s;
    for (const SettingKeyInfo& info : smtpSettingKeys()) {
        const QString value = all->value(info.key);
        if (value.isEmpty() || info.key == kCaFile)
            continue; // the CA file is checked when it is used, on the machine that uses it
        if (auto r = validate(info.key, value); !r.ok())
            return r.error();
    }
    s.host = all->value(kHost);
    s.port = parseInt(all->value(kPort), 1, 65535).value_or(0);
    s.security = parseSecurity(all->value(kSecurity)).value_or(SmtpSecurity::StartTls);
    s.user = all->value(kUser);
    s.from = all->value(kFrom);
    s.fromName = all->value(kFromName);
    s.timeoutSeconds = parseInt(all->value(kTimeout), 5, 600).value_or(30);
    s.caFile = all->value(kCaFile);
    if (s.host.isEmpty())
        return invalid(kHost, QT_TRANSLATE_NOOP("casedesk::Errors",
                                                "SMTP is not configured: set smtp.host and smtp.from "
                                                "(casedeskctl settings set smtp.host HOST)"));
    if (s.from.isEmpty())
        return invalid(
            kFrom,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "no sender address: casedeskctl settings set smtp.from noreply@example.se"));
    return s;
}

Result<QByteArray> passwordFromFile(const QString& path)
{
    return readSecretFile(path, QStringLiteral("CASEDESK_SMTP_PASSWORD_FILE"));
}

Result<QByteArray> passwordFromEnvironment()
{
    return secretFromEnvironment("CASEDESK_SMTP_PASSWORD_FILE", "CASEDESK_SMTP_PASSWORD");
}

VoidResult checkUsable(const SmtpSettings& settings, const QByteArray& password)
{
    if (settings.user.isEmpty())
        return {};
    if (password.isEmpty())
        return invalid(
            kUser,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "smtp.user is set but there is no password: set CASEDESK_SMTP_PASSWORD_FILE "
                              "(a file of mode 0600) or CASEDESK_SMTP_PASSWORD for the service"));
    if (settings.security == SmtpSecurity::None && !isLoopback(settings.host))
        return invalid(
            kSecurity,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "refusing to send the SMTP password unencrypted to %1: set smtp.security "
                               "to starttls or tls"),
             {settings.host}});
    return {};
}

} // namespace MailSettings
} // namespace casedesk
