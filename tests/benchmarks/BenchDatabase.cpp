// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"

#include "DelayProxy.h"

#include "PostgresCluster.h"
#include "access/AccessService.h"
#include "db/Migrator.h"
#include "demo/DemoDataGenerator.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "workflow/CaseService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace casedesk::bench {

QString backendLabel(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite:
        return QStringLiteral("SQLite");
    case Backend::Postgres:
        break;
    case Backend::PostgresViaProxy:
        return QStringLiteral("PostgreSQL via %1 ms proxy").arg(kProxyLatencyMs);
    }
    return QStringLiteral("PostgreSQL");
}

namespace {

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// CREATE/DROP DATABASE on the server's maintenance database, as the URL's user.
VoidResult execOnServer(const DatabaseUrl& url, const QString& sql)
{
    DatabaseUrl maintenance = url;
    maintenance.databaseName = QStringLiteral("postgres");
    auto db = Database::open(maintenance);
    if (!db.ok())
        return db.error();
    auto q = (*db)->exec(sql);
    if (!q.ok())
        return q.error();
    return {};
}

QString quotedIdentifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// The benchmarks' caseworker, added and granted as an administrator would: every e-service,
// work, with the protected-identity right. Idempotent (casedesk_user_add updates an existing
// user; a grant replaces the level).
VoidResult addBenchCaseworker(const Database& db)
{
    const AccessService access(db);
    const QString login = QString::fromLatin1(kBenchCaseworker);
    if (auto added =
            access.addUser(login, QStringLiteral("caseworker"), QStringLiteral("Benchmark caseworker"), true);
        !added.ok())
        return added.error();
    auto eservices = EServiceRepository(db).list();
    if (!eservices.ok())
        return eservices.error();
    for (const EService& eservice : std::as_const(*eservices))
        if (auto granted = access.grant(login, eservice.id, QStringLiteral("work")); !granted.ok())
            return granted.error();
    return {};
}

} // namespace

QString readerDescription(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("the file's one user");
    if (backend == Backend::PostgresViaProxy)
        return QStringLiteral(
                   "caseworker %1 as on PostgreSQL, every chunk held back %2 ms each way by a TCP proxy")
            .arg(QString::fromLatin1(kBenchCaseworker))
            .arg(kProxyLatencyMs);
    return QStringLiteral("caseworker %1 (works every e-service, may see protected identities; row-level "
                          "security applies); intake and purge as the database owner")
        .arg(QString::fromLatin1(kBenchCaseworker));
}

VoidResult buildCaseDatabase(const DatabaseUrl& url, qint64 cases)
{
    auto db = Database::open(url);
    if (!db.ok())
        return db.error();
    if (auto migrated = Migrator(**db).migrate(); !migrated.ok())
        return migrated.error();
    auto existing = CaseRepository(**db).count(CaseQuery());
    if (!existing.ok())
        return existing.error();
    if (*existing > 0) {
        say(QStringLiteral("%1 holds %2 cases already; not generating")
                .arg(url.displayString())
                .arg(*existing));
        return url.dialect == Dialect::Postgres ? addBenchCaseworker(**db) : VoidResult();
    }
    say(QStringLiteral("generating %1 demo cases in %2").arg(cases).arg(url.displayString()));
    QElapsedTimer timer;
    timer.start();
    qint64 lastReported = 0;
    DemoDataGenerator generator(**db, cases, 1, [&](qint64 done, qint64 total) {
        if (done - lastReported >= std::max<qint64>(total / 20, 1) || done == total) {
            lastReported = done;
            say(QStringLiteral("  %1 / %2 cases (%3%), %4 s")
                    .arg(done)
                    .arg(total)
                    .arg(done * 100 / std::max<qint64>(total, 1))
                    .arg(timer.elapsed() / 1000));
        }
    });
    auto report = generator.run();
    if (!report.ok())
        return report.error();
    say(QStringLiteral("  generated in %1 s; refreshing planner statistics").arg(report->seconds, 0, 'f', 1));
    if (auto analyzed = (*db)->exec(QStringLiteral("ANALYZE")); !analyzed.ok())
        return analyzed.error();
    if (url.dialect == Dialect::Postgres) {
        say(QStringLiteral("  adding the caseworker %1").arg(QString::fromLatin1(kBenchCaseworker)));
        return addBenchCaseworker(**db);
    }
    return {};
}

