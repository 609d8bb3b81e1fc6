#include "forms/FormState.h"

#include "forms/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hearth::ui {

namespace {

QList<QWidget*> stateWidgets(QWidget* root)
{
    QList<QWidget*> widgets = fieldWidgets(root);
    for (QCheckBox* box : root->findChildren<QCheckBox*>()) {
        if (!widgets.contains(box)) {
            widgets.append(box);
        }
    }
    return widgets;
}

} // namespace

FormState captureForm(QWidget* root)
{
    FormState state;
    for (QWidget* widget : stateWidgets(root)) {
        QVariant value;
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            value = line->text();
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            value = text->toPlainText();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            value = combo->currentIndex();
        } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
            value = box->isChecked();
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            value = spin->value();
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            value = checkedCodes(list);
        }
        if (value.isValid()) {
            state.insert(widget->objectName(), value);
        }
    }
    return state;
}

void restoreForm(QWidget* root, const FormState& state)
{
    for (QWidget* widget : stateWidgets(root)) {
        const auto found = state.constFind(widget->objectName());
        if (found == state.constEnd()) {
            continue;
        }
        const QSignalBlocker blocker(widget);
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            line->setText(found->toString());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            text->setPlainText(found->toString());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            combo->setCurrentIndex(found->toInt());
        } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
            box->setChecked(found->toBool());
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            spin->setValue(found->toInt());
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            setCheckedCodes(list, found->toStringList());
        }
    }
}

} // namespace hearth::ui
