// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailDelivery.h"

#include "CurlSmtpSender.h"
#include "MailMessage.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/OutboxRepository.h"

#include <QUuid>

namespace casedesk {

namespace RetrySchedule {

std::optional<qint64> delayAfter(int attempts)
{
    static constexpr qint64 firstDelays[] = {60, 5 * 60, 15 * 60, 60 * 60};
    if (attempts >= kGiveUpAfterAttempts)
        return std::nullopt;
    if (attempts < 1)
        return firstDelays[0];
    if (attempts <= 4)
        return firstDelays[attempts - 1];
    return 60 * 60;
}

} // namespace RetrySchedule

QString DeliveryReport::summary() const
{
    return QStringLiteral("Sent %1, failed %2 (permanent), retrying %3 later")
        .arg(sent)
        .arg(failed)
        .arg(retrying);
}

namespace {

Result<std::optional<ClaimedMail>> claimNext(const Database& db, const QDateTime& now,
                                             const QDateTime& leaseUntil, const QString& claimant,
                                             const QString& messageId)
{
    TransactionGuard transaction(db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto claimed = OutboxRepository(db).claimNext(now, leaseUntil, claimant, messageId);
    if (!claimed.ok())
        return claimed.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return claimed;
}

template <typename Mark> VoidResult inTransaction(const Database& db, Mark mark)
{
    TransactionGuard transaction(db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = mark(); !r.ok())
        return r;
    return transaction.commit();
}

// Sends one claimed mail; a message that cannot be built is this mail's permanent failure,
// unless it is the sender address from the settings.
SmtpSendResult sendOne(SmtpSender& sender, const SmtpSettings& settings, const ClaimedMail& claimed,
                       const QDateTime& now)
{
    SmtpSendResult result;
    const MailMessageParts parts{settings.from,
                                 settings.fromName,
                                 claimed.mail.recipient,
                                 claimed.mail.subject,
                                 claimed.mail.body,
                                 claimed.messageId.toLatin1(),
                                 now};
    auto message = MailMessage::build(parts);
    if (!message.ok()) {
        const bool ours = message.error().field.startsWith(QLatin1String("smtp."));
        result.outcome = ours ? SmtpSendResult::Outcome::Temporary : SmtpSendResult::Outcome::Permanent;
        result.serverWide = ours;
        result.error = QStringLiteral("cannot write the message: ") + message.error().describe();
        return result;
    }
    return sender.send(*MailMessage::wireAddress(settings.from),
                       *MailMessage::wireAddress(claimed.mail.recipient), *message);
}

} // namespace

Result<DeliveryReport> deliverOutbox(const Database& db, SmtpSender& sender, const SmtpSettings& settings,
                                     const DeliveryOptions& options, const std::atomic_bool* stop)
{
    const auto now = [&options]() {
        return options.clock ? options.clock() : QDateTime::currentDateTimeUtc();
    };
    const QString claimant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Longer than one send can take (libcurl gives up after twice the timeout), with room to spare.
    const qint64 leaseSeconds = 2 * qint64(settings.timeoutSeconds) + 120;
    const OutboxRepository outbox(db);
    DeliveryReport report;

    for (int i = 0; i < options.limit; ++i) {
        if (stop && stop->load())
            break;
        const QDateTime started = now();
        auto claimed = claimNext(db, started, started.addSecs(leaseSeconds), claimant,
                                 QString::fromLatin1(MailMessage::newMessageId(settings.from)));
        if (!claimed.ok())
            return claimed.error();
        if (!claimed->has_value())
            break;
        const ClaimedMail& mail = **claimed;
        const qint64 id = mail.mail.id;

        const SmtpSendResult result = sendOne(sender, settings, mail, started);
        const QDateTime finished = now();
        VoidResult marked;
        if (result.sent()) {
            marked = inTransaction(db, [&]() { return outbox.markSent(id, claimant, finished); });
            ++report.sent;
            qCInfo(lcMail) << "mail" << id << "sent";
        } else {
            std::optional<qint64> delay;
            if (result.outcome == SmtpSendResult::Outcome::Temporary)
                delay = RetrySchedule::delayAfter(mail.mail.attempts);
            if (delay) {
                marked = inTransaction(db, [&]() {
                    return outbox.markRetry(id, claimant, finished.addSecs(*delay), result.error);
                });
                ++report.retrying;
                qCWarning(lcMail).nospace()
                    << "mail " << id << " not sent, retrying in " << *delay << " s (attempt "
                    << mail.mail.attempts << ", " << smtpStageName(result.stage) << ", reply "
                    << result.smtpCode << ")";
            } else {
                const QString error = result.outcome == SmtpSendResult::Outcome::Temporary
                                          ? QStringLiteral("gave up after %1 attempts: %2")
                                                .arg(mail.mail.attempts)
                                                .arg(result.error)
                                          : result.error;
                marked =
                    inTransaction(db, [&]() { return outbox.markFailed(id, claimant, finished, error); });
                ++report.failed;
                qCWarning(lcMail).nospace()
                    << "mail " << id << " failed permanently (attempt " << mail.mail.attempts << ", "
                    << smtpStageName(result.stage) << ", reply " << result.smtpCode << ")";
            }
        }
        if (!marked.ok()) {
            if (marked.error().code != ErrorCode::Conflict)
                return marked.error();
            // Our lease ran out before we could record the outcome; another run may take the mail.
            qCWarning(lcMail).noquote() << "mail" << id << marked.error().describe();
        }
        if (result.serverWide && !result.sent()) {
            report.serverUnavailable = true;
            report.serverError = result.error;
            qCWarning(lcMail).noquote() << "delivery stopped:" << result.error;
            break;
        }
    }
    auto waiting = outbox.countWaiting();
    if (!waiting.ok())
        return waiting.error();
    report.waiting = *waiting;
    return report;
}

Result<DeliveryReport> deliverPendingMail(const Database& db, const DeliveryOptions& options,
                                          const std::atomic_bool* stop)
{
    auto settings = MailSettings::load(db);
    if (!settings.ok()) {
        // Not configured and nothing to send is not a problem (a site without mail).
        auto waiting = OutboxRepository(db).countWaiting();
        if (waiting.ok() && *waiting == 0)
            return DeliveryReport();
        return settings.error();
    }
    auto password = MailSettings::passwordFromEnvironment();
    if (!password.ok())
        return password.error();
    if (auto r = MailSettings::checkUsable(*settings, *password); !r.ok())
        return r.error();
    CurlSmtpSender sender(*settings, *password);
    return deliverOutbox(db, sender, *settings, options, stop);
}

} // namespace casedesk
