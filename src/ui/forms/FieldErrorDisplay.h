#pragma once

#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

class QLabel;
class QWidget;

namespace hearth::ui {

// Shows field errors beside their fields: a line of text under the field in its form layout (with
// a warning sign, so colour is not the only cue), the message as the field's accessible
// description, and the first field with an error focused. Errors whose field has no widget go to
// the general label. The form's field widgets carry the "hearthField" property (FormFields.h).
class FieldErrorDisplay
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrorDisplay)

public:
    FieldErrorDisplay(QWidget* form, QLabel* generalLabel);

    // Replaces what is shown; returns whether there were any errors.
    bool show(const FieldErrors& errors);
    void clear();
    // The message shown for a field, or empty (for tests and screen readers).
    QString messageFor(const QString& field) const;

private:
    QLabel* labelFor(QWidget* field);

    QWidget* m_form;
    QLabel* m_general;
    QHash<QWidget*, QPointer<QLabel>> m_labels;
    QHash<QString, QString> m_messages;
};

// The label of a domain field name for messages ("date_of_birth" -> "Date of birth").
QString fieldLabel(const QString& field);

} // namespace hearth::ui
