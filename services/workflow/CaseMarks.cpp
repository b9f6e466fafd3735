#include "CaseMarks.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

// The case's id; NotFound for a case the person may not read (PostgreSQL shows them none).
Result<qint64> readableCase(const Database& db, const QString& reference)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case %1"), {reference}},
                         QStringLiteral("reference"));
    return q->value(0).toLongLong();
}

} // namespace

Result<CaseMark> CaseMarkService::mark(const QString& reference) const
{
    auto id = readableCase(m_db, reference);
    if (!id.ok())
        return id.error();
    return CaseMarkRepository(m_db).of(m_db.currentUser(), *id);
}

template <typename Change> VoidResult CaseMarkService::change(const QString& reference, Change change) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    auto id = readableCase(m_db, reference);
    if (!id.ok())
        return id.error();
    const CaseMarkRepository marks(m_db);
    auto read = marks.of(m_db.currentUser(), *id);
    if (!read.ok())
        return read.error();
    CaseMark mark = *read;
    change(mark);
    if (auto stored = marks.store(m_db.currentUser(), *id, mark, QDateTime::currentDateTimeUtc());
        !stored.ok())
        return stored;
    return transaction.commit();
}

VoidResult CaseMarkService::setFlagged(const QString& reference, bool flagged) const
{
    return change(reference, [flagged](CaseMark& mark) { mark.flagged = flagged; });
}

VoidResult CaseMarkService::setHighPriority(const QString& reference, bool high) const
{
    return change(reference, [high](CaseMark& mark) { mark.highPriority = high; });
}

} // namespace casedesk
