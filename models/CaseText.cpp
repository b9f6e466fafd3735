// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseText.h"

#include "ShortDateTimeText.h"

#include <QHash>

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

#include <optional>

namespace casedesk {

namespace {
QString g_language = QStringLiteral("en");
QHash<QString, Status> g_statuses;          // by id: history names statuses as the UI does
QHash<QString, DecisionOutcome> g_outcomes; // by id, the global ones
QHash<QString, QString> g_people;           // login -> display name

QString statusNameOf(const QString& id)
{
    const auto status = g_statuses.constFind(id);
    return status == g_statuses.cend() ? id : CaseText::statusName(*status);
}

QString outcomeNameOf(const QString& id)
{
    const auto outcome = g_outcomes.constFind(id);
    return outcome == g_outcomes.cend() ? id : outcome->name(g_language);
}

// What intake and the services wrote as an event's detail, in the person's language: counts,
// dates and outcome ids as words. Free text (a note with the status change) as it was written.
QString detailText(const EventRow& event)
{
    static const QRegularExpression attachments(QStringLiteral("^(\\d+) attachment\\(s\\)$"));
    static const QRegularExpression due(QStringLiteral("^due (\\d{4}-\\d{2}-\\d{2})$"));
    if (event.kind == QLatin1String("message_sent")) {
        if (const auto m = attachments.match(event.detail); m.hasMatch())
            return m.captured(1).toInt() == 0
                       ? QString()
                       : CaseText::tr("%n attachment(s)", nullptr, m.captured(1).toInt());
    }
    if (event.kind == QLatin1String("supplement_requested")) {
        if (const auto m = due.match(event.detail); m.hasMatch())
            return CaseText::tr("due %1").arg(
                QLocale().toString(QDate::fromString(m.captured(1), Qt::ISODate), QLocale::LongFormat));
    }
    if (event.kind == QLatin1String("messages_read")) {
        bool isNumber = false;
        const int count = event.detail.toInt(&isNumber);
        if (isNumber)
            return CaseText::tr("%n message(s)", nullptr, count);
    }
    if (event.kind == QLatin1String("decision_recorded") || event.kind == QLatin1String("decision_corrected"))
        return outcomeNameOf(event.detail);
    return event.detail;
}

// History wording of the messaging events; empty for other kinds.
QString messagingEventText(const EventRow& event)
{
    const auto withDetail = [&event](const QString& text) {
        const QString detail = detailText(event);
        QString line = detail.isEmpty() ? text : text + QStringLiteral(": ") + detail;
        if (!event.toStatusId.isEmpty() && event.toStatusId != event.fromStatusId)
            line += QStringLiteral(" (") +
                    CaseText::tr("status %1 → %2")
                        .arg(statusNameOf(event.fromStatusId), statusNameOf(event.toStatusId)) +
                    QLatin1Char(')');
        return line;
    };
    if (event.kind == QLatin1String("message_sent"))
        return withDetail(CaseText::tr("Message sent to the applicant"));
    if (event.kind == QLatin1String("message_received"))
        return withDetail(CaseText::tr("Message from the applicant"));
    if (event.kind == QLatin1String("messages_read"))
        return withDetail(CaseText::tr("The applicant read the messages"));
    if (event.kind == QLatin1String("note_added"))
        return withDetail(CaseText::tr("Internal note added"));
    if (event.kind == QLatin1String("supplement_requested"))
        return withDetail(CaseText::tr("Supplement requested"));
    if (event.kind == QLatin1String("supplement_received") || event.kind == QLatin1String("supplemented"))
        return withDetail(CaseText::tr("Supplement received from the applicant"));
    if (event.kind == QLatin1String("decision_recorded"))
        return withDetail(CaseText::tr("Decision recorded"));
    if (event.kind == QLatin1String("decision_corrected"))
        return withDetail(CaseText::tr("Decision corrected"));
    return {};
}
} // namespace

void CaseText::setLanguage(const QString& language)
{
    const bool swedish = language == QLatin1String("sv");
    g_language = swedish ? QStringLiteral("sv") : QStringLiteral("en");
    // A date in the Swedish UI reads as Swedish on a machine whose system locale is not.
    // English keeps Sweden's conventions: ISO dates, a space between thousands.
    QLocale::setDefault(QLocale(swedish ? QLocale::Swedish : QLocale::English, QLocale::Sweden));
}

void CaseText::setWorkflowNames(const QList<Status>& statuses, const QList<DecisionOutcome>& outcomes)
{
    g_statuses.clear();
    for (const Status& status : statuses)
        g_statuses.insert(status.id, status);
    g_outcomes.clear();
    for (const DecisionOutcome& outcome : outcomes)
        g_outcomes.insert(outcome.id, outcome);
}

void CaseText::setPeople(const QHash<QString, QString>& displayNames)
{
    g_people = displayNames;
}

QString CaseText::personName(const QString& login)
{
    const QString name = g_people.value(login).trimmed();
    return name.isEmpty() ? login : name;
}

QString CaseText::language()
{
    return g_language;
}

QString CaseText::statusName(const CaseSummary& summary)
{
    return g_language == QLatin1String("sv") ? summary.statusNameSv : summary.statusNameEn;
}

QString CaseText::statusName(const Status& status)
{
    return status.name(g_language);
}

QString CaseText::statusIconPath(StatusKind kind)
{
    return QStringLiteral(":/icons/status-%1.svg").arg(statusKindId(kind));
}

QString CaseText::protectedIdentityText()
{
    return tr("Protected identity");
}

QString CaseText::applicantName(const QString& name, bool protectedIdentity, bool showProtected)
{
    return protectedIdentity && !showProtected ? protectedIdentityText() : name;
}

QString CaseText::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // "5 dec. 2026 14:02" in Swedish, "5 Dec 2026 14:02" in English: the day first, the month in
    // words, never mistaken for another date whatever the reader's habit. The format read once per
    // locale (the UI language's; see setLanguage), per thread: the inbox writes many.
    thread_local std::optional<ShortDateTimeText> text;
    if (const QLocale locale; !text || text->locale() != locale)
        text.emplace(locale, QStringLiteral("d MMM yyyy HH:mm"));
    return text->write(time.toLocalTime());
}

