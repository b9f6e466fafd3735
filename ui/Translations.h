// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace casedesk {

// Installs CaseDesk's own catalogue for `language` ("sv" or "en") and Qt's (the standard
// dialogs' buttons: Debian ships Swedish as the qt_sv catalogue only, other builds as
// qtbase_sv; the first that exists), and makes dates and numbers follow the language
// (CaseText::setLanguage). Returns the translators installed, owned by `app`.
QList<QTranslator*> installTranslations(QCoreApplication& app, const QString& language);

} // namespace casedesk
