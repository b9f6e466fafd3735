// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TestDatabase.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoDataGenerator.h"
#include "domain/FieldCondition.h"
#include "intake/PersonalNumber.h"
#include "workflow/CaseService.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QtEndian>

#include <gtest/gtest.h>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;
using casedesk::demo::demoCatalog;
using casedesk::demo::DemoEServiceSpec;
using casedesk::demo::DemoPage;

namespace {

constexpr qint64 kCases = 300;
// Between the columns of a row from rows(): no value holds it (conditions hold "||").
constexpr QChar kSep(0x1F);

// Fixed, so that two runs give the same data; in the past, so that every birth date is too.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(10, 30), Qt::UTC);
}

Result<DemoDataReport> generate(const Database& db, qint64 cases, quint64 seed)
{
    DemoDataGenerator generator(db, cases, seed);
    generator.setNow(fixedNow());
    generator.setBatchSize(128); // several batches and a short last one
    return generator.run();
}

// Every row of a query, each row's columns joined by kSep.
QStringList rows(const Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().describe().toStdString());
    QStringList result;
    if (!q.ok())
        return result;
    const int columns = q->record().count();
    while (q->next()) {
        QStringList values;
        for (int c = 0; c < columns; ++c)
            values << (q->value(c).isNull() ? QStringLiteral("<null>") : q->value(c).toString());
        result << values.join(kSep);
    }
    return result;
}

qint64 count(const Database& db, const QString& sql)
{
    const QStringList r = rows(db, sql);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

// Independent of the generator's own CRC code: the bitwise definition.
quint32 referenceCrc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Checks the signature, every chunk's CRC, IHDR, and that IDAT inflates to the image size.
::testing::AssertionResult isValidPng(const QByteArray& png)
{
    if (!png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return ::testing::AssertionFailure() << "no PNG signature";
    qsizetype at = 8;
    quint32 width = 0;
    quint32 height = 0;
    QByteArray idat;
    bool ended = false;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray type = png.mid(at + 4, 4);
        if (at + 12 + qsizetype(length) > png.size())
            return ::testing::AssertionFailure() << "chunk " << type.constData() << " runs past the end";
        const QByteArray typeAndData = png.mid(at + 4, 4 + qsizetype(length));
        const quint32 crc = qFromBigEndian<quint32>(png.constData() + at + 8 + length);
        if (crc != referenceCrc32(typeAndData))
            return ::testing::AssertionFailure() << "bad CRC in chunk " << type.constData();
        if (type == "IHDR") {
            width = qFromBigEndian<quint32>(png.constData() + at + 8);
            height = qFromBigEndian<quint32>(png.constData() + at + 12);
            if (png.at(at + 16) != 8 || png.at(at + 17) != 2)
                return ::testing::AssertionFailure() << "expected 8-bit RGB";
        } else if (type == "IDAT") {
            idat += png.mid(at + 8, length);
        } else if (type == "IEND") {
            ended = at + 12 == png.size();
        }
        at += 12 + qsizetype(length);
    }
    if (!ended)
        return ::testing::AssertionFailure() << "no IEND at the end";
    // qUncompress wants the expected size in front of a zlib stream; it checks the Adler-32.
    const qsizetype expected = qsizetype(height) * (1 + 3 * qsizetype(width));
    QByteArray sized(4, '\0');
    qToBigEndian(quint32(expected), sized.data());
    const QByteArray pixels = qUncompress(sized + idat);
    if (width == 0 || pixels.size() != expected)
        return ::testing::AssertionFailure()
               << "IDAT inflates to " << pixels.size() << " bytes, expected " << expected;
    return ::testing::AssertionSuccess();
}

// %PDF- ... %%EOF, and startxref and every xref entry point at what they should.
::testing::AssertionResult isValidPdf(const QByteArray& pdf)
{
    if (!pdf.startsWith("%PDF-1."))
        return ::testing::AssertionFailure() << "no %PDF- header";
    if (!pdf.trimmed().endsWith("%%EOF"))
        return ::testing::AssertionFailure() << "no %%EOF at the end";
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (startxref < 0)
        return ::testing::AssertionFailure() << "no startxref";
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').value(0).toLongLong();
    if (pdf.mid(xref, 5) != "xref\n")
        return ::testing::AssertionFailure() << "startxref " << xref << " does not point at the xref table";
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int objects = lines.value(1).split(' ').value(1).toInt();
    if (objects < 2)
        return ::testing::AssertionFailure() << "empty xref table";
    for (int i = 1; i < objects; ++i) {
        const QByteArray entry = lines.value(2 + i);
        const qsizetype offset = entry.left(10).toLongLong();
        if (entry.size() != 19 || !entry.endsWith(" n ")) // 20 bytes with the '\n'
            return ::testing::AssertionFailure() << "malformed xref entry " << entry.constData();
        if (!pdf.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")))
            return ::testing::AssertionFailure() << "xref entry " << i << " points at the wrong place";
    }
    if (!pdf.contains("/Type /Page ") || !pdf.contains(" Tj"))
        return ::testing::AssertionFailure() << "no page with text";
    return ::testing::AssertionSuccess();
}

} // namespace

class DemoDataTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        auto report = generate(db(), kCases, 1);
        ASSERT_TRUE(report.ok()) << report.error().describe().toStdString();
        m_report = *report;
    }

    DemoDataReport m_report;
};

