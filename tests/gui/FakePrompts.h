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
    QStringList openAnswer;  // what openFileNames answers
    QString folderAnswer;    // what existingFolder answers
    bool printAnswer = true; // printDocument: print (true) or cancel
    QByteArray printed;      // what the last print painted, as PDF
    PagedDocument printedDocument;

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
    QString existingFolder(QWidget*, const QString& title) override
    {
        asked << QStringLiteral("folder: ") + title;
        return folderAnswer;
    }
    // Paints the document as the printer would, onto a PDF kept in `printed`.
    bool printDocument(QWidget*, const QString& title, const PagedDocument& document) override
    {
        asked << QStringLiteral("print: ") + title;
        if (!printAnswer)
            return false;
        printed = renderPdfA(document, QDateTime::currentDateTimeUtc());
        printedDocument = document;
        return true;
    }
};

} // namespace casedesk::test
