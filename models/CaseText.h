#pragma once

#include "domain/CaseTypes.h"

#include <QCoreApplication>

namespace casedesk {

// Everything a person reads about a case, translated, in one place: the models and the
// widgets say the same thing the same way.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)
public:
    // "sv" or "en": which of a status's two names to show. Follows the UI language.
    static void setLanguage(const QString& language);
    static QString language();

    static QString statusName(const CaseSummary& summary);
    static QString statusName(const Status& status);
    static QString statusIconPath(StatusKind kind);
    static QString applicantName(const QString& name, bool protectedIdentity, bool showProtected);
    static QString protectedIdentityText();
    static QString dateTime(const QDateTime& time);
    static QString unreadText();
    static QString signatureStateText(SignatureState state);
    static QString signatureIconPath(SignatureState state);
    static QString signatureCheckText(SignatureCheck check);
    static QString eventText(const EventRow& event);
    static QString fileSize(qint64 bytes);
    // A party's role (applicant, guardian, ...) as a person reads it; unknown roles as they are.
    static QString roleName(const QString& role);
};

} // namespace casedesk
