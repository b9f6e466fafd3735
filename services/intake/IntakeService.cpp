// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "IntakeService.h"

#include "IntakeWriter.h"

#include "core/Logging.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/CaseSearch.h"

namespace casedesk {

namespace {

// A failure that ends the batch rather than one submission: the connection is gone (PostgreSQL
// has rolled the transaction back), or the database no longer holds our savepoint (SQLite rolls
// the whole transaction back by itself after a full disk or an I/O error).
bool endsTheBatch(const Database& db, const Error& error)
{
    return error.code == ErrorCode::Unavailable || !db.isOpen();
}

} // namespace

Result<IntakeReceipt> IntakeService::submit(const Submission& submission) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    IntakeWriter writer(m_db);
    auto receipt = writer.store(submission);
    if (!receipt.ok())
        return receipt.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    qCInfo(lcIntake) << "stored case" << receipt->reference << "in" << submission.eserviceId;
    return receipt;
}

Result<std::vector<Result<IntakeReceipt>>>
IntakeService::submitBatch(const QList<Submission>& submissions) const
{
    if (submissions.size() > kMaxBatch)
        return makeError(
            ErrorCode::Internal,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "at most %1 submissions in one batch, not %2"),
             {kMaxBatch, submissions.size()}});
    std::vector<Result<IntakeReceipt>> outcomes;
    outcomes.reserve(std::size_t(submissions.size()));
    if (submissions.isEmpty())
        return outcomes;

    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    // The cases are indexed for search once, all together, before the commit (see SearchIndex):
    // per statement the index would be refreshed after the case row and again after its fields.
    const SearchIndex search(m_db);
    if (auto r = search.setDeferred(true); !r.ok())
        return r.error();

    IntakeWriter writer(m_db);
    QList<qint64> stored;
    if (writer.storesBatchesInOneStatement()) {
        // PostgreSQL: the whole batch in one round trip, each case in a subtransaction of its own.
        auto all = writer.storeAll(submissions);
        if (!all.ok())
            return all.error();
        outcomes = std::move(*all);
        for (const auto& outcome : outcomes)
            if (outcome.ok())
                stored << outcome->caseId;
    } else {
        for (const Submission& submission : submissions) {
            if (auto r = m_db.exec(QStringLiteral("SAVEPOINT intake")); !r.ok())
                return r.error();
            auto receipt = writer.store(submission);
            if (receipt.ok()) {
                if (auto r = m_db.exec(QStringLiteral("RELEASE SAVEPOINT intake")); !r.ok())
                    return r.error();
                stored << receipt->caseId;
            } else {
                if (endsTheBatch(m_db, receipt.error()))
                    return receipt.error();
                // Everything this submission wrote goes; what the others wrote stays.
                if (auto r = m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT intake")); !r.ok())
                    return r.error();
                if (auto r = m_db.exec(QStringLiteral("RELEASE SAVEPOINT intake")); !r.ok())
                    return r.error();
                // An e-service this submission registered went with it.
                writer.forgetReads();
            }
            outcomes.push_back(std::move(receipt));
        }
    }

    if (auto r = search.indexNewCases(stored); !r.ok())
        return r.error();
    if (auto r = search.setDeferred(false); !r.ok())
        return r.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        if (outcomes[std::size_t(i)].ok())
            qCInfo(lcIntake) << "stored case" << outcomes[std::size_t(i)]->reference << "in"
                             << submissions.at(i).eserviceId;
    }
    return outcomes;
}

} // namespace casedesk
