// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AuditText.h"
#include "CaseText.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

EventRow event(const char* kind, const char* from, const char* to, const char* detail)
{
    EventRow row;
    row.kind = QString::fromLatin1(kind);
    row.fromStatusId = QString::fromLatin1(from);
    row.toStatusId = QString::fromLatin1(to);
    row.detail = QString::fromLatin1(detail);
    return row;
}

Status status(const char* id, const char* sv, const char* en)
{
    Status s;
    s.id = QString::fromLatin1(id);
    s.nameSv = QString::fromUtf8(sv);
    s.nameEn = QString::fromUtf8(en);
    return s;
}

} // namespace

// Issue #15: the history in words, never `submitted`, `approved` or `attachment(s)`.
TEST(EventText, StatusesAndOutcomesByTheirNamesDetailsInWords)
{
    CaseText::setLanguage(QStringLiteral("en"));
    DecisionOutcome approved;
    approved.id = QStringLiteral("approved");
    approved.nameSv = QStringLiteral("Beviljat");
    approved.nameEn = QStringLiteral("Approved");
    CaseText::setWorkflowNames(
        {status("submitted", "Inskickat", "Submitted"), status("registered", "Registrerat", "Registered"),
         status("waiting_supplement", "Väntar på komplettering", "Waiting for supplement")},
        {approved});
    EXPECT_EQ(CaseText::eventText(event("status_changed", "submitted", "registered", "")),
              QStringLiteral("Status changed from Submitted to Registered"));
    EXPECT_EQ(CaseText::eventText(event("status_changed", "submitted", "registered", "Klart")),
              QStringLiteral("Status changed from Submitted to Registered: Klart"));
    EXPECT_EQ(CaseText::eventText(event("decision_recorded", "", "", "approved")),
              QStringLiteral("Decision recorded: Approved"));
    const QString supplement = CaseText::eventText(
        event("supplement_requested", "registered", "waiting_supplement", "due 2027-01-15"));
    EXPECT_FALSE(supplement.contains(QStringLiteral("2027-01-15"))) << supplement.toStdString();
    EXPECT_TRUE(supplement.contains(QStringLiteral("January 2027"))) << supplement.toStdString();
    EXPECT_TRUE(supplement.contains(QStringLiteral("Registered → Waiting for supplement")))
        << supplement.toStdString();
    // No attachments: nothing to say about them.
    EXPECT_EQ(CaseText::eventText(event("message_sent", "", "", "0 attachment(s)")),
              QStringLiteral("Message sent to the applicant"));
    // An id not (yet) known stays what it is rather than vanishing.
    EXPECT_EQ(CaseText::eventText(event("status_changed", "registered", "x_custom", "")),
              QStringLiteral("Status changed from Registered to x_custom"));
    CaseText::setWorkflowNames({}, {});
}

// Issue #15: the audit log in words, and one row for a case opened again and again.
TEST(AuditText, RepeatedReadsOfACaseAreOneRowTheRestAsTheyAre)
{
    const QDateTime t(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    const auto entry = [](const QDateTime& at, const char* actor, const char* action, const char* ref) {
        AuditEntry e;
        e.occurredAt = at;
        e.actor = QString::fromLatin1(actor);
        e.action = QString::fromLatin1(action);
        e.reference = QString::fromLatin1(ref);
        return e;
    };
    // Newest first, as the log lists them.
    const QList<AuditEntry> log{
        entry(t.addSecs(400), "anna", "case.opened", "CD-1"),
        entry(t.addSecs(200), "anna", "case.opened", "CD-1"),
        entry(t.addSecs(100), "anna", "case.opened", "CD-1"),
        entry(t.addSecs(90), "bert", "case.opened", "CD-1"),                // somebody else
        entry(t.addSecs(80), "anna", "case.personal_number_shown", "CD-1"), // not a plain read
        entry(t.addSecs(70), "anna", "case.opened", "CD-1"),
        entry(t.addSecs(-900), "anna", "case.opened", "CD-1"), // a quarter of an hour before
    };
    const QList<AuditEntry> shown = AuditText::mergeRepeatedReads(log);
    ASSERT_EQ(shown.size(), 5);
    EXPECT_EQ(shown.at(0).occurredAt, t.addSecs(400));
    EXPECT_EQ(shown.at(0).detail, QStringLiteral("3 time(s) within a few minutes"));
    EXPECT_EQ(shown.at(1).actor, QStringLiteral("bert"));
    EXPECT_EQ(shown.at(2).action, QStringLiteral("case.personal_number_shown"));
    EXPECT_TRUE(shown.at(3).detail.isEmpty());
    EXPECT_EQ(shown.at(4).occurredAt, t.addSecs(-900));
    EXPECT_EQ(AuditText::actionText(QStringLiteral("case.opened")), QStringLiteral("Case opened"));
    EXPECT_EQ(AuditText::actionText(QStringLiteral("case.something_new")),
              QStringLiteral("case.something_new"));
}