TEST_P(DemoDataTest, CreatesTheCasesWithEverythingTheyHold)
{
    EXPECT_EQ(m_report.cases, kCases);
    EXPECT_EQ(m_report.eservicesAdded, 6);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases")), kCases);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE source = 'demo'")), kCases);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT case_id) FROM form_pages")), kCases);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT case_id) FROM case_events")), kCases);
    EXPECT_GE(count(db(), QStringLiteral("SELECT count(*) FROM form_fields")), kCases * 4);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM signatures")), kCases / 2);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM notes")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM messages")), m_report.messages);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM attachments")), m_report.attachments);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM mail_outbox")), 0);
    // Messages on roughly 40% of the cases, attachments on roughly 30%.
    const qint64 withMessages = count(db(), QStringLiteral("SELECT count(DISTINCT case_id) FROM messages"));
    EXPECT_GT(withMessages, kCases * 25 / 100);
    EXPECT_LT(withMessages, kCases * 60 / 100);
    const qint64 withFiles = count(db(), QStringLiteral("SELECT count(DISTINCT case_id) FROM attachments"));
    EXPECT_GT(withFiles, kCases * 20 / 100);
    EXPECT_LT(withFiles, kCases * 45 / 100);
    EXPECT_GT(count(db(), QStringLiteral(
                              "SELECT count(*) FROM messages WHERE direction = 'in' AND read_at IS NULL")),
              0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out'")), 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM attachments WHERE message_id IS NOT NULL")),
              0);

    // References continue the counters: <prefix>-<year of submission>-<six digits>, in order.
    const QStringList refs =
        rows(db(), QStringLiteral("SELECT reference, submitted_at FROM cases ORDER BY id"));
    ASSERT_EQ(refs.size(), kCases);
    QHash<int, int> perYear;
    for (const QString& row : refs) {
        const QString reference = row.section(kSep, 0, 0);
        const int year = fromSqlTime(row.section(kSep, 1)).date().year();
        ++perYear[year];
        EXPECT_EQ(reference,
                  QStringLiteral("CD-%1-%2").arg(year).arg(perYear[year], 6, 10, QLatin1Char('0')));
    }
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        EXPECT_EQ(
            count(db(),
                  QStringLiteral("SELECT last_number FROM reference_counters WHERE year = %1").arg(it.key())),
            it.value());
    EXPECT_EQ(m_report.firstReference, refs.first().section(kSep, 0, 0));
    EXPECT_EQ(m_report.lastReference, refs.last().section(kSep, 0, 0));
}