Result<std::unique_ptr<BenchDatabase>> BenchDatabase::prepare(Backend backend, const BenchOptions& options)
{
    std::unique_ptr<BenchDatabase> self(new BenchDatabase());
    self->m_backend = backend;
    self->m_dir = std::make_unique<QTemporaryDir>();
    const QString given = backend == Backend::Sqlite ? options.sqliteUrl : options.postgresUrl;
    if (!given.isEmpty()) {
        auto url = DatabaseUrl::parse(given);
        if (!url.ok())
            return url.error();
        self->m_url = *url;
    } else if (backend == Backend::Sqlite) {
        self->m_url.dialect = Dialect::Sqlite;
        self->m_url.sqlitePath = self->m_dir->filePath(QStringLiteral("cases.db"));
    } else {
        QString error;
        auto* cluster = test::PostgresCluster::shared(&error);
        if (!cluster)
            return makeError(
                ErrorCode::Unavailable,
                ErrorText::verbatim(QStringLiteral("PostgreSQL is required for the benchmarks: ") + error));
        self->m_url = cluster->createDatabase();
    }
    if ((self->m_url.dialect == Dialect::Sqlite) != (backend == Backend::Sqlite))
        return makeError(ErrorCode::InvalidInput,
                         ErrorText::verbatim(
                             QStringLiteral("the %1 URL names another kind of database").arg(self->label())));
    // A given database was built by run.sh (--prepare); it is only checked here.
    if (given.isEmpty()) {
        if (auto built = buildCaseDatabase(self->m_url, options.cases); !built.ok())
            return built.error();
    }
    if (auto copied = self->makeScratchCopy(); !copied.ok())
        return copied.error();
    self->m_readUrl = self->m_url;
    if (backend == Backend::Postgres) {
        // Trust authentication on the benchmarks' clusters: the login needs no password.
        self->m_readUrl.user = QString::fromLatin1(kBenchCaseworker);
        self->m_readUrl.password.clear();
    }
    auto db = Database::open(self->m_readUrl);
    if (!db.ok())
        return db.error();
    self->m_db = std::move(db).value();
    if (auto current = Migrator(*self->m_db).requireCurrent(); !current.ok())
        return current.error();
    auto count = CaseRepository(*self->m_db).count(CaseQuery());
    if (!count.ok())
        return count.error();
    self->m_cases = *count;
    if (auto samples = self->findSamples(); !samples.ok())
        return samples.error();
    return self;
}

BenchDatabase::~BenchDatabase() = default;

Result<std::unique_ptr<BenchDatabase>> BenchDatabase::prepareViaProxy(const BenchDatabase& direct)
{
    std::unique_ptr<BenchDatabase> self(new BenchDatabase());
    self->m_backend = Backend::PostgresViaProxy;
    self->m_dir = std::make_unique<QTemporaryDir>();
    self->m_url = direct.m_url;
    self->m_scratchUrl = direct.m_scratchUrl;
    self->m_proxy = std::make_unique<test::DelayProxy>(direct.m_readUrl.host, direct.m_readUrl.port);
    QString error;
    if (!self->m_proxy->start(&error))
        return makeError(ErrorCode::Unavailable,
                         ErrorText::verbatim(QStringLiteral("the delaying proxy: ") + error));
    self->m_proxy->setLatency(std::chrono::milliseconds(kProxyLatencyMs));
    self->m_readUrl = direct.m_readUrl;
    self->m_readUrl.host = self->m_proxy->host();
    self->m_readUrl.port = self->m_proxy->port();
    auto db = Database::open(self->m_readUrl);
    if (!db.ok())
        return db.error();
    self->m_db = std::move(db).value();
    self->m_cases = direct.m_cases;
    self->m_currentUser = direct.m_currentUser;
    self->m_terms = direct.m_terms;
    self->m_sampleReferences = direct.m_sampleReferences;
    self->m_sampleEService = direct.m_sampleEService;
    self->m_sampleStatus = direct.m_sampleStatus;
    self->m_sampleSubmitted = direct.m_sampleSubmitted;
    return self;
}

