#pragma once

#include "Language.h"

#include <QDialog>

class QButtonGroup;
class QRadioButton;

namespace hearth::ui {

class UiSettings;

// Tools > Language…: the language of Hearth's windows for this user on this computer (system
// default, English or Cymraeg). Saved in the user's settings, not in the database, so it is never
// synced; it applies when Hearth next starts.
class LanguageDialog : public QDialog
{
    Q_OBJECT

public:
    LanguageDialog(UiSettings& settings, Language inUse, QWidget* parent = nullptr);

    Language chosen() const;
    void setChosen(Language language);

    void accept() override;

private:
    UiSettings& m_settings;
    QButtonGroup* m_group = nullptr;
};

} // namespace hearth::ui
