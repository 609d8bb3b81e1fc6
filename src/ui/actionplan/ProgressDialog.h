#pragma once

#include "ActionPlan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Records a dated progress update on an action item (date, status, percent complete, commentary),
// with the item's history of updates beside it, read-only: history is never edited. A status of
// complete with less than 100 percent asks the officer (set to 100%, keep, or go back); a percent
// outside 0–100 or a date in the future is refused beside its field.
class ProgressDialog : public QDialog
{
    Q_OBJECT

public:
    ProgressDialog(storage::Store& store, const ActionItem& item, QWidget* parent = nullptr);
    ~ProgressDialog() override;

    bool save();
    const ActionUpdate& update() const { return m_update; }
    QTableWidget* history() const { return m_history; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    void fillHistory();

    storage::Store& m_store;
    ActionItem m_item;
    ActionUpdate m_update;
    QLineEdit* m_date;
    QComboBox* m_status;
    QLineEdit* m_percent;
    QPlainTextEdit* m_commentary;
    QTableWidget* m_history;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace hearth::ui