QString CaseText::age(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    const QString clock = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (days <= 0)
        return tr("today %1").arg(clock);
    if (days == 1)
        return tr("yesterday");
    if (days < 60)
        return tr("%n day(s)", nullptr, int(days));
    return QLocale().toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString CaseText::unreadText()
{
    return tr("New");
}

QString CaseText::signatureStateText(SignatureState state)
{
    switch (state) {
    case SignatureState::None:
        return tr("Not signed");
    case SignatureState::Valid:
        return tr("Signed");
    case SignatureState::Mismatch:
        return tr("Does not match");
    case SignatureState::External:
        return tr("Signed in Open ePlatform");
    case SignatureState::Awaiting:
        return tr("Awaiting signature");
    }
    return {};
}

QString CaseText::signatureIconPath(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
    case SignatureState::External:
        return QStringLiteral(":/icons/signature-valid.svg");
    case SignatureState::Mismatch:
        return QStringLiteral(":/icons/signature-mismatch.svg");
    case SignatureState::Awaiting:
        return QStringLiteral(":/icons/signature-awaiting.svg");
    case SignatureState::None:
        break;
    }
    return {};
}

QString CaseText::signatureCheckText(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid:
        return tr("Valid");
    case SignatureCheck::Mismatch:
        return tr("Does not match the data");
    case SignatureCheck::SignedInOpenEPlatform:
        return tr("Signed in Open ePlatform (not verifiable here)");
    case SignatureCheck::Awaiting:
        return tr("Awaiting signature");
    }
    return {};
}

QString CaseText::plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString CaseText::eventText(const EventRow& event)
{
    if (event.kind == QLatin1String("submitted"))
        return tr("Submitted (%1)").arg(event.detail);
    if (event.kind == QLatin1String("status_changed")) {
        const QString from = statusNameOf(event.fromStatusId);
        const QString to = statusNameOf(event.toStatusId);
        return event.detail.isEmpty() ? tr("Status changed from %1 to %2").arg(from, to)
                                      : tr("Status changed from %1 to %2: %3").arg(from, to, event.detail);
    }
    if (event.kind == QLatin1String("assigned"))
        return tr("Assigned to %1").arg(personName(event.detail));
    if (event.kind == QLatin1String("unassigned"))
        return tr("Unassigned");
    if (event.kind == QLatin1String("attachment_renamed"))
        return tr("Attachment renamed to match its content: %1").arg(event.detail);
    if (const QString text = messagingEventText(event); !text.isEmpty())
        return text;
    return event.detail.isEmpty() ? event.kind : event.kind + QStringLiteral(": ") + event.detail;
}

