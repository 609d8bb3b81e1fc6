#pragma once

#include "Contact.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Adds a contact (a case note) to a resident, or a correction to an earlier note. OK saves it:
// on a problem the dialog stays open with the message beside the field and nothing is stored.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);
    ~ContactDialog() override;

    // Turns the dialog into "add a correction to this note": only the corrected text is asked for.
    void setCorrectionOf(const Contact& original);

    // The contact saved by OK.
    const Contact& saved() const { return m_saved; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ContactDialog> m_ui;
    std::unique_ptr<FieldErrorDisplay> m_errors;
    storage::Store& m_store;
    QString m_residentId;
    QString m_correctsId;
    Contact m_saved;
};

} // namespace hearth::ui
