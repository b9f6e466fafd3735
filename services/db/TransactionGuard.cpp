// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TransactionGuard.h"

#include "Database.h"
#include "core/Logging.h"

namespace casedesk {

namespace {

// isUnknownCommitOutcome() knows the error by this source.
const char* const kUnknownOutcome = QT_TRANSLATE_NOOP(
    "casedesk::Errors",
    "the connection broke during COMMIT, so whether the change was stored is not known: %1");

} // namespace

bool isUnknownCommitOutcome(const Error& error)
{
    return error.code == ErrorCode::Unavailable && error.text.is(kUnknownOutcome);
}

Error markUnknownOutcomeIfLost(const Database& db, const Error& error)
{
    if (error.code != ErrorCode::Unavailable || db.isOpen() || isUnknownCommitOutcome(error))
        return error;
    return makeError(ErrorCode::Unavailable, {kUnknownOutcome, {error.text}}, error.field);
}

TransactionGuard::TransactionGuard(const Database& db)
    : m_db(db)
{
    // Writing while another program has removed the embedded database's -wal would write into
    // a deleted file: refuse before anything is written.
    if (auto intact = db.checkFilesOnDisk(); !intact.ok()) {
        m_begun = intact.error();
        return;
    }
    // SQLite takes its write lock up front (see SqliteDialect::beginWriteTransaction).
    auto result = db.exec(db.sql().beginWriteTransaction(db.isReadOnly()));
    if (result.ok())
        m_active = true;
    else
        m_begun = result.error();
}

TransactionGuard::~TransactionGuard()
{
    // On a broken connection the server has rolled the transaction back already; a ROLLBACK
    // would only add a warning about a connection everyone knows is gone.
    if (m_active && m_db.isOpen()) {
        auto result = m_db.exec(QStringLiteral("ROLLBACK"));
        // SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR,
        // SQLITE_NOMEM): the connection is out of the transaction already, which is what the
        // ROLLBACK was for. Qt has no way to ask (sqlite3_get_autocommit), but the failed
        // ROLLBACK says so: "cannot rollback - no transaction is active".
        if (!result.ok() && !result.error().describe().contains(QLatin1String("no transaction is active")))
            qCWarning(lcDb) << "rollback failed:" << result.error().describe();
    }
}

VoidResult TransactionGuard::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(ErrorCode::Internal,
                                        QT_TRANSLATE_NOOP("casedesk::Errors", "transaction already ended"))
                            : m_begun;
    auto result = m_db.exec(QStringLiteral("COMMIT"));
    m_active = false;
    if (!result.ok()) {
        if (result.error().code == ErrorCode::Unavailable && !m_db.isOpen())
            return makeError(ErrorCode::Unavailable, {kUnknownOutcome, {result.error().text}});
        m_db.exec(QStringLiteral("ROLLBACK")).ok();
        return result.error();
    }
    // The files can go between the check at BEGIN and the commit; then the commit went into a
    // deleted -wal and the person must not be told it was saved.
    if (auto intact = m_db.checkFilesOnDisk(); !intact.ok())
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the last change may not have been saved: %1"),
             {intact.error().text}});
    return {};
}

} // namespace casedesk