QString CaseText::roleName(const QString& role)
{
    if (role == QLatin1String("applicant"))
        return tr("Applicant");
    if (role == QLatin1String("co_applicant"))
        return tr("Co-applicant");
    if (role == QLatin1String("guardian"))
        return tr("Guardian");
    if (role == QLatin1String("signer"))
        return tr("Signer");
    if (role == QLatin1String("representative"))
        return tr("Representative");
    return role;
}

QString CaseText::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString CaseText::messageDirectionText(const QString& direction)
{
    return direction == QLatin1String("in") ? tr("From the applicant") : tr("To the applicant");
}

QString CaseText::messageKindText(const QString& kind)
{
    if (kind == QLatin1String("supplement_request"))
        return tr("Supplement request");
    if (kind == QLatin1String("supplement"))
        return tr("Supplement");
    if (kind == QLatin1String("decision"))
        return tr("Decision");
    return {};
}

QString CaseText::readReceiptText(const QDateTime& readAt)
{
    if (!readAt.isValid())
        return tr("Not read yet by the applicant");
    const QDateTime local = readAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    return tr("Read by the applicant %1").arg(when);
}

QString CaseText::internalNoteText()
{
    return tr("Internal note — not visible to the applicant");
}

QString CaseText::unreadMessagesText(int count)
{
    return tr("%n unread message(s) from the applicant", nullptr, count);
}

QString CaseText::dueText(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return {};
    const int days = int(today.daysTo(due));
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, -days);
    if (days == 0)
        return tr("due today");
    if (days == 1)
        return tr("due tomorrow");
    return tr("due in %n day(s)", nullptr, days);
}

QString CaseText::dueDateText(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return {};
    return tr("%1 (last day %2)").arg(dueText(due, today), QLocale().toString(due, QLocale::LongFormat));
}

QString CaseText::dueIconPath(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    return days < 0 ? QStringLiteral(":/icons/overdue.svg")
                    : (days <= 3 ? QStringLiteral(":/icons/due-soon.svg") : QString());
}

QString CaseText::marksText(bool flagged, bool highPriority)
{
    QStringList words;
    if (flagged)
        words << tr("Flagged by you");
    if (highPriority)
        words << tr("High priority");
    return words.join(QStringLiteral(", "));
}

QString CaseText::supplementDueText(const QDate& due, bool overdue)
{
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    return overdue ? tr("Supplement overdue since %1").arg(date) : tr("Supplement due %1").arg(date);
}

QString CaseText::decisionText(const QString& outcomeName, const QDateTime& decidedAt,
                               const QString& decidedBy, bool correction)
{
    return (correction ? tr("Decision (corrected): %1, %2 by %3") : tr("Decision: %1, %2 by %3"))
        .arg(outcomeName, dateTime(decidedAt), decidedBy);
}

QString CaseText::mailKindText(MailKind kind)
{
    switch (kind) {
    case MailKind::Confirmation:
        return tr("Confirmation to the applicant");
    case MailKind::FunctionalMailbox:
        return tr("Notice to the functional mailbox");
    case MailKind::NewMessage:
        return tr("New message available");
    case MailKind::SupplementRequested:
        return tr("Supplement requested");
    case MailKind::DecisionAvailable:
        return tr("Decision available");
    case MailKind::CaseClosed:
        return tr("Case closed");
    }
    return {};
}

QString CaseText::placeholderHelp()
{
    return tr("{reference} — the case's reference number\n"
              "{eservice} — the e-service's name\n"
              "{caseworker} — your login (message templates only; never in e-mails)\n"
              "{due_date} — the due date of the open supplement request (YYYY-MM-DD)");
}

QIcon CaseText::icon(const QString& path)
{
    static QHash<QString, QIcon> icons; // GUI thread only, like every model that draws
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

} // namespace casedesk
