#pragma once

#include "CouncilVocabulary.h"

#include <QDate>
#include <QStringList>

#include <optional>

class QComboBox;
class QListWidget;
class QWidget;

namespace hearth {
class Vocabulary;
}

namespace hearth::ui {

// The few kinds of field Hearth's forms are made of, filled from the domain's code lists and read
// back as codes. Each form field carries a dynamic property "hearthField" naming the domain field
// (as FieldError::field does), which is how errors find their widget and undo finds its state.
inline constexpr char kFieldProperty[] = "hearthField";

// A combo of a code list's labels (item data: the code), led by "Not recorded" when optional.
void fillCodeCombo(QComboBox* combo, const Vocabulary& vocabulary, const QString& emptyText = {});
QString comboCode(const QComboBox* combo);
void setComboCode(QComboBox* combo, const QString& code);

// "Not recorded" / "Yes" / "No".
void fillYesNoCombo(QComboBox* combo);
std::optional<bool> yesNoValue(const QComboBox* combo);
void setYesNoValue(QComboBox* combo, std::optional<bool> value);

// A list of checkable items, one per code.
void fillCheckList(QListWidget* list, const Vocabulary& vocabulary);
// A council list (target groups, barriers): its active terms.
void fillCheckList(QListWidget* list, const CouncilTermList& terms);
// Adds an item, marked retired, for each retired term of `codes` the list does not show yet: a
// record keeps (and shows) a retired term it has.
void addRetiredItems(QListWidget* list, const CouncilTermList& terms, const QStringList& codes);
// A combo of every term of a council list (retired ones marked), led by `emptyText`: for filters.
void fillCodeCombo(QComboBox* combo, const CouncilTermList& terms, const QString& emptyText);
// "Carer" or "Carer (retired)".
QString termText(const CouncilTermList& terms, const QString& code);
QStringList checkedCodes(const QListWidget* list);
void setCheckedCodes(QListWidget* list, const QStringList& codes);

// Dates as people type them in the UK: 22/11/2026, 22-11-2026, 22.11.2026, 2026-11-22, also with
// a two-digit year (22/11/26 is 2026, 3/4/45 is 1945: two-digit years after this one are past). Empty text is "no
// date"; std::nullopt means not a date.
std::optional<QDate> parseUserDate(const QString& text);
// The form shows dates as dd/mm/yyyy.
QString userDateText(const QDate& date);

// The widgets under `root` that carry the field property, in tab order of creation.
QList<QWidget*> fieldWidgets(QWidget* root);
QWidget* findField(QWidget* root, const QString& field);

} // namespace hearth::ui
