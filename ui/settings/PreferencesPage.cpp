#include "PreferencesPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const QString kLanguageKey = QStringLiteral("preferences/language");
}

PreferencesPage::PreferencesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preferencesPage"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kLanguageKey, m_language->currentData().toString()); });

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* hint = new QLabel(tr("A new language takes effect the next time CaseDesk starts."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
}

QString PreferencesPage::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

} // namespace casedesk
