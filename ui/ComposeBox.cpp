// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ComposeBox.h"

#include "CaseText.h"
#include "UserPrompts.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace casedesk {

ComposeBox::ComposeBox(UserPrompts& prompts, const Options& options, QWidget* parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_options(options)
{
    const QString prefix = options.objectPrefix;
    setObjectName(prefix + QStringLiteral("Compose"));
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(prefix + QStringLiteral("ComposeText"));
    m_editor->setAccessibleName(options.editorName);
    m_editor->setPlaceholderText(options.placeholder);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(m_editor->fontMetrics().height() * 3);
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 7);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposeBox::updateButtons);

    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText); // errors can quote file names and texts from outside
    m_error->setObjectName(prefix + QStringLiteral("ComposeError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setMargin(4);
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    if (options.attachments) {
        m_attachments = new QListWidget;
        m_attachments->setObjectName(prefix + QStringLiteral("ComposeAttachments"));
        m_attachments->setAccessibleName(tr("Files to attach"));
        m_attachments->setFlow(QListView::LeftToRight);
        m_attachments->setWrapping(true);
        m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 3);
        m_attachments->hide();
        m_attachments->installEventFilter(this);
        m_attach = new QPushButton(QIcon(QStringLiteral(":/icons/inbox.svg")), tr("Attach fi&le…"));
        m_attach->setObjectName(prefix + QStringLiteral("ComposeAttach"));
        m_remove = new QPushButton(tr("Remove attachment"));
        m_remove->setObjectName(prefix + QStringLiteral("ComposeRemove"));
        connect(m_attach, &QPushButton::clicked, this, [this] { addAttachments(); });
        connect(m_remove, &QPushButton::clicked, this, &ComposeBox::removeSelectedAttachment);
        connect(m_attachments, &QListWidget::currentRowChanged, this, &ComposeBox::updateButtons);
        buttons->addWidget(m_attach);
        buttons->addWidget(m_remove);
    }
    if (options.templates) {
        m_templateButton = new QToolButton;
        m_templateButton->setObjectName(prefix + QStringLiteral("ComposeTemplates"));
        m_templateButton->setText(tr("Insert tem&plate"));
        m_templateButton->setAccessibleName(tr("Insert a message template at the cursor"));
        m_templateButton->setPopupMode(QToolButton::InstantPopup);
        m_templateButton->setMenu(new QMenu(m_templateButton));
        m_templateButton->hide();
        buttons->addWidget(m_templateButton);
    }
    buttons->addStretch();
    m_send = new QPushButton(options.sendText);
    m_send->setObjectName(prefix + QStringLiteral("ComposeSend"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &ComposeBox::sendRequested);
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    if (m_attachments)
        layout->addWidget(m_attachments);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    updateButtons();
}

QString ComposeBox::text() const
{
    return m_editor->toPlainText();
}

QStringList ComposeBox::attachmentPaths() const
{
    QStringList paths;
    if (m_attachments)
        for (int i = 0; i < m_attachments->count(); ++i)
            paths << m_attachments->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void ComposeBox::setTemplates(const QList<QPair<QString, QString>>& templates)
{
    if (!m_templateButton)
        return;
    QMenu* menu = m_templateButton->menu();
    menu->clear();
    for (const auto& [name, body] : templates) {
        QAction* action = menu->addAction(name);
        action->setData(body);
        const QString text = body;
        connect(action, &QAction::triggered, this, [this, text] { insertAtCursor(text); });
    }
    m_templateButton->setVisible(!templates.isEmpty());
}

void ComposeBox::insertAtCursor(const QString& text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposeBox::setText(const QString& text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

bool ComposeBox::addAttachments()
{
    if (!m_attachments)
        return false;
    const QStringList files = m_prompts.openFileNames(this, tr("Attach files"), tr("All files (*)"));
    for (const QString& path : files) {
        if (attachmentPaths().contains(path))
            continue;
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(info.fileName(), m_attachments);
        item->setData(Qt::UserRole, path);
        item->setToolTip(CaseText::plainToolTip(path));
    }
    m_attachments->setVisible(m_attachments->count() > 0);
    updateButtons();
    return !files.isEmpty();
}

void ComposeBox::removeSelectedAttachment()
{
    if (!m_attachments)
        return;
    const int row =
        m_attachments->currentRow() >= 0 ? m_attachments->currentRow() : m_attachments->count() - 1;
    delete m_attachments->takeItem(row);
    m_attachments->setVisible(m_attachments->count() > 0);
    updateButtons();
}

void ComposeBox::setBlocked(const QString& reason)
{
    m_blockedReason = reason;
    for (QWidget* w : {static_cast<QWidget*>(m_editor), static_cast<QWidget*>(m_attach),
                       static_cast<QWidget*>(m_templateButton)})
        if (w) {
            w->setEnabled(reason.isEmpty());
            w->setToolTip(reason); // CaseDesk's own wording, never text from outside
        }
    m_send->setToolTip(reason.isEmpty() ? tr("Send (Ctrl+Enter)") : reason);
    updateButtons();
}

void ComposeBox::setSending(bool sending)
{
    m_sending = sending;
    m_editor->setReadOnly(sending);
    if (m_attach)
        m_attach->setEnabled(!sending && m_blockedReason.isEmpty());
    if (m_templateButton)
        m_templateButton->setEnabled(!sending && m_blockedReason.isEmpty());
    if (sending)
        showError(QString());
    updateButtons();
}

void ComposeBox::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

QString ComposeBox::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ComposeBox::clearAfterSend()
{
    m_editor->clear();
    if (m_attachments) {
        m_attachments->clear();
        m_attachments->hide();
    }
    showError(QString());
    updateButtons();
}

void ComposeBox::updateButtons()
{
    const bool open = m_blockedReason.isEmpty() && !m_sending;
    m_send->setEnabled(open && !m_editor->toPlainText().trimmed().isEmpty());
    if (m_remove)
        m_remove->setEnabled(open && m_attachments->count() > 0);
}

bool ComposeBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_attachments && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeSelectedAttachment();
        return true;
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            if (m_send->isEnabled())
                Q_EMIT sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace casedesk
