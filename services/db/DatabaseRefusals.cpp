// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabaseRefusals.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>

namespace casedesk {

namespace {

// A reason whose text takes its arguments as they come.
struct PlainReason
{
    const char* reason;
    const char* source; // QT_TRANSLATE_NOOP("casedesk::Errors", ...), %1... for the arguments
    const char* field;  // the field the refusal is about, or ""
};

// Keep in step with resources/sql/postgresql/0019_refusal_codes.sql and 0022_guard_refusal_codes.sql,
// resources/sql/postgresql/0024_register_entries.sql, 0025, 0026 and
// resources/sql/sqlite/0023_guard_refusal_codes.sql. The sources are the ones CaseDesk's own checks use for
// the same refusal wherever there is one.
constexpr std::array kPlainReasons{
    // The change functions (0013, 0019).
    PlainReason{"no_case", QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"), "reference"},
    PlainReason{"may_not_work_eservice",
                QT_TRANSLATE_NOOP("casedesk::Errors", "you may not work cases of the e-service '%1'"), ""},
    PlainReason{
        "protected_identity",
        QT_TRANSLATE_NOOP("casedesk::Errors", "the case has a protected identity, which you may not see"),
        ""},
    PlainReason{"changed_since_opened",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "the case was changed by someone else since you opened it (version %1)"),
                ""},
    PlainReason{"changed_meanwhile",
                QT_TRANSLATE_NOOP("casedesk::Errors", "the case was changed by someone else meanwhile"), ""},
    PlainReason{"no_status", QT_TRANSLATE_NOOP("casedesk::Errors", "no status '%1'"), "status"},
    PlainReason{"decided_by_decision",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a case becomes 'decided' by recording a decision (casedeskctl decide)"),
                "status"},
    // The portal's functions (0010, 0019).
    PlainReason{"identity_digits",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "identity: expected a personal number of 12 digits (YYYYMMDDNNNN)"),
                "identity"},
    PlainReason{"text_missing",
                QT_TRANSLATE_NOOP("casedesk::Errors", "missing (use an empty text for files only)"), "text"},
    PlainReason{"text_too_long", QT_TRANSLATE_NOOP("casedesk::Errors", "longer than %1 characters"), "text"},
    PlainReason{"no_open_supplement_request",
                QT_TRANSLATE_NOOP("casedesk::Errors", "the case has no open supplement request"),
                "reference"},
    PlainReason{"attachment_without_message",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "attachments go with a message written in the same transaction"),
                "attachments"},
    PlainReason{
        "attachment_refused",
        QT_TRANSLATE_NOOP("casedesk::Errors",
                          "the database refused the attachment: its name, type or size is not allowed"),
        "attachments"},
    // Users (0002, 0019) and attachment types (0009, 0019).
    PlainReason{"admins_manage_users",
                QT_TRANSLATE_NOOP("casedesk::Errors", "only administrators manage users"), ""},
    PlainReason{"user_name_form",
                QT_TRANSLATE_NOOP(
                    "casedesk::Errors",
                    "must be lower-case letters, digits, '_' or '.', at most 63, starting with a letter"),
                "name"},
    PlainReason{"user_name_reserved", QT_TRANSLATE_NOOP("casedesk::Errors", "the user name '%1' is reserved"),
                "name"},
    PlainReason{"user_role", QT_TRANSLATE_NOOP("casedesk::Errors", "must be admin, caseworker or reader"),
                "role"},
    PlainReason{"admins_set_file_types",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "only administrators change the attachment types of an e-service"),
                ""},
    // The write guards (0008, 0022). A table name argument is the table's name in the database.
    PlainReason{"case_starts_submitted",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a new case starts in a submitted status"), "status"},
    PlainReason{"submission_unchangeable",
                QT_TRANSLATE_NOOP("casedesk::Errors", "what the applicant submitted cannot be changed"), ""},
    PlainReason{"version_grows_by_one",
                QT_TRANSLATE_NOOP("casedesk::Errors", "the version only ever grows by one"), "version"},
    PlainReason{"assignee_may_not_work",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a case is assigned only to someone who may work its e-service"),
                "assignee"},
    PlainReason{"unread_from_applicant",
                QT_TRANSLATE_NOOP("casedesk::Errors", "unread messages come only from the applicant"), ""},
    PlainReason{"status_change_without_history",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a status change is recorded in the case's history"),
                "status"},
    PlainReason{"decided_without_decision",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a case becomes decided only by recording a decision"),
                "status"},
    PlainReason{"waiting_without_request",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a case waits for a supplement by requesting one "
                                  "(Request supplement…, casedeskctl supplement-request)"),
                "status"},
    PlainReason{"assignment_without_history",
                QT_TRANSLATE_NOOP("casedesk::Errors", "an assignment is recorded in the case's history"),
                "assignee"},
    PlainReason{"written_with_submission",
                QT_TRANSLATE_NOOP("casedesk::Errors", "%1 are written only with a new submission"), ""},
    PlainReason{"rows_unchangeable", QT_TRANSLATE_NOOP("casedesk::Errors", "%1 cannot be changed"), ""},
    PlainReason{
        "incoming_through_portal",
        QT_TRANSLATE_NOOP("casedesk::Errors", "messages from the applicant come only through the portal"),
        ""},
    PlainReason{"unknown_message_kind", QT_TRANSLATE_NOOP("casedesk::Errors", "unknown message kind %1"),
                "kind"},
    PlainReason{"message_unchangeable",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a message cannot be changed; an incoming one can only be marked read"),
                ""},
    PlainReason{"file_without_message",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a file goes with a message or with a new submission"),
                "attachments"},
    PlainReason{"file_with_outgoing_message",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a file goes with an outgoing message written in the same transaction"),
                "attachments"},
    PlainReason{
        "supplement_request_without_message",
        QT_TRANSLATE_NOOP("casedesk::Errors", "a supplement request goes with its message to the applicant"),
        ""},
    PlainReason{"unknown_outcome", QT_TRANSLATE_NOOP("casedesk::Errors", "unknown outcome %1"), "outcome"},
    PlainReason{"decision_without_message",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a decision goes to the applicant with its message"),
                ""},
    PlainReason{
        "decision_corrects_latest",
        QT_TRANSLATE_NOOP("casedesk::Errors", "a case has one decision; later ones correct the latest"), ""},
    PlainReason{
        "test_mail_only",
        QT_TRANSLATE_NOOP("casedesk::Errors",
                          "a mail that is not about a case is a test mail, sent by an administrator to "
                          "the sender address or a functional mailbox"),
        ""},
    PlainReason{"mail_recipient",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a mail about a case goes to its applicant or its e-service's mailbox"),
                "recipient"},
    PlainReason{
        "mail_with_change",
        QT_TRANSLATE_NOOP("casedesk::Errors", "a mail about a case is queued with the change it announces"),
        ""},
    PlainReason{"queued_mail_unchangeable",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a queued mail cannot be changed"), ""},
    PlainReason{"append_only", QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is append-only"), ""},
    // The embedded file's guards (SQLite 0023).
    PlainReason{"attachment_other_case",
                QT_TRANSLATE_NOOP("casedesk::Errors", "an attachment belongs to a message of the same case"),
                ""},
    PlainReason{
        "supplement_request_other_case",
        QT_TRANSLATE_NOOP("casedesk::Errors", "a supplement request belongs to a message of the same case"),
        ""},
    PlainReason{
        "supplement_answer_other_case",
        QT_TRANSLATE_NOOP("casedesk::Errors", "a supplement answer belongs to a message of the same case"),
        ""},
    PlainReason{"decision_other_case",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a decision points only into its own case"), ""},
    PlainReason{"decision_unchangeable",
                QT_TRANSLATE_NOOP("casedesk::Errors", "a decision cannot be changed: record a correction"),
                ""},
    PlainReason{"rows_undeletable", QT_TRANSLATE_NOOP("casedesk::Errors", "%1 cannot be deleted"), ""},
    PlainReason{"service_expires_audit",
                QT_TRANSLATE_NOOP("casedesk::Errors", "only the background service expires the audit log"),
                ""},
    // What Navet answered (PostgreSQL 0024).
    PlainReason{
        "register_writers",
        QT_TRANSLATE_NOOP("casedesk::Errors",
                          "only the background service and administrators record what Navet answered"),
        ""},
    PlainReason{"register_entry_number",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "a register entry names its person by a personal number YYYYMMDD-XXXX"),
                "personalNumber"},
    PlainReason{"navet_at_intake_admins",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "only administrators choose which e-services look applicants up at intake"),
                ""},
    PlainReason{"archive_before_purge_admins",
                QT_TRANSLATE_NOOP("casedesk::Errors",
                                  "only administrators choose which e-services are archived before purge"),
                ""},
    PlainReason{"register_not_a_party",
                QT_TRANSLATE_NOOP("casedesk::Errors", "the person is not named in case %1"),
                "personalNumber"},
};

