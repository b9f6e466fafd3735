// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Translations.h"

#include "CaseText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace casedesk {

QList<QTranslator*> installTranslations(QCoreApplication& app, const QString& language)
{
    QList<QTranslator*> installed;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language)) &&
        QCoreApplication::installTranslator(own))
        installed << own;
    else
        delete own;
    auto* qt = new QTranslator(&app);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if ((qt->load(QStringLiteral("qtbase_%1").arg(language), qtTranslations) ||
         qt->load(QStringLiteral("qt_%1").arg(language), qtTranslations)) &&
        QCoreApplication::installTranslator(qt))
        installed << qt;
    else
        delete qt;
    CaseText::setLanguage(language);
    return installed;
}

} // namespace casedesk
