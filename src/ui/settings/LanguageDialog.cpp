#include "settings/LanguageDialog.h"

#include "UiSettings.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hearth::ui {

LanguageDialog::LanguageDialog(UiSettings& settings, Language inUse, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("LanguageDialog"));
    setWindowTitle(tr("Language"));
    auto* layout = new QVBoxLayout(this);

    auto* box = new QGroupBox(tr("Language of Hearth’s windows"), this);
    box->setAccessibleName(box->title());
    auto* boxLayout = new QVBoxLayout(box);
    m_group = new QButtonGroup(this);
    const auto add = [&](Language language, const QString& text, const QString& name) {
        auto* button = new QRadioButton(text, box);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_group->addButton(button, static_cast<int>(language));
        boxLayout->addWidget(button);
    };
    add(Language::System,
        tr("&System default (now %1)")
            .arg(resolveLanguage(Language::System) == Language::Welsh ? QStringLiteral("Cymraeg")
                                                                      : QStringLiteral("English")),
        QStringLiteral("systemLanguage"));
    // Each language by its own name, so that someone who cannot read the other one can find it.
    add(Language::English, QStringLiteral("&English (United Kingdom)"), QStringLiteral("englishLanguage"));
    add(Language::Welsh, QStringLiteral("&Cymraeg"), QStringLiteral("welshLanguage"));
    layout->addWidget(box);

    auto* notice = new QLabel(tr("The change applies when Hearth next starts. Dates and numbers follow the "
                                 "language: Welsh month and day names, British number format."),
                              this);
    notice->setObjectName(QStringLiteral("languageNotice"));
    notice->setWordWrap(true);
    layout->addWidget(notice);

    auto* inUseLabel = new QLabel(
        tr("In use now: %1.")
            .arg(inUse == Language::Welsh ? QStringLiteral("Cymraeg") : QStringLiteral("English (United Kingdom)")),
        this);
    inUseLabel->setObjectName(QStringLiteral("languageInUse"));
    layout->addWidget(inUseLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LanguageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LanguageDialog::reject);
    layout->addWidget(buttons);

    setChosen(m_settings.language());
    m_group->checkedButton()->setFocus();
}

Language LanguageDialog::chosen() const
{
    return static_cast<Language>(m_group->checkedId());
}

void LanguageDialog::setChosen(Language language)
{
    m_group->button(static_cast<int>(language))->setChecked(true);
}

void LanguageDialog::accept()
{
    m_settings.setLanguage(chosen());
    m_settings.sync();
    QDialog::accept();
}

} // namespace hearth::ui