TEST_P(DemoDataTest, AddsTheCatalogsEServices)
{
    const QStringList services = rows(
        db(), QStringLiteral("SELECT id, functional_mailbox, retention_days FROM eservices ORDER BY id"));
    EXPECT_GE(services.size(), 6);
    for (const char* id : {"parkeringstillstand", "skolskjuts", "ekonomiskt-bistand", "bygglov-forfragan",
                           "livsmedel-registrering", "synpunkt"}) {
        EXPECT_TRUE(std::any_of(services.begin(), services.end(), [&](const QString& s) {
            return s.section(kSep, 0, 0) == QLatin1String(id);
        })) << id;
    }
    EXPECT_TRUE(
        services.contains(QStringList({QStringLiteral("parkeringstillstand"),
                                       QStringLiteral("parkering@kommun.example.se"), QStringLiteral("90")})
                              .join(kSep)));
    EXPECT_TRUE(services.contains(
        QStringList({QStringLiteral("ekonomiskt-bistand"),
                     QStringLiteral("forsorjningsstod@kommun.example.se"), QStringLiteral("<null>")})
            .join(kSep)));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT eservice_id) FROM cases")), 6);
    for (const DemoEServiceSpec& spec : demoCatalog()) {
        int fields = 0;
        for (const DemoPage& page : spec.pages)
            fields += int(page.fields.size());
        EXPECT_GE(spec.pages.size(), 2) << spec.eservice.id.toStdString();
        EXPECT_LE(spec.pages.size(), 4) << spec.eservice.id.toStdString();
        EXPECT_GE(fields, 4) << spec.eservice.id.toStdString();
        EXPECT_LE(fields, 12) << spec.eservice.id.toStdString();
    }
}

