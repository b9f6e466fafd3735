#include "CaseText.h"

#include <QLocale>

namespace casedesk {

namespace {
QString g_language = QStringLiteral("en");
}

void CaseText::setLanguage(const QString& language)
{
    g_language = language == QLatin1String("sv") ? QStringLiteral("sv") : QStringLiteral("en");
}

QString CaseText::language()
{
    return g_language;
}

QString CaseText::statusName(const CaseSummary& summary)
{
    return g_language == QLatin1String("sv") ? summary.statusNameSv : summary.statusNameEn;
}

QString CaseText::statusName(const Status& status)
{
    return status.name(g_language);
}

QString CaseText::statusIconPath(StatusKind kind)
{
    return QStringLiteral(":/icons/status-%1.svg").arg(statusKindId(kind));
}

QString CaseText::protectedIdentityText()
{
    return tr("Protected identity");
}

QString CaseText::applicantName(const QString& name, bool protectedIdentity, bool showProtected)
{
    return protectedIdentity && !showProtected ? protectedIdentityText() : name;
}

QString CaseText::dateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString CaseText::unreadText()
{
    return tr("New");
}

QString CaseText::signatureStateText(SignatureState state)
{
    switch (state) {
    case SignatureState::None:
        return tr("Not signed");
    case SignatureState::Valid:
        return tr("Signed");
    case SignatureState::Mismatch:
        return tr("Does not match");
    case SignatureState::External:
        return tr("Signed in Open ePlatform");
    case SignatureState::Awaiting:
        return tr("Awaiting signature");
    }
    return {};
}

QString CaseText::signatureIconPath(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
    case SignatureState::External:
        return QStringLiteral(":/icons/signature-valid.svg");
    case SignatureState::Mismatch:
        return QStringLiteral(":/icons/signature-mismatch.svg");
    case SignatureState::Awaiting:
        return QStringLiteral(":/icons/signature-awaiting.svg");
    case SignatureState::None:
        break;
    }
    return {};
}

QString CaseText::signatureCheckText(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid:
        return tr("Valid");
    case SignatureCheck::Mismatch:
        return tr("Does not match the data");
    case SignatureCheck::SignedInOpenEPlatform:
        return tr("Signed in Open ePlatform (not verifiable here)");
    case SignatureCheck::Awaiting:
        return tr("Awaiting signature");
    }
    return {};
}

QString CaseText::eventText(const EventRow& event)
{
    if (event.kind == QLatin1String("submitted"))
        return tr("Submitted (%1)").arg(event.detail);
    if (event.kind == QLatin1String("status_changed"))
        return event.detail.isEmpty()
                   ? tr("Status changed from %1 to %2").arg(event.fromStatusId, event.toStatusId)
                   : tr("Status changed from %1 to %2: %3")
                         .arg(event.fromStatusId, event.toStatusId, event.detail);
    if (event.kind == QLatin1String("assigned"))
        return tr("Assigned to %1").arg(event.detail);
    if (event.kind == QLatin1String("unassigned"))
        return tr("Unassigned");
    return event.detail.isEmpty() ? event.kind : event.kind + QStringLiteral(": ") + event.detail;
}

QString CaseText::roleName(const QString& role)
{
    if (role == QLatin1String("applicant"))
        return tr("Applicant");
    if (role == QLatin1String("co_applicant"))
        return tr("Co-applicant");
    if (role == QLatin1String("guardian"))
        return tr("Guardian");
    if (role == QLatin1String("signer"))
        return tr("Signer");
    if (role == QLatin1String("representative"))
        return tr("Representative");
    return role;
}

QString CaseText::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace casedesk
