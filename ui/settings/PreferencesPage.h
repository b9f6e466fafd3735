#pragma once

#include <QWidget>

class QComboBox;

namespace casedesk {

// The caseworker's own preferences, kept on this computer (QSettings), not in the database.
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PreferencesPage(QWidget* parent = nullptr);

    // "" (follow the system), "sv" or "en".
    static QString savedLanguage();

private:
    QComboBox* m_language = nullptr;
};

} // namespace casedesk