TEST_P(DemoDataTest, EveryStatusWithPlausibleTimes)
{
    const QStringList statuses =
        rows(db(), QStringLiteral("SELECT DISTINCT status_id FROM cases ORDER BY status_id"));
    EXPECT_EQ(statuses, QStringList({QStringLiteral("closed"), QStringLiteral("in_progress"),
                                     QStringLiteral("registered"), QStringLiteral("submitted"),
                                     QStringLiteral("supplemented"), QStringLiteral("waiting_supplement")}));
    const QDateTime now = fixedNow();
    int closedLongAgo = 0;
    int openCases = 0;
    int unassignedOpen = 0;
    const QStringList cases =
        rows(db(), QStringLiteral(
                       "SELECT c.status_id, c.submitted_at, c.updated_at, c.closed_at, c.last_activity_at,"
                       " c.assignee, c.version, (SELECT count(*) FROM case_events e WHERE e.case_id = c.id"
                       " AND e.kind <> 'submitted'), (SELECT max(occurred_at) FROM case_events e"
                       " WHERE e.case_id = c.id) FROM cases c"));
    for (const QString& row : cases) {
        const QStringList v = row.split(kSep);
        const QDateTime submitted = fromSqlTime(v[1]);
        const QDateTime updated = fromSqlTime(v[2]);
        const QDateTime activity = fromSqlTime(v[4]);
        EXPECT_GE(submitted, now.addDays(-731)) << row.toStdString();
        EXPECT_LE(submitted, updated) << row.toStdString();
        EXPECT_LE(updated, activity) << row.toStdString();
        EXPECT_LE(activity, now) << row.toStdString();
        EXPECT_EQ(updated, fromSqlTime(v[8])) << "updated_at is the last event: " << row.toStdString();
        EXPECT_EQ(v[6].toInt(), 1 + v[7].toInt()) << "one version per change: " << row.toStdString();
        if (v[0] == QLatin1String("closed")) {
            ASSERT_NE(v[3], QStringLiteral("<null>")) << row.toStdString();
            EXPECT_EQ(fromSqlTime(v[3]), updated);
            closedLongAgo += fromSqlTime(v[3]) < now.addDays(-30) ? 1 : 0;
        } else {
            EXPECT_EQ(v[3], QStringLiteral("<null>")) << row.toStdString();
            ++openCases;
            unassignedOpen += v[5] == QLatin1String("<null>") ? 1 : 0;
        }
    }
    EXPECT_GT(closedLongAgo, 20) << "retention needs old closed cases to purge";
    EXPECT_GT(unassignedOpen, openCases * 15 / 100);
    EXPECT_LT(unassignedOpen, openCases * 50 / 100);
    const QStringList assignees =
        rows(db(), QStringLiteral("SELECT DISTINCT assignee FROM cases WHERE assignee IS NOT NULL"));
    EXPECT_GE(assignees.size(), 5);
    EXPECT_TRUE(assignees.contains(QStringLiteral("anna.lind")));

    // The history walks the workflow: every status change starts where the previous one ended.
    const QStringList events =
        rows(db(),
             QStringLiteral("SELECT e.case_id, e.kind, e.from_status_id, e.to_status_id, c.status_id, e.actor"
                            " FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY e.case_id,"
                            " e.occurred_at, e.id"));
    QString currentCase;
    QString status;
    QString finalStatus;
    const auto checkEnd = [&] {
        if (!currentCase.isEmpty()) {
            EXPECT_EQ(status, finalStatus) << "case " << currentCase.toStdString();
        }
    };
    for (const QString& row : events) {
        const QStringList v = row.split(kSep);
        if (v[0] != currentCase) {
            checkEnd();
            currentCase = v[0];
            finalStatus = v[4];
            EXPECT_EQ(v[1], QStringLiteral("submitted")) << row.toStdString();
            status = v[3];
            continue;
        }
        EXPECT_FALSE(v[5].isEmpty());
        if (v[1] == QLatin1String("status_changed")) {
            EXPECT_EQ(v[2], status) << row.toStdString();
            status = v[3];
        } else {
            EXPECT_EQ(v[1], QStringLiteral("assigned")) << row.toStdString();
        }
    }
    checkEnd();
}

TEST_P(DemoDataTest, SignaturesVerifyExceptTheAwaitedSecondGuardian)
{
    const CaseService service(db());
    int valid = 0;
    int awaiting = 0;
    int unsignedCases = 0;
    int awaitingSkolskjuts = 0;
    const QStringList cases =
        rows(db(), QStringLiteral("SELECT reference, eservice_id FROM cases ORDER BY id"));
    for (const QString& row : cases) {
        const QString reference = row.section(kSep, 0, 0);
        const QString eservice = row.section(kSep, 1);
        auto detail = service.open(reference, false);
        ASSERT_TRUE(detail.ok()) << detail.error().describe().toStdString();
        int awaitingRows = 0;
        for (const SignatureRow& s : detail->signatures) {
            if (s.check == SignatureCheck::Awaiting) {
                ++awaitingRows;
                EXPECT_EQ(eservice, QStringLiteral("skolskjuts")) << reference.toStdString();
                EXPECT_EQ(s.role, QStringLiteral("guardian"));
            } else {
                EXPECT_EQ(s.check, SignatureCheck::Valid)
                    << reference.toStdString() << " " << s.role.toStdString();
                ++valid;
            }
        }
        // The stored state is what verifying gives.
        const SignatureState expected = awaitingRows > 0               ? SignatureState::Awaiting
                                        : detail->signatures.isEmpty() ? SignatureState::None
                                                                       : SignatureState::Valid;
        EXPECT_EQ(detail->summary.signatureState, expected) << reference.toStdString();
        if (awaitingRows > 0) {
            ++awaiting;
            awaitingSkolskjuts += eservice == QLatin1String("skolskjuts") ? 1 : 0;
        }
        unsignedCases += detail->signatures.isEmpty() ? 1 : 0;
        if (eservice == QLatin1String("skolskjuts")) {
            EXPECT_EQ(detail->signatures.size(), 2) << "two guardians, signed or awaited";
        }
    }
    EXPECT_GT(valid, kCases / 2);
    EXPECT_GT(awaitingSkolskjuts, 0);
    EXPECT_LT(awaiting, kCases / 10);
    EXPECT_GT(unsignedCases, 0) << "synpunkter are not signed";
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM case_parties WHERE required_signature = %1")
                              .arg(db().dialect() == Dialect::Sqlite ? QStringLiteral("1")
                                                                     : QStringLiteral("true"))),
              0);
}

