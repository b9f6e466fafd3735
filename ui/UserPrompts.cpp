#include "UserPrompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace casedesk {

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void DialogPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompts::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
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
