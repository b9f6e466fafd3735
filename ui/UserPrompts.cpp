// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "UserPrompts.h"

#include "SafeFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace casedesk {

namespace {

// Messages quote names and texts from submissions: always shown as plain text.
int showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return box.exec();
}

} // namespace

DialogPrompts::DialogPrompts(DatabaseFiles databaseFiles)
    : m_databaseFiles(std::move(databaseFiles))
{}

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(action, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(QWidget* parent, const QString& title,
                                                      const QString& text)
{
    // Qt's own Save, Discard and Cancel, in the UI language through Qt's catalogue.
    switch (showMessage(parent, QMessageBox::Question, title, text,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void DialogPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    showMessage(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void DialogPrompts::warn(QWidget* parent, const QString& title, const QString& text)
{
    showMessage(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

std::optional<QString> DialogPrompts::askText(QWidget* parent, const QString& title, const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> DialogPrompts::askChoice(QWidget* parent, const QString& title, const QString& label,
                                                const QStringList& choices)
{
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, title, label, choices, 0, true, &ok);
    return ok ? std::optional<QString>(choice) : std::nullopt;
}

QString DialogPrompts::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath)
{
    const QFileInfo suggested(suggestedPath);
    SafeFileDialog dialog(parent, title, m_databaseFiles,
                          suggestedPath.isEmpty() ? m_lastFolder : suggested.absolutePath());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!suggestedPath.isEmpty())
        dialog.selectFile(suggested.fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    m_lastFolder = dialog.directory().absolutePath();
    const QString chosen = dialog.selectedFiles().constFirst();
    return refuseDatabaseFiles(parent, {chosen}) ? QString() : chosen;
}

QString DialogPrompts::existingFolder(QWidget* parent, const QString& title)
{
    const QString chosen = QFileDialog::getExistingDirectory(parent, title, m_lastFolder);
    if (!chosen.isEmpty())
        m_lastFolder = chosen;
    return chosen;
}

bool DialogPrompts::printDocument(QWidget* parent, const QString& title, const PagedDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintPagedDocument(document, printer);
    return true;
}

std::unique_ptr<QFileDialog> DialogPrompts::createOpenFilesDialog(QWidget* parent, const QString& title,
                                                                  const QString& filter) const
{
    auto dialog = std::make_unique<SafeFileDialog>(parent, title, m_databaseFiles, m_lastFolder);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(filter);
    return dialog;
}

QStringList DialogPrompts::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    const auto dialog = createOpenFilesDialog(parent, title, filter);
    if (dialog->exec() != QDialog::Accepted)
        return {};
    m_lastFolder = dialog->directory().absolutePath();
    const QStringList chosen = dialog->selectedFiles();
    return refuseDatabaseFiles(parent, chosen) ? QStringList() : chosen;
}

QString DialogPrompts::refusalFor(const QStringList& paths) const
{
    for (const QString& path : paths) {
        if (m_databaseFiles.contains(path))
            return tr("“%1” is CaseDesk’s own database or one of its working files. CaseDesk does not open, "
                      "attach or save over it, because that could make the database lose changes. Choose "
                      "another file.")
                .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

bool DialogPrompts::refuseDatabaseFiles(QWidget* parent, const QStringList& paths)
{
    const QString refusal = refusalFor(paths);
    if (refusal.isEmpty())
        return false;
    warn(parent, tr("This file cannot be used"), refusal);
    return true;
}

} // namespace casedesk
