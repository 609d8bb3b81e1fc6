#pragma once

#include "pages/StorePage.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hearth::models {
class AuditEventModel;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

class BackgroundTask;
class TaskProgress;

// The Audit page (issue 9): the append-only audit trail, newest first, filtered by resident
// (found by name or id), officer, action and date range. Filtering and paging are SQL's
// (AuditEventModel), so it stays quick with hundreds of thousands of events. "Verify chain" checks
// the hash chain and says in words whether it is intact or which event was changed or removed; it
// reads every event, so it runs on a worker thread with a progress bar and Cancel.
// Every signed-in officer sees it: design.md gives the audit no role restriction, and each
// database's trail is about that database's own records (docs/architecture.md).
class AuditPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);
    ~AuditPage() override;

    void setStore(storage::Store* store) override;
    void refresh() override;

    models::AuditEventModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Looks residents up by the search text (name or id) and offers the matches; returns how many.
    int findResidents(const QString& text);
    // Chooses the filters (empty: any) and applies them.
    void setResidentFilter(const QString& residentId);
    void setOfficerFilter(const QString& officerId);
    void setActionFilter(const QString& action);
    void setDateRange(const QDate& from, const QDate& to);
    // Starts checking the chain on a worker thread (Verify chain); the words follow in
    // verificationText() when it is done.
    void startVerification();
    // Checks the chain and waits for the answer, events flowing meanwhile (tests, benchmarks):
    // whether it is intact.
    bool verifyChain();
    BackgroundTask* task() const { return m_task; }
    TaskProgress* progress() const { return m_progress; }
    QString verificationText() const;
    QString summaryText() const;

private:
    void applyFilters();
    void reloadChoices();

    storage::Store* m_store = nullptr;
    models::AuditEventModel* m_model;
    QLineEdit* m_residentSearch;
    QPushButton* m_findResident;
    QComboBox* m_resident;
    QComboBox* m_officer;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_clear;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_verify;
    QLabel* m_verification;
    BackgroundTask* m_task;
    TaskProgress* m_progress;
    bool m_intact = false;
};

} // namespace hearth::ui
