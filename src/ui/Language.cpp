#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace hearth::ui {

QString languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en_GB");
    case Language::Welsh:
        return QStringLiteral("cy");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language languageFromKey(const QString& key)
{
    if (key == QLatin1String("en_GB")) {
        return Language::English;
    }
    if (key == QLatin1String("cy")) {
        return Language::Welsh;
    }
    return Language::System;
}

Language resolveLanguage(Language chosen, const QLocale& system)
{
    if (chosen != Language::System) {
        return chosen;
    }
    return system.language() == QLocale::Welsh ? Language::Welsh : Language::English;
}

QLocale localeFor(Language language)
{
    return resolveLanguage(language) == Language::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Translations::Translations(Language chosen)
    : m_language(resolveLanguage(chosen))
{
    QLocale::setDefault(localeFor(m_language));
    if (m_language != Language::Welsh) {
        return; // British English is the source text
    }
    const auto install = [this](const QString& name, const QString& folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator.get())) {
            m_catalogues.append(name);
            m_translators.push_back(std::move(translator));
        }
    };
    // Qt's own strings (standard buttons, context menus), when the system has a Welsh catalogue.
    install(QStringLiteral("qtbase_cy"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QDir embedded(QStringLiteral(":/i18n"));
    for (const QString& file : embedded.entryList({QStringLiteral("hearth_*_cy.qm")}, QDir::Files, QDir::Name)) {
        install(QFileInfo(file).completeBaseName(), embedded.path());
    }
}

Translations::~Translations()
{
    for (const auto& translator : m_translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
    QLocale::setDefault(m_previousLocale);
}

} // namespace hearth::ui
