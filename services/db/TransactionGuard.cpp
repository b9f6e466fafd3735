#include "TransactionGuard.h"

#include "Database.h"
#include "core/Logging.h"

namespace casedesk {

TransactionGuard::TransactionGuard(const Database& db)
    : m_db(db)
{
    // Writing while another program has removed the embedded database's -wal would write into
    // a deleted file: refuse before anything is written.
    if (auto intact = db.checkFilesOnDisk(); !intact.ok()) {
        m_begun = intact.error();
        return;
    }
    // SQLite: take the write lock up front, so that two writers queue on busy_timeout instead of
    // one failing when it upgrades a read lock.
    const QString begin =
        db.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    auto result = db.exec(begin);
    if (result.ok())
        m_active = true;
    else
        m_begun = result.error();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active) {
        auto result = m_db.exec(QStringLiteral("ROLLBACK"));
        if (!result.ok())
            qCWarning(lcDb) << "rollback failed:" << result.error().message;
    }
}

VoidResult TransactionGuard::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(ErrorCode::Internal, QStringLiteral("transaction already ended"))
                            : m_begun;
    auto result = m_db.exec(QStringLiteral("COMMIT"));
    m_active = false;
    if (!result.ok()) {
        m_db.exec(QStringLiteral("ROLLBACK")).ok();
        return result.error();
    }
    // The files can go between the check at BEGIN and the commit; then the commit went into a
    // deleted -wal and the person must not be told it was saved.
    if (auto intact = m_db.checkFilesOnDisk(); !intact.ok())
        return makeError(ErrorCode::Unavailable, QStringLiteral("the last change may not have been saved: ") +
                                                     intact.error().message);
    return {};
}

} // namespace casedesk
