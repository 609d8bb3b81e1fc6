#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hearth::reports {

// The language of a report follows the language of the application's text. Reports put what a
// person reads through QCoreApplication::translate, so their words are in whatever language the
// installed translators give; their dates, month names and language tags come from this locale.
// It is read from the default locale (QLocale()), which the GUI sets together with its translators
// (hearth::ui::Translations) and hearth-cli sets to British English (it installs no translator):
// Welsh (United Kingdom) when that is Welsh, otherwise English (United Kingdom), never the
// machine's other locales (a report is Welsh or English, as the application is).
QLocale reportLocale();

// The BCP 47 tag of a report's language, for HTML's lang and ODT's dc:language: "cy-GB", "en-GB".
QString languageTag(const QLocale& locale);

// A spreadsheet sheet name Excel accepts, from a (translated) name: none of []:*?/\ (each becomes a
// space), no apostrophe at either end, at most 31 characters, not empty (then "Sheet"), and not one
// of `taken` in any letter case (then " (2)", " (3)", … within the 31).
QString sheetName(const QString& name, const QStringList& taken = {});

} // namespace hearth::reports