TEST_P(DemoDataTest, ConditionalFieldsAreShownInSomeCasesAndHiddenInOthers)
{
    QHash<qint64, QHash<QString, QString>> values; // case -> field -> value text
    struct Conditional
    {
        qint64 caseId;
        QString field;
        QString condition;
        QString valueJson;
    };
    QList<Conditional> conditionals;
    const QStringList fields =
        rows(db(), QStringLiteral("SELECT case_id, field_key, value_text, visible_when, value_json"
                                  " FROM form_fields ORDER BY case_id, page_index, field_index"));
    for (const QString& row : fields) {
        const QStringList v = row.split(kSep);
        values[v[0].toLongLong()].insert(v[1], v[2]);
        if (v[3] != QLatin1String("<null>"))
            conditionals.append({v[0].toLongLong(), v[1], v[3], v[4]});
    }
    QHash<QString, QPair<int, int>> shownHidden; // condition -> (shown, hidden)
    for (const Conditional& c : conditionals) {
        auto condition = FieldCondition::parse(c.condition);
        ASSERT_TRUE(condition.ok()) << c.condition.toStdString();
        const bool visible = condition->evaluate(values.value(c.caseId));
        if (visible) {
            ++shownHidden[c.condition].first;
            EXPECT_NE(c.valueJson, QStringLiteral("\"\"")) << c.field.toStdString() << " is shown but empty";
        } else {
            ++shownHidden[c.condition].second;
            EXPECT_EQ(c.valueJson, QStringLiteral("\"\""))
                << c.field.toStdString() << " is hidden but has a value";
        }
    }
    EXPECT_GE(shownHidden.size(), 10);
    int both = 0;
    for (auto it = shownHidden.cbegin(); it != shownHidden.cend(); ++it)
        both += it.value().first > 0 && it.value().second > 0 ? 1 : 0;
    EXPECT_GE(both, 8) << "most conditions are true in some cases and false in others";
    EXPECT_TRUE(shownHidden.value(QStringLiteral("role == 'Förare'")).first > 0);
    EXPECT_TRUE(shownHidden.value(QStringLiteral("role == 'Förare'")).second > 0);
}

TEST_P(DemoDataTest, AttachmentsAreRealFiles)
{
    auto q = db().exec(
        QStringLiteral("SELECT a.file_name, a.mime_type, a.size_bytes, a.sha256, a.content, a.field_key,"
                       " a.message_id FROM attachments a"));
    ASSERT_TRUE(q.ok());
    int pdfs = 0;
    int pngs = 0;
    QSet<QString> distinct;
    while (q->next()) {
        const QString name = q->value(0).toString();
        const QByteArray content = q->value(4).toByteArray();
        EXPECT_EQ(q->value(2).toLongLong(), content.size()) << name.toStdString();
        EXPECT_EQ(q->value(3).toString(),
                  QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        EXPECT_TRUE(q->value(5).isNull() != q->value(6).isNull()) << "a form field's file or a message's";
        distinct.insert(q->value(3).toString());
        EXPECT_LT(content.size(), 20000) << "demo attachments stay small";
        if (q->value(1).toString() == QLatin1String("application/pdf")) {
            ++pdfs;
            EXPECT_TRUE(name.endsWith(QLatin1String(".pdf")));
            EXPECT_TRUE(isValidPdf(content)) << name.toStdString();
        } else {
            ++pngs;
            EXPECT_EQ(q->value(1).toString(), QStringLiteral("image/png"));
            EXPECT_TRUE(name.endsWith(QLatin1String(".png")));
            EXPECT_TRUE(isValidPng(content)) << name.toStdString();
        }
    }
    EXPECT_GT(pdfs, 10);
    EXPECT_GT(pngs, 10);
    EXPECT_LT(distinct.size(), 30) << "the content is shared, not made per case";
    // Every file field that is shown names a file the case holds.
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM form_fields f WHERE f.field_type = 'file'"
                                         " AND f.value_text <> '' AND NOT EXISTS (SELECT 1 FROM attachments a"
                                         " WHERE a.case_id = f.case_id AND a.field_key = f.field_key"
                                         " AND a.file_name = f.value_text)")),
              0);
}

