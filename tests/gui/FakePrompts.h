// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "UserPrompts.h"

#include <QStringList>

namespace casedesk::test {

// Answers the UI's questions from the test, and remembers what was asked.
class FakePrompts : public UserPrompts
{
public:
    bool confirmAnswer = true;
    std::optional<QString> textAnswer;
    std::optional<QString> choiceAnswer;
    QString saveFolder; // saveFileName answers <saveFolder>/<suggested base name>
    QStringList asked;  // "confirm: title", "warn: title", ...
    QString lastWarning;
    QString lastSuggestedPath;
    QStringList openAnswer; // what openFileNames answers

    QString lastAction; // the accept button's text of the last question
    SaveChoice saveAnswer = SaveChoice::Cancel;
    SaveChoice askSaveChanges(QWidget*, const QString& title, const QString&) override
    {
        asked << QStringLiteral("save changes: ") + title;
        return saveAnswer;
    }
    bool confirm(QWidget*, const QString& title, const QString&, const QString& action) override
    {
        asked << QStringLiteral("confirm: ") + title;
        lastAction = action;
        return confirmAnswer;
    }
    void inform(QWidget*, const QString& title, const QString& text) override
    {
        asked << QStringLiteral("inform: ") + title;
        lastWarning = text;
    }
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        asked << QStringLiteral("warn: ") + title;
        lastWarning = text;
    }
    std::optional<QString> askText(QWidget*, const QString& title, const QString&) override
    {
        asked << QStringLiteral("askText: ") + title;
        return textAnswer;
    }
    std::optional<QString> askChoice(QWidget*, const QString& title, const QString&,
                                     const QStringList&) override
    {
        asked << QStringLiteral("askChoice: ") + title;
        return choiceAnswer;
    }
    QString saveFileName(QWidget*, const QString& title, const QString& suggestedPath) override
    {
        asked << QStringLiteral("save: ") + title;
        lastSuggestedPath = suggestedPath;
        if (saveFolder.isEmpty())
            return {};
        return saveFolder + QLatin1Char('/') + suggestedPath.section(QLatin1Char('/'), -1);
    }
    QStringList openFileNames(QWidget*, const QString& title, const QString&) override
    {
        asked << QStringLiteral("open: ") + title;
        return openAnswer;
    }
};

} // namespace casedesk::test
