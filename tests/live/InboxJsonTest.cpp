// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// The inbox and 'casedeskctl list --json' describe the same cases the same way (issue #13 §4):
// every column the inbox shows has its field in the JSON, with the same value, for cases that
// are assigned, moved on, waiting for a supplement and untouched.
#include "CaseListModel.h"
#include "CaseText.h"
#include "LiveTestSupport.h"
#include "admin/AdminService.h"
#include "domain/InboxColumns.h"

#include "SampleSubmissions.h"
#include "messaging/PortalService.h"
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

// What a column shows, from the model's row and from the JSON value under the column's key in
// the inbox's column table (InboxColumns), as comparable text.
struct ColumnInJson
{
    std::function<QString(const CaseSummary&)> fromModel;
    std::function<QString(const QJsonValue&)> fromJson;
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
         {[](const CaseSummary& s) { return s.reference; }, [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::EService,
         {[](const CaseSummary& s) { return s.eserviceName; }, [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::Applicant,
         {[](const CaseSummary& s) { return s.applicantName; }, [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::Status,
         {[](const CaseSummary& s) { return s.statusId; }, [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::Assignee,
         {[](const CaseSummary& s) { return s.assignee; }, [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::Submitted,
         {[](const CaseSummary& s) { return isoTime(s.submittedAt); },
          [](const QJsonValue& v) { return jsonTime(v); }}},
        {CaseListModel::LastActivity,
         {[](const CaseSummary& s) { return isoTime(s.lastActivityAt); },
          [](const QJsonValue& v) { return jsonTime(v); }}},
        {CaseListModel::Unread,
         {[](const CaseSummary& s) { return QString::number(s.unreadCount); },
          [](const QJsonValue& v) { return QString::number(v.toInt()); }}},
        {CaseListModel::Signature,
         {[](const CaseSummary& s) { return signatureStateId(s.signatureState); },
          [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::SupplementDue,
         {[](const CaseSummary& s) {
              return s.supplementDueDate.isValid() ? s.supplementDueDate.toString(Qt::ISODate) : QString();
          },
          [](const QJsonValue& v) { return text(v); }}},
        {CaseListModel::Due,
         {[](const CaseSummary& s) {
              return s.statusDueDate.isValid() ? s.statusDueDate.toString(Qt::ISODate) : QString();
          },
          [](const QJsonValue& v) { return text(v); }}},
    };
    return columns;
}

} // namespace

TEST_P(InboxJsonTest, EveryInboxColumnIsInTheJsonWithTheSameValue)
{
    QStringList refs;
    for (int i = 0; i < 4; ++i)
        refs << submitSample(db(), QStringLiteral("json-%1").arg(i));
    // A handling time: registered cases have a due day (issue #16).
    ASSERT_TRUE(AdminService(db())
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("registered"), 5, true})
                    .ok());
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

    ASSERT_EQ(inboxColumns().size(), CaseListModel::ColumnCount) << "the model's columns are the table's";
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        ASSERT_TRUE(columnsInJson().contains(column))
            << "inbox column " << column << " ("
            << model.headerData(column, Qt::Horizontal).toString().toStdString() << ") is not checked here";
        ASSERT_TRUE(rows.at(0).toObject().contains(QLatin1String(inboxColumns().at(column).jsonKey)))
            << "inbox column " << model.headerData(column, Qt::Horizontal).toString().toStdString()
            << " has no JSON field " << inboxColumns().at(column).jsonKey;
    }
    for (int row = 0; row < 4; ++row) {
        const CaseSummary shown = model.summaryAt(row);
        const QJsonObject json = rows.at(row).toObject();
        EXPECT_EQ(text(json[u"reference"]), shown.reference) << "the same order";
        for (auto it = columnsInJson().cbegin(); it != columnsInJson().cend(); ++it)
            EXPECT_EQ(it->fromJson(json[QLatin1String(inboxColumns().at(it.key()).jsonKey)]),
                      it->fromModel(shown))
                << shown.reference.toStdString() << ", column "
                << model.headerData(it.key(), Qt::Horizontal).toString().toStdString();
    }
    EXPECT_TRUE(model.summaryAt(model.rowOf(refs[1])).statusDueDate.isValid());
    // The supplement request shows in both, with its date.
    const int waiting = model.rowOf(refs[2]);
    ASSERT_GE(waiting, 0);
    EXPECT_TRUE(model.summaryAt(waiting).supplementDueDate.isValid());
}

// Every ordering the inbox offers lists the same cases in the same order as `casedeskctl list
// --sort` with the ordering's name, both ways, and pages through them without losing or repeating
// a case (the keyset cursor of each ordering, including the unread count and the supplement due
// date, where most cases tie).
TEST_P(InboxJsonTest, EverySortableColumnOrdersAsTheJsonListDoes)
{
    QStringList refs;
    for (int i = 0; i < 7; ++i)
        refs << submitSample(db(), QStringLiteral("sort-%1").arg(i));
    ASSERT_TRUE(AdminService(db())
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("registered"), 5, true})
                    .ok());
    const CaseService cases(db());
    ASSERT_TRUE(cases.assign(refs[0], QStringLiteral("anna.lind"), std::nullopt).ok());
    ASSERT_TRUE(cases.assign(refs[3], QStringLiteral("bo.ek"), std::nullopt).ok());
    for (int i : {1, 2, 4})
        ASSERT_TRUE(cases.changeStatus(refs[i], QStringLiteral("registered"), std::nullopt, {}).ok());
    const SupplementService supplements(db());
    ASSERT_TRUE(
        supplements.request(refs[1], QStringLiteral("Intyget saknas."), QDate::currentDate().addDays(10))
            .ok());
    ASSERT_TRUE(
        supplements.request(refs[4], QStringLiteral("Ritningen saknas."), QDate::currentDate().addDays(3))
            .ok());
    const PortalService portal(db());
    for (const QString& text : {QStringLiteral("Hej!"), QStringLiteral("Hej igen.")})
        ASSERT_TRUE(portal.reply(sampleApplicant(), refs[5], text, {}).ok());
    ASSERT_TRUE(portal.reply(sampleApplicant(), refs[6], QStringLiteral("En fråga."), {}).ok());

    DatabaseWorker worker(testDatabase().url());
    CaseListModel model(worker);
    model.setPageSize(3); // the inbox pages too: every ordering's cursor is exercised
    model.setQuery(CaseQuery());
    ASSERT_TRUE(worker.waitForIdle());
    int sortable = 0;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        const std::optional<CaseSort> sort = inboxColumns().at(column).sort;
        if (!sort)
            continue;
        ++sortable;
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            model.sort(column, order);
            ASSERT_TRUE(worker.waitForIdle());
            while (model.canFetchMore({})) {
                model.fetchMore({});
                ASSERT_TRUE(worker.waitForIdle());
            }
            QStringList inInbox;
            for (int row = 0; row < model.rowCount(); ++row)
                inInbox << model.summaryAt(row).reference;

            QStringList args{QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--sort"),
                             QLatin1String(caseSortKey(*sort).name)};
            if (order == Qt::AscendingOrder)
                args << QStringLiteral("--ascending");
            const CtlRun listed = runCtl(testDatabase(), args);
            ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
            QStringList inJson;
            for (const QJsonValue& row : QJsonDocument::fromJson(listed.out.toUtf8()).array())
                inJson << row.toObject().value(u"reference").toString();

            const std::string what = std::string(caseSortKey(*sort).name) +
                                     (order == Qt::AscendingOrder ? " ascending" : " descending");
            EXPECT_EQ(inInbox.size(), refs.size()) << what << ": every case once";
            EXPECT_EQ(QSet<QString>(inInbox.cbegin(), inInbox.cend()).size(), refs.size()) << what;
            EXPECT_EQ(inInbox, inJson) << what;
        }
    }
    EXPECT_EQ(sortable, 10) << "every column but the signature indicator sorts";
    // Due dates first, the earliest first, when ascending.
    model.sort(CaseListModel::SupplementDue, Qt::AscendingOrder);
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_GE(model.rowCount(), 2);
    EXPECT_EQ(model.summaryAt(0).reference, refs[4]) << "the earliest due date first";
    EXPECT_EQ(model.summaryAt(1).reference, refs[1]);
    // The applicant's unanswered messages first, the most first, when descending.
    model.sort(CaseListModel::Unread, Qt::DescendingOrder);
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_EQ(model.summaryAt(0).reference, refs[5]);
    EXPECT_EQ(model.summaryAt(0).unreadCount, 2);
    EXPECT_EQ(model.summaryAt(1).reference, refs[6]);
}

CASEDESK_INSTANTIATE_BACKENDS(InboxJsonTest);