VoidResult BenchDatabase::makeScratchCopy()
{
    m_scratchUrl = m_url;
    if (m_url.dialect == Dialect::Sqlite) {
        // No connection is open: the last one to close checkpointed the WAL into the file.
        m_scratchUrl.sqlitePath = m_dir->filePath(QStringLiteral("scratch.db"));
        if (!QFile::copy(m_url.sqlitePath, m_scratchUrl.sqlitePath))
            return makeError(
                ErrorCode::Unavailable,
                ErrorText::verbatim(
                    QStringLiteral("cannot copy %1 for the write benchmarks").arg(m_url.sqlitePath)));
        return {};
    }
    m_scratchUrl.databaseName = m_url.databaseName + QStringLiteral("_scratch");
    if (auto dropped = execOnServer(m_url, QStringLiteral("DROP DATABASE IF EXISTS ") +
                                               quotedIdentifier(m_scratchUrl.databaseName));
        !dropped.ok())
        return dropped.error();
    return execOnServer(
        m_url, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                   .arg(quotedIdentifier(m_scratchUrl.databaseName), quotedIdentifier(m_url.databaseName)));
}

VoidResult BenchDatabase::findSamples()
{
    CaseRepository cases(*m_db);
    auto assignees = cases.assignees();
    if (!assignees.ok())
        return assignees.error();
    m_currentUser = assignees->isEmpty() ? m_db->currentUser() : assignees->first();

    CaseQuery open;
    open.openOnly = true;
    open.limit = 400;
    auto rows = cases.list(open);
    if (!rows.ok())
        return rows.error();
    if (rows->size() < 40)
        return makeError(ErrorCode::InvalidInput, ErrorText::verbatim(QStringLiteral(
                                                      "the database holds too few open cases to benchmark")));
    const CaseSummary& first = rows->at(rows->size() / 2);
    m_sampleEService = first.eserviceId;
    m_sampleStatus = first.statusId;
    m_sampleSubmitted = first.submittedAt;
    m_terms.reference = rows->at(5).reference;
    for (qsizetype i = 0; i < rows->size(); i += rows->size() / 20)
        m_sampleReferences << rows->at(i).reference;

    static const QRegularExpression word(QStringLiteral("\\b\\p{L}{7,}\\b"));
    const CaseService service(*m_db);
    for (const CaseSummary& row : std::as_const(*rows)) {
        if (row.protectedIdentity)
            continue;
        if (m_terms.personalNumber.isEmpty() && !row.personalNumber.isEmpty())
            m_terms.personalNumber = row.personalNumber;
        if (m_terms.name.isEmpty() && row.applicantName.contains(QLatin1Char(' ')))
            m_terms.name = row.applicantName.section(QLatin1Char(' '), -1);
        if (!m_terms.fieldValue.isEmpty() && !m_terms.messageText.isEmpty())
            continue;
        auto detail = service.open(row.reference, false);
        if (!detail.ok())
            return detail.error();
        for (const FormPage& page : std::as_const(detail->pages))
            for (const FormField& field : page.fields)
                if (m_terms.fieldValue.isEmpty() && field.type == QLatin1String("text") &&
                    word.match(field.valueText).hasMatch() && !field.valueText.contains(m_terms.name))
                    m_terms.fieldValue = word.match(field.valueText).captured();
        for (const MessageRow& message : std::as_const(detail->messages)) {
            const auto match = word.match(message.body);
            if (m_terms.messageText.isEmpty() && message.direction == QLatin1String("in") && match.hasMatch())
                m_terms.messageText = match.captured();
        }
    }
    if (m_terms.personalNumber.isEmpty() || m_terms.name.isEmpty() || m_terms.fieldValue.isEmpty() ||
        m_terms.messageText.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            ErrorText::verbatim(
                QStringLiteral("no search terms found in the demo data (pnr %1, name %2, field %3, "
                               "message %4)")
                    .arg(!m_terms.personalNumber.isEmpty())
                    .arg(!m_terms.name.isEmpty())
                    .arg(!m_terms.fieldValue.isEmpty())
                    .arg(!m_terms.messageText.isEmpty())));
    return {};
}

} // namespace casedesk::bench