const PlainReason* plainReason(const QString& reason)
{
    for (const PlainReason& plain : kPlainReasons) {
        if (reason == QLatin1String(plain.reason))
            return &plain;
    }
    return nullptr;
}

// A JSON argument as the words it stands for: a number as digits, null as nothing.
QString argumentText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString argumentAt(const QJsonArray& args, qsizetype i)
{
    return i < args.size() ? argumentText(args.at(i)) : QString();
}

// The field a reason is about, "" when none.
QString fieldOf(const QString& reason)
{
    const PlainReason* plain = plainReason(reason);
    if (plain)
        return QString::fromLatin1(plain->field);
    if (reason == QLatin1String("transition_not_allowed"))
        return QStringLiteral("status");
    return {};
}

ErrorCode kindOfSqlState(const QString& sqlState)
{
    if (sqlState == QLatin1String("42501"))
        return ErrorCode::PermissionDenied;
    if (sqlState == QLatin1String("P0002"))
        return ErrorCode::NotFound;
    // SQLite: a trigger's RAISE(ABORT) is a constraint (19, extended 1811).
    if (sqlState == QLatin1String("22023") || sqlState.startsWith(QLatin1String("23")) ||
        sqlState == QLatin1String("19") || sqlState == QLatin1String("1811"))
        return ErrorCode::InvalidInput;
    return ErrorCode::Internal;
}

} // namespace

