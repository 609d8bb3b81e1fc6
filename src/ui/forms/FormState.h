#pragma once

#include <QHash>
#include <QVariant>

class QWidget;

namespace hearth::ui {

// What a person has typed and chosen in a form's fields, as it stands: the text of line edits and
// text edits, the chosen item of combos, check boxes, the checked items of check lists. Taken
// before the text is parsed, so undo brings back a half-typed date exactly as it was.
using FormState = QHash<QString, QVariant>; // widget object name -> value

// Every field widget under `root` (the "hearthField" property) and every QCheckBox.
FormState captureForm(QWidget* root);
void restoreForm(QWidget* root, const FormState& state);

} // namespace hearth::ui
