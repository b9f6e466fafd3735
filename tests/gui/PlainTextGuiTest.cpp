// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AttachmentPane.h"
#include "CaseListModel.h"
#include "CaseView.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "SampleSubmissions.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "domain/FormCanonical.h"
#include "intake/IntakeService.h"
#include "repositories/EServiceRepository.h"
#include "worker/DatabaseWorker.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kBold = QStringLiteral("<b>bold</b>");
const QString kImage = QStringLiteral("<img src=x>");

bool hasMarkup(const QString& text)
{
    return text.contains(kBold) || text.contains(kImage);
}

// Every tooltip that quotes the markup must carry it escaped, never as tags.
void checkToolTip(const QString& toolTip)
{
    QVERIFY2(!hasMarkup(toolTip), qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")) ||
                 toolTip.contains(QStringLiteral("&lt;img src=x&gt;")),
             qPrintable(toolTip));
}

} // namespace

// Text that a submission or an administrator controls is shown as text, never as HTML.
class PlainTextGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    QString m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(QStringLiteral("plain-text.db"));
        auto db = Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());

        Submission s = sampleSubmission(QStringLiteral("markup-1"));
        s.eserviceId = QStringLiteral("markup");
        s.eserviceName = QStringLiteral("Tillstånd ") + kBold;
        s.applicant.name = kImage + QStringLiteral(" Anna ") + kBold;
        s.pages[0].title = kBold + QStringLiteral(" Personuppgifter");
        s.pages[0].fields[0].label = kImage + QStringLiteral(" Gatuadress");
        s.pages[0].fields[0].value = kBold;
        s.pages[0].fields[0].valueText = kBold;
        // Intake reduces names to safe ones ("<" and ">" become "_"); the view must not rely on it.
        s.attachments[0].fileName = kBold + QStringLiteral(" intyg.pdf");
        s.signatures[0].signedDigest = pagesDigest(s.pages);
        auto receipt = IntakeService(*m_db).submit(s);
        QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().describe()));
        m_reference = receipt->reference;

        m_prompts = std::make_unique<FakePrompts>();
        m_worker = std::make_unique<DatabaseWorker>(m_db->url());
        m_window = std::make_unique<MainWindow>(*m_db, *m_worker, *m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_worker->waitForIdle());
        const int row = m_window->caseModel()->rowOf(m_reference);
        QVERIFY(row >= 0);
        m_window->caseTable()->selectRow(row);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseView()->detail().summary.reference, m_reference);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_worker.reset();
        m_prompts.reset();
        m_db.reset();
    }

    void labelsShowMarkupAsText()
    {
        auto* title = m_window->caseView()->findChild<QLabel*>(QStringLiteral("caseTitle"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(kBold), qPrintable(title->text()));
        QCOMPARE(title->textFormat(), Qt::PlainText);

        // Any label anywhere in the window that holds the markup shows it as plain text.
        int seen = 0;
        const auto labels = m_window->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (!hasMarkup(label->text()))
                continue;
            ++seen;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        }
        QVERIFY(seen >= 1);
    }

    void formLabelsAndValuesAreTextWithEscapedToolTips()
    {
        auto* form = m_window->caseView()->findChild<QTreeView*>(QStringLiteral("formView"));
        QVERIFY(form);
        const QAbstractItemModel* model = form->model();
        QVERIFY(model);
        bool sawLabel = false;
        bool sawValue = false;
        for (int page = 0; page < model->rowCount(); ++page) {
            const QModelIndex pageIndex = model->index(page, 0);
            for (int row = 0; row < model->rowCount(pageIndex); ++row) {
                for (int column = 0; column < model->columnCount(pageIndex); ++column) {
                    const QModelIndex cell = model->index(row, column, pageIndex);
                    const QString display = cell.data(Qt::DisplayRole).toString();
                    if (!hasMarkup(display))
                        continue;
                    // Item views paint DisplayRole as text; the literal tags are what the
                    // caseworker reads.
                    sawLabel = sawLabel || display.contains(kImage);
                    sawValue = sawValue || display == kBold;
                    checkToolTip(cell.data(Qt::ToolTipRole).toString());
                }
            }
        }
        QVERIFY(sawLabel);
        QVERIFY(sawValue);
    }

    void fileNamesHaveEscapedToolTipsAndOpenOnlyWhenSafe()
    {
        auto* attachments =
            m_window->caseView()->findChild<AttachmentPane*>(QStringLiteral("attachmentPane"));
        QVERIFY(attachments);
        auto* view = attachments->findChild<QTableView*>(QStringLiteral("attachmentView"));
        QVERIFY(view);
        const QModelIndex name = view->model()->index(0, 0);
        QVERIFY(hasMarkup(name.data(Qt::DisplayRole).toString()));
        checkToolTip(name.data(Qt::ToolTipRole).toString());
        attachments->selectRow(0);
        QVERIFY(m_worker->waitForIdle());
        // A PDF on the default list, named .pdf: it may be opened.
        QVERIFY(attachments->canOpenSelected());
    }

    void aTypeOffTheAllowlistIsOnlySaved()
    {
        QVERIFY(EServiceRepository(*m_db)
                    .setAllowedFileTypes(QStringLiteral("markup"), {QStringLiteral("png")})
                    .ok());
        // Reopen the case so that the pane reads the e-service again.
        m_window->caseView()->showCase(m_reference);
        QVERIFY(m_worker->waitForIdle());
        auto* attachments =
            m_window->caseView()->findChild<AttachmentPane*>(QStringLiteral("attachmentPane"));
        QVERIFY(attachments);
        attachments->selectRow(0);
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(!attachments->canOpenSelected());
        auto* save = attachments->findChild<QPushButton*>(QStringLiteral("saveAttachmentButton"));
        QVERIFY(save && save->isEnabled());
        attachments->openSelected(); // refused before anything reaches the desktop
        QVERIFY(m_prompts->asked.contains(QStringLiteral("warn: ") +
                                          AttachmentPane::tr("Cannot open the attachment")));
    }
};

QTEST_MAIN(PlainTextGuiTest)
#include "PlainTextGuiTest.moc"
