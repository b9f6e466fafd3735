// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetTls.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace casedesk {

namespace {

const QString kCertificate = QStringLiteral("navet.certificate");
const QString kCaCertificates = QStringLiteral("navet.ca_certificates");
constexpr qint64 kMaxCertificateFileBytes = 1024 * 1024;

Error invalid(const QString& key, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), key);
}

Result<QByteArray> readFile(const QString& path, const QString& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(
            key, {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"), {path, file.errorString()}});
    QByteArray bytes = file.read(kMaxCertificateFileBytes + 1);
    if (bytes.size() > kMaxCertificateFileBytes)
        return invalid(
            key, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is too large for a certificate file"), {path}});
    return bytes;
}

} // namespace

Result<QSslConfiguration> navetSslConfiguration(const NavetConfiguration& configuration,
                                                const QByteArray& password)
{
    if (!QSslSocket::supportsSsl())
        return makeError(ErrorCode::Unavailable,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "this program has no TLS support (OpenSSL)"));
    auto bundle = readFile(configuration.certificatePath, kCertificate);
    if (!bundle.ok())
        return bundle.error();
    QByteArray bytes = *bundle;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password))
        return invalid(
            kCertificate,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "cannot read %1: the password is wrong or it is not a PKCS#12 file"),
             {configuration.certificatePath}});
    if (key.isNull() || certificate.isNull())
        return invalid(
            kCertificate,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 does not hold both a certificate and its private key"),
             {configuration.certificatePath}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now)
        return invalid(
            kCertificate,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the certificate in %1 expired on %2"),
             {configuration.certificatePath, certificate.expiryDate().toUTC().toString(Qt::ISODate)}});
    if (certificate.effectiveDate() > now)
        return invalid(
            kCertificate,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the certificate in %1 is not valid before %2"),
             {configuration.certificatePath, certificate.effectiveDate().toUTC().toString(Qt::ISODate)}});

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setPrivateKey(key);
    ssl.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    if (!configuration.caCertificatesPath.isEmpty()) {
        auto pem = readFile(configuration.caCertificatesPath, kCaCertificates);
        if (!pem.ok())
            return pem.error();
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (authorities.isEmpty())
            return invalid(kCaCertificates,
                           {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 holds no PEM certificate"),
                            {configuration.caCertificatesPath}});
        ssl.addCaCertificates(authorities);
    }
    return ssl;
}

} // namespace casedesk
