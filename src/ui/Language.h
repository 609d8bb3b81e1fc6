#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace hearth::ui {

// The language of Hearth's windows, a per-user choice (UiSettings, never synced). British English
// is the source language; Welsh comes from the catalogues in resources/translations, compiled into
// the program as :/i18n/hearth_<area>_cy.qm.
enum class Language {
    System, // Welsh when the system's language is Welsh, otherwise English
    English, // English (United Kingdom)
    Welsh, // Cymraeg
};

// The settings value of a language ("system", "en_GB", "cy") and back; unknown values are System.
QString languageKey(Language language);
Language languageFromKey(const QString& key);
// What `System` means on a system whose locale is `system`: English or Welsh.
Language resolveLanguage(Language chosen, const QLocale& system = QLocale::system());
// The locale for dates and numbers in a language (English or Welsh, in the United Kingdom).
QLocale localeFor(Language language);

// Installs the translations of a language on the application and makes its locale the default for
// dates and numbers (QLocale()); undoes both when destroyed. English installs no translator. Only
// affects windows created afterwards: Hearth does not retranslate open windows.
class Translations
{
public:
    explicit Translations(Language chosen);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // English or Welsh: the language in use.
    Language language() const { return m_language; }
    // The catalogues installed ("hearth_main_cy", …, and "qtbase_cy" when the system has it).
    QStringList catalogues() const { return m_catalogues; }

private:
    Language m_language;
    QLocale m_previousLocale;
    QStringList m_catalogues;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace hearth::ui
