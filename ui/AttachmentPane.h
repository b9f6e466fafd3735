// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"
#include "worker/WorkTicket.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QPdfDocument;

namespace casedesk {

class AttachmentListModel;
class DatabaseWorker;
class UserPrompts;

// The attachments tab: the list with name, type, size and checksum; an inline preview of
// images and PDFs; "Save as…" under the safe name and "Open" through a temporary copy. Every
// content read (an audited access) runs on the database worker; the preview of an attachment
// the person already left behind is dropped.
class AttachmentPane : public QWidget
{
    Q_OBJECT
public:
    AttachmentPane(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    ~AttachmentPane() override;

    // `allowedTypes`: the e-service's attachment types (only those open on the desktop).
    // `readable`: false while the case is still being read (the list shows, nothing is read).
    void setCase(const CaseSummary& owner, const QList<AttachmentInfo>& attachments,
                 const QStringList& allowedTypes, bool readable = true);
    void selectRow(int row);
    // Saves the selected attachment; asks for the place, suggesting the safe name. True when
    // the save was started (done() tells how it ended).
    bool saveSelected();
    void openSelected();
    QString previewKind() const;  // "image", "pdf", "none": for tests and accessibility
    bool canOpenSelected() const; // "Open" is offered only for allowed types with a matching name

Q_SIGNALS:
    // A save or open finished: `ok` false when it failed (the person was told why).
    void done(bool ok);

private:
    std::optional<AttachmentInfo> selected() const;
    void showPreview();
    void showContent(const AttachmentInfo& attachment, const QByteArray& content);
    // Reads the content on the worker (audited as `action`), then `then` on the GUI thread.
    WorkTicket readContent(const AttachmentInfo& attachment, const QString& action,
                           std::function<void(Result<QByteArray>)> then);

    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    bool m_readable = false;
    WorkTicket m_previewRead;
    CaseSummary m_owner;
    QStringList m_allowedTypes; // the e-service's attachment types: only those are opened
    AttachmentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_preview = nullptr;
    QLabel* m_imagePreview = nullptr;
    QLabel* m_noPreview = nullptr;
    QWidget* m_pdfPreview = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QByteArray m_pdfBytes;
    QBuffer m_pdfBuffer;
    QPdfDocument* m_pdfDocument = nullptr;
    std::unique_ptr<QTemporaryDir> m_openedCopies;
};

} // namespace casedesk
