// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace casedesk {

class UserPrompts;

// A multi-line compose box: the text, optionally a list of files to attach (added through
// UserPrompts so that tests can answer), a template menu and a send button. Ctrl+Enter sends.
// It never clears itself: the owner calls clearAfterSend() once the service accepted the text,
// or showError() to keep everything and say why it was not sent.
class ComposeBox : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString objectPrefix;    // "message" or "note": object names for tests and styling
        QString sendText;        // the button's text with its mnemonic
        QString editorName;      // accessible name of the text field
        QString placeholder;     // shown while empty
        bool attachments = true; // offer the attachment list
        bool templates = true;   // offer the template menu
    };

    ComposeBox(UserPrompts& prompts, const Options& options, QWidget* parent = nullptr);

    QString text() const;
    QStringList attachmentPaths() const;
    QPlainTextEdit* editor() const { return m_editor; }

    // Templates as (name, text already expanded for this case); empty hides the menu.
    void setTemplates(const QList<QPair<QString, QString>>& templates);
    void insertAtCursor(const QString& text);
    // Replaces the text (a draft coming back); leaves the focus where it is.
    void setText(const QString& text);
    // Asks for files and adds them to the list; false when nothing was chosen.
    bool addAttachments();
    void removeSelectedAttachment();

    // Disables everything with `reason` as the tooltip, or enables it again (empty reason).
    void setBlocked(const QString& reason);
    // While the owner's send is on its way: the text is read-only (it is what is being sent and
    // stays until the database took it) and sending again is disabled (no double send).
    void setSending(bool sending);
    bool isSending() const { return m_sending; }
    void showError(const QString& message);
    void clearAfterSend();
    QString errorText() const;

Q_SIGNALS:
    void sendRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    UserPrompts& m_prompts;
    Options m_options;
    QPlainTextEdit* m_editor = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_remove = nullptr;
    QToolButton* m_templateButton = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_error = nullptr;
    QString m_blockedReason;
    bool m_sending = false;
};

} // namespace casedesk
