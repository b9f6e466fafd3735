// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace casedesk {

namespace {

struct Label
{
    const char* path;
    const char* label;
};

// Field paths that services name in errors a person can meet in the GUI or the CLI.
constexpr Label kLabels[] = {
    {"id", QT_TRANSLATE_NOOP("casedesk::Fields", "Id")},
    {"name", QT_TRANSLATE_NOOP("casedesk::Fields", "Name")},
    {"nameSv", QT_TRANSLATE_NOOP("casedesk::Fields", "Swedish name")},
    {"nameEn", QT_TRANSLATE_NOOP("casedesk::Fields", "English name")},
    {"key", QT_TRANSLATE_NOOP("casedesk::Fields", "Setting")},
    {"value", QT_TRANSLATE_NOOP("casedesk::Fields", "Value")},
    {"status", QT_TRANSLATE_NOOP("casedesk::Fields", "Status")},
    {"to", QT_TRANSLATE_NOOP("casedesk::Fields", "New status")},
    {"from", QT_TRANSLATE_NOOP("casedesk::Fields", "From status")},
    {"text", QT_TRANSLATE_NOOP("casedesk::Fields", "Text")},
    {"body", QT_TRANSLATE_NOOP("casedesk::Fields", "Text")},
    {"template", QT_TRANSLATE_NOOP("casedesk::Fields", "Message template")},
    {"emailTo", QT_TRANSLATE_NOOP("casedesk::Fields", "E-mail address for notifications")},
    {"subject", QT_TRANSLATE_NOOP("casedesk::Fields", "Subject")},
    {"due", QT_TRANSLATE_NOOP("casedesk::Fields", "Due date")},
    {"dueDate", QT_TRANSLATE_NOOP("casedesk::Fields", "Due date")},
    {"outcome", QT_TRANSLATE_NOOP("casedesk::Fields", "Outcome")},
    {"corrects", QT_TRANSLATE_NOOP("casedesk::Fields", "Corrected decision")},
    {"document", QT_TRANSLATE_NOOP("casedesk::Fields", "Decision document")},
    {"attach", QT_TRANSLATE_NOOP("casedesk::Fields", "Attachment")},
    {"attachments", QT_TRANSLATE_NOOP("casedesk::Fields", "Attachments")},
    {"attachments[].content", QT_TRANSLATE_NOOP("casedesk::Fields", "Attachment")},
    {"attachments[].mimeType", QT_TRANSLATE_NOOP("casedesk::Fields", "Attachment type")},
    {"attachments[].fileName", QT_TRANSLATE_NOOP("casedesk::Fields", "Attachment name")},
    {"reference", QT_TRANSLATE_NOOP("casedesk::Fields", "Case reference")},
    {"identity", QT_TRANSLATE_NOOP("casedesk::Fields", "Personal number")},
    {"recipient", QT_TRANSLATE_NOOP("casedesk::Fields", "Recipient")},
    {"eservice", QT_TRANSLATE_NOOP("casedesk::Fields", "E-service")},
    {"language", QT_TRANSLATE_NOOP("casedesk::Fields", "Language")},
    {"days", QT_TRANSLATE_NOOP("casedesk::Fields", "Retention days")},
    {"retentionDays", QT_TRANSLATE_NOOP("casedesk::Fields", "Retention days")},
    {"batchSize", QT_TRANSLATE_NOOP("casedesk::Fields", "Batch size")},
    {"login", QT_TRANSLATE_NOOP("casedesk::Fields", "User name")},
    {"role", QT_TRANSLATE_NOOP("casedesk::Fields", "Role")},
    {"level", QT_TRANSLATE_NOOP("casedesk::Fields", "Access")},
    {"functionalMailbox", QT_TRANSLATE_NOOP("casedesk::Fields", "Functional mailbox")},
    {"smtp.host", QT_TRANSLATE_NOOP("casedesk::Fields", "Mail server")},
    {"smtp.port", QT_TRANSLATE_NOOP("casedesk::Fields", "Port")},
    {"smtp.security", QT_TRANSLATE_NOOP("casedesk::Fields", "Encryption")},
    {"smtp.user", QT_TRANSLATE_NOOP("casedesk::Fields", "Mail server user")},
    {"smtp.from", QT_TRANSLATE_NOOP("casedesk::Fields", "Sender address")},
    {"smtp.from_name", QT_TRANSLATE_NOOP("casedesk::Fields", "Sender name")},
    {"smtp.timeout_seconds", QT_TRANSLATE_NOOP("casedesk::Fields", "Timeout")},
    {"smtp.ca_file", QT_TRANSLATE_NOOP("casedesk::Fields", "CA certificate file")},
    {"navet.url", QT_TRANSLATE_NOOP("casedesk::Fields", "Navet address")},
    {"navet.org_number", QT_TRANSLATE_NOOP("casedesk::Fields", "Organisation number")},
    {"navet.order_id", QT_TRANSLATE_NOOP("casedesk::Fields", "Navet ordering id")},
    {"navet.certificate", QT_TRANSLATE_NOOP("casedesk::Fields", "Navet certificate")},
    {"navet.ca_certificates", QT_TRANSLATE_NOOP("casedesk::Fields", "Navet CA certificates")},
    {"navet.timeout_seconds", QT_TRANSLATE_NOOP("casedesk::Fields", "Navet timeout")},
    {"personalNumber", QT_TRANSLATE_NOOP("casedesk::Fields", "Personal number")},
    {"case.reference_prefix", QT_TRANSLATE_NOOP("casedesk::Fields", "Case reference prefix")},
    {"retention.run_at", QT_TRANSLATE_NOOP("casedesk::Fields", "Purge time")},
    {"audit.retention_days", QT_TRANSLATE_NOOP("casedesk::Fields", "Audit log retention days")},
};

} // namespace

QString fieldLabel(const QString& path)
{
    static const QHash<QString, const char*> labels = [] {
        QHash<QString, const char*> table;
        for (const Label& l : kLabels)
            table.insert(QString::fromLatin1(l.path), l.label);
        return table;
    }();
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString key = path;
    key.replace(index, QStringLiteral("[]"));
    const auto found = labels.constFind(key);
    if (found == labels.constEnd())
        return path;
    return QCoreApplication::translate("casedesk::Fields", *found);
}

} // namespace casedesk
