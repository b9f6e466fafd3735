// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MailSettings.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace casedesk {

class Database;
class SmtpSender;

// When to try a mail again after a temporary failure: 1, 5, 15 and 60 minutes, then every hour;
// after the attempt that ends about two days of trying, nothing (the mail has failed for good).
namespace RetrySchedule {
constexpr int kGiveUpAfterAttempts = 51; // 1 + 5 + 15 + 60 min + 47 hours: about 48 hours
// The delay in seconds after attempt number `attempts` (1 = the first) failed.
std::optional<qint64> delayAfter(int attempts);
} // namespace RetrySchedule

struct DeliveryOptions
{
    int limit = 100; // at most this many mails in one run
    // "Now", for tests; the system clock (UTC) when empty.
    std::function<QDateTime()> clock;
};

struct DeliveryReport
{
    int sent = 0;
    int failed = 0;   // permanently, in this run
    int retrying = 0; // failed temporarily in this run; tried again later
    int waiting = 0;  // still in the outbox after the run (retrying ones included)
    bool serverUnavailable = false;
    QString serverError; // why the run stopped early; never personal data

    // "Sent 2, failed 0 (permanent), retrying 1 later"
    QString summary() const;
};

// Delivers the outbox. One mail at a time: claim it (a short transaction with a lease),
// send it outside any transaction, mark it (a second short transaction). Two runs at once, in
// two processes or on two machines, never take the same mail.
//
// Exactly once, as far as SMTP allows: a mail is marked sent right after the server's 250 to
// the message. If the program dies in the moment between the two, or the connection drops
// after the server took the message but before its reply arrived, the lease runs out and the
// mail is sent again, with the same Message-ID (so that mail programs can fold the copies).
//
// Stops early (report.serverUnavailable) when the server cannot be reached or refuses our
// login or sender: the mail at hand is retried later like any temporary failure, the rest wait
// untouched. `stop` (may be null) is checked between mails.
Result<DeliveryReport> deliverOutbox(const Database& db, SmtpSender& sender, const SmtpSettings& settings,
                                     const DeliveryOptions& options = {},
                                     const std::atomic_bool* stop = nullptr);

// The whole job, for `casedeskctl send-mail --once` and the background service: reads the
// smtp.* settings and the password (MailSettings::passwordFromEnvironment), connects with
// libcurl and delivers what is due. InvalidInput when SMTP is not configured.
Result<DeliveryReport> deliverPendingMail(const Database& db, const DeliveryOptions& options = {},
                                          const std::atomic_bool* stop = nullptr);

} // namespace casedesk