TEST_P(DemoDataTest, PeopleHaveValidPersonalNumbersAndSomeAreProtected)
{
    const QDate today = fixedNow().date();
    const QStringList people =
        rows(db(), QStringLiteral("SELECT c.applicant_personal_number, c.eservice_id,"
                                  " c.protected_identity, c.applicant_street, c.applicant_name,"
                                  " c.applicant_email FROM cases c"));
    int protectedCount = 0;
    int withoutNumber = 0;
    for (const QString& row : people) {
        const QStringList v = row.split(kSep);
        const bool isProtected = v[2] == QLatin1String("1") || v[2] == QLatin1String("true");
        protectedCount += isProtected ? 1 : 0;
        if (isProtected) {
            EXPECT_EQ(v[3], QStringLiteral("<null>")) << "no address for a protected identity";
        }
        EXPECT_TRUE(v[4].contains(QLatin1Char(' ')));
        if (v[5] != QLatin1String("<null>")) {
            EXPECT_TRUE(v[5].contains(QLatin1String("@example.")) ||
                        v[5].contains(QLatin1String("@mail.example.se")))
                << v[5].toStdString();
        }
        if (v[0] == QLatin1String("<null>")) {
            EXPECT_EQ(v[1], QStringLiteral("synpunkt")) << "only feedback may come without logging in";
            ++withoutNumber;
            continue;
        }
        auto normalized = PersonalNumber::normalize(v[0], today);
        ASSERT_TRUE(normalized.ok()) << v[0].toStdString() << ": "
                                     << normalized.error().message().toStdString();
        EXPECT_EQ(*normalized, v[0]);
        const QDate born(v[0].left(4).toInt(), v[0].mid(4, 2).toInt(), (v[0].mid(6, 2).toInt() - 1) % 60 + 1);
        const int age = born.daysTo(today) / 366;
        if (v[1] == QLatin1String("skolskjuts")) {
            EXPECT_GE(age, 5) << v[0].toStdString();
            EXPECT_LT(age, 17) << "the applicant is the pupil";
        } else {
            EXPECT_GE(age, 18) << v[0].toStdString();
        }
    }
    EXPECT_EQ(protectedCount, kCases / 100);
    EXPECT_GT(withoutNumber, 0);
    for (const QString& table : {QStringLiteral("signatures"), QStringLiteral("case_parties")}) {
        for (const QString& number : rows(db(), QStringLiteral("SELECT personal_number FROM ") + table)) {
            auto normalized = PersonalNumber::normalize(number, today);
            ASSERT_TRUE(normalized.ok()) << number.toStdString();
            EXPECT_EQ(*normalized, number);
        }
    }
}

