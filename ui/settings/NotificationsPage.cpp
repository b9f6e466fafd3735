// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NotificationsPage.h"

#include "notifications/NotificationService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NotificationsPage::NotificationsPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("notificationsPage"));
    const auto box = [](const QString& text, const char* name) {
        auto* check = new QCheckBox(text);
        check->setObjectName(QLatin1String(name));
        return check;
    };
    m_message =
        box(tr("A &message or supplement from the applicant on a case assigned to me"), "notifyMessage");
    m_assigned = box(tr("A case &assigned to me by someone else"), "notifyAssigned");
    m_overdue = box(tr("A case of mine becomes &overdue"), "notifyOverdue");
    m_mention = box(tr("Someone &mentions me (@login) in a note"), "notifyMention");
    m_byEmail =
        box(tr("Also send them by &e-mail (the case's reference and e-service only)"), "notifyByEmail");
    m_emailTo = new QLineEdit;
    m_emailTo->setObjectName(QStringLiteral("notifyEmailTo"));
    m_emailTo->setAccessibleName(tr("E-mail address for notifications"));
    m_emailTo->setPlaceholderText(QStringLiteral("anna.lind@kommun.se"));
    connect(m_byEmail, &QCheckBox::toggled, m_emailTo, &QWidget::setEnabled);
    auto* saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("saveNotifications"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    auto* form = new QFormLayout;
    auto* heading = new QLabel(tr("Tell me on the desktop when:"));
    form->addRow(heading);
    for (QCheckBox* check : {m_message, m_assigned, m_overdue, m_mention})
        form->addRow(check);
    form->addRow(m_byEmail);
    auto* addressLabel = new QLabel(tr("E-mail &address:"));
    addressLabel->setBuddy(m_emailTo);
    form->addRow(addressLabel, m_emailTo);
    form->addRow(QString(), saveButton);
    auto* hint = new QLabel(
        tr("Clicking a notification opens its case. An e-mail never holds personal data: it names the case's "
           "reference and e-service, and the case is read in CaseDesk."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    reload();
}

void NotificationsPage::reload()
{
    read(
        QStringLiteral("settings"), [](Database& db) { return NotificationService(db).settings(); },
        [this](Result<NotificationSettings> settings) {
            if (!settings.ok()) {
                showStatus(tr("Cannot read your notification settings: %1").arg(settings.error().explain()));
                return;
            }
            m_message->setChecked(settings->message);
            m_assigned->setChecked(settings->assigned);
            m_overdue->setChecked(settings->overdue);
            m_mention->setChecked(settings->mention);
            m_byEmail->setChecked(!settings->emailTo.isEmpty());
            m_emailTo->setEnabled(m_byEmail->isChecked());
            m_emailTo->setText(settings->emailTo);
            rememberSavedState();
        });
}

QStringList NotificationsPage::formState() const
{
    const auto flag = [](const QCheckBox* check) {
        return check->isChecked() ? QStringLiteral("1") : QString();
    };
    return {flag(m_message), flag(m_assigned), flag(m_overdue),
            flag(m_mention), flag(m_byEmail),  m_emailTo->text().trimmed()};
}

bool NotificationsPage::save()
{
    NotificationSettings settings{m_message->isChecked(), m_assigned->isChecked(), m_overdue->isChecked(),
                                  m_mention->isChecked(),
                                  m_byEmail->isChecked() ? m_emailTo->text().trimmed() : QString()};
    if (m_byEmail->isChecked() && settings.emailTo.isEmpty()) {
        refuse(tr("Cannot save your notification settings"),
               makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                         QStringLiteral("emailTo")));
        return false;
    }
    return write(
        tr("Cannot save your notification settings"),
        [settings](Database& db) { return NotificationService(db).saveSettings(settings); },
        [this](const VoidResult&) { rememberSavedState(); });
}

} // namespace casedesk
