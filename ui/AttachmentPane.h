#pragma once

#include "domain/CaseTypes.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QPdfDocument;

namespace casedesk {

class AttachmentListModel;
class Database;
class UserPrompts;

// The attachments tab: the list with name, type, size and checksum; an inline preview of
// images and PDFs; "Save as…" under the safe name and "Open" through a temporary copy.
class AttachmentPane : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPane(UserPrompts& prompts, QWidget* parent = nullptr);
    ~AttachmentPane() override;

    void setCase(const Database* db, const CaseSummary& owner, const QList<AttachmentInfo>& attachments);
    void selectRow(int row);
    // Saves the selected attachment; asks for the place, suggesting the safe name.
    bool saveSelected();
    void openSelected();
    QString previewKind() const;  // "image", "pdf", "none": for tests and accessibility
    bool canOpenSelected() const; // "Open" is offered only for allowed types with a matching name

private:
    std::optional<AttachmentInfo> selected() const;
    void showPreview();

    UserPrompts& m_prompts;
    const Database* m_db = nullptr;
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
