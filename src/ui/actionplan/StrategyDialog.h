#pragma once

#include "ActionPlan.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class FieldErrorDisplay;

// Adds a strategy (title and the period it covers) to the action plan. Problems show beside their
// fields and nothing is written.
class StrategyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StrategyDialog(storage::Store& store, QWidget* parent = nullptr);
    ~StrategyDialog() override;

    bool save();
    const Strategy& strategy() const { return m_strategy; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    storage::Store& m_store;
    Strategy m_strategy;
    QLineEdit* m_title;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

// Adds a priority (an objective of the strategy) at the end of the strategy's list.
class PriorityDialog : public QDialog
{
    Q_OBJECT

public:
    PriorityDialog(storage::Store& store, const Strategy& strategy, QWidget* parent = nullptr);
    ~PriorityDialog() override;

    bool save();
    const Priority& priority() const { return m_priority; }
    FieldErrorDisplay& errors() { return *m_errors; }

public slots:
    void accept() override;

private:
    storage::Store& m_store;
    Priority m_priority;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLabel* m_general;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace hearth::ui