TEST_P(DemoDataTest, NeedsActionForNewSupplementedAndUnreadCases)
{
    const QString yes = db().dialect() == Dialect::Sqlite ? QStringLiteral("1") : QStringLiteral("true");
    const QStringList cases =
        rows(db(), QStringLiteral(
                       "SELECT c.reference, c.status_id, c.needs_action, (SELECT count(*) FROM messages m"
                       " WHERE m.case_id = c.id AND m.direction = 'in' AND m.read_at IS NULL) FROM cases c"));
    int unreadOnly = 0;
    for (const QString& row : cases) {
        const QStringList v = row.split(kSep);
        const bool newOrSupplemented =
            v[1] == QLatin1String("submitted") || v[1] == QLatin1String("supplemented");
        const bool unread = v[3].toInt() > 0;
        const bool needsAction = v[2] == QLatin1String("1") || v[2] == QLatin1String("true");
        EXPECT_EQ(needsAction, newOrSupplemented || unread) << row.toStdString();
        unreadOnly += unread && !newOrSupplemented ? 1 : 0;
        if (v[1] == QLatin1String("closed")) {
            EXPECT_FALSE(unread) << row.toStdString();
        }
    }
    EXPECT_GT(unreadOnly, 0);
    EXPECT_GT(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE needs_action = ") + yes), 0);
}

TEST_P(DemoDataTest, TheSameSeedGivesTheSameDataAndIsAddedOnlyOnce)
{
    const QString cases =
        QStringLiteral("SELECT reference, external_id, eservice_id, status_id, assignee, applicant_name,"
                       " applicant_personal_number, applicant_email, submitted_at, signature_state"
                       " FROM cases ORDER BY id");
    const QString fields =
        QStringLiteral("SELECT c.reference, f.field_key, f.value_json FROM form_fields f"
                       " JOIN cases c ON c.id = f.case_id ORDER BY c.id, f.page_index, f.field_index");
    const QString history =
        QStringLiteral("SELECT c.reference, e.kind, e.to_status_id, e.actor, e.occurred_at"
                       " FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY c.id, e.id");

    TestDatabase other(GetParam());
    ASSERT_TRUE(other.ok());
    auto again = generate(other.db(), kCases, 1);
    ASSERT_TRUE(again.ok()) << again.error().describe().toStdString();
    EXPECT_EQ(rows(other.db(), cases), rows(db(), cases));
    EXPECT_EQ(rows(other.db(), fields), rows(db(), fields));
    EXPECT_EQ(rows(other.db(), history), rows(db(), history));
    EXPECT_EQ(again->messages, m_report.messages);
    EXPECT_EQ(again->attachments, m_report.attachments);

    // Once more with the same seed: refused, nothing added.
    auto twice = generate(db(), kCases, 1);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(twice.error().message().contains(QStringLiteral("seed 1")))
        << twice.error().message().toStdString();
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases")), kCases);

    // Another seed adds other people, continuing the references.
    auto more = generate(db(), 50, 2);
    ASSERT_TRUE(more.ok()) << more.error().describe().toStdString();
    EXPECT_EQ(more->eservicesAdded, 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM cases")), kCases + 50);
    const QStringList first =
        rows(db(), QStringLiteral("SELECT applicant_name FROM cases WHERE external_id LIKE 'demo-1-%'"
                                  " ORDER BY id LIMIT 50"));
    const QStringList second =
        rows(db(), QStringLiteral("SELECT applicant_name FROM cases WHERE external_id LIKE 'demo-2-%'"
                                  " ORDER BY id"));
    EXPECT_EQ(second.size(), 50);
    EXPECT_NE(first, second);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(DISTINCT reference) FROM cases")), kCases + 50);
}

TEST_P(DemoDataTest, RefusesImpossibleCaseCounts)
{
    for (const qint64 n : {qint64(0), qint64(-1), DemoDataGenerator::kMaxCases + 1}) {
        auto report = DemoDataGenerator(db(), n, 3).run();
        ASSERT_FALSE(report.ok());
        EXPECT_EQ(report.error().code, ErrorCode::InvalidInput);
    }
}

CASEDESK_INSTANTIATE_BACKENDS(DemoDataTest);
