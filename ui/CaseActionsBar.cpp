// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseActionsBar.h"

#include "CaseText.h"
#include "DecisionDialog.h"
#include "SupplementRequestDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace casedesk {

CaseActionsBar::CaseActionsBar(const Session& session, DatabaseWorker& worker, UserPrompts& prompts,
                               QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("caseActionsBar"));
    m_supplementButton =
        new QPushButton(QIcon(CaseText::statusIconPath(StatusKind::Waiting)), tr("Request s&upplement…"));
    m_supplementButton->setObjectName(QStringLiteral("requestSupplementButton"));
    m_decisionButton =
        new QPushButton(QIcon(CaseText::statusIconPath(StatusKind::Closed)), tr("Record decisi&on…"));
    m_decisionButton->setObjectName(QStringLiteral("recordDecisionButton"));
    m_correctButton = new QPushButton(tr("Co&rrect decision…"));
    m_correctButton->setObjectName(QStringLiteral("correctDecisionButton"));
    connect(m_supplementButton, &QPushButton::clicked, this, &CaseActionsBar::requestSupplement);
    connect(m_decisionButton, &QPushButton::clicked, this, &CaseActionsBar::recordDecision);
    connect(m_correctButton, &QPushButton::clicked, this, &CaseActionsBar::correctDecision);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_supplementButton);
    layout->addWidget(m_decisionButton);
    layout->addWidget(m_correctButton);

    m_decisionLabel = new QLabel;
    m_decisionLabel->setObjectName(QStringLiteral("decisionLabel"));
    m_decisionLabel->setWordWrap(true);
    m_decisionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisionLabel->hide();
}

void CaseActionsBar::clear()
{
    m_owner = CaseSummary();
    m_thread = CaseThread();
    m_decisionLabel->hide();
}

QString CaseActionsBar::supplementBlockedReason() const
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    if (m_owner.statusKind == StatusKind::Closed)
        return tr("The case is closed.");
    if (const auto open = m_thread.openSupplementRequest())
        return tr("A supplement request is already open (%1).")
            .arg(CaseText::supplementDueText(open->dueDate, open->overdue(QDate::currentDate())));
    const bool canWait = std::any_of(m_allowedNext.begin(), m_allowedNext.end(), [](const Status& s) {
        return s.id == QLatin1String("waiting_supplement");
    });
    if (!canWait)
        return tr("A case in status %1 cannot wait for a supplement; move it on first.")
            .arg(CaseText::statusName(m_owner));
    return {};
}

void CaseActionsBar::setCase(const CaseSummary& summary, const CaseThread& thread,
                             const QString& blockedReason, const QList<Status>& allowedNext)
{
    m_owner = summary;
    m_thread = thread;
    m_allowedNext = allowedNext;
    m_blockedReason = blockedReason;
    const bool decided = !thread.decisions.isEmpty();
    if (decided) {
        const Decision& latest = thread.decisions.constLast();
        const QString text =
            CaseText::decisionText(latest.outcomeName(CaseText::language()), latest.decidedAt,
                                   CaseText::personName(latest.decidedBy), latest.correctsDecisionId != 0);
        m_decisionLabel->setText(
            QStringLiteral("<img src=\"%1\" width=16 height=16> %2")
                .arg(CaseText::statusIconPath(StatusKind::Closed), text.toHtmlEscaped()));
        m_decisionLabel->setAccessibleName(text);
        m_decisionLabel->setToolTip(CaseText::plainToolTip(latest.text));
    }
    m_decisionLabel->setVisible(decided);

    const QString supplementWhy = supplementBlockedReason();
    m_supplementButton->setEnabled(supplementWhy.isEmpty());
    m_supplementButton->setToolTip(supplementWhy.isEmpty()
                                       ? tr("Ask the applicant to send in what is missing, by a due date")
                                       : supplementWhy);

    QString decisionWhy = blockedReason;
    if (decisionWhy.isEmpty() && decided)
        decisionWhy = tr("The case already has a decision; use \"Correct decision…\" to correct it.");
    m_decisionButton->setEnabled(decisionWhy.isEmpty());
    m_decisionButton->setToolTip(decisionWhy.isEmpty()
                                     ? tr("Record the decision, close the case and tell the applicant")
                                     : decisionWhy);
    m_correctButton->setVisible(decided);
    m_correctButton->setEnabled(decided && blockedReason.isEmpty());
    m_correctButton->setToolTip(blockedReason.isEmpty()
                                    ? tr("Record a correction as a new decision linked to this one")
                                    : blockedReason);
}

QDialog* CaseActionsBar::activeDialog() const
{
    return m_dialog.data();
}

void CaseActionsBar::showDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reference = m_owner.reference;
    connect(dialog, &QDialog::accepted, this, [this, reference] { Q_EMIT caseChanged(reference); });
    m_dialog = dialog;
    dialog->open();
}

void CaseActionsBar::requestSupplement()
{
    if (m_owner.reference.isEmpty() || !m_supplementButton->isEnabled())
        return;
    showDialog(new SupplementRequestDialog(m_session, m_worker, m_owner, window()));
}

void CaseActionsBar::recordDecision()
{
    if (m_owner.reference.isEmpty() || !m_decisionButton->isEnabled())
        return;
    showDialog(new DecisionDialog(m_worker, m_prompts, m_owner, std::nullopt, window()));
}

void CaseActionsBar::correctDecision()
{
    if (m_owner.reference.isEmpty() || m_thread.decisions.isEmpty() || !m_correctButton->isEnabled())
        return;
    showDialog(new DecisionDialog(m_worker, m_prompts, m_owner, m_thread.decisions.constLast(), window()));
}

} // namespace casedesk
