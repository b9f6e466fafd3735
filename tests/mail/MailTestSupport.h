// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SampleSubmissions.h"
#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "mail/CurlSmtpSender.h"
#include "mail/MailDelivery.h"
#include "mail/MailSettings.h"
#include "repositories/SettingsRepository.h"

#include <gtest/gtest.h>

namespace casedesk::test {

inline std::string text(const Error& error)
{
    return error.describe().toStdString();
}

// The sender every mail test uses; an en dash and a ä so that From is encoded too.
inline QString testFrom()
{
    return QStringLiteral("noreply@kommun.example.se");
}

// smtp.* for the sink on 127.0.0.1:port, plain SMTP, short timeout.
inline void configureSmtp(const Database& db, int port, const QString& security = QStringLiteral("none"))
{
    const SettingsRepository settings(db);
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.port"), QString::number(port)).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.security"), security).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.from"), testFrom()).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.from_name"), QStringLiteral("Kommunen – e-tjänster")).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.timeout_seconds"), QStringLiteral("10")).ok());
}

inline IntakeReceipt submitSample(const Database& db, const QString& externalId)
{
    // The e-service and its functional mailbox as an administrator set them up.
    EXPECT_TRUE(configureSampleEService(db, sampleSubmission(externalId)));
    auto receipt = IntakeService(db).submit(sampleSubmission(externalId));
    EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : text(receipt.error()));
    return receipt.ok() ? *receipt : IntakeReceipt();
}

inline qint64 scalar(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error()));
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

// One delivery run at a fixed "now" with libcurl, as the service would do it.
inline DeliveryReport deliverAt(const Database& db, const QDateTime& now, int limit = 100)
{
    auto settings = MailSettings::load(db);
    EXPECT_TRUE(settings.ok()) << (settings.ok() ? std::string() : text(settings.error()));
    if (!settings.ok())
        return {};
    CurlSmtpSender sender(*settings, QByteArray());
    DeliveryOptions options;
    options.limit = limit;
    options.clock = [now]() { return now; };
    auto report = deliverOutbox(db, sender, *settings, options);
    EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : text(report.error()));
    return report.ok() ? *report : DeliveryReport();
}

} // namespace casedesk::test
