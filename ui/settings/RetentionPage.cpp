// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RetentionPage.h"

#include "AdminModels.h"
#include "ListTable.h"
#include "admin/AdminService.h"
#include "retention/RetentionService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

RetentionPage::RetentionPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("retentionPage"));
    m_eservices = new EServiceTableModel(this);
    m_due = new RetentionCaseTableModel(this);
    m_log = new PurgeLogTableModel(this);
    m_eserviceTable = makeListTable(m_eservices, QStringLiteral("retentionEServices"), tr("E-services"));
    m_eserviceTable->hideColumn(EServiceTableModel::Mailbox);
    m_eserviceTable->hideColumn(EServiceTableModel::Language);

    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("retentionPageDays"));
    m_days->setRange(0, 36500);
    m_days->setSuffix(tr(" days"));
    m_never = new QCheckBox(tr("&Never purge"));
    m_never->setObjectName(QStringLiteral("retentionPageNever"));
    connect(m_never, &QCheckBox::toggled, m_days, &QWidget::setDisabled);
    m_archiveFirst = new QCheckBox(tr("Keep each closed case until it is &exported to the archive"));
    m_archiveFirst->setObjectName(QStringLiteral("retentionPageArchiveFirst"));
    m_archiveFirst->setToolTip(
        tr("Retention skips a case that was not exported as an archive package since it "
           "was last closed (Case → Export archive package…, or casedeskctl export)."));
    auto* save = new QPushButton(tr("&Save"));
    save->setObjectName(QStringLiteral("saveRetention"));
    connect(save, &QPushButton::clicked, this, [this] { saveRetention(); });
    auto* form = new QFormLayout;
    form->addRow(tr("Purge closed cases &after:"), m_days);
    form->addRow(QString(), m_never);
    form->addRow(QString(), m_archiveFirst);
    form->addRow(QString(), save);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    auto* previewBox = new QGroupBox(tr("Next purge"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(
        makeListTable(m_due, QStringLiteral("retentionDue"), tr("Cases due for purging")));
    auto* logBox = new QGroupBox(tr("Purge log"));
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(makeListTable(m_log, QStringLiteral("purgeLog"), tr("Purge log")));

    auto* layout = new QVBoxLayout(content());
    layout->addWidget(m_eserviceTable, 1);
    layout->addLayout(form);
    layout->addWidget(previewBox, 2);
    layout->addWidget(logBox, 1);
    connect(m_eserviceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RetentionPage::showSelected);
    reload();
}

void RetentionPage::reload()
{
    read(
        QStringLiteral("eservices"), [](Database& db) { return AdminService(db).eservices(); },
        [this](Result<QList<EService>> eservices) {
            const int row = qMax(0, m_eserviceTable->currentIndex().row());
            m_eservices->setRows(eservices.ok() ? *eservices : QList<EService>());
            if (!eservices.ok())
                showStatus(tr("The e-services cannot be read: %1").arg(eservices.error().message()));
            if (m_eservices->rowCount() > 0)
                m_eserviceTable->selectRow(qMin(row, m_eservices->rowCount() - 1));
        });
    read(
        QStringLiteral("log"), [](Database& db) { return AdminService(db).recentPurges(200); },
        [this](Result<QList<PurgeLogRow>> log) { m_log->setRows(log.ok() ? *log : QList<PurgeLogRow>()); });
    refreshPreview();
}

void RetentionPage::refreshPreview()
{
    m_summary->setText(tr("Loading…"));
    read(
        QStringLiteral("preview"),
        [now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()](Database& db) {
            return RetentionService(db).preview(now);
        },
        [this](Result<RetentionPreview> preview) {
            if (!preview.ok()) {
                m_summary->setText(
                    tr("The preview could not be computed: %1").arg(preview.error().message()));
                m_due->setRows({});
                return;
            }
            m_dueNow = preview->dueNow;
            m_dueNextWeek = preview->dueNextWeek;
            QString summary = tr("The next run purges %1 case(s); %2 more become due within 7 days.")
                                  .arg(preview->dueNow)
                                  .arg(preview->dueNextWeek);
            if (preview->waitingForArchive > 0)
                summary +=
                    QLatin1Char(' ') + tr("%n case(s) wait for their export to the archive and are kept "
                                          "until then (see the list).",
                                          nullptr, int(preview->waitingForArchive));
            m_summary->setText(summary);
            m_due->setRows(preview->cases);
        });
}

void RetentionPage::showSelected()
{
    const QModelIndex current = m_eserviceTable->currentIndex();
    if (!current.isValid())
        return;
    const EService& e = m_eservices->rowAt(current.row());
    m_never->setChecked(!e.retentionDays.has_value());
    m_days->setValue(e.retentionDays.value_or(30));
    m_archiveFirst->setChecked(e.archiveBeforePurge);
    rememberSavedState();
}

QStringList RetentionPage::formState() const
{
    return {m_never->isChecked() ? QStringLiteral("never") : QString::number(m_days->value()),
            m_archiveFirst->isChecked() ? QStringLiteral("archive") : QString()};
}

void RetentionPage::discardChanges()
{
    showSelected();
}

bool RetentionPage::saveRetention()
{
    const QModelIndex current = m_eserviceTable->currentIndex();
    if (!current.isValid())
        return false;
    EService e = m_eservices->rowAt(current.row());
    e.retentionDays = m_never->isChecked() ? std::nullopt : std::optional<int>(m_days->value());
    e.archiveBeforePurge = m_archiveFirst->isChecked();
    return write(
        tr("Cannot save the retention time"),
        [e](Database& db) { return AdminService(db).updateEService(e); },
        [this](const VoidResult&) {
            rememberSavedState();
            reload();
        });
}

} // namespace casedesk