ErrorText changedSinceOpened(int version, const QString& kind, const QString& toStatus, const QString& actor,
                             const QString& at)
{
    const ErrorText change = toStatus.isEmpty()
                                 ? ErrorText::verbatim(kind)
                                 : ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", "status %1"), {toStatus});
    return {QT_TRANSLATE_NOOP("casedesk::Errors",
                              "the case was changed by someone else since you opened it (version "
                              "%1); last change: %2 by %3 at %4"),
            {version, change, actor, at}};
}

ErrorText transitionNotAllowed(const QString& from, const QString& to, const QStringList& allowed)
{
    const ErrorArg allowedText = allowed.isEmpty()
                                     ? ErrorArg(ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", "none")))
                                     : ErrorArg(allowed.join(QStringLiteral(", ")));
    return {QT_TRANSLATE_NOOP("casedesk::Errors", "a case in '%1' cannot move to '%2'; allowed: %3"),
            {from, to, allowedText}};
}

std::optional<ErrorText> refusalText(const QString& reason, const QJsonArray& args)
{
    if (const PlainReason* plain = plainReason(reason)) {
        QList<ErrorArg> texts;
        for (const QJsonValue& arg : args)
            texts << argumentText(arg);
        return ErrorText(plain->source, texts);
    }
    if (reason == QLatin1String("changed_since_opened_last"))
        return changedSinceOpened(args.at(0).toInt(), argumentAt(args, 1), argumentAt(args, 2),
                                  argumentAt(args, 3), argumentAt(args, 4));
    if (reason == QLatin1String("transition_not_allowed")) {
        const QString allowed = argumentAt(args, 2);
        return transitionNotAllowed(argumentAt(args, 0), argumentAt(args, 1),
                                    allowed.isEmpty() ? QStringList() : allowed.split(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<Error> raisedRefusal(const QSqlError& error)
{
    // libpq's text holds one field a line ("ERROR:  ...", "DETAIL:  ...", "CONTEXT:  ...", their
    // labels in the server's language); the reason is the whole of one detail line, so that
    // words quoted from outside elsewhere in the text (a value in a constraint's detail) are
    // never taken for one.
    static const QRegularExpression detail(QStringLiteral("^[^:\\n]+:\\s+casedesk:([a-z_]+):(\\[.*\\])\\s*$"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = detail.match(error.databaseText());
    if (!match.hasMatch())
        return std::nullopt;
    const QString reason = match.captured(1);
    QJsonParseError parsed;
    const QJsonDocument args = QJsonDocument::fromJson(match.captured(2).toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !args.isArray())
        return std::nullopt;
    std::optional<ErrorText> text = refusalText(reason, args.array());
    if (!text)
        return std::nullopt;
    return makeError(kindOfSqlState(error.nativeErrorCode()), *text, fieldOf(reason));
}

} // namespace casedesk
