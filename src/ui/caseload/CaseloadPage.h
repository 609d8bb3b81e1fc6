#pragma once

#include "caseload/CaseloadSummary.h"
#include "pages/StorePage.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class CaseloadPage;
}

namespace hearth::storage {
class Store;
}

namespace hearth::models {
class CaseloadModel;
class StoreCaseloadSource;
} // namespace hearth::models

namespace hearth::ui {

class ResidentDialog;
class ContactDialog;

// The Caseload page: the headline figures, the table of residents (searched as you type, filtered
// and sorted by SQL, paged by CaseloadModel), the signed-in officer's follow-ups due today or
// overdue, and the way into each resident's record.
//   Ctrl+F search · Enter open the record · Ctrl+Shift+N new resident · Ctrl+Shift+C add a contact
class CaseloadPage : public QWidget, public StorePage
{
    Q_OBJECT

public:
    explicit CaseloadPage(QWidget* parent = nullptr);
    ~CaseloadPage() override;

    // The store is owned by the main window and outlives its use here; nullptr shows nothing.
    // Records still open are closed first (see closeRecords).
    void setStore(storage::Store* store) override;
    // Reads the figures and the visible rows again from the database.
    void refresh() override;

    // The figures last shown, or nothing if they could not be read.
    std::optional<CaseloadSummary> summary() const { return m_summary; }

    models::CaseloadModel* model() const { return m_model; }
    models::CaseloadModel* dueModel() const { return m_dueModel; }

    // Opens a resident's record (raising it if it is open already); an empty id starts a new one.
    ResidentDialog* openRecord(const QString& residentId);
    // Adds a contact to the resident chosen in the table.
    ContactDialog* addContactToCurrent();
    QString currentResidentId() const;
    QList<ResidentDialog*> openRecords() const;
    // Asks each open record with unsaved edits what to do; returns false if one stays open.
    bool closeRecords();

    // The table's column widths, order and sort, to remember between runs.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

    // The filters as chosen now, applied at once (the search box waits for a pause in typing).
    void applyFilters();
    // The list for the filters and search as they stand; `reread` reads it even if they are unchanged.
    void showFilters(bool reread);

private:
    void setupActions();
    void fillFilters();
    void refreshDueList();
    void clearFigures();
    void refreshFigures();
    void updateTotal(qint64 total);
    void showReadError(const QString& message);
    void recordChanged();
    void resetFilters();

    std::unique_ptr<Ui::CaseloadPage> m_ui;
    storage::Store* m_store = nullptr;
    std::unique_ptr<models::StoreCaseloadSource> m_source;
    models::CaseloadModel* m_model;
    models::CaseloadModel* m_dueModel;
    QTimer* m_searchDelay;
    std::optional<CaseloadSummary> m_summary;
    QHash<QString, QPointer<ResidentDialog>> m_records; // by resident id; new ones by a temporary key
    int m_newRecords = 0;
};

} // namespace hearth::ui
