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
