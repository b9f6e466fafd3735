// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "domain/NavetPerson.h"

#include <QRegularExpression>

namespace casedesk {

QString NavetName::givenName() const
{
    if (givenNameMarker.size() != 2 || !givenNameMarker.at(0).isDigit() || !givenNameMarker.at(1).isDigit())
        return {};
    // The register counts the first names split at spaces and hyphens ("Anna-Karin Maria": 1 Anna,
    // 2 Karin, 3 Maria); the second digit, when not 0, is the other half of a hyphenated name.
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    const QStringList parts = firstNames.split(separators, Qt::SkipEmptyParts);
    const int first = givenNameMarker.at(0).digitValue();
    const int second = givenNameMarker.at(1).digitValue();
    if (first < 1 || first > parts.size() || second > parts.size())
        return {};
    QString name = parts.at(first - 1);
    if (second > 0)
        name += QLatin1Char('-') + parts.at(second - 1);
    return name;
}

QString NavetName::fullName() const
{
    QStringList parts;
    for (const QString& part : {firstNames, middleName, lastName}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

QString NavetAddress::oneLine() const
{
    QStringList parts;
    if (!careOf.isEmpty())
        parts << QStringLiteral("c/o ") + careOf;
    parts << streetLines;
    const QString place = QStringList{postalCode, city}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

NavetRelationType navetRelationTypeFromCode(const QString& code)
{
    if (code == QLatin1String("V"))
        return NavetRelationType::Guardian;
    if (code == QLatin1String("B"))
        return NavetRelationType::Child;
    if (code == QLatin1String("M"))
        return NavetRelationType::Spouse;
    return NavetRelationType::Other;
}

QString navetRelationTypeId(NavetRelationType type)
{
    switch (type) {
    case NavetRelationType::Guardian:
        return QStringLiteral("guardian");
    case NavetRelationType::Child:
        return QStringLiteral("child");
    case NavetRelationType::Spouse:
        return QStringLiteral("spouse");
    case NavetRelationType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace casedesk
