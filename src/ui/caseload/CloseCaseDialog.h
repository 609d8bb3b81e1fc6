#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CloseCaseDialog;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Asks for the date and reason a case closes, and closes it. A problem keeps the dialog open with
// the message beside the field; the case stays open.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT

public:
    CloseCaseDialog(storage::Store& store, const QString& residentId, QWidget* parent = nullptr);
    ~CloseCaseDialog() override;

    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::CloseCaseDialog> m_ui;
    std::unique_ptr<FieldErrorDisplay> m_errors;
    storage::Store& m_store;
    QString m_residentId;
};

} // namespace hearth::ui
