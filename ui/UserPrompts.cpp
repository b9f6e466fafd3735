#include "UserPrompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

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

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return showMessage(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                       QMessageBox::No) == QMessageBox::Yes;
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
    return QFileDialog::getSaveFileName(parent, title, suggestedPath);
}

QStringList DialogPrompts::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

} // namespace casedesk
