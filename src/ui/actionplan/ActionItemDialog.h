#pragma once

#include "ActionPlan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Adds or edits one action item: title, description, priority, lead officer (the active officers,
// and the item's own lead if they have left), partner organisation, start and due dates and an
// optional linked KPI. Status and percent are not here: only a progress update changes them.
// Problems (no title, due before start, a lead no officer has) show beside their fields and
// nothing is written.
class ActionItemDialog : public QDialog
{
    Q_OBJECT

public:
    // `item` with an empty id adds a new item under its priorityId (which may be empty).
    ActionItemDialog(storage::Store& store, const ActionItem& item, const QList<Priority>& priorities,
                     QWidget* parent = nullptr);
    ~ActionItemDialog() override;

    bool save();
    const ActionItem& item() const { return m_item; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    storage::Store& m_store;
    ActionItem m_item;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_priority;
    QComboBox* m_lead;
    QLineEdit* m_partner;
    QLineEdit* m_start;
    QLineEdit* m_due;
    QComboBox* m_kpi;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace hearth::ui
