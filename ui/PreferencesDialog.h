#pragma once

#include <QDialog>

class QComboBox;

namespace casedesk {

// The caseworker's own preferences, kept on this computer (QSettings), not in the database.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // "" (follow the system), "sv" or "en".
    static QString savedLanguage();

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace casedesk
