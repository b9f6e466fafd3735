#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const QString kLanguageKey = QStringLiteral("preferences/language");
}

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* hint = new QLabel(tr("A new language takes effect the next time CaseDesk starts."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void PreferencesDialog::accept()
{
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace casedesk
