// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

#include <optional>

namespace casedesk {

// One notification for one person (notifications, migration 0034): what happened on which case.
// It names the case by reference and e-service only, so it may go by e-mail too.
struct Notification
{
    enum class Kind
    {
        Message,    // a message from the applicant on a case assigned to the recipient
        Supplement, // the applicant's supplement, likewise
        Assigned,   // a case assigned to the recipient by someone else
        Mention,    // @recipient in an internal note
        Overdue,    // a case assigned to the recipient passed its due day
    };
    qint64 id = 0;
    Kind kind = Kind::Message;
    QString reference;
    QString eserviceId;
    QString eserviceName;
    QString actor; // a login, or "applicant"
};

QString notificationKindId(Notification::Kind kind);
std::optional<Notification::Kind> notificationKindFromId(const QString& id);

// What a person wants to be told of, and where (notification_settings).
struct NotificationSettings
{
    bool message = true; // messages and supplements on cases assigned to me
    bool assigned = true;
    bool overdue = true; // a case of mine became overdue
    bool mention = true;
    QString emailTo; // also by e-mail to this address; empty: desktop only

    bool wants(Notification::Kind kind) const;
    bool operator==(const NotificationSettings&) const = default;
};

} // namespace casedesk
