// The inbox and 'casedeskctl list --json' describe the same cases the same way (issue #13 §4):
// every column the inbox shows has its field in the JSON, with the same value, for cases that
// are assigned, moved on, waiting for a supplement and untouched.
#include "CaseListModel.h"
#include "CaseText.h"
#include "LiveTestSupport.h"

#include "messaging/SupplementService.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

class InboxJsonTest : public BackendTest
{};

// What a column shows, from the model's row and from the JSON object, as comparable text.
struct ColumnInJson
{
    std::function<QString(const CaseSummary&)> fromModel;
    std::function<QString(const QJsonObject&)> fromJson;
};

QString text(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString jsonTime(const QJsonValue& v)
{
    return isoTime(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
}

const QHash<int, ColumnInJson>& columnsInJson()
{
    static const QHash<int, ColumnInJson> columns{
        {CaseListModel::Reference,
         {[](const CaseSummary& s) { return s.reference; },
          [](const QJsonObject& o) { return text(o[u"reference"]); }}},
        {CaseListModel::EService,
         {[](const CaseSummary& s) { return s.eserviceName; },
          [](const QJsonObject& o) { return text(o[u"eserviceName"]); }}},
        {CaseListModel::Applicant,
         {[](const CaseSummary& s) { return s.applicantName; },
          [](const QJsonObject& o) { return text(o[u"applicant"]); }}},
        {CaseListModel::Status,
         {[](const CaseSummary& s) { return s.statusId; },
          [](const QJsonObject& o) { return text(o[u"status"]); }}},
        {CaseListModel::Assignee,
         {[](const CaseSummary& s) { return s.assignee; },
          [](const QJsonObject& o) { return text(o[u"assignee"]); }}},
        {CaseListModel::Submitted,
         {[](const CaseSummary& s) { return isoTime(s.submittedAt); },
          [](const QJsonObject& o) { return jsonTime(o[u"submittedAt"]); }}},
        {CaseListModel::LastActivity,
         {[](const CaseSummary& s) { return isoTime(s.lastActivityAt); },
          [](const QJsonObject& o) { return jsonTime(o[u"lastActivityAt"]); }}},
        {CaseListModel::Unread,
         {[](const CaseSummary& s) { return QStringLiteral("%1/%2").arg(s.unreadCount).arg(s.needsAction); },
          [](const QJsonObject& o) {
              return QStringLiteral("%1/%2").arg(o[u"unreadCount"].toInt()).arg(o[u"needsAction"].toBool());
          }}},
        {CaseListModel::Signature,
         {[](const CaseSummary& s) { return signatureStateId(s.signatureState); },
          [](const QJsonObject& o) { return text(o[u"signatureState"]); }}},
        {CaseListModel::SupplementDue,
         {[](const CaseSummary& s) {
              return s.supplementDueDate.isValid() ? s.supplementDueDate.toString(Qt::ISODate) : QString();
          },
          [](const QJsonObject& o) { return text(o[u"supplementDueDate"]); }}},
    };
    return columns;
}

} // namespace

TEST_P(InboxJsonTest, EveryInboxColumnIsInTheJsonWithTheSameValue)
{
    QStringList refs;
    for (int i = 0; i < 4; ++i)
        refs << submitSample(db(), QStringLiteral("json-%1").arg(i));
    const CaseService cases(db());
    ASSERT_TRUE(cases.assign(refs[0], QStringLiteral("anna.lind"), std::nullopt).ok());
    ASSERT_TRUE(cases.changeStatus(refs[1], QStringLiteral("registered"), std::nullopt, {}).ok());
    ASSERT_TRUE(cases.changeStatus(refs[2], QStringLiteral("registered"), std::nullopt, {}).ok());
    auto request = SupplementService(db()).request(refs[2], QStringLiteral("Intyget saknas."),
                                                   QDate::currentDate().addDays(10));
    ASSERT_TRUE(request.ok()) << request.error().message().toStdString();

    DatabaseWorker worker(testDatabase().url());
    CaseListModel model(worker);
    model.setQuery(CaseQuery());
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_EQ(model.rowCount(), 4);

    const CtlRun listed = runCtl(testDatabase(), {QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 4) << listed.out.toStdString();

    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        ASSERT_TRUE(columnsInJson().contains(column))
            << "inbox column " << column << " ("
            << model.headerData(column, Qt::Horizontal).toString().toStdString() << ") has no JSON field";
    for (int row = 0; row < 4; ++row) {
        const CaseSummary shown = model.summaryAt(row);
        const QJsonObject json = rows.at(row).toObject();
        EXPECT_EQ(text(json[u"reference"]), shown.reference) << "the same order";
        for (auto it = columnsInJson().cbegin(); it != columnsInJson().cend(); ++it)
            EXPECT_EQ(it->fromJson(json), it->fromModel(shown))
                << shown.reference.toStdString() << ", column "
                << model.headerData(it.key(), Qt::Horizontal).toString().toStdString();
    }
    // The supplement request shows in both, with its date.
    const int waiting = model.rowOf(refs[2]);
    ASSERT_GE(waiting, 0);
    EXPECT_TRUE(model.summaryAt(waiting).supplementDueDate.isValid());
}

CASEDESK_INSTANTIATE_BACKENDS(InboxJsonTest);
