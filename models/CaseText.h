// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QCoreApplication>
#include <QIcon>

namespace casedesk {

// Everything a person reads about a case, translated, in one place: the models and the
// widgets say the same thing the same way.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)
public:
    // "sv" or "en": which of a status's two names to show, and how dates and numbers are
    // written (the default QLocale: Swedish, or English as written in Sweden, whatever the
    // system's locale). Follows the UI language.
    static void setLanguage(const QString& language);
    static QString language();
    // The statuses and decision outcomes the history names by their display names (ids until
    // they are known); MainWindow sets them with the filters' choices.
    static void setWorkflowNames(const QList<Status>& statuses, const QList<DecisionOutcome>& outcomes);
    // People by their display names (login -> name, from the users table), the login only in a
    // tooltip: personName gives the name, or the login while none is known.
    static void setPeople(const QHash<QString, QString>& displayNames);
    static QString personName(const QString& login);
    // Text from outside (a submission, an administrator) as a tooltip: Qt shows a tooltip as
    // rich text when it looks like HTML, so it is escaped and wrapped.
    static QString plainToolTip(const QString& text);

    static QString statusName(const CaseSummary& summary);
    static QString statusName(const Status& status);
    static QString statusIconPath(StatusKind kind);
    // The icon of a resource path, made once: a QIcon made from an SVG file renders it again
    // for every new instance, which at 200 rows × several columns stalls the GUI thread.
    static QIcon icon(const QString& path);
    static QString applicantName(const QString& name, bool protectedIdentity, bool showProtected);
    static QString protectedIdentityText();
    // "5 dec. 2026 14:02" (Swedish) / "5 Dec 2026 14:02" (English).
    static QString dateTime(const QDateTime& time);
    // How long ago, for lists: "today 14:02", "yesterday", "3 days" ("3 dagar"), and the date
    // itself after two months ("5 dec. 2026"). dateTime() says it exactly (the tooltip).
    static QString age(const QDateTime& time, const QDateTime& now = QDateTime::currentDateTime());
    static QString unreadText();
    static QString signatureStateText(SignatureState state);
    static QString signatureIconPath(SignatureState state);
    static QString signatureCheckText(SignatureCheck check);
    static QString eventText(const EventRow& event);
    static QString fileSize(qint64 bytes);
    // A party's role (applicant, guardian, ...) as a person reads it; unknown roles as they are.
    static QString roleName(const QString& role);

    // --- messages, notes, supplement requests, decisions ---
    static QString messageDirectionText(const QString& direction); // "in" / "out"
    static QString messageKindText(const QString& kind);           // empty for plain messages
    // "Read by the applicant 14:02" (the date too when not today), or "Not read yet by the applicant".
    static QString readReceiptText(const QDateTime& readAt);
    static QString internalNoteText(); // "Internal note — not visible to the applicant"
    static QString unreadMessagesText(int count);
    static QString supplementDueText(const QDate& due, bool overdue);
    // The handling time of the case's status, from `today` (the day in Sweden): "due in 2 days",
    // "due today", "3 days overdue"; with the date for tooltips and the case header.
    static QString dueText(const QDate& due, const QDate& today);
    static QString dueDateText(const QDate& due, const QDate& today);
    // The icon beside it: overdue, due within 3 days, or none.
    static QString dueIconPath(const QDate& due, const QDate& today);
    // The reader's own marks in words: "Flagged by you", "High priority", both.
    static QString marksText(bool flagged, bool highPriority);
    static QString decisionText(const QString& outcomeName, const QDateTime& decidedAt,
                                const QString& decidedBy, bool correction);
    // An automatic mail's kind as administrators read it ("New message available", ...).
    static QString mailKindText(MailKind kind);
    // What each placeholder stands for, one per line, for the template pages.
    static QString placeholderHelp();
};

} // namespace casedesk
