// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DatabaseFiles.h"
#include "documents/PagedDocument.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QFileDialog;
class QWidget;

namespace casedesk {

// Every question the UI asks a person goes through here, so that tests can answer in advance
// instead of facing a modal dialog (KeePassXC's MessageBox::setNextAnswer idea).
class UserPrompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };
    virtual ~UserPrompts() = default;
    // A question whose accept button says what it does (`action`, e.g. "Close case"), beside
    // "Cancel": never Yes/No. Cancel is the default.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& action) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // Unsaved changes about to be left: save them, discard them, or stay.
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& title, const QString& text) = 0;
    // A free-text answer (e.g. a note); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label) = 0;
    virtual std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                             const QStringList& choices) = 0;
    // A file to save to; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath) = 0;
    // Existing files to read (e.g. to attach to a message); empty when cancelled.
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) = 0;
    // A folder to write into (an archive package); empty when cancelled.
    virtual QString existingFolder(QWidget* parent, const QString& title) = 0;
    // The system print dialog, then `document` on the printer chosen; false when cancelled.
    virtual bool printDocument(QWidget* parent, const QString& title, const PagedDocument& document) = 0;
};

// The real dialogs. The file dialogs never show, offer or accept the embedded database's own
// files (SafeFileDialog): a file dialog that reads them, or a message that attaches them,
// would drop SQLite's locks.
class DialogPrompts : public UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::DialogPrompts)
public:
    explicit DialogPrompts(DatabaseFiles databaseFiles = {});
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
    SaveChoice askSaveChanges(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label) override;
    std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& choices) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) override;
    QString existingFolder(QWidget* parent, const QString& title) override;
    bool printDocument(QWidget* parent, const QString& title, const PagedDocument& document) override;

    // The dialog openFileNames() shows, not yet shown: for tests that drive it.
    std::unique_ptr<QFileDialog> createOpenFilesDialog(QWidget* parent, const QString& title,
                                                       const QString& filter) const;
    // The warning for chosen paths that are the database's files; empty when none is.
    QString refusalFor(const QStringList& paths) const;

private:
    // Refuses (with a warning) a choice that includes the database's files.
    bool refuseDatabaseFiles(QWidget* parent, const QStringList& paths);

    DatabaseFiles m_databaseFiles;
    QString m_lastFolder; // where the last dialog was left, to start the next one there
};

} // namespace casedesk
