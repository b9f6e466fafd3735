// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AttachmentPane.h"

#include "CaseDetailModels.h"
#include "ListTable.h"
#include "UserPrompts.h"
#include "intake/FileTypes.h"
#include "intake/SafeFileName.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#ifdef CASEDESK_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfView>
#endif

namespace casedesk {

AttachmentPane::AttachmentPane(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("attachmentPane"));
    m_model = new AttachmentListModel(this);
    m_table = makeListTable(m_model, QStringLiteral("attachmentView"), tr("Attachments"));
    // The name gets the room; the checksum is a narrow column at the end (whole in its tooltip):
    // stretched as the last column it took the width the name needed.
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(AttachmentListModel::Name, QHeaderView::Stretch);
    for (int column : {AttachmentListModel::Type, AttachmentListModel::Size, AttachmentListModel::Checksum})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_saveButton = new QPushButton(tr("Sa&ve as…"));
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_openButton = new QPushButton(tr("&Open"));
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveSelected(); });
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentPane::openSelected);

    m_preview = new QStackedWidget;
    m_preview->setObjectName(QStringLiteral("attachmentPreview"));
    m_noPreview = new QLabel(tr("No preview for this type of file."));
    m_noPreview->setAlignment(Qt::AlignCenter);
    m_imagePreview = new QLabel;
    m_imagePreview->setAlignment(Qt::AlignCenter);
    auto* imageScroll = new QScrollArea;
    imageScroll->setWidget(m_imagePreview);
    imageScroll->setWidgetResizable(true);
    m_preview->addWidget(m_noPreview);
    m_preview->addWidget(imageScroll);
#ifdef CASEDESK_HAVE_QTPDF
    m_pdfDocument = new QPdfDocument(this);
    auto* pdfView = new QPdfView;
    pdfView->setDocument(m_pdfDocument);
    pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfPreview = pdfView;
    m_preview->addWidget(m_pdfPreview);
#endif

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AttachmentPane::showPreview);
}

AttachmentPane::~AttachmentPane() = default;

void AttachmentPane::setCase(const CaseSummary& owner, const QList<AttachmentInfo>& attachments,
                             const QStringList& allowedTypes, bool readable)
{
    m_readable = readable;
    m_owner = owner;
    m_allowedTypes = allowedTypes;
    m_model->setRows(attachments);
    if (!attachments.isEmpty())
        selectRow(0);
    else
        showPreview();
}

void AttachmentPane::selectRow(int row)
{
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
}

std::optional<AttachmentInfo> AttachmentPane::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

bool AttachmentPane::canOpenSelected() const
{
    return m_openButton->isEnabled();
}

QString AttachmentPane::previewKind() const
{
    if (m_preview->currentIndex() == 1)
        return QStringLiteral("image");
    if (m_pdfPreview && m_preview->currentWidget() == m_pdfPreview)
        return QStringLiteral("pdf");
    return QStringLiteral("none");
}

void AttachmentPane::showPreview()
{
    const auto attachment = selected();
    m_saveButton->setEnabled(attachment.has_value());
    // Only a type the e-service allows, under a name that says so, goes to the desktop's own
    // program; anything else can only be saved.
    m_openButton->setEnabled(attachment.has_value() &&
                             mayOpenOnDesktop(attachment->fileName, attachment->mimeType, m_allowedTypes));
    m_openButton->setToolTip(m_openButton->isEnabled() || !attachment
                                 ? QString()
                                 : tr("This type of file can only be saved (Save as…), not opened from "
                                      "CaseDesk."));
    m_preview->setCurrentWidget(m_noPreview);
    m_previewRead.cancel();
    if (!attachment || !m_readable)
        return;
    const bool isImage = attachment->mimeType.startsWith(QLatin1String("image/"));
    const bool isPdf = attachment->mimeType == QLatin1String("application/pdf") && m_pdfDocument;
    if (!isImage && !isPdf)
        return;
    m_previewRead = readContent(*attachment, QStringLiteral("attachment.previewed"),
                                [this, shown = *attachment](Result<QByteArray> content) {
                                    m_previewRead = WorkTicket();
                                    if (content.ok())
                                        showContent(shown, *content);
                                });
}

WorkTicket AttachmentPane::readContent(const AttachmentInfo& attachment, const QString& action,
                                       std::function<void(Result<QByteArray>)> then)
{
    return m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [owner = m_owner, id = attachment.id, action](Database& db) {
            return CaseService(db).readAttachment(owner, id, action);
        },
        std::move(then));
}

void AttachmentPane::showContent(const AttachmentInfo& attachment, const QByteArray& content)
{
    if (attachment.mimeType.startsWith(QLatin1String("image/"))) {
        const QImage image = QImage::fromData(content);
        if (image.isNull())
            return;
        m_imagePreview->setPixmap(QPixmap::fromImage(image));
        m_preview->setCurrentIndex(1);
        return;
    }
#ifdef CASEDESK_HAVE_QTPDF
    m_pdfDocument->close();
    m_pdfBuffer.close();
    m_pdfBytes = content;
    m_pdfBuffer.setBuffer(&m_pdfBytes);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    m_pdfDocument->load(&m_pdfBuffer);
    if (m_pdfDocument->status() != QPdfDocument::Status::Error)
        m_preview->setCurrentWidget(m_pdfPreview);
#endif
}

bool AttachmentPane::saveSelected()
{
    const auto attachment = selected();
    if (!attachment || !m_readable)
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString target = m_prompts.saveFileName(this, tr("Save attachment"),
                                                  QDir(folder).filePath(safeFileName(attachment->fileName)));
    if (target.isEmpty())
        return false;
    readContent(*attachment, QStringLiteral("attachment.saved"), [this, target](Result<QByteArray> content) {
        if (!content.ok()) {
            m_prompts.warn(this, tr("Cannot save the attachment"), content.error().message());
            Q_EMIT done(false);
            return;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
            m_prompts.warn(this, tr("Cannot save the attachment"),
                           tr("%1: %2").arg(target, file.errorString()));
            Q_EMIT done(false);
            return;
        }
        Q_EMIT done(true);
    });
    return true;
}

void AttachmentPane::openSelected()
{
    const auto attachment = selected();
    if (!attachment || !m_readable)
        return;
    if (!mayOpenOnDesktop(attachment->fileName, attachment->mimeType, m_allowedTypes)) {
        m_prompts.warn(this, tr("Cannot open the attachment"),
                       tr("This type of file can only be saved (Save as…), not opened from CaseDesk."));
        return;
    }
    readContent(
        *attachment, QStringLiteral("attachment.opened"),
        [this, attachment = *attachment](Result<QByteArray> content) {
            if (!content.ok()) {
                m_prompts.warn(this, tr("Cannot open the attachment"), content.error().message());
                Q_EMIT done(false);
                return;
            }
            if (!mayOpenOnDesktop(attachment.fileName, attachment.mimeType, *content, m_allowedTypes)) {
                m_prompts.warn(this, tr("Cannot open the attachment"),
                               tr("This type of file can only be saved (Save as…), not opened from "
                                  "CaseDesk."));
                Q_EMIT done(false);
                return;
            }
            // A private temporary folder that disappears with the window: the copy does
            // not outlive the session in a shared Downloads folder.
            if (!m_openedCopies)
                m_openedCopies = std::make_unique<QTemporaryDir>();
            const QString path = m_openedCopies->filePath(safeFileName(attachment.fileName));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
                m_prompts.warn(this, tr("Cannot open the attachment"), file.errorString());
                Q_EMIT done(false);
                return;
            }
            file.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            Q_EMIT done(true);
        });
}

} // namespace casedesk
