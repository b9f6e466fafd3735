#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace casedesk {

// Every question the UI asks a person goes through here, so that tests can answer in advance
// instead of facing a modal dialog (KeePassXC's MessageBox::setNextAnswer idea).
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // A free-text answer (e.g. a note); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label) = 0;
    virtual std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                             const QStringList& choices) = 0;
    // A file to save to; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath) = 0;
    // Existing files to read (e.g. to attach to a message); empty when cancelled.
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) = 0;
};

// The real dialogs.
class DialogPrompts : public UserPrompts
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label) override;
    std::optional<QString> askChoice(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& choices) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) override;
};

} // namespace casedesk
