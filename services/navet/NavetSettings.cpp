// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetSettings.h"

#include "core/SecretFile.h"
#include "intake/OrganisationNumber.h"
#include "intake/TextRules.h"
#include "repositories/SettingsRepository.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace casedesk {

namespace {

const QString kUrl = QStringLiteral("navet.url");
const QString kOrgNumber = QStringLiteral("navet.org_number");
const QString kOrderId = QStringLiteral("navet.order_id");
const QString kCertificate = QStringLiteral("navet.certificate");
const QString kCaCertificates = QStringLiteral("navet.ca_certificates");
const QString kTimeout = QStringLiteral("navet.timeout_seconds");
constexpr int kDefaultTimeout = 20;

Error invalid(const QString& key, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), key);
}

std::optional<int> parseTimeout(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > 300)
        return std::nullopt;
    return value;
}

Error notConfigured(const QString& key)
{
    return invalid(key,
                   {QT_TRANSLATE_NOOP("casedesk::Errors",
                                      "Navet is not configured: set %1 (casedeskctl settings set %1 VALUE)"),
                    {key}});
}

} // namespace

namespace NavetSettings {

const QList<SettingKeyInfo>& keys()
{
    static const QList<SettingKeyInfo> list{
        {kUrl, QStringLiteral("https address of Navet's personpostXML service (ePersondata version 2)"), {}},
        {kOrgNumber, QStringLiteral("the organisation's number for Navet, 10 digits (2120001234)"), {}},
        {kOrderId,
         QStringLiteral("the ordering id (BestallningsId) the Tax Agency issued, e.g. 00000236-FO01-0001"),
         {}},
        {kCertificate,
         QStringLiteral(
             "absolute path of the organisation's PKCS#12 client certificate on the machine that runs "
             "lookups; its password is never stored here: CASEDESK_NAVET_PASSWORD_FILE (mode 0600) or "
             "CASEDESK_NAVET_PASSWORD"),
         {}},
        {kCaCertificates,
         QStringLiteral("absolute path of a PEM file of extra certificate authorities to trust"),
         QStringLiteral("the system's certificate store")},
        {kTimeout, QStringLiteral("seconds to wait for Navet's answer, 1-300"),
         QString::number(kDefaultTimeout)},
    };
    return list;
}

bool isNavetKey(const QString& key)
{
    const auto& all = keys();
    return std::any_of(all.begin(), all.end(), [&](const SettingKeyInfo& info) { return info.key == key; });
}

VoidResult validate(const QString& key, const QString& value)
{
    if (key.startsWith(QLatin1String("navet.")) && key.contains(QLatin1String("pass")))
        return invalid(
            key, QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "the certificate's password is never stored in the database: give it "
                                   "to the program that makes lookups in a file named by "
                                   "CASEDESK_NAVET_PASSWORD_FILE (mode 0600) or in "
                                   "CASEDESK_NAVET_PASSWORD"));
    if (!isNavetKey(key))
        return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("casedesk::Errors", "not a Navet setting"),
                         key);
    if (auto r = checkSingleLine(value, key, 1000); !r.ok())
        return r;
    if (value.isEmpty())
        return {};
    if (key == kUrl) {
        const QUrl url(value, QUrl::StrictMode);
        // Personal data travels on this connection: never unencrypted.
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            !url.userInfo().isEmpty())
            return invalid(key,
                           QT_TRANSLATE_NOOP("casedesk::Errors",
                                             "must be an https address, e.g. https://navet.example.se/path"));
    }
    if (key == kOrgNumber && !OrganisationNumber::isValidTenDigits(value))
        return invalid(
            key, QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "must be an organisation number of 10 digits with a valid check digit"));
    if (key == kOrderId) {
        static const QRegularExpression orderId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"));
        if (!orderId.match(value).hasMatch())
            return invalid(
                key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be 1 to 64 letters, digits and hyphens"));
    }
    if ((key == kCertificate || key == kCaCertificates) && !QDir::isAbsolutePath(value))
        return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be an absolute path"));
    if (key == kTimeout && !parseTimeout(value))
        return invalid(key,
                       QT_TRANSLATE_NOOP("casedesk::Errors", "must be a number of seconds from 1 to 300"));
    return {};
}

Result<NavetConfiguration> load(const Database& db)
{
    auto all = SettingsRepository(db).all();
    if (!all.ok())
        return all.error();
    for (const SettingKeyInfo& info : keys()) {
        if (auto r = validate(info.key, all->value(info.key)); !r.ok())
            return r.error();
    }
    for (const QString& required : {kUrl, kOrgNumber, kOrderId, kCertificate}) {
        if (all->value(required).isEmpty())
            return notConfigured(required);
    }
    NavetConfiguration configuration;
    configuration.url = QUrl(all->value(kUrl), QUrl::StrictMode);
    configuration.orgNumber = all->value(kOrgNumber);
    configuration.orderId = all->value(kOrderId);
    configuration.certificatePath = all->value(kCertificate);
    configuration.caCertificatesPath = all->value(kCaCertificates);
    configuration.timeoutSeconds = parseTimeout(all->value(kTimeout)).value_or(kDefaultTimeout);
    return configuration;
}

Result<QByteArray> passwordFromEnvironment()
{
    auto password = secretFromEnvironment("CASEDESK_NAVET_PASSWORD_FILE", "CASEDESK_NAVET_PASSWORD");
    if (!password.ok())
        return password;
    if (password->isEmpty())
        return invalid(kCertificate,
                       QT_TRANSLATE_NOOP("casedesk::Errors",
                                         "no password for the certificate: set "
                                         "CASEDESK_NAVET_PASSWORD_FILE (a file of mode 0600) or "
                                         "CASEDESK_NAVET_PASSWORD"));
    return password;
}

} // namespace NavetSettings
} // namespace casedesk
