// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AuditText.h"

#include <QHash>

namespace casedesk {

namespace {

bool isRead(const QString& action)
{
    return action == QLatin1String("case.opened") || action == QLatin1String("case.personal_data_read") ||
           action == QLatin1String("case.thread_read");
}

} // namespace

QString AuditText::actionText(const QString& action)
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("case.opened"), QT_TR_NOOP("Case opened")},
        {QStringLiteral("case.personal_data_read"), QT_TR_NOOP("Personal data read")},
        {QStringLiteral("case.thread_read"), QT_TR_NOOP("Conversation read")},
        {QStringLiteral("case.personal_number_shown"), QT_TR_NOOP("Personal numbers shown")},
        {QStringLiteral("case.protected_revealed"), QT_TR_NOOP("Protected identity shown")},
        {QStringLiteral("case.protected_by_register"), QT_TR_NOOP("Protected by the population register")},
        {QStringLiteral("case.register_fetched"), QT_TR_NOOP("Fetched from the population register")},
        {QStringLiteral("case.register_requested"), QT_TR_NOOP("Population register lookup asked for")},
        {QStringLiteral("admin.access_granted"), QT_TR_NOOP("Access granted")},
        {QStringLiteral("admin.access_revoked"), QT_TR_NOOP("Access revoked")},
        {QStringLiteral("admin.announcement_changed"), QT_TR_NOOP("Closing announcement changed")},
        {QStringLiteral("admin.eservice_changed"), QT_TR_NOOP("E-service changed")},
        {QStringLiteral("admin.eservice_file_types"), QT_TR_NOOP("E-service's file types changed")},
        {QStringLiteral("admin.eservice_navet_at_intake"), QT_TR_NOOP("Lookups at intake changed")},
        {QStringLiteral("admin.mail_template_changed"), QT_TR_NOOP("Mail template changed")},
        {QStringLiteral("admin.mail_template_reset"), QT_TR_NOOP("Mail template reset")},
        {QStringLiteral("admin.message_template_changed"), QT_TR_NOOP("Message template changed")},
        {QStringLiteral("admin.message_template_removed"), QT_TR_NOOP("Message template removed")},
        {QStringLiteral("admin.outcome_changed"), QT_TR_NOOP("Decision outcome changed")},
        {QStringLiteral("admin.setting_changed"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("admin.status_added"), QT_TR_NOOP("Status added")},
        {QStringLiteral("admin.status_deleted"), QT_TR_NOOP("Status deleted")},
        {QStringLiteral("admin.status_renamed"), QT_TR_NOOP("Status renamed")},
        {QStringLiteral("admin.transitions_changed"), QT_TR_NOOP("Status transitions changed")},
        {QStringLiteral("admin.user_changed"), QT_TR_NOOP("User changed")},
        {QStringLiteral("admin.deadline_set"), QT_TR_NOOP("Handling time set")},
        {QStringLiteral("admin.deadline_cleared"), QT_TR_NOOP("Handling time removed")},
        {QStringLiteral("admin.view_published"), QT_TR_NOOP("View published")},
        {QStringLiteral("admin.view_unpublished"), QT_TR_NOOP("Published view removed")},
    };
    const auto text = texts.constFind(action);
    return text == texts.cend() ? action : tr(*text);
}

QList<AuditEntry> AuditText::mergeRepeatedReads(const QList<AuditEntry>& newestFirst, int withinMinutes)
{
    QList<AuditEntry> shown;
    QList<int> times; // how many rows each shown row stands for
    QList<QDateTime> oldest;
    for (const AuditEntry& entry : newestFirst) {
        if (!shown.isEmpty() && isRead(entry.action)) {
            const AuditEntry& last = shown.constLast();
            if (last.action == entry.action && last.actor == entry.actor &&
                last.reference == entry.reference && last.detail.isEmpty() && entry.detail.isEmpty() &&
                entry.occurredAt.secsTo(oldest.constLast()) <= qint64(withinMinutes) * 60) {
                ++times.last();
                oldest.last() = entry.occurredAt;
                continue;
            }
        }
        shown.append(entry);
        times.append(1);
        oldest.append(entry.occurredAt);
    }
    for (qsizetype i = 0; i < shown.size(); ++i)
        if (times.at(i) > 1)
            shown[i].detail = tr("%n time(s) within a few minutes", nullptr, times.at(i));
    return shown;
}

} // namespace casedesk
